// SPDX-License-Identifier: MIT
#pragma once

#include "engine/task/task_log.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableView;

namespace ferry {

namespace models {
class LogModel;
}
class LogFilterProxy;

/**
 * The "Logs" tab: the task log with severity and component filters, a search field, and
 * follow mode (keeps the newest line in view while it is on). Errors and warnings carry an
 * icon, errors are bold and red; a details pane below shows the current line whole, wrapped.
 * Thread: GUI thread.
 */
class LogView : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void append(const task::LogLine &line);
    /// A batch of lines, oldest first (one model insert for the batch).
    void append(const std::vector<task::LogLine> &lines);
    void clear();

    models::LogModel *model() const { return m_model; }
    /// Rows shown after filtering.
    int visibleRows() const;
    /// The selected lines in the task.log format, one per line (what Copy puts on the
    /// clipboard, Ctrl+C or the context menu).
    [[nodiscard]] QString selectedText() const;
    /// The details pane's text: the current line in full (the task.log format), wrapped.
    [[nodiscard]] QString detailsText() const;
    QTableView *tableView() const { return m_view; }

private:
    /// The details pane under the table, in a splitter with it.
    QSplitter *createDetailsPane();
    void showDetails();

    models::LogModel *m_model = nullptr;
    LogFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_component = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_follow = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace ferry
