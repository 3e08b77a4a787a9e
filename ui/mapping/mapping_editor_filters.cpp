// SPDX-License-Identifier: MIT
// MappingEditor: the column filters of selection rules (the class is declared in mapping_editor.h).
#include "ui/mapping/mapping_editor.h"

#include "engine/core/tr.h"
#include "engine/mapping/mapping_plan.h"
#include "models/mapping/catalog_tree_model.h"
#include "models/mapping/rule_text.h"
#include "ui/mapping/mapping_editor_support.h"
#include "ui_mapping_editor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>

namespace ferry {

using namespace mapping_editor;

// Column filters -----------------------------------------------------------------------------

void MappingEditor::fillFilterTables()
{
    const QSignalBlocker blocker(m_ui->filterTableCombo);
    m_ui->filterTableCombo->clear();
    if (!m_catalog)
        return;
    for (size_t s = 0; s < m_catalog->schemas.size(); ++s) {
        const Schema &schema = m_catalog->schemas[s];
        for (size_t t = 0; t < schema.tables.size(); ++t)
            m_ui->filterTableCombo->addItem(qs(schema.name) + QLatin1Char('.')
                                                + qs(schema.tables[t].name),
                                            QPoint(int(s), int(t)));
    }
}

void MappingEditor::refreshFilterList(const FilterRef &current)
{
    QTreeWidget *list = m_ui->filterList;
    m_filterRefs.clear();
    {
        const QSignalBlocker blocker(list);
        list->clear();
        int currentRow = -1;
        for (size_t r = 0; r < m_selection.size(); ++r) {
            const Value *filters = m_selection[r].fields.find("filters");
            if (!filters || !filters->isList())
                continue;
            const QString table = qs(m_selection[r].locator("schema-name")) + QLatin1Char('.')
                + qs(m_selection[r].locator("table-name"));
            for (size_t f = 0; f < filters->items().size(); ++f) {
                if (int(r) == current.rule && int(f) == current.filter)
                    currentRow = int(m_filterRefs.size());
                auto *item = new QTreeWidgetItem(
                    list, {table, models::describeFilter(filters->items()[f])});
                item->setData(0, Qt::UserRole, int(m_filterRefs.size()));
                item->setToolTip(1, item->text(1));
                m_filterRefs.push_back({int(r), int(f)});
            }
        }
        if (currentRow < 0 && !m_filterRefs.empty())
            currentRow = 0;
        if (currentRow >= 0)
            list->setCurrentItem(list->topLevelItem(currentRow));
    }
    loadFilterForm();
}

MappingEditor::FilterRef MappingEditor::currentFilter() const
{
    const QTreeWidgetItem *item = m_ui->filterList->currentItem();
    if (!item)
        return {};
    const int index = item->data(0, Qt::UserRole).toInt();
    return index >= 0 && size_t(index) < m_filterRefs.size() ? m_filterRefs[size_t(index)]
                                                             : FilterRef {};
}

Value *MappingEditor::filterValue(const FilterRef &ref)
{
    if (ref.rule < 0 || size_t(ref.rule) >= m_selection.size())
        return nullptr;
    Value *filters = m_selection[size_t(ref.rule)].fields.find("filters");
    if (!filters || !filters->isList() || ref.filter < 0
        || size_t(ref.filter) >= filters->items().size())
        return nullptr;
    return &filters->items()[size_t(ref.filter)];
}

void MappingEditor::loadFilterForm()
{
    const FilterRef ref = currentFilter();
    const Value *filter = filterValue(ref);
    m_ui->filterForm->setEnabled(filter != nullptr);
    m_ui->removeFilterButton->setEnabled(filter != nullptr);
    m_loadingForm = true;
    QTableWidget *conditions = m_ui->filterConditionTable;
    conditions->setRowCount(0);
    if (filter) {
        const MappingRule &rule = m_selection[size_t(ref.rule)];
        const std::string schemaName = rule.locator("schema-name");
        const std::string tableName = rule.locator("table-name");
        int schema = -1;
        int table = -1;
        if (m_catalog) {
            for (size_t s = 0; s < m_catalog->schemas.size() && table < 0; ++s) {
                if (m_catalog->schemas[s].name != schemaName)
                    continue;
                for (size_t t = 0; t < m_catalog->schemas[s].tables.size(); ++t) {
                    if (mapping::matchesPattern(tableName, m_catalog->schemas[s].tables[t].name)) {
                        schema = int(s);
                        table = int(t);
                        break;
                    }
                }
            }
        }
        const int comboIndex = m_ui->filterTableCombo->findData(QPoint(schema, table));
        if (comboIndex >= 0) {
            m_ui->filterTableCombo->setCurrentIndex(comboIndex);
        } else {
            m_ui->filterTableCombo->addItem(qs(schemaName) + QLatin1Char('.') + qs(tableName),
                                            QPoint(-1, -1));
            m_ui->filterTableCombo->setCurrentIndex(m_ui->filterTableCombo->count() - 1);
        }
        fillFilterColumns(schema, table, qs(textAt(*filter, "column-name")));
        const Value *list = filter->find("filter-conditions");
        if (list && list->isList()) {
            conditions->setRowCount(int(list->items().size()));
            for (size_t i = 0; i < list->items().size(); ++i)
                fillConditionRow(int(i), list->items()[i]);
        }
    }
    m_ui->removeConditionButton->setEnabled(conditions->rowCount() > 0);
    m_loadingForm = false;
}

void MappingEditor::fillFilterColumns(int schema, int table, const QString &current)
{
    QComboBox *combo = m_ui->filterColumnCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (m_catalog && schema >= 0 && table >= 0) {
        for (const ferry::Column &column :
             m_catalog->schemas[size_t(schema)].tables[size_t(table)].columns)
            combo->addItem(tr("%1 (%2)").arg(qs(column.name), qs(column.nativeType)),
                           qs(column.name));
    }
    if (!current.isEmpty())
        setComboByData(combo, current);
}

void MappingEditor::fillConditionRow(int row, const Value &condition)
{
    QTableWidget *table = m_ui->filterConditionTable;
    auto *combo = new QComboBox(table);
    combo->setObjectName(QStringLiteral("filterOperatorCombo%1").arg(row));
    for (const models::FilterOperatorText &op : models::filterOperators())
        combo->addItem(op.label, qs(op.name));
    std::string op = textAt(condition, "filter-operator");
    if (op == "lte")
        op = "ste";
    setComboByData(combo, qs(op));
    table->setCellWidget(row, 0, combo);
    const bool range = op == "between" || op == "notbetween";
    table->setItem(row, 1,
                   new QTableWidgetItem(qs(textAt(condition, range ? "start-value" : "value"))));
    table->setItem(row, 2, new QTableWidgetItem(qs(textAt(condition, "end-value"))));
    updateConditionRow(row);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        for (int r = 0; r < m_ui->filterConditionTable->rowCount(); ++r) {
            if (m_ui->filterConditionTable->cellWidget(r, 0) == combo)
                updateConditionRow(r);
        }
        writeConditions();
    });
}

