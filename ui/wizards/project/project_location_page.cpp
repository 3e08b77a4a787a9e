// SPDX-License-Identifier: MIT
#include "ui/wizards/project/project_location_page.h"

#include "ui/dialogs.h"
#include "ui/wizards/project_wizard.h"
#include "ui/wizards/wizard_support.h"
#include "ui_project_location_page.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QWizard>

namespace ferry {

ProjectLocationPage::ProjectLocationPage(ProjectWizard *wizard)
    : m_ui(std::make_unique<Ui::ProjectLocationPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setTitle(tr("Name and location"));
    setSubTitle(tr("A project is one YAML file: its endpoints, table mappings and tasks."));
    registerField(QStringLiteral("projectName*"), m_ui->projectNameEdit);
    registerField(QStringLiteral("projectDescription"), m_ui->descriptionEdit);
    registerField(QStringLiteral("projectFolder*"), m_ui->folderEdit);
    m_defaultFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    wizards::setStateIcon(m_ui->overwriteBannerIcon, "warning", QStyle::SP_MessageBoxWarning);
    connect(m_ui->projectNameEdit, &QLineEdit::textChanged, this, &ProjectLocationPage::updateFile);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, &ProjectLocationPage::updateFile);
    connect(m_ui->browseFolderButton, &QPushButton::clicked, this,
            &ProjectLocationPage::chooseFolder);
    updateFile();
}

ProjectLocationPage::~ProjectLocationPage() = default;

void ProjectLocationPage::setDefaultFolder(const QString &folder)
{
    const QString shown = m_ui->folderEdit->text();
    const bool untouched = shown.isEmpty() || shown == QDir::toNativeSeparators(m_defaultFolder);
    m_defaultFolder = folder;
    if (untouched && (wizard() && wizard()->currentPage() == this))
        m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

QString ProjectLocationPage::filePath() const
{
    const QString folder = m_ui->folderEdit->text().trimmed();
    if (folder.isEmpty())
        return {};
    return QDir(QDir::fromNativeSeparators(folder))
        .absoluteFilePath(wizards::projectFileName(m_ui->projectNameEdit->text()));
}

void ProjectLocationPage::initializePage()
{
    // Defaults go in here, not in the constructor: QWizard takes a mandatory field's value at
    // registration as "not filled in yet".
    if (m_ui->folderEdit->text().isEmpty())
        m_ui->folderEdit->setText(QDir::toNativeSeparators(m_defaultFolder));
    updateFile();
}

void ProjectLocationPage::chooseFolder()
{
    const QString folder = Dialogs::existingDirectory(this, tr("Choose the project folder"),
                                                      m_ui->folderEdit->text());
    if (!folder.isEmpty())
        m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

void ProjectLocationPage::updateFile()
{
    const QString path = filePath();
    m_ui->projectFileLabel->setText(path.isEmpty() ? tr("Choose a folder.")
                                                   : QDir::toNativeSeparators(path));
    const QFileInfo info(path);
    const bool exists = !path.isEmpty() && info.exists();
    const bool newFolder = !path.isEmpty() && !info.absoluteDir().exists();
    m_ui->overwriteBanner->setVisible(exists);
    m_ui->overwriteBannerText->setText(
        exists ? tr("A file named %1 already exists in this folder. Finishing the wizard "
                    "replaces it.")
                     .arg(info.fileName())
               : QString());
    m_ui->folderNote->setText(newFolder ? tr("The folder does not exist yet; Ferry creates it "
                                             "when it saves the project.")
                                        : QString());
    m_ui->folderNote->setVisible(newFolder);
}

bool ProjectLocationPage::validatePage()
{
    const QString path = filePath();
    if (!QFileInfo::exists(path))
        return true;
    return Dialogs::question(this, tr("Replace the project file?"),
                             tr("%1 already exists. Replace it with the new project?")
                                 .arg(QDir::toNativeSeparators(path)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

int ProjectLocationPage::nextId() const
{
    return static_cast<int>(m_wizard->existingEndpoints().empty()
                                ? ProjectWizard::Page::SourceEngine
                                : ProjectWizard::Page::SourceChoice);
}

} // namespace ferry
