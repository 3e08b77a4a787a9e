// SPDX-License-Identifier: MIT
#include "ui/wizards/endpoint/sqlite_page.h"

#include "ui/dialogs.h"
#include "ui/wizards/endpoint/endpoint_page_set.h"
#include "ui_sqlite_page.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ferry {

SqlitePage::SqlitePage(EndpointPageSet *set, QWidget *parent)
    : EndpointDetailsPage(set, parent), m_ui(std::make_unique<Ui::SqlitePage>())
{
    m_ui->setupUi(this);
    setNameWidgets(m_ui->nameEdit, m_ui->nameError);
    registerField(set->fieldName(QStringLiteral("sqliteName*")), m_ui->nameEdit);
    registerField(set->fieldName(QStringLiteral("sqlitePath*")), m_ui->pathEdit);
    const bool target = set->role() == EndpointRole::Target;
    m_ui->createFileCheck->setVisible(target);
    m_ui->createFileCheck->setChecked(target);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, [this] {
        updateFileStatus();
        fieldEdited();
    });
    connect(m_ui->createFileCheck, &QCheckBox::toggled, this, [this] {
        updateFileStatus();
        fieldEdited();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SqlitePage::choosePath);
}

SqlitePage::~SqlitePage() = default;

void SqlitePage::initializePage()
{
    EndpointDetailsPage::initializePage();
    const bool target = m_set->role() == EndpointRole::Target;
    setTitle(tr("SQLite database file"));
    setSubTitle(target ? tr("The file Ferry writes the migrated tables to.")
                       : tr("The file Ferry reads the tables from. It is opened read-only."));
    updateFileStatus();
}

QString SqlitePage::absolutePath() const
{
    const QString path = m_ui->pathEdit->text().trimmed();
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

void SqlitePage::choosePath()
{
    const QString current = absolutePath();
    const QString directory = current.isEmpty() ? QString() : QFileInfo(current).absolutePath();
    const QString filter = tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)");
    // A target may be a new file: the save dialog lets the user type a new name.
    const QString file = m_set->role() == EndpointRole::Target
        ? Dialogs::saveFileName(this, tr("Choose the target database file"), directory, filter)
        : Dialogs::openFileName(this, tr("Choose the source database file"), directory, filter);
    if (!file.isEmpty())
        m_ui->pathEdit->setText(QDir::toNativeSeparators(file));
}

void SqlitePage::updateFileStatus()
{
    const QString path = absolutePath();
    QString status;
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (info.isDir())
            status = tr("This is a folder: name the database file itself.");
        else if (info.exists())
            status = tr("The file exists.");
        else if (m_set->role() == EndpointRole::Source)
            status = tr("There is no file at this path.");
        else if (m_ui->createFileCheck->isChecked())
            status = tr("The file does not exist yet: testing the connection creates an empty "
                        "database there.");
        else
            status = tr("The file does not exist yet, and the box below is not ticked.");
    }
    m_ui->fileStatus->setText(status);
    m_ui->fileStatus->setVisible(!status.isEmpty());
}

void SqlitePage::fillEndpoint(project::Endpoint &endpoint) const
{
    endpoint.name = endpointName().toStdString();
    endpoint.engine = Dialect::Sqlite;
    endpoint.path = absolutePath().toStdString();
}

void SqlitePage::loadEndpoint(const ConnectionSpec &spec)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(QString::fromStdString(spec.path)));
}

bool SqlitePage::createFileIfRequested(QString *error)
{
    const QString path = absolutePath();
    if (m_set->role() != EndpointRole::Target || !m_ui->createFileCheck->isChecked()
        || path.isEmpty() || QFileInfo::exists(path))
        return true;
    // Only the directory's own existence is checked here; the engine's test explains any
    // other problem (permissions) precisely.
    if (!QFileInfo(path).absoluteDir().exists())
        return true;
    removeCreatedFile(); // an earlier path's empty file, made before the path was changed
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = tr("Could not create the database file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.close(); // an empty file is an empty SQLite database
    m_createdFile = path;
    updateFileStatus();
    return true;
}

void SqlitePage::removeCreatedFile()
{
    if (m_createdFile.isEmpty())
        return;
    const QFileInfo info(m_createdFile);
    if (info.exists() && info.size() == 0)
        QFile::remove(m_createdFile);
    m_createdFile.clear();
}

} // namespace ferry