void MappingEditor::updateConditionRow(int row)
{
    QTableWidget *table = m_ui->filterConditionTable;
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, 0));
    if (!combo)
        return;
    const std::string op = ss(combo->currentData().toString());
    int values = 1;
    for (const models::FilterOperatorText &known : models::filterOperators()) {
        if (known.name == op)
            values = known.values;
    }
    const bool wasLoading = m_loadingForm;
    m_loadingForm = true;
    for (int column = 1; column <= 2; ++column) {
        QTableWidgetItem *item = table->item(row, column);
        if (!item)
            continue;
        const bool used = column <= values;
        item->setFlags(used ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                            : Qt::NoItemFlags);
        if (!used)
            item->setText({});
    }
    m_loadingForm = wasLoading;
}

void MappingEditor::writeConditions()
{
    if (m_loadingForm)
        return;
    Value *filter = filterValue(currentFilter());
    if (!filter)
        return;
    QTableWidget *table = m_ui->filterConditionTable;
    Value::List conditions;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, 0));
        const std::string op = combo ? ss(combo->currentData().toString()) : std::string("eq");
        const QString first = table->item(row, 1) ? table->item(row, 1)->text() : QString();
        const QString second = table->item(row, 2) ? table->item(row, 2)->text() : QString();
        Value condition = Value::map({{"filter-operator", Value::string(op)}});
        if (op == "between" || op == "notbetween") {
            condition.set("start-value", Value::string(ss(first)));
            condition.set("end-value", Value::string(ss(second)));
        } else if (op != "null" && op != "notnull") {
            condition.set("value", Value::string(ss(first)));
        }
        conditions.push_back(std::move(condition));
    }
    filter->set("filter-conditions", Value::list(std::move(conditions)));
    if (QTreeWidgetItem *item = m_ui->filterList->currentItem()) {
        item->setText(1, models::describeFilter(*filter));
        item->setToolTip(1, item->text(1));
    }
    const int rule = currentFilter().rule;
    if (QTreeWidgetItem *item = m_ui->selectionRuleList->topLevelItem(rule))
        item->setText(1, models::describeSelectionRule(m_selection[size_t(rule)]));
    m_ui->removeConditionButton->setEnabled(table->rowCount() > 0);
    markEdited(false);
}

void MappingEditor::onFilterColumnChanged()
{
    if (m_loadingForm)
        return;
    Value *filter = filterValue(currentFilter());
    if (!filter)
        return;
    filter->set("column-name",
                Value::string(ss(m_ui->filterColumnCombo->currentData().toString())));
    writeConditions();
}

