// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the files of MappingEditor (mapping_editor*.cpp); not a public interface.

#include "engine/project/project.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QString>
#include <QTreeWidget>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::mapping_editor {

using project::MappingRule;
using project::Value;

inline std::string ss(const QString &text) { return text.toStdString(); }

inline std::string textAt(const Value &map, std::string_view key)
{
    const Value *value = map.find(key);
    return value ? value->text() : std::string();
}

/// An integer or a string Value of the same kind as `old` (DMS documents write both).
inline Value numberLike(const Value *old, long long number)
{
    if (old && old->isString())
        return Value::string(std::to_string(number));
    return Value::integer(number);
}

inline void setComboByData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    combo->addItem(data, data);
    combo->setCurrentIndex(combo->count() - 1);
}

/// Fills a rule list (number, description) and selects row `current` without signals.
template<typename Describe>
void fillRuleList(QTreeWidget *list, const std::vector<project::MappingRule> &rules,
                  size_t firstNumber, Describe describe, int current)
{
    const QSignalBlocker blocker(list);
    list->clear();
    for (size_t i = 0; i < rules.size(); ++i) {
        auto *item
            = new QTreeWidgetItem(list, {QString::number(firstNumber + i), describe(rules[i])});
        item->setData(0, Qt::UserRole, int(i));
        item->setToolTip(1, item->text(1));
    }
    if (current >= 0 && current < list->topLevelItemCount())
        list->setCurrentItem(list->topLevelItem(current));
}

/// The index of the rule selected in a list filled by fillRuleList; -1 for none.
inline int currentRuleIndex(const QTreeWidget *list, size_t count)
{
    const QTreeWidgetItem *item = list->currentItem();
    if (!item)
        return -1;
    const int index = item->data(0, Qt::UserRole).toInt();
    return index >= 0 && size_t(index) < count ? index : -1;
}

/// Swaps rule `index` with its neighbour `delta` away; the neighbour's index, or -1 when
/// there is none.
inline int moveRule(std::vector<project::MappingRule> &rules, int index, int delta)
{
    const int other = index + delta;
    if (index < 0 || other < 0 || size_t(other) >= rules.size())
        return -1;
    std::swap(rules[size_t(index)], rules[size_t(other)]);
    return other;
}

/// Removes rule `index`; the index to select next, or -2 when nothing was removed.
inline int removeRule(std::vector<project::MappingRule> &rules, int index)
{
    if (index < 0)
        return -2;
    rules.erase(rules.begin() + index);
    return std::min(index, int(rules.size()) - 1);
}

/// A "Change data type" rule that names no column pattern or no type cannot be kept: with
/// wildcards filled in for the user it would retype every column.
inline bool isIncompleteRetype(const MappingRule &rule)
{
    if (rule.ruleAction() != "change-data-type")
        return false;
    const Value *type = rule.fields.find("data-type");
    return rule.locator("schema-name").empty() || rule.locator("table-name").empty()
        || rule.locator("column-name").empty() || !type || !type->isMap()
        || textAt(*type, "type").empty();
}

} // namespace ferry::mapping_editor
