// SPDX-License-Identifier: MIT
#include "engine/load/row_batch.h"

#include <cassert>

namespace ferry::load {

RowBatch::RowBatch(size_t columnCount) : m_columns(columnCount) { }

void RowBatch::clear()
{
    for (Column &column : m_columns) {
        column.data.clear();
        column.ends.clear();
        column.nulls.clear();
    }
    m_rowCount = 0;
    m_byteSize = 0;
}

size_t RowBatch::capacityBytes() const
{
    size_t bytes = 0;
    for (const Column &column : m_columns)
        bytes += column.data.capacity() + column.ends.capacity() * sizeof(uint32_t)
                 + column.nulls.capacity();
    return bytes;
}

void RowBatch::releaseMemory()
{
    // Swapped with empty buffers: a move assignment may keep the old allocation.
    for (Column &column : m_columns) {
        std::string().swap(column.data);
        std::vector<uint32_t>().swap(column.ends);
        std::vector<uint8_t>().swap(column.nulls);
    }
    m_rowCount = 0;
    m_byteSize = 0;
}

void RowBatch::reset(size_t columnCount)
{
    clear();
    m_columns.resize(columnCount);
}

void RowBatch::appendCell(size_t column, std::string_view bytes)
{
    Column &c = m_columns[column];
    c.data.append(bytes);
    c.ends.push_back(static_cast<uint32_t>(c.data.size()));
    c.nulls.push_back(0);
    m_byteSize += bytes.size();
}

void RowBatch::appendNull(size_t column)
{
    Column &c = m_columns[column];
    c.ends.push_back(static_cast<uint32_t>(c.data.size()));
    c.nulls.push_back(1);
}

void RowBatch::endCell(size_t column)
{
    Column &c = m_columns[column];
    const size_t begin = c.ends.empty() ? 0 : c.ends.back();
    m_byteSize += c.data.size() - begin;
    c.ends.push_back(static_cast<uint32_t>(c.data.size()));
    c.nulls.push_back(0);
}

void RowBatch::finishRow()
{
    ++m_rowCount;
#ifndef NDEBUG
    for (const Column &c : m_columns)
        assert(c.ends.size() == m_rowCount);
#endif
}

void RowBatch::abandonRow()
{
    for (Column &c : m_columns) {
        if (c.ends.size() > m_rowCount) {
            c.ends.resize(m_rowCount);
            c.nulls.resize(m_rowCount);
        }
        c.data.resize(m_rowCount == 0 ? 0 : c.ends[m_rowCount - 1]);
    }
    m_byteSize = 0;
    for (const Column &c : m_columns)
        m_byteSize += c.data.size();
}

void RowBatch::appendRow(const RowBatch &other, size_t row)
{
    for (size_t column = 0; column < m_columns.size(); ++column) {
        if (other.isNull(column, row))
            appendNull(column);
        else
            appendCell(column, other.cell(column, row));
    }
    finishRow();
}

} // namespace ferry::load