int MappingEditor::includeRuleFor(int schema, int table)
{
    const Schema &source = m_catalog->schemas[size_t(schema)];
    const std::string &tableName = source.tables[size_t(table)].name;
    for (size_t r = 0; r < m_selection.size(); ++r) {
        const MappingRule &rule = m_selection[r];
        if (rule.ruleAction() != "include" || rule.locator("schema-name") != source.name)
            continue;
        const std::string pattern = rule.locator("table-name");
        if (pattern.find('%') != std::string::npos || !mapping::matchesPattern(pattern, tableName))
            continue;
        bool onlyThis = true;
        for (const Table &other : source.tables) {
            if (other.name != tableName && mapping::matchesPattern(pattern, other.name))
                onlyThis = false;
        }
        if (onlyThis)
            return int(r);
    }
    std::vector<std::string> names;
    for (const Table &other : source.tables)
        names.push_back(other.name);
    std::vector<std::string> schemas;
    for (const Schema &other : m_catalog->schemas)
        schemas.push_back(other.name);
    m_selection.push_back(models::selectionRule("include",
                                                models::exactPattern(source.name, schemas),
                                                models::exactPattern(tableName, names)));
    return int(m_selection.size()) - 1;
}

void MappingEditor::onFilterTableChanged()
{
    if (m_loadingForm || !m_catalog)
        return;
    const FilterRef ref = currentFilter();
    Value *filter = filterValue(ref);
    const QPoint target = m_ui->filterTableCombo->currentData().toPoint();
    if (!filter || target.x() < 0)
        return;
    Value moved = *filter;
    const auto &columns = m_catalog->schemas[size_t(target.x())].tables[size_t(target.y())].columns;
    const std::string column = textAt(moved, "column-name");
    if (!columns.empty()
        && std::none_of(columns.begin(), columns.end(),
                        [&](const ferry::Column &c) { return c.name == column; }))
        moved.set("column-name", Value::string(columns.front().name));
    Value &oldFilters = *m_selection[size_t(ref.rule)].fields.find("filters");
    oldFilters.items().erase(oldFilters.items().begin() + ref.filter);
    const int rule = includeRuleFor(target.x(), target.y());
    Value *filters = m_selection[size_t(rule)].fields.find("filters");
    if (!filters) {
        m_selection[size_t(rule)].fields.set("filters", Value::list());
        filters = m_selection[size_t(rule)].fields.find("filters");
    }
    filters->items().push_back(std::move(moved));
    const FilterRef now {rule, int(filters->items().size()) - 1};
    refreshSelectionList(currentSelectionRule());
    refreshFilterList(now);
    markEdited(true);
}

void MappingEditor::addFilter()
{
    if (!m_catalog)
        return;
    auto [schema, table] = currentCatalogTable();
    if (schema < 0 || table < 0) {
        for (size_t s = 0; s < m_catalog->schemas.size() && table < 0; ++s) {
            for (size_t t = 0; t < m_catalog->schemas[s].tables.size(); ++t) {
                if (m_catalogModel->isTableChecked(int(s), int(t))) {
                    schema = int(s);
                    table = int(t);
                    break;
                }
            }
        }
    }
    if ((schema < 0 || table < 0) && !m_catalog->schemas.empty()
        && !m_catalog->schemas.front().tables.empty()) {
        schema = 0;
        table = 0;
    }
    if (schema < 0 || table < 0)
        return;
    const Table &source = m_catalog->schemas[size_t(schema)].tables[size_t(table)];
    const int rule = includeRuleFor(schema, table);
    Value filter = Value::map({
        {"filter-type", Value::string("source")},
        {"column-name", Value::string(source.columns.empty() ? "" : source.columns.front().name)},
        {"filter-conditions",
         Value::list({Value::map({{"filter-operator", Value::string("notnull")}})})},
    });
    Value *filters = m_selection[size_t(rule)].fields.find("filters");
    if (!filters) {
        m_selection[size_t(rule)].fields.set("filters", Value::list());
        filters = m_selection[size_t(rule)].fields.find("filters");
    }
    filters->items().push_back(std::move(filter));
    refreshSelectionList(currentSelectionRule());
    refreshFilterList({rule, int(filters->items().size()) - 1});
    m_ui->ruleTabs->setCurrentWidget(m_ui->filterTab);
    markEdited(true);
}

void MappingEditor::removeFilter()
{
    const FilterRef ref = currentFilter();
    if (!filterValue(ref))
        return;
    Value &filters = *m_selection[size_t(ref.rule)].fields.find("filters");
    filters.items().erase(filters.items().begin() + ref.filter);
    refreshSelectionList(currentSelectionRule());
    refreshFilterList({});
    markEdited(false);
}

void MappingEditor::addCondition()
{
    if (!filterValue(currentFilter()))
        return;
    QTableWidget *table = m_ui->filterConditionTable;
    const int row = table->rowCount();
    m_loadingForm = true;
    table->insertRow(row);
    fillConditionRow(
        row, Value::map({{"filter-operator", Value::string("eq")}, {"value", Value::string("")}}));
    m_loadingForm = false;
    table->setCurrentCell(row, 1);
    writeConditions();
}

void MappingEditor::removeCondition()
{
    QTableWidget *table = m_ui->filterConditionTable;
    const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
    if (row < 0)
        return;
    table->removeRow(row);
    writeConditions();
}

} // namespace ferry
