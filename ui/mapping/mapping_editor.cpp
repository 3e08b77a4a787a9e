// SPDX-License-Identifier: MIT
#include "ui/mapping/mapping_editor.h"

#include "engine/connectors/connector.h"
#include "engine/core/tr.h"
#include "engine/mapping/mapping_plan.h"
#include "engine/project/dms_json.h"
#include "models/latest_job.h"
#include "models/mapping/catalog_tree_model.h"
#include "models/mapping/mapping_preview_model.h"
#include "models/mapping/rule_text.h"
#include "models/mapping/selection_rules.h"
#include "ui/dialogs.h"
#include "ui/icons.h"
#include "ui/mapping/mapping_editor_support.h"
#include "ui_mapping_editor.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QMenu>
#include <QPalette>
#include <QPoint>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStyle>

#include <algorithm>
#include <set>

namespace ferry {

using project::MappingRule;
using project::Value;
using namespace mapping_editor;

namespace {

constexpr int PreviewDelayMs = 150;
constexpr int SearchDelayMs = 150;
constexpr int MaxWarningsShown = 6;

/// The catalog tree's icons (schema, table, column): chosen here, not in the Gui-free model.
class CatalogDecorations : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == 0) {
            using Kind = models::CatalogTreeModel::NodeKind;
            switch (Kind(index.data(models::CatalogTreeModel::NodeKindRole).toInt())) {
            case Kind::Schema:
                return icon("schema");
            case Kind::Table:
                return icon("table");
            case Kind::Column:
                return icon("column");
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

/// The preview's look: excluded tables and removed columns in the palette's disabled text
/// colour, added columns in italics (the Rules column says the same in words).
class PreviewDecorations : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        using Status = models::MappingPreviewModel::Status;
        if (role == Qt::ForegroundRole || role == Qt::FontRole) {
            const auto status = Status(index.data(models::MappingPreviewModel::StatusRole).toInt());
            if (role == Qt::ForegroundRole
                && (status == Status::Excluded || status == Status::Removed))
                return QPalette().brush(QPalette::Disabled, QPalette::Text);
            if (role == Qt::FontRole && status == Status::Added) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            if (role == Qt::FontRole && status == Status::Changed
                && index.column() == int(models::MappingPreviewModel::Column::Target)) {
                QFont font;
                font.setBold(true);
                return font;
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

MappingEditor::MappingEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MappingEditor>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mappingEditor"));
    m_catalogModel = new models::CatalogTreeModel(this);
    m_catalogProxy = new CatalogDecorations(this);
    m_catalogProxy->setSourceModel(m_catalogModel);
    m_previewModel = new models::MappingPreviewModel(this);
    m_checksJob = new models::LatestJob(this);
    m_importJob = new models::LatestJob(this);
    m_previewProxy = new PreviewDecorations(this);
    m_previewProxy->setSourceModel(m_previewModel);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(PreviewDelayMs);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    m_lastDirectory = QDir::homePath();
    setUpWidgets();
    connectWidgets();
    refreshSelectionList(-1);
    refreshFilterList({});
    refreshTransformationList(-1);
    updateMessages();
    updateSummary();
}

MappingEditor::~MappingEditor() = default;

void MappingEditor::setUpWidgets()
{
    m_ui->importButton->setIcon(icon("import"));
    m_ui->exportButton->setIcon(icon("export"));
    m_ui->importErrorFrame->hide();
    m_ui->importErrorFrame->setAutoFillBackground(true);

    QTreeView *tree = m_ui->catalogTree;
    tree->setModel(m_catalogProxy);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(int(models::CatalogTreeModel::Column::Name),
                                         QHeaderView::Stretch);
    for (auto column :
         {models::CatalogTreeModel::Column::Rows, models::CatalogTreeModel::Column::Size})
        tree->header()->setSectionResizeMode(int(column), QHeaderView::ResizeToContents);
    tree->sortByColumn(int(models::CatalogTreeModel::Column::Name), Qt::AscendingOrder);
    m_ui->catalogSearchEdit->addAction(icon("search"), QLineEdit::LeadingPosition);

    QTreeView *preview = m_ui->previewTree;
    preview->setModel(m_previewProxy);
    preview->header()->setStretchLastSection(true);
    // Fitting columns reads at most this many rows (a catalog may have 10,000 tables).
    preview->header()->setResizeContentsPrecision(200);

    for (QTreeWidget *list :
         {m_ui->selectionRuleList, m_ui->filterList, m_ui->transformationList}) {
        list->header()->setStretchLastSection(true);
        list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
    }

    m_ui->selectionActionCombo->addItem(tr("Include"), QStringLiteral("include"));
    m_ui->selectionActionCombo->addItem(tr("Exclude"), QStringLiteral("exclude"));
    //: Selection rule-action "explicit": exactly the named table, no wildcards.
    m_ui->selectionActionCombo->addItem(tr("Include exactly (explicit)"),
                                        QStringLiteral("explicit"));
    m_ui->selectionTableTypeCombo->addItem(tr("Tables"), QStringLiteral("table"));
    m_ui->selectionTableTypeCombo->addItem(tr("Views"), QStringLiteral("view"));
    m_ui->selectionTableTypeCombo->addItem(tr("Tables and views"), QStringLiteral("all"));

    for (const models::TransformationAction &action : models::transformationActions())
        m_ui->transformationActionCombo->addItem(action.label, qs(action.name));
    m_ui->transformationTargetCombo->addItem(tr("Schemas"), QStringLiteral("schema"));
    m_ui->transformationTargetCombo->addItem(tr("Tables"), QStringLiteral("table"));
    m_ui->transformationTargetCombo->addItem(tr("Columns"), QStringLiteral("column"));
    //: The data-type choice of a new "Change data type" rule, before one is chosen
    m_ui->transformationTypeCombo->addItem(tr("(choose a type)"), QString());
    for (const std::string &type : models::dmsDataTypeNames())
        m_ui->transformationTypeCombo->addItem(qs(type), qs(type));
    for (QSpinBox *spin : {m_ui->transformationLengthSpin, m_ui->transformationPrecisionSpin,
                           m_ui->transformationScaleSpin}) {
        spin->setMinimum(-1);
        spin->setValue(-1);
    }

    auto *addMenu = new QMenu(m_ui->addTransformationButton);
    addMenu->setObjectName(QStringLiteral("addTransformationMenu"));
    for (const models::TransformationAction &action : models::transformationActions()) {
        QAction *item = addMenu->addAction(action.label);
        item->setObjectName(QStringLiteral("addTransformation_%1").arg(qs(action.name)));
        item->setToolTip(tr("Add a \"%1\" rule").arg(action.label));
        const std::string name = action.name;
        connect(item, &QAction::triggered, this, [this, name] { addTransformation(name); });
    }
    m_ui->addTransformationButton->setMenu(addMenu);
    m_ui->addTransformationButton->setPopupMode(QToolButton::InstantPopup);

    QTableWidget *conditions = m_ui->filterConditionTable;
    conditions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    conditions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    conditions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    conditions->verticalHeader()->hide();
    conditions->setSelectionBehavior(QAbstractItemView::SelectRows);
    conditions->setSelectionMode(QAbstractItemView::SingleSelection);

    // Widths in characters of the current font: the catalog pane fits a table name with its
    // row count and size; the rules and the preview take the rest.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_ui->catalogPane->setMinimumWidth(em * 22);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({em * 30, em * 60});
    m_ui->previewSplitter->setStretchFactor(0, 1);
    m_ui->previewSplitter->setStretchFactor(1, 1);
    for (QHBoxLayout *tab : {m_ui->selectionTabLayout, m_ui->transformationTabLayout}) {
        tab->setStretch(0, 5);
        tab->setStretch(1, 4);
    }
    // A filter's conditions need the room; its list holds short lines.
    m_ui->filterTabLayout->setStretch(0, 2);
    m_ui->filterTabLayout->setStretch(1, 3);
}

void MappingEditor::fitPreviewColumns()
{
    // Once per catalog, on the first plan that loads a table: later edits keep the widths the
    // user may have set. Measured on the model's text, columns of unexpanded tables included,
    // over a bounded number of tables (a catalog may have 10,000).
    constexpr int MeasuredTables = 300;
    using PreviewColumn = models::MappingPreviewModel::Column;
    const QFontMetrics metrics(m_ui->previewTree->font());
    QFont bold = m_ui->previewTree->font();
    bold.setBold(true); // renamed targets are shown in bold
    const QFontMetrics boldMetrics(bold);
    const int em = metrics.horizontalAdvance(QLatin1Char('m'));
    const int indentation = m_ui->previewTree->indentation();
    const int padding = em + 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin);
    QHeaderView *header = m_ui->previewTree->header();
    const int tables = std::min(m_previewModel->rowCount(), MeasuredTables);
    for (auto column : {PreviewColumn::Source, PreviewColumn::SourceType, PreviewColumn::Target,
                        PreviewColumn::TargetType}) {
        const int depth = column == PreviewColumn::Source ? 2 : 0;
        const QFontMetrics &measure = column == PreviewColumn::Target ? boldMetrics : metrics;
        int width = metrics.horizontalAdvance(
                        m_previewModel->headerData(int(column), Qt::Horizontal).toString())
            + padding;
        for (int row = 0; row < tables; ++row) {
            const QModelIndex table = m_previewModel->index(row, 0);
            width = std::max(width,
                             measure.horizontalAdvance(m_previewModel->text(row, column)) + padding
                                 + indentation * (depth / 2));
            for (int child = 0; child < m_previewModel->rowCount(table); ++child)
                width = std::max(width,
                                 measure.horizontalAdvance(m_previewModel->text(row, column, child))
                                     + padding + indentation * depth);
        }
        const int maximum = column == PreviewColumn::SourceType ? 14
            : column == PreviewColumn::TargetType               ? 18
                                                                : 22;
        header->resizeSection(int(column), std::min(width, em * maximum));
    }
}

void MappingEditor::connectWidgets()
{
    connect(&m_previewTimer, &QTimer::timeout, this, &MappingEditor::updatePreviewNow);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        m_catalogModel->setFilterText(m_ui->catalogSearchEdit->text());
        expandSchemas();
    });
    connect(m_ui->catalogSearchEdit, &QLineEdit::textChanged, this,
            [this] { m_searchTimer.start(); });
    connect(m_catalogModel, &models::CatalogTreeModel::checksEdited, this,
            &MappingEditor::onChecksEdited);
    connect(m_catalogModel, &models::CatalogTreeModel::checksChanged, this,
            &MappingEditor::updateSummary);
    connect(m_ui->previewShowExcludedCheck, &QCheckBox::toggled, m_previewModel,
            &models::MappingPreviewModel::setShowExcluded);
    connect(m_previewModel, &models::MappingPreviewModel::planChanged, this,
            &MappingEditor::onPlanChanged);

