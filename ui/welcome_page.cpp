// SPDX-License-Identifier: MIT
#include "ui/welcome_page.h"

#include "ui/icons.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry {

namespace {

QPushButton *bigButton(const QString &text, const QString &toolTip, const char *iconName,
                       const QString &objectName)
{
    auto *button = new QPushButton(icon(iconName), text);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setIconSize(QSize(24, 24));
    button->setMinimumHeight(button->sizeHint().height() + 12);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *title = new QLabel(tr("Welcome to Ferry"));
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *intro = new QLabel(tr("Ferry copies databases between PostgreSQL, MySQL/MariaDB, "
                                "SQLite and ODBC sources, shows every table's progress live "
                                "and keeps the rows it could not load with the reason."));
    intro->setWordWrap(true);

    m_sample = bigButton(tr("Open the sample project"),
                         tr("Generate Ferry's sports-ticketing sample (SQLite, 1,000,000 "
                            "tickets) and open a project that copies it into a new SQLite "
                            "database; then press Run."),
                         "sample", QStringLiteral("openSampleButton"));
    auto *sampleNote = new QLabel(tr("New to Ferry? The sample runs a complete migration on "
                                     "this computer, with nothing to set up."));
    sampleNote->setWordWrap(true);
    m_sampleStatus = new QLabel;
    m_sampleStatus->setObjectName(QStringLiteral("sampleStatus"));
    m_sampleStatus->setWordWrap(true);
    m_sampleStatus->hide();

    auto *newProject = bigButton(tr("New project..."),
                                 tr("Create a project: a source, a target and the tables to "
                                    "copy"),
                                 "new-project", QStringLiteral("welcomeNewProject"));
    auto *openProject = bigButton(tr("Open project..."), tr("Open a Ferry project file"),
                                  "open", QStringLiteral("welcomeOpenProject"));

    m_recentTitle = new QLabel(tr("Recent projects"));
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    m_recent = new QListWidget;
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recentTitle->setBuddy(m_recent);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addWidget(m_sample);
    column->addWidget(sampleNote);
    column->addWidget(m_sampleStatus);
    column->addSpacing(16);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newProject);
    buttons->addWidget(openProject);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent, 1);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *holder = new QWidget;
    holder->setLayout(column);
    holder->setMaximumWidth(640);
    holder->setMinimumWidth(420);
    outer->addWidget(holder, 3);
    outer->addStretch(1);

    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(newProject, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(openProject, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentProjectRequested(item->data(Qt::UserRole).toString());
    });
    setRecentProjects({});
}

void WelcomePage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(icon("open"), tr("%1 - %2").arg(
                                                           info.fileName(),
                                                           QDir::toNativeSeparators(
                                                               info.absolutePath())));
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 (missing)").arg(QDir::toNativeSeparators(path)));
        }
        m_recent->addItem(item);
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent projects yet."));
        item->setFlags(Qt::NoItemFlags);
        m_recent->addItem(item);
    }
}

void WelcomePage::setSampleStatus(const QString &text)
{
    m_sampleStatus->setText(text);
    m_sampleStatus->setVisible(!text.isEmpty());
}

void WelcomePage::setSampleBusy(bool busy)
{
    m_sample->setEnabled(!busy);
}

} // namespace ferry
