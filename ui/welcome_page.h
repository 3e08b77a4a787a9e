// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace ferry {

/**
 * What the workbench shows when no project is open: the embedded sample first (a migration in
 * two clicks), then New project, Open project and the recent projects. Thread: GUI thread.
 */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Fills the recent list (most recent first); missing files are shown greyed out.
    void setRecentProjects(const QStringList &paths);
    /// Shows a line of progress or an error under the sample button (empty: hidden).
    void setSampleStatus(const QString &text);
    void setSampleBusy(bool busy);

signals:
    void sampleRequested();
    void newProjectRequested();
    void openProjectRequested();
    void recentProjectRequested(const QString &path);

private:
    QPushButton *m_sample = nullptr;
    QLabel *m_sampleStatus = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_recentTitle = nullptr;
};

} // namespace ferry
