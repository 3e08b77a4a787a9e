// SPDX-License-Identifier: MIT
// MappingEditor: the transformation rules (the class is declared in mapping_editor.h).
#include "ui/mapping/mapping_editor.h"

#include "engine/core/tr.h"
#include "models/mapping/catalog_tree_model.h"
#include "models/mapping/mapping_preview_model.h"
#include "models/mapping/rule_text.h"
#include "ui/mapping/mapping_editor_support.h"
#include "ui_mapping_editor.h"

#include <QComboBox>
#include <QIdentityProxyModel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeView>

#include <set>
#include <utility>

namespace ferry {

using namespace mapping_editor;

// Transformations ----------------------------------------------------------------------------

void MappingEditor::refreshTransformationList(int current)
{
    // Transformation rules are numbered after the selection rules, as the export writes them.
    fillRuleList(m_ui->transformationList, m_transformations, m_selection.size() + 1,
                 models::describeTransformationRule, current);
    loadTransformationForm();
}

int MappingEditor::currentTransformationRule() const
{
    return currentRuleIndex(m_ui->transformationList, m_transformations.size());
}

void MappingEditor::loadTransformationForm()
{
    const int index = currentTransformationRule();
    m_ui->removeTransformationButton->setEnabled(index >= 0);
    m_ui->moveTransformationUpButton->setEnabled(index > 0);
    m_ui->moveTransformationDownButton->setEnabled(index >= 0
                                                   && size_t(index) + 1 < m_transformations.size());
    const MappingRule *rule = index >= 0 ? &m_transformations[size_t(index)] : nullptr;
    const models::TransformationAction *action
        = rule ? models::transformationAction(rule->ruleAction()) : nullptr;
    m_loadingForm = true;
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_ui->transformationActionCombo, m_ui->transformationTargetCombo,
             m_ui->transformationSchemaEdit, m_ui->transformationTableEdit,
             m_ui->transformationColumnEdit, m_ui->transformationValueEdit,
             m_ui->transformationOldValueEdit, m_ui->transformationExpressionEdit,
             m_ui->transformationTypeWidget, m_ui->transformationPrecisionWidget})
        field->setEnabled(action != nullptr);
    m_ui->transformationNoteLabel->clear();
    if (rule && !action)
        m_ui->transformationNoteLabel->setText(
            tr("The editor keeps this %1 rule as written; change it in the DMS JSON.")
                .arg(qs(rule->ruleAction())));
    if (rule) {
        setComboByData(m_ui->transformationActionCombo, qs(rule->ruleAction()));
        setComboByData(m_ui->transformationTargetCombo, qs(rule->ruleTarget()));
        m_ui->transformationSchemaEdit->setText(qs(rule->locator("schema-name")));
        m_ui->transformationTableEdit->setText(qs(rule->locator("table-name")));
        m_ui->transformationColumnEdit->setText(qs(rule->locator("column-name")));
        m_ui->transformationValueEdit->setText(qs(textAt(rule->fields, "value")));
        m_ui->transformationOldValueEdit->setText(qs(textAt(rule->fields, "old-value")));
        m_ui->transformationExpressionEdit->setText(qs(textAt(rule->fields, "expression")));
        const Value *type = rule->fields.find("data-type");
        const auto number = [&](const char *key) {
            const Value *value = type ? type->find(key) : nullptr;
            return value ? QString::fromStdString(value->text()).toInt() : -1;
        };
        if (type)
            setComboByData(m_ui->transformationTypeCombo, qs(textAt(*type, "type")));
        m_ui->transformationLengthSpin->setValue(number("length"));
        m_ui->transformationPrecisionSpin->setValue(number("precision"));
        m_ui->transformationScaleSpin->setValue(number("scale"));
    } else {
        for (QLineEdit *edit :
             {m_ui->transformationSchemaEdit, m_ui->transformationTableEdit,
              m_ui->transformationColumnEdit, m_ui->transformationValueEdit,
              m_ui->transformationOldValueEdit, m_ui->transformationExpressionEdit})
            edit->clear();
    }
    m_loadingForm = false;
    updateTransformationRows();
}

void MappingEditor::updateTransformationRows()
{
    const int index = currentTransformationRule();
    const models::TransformationAction *action = index >= 0
        ? models::transformationAction(m_transformations[size_t(index)].ruleAction())
        : nullptr;
    const std::string target = ss(m_ui->transformationTargetCombo->currentData().toString());
    QFormLayout *form = m_ui->transformationFormLayout;
    const bool known = action != nullptr;
    form->setRowVisible(m_ui->transformationTargetCombo,
                        known && (action->onSchema || action->onTable));
    form->setRowVisible(m_ui->transformationTableEdit, known && target != "schema");
    form->setRowVisible(m_ui->transformationColumnEdit,
                        known && target == "column" && action->name != "add-column");
    form->setRowVisible(m_ui->transformationValueEdit, known && action->hasValue);
    form->setRowVisible(m_ui->transformationOldValueEdit, known && action->hasOldValue);
    form->setRowVisible(m_ui->transformationExpressionEdit, known && action->hasExpression);
    form->setRowVisible(m_ui->transformationTypeWidget, known && action->hasDataType);
    form->setRowVisible(m_ui->transformationPrecisionWidget, known && action->hasDataType);
    if (known && action->hasValue)
        m_ui->transformationValueLabel->setText(tr("%1:").arg(action->valueLabel));
    if (known)
        m_ui->transformationNoteLabel->setText(
            isIncompleteRetype(m_transformations[size_t(index)])
                ? tr("Name the schema, table and column patterns and choose the new data type; "
                     "until then the mapping cannot be kept.")
                : QString());
    m_ui->transformationNoteLabel->setVisible(!m_ui->transformationNoteLabel->text().isEmpty());
}

