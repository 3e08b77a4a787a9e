// SPDX-License-Identifier: MIT
#include "ui/wizards/endpoint/engine_page.h"

#include "ui/icons.h"
#include "ui/wizards/endpoint/endpoint_page_set.h"
#include "ui_engine_page.h"

#include <QButtonGroup>
#include <QLabel>

namespace ferry {

EnginePage::EnginePage(EndpointPageSet *set, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::EnginePage>()), m_set(set)
{
    m_ui->setupUi(this);
    setTitle(set->role() == EndpointRole::Source ? tr("Source database") : tr("Target database"));
    setSubTitle(set->role() == EndpointRole::Source
                    ? tr("Choose the kind of database Ferry reads the data from.")
                    : tr("Choose the kind of database Ferry writes the data to."));

    struct Choice
    {
        QRadioButton *radio;
        QLabel *description;
        const char *iconName;
        Dialect engine;
    };
    const Choice choices[] = {
        {m_ui->postgresqlRadio, m_ui->postgresqlDescription, "postgresql", Dialect::PostgreSql},
        {m_ui->mysqlRadio, m_ui->mysqlDescription, "mysql", Dialect::MySql},
        {m_ui->sqliteRadio, m_ui->sqliteDescription, "sqlite", Dialect::Sqlite},
        {m_ui->odbcRadio, m_ui->odbcDescription, "odbc", Dialect::Odbc},
    };
    auto *group = new QButtonGroup(this);
    m_group = group;
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    for (const Choice &choice : choices) {
        const QIcon engineIcon = icon(choice.iconName);
        choice.radio->setIcon(engineIcon);
        choice.radio->setIconSize(QSize(iconSize, iconSize));
        // The description starts under the engine's name, after the indicator and the icon.
        int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this)
            + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);
        if (!engineIcon.isNull())
            indent += iconSize + 4;
        choice.description->setIndent(indent);
        group->addButton(choice.radio, static_cast<int>(choice.engine));
    }
    m_ui->postgresqlRadio->setChecked(true);
    m_ui->engineChangeNote->hide();
    connect(group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_set->setEngine(static_cast<Dialect>(id));
        updateEngineChangeNote();
    });
}

EnginePage::~EnginePage() = default;

void EnginePage::initializePage()
{
    // An edited endpoint starts with its own engine chosen.
    if (QAbstractButton *chosen = m_group->button(static_cast<int>(m_set->engine())))
        chosen->setChecked(true);
    updateEngineChangeNote();
}

void EnginePage::updateEngineChangeNote()
{
    const auto &original = m_set->original();
    const QStringList &users = m_set->users();
    const bool changed = original && original->engine != m_set->engine() && !users.isEmpty();
    m_ui->engineChangeNote->setVisible(changed);
    if (!changed)
        return;
    m_ui->engineChangeNote->setText(
        tr("%n task(s) use this endpoint: %1. Their table mappings are kept as they are when "
           "the engine changes; check them with Edit Mapping afterwards.",
           nullptr, int(users.size()))
            .arg(users.join(QStringLiteral(", "))));
}

int EnginePage::nextId() const { return m_set->detailsPageId(); }

} // namespace ferry
