// SPDX-License-Identifier: MIT
#include "models/exceptions/row_image_model.h"

#include "engine/core/tr.h"
#include "engine/load/canonical_text.h"
#include "models/exceptions/exceptions_model.h"

#include <QLocale>

namespace ferry::models {

namespace {

bool sameNameIgnoringCase(const std::string &a, const std::string &b)
{
    return QString::compare(qs(a), qs(b), Qt::CaseInsensitive) == 0;
}

/// Display text of a value: UTF-8 text as is (long values shortened), other bytes as hex.
QString shown(const std::string &value, bool shorten)
{
    if (!load::isValidUtf8(value)) {
        std::string hex;
        load::appendHex(hex, std::string_view(value).substr(0, shorten ? 64 : value.size()));
        return QStringLiteral("0x") + qs(hex)
            + (shorten && value.size() > 64 ? QStringLiteral("\u2026") : QString());
    }
    QString text = qs(value);
    if (shorten && text.size() > 200)
        text = text.left(200) + QStringLiteral("\u2026");
    return text;
}

} // namespace

RowImageModel::RowImageModel(ExceptionsModel *exceptions, QObject *parent)
    : QAbstractTableModel(parent), m_exceptions(exceptions)
{
    // Fixes and refreshed records arrive as dataChanged of the exception's row.
    connect(exceptions, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_exceptions ? m_exceptions->rowOfId(m_id) : -1;
                if (row >= topLeft.row() && row <= bottomRight.row())
                    onModelChanged();
            });
    connect(exceptions, &QAbstractItemModel::rowsRemoved, this, &RowImageModel::onModelChanged);
    connect(exceptions, &QAbstractItemModel::modelReset, this, &RowImageModel::onModelChanged);
}

RowImageModel::~RowImageModel() = default;

int RowImageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RowImageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant RowImageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tip ? tr("Target column") : tr("Column");
    case Column::Value:
        return tip ? tr("The value the target refused (as stored with the rejected row)")
                   : tr("Value");
    case Column::NewValue:
        return tip ? tr("The value to write instead: double-click to edit") : tr("New value");
    case Column::SetNull:
        //: Column header: a checkbox that writes SQL NULL instead of a value
        return tip ? tr("Write NULL (no value) instead") : tr("NULL");
    case Column::Problem:
        return tip ? tr("Why the target refused the row, next to the column it named")
                   : tr("Problem");
    case Column::Count:
        break;
    }
    return {};
}

std::string RowImageModel::columnName(int row) const
{
    const task::ExceptionRecord *record = m_exceptions ? m_exceptions->recordById(m_id) : nullptr;
    if (!record || row < 0 || row >= static_cast<int>(record->image().size()))
        return {};
    return record->image()[static_cast<size_t>(row)].column;
}

int RowImageModel::rowOfColumn(const QString &column) const
{
    const std::string name = column.toStdString();
    for (int row = 0; row < m_rows; ++row) {
        if (columnName(row) == name)
            return row;
    }
    return -1;
}

int RowImageModel::offendingRow() const
{
    const task::ExceptionRecord *record = m_exceptions ? m_exceptions->recordById(m_id) : nullptr;
    if (!record || record->column.empty())
        return -1;
    int fallback = -1;
    for (int row = 0; row < m_rows; ++row) {
        const std::string name = columnName(row);
        if (name == record->column)
            return row;
        if (fallback < 0 && sameNameIgnoringCase(name, record->column))
            fallback = row;
    }
    return fallback;
}