void MappingEditor::writeTransformationForm()
{
    const int index = currentTransformationRule();
    if (m_loadingForm || index < 0)
        return;
    const std::string actionName = ss(m_ui->transformationActionCombo->currentData().toString());
    const models::TransformationAction *action = models::transformationAction(actionName);
    if (!action)
        return;
    std::string target = ss(m_ui->transformationTargetCombo->currentData().toString());
    const bool allowed = (target == "schema" && action->onSchema)
        || (target == "table" && action->onTable) || (target == "column" && action->onColumn);
    if (!allowed) {
        target = action->onTable ? "table" : "column";
        const QSignalBlocker blocker(m_ui->transformationTargetCombo);
        setComboByData(m_ui->transformationTargetCombo, qs(target));
    }

    const MappingRule &old = m_transformations[size_t(index)];
    Value rule = Value::map({
        {"rule-type", Value::string("transformation")},
        {"rule-id", old.fields.find("rule-id") ? *old.fields.find("rule-id") : Value::string("")},
        {"rule-name",
         old.fields.find("rule-name") ? *old.fields.find("rule-name") : Value::string("")},
        {"rule-target", Value::string(target)},
    });
    Value locator
        = Value::map({{"schema-name", Value::string(ss(m_ui->transformationSchemaEdit->text()))}});
    if (target != "schema")
        locator.set("table-name", Value::string(ss(m_ui->transformationTableEdit->text())));
    if (target == "column"
        && (!m_ui->transformationColumnEdit->text().isEmpty() || actionName != "add-column"))
        locator.set("column-name", Value::string(ss(m_ui->transformationColumnEdit->text())));
    if (const Value *oldLocator = old.fields.find("object-locator");
        oldLocator && oldLocator->isMap()) {
        for (const auto &[key, value] : oldLocator->entries()) {
            if (key != "schema-name" && key != "table-name" && key != "column-name")
                locator.set(key, value);
        }
    }
    rule.set("object-locator", std::move(locator));
    rule.set("rule-action", Value::string(actionName));
    if (action->hasValue)
        rule.set("value", Value::string(ss(m_ui->transformationValueEdit->text())));
    if (action->hasOldValue)
        rule.set("old-value", Value::string(ss(m_ui->transformationOldValueEdit->text())));
    if (action->hasExpression)
        rule.set("expression", Value::string(ss(m_ui->transformationExpressionEdit->text())));
    if (action->hasDataType) {
        const Value *oldType = old.fields.find("data-type");
        Value type = Value::map(
            {{"type", Value::string(ss(m_ui->transformationTypeCombo->currentData().toString()))}});
        const auto number = [&](const char *key, QSpinBox *spin) {
            if (spin->value() >= 0)
                type.set(key, numberLike(oldType ? oldType->find(key) : nullptr, spin->value()));
        };
        number("length", m_ui->transformationLengthSpin);
        number("precision", m_ui->transformationPrecisionSpin);
        number("scale", m_ui->transformationScaleSpin);
        rule.set("data-type", std::move(type));
    }
    static const std::set<std::string> managed = {
        "rule-type",   "rule-id", "rule-name", "rule-target", "object-locator",
        "rule-action", "value",   "old-value", "expression",  "data-type",
    };
    for (const auto &[key, value] : old.fields.entries()) {
        if (!managed.contains(key))
            rule.set(key, value);
    }
    m_transformations[size_t(index)].fields = std::move(rule);
    if (QTreeWidgetItem *item = m_ui->transformationList->currentItem()) {
        item->setText(1, models::describeTransformationRule(m_transformations[size_t(index)]));
        item->setToolTip(1, item->text(1));
    }
    updateTransformationRows();
    markEdited(false);
}

