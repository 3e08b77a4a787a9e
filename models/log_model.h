// SPDX-License-Identifier: MIT
#pragma once

#include "engine/task/task_log.h"

#include <QAbstractTableModel>

#include <deque>
#include <vector>

namespace ferry::models {

/**
 * The task log for the Logs tab: one row per line (time, component, severity, message), the
 * newest last, at most `capacity` lines (the oldest are dropped; the run directory's task.log
 * keeps everything). Appending a line or a batch emits one rowsInserted (and one rowsRemoved
 * for dropped lines), never a reset. Qt Gui-free: SeverityRole gives the task::LogSeverity as
 * int for the view.
 * Thread: GUI thread.
 */
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Time, Component, Severity, Message, Count };
    enum Role { SeverityRole = Qt::UserRole + 1, ComponentRole };

    explicit LogModel(QObject *parent = nullptr, int capacity = 20'000);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const task::LogLine &line);
    /// A batch of lines (the engine sends them with each snapshot tick), oldest first: one
    /// rowsInserted for the batch, and one rowsRemoved for the oldest lines it pushes out.
    void append(const std::vector<task::LogLine> &lines);
    void clear();
    const task::LogLine &lineAt(int row) const { return m_lines[static_cast<size_t>(row)]; }

private:
    std::deque<task::LogLine> m_lines;
    int m_capacity;
};

} // namespace ferry::models
