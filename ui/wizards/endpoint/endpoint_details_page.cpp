// SPDX-License-Identifier: MIT
#include "ui/wizards/endpoint/endpoint_details_page.h"

#include "ui/wizards/endpoint/endpoint_page_set.h"

#include <QLabel>
#include <QLineEdit>

namespace ferry {

EndpointDetailsPage::EndpointDetailsPage(EndpointPageSet *set, QWidget *parent)
    : QWizardPage(parent), m_set(set)
{
}

void EndpointDetailsPage::setNameWidgets(QLineEdit *nameEdit, QLabel *nameError)
{
    m_nameEdit = nameEdit;
    m_nameError = nameError;
    m_nameError->hide();
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        updateNameError();
        emit completeChanged();
    });
}

void EndpointDetailsPage::initializePage()
{
    if (m_nameEdit && m_nameEdit->text().isEmpty()) {
        QString name = m_set->defaultName();
        for (int n = 2; m_set->isNameTaken(name); ++n)
            name = m_set->defaultName() + QLatin1Char('-') + QString::number(n);
        m_nameEdit->setText(name);
    }
    updateNameError();
}

bool EndpointDetailsPage::isComplete() const
{
    return QWizardPage::isComplete() && !m_set->isNameTaken(endpointName());
}

int EndpointDetailsPage::nextId() const { return m_set->ids().test; }

void EndpointDetailsPage::fieldEdited()
{
    m_set->markChanged();
    emit completeChanged();
}

QString EndpointDetailsPage::endpointName() const
{
    return m_nameEdit ? m_nameEdit->text().trimmed() : QString();
}

void EndpointDetailsPage::updateNameError()
{
    if (!m_nameError)
        return;
    const bool taken = m_set->isNameTaken(endpointName());
    m_nameError->setText(taken ? tr("The project already has an endpoint named %1; choose "
                                    "another name.")
                                     .arg(endpointName())
                               : QString());
    m_nameError->setVisible(taken);
}

} // namespace ferry