QVariant RowImageModel::data(const QModelIndex &index, int role) const
{
    const task::ExceptionRecord *record = m_exceptions ? m_exceptions->recordById(m_id) : nullptr;
    if (!record || !index.isValid() || index.row() >= m_rows
        || index.row() >= static_cast<int>(record->image().size()))
        return {};
    const task::ImageCell &cell = record->image()[static_cast<size_t>(index.row())];
    const auto edit = m_exceptions->edit(m_id, cell.column);
    const std::optional<std::string> current = edit ? *edit : cell.value;
    const bool writesNull
        = edit ? !edit->has_value() : (!cell.value && !cell.omittedBytes && !cell.missing);
    const auto column = static_cast<Column>(index.column());
    const bool offending = index.row() == offendingRow();

    auto storedText = [&]() -> QString {
        if (cell.omittedBytes)
            return tr("(%1 not kept)").arg(QLocale().formattedDataSize(*cell.omittedBytes));
        if (cell.missing)
            //: A column whose value its add-column rule did not compute for this row
            return tr("(not computed)");
        if (!cell.value)
            //: Shown for a SQL NULL value
            return tr("NULL");
        return shown(*cell.value, true);
    };

    switch (role) {
    case OffendingRole:
        return offending;
    case EditedRole:
        return edit.has_value();
    case IsNullRole:
        return writesNull;
    case StoredValueRole:
        return cell.value ? QVariant(qs(*cell.value)) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return qs(cell.column);
        case Column::Value:
            return storedText();
        case Column::NewValue:
            if (!edit)
                return {};
            return edit->has_value() ? shown(**edit, true) : tr("NULL");
        case Column::Problem:
            // The database's own words fit next to the value; the sentence is above the table.
            if (!offending)
                return {};
            return qs(record->detail.empty() ? record->error : record->detail).simplified();
        default:
            return {};
        }
    case Qt::EditRole:
        if (column == Column::NewValue)
            return current ? qs(*current) : QString();
        return {};
    case Qt::CheckStateRole:
        if (column == Column::SetNull)
            return writesNull ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Value:
            if (cell.missing)
                return tr("The rule that computes %1 failed for this row: enter a value, or "
                          "fix the rule and re-apply with the current rules")
                    .arg(qs(cell.column));
            return cell.value ? shown(*cell.value, false).left(2000) : storedText();
        case Column::Problem:
        case Column::Name:
            if (!offending)
                return {};
            return record->detail.empty() ? qs(record->error)
                                          : tr("%1\n%2").arg(qs(record->error), qs(record->detail));
        case Column::NewValue:
            return edit ? (edit->has_value() ? shown(**edit, false).left(2000) : tr("NULL"))
                        : tr("Double-click to enter a new value");
        case Column::SetNull:
            return tr("Write NULL (no value) for %1").arg(qs(cell.column));
        default:
            return {};
        }
    default:
        return {};
    }
}

Qt::ItemFlags RowImageModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const task::ExceptionRecord *record = m_exceptions ? m_exceptions->recordById(m_id) : nullptr;
    if (!record || !index.isValid() || index.row() >= static_cast<int>(record->image().size()))
        return flags;
    const task::ImageCell &cell = record->image()[static_cast<size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (column == Column::NewValue) {
        const auto edit = m_exceptions->edit(m_id, cell.column);
        const std::optional<std::string> current = edit ? *edit : cell.value;
        if (!current || load::isValidUtf8(*current))
            flags |= Qt::ItemIsEditable;
    } else if (column == Column::SetNull) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

bool RowImageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const std::string name = columnName(index.row());
    if (!m_exceptions || name.empty())
        return false;
    const auto column = static_cast<Column>(index.column());
    if (column == Column::NewValue && role == Qt::EditRole) {
        m_exceptions->setEdit(m_id, name, value.toString().toStdString());
        return true;
    }
    if (column == Column::SetNull && role == Qt::CheckStateRole) {
        const task::ExceptionRecord *record = m_exceptions->recordById(m_id);
        const task::ImageCell &cell = record->image()[static_cast<size_t>(index.row())];
        if (value.toInt() == Qt::Checked)
            m_exceptions->setEdit(m_id, name, std::nullopt);
        else if (!cell.value && !cell.omittedBytes && !cell.missing)
            m_exceptions->setEdit(m_id, name, std::string()); // stored NULL: now a value
        else
            m_exceptions->revertEdit(m_id, name);
        return true;
    }
    return false;
}

void RowImageModel::setExceptionId(int64_t id)
{
    beginResetModel();
    m_id = id;
    const task::ExceptionRecord *record = m_exceptions ? m_exceptions->recordById(id) : nullptr;
    m_rows = record ? static_cast<int>(record->image().size()) : 0;
    endResetModel();
}

void RowImageModel::onModelChanged()
{
    // The record may have changed (a refresh after a re-apply) or gone.
    const task::ExceptionRecord *record = m_exceptions ? m_exceptions->recordById(m_id) : nullptr;
    const int rows = record ? static_cast<int>(record->image().size()) : 0;
    if (rows != m_rows) {
        setExceptionId(record ? m_id : 0);
        return;
    }
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

} // namespace ferry::models
