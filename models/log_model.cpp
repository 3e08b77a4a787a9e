// SPDX-License-Identifier: MIT
#include "models/log_model.h"

#include <QDateTime>

namespace ferry::models {

LogModel::LogModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(capacity > 0 ? capacity : 1)
{
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const task::LogLine &line = m_lines[static_cast<size_t>(index.row())];
    if (role == SeverityRole)
        return static_cast<int>(line.severity);
    if (role == ComponentRole)
        return QString::fromLatin1(task::logComponentName(line.component));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Column::Time:
        return QDateTime::fromMSecsSinceEpoch(line.timestampMs)
            .toLocalTime()
            .toString(QStringLiteral("HH:mm:ss.zzz"));
    case Column::Component: return QString::fromLatin1(task::logComponentName(line.component));
    case Column::Severity:
        switch (line.severity) {
        case task::LogSeverity::Error: return tr("Error");
        case task::LogSeverity::Warning: return tr("Warning");
        case task::LogSeverity::Info: return tr("Info");
        case task::LogSeverity::Debug: return tr("Debug");
        }
        return {};
    case Column::Message: return QString::fromStdString(line.message);
    case Column::Count: break;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Time: return tr("Time");
    case Column::Component: return tr("Component");
    case Column::Severity: return tr("Severity");
    case Column::Message: return tr("Message");
    case Column::Count: break;
    }
    return {};
}

void LogModel::append(const task::LogLine &line)
{
    if (static_cast<int>(m_lines.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_lines.pop_front();
        endRemoveRows();
    }
    const int row = static_cast<int>(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.push_back(line);
    endInsertRows();
}

void LogModel::append(const std::vector<task::LogLine> &lines)
{
    // Only the newest `capacity` lines of a huge batch can stay.
    const auto capacity = static_cast<size_t>(m_capacity);
    const size_t skipped = lines.size() > capacity ? lines.size() - capacity : 0;
    const size_t added = lines.size() - skipped;
    if (added == 0)
        return;
    const size_t overflow
        = m_lines.size() + added > capacity ? m_lines.size() + added - capacity : 0;
    if (overflow > 0) {
        beginRemoveRows({}, 0, static_cast<int>(overflow) - 1);
        m_lines.erase(m_lines.begin(), m_lines.begin() + static_cast<ptrdiff_t>(overflow));
        endRemoveRows();
    }
    const int first = static_cast<int>(m_lines.size());
    beginInsertRows({}, first, first + static_cast<int>(added) - 1);
    m_lines.insert(m_lines.end(), lines.begin() + static_cast<ptrdiff_t>(skipped), lines.end());
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

} // namespace ferry::models
