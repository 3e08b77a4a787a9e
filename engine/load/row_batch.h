// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::load {

/**
 * A batch of rows on its way from a reader to a writer (DESIGN §3).
 *
 * Column-major: each column keeps its cells back to back in one byte buffer with an end offset
 * and a null flag per cell, so appending a cell is an append to a buffer (no allocation per
 * cell once the batch has grown) and a cleared batch keeps its capacity for reuse. Cells hold
 * the canonical text form of their column's canonical type (docs/data-path.md): readers
 * normalize into it, writers render out of it.
 *
 * Null flags are one byte per cell rather than a bitmap: setting and testing them is cheaper and
 * they are small next to the data.
 *
 * Thread: a plain value; one thread at a time (the queue hands batches over).
 *
 * Building rows: for each column in order call appendCell(), appendNull() or
 * beginCell()/appendToCell()/endCell(), then finishRow(). A row that fails half way is dropped
 * with abandonRow().
 */
class RowBatch
{
public:
    explicit RowBatch(size_t columnCount = 0);

    size_t columnCount() const { return m_columns.size(); }
    size_t rowCount() const { return m_rowCount; }
    bool empty() const { return m_rowCount == 0; }
    /// Bytes of cell data (not counting offsets and flags): the measure for StreamBufferSizeInMB
    /// and the bandwidth metrics.
    size_t byteSize() const { return m_byteSize; }

    /// Bytes the batch's buffers hold allocated (cell data, offsets and flags), at least
    /// byteSize(): a cleared batch keeps its capacity.
    [[nodiscard]] size_t capacityBytes() const;

    /// Forgets all rows, keeps the buffers' capacity. Resets the column count when given.
    void clear();
    void reset(size_t columnCount);
    /// Forgets all rows and frees the buffers (after a batch grew around one huge value).
    void releaseMemory();

    void appendCell(size_t column, std::string_view bytes);
    void appendNull(size_t column);
    /// Direct access for readers that decode in place: returns the column's buffer; append the
    /// cell's bytes to it, then call endCell(column).
    std::string &beginCell(size_t column) { return m_columns[column].data; }
    void endCell(size_t column);

    /// Completes the current row; every column must have received exactly one cell.
    void finishRow();
    /// Drops the cells appended since the last finishRow().
    void abandonRow();

    std::string_view cell(size_t column, size_t row) const
    {
        const Column &c = m_columns[column];
        const uint32_t begin = row == 0 ? 0 : c.ends[row - 1];
        return std::string_view(c.data.data() + begin, c.ends[row] - begin);
    }
    bool isNull(size_t column, size_t row) const { return m_columns[column].nulls[row] != 0; }

    /// Appends row `row` of other (same column count) to this batch.
    void appendRow(const RowBatch &other, size_t row);

private:
    struct Column
    {
        std::string data;
        std::vector<uint32_t> ends;
        std::vector<uint8_t> nulls;
    };
    std::vector<Column> m_columns;
    size_t m_rowCount = 0;
    size_t m_byteSize = 0;
};

} // namespace ferry::load