void MappingEditor::addTransformation(const std::string &actionName)
{
    const models::TransformationAction *action = models::transformationAction(actionName);
    if (!action)
        return;
    const auto [schema, table] = currentCatalogTable();
    // A new "Change data type" rule starts without wildcards or a type: %.%.% -> string(50)
    // would retype every column the moment it is added. It is kept once the user has named
    // the columns and the type (isComplete()).
    const bool retype = actionName == "change-data-type";
    const std::string anything = retype ? "" : "%";
    std::string schemaName = anything;
    std::string tableName = anything;
    if (m_catalog && schema >= 0) {
        schemaName = m_catalog->schemas[size_t(schema)].name;
        if (table >= 0)
            tableName = m_catalog->schemas[size_t(schema)].tables[size_t(table)].name;
    }
    const std::string target = action->onColumn && !action->onTable ? "column" : "table";
    Value locator = Value::map(
        {{"schema-name", Value::string(schemaName)}, {"table-name", Value::string(tableName)}});
    if (target == "column" && actionName != "add-column")
        locator.set("column-name", Value::string(anything));
    Value rule = Value::map({
        {"rule-type", Value::string("transformation")},
        {"rule-id", Value::string("")},
        {"rule-name", Value::string("")},
        {"rule-target", Value::string(target)},
        {"object-locator", std::move(locator)},
        {"rule-action", Value::string(actionName)},
    });
    if (action->hasValue)
        rule.set("value",
                 Value::string(actionName == "rename" && tableName != "%" ? tableName
                                   : actionName == "add-column"           ? "new_column"
                                                                          : ""));
    if (action->hasOldValue)
        rule.set("old-value", Value::string(""));
    if (action->hasExpression)
        rule.set("expression", Value::string(""));
    if (action->hasDataType)
        rule.set("data-type",
                 retype ? Value::map({{"type", Value::string("")}})
                        : Value::map(
                            {{"type", Value::string("string")}, {"length", Value::integer(50)}}));
    const int current = currentTransformationRule();
    const int position = current >= 0 ? current + 1 : int(m_transformations.size());
    MappingRule added;
    added.fields = std::move(rule);
    m_transformations.insert(m_transformations.begin() + position, std::move(added));
    refreshTransformationList(position);
    m_ui->ruleTabs->setCurrentWidget(m_ui->transformationTab);
    if (action->hasValue)
        m_ui->transformationValueEdit->setFocus();
    markEdited(false);
}

void MappingEditor::removeTransformation()
{
    const int next = removeRule(m_transformations, currentTransformationRule());
    if (next == -2)
        return;
    refreshTransformationList(next);
    markEdited(false);
}

void MappingEditor::moveTransformation(int delta)
{
    const int moved = moveRule(m_transformations, currentTransformationRule(), delta);
    if (moved < 0)
        return;
    refreshTransformationList(moved);
    markEdited(false);
}

// The rule of a column (Exceptions > Edit rules...) ------------------------------------------

int MappingEditor::transformationOfRule(const QString &ruleId) const
{
    // tableMapping() numbers the selection rules first, then the transformations.
    bool ok = false;
    const long long number = ruleId.toLongLong(&ok);
    const long long index = number - 1 - static_cast<long long>(m_selection.size());
    return ok && index >= 0 && index < static_cast<long long>(m_transformations.size()) ? int(index)
                                                                                        : -1;
}

void MappingEditor::showColumnRule(const QString &schema, const QString &table,
                                   const QString &column)
{
    m_columnToShow = ColumnToShow {schema, table, column};
    showPendingColumn();
}

void MappingEditor::showPendingColumn()
{
    if (!m_columnToShow || !m_previewModel->hasPlan() || m_previewTimer.isActive()
        || m_previewModel->isPlanning())
        return;
    const ColumnToShow wanted = *std::exchange(m_columnToShow, std::nullopt);
    const QString where = wanted.schema.isEmpty()
        ? wanted.table
        : QStringLiteral("%1.%2").arg(wanted.schema, wanted.table);
    const auto match
        = m_previewModel->findColumn(ss(wanted.schema), ss(wanted.table), wanted.column);
    if (!match.table.isValid()) {
        showMessage(tr("%1 is not a table of the source catalog the mapping can show: it was "
                       "renamed or dropped on the source.")
                        .arg(where),
                    true);
        return;
    }
    const QModelIndex shown
        = m_previewProxy->mapFromSource(match.column.isValid() ? match.column : match.table);
    m_ui->previewTree->expand(m_previewProxy->mapFromSource(match.table));
    m_ui->previewTree->setCurrentIndex(shown);
    m_ui->previewTree->scrollTo(shown);
    if (wanted.column.isEmpty())
        return;
    if (!match.column.isValid()) {
        showMessage(
            tr("Table %1 has no column %2 in the mapping any more.").arg(where, wanted.column),
            true);
        return;
    }
    const int rule = transformationOfRule(match.ruleId);
    if (rule >= 0) {
        refreshTransformationList(rule);
        m_ui->ruleTabs->setCurrentWidget(m_ui->transformationTab);
        m_ui->transformationList->scrollToItem(m_ui->transformationList->currentItem());
        showMessage(tr("Rule %1 decides column %2 of %3 (%4 on the target). Change the rule, "
                       "then re-apply the rejected rows with the current rules.")
                        .arg(match.ruleId, wanted.column, where, match.targetType),
                    false);
        return;
    }
    showMessage(tr("No rule changes column %1 of %2: it is created as %3 from the source's type. "
                   "Add a Change data type rule to give it another type, or fix the rows' values.")
                    .arg(wanted.column, where, match.targetType),
                false);
}

} // namespace ferry
