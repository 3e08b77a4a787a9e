// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/project.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace ferry::models {

/**
 * Names and one-line descriptions of DMS table-mapping rules for the mapping editor: the
 * transformation actions and filter operators it offers (API token + translated label), and a
 * sentence per rule for the rule lists ("Rename schema HR to hr_schema"). Pure functions;
 * translated through the MappingText context. Thread: any (translators installed first).
 */
struct MappingText
{
    Q_DECLARE_TR_FUNCTIONS(MappingText)
};

/// A transformation rule-action the editor's form can edit.
struct TransformationAction
{
    std::string name; ///< rule-action as DMS writes it
    QString label;
    bool onSchema = false; ///< allowed rule-targets
    bool onTable = false;
    bool onColumn = false;
    bool hasValue = false; ///< "value": new name, prefix, suffix, column name
    bool hasOldValue = false; ///< "old-value": replace-prefix / replace-suffix
    bool hasExpression = false; ///< add-column
    bool hasDataType = false; ///< add-column, change-data-type
    QString valueLabel; ///< what "value" means for this action
};

/// rename, convert-lowercase, convert-uppercase, add/remove/replace-prefix and -suffix,
/// remove-column, include-column, add-column, change-data-type (in that order).
[[nodiscard]] const std::vector<TransformationAction> &transformationActions();
/// nullptr for an action the form does not edit (define-primary-key, masking, ...).
[[nodiscard]] const TransformationAction *transformationAction(const std::string &name);

/// A DMS filter-operator token and its label ("gte" -> "greater than or equal to").
struct FilterOperatorText
{
    std::string name;
    QString label;
    int values = 1; ///< 0 (null, notnull), 1, or 2 (between: start and end)
};
[[nodiscard]] const std::vector<FilterOperatorText> &filterOperators();

/// DMS data-type names for add-column and change-data-type (reference §2.6), relational ones.
[[nodiscard]] const std::vector<std::string> &dmsDataTypeNames();

/// "Include dms_sample.%", "Exclude dms_sample.mlb_data", with filters and load order.
[[nodiscard]] QString describeSelectionRule(const project::MappingRule &rule);
/// "Rename schema HR to hr_schema", "Convert table names to lower case (%.%)", ...
[[nodiscard]] QString describeTransformationRule(const project::MappingRule &rule);
/// One filter {column-name, filter-conditions}: "price >= 100 or price is null".
[[nodiscard]] QString describeFilter(const project::Value &filter);
/// The object-locator as "schema.table.column" (parts present only).
[[nodiscard]] QString locatorText(const project::MappingRule &rule);

} // namespace ferry::models
