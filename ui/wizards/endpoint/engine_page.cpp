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
    connect(group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_set->setEngine(static_cast<Dialect>(id));
    });
}

EnginePage::~EnginePage() = default;

int EnginePage::nextId() const { return m_set->detailsPageId(); }

} // namespace ferry
