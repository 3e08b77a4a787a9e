// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <cstdint>
#include <string>

namespace ferry::models {

class ExceptionsModel;

/**
 * The row image of one rejected row (the one selected in an ExceptionsModel): one model row
 * per column of the row as it was written to the target, with its stored value, the user's new
 * value and whether to write NULL. The column the target refused is marked (OffendingRole) and
 * carries the error in the Problem column, so the view can show it next to the value.
 *
 * Editing: Column::NewValue takes Qt::EditRole text (the editor starts from the stored value);
 * Column::SetNull is checkable (checked: write NULL). Fixes live in the ExceptionsModel (per
 * exception id), so they survive switching rows and refreshes; this model only shows them.
 * Values that are not UTF-8 text (binary) show as hex and cannot be edited here.
 * Thread: GUI thread.
 */
class RowImageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Value, NewValue, SetNull, Problem, Count };

    enum Role {
        OffendingRole = Qt::UserRole + 1, ///< bool: the column the target refused (any column)
        EditedRole, ///< bool: the cell has a fix (any column)
        IsNullRole, ///< bool: the value to write is NULL (any column)
        StoredValueRole, ///< the stored value as text, null QVariant for NULL
    };

    explicit RowImageModel(ExceptionsModel *exceptions, QObject *parent = nullptr);
    ~RowImageModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows the image of this exception (0: none).
    void setExceptionId(int64_t id);
    [[nodiscard]] int64_t exceptionId() const { return m_id; }
    /// Model row of a column name; -1 when the image has no such column.
    [[nodiscard]] int rowOfColumn(const QString &column) const;
    /// The row of the offending column; -1 when the target did not name one.
    [[nodiscard]] int offendingRow() const;

private:
    void onModelChanged();
    [[nodiscard]] std::string columnName(int row) const;

    QPointer<ExceptionsModel> m_exceptions;
    int64_t m_id = 0;
    int m_rows = 0;
};

} // namespace ferry::models