    connect(m_ui->importButton, &QPushButton::clicked, this, &MappingEditor::importClicked);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MappingEditor::exportClicked);
    connect(m_ui->importErrorCloseButton, &QToolButton::clicked, this, &MappingEditor::hideMessage);

    // Selection rules
    connect(m_ui->selectionRuleList, &QTreeWidget::currentItemChanged, this,
            &MappingEditor::loadSelectionForm);
    connect(m_ui->addSelectionRuleButton, &QToolButton::clicked, this,
            &MappingEditor::addSelectionRule);
    connect(m_ui->removeSelectionRuleButton, &QToolButton::clicked, this,
            &MappingEditor::removeSelectionRule);
    connect(m_ui->moveSelectionRuleUpButton, &QToolButton::clicked, this,
            [this] { moveSelectionRule(-1); });
    connect(m_ui->moveSelectionRuleDownButton, &QToolButton::clicked, this,
            [this] { moveSelectionRule(1); });
    connect(m_ui->selectionActionCombo, &QComboBox::currentIndexChanged, this,
            &MappingEditor::writeSelectionForm);
    connect(m_ui->selectionTableTypeCombo, &QComboBox::currentIndexChanged, this,
            &MappingEditor::writeSelectionForm);
    connect(m_ui->selectionSchemaEdit, &QLineEdit::textEdited, this,
            &MappingEditor::writeSelectionForm);
    connect(m_ui->selectionTableEdit, &QLineEdit::textEdited, this,
            &MappingEditor::writeSelectionForm);
    connect(m_ui->selectionLoadOrderSpin, &QSpinBox::valueChanged, this,
            &MappingEditor::writeSelectionForm);

