// SPDX-License-Identifier: MIT
#include "ui/mapping/mapping_dialog.h"

#include "ui/dialogs.h"
#include "ui/mapping/mapping_editor.h"
#include "ui_mapping_dialog.h"

#include <QPushButton>

namespace ferry {

MappingDialog::MappingDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MappingDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mappingDialog"));
    setWindowTitle(tr("Table Mapping"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setToolTip(tr("Discard the changes"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MappingDialog::reject);
    connect(m_ui->mappingEditor, &MappingEditor::mappingChanged, this,
            [this] { m_modified = true; });
    // A rule that cannot be kept yet (a "Change data type" without its columns or type)
    // keeps OK disabled; the rule's form says what is missing.
    connect(m_ui->mappingEditor, &MappingEditor::completeChanged, this,
            &MappingDialog::updateOkButton);
    updateOkButton();
    // Room for the catalog, the rules and the preview at once; the user may resize.
    resize(1100, 700);
}

MappingDialog::~MappingDialog() = default;

void MappingDialog::updateOkButton()
{
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const bool complete = m_ui->mappingEditor->isComplete();
    ok->setEnabled(complete);
    ok->setToolTip(complete ? tr("Keep the edited mapping")
                            : tr("A \"Change data type\" rule needs its columns and a type"));
}

void MappingDialog::setTaskName(const QString &taskName)
{
    //: Window title of the mapping dialog: %1 is the task's name.
    setWindowTitle(tr("Table Mapping of Task %1").arg(taskName));
}

void MappingDialog::setCatalog(const CatalogPtr &catalog, Dialect targetDialect)
{
    m_ui->mappingEditor->setCatalog(catalog, targetDialect);
}

void MappingDialog::setTableMapping(const project::TableMapping &mapping)
{
    m_ui->mappingEditor->setTableMapping(mapping);
    m_modified = false;
}

project::TableMapping MappingDialog::tableMapping() const
{
    return m_ui->mappingEditor->tableMapping();
}

MappingEditor *MappingDialog::editor() const { return m_ui->mappingEditor; }

void MappingDialog::reject()
{
    if (m_modified
        && Dialogs::question(this, tr("Discard Mapping Changes"),
                             tr("Discard the changes to the table mapping?"),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace ferry
