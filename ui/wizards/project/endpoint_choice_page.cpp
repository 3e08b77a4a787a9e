// SPDX-License-Identifier: MIT
#include "ui/wizards/project/endpoint_choice_page.h"

#include "engine/core/tr.h"
#include "ui/icons.h"
#include "ui/wizards/endpoint/endpoint_page_set.h"
#include "ui/wizards/project_wizard.h"
#include "ui/wizards/wizard_support.h"
#include "ui_endpoint_choice_page.h"

namespace ferry {

namespace {

const char *engineIconName(Dialect engine)
{
    switch (engine) {
    case Dialect::PostgreSql:
        return "postgresql";
    case Dialect::MySql:
        return "mysql";
    case Dialect::Sqlite:
        return "sqlite";
    case Dialect::Odbc:
        return "odbc";
    }
    return "endpoint";
}

} // namespace

EndpointChoicePage::EndpointChoicePage(ProjectWizard *wizard, EndpointRole role)
    : m_ui(std::make_unique<Ui::EndpointChoicePage>()), m_wizard(wizard), m_role(role)
{
    m_ui->setupUi(this);
    const bool source = role == EndpointRole::Source;
    setTitle(source ? tr("Source endpoint") : tr("Target endpoint"));
    setSubTitle(source ? tr("The database Ferry reads the data from.")
                       : tr("The database Ferry writes the data to."));
    m_ui->newRadio->setChecked(true);
    connect(m_ui->existingRadio, &QRadioButton::toggled, this, &EndpointChoicePage::updateState);
    connect(m_ui->existingCombo, &QComboBox::currentIndexChanged, this,
            &EndpointChoicePage::updateState);
}

EndpointChoicePage::~EndpointChoicePage() = default;

void EndpointChoicePage::initializePage()
{
    if (m_ui->existingCombo->count() == 0) {
        for (const project::Endpoint &endpoint : m_wizard->existingEndpoints()) {
            m_ui->existingCombo->addItem(icon(engineIconName(endpoint.engine)),
                                         tr("%1 (%2: %3)")
                                             .arg(qs(endpoint.name),
                                                  wizards::engineDisplayName(endpoint.engine),
                                                  wizards::endpointLocation(endpoint)),
                                         qs(endpoint.name));
        }
        // A source is rarely also the target: propose the second endpoint for the target.
        if (m_role == EndpointRole::Target && m_ui->existingCombo->count() > 1)
            m_ui->existingCombo->setCurrentIndex(1);
    }
    updateState();
}

std::optional<project::Endpoint> EndpointChoicePage::chosenExisting() const
{
    if (!m_ui->existingRadio->isChecked())
        return std::nullopt;
    const int index = m_ui->existingCombo->currentIndex();
    const auto &existing = m_wizard->existingEndpoints();
    if (index < 0 || index >= int(existing.size()))
        return std::nullopt;
    return existing[size_t(index)];
}

QString EndpointChoicePage::conflict() const
{
    if (m_role != EndpointRole::Target)
        return {};
    const auto chosen = chosenExisting();
    if (!chosen)
        return {};
    const project::Endpoint source = m_wizard->endpoint(EndpointRole::Source);
    if (source.name == chosen->name && !(source == *chosen)) {
        return tr("The new source endpoint is also named %1. Pick another target, or go back "
                  "and rename the source.")
            .arg(qs(chosen->name));
    }
    return {};
}

void EndpointChoicePage::updateState()
{
    const bool existing = m_ui->existingRadio->isChecked();
    m_ui->existingCombo->setEnabled(existing);
    const auto chosen = chosenExisting();
    QString note;
    if (chosen) {
        if (chosen->passwordSource != PasswordSource::None)
            note = tr("Password: %1.").arg(wizards::passwordSourceText(chosen->passwordSource));
        const QString problem = conflict();
        if (!problem.isEmpty())
            note = problem;
    }
    m_ui->existingNote->setText(note);
    m_ui->existingNote->setVisible(!note.isEmpty());
    emit completeChanged();
}

bool EndpointChoicePage::isComplete() const
{
    if (!m_ui->existingRadio->isChecked())
        return true;
    return chosenExisting().has_value() && conflict().isEmpty();
}

int EndpointChoicePage::nextId() const
{
    if (!m_ui->existingRadio->isChecked())
        return m_wizard->endpointPages(m_role)->ids().engine;
    return static_cast<int>(m_role == EndpointRole::Source ? ProjectWizard::Page::TargetChoice
                                                           : ProjectWizard::Page::MigrationType);
}

} // namespace ferry