    // Column filters
    connect(m_ui->filterList, &QTreeWidget::currentItemChanged, this,
            &MappingEditor::loadFilterForm);
    connect(m_ui->addFilterButton, &QToolButton::clicked, this, &MappingEditor::addFilter);
    connect(m_ui->removeFilterButton, &QToolButton::clicked, this, &MappingEditor::removeFilter);
    connect(m_ui->filterTableCombo, &QComboBox::currentIndexChanged, this,
            &MappingEditor::onFilterTableChanged);
    connect(m_ui->filterColumnCombo, &QComboBox::currentIndexChanged, this,
            &MappingEditor::onFilterColumnChanged);
    connect(m_ui->filterConditionTable, &QTableWidget::itemChanged, this,
            &MappingEditor::writeConditions);
    connect(m_ui->addConditionButton, &QToolButton::clicked, this, &MappingEditor::addCondition);
    connect(m_ui->removeConditionButton, &QToolButton::clicked, this,
            &MappingEditor::removeCondition);

    // Transformations
    connect(m_ui->transformationList, &QTreeWidget::currentItemChanged, this,
            &MappingEditor::loadTransformationForm);
    connect(m_ui->removeTransformationButton, &QToolButton::clicked, this,
            &MappingEditor::removeTransformation);
    connect(m_ui->moveTransformationUpButton, &QToolButton::clicked, this,
            [this] { moveTransformation(-1); });
    connect(m_ui->moveTransformationDownButton, &QToolButton::clicked, this,
            [this] { moveTransformation(1); });
    for (QComboBox *combo : {m_ui->transformationActionCombo, m_ui->transformationTargetCombo,
                             m_ui->transformationTypeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &MappingEditor::writeTransformationForm);
    for (QLineEdit *edit : {m_ui->transformationSchemaEdit, m_ui->transformationTableEdit,
                            m_ui->transformationColumnEdit, m_ui->transformationValueEdit,
                            m_ui->transformationOldValueEdit, m_ui->transformationExpressionEdit})
        connect(edit, &QLineEdit::textEdited, this, &MappingEditor::writeTransformationForm);
    for (QSpinBox *spin : {m_ui->transformationLengthSpin, m_ui->transformationPrecisionSpin,
                           m_ui->transformationScaleSpin})
        connect(spin, &QSpinBox::valueChanged, this, &MappingEditor::writeTransformationForm);
}

// Public API ---------------------------------------------------------------------------------

void MappingEditor::setCatalog(const CatalogPtr &catalog, Dialect targetDialect)
{
    m_catalog = catalog;
    m_targetDialect = targetDialect;
    m_catalogModel->setCatalog(catalog);
    m_previewModel->setCatalog(catalog, targetDialect, previewDefaultSchema());
    fillFilterTables();
    expandSchemas();
    evaluateChecks();
    refreshFilterList(currentFilter());
    m_previewColumnsFitted = false;
    updatePreviewNow();
}

void MappingEditor::setTableMapping(const project::TableMapping &mapping)
{
    m_selection.clear();
    m_transformations.clear();
    m_others.clear();
    for (const MappingRule &rule : mapping.rules) {
        const std::string type = rule.ruleType();
        if (type == "selection")
            m_selection.push_back(rule);
        else if (type == "transformation")
            m_transformations.push_back(rule);
        else
            m_others.push_back(rule);
    }
    refreshSelectionList(m_selection.empty() ? -1 : 0);
    refreshFilterList({});
    refreshTransformationList(m_transformations.empty() ? -1 : 0);
    evaluateChecks();
    m_checksStale = false;
    updateComplete();
    updatePreviewNow();
}

project::TableMapping MappingEditor::tableMapping() const
{
    std::vector<MappingRule> rules;
    rules.reserve(m_selection.size() + m_transformations.size() + m_others.size());
    rules.insert(rules.end(), m_selection.begin(), m_selection.end());
    rules.insert(rules.end(), m_transformations.begin(), m_transformations.end());
    rules.insert(rules.end(), m_others.begin(), m_others.end());
    return models::numberedMapping(rules);
}

void MappingEditor::setTargetDefaultSchema(const QString &schema)
{
    m_targetDefaultSchema = schema;
    if (m_catalog) {
        m_previewModel->setCatalog(m_catalog, m_targetDialect, previewDefaultSchema());
        updatePreviewNow();
    }
}

std::string MappingEditor::previewDefaultSchema() const
{
    if (!m_targetDefaultSchema.isEmpty())
        return ss(m_targetDefaultSchema);
    // The target engine's own default (its connector's identifier rules), not a guess here.
    return connectorFor(m_targetDialect).identifierRules().defaultSchema;
}

void MappingEditor::updatePreviewNow()
{
    m_previewTimer.stop();
    if (m_checksStale) {
        m_checksStale = false;
        evaluateChecks();
    }
    m_previewModel->setMapping(tableMapping()); // planned off the GUI thread: planChanged
    updateMessages();
    updateSummary();
}

bool MappingEditor::isBusy() const
{
    return m_previewTimer.isActive() || m_previewModel->isPlanning() || m_checksJob->isBusy()
        || m_importJob->isBusy();
}

void MappingEditor::onPlanChanged()
{
    if (!m_previewColumnsFitted && m_previewModel->includedTableCount() > 0) {
        m_previewColumnsFitted = true;
        fitPreviewColumns();
    }
    updateMessages();
    showPendingColumn();
}

void MappingEditor::markEdited(bool selectionChanged)
{
    if (selectionChanged)
        m_checksStale = true;
    updateComplete();
    emit mappingChanged();
    m_previewTimer.start();
}

bool MappingEditor::isComplete() const
{
    return std::none_of(m_transformations.begin(), m_transformations.end(), isIncompleteRetype);
}

void MappingEditor::updateComplete()
{
    const bool complete = isComplete();
    if (complete == m_complete)
        return;
    m_complete = complete;
    emit completeChanged();
}

// Catalog tree -------------------------------------------------------------------------------

void MappingEditor::expandSchemas()
{
    const int schemas = m_catalogProxy->rowCount();
    // A few schemas open (their tables load lazily, one batch at a time); many stay closed.
    if (schemas > 6 && m_catalogModel->filterText().isEmpty())
        return;
    for (int row = 0; row < schemas; ++row)
        m_ui->catalogTree->expand(m_catalogProxy->index(row, 0));
}

std::pair<int, int> MappingEditor::currentCatalogTable() const
{
    const QModelIndex current = m_ui->catalogTree->currentIndex();
    if (!current.isValid())
        return {-1, -1};
    return {current.data(models::CatalogTreeModel::SchemaIndexRole).toInt(),
            current.data(models::CatalogTreeModel::TableIndexRole).toInt()};
}

void MappingEditor::evaluateChecks()
{
    m_selectionError.clear();
    if (!m_catalog) {
        m_checksJob->cancel();
        return;
    }
    // Planned off the GUI thread (a 10,000-table catalog takes a while); a newer evaluation or
    // a check the user makes meanwhile supersedes it.
    m_checksJob->run<Result<models::TableSelection>>(
        [catalog = m_catalog, rules = m_selection] {
            return models::evaluateSelection(*catalog, rules);
        },
        [this](Result<models::TableSelection> selection) {
            if (selection) {
                m_catalogModel->setSelection(*selection);
            } else {
                const Error &error = selection.error();
                m_selectionError = tr("%1: %2 %3")
                                       .arg(qs(error.location), qs(error.message), qs(error.hint))
                                       .trimmed();
            }
            updateMessages();
            updateSummary();
        });
}

void MappingEditor::onChecksEdited(const QList<int> &schemas)
{
    if (!m_catalog)
        return;
    m_checksJob->cancel(); // the user's checks win over an evaluation still running
    const std::vector<int> changed(schemas.begin(), schemas.end());
    m_selection
        = models::selectionRulesFor(*m_catalog, m_catalogModel->selection(), m_selection, changed);
    // No rules would mean DMS's default mapping (everything): nothing checked is written as a
    // rule that excludes every table.
    if (m_selection.empty() && m_catalogModel->tableCount() > 0)
        m_selection.push_back(models::selectionRule("exclude", "%", "%"));
    m_selectionError.clear();
    refreshSelectionList(m_selection.empty() ? -1 : 0);
    refreshFilterList(currentFilter());
    markEdited(false);
}

// Selection rules ----------------------------------------------------------------------------

void MappingEditor::refreshSelectionList(int current)
{
    fillRuleList(m_ui->selectionRuleList, m_selection, 1, models::describeSelectionRule, current);
    loadSelectionForm();
}

int MappingEditor::currentSelectionRule() const
{
    return currentRuleIndex(m_ui->selectionRuleList, m_selection.size());
}

void MappingEditor::loadSelectionForm()
{
    const int index = currentSelectionRule();
    m_ui->selectionRuleForm->setEnabled(index >= 0);
    m_ui->removeSelectionRuleButton->setEnabled(index >= 0);
    m_ui->moveSelectionRuleUpButton->setEnabled(index > 0);
    m_ui->moveSelectionRuleDownButton->setEnabled(index >= 0
                                                  && size_t(index) + 1 < m_selection.size());
    m_loadingForm = true;
    if (index < 0) {
        m_ui->selectionSchemaEdit->clear();
        m_ui->selectionTableEdit->clear();
        m_ui->selectionLoadOrderSpin->setValue(0);
    } else {
        const MappingRule &rule = m_selection[size_t(index)];
        setComboByData(m_ui->selectionActionCombo, qs(rule.ruleAction()));
        m_ui->selectionSchemaEdit->setText(qs(rule.locator("schema-name")));
        m_ui->selectionTableEdit->setText(qs(rule.locator("table-name")));
        const std::string type = rule.locator("table-type");
        setComboByData(m_ui->selectionTableTypeCombo,
                       type.empty() ? QStringLiteral("table") : qs(type));
        const Value *order = rule.fields.find("load-order");
        m_ui->selectionLoadOrderSpin->setValue(
            order && order->toInteger() ? int(*order->toInteger())
                : order                 ? QString::fromStdString(order->text()).toInt()
                                        : 0);
    }
    m_loadingForm = false;
}

void MappingEditor::writeSelectionForm()
{
    const int index = currentSelectionRule();
    if (m_loadingForm || index < 0)
        return;
    MappingRule &rule = m_selection[size_t(index)];
    Value *action = rule.fields.find("rule-action");
    const std::string newAction = ss(m_ui->selectionActionCombo->currentData().toString());
    if (action)
        *action = Value::string(newAction);
    else
        rule.fields.set("rule-action", Value::string(newAction));
    Value *locator = rule.fields.find("object-locator");
    if (!locator) {
        rule.fields.set("object-locator", Value::map());
        locator = rule.fields.find("object-locator");
    }
    locator->set("schema-name", Value::string(ss(m_ui->selectionSchemaEdit->text())));
    locator->set("table-name", Value::string(ss(m_ui->selectionTableEdit->text())));
    const std::string type = ss(m_ui->selectionTableTypeCombo->currentData().toString());
    if (type == "table" && !locator->find("table-type"))
        ; // DMS's default: leave the key out, as written
    else
        locator->set("table-type", Value::string(type));
    const int order = m_ui->selectionLoadOrderSpin->value();
    if (order == 0)
        rule.fields.remove("load-order");
    else
        rule.fields.set("load-order", numberLike(rule.fields.find("load-order"), order));
    if (newAction != "include") {
        // DMS accepts filters on include rules only.
        if (const Value *filters = rule.fields.find("filters");
            filters && filters->isList() && filters->items().empty())
            rule.fields.remove("filters");
    } else if (!rule.fields.find("filters")) {
        rule.fields.set("filters", Value::list());
    }
    QTreeWidgetItem *item = m_ui->selectionRuleList->currentItem();
    item->setText(1, models::describeSelectionRule(rule));
    item->setToolTip(1, item->text(1));
    refreshFilterList(currentFilter());
    markEdited(true);
}

void MappingEditor::addSelectionRule()
{
    const auto [schema, table] = currentCatalogTable();
    std::string schemaName = "%";
    std::string tableName = "%";
    if (m_catalog && schema >= 0) {
        schemaName = m_catalog->schemas[size_t(schema)].name;
        if (table >= 0)
            tableName = m_catalog->schemas[size_t(schema)].tables[size_t(table)].name;
    }
    m_selection.push_back(models::selectionRule("include", schemaName, tableName));
    refreshSelectionList(int(m_selection.size()) - 1);
    m_ui->selectionSchemaEdit->setFocus();
    markEdited(true);
}

void MappingEditor::removeSelectionRule()
{
    const int next = removeRule(m_selection, currentSelectionRule());
    if (next == -2)
        return;
    refreshSelectionList(next);
    refreshFilterList({});
    markEdited(true);
}

void MappingEditor::moveSelectionRule(int delta)
{
    const int moved = moveRule(m_selection, currentSelectionRule(), delta);
    if (moved < 0)
        return;
    refreshSelectionList(moved);
    refreshFilterList({});
    markEdited(true);
}

// Import, export, messages -------------------------------------------------------------------

void MappingEditor::importClicked()
{
    const QString path
        = Dialogs::openFileName(this, tr("Import AWS DMS Table Mapping"), m_lastDirectory,
                                tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    importDmsJsonFile(path);
}

void MappingEditor::exportClicked()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Export AWS DMS Table Mapping"),
        QDir(m_lastDirectory).filePath(QStringLiteral("table-mappings.json")),
        tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    exportDmsJsonFile(path);
}

MappingEditor::Imported MappingEditor::readDmsJsonFile(const QString &path)
{
    Imported result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.message
            = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    const QByteArray text = file.readAll();
    project::LoadReport report;
    auto imported
        = project::importDmsTableMappings(std::string_view(text.constData(), size_t(text.size())),
                                          ss(QFileInfo(path).fileName()), &report);
    if (!imported) {
        const Error &error = imported.error();
        //: Import error: "table-mappings.json:3:14: <what is wrong> <how to fix it>".
        result.message = tr("Not imported. %1: %2").arg(qs(error.location), qs(error.message));
        if (!error.hint.empty())
            result.message += QLatin1Char('\n') + qs(error.hint);
        return result;
    }
    result.ok = true;
    result.mapping = std::move(imported).value();
    if (!report.warnings.empty()) {
        QStringList lines;
        lines << tr("Imported %1 with warnings:").arg(QFileInfo(path).fileName());
        for (const project::ProjectIssue &issue : report.warnings)
            lines << tr("%1: %2").arg(qs(issue.location()), qs(issue.message));
        result.message = lines.join(QLatin1Char('\n'));
    }
    return result;
}

void MappingEditor::importDmsJsonFile(const QString &path)
{
    // Read and parsed off the GUI thread: a mapping of thousands of tables is a large file.
    m_importJob->run<Imported>([path] { return readDmsJsonFile(path); },
                               [this](Imported imported) {
                                   if (!imported.ok) {
                                       showMessage(imported.message, true);
                                       emit importFinished(false);
                                       return;
                                   }
                                   setTableMapping(imported.mapping);
                                   if (imported.message.isEmpty())
                                       hideMessage();
                                   else
                                       showMessage(imported.message, false);
                                   emit mappingChanged();
                                   emit importFinished(true);
                               });
}

bool MappingEditor::exportDmsJsonFile(const QString &path)
{
    const std::string text = project::exportDmsTableMappings(tableMapping());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
        showMessage(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    showMessage(tr("Exported the table mapping to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

QString MappingEditor::messageText() const
{
    return m_ui->importErrorFrame->isHidden() ? QString() : m_ui->importErrorLabel->text();
}

void MappingEditor::showMessage(const QString &text, bool error)
{
    m_ui->importErrorLabel->setText(text);
    const QIcon symbol = error ? icon("warning") : icon("info");
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->importErrorIcon->setPixmap(symbol.pixmap(size, size));
    m_ui->importErrorIcon->setVisible(!symbol.isNull());
    QPalette palette = m_ui->importErrorFrame->palette();
    palette.setBrush(QPalette::Window, palette.brush(QPalette::AlternateBase));
    m_ui->importErrorFrame->setPalette(palette);
    m_ui->importErrorFrame->show();
}

void MappingEditor::hideMessage()
{
    m_ui->importErrorFrame->hide();
    m_ui->importErrorLabel->clear();
}

void MappingEditor::updateMessages()
{
    QStringList lines;
    if (!m_selectionError.isEmpty())
        lines << tr("Error: %1").arg(m_selectionError);
    else if (!m_previewModel->errorText().isEmpty())
        lines << tr("Error: %1").arg(m_previewModel->errorText());
    const QStringList warnings = m_previewModel->warnings();
    for (qsizetype i = 0; i < warnings.size() && i < MaxWarningsShown; ++i)
        lines << tr("Warning: %1").arg(warnings[i]);
    if (warnings.size() > MaxWarningsShown)
        lines << tr("More warnings: %1.").arg(warnings.size() - MaxWarningsShown);
    if (!m_others.empty())
        lines << tr("Other rules kept as written (table settings and the like): %1.")
                     .arg(m_others.size());
    if (m_selection.empty())
        lines << tr("No selection rules: every table of every non-system schema is migrated (the "
                    "DMS default mapping). Untick tables or add rules to choose.");
    else if (m_catalog && m_catalogModel->checkedTableCount() == 0 && m_selectionError.isEmpty())
        lines << tr("No table is selected: tick the tables to migrate.");
    m_ui->previewMessagesLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->previewMessagesLabel->setVisible(!lines.isEmpty());
    m_ui->previewCountLabel->setText(
        m_catalog ? tr("Tables loaded: %1 of %2")
                        .arg(QLocale().toString(m_previewModel->includedTableCount()),
                             QLocale().toString(m_catalogModel->tableCount()))
                  : QString());
}

void MappingEditor::updateSummary()
{
    int filters = 0;
    for (const MappingRule &rule : m_selection) {
        if (const Value *list = rule.fields.find("filters"); list && list->isList())
            filters += int(list->items().size());
    }
    m_ui->summaryLabel->setText(tr("Selection rules: %1, column filters: %2, transformations: %3")
                                    .arg(m_selection.size())
                                    .arg(filters)
                                    .arg(m_transformations.size()));
    if (!m_catalog) {
        m_ui->catalogSummaryLabel->setText(tr("No source catalog has been read yet."));
        return;
    }
    const QLocale locale;
    m_ui->catalogSummaryLabel->setText(
        tr("Checked tables: %1 of %2, about %3 rows, %4")
            .arg(locale.toString(m_catalogModel->checkedTableCount()),
                 locale.toString(m_catalogModel->tableCount()),
                 locale.toString(m_catalogModel->checkedRowEstimate()),
                 locale.formattedDataSize(m_catalogModel->checkedSizeBytes())));
}

} // namespace ferry
