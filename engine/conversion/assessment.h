// SPDX-License-Identifier: MIT
#pragma once

#include "engine/conversion/schema_conversion.h"

#include <string>
#include <vector>

namespace ferry::conversion {

/**
 * The assessment report (issue #14), as SCT's and DMS Schema Conversion's: an executive summary
 * per object category (converted automatically, with simple / medium / complex action items,
 * not converted), an effort estimate, every action item, and the pre-migration checks a DMS
 * task would stumble on (tables without a primary key, LOB columns, column types the target
 * cannot hold exactly: the lossy and unsupported notes of types::mapColumnType, by their code).
 * Built from a conversion and the source catalog; rendered as JSON, CSV or HTML here (PDF: the
 * report library, later). docs/conversion.md, "Assessment".
 */

/// Minutes of work per action item, by complexity (documented; tunable by the caller).
struct EffortWeights
{
    double simpleMinutes = 15;
    double mediumMinutes = 60;
    double complexMinutes = 240;
};

struct CategorySummary
{
    ObjectCategory category = ObjectCategory::Table;
    int objects = 0;
    int automatic = 0; ///< converted without an action item
    int simple = 0; ///< converted or not, the object's hardest action is simple
    int medium = 0;
    int complex = 0;
    int notConverted = 0; ///< no target SQL (its source text is kept)
};

/// An action item or a pre-migration check, as the report lists it.
struct AssessmentItem
{
    std::string kind; ///< "action" or "check"
    std::string code;
    ActionComplexity complexity = ActionComplexity::Simple;
    std::string category; ///< "table", "view", ...
    std::string object; ///< source schema.name
    std::string message;
    std::string recommendation;
};

struct Assessment
{
    std::string sourceDatabase;
    std::string sourceProduct; ///< "MariaDB 10.11.6"
    SqlDialect source = SqlDialect::Generic;
    SqlDialect target = SqlDialect::Generic;
    std::vector<CategorySummary> summary; ///< categories with objects, in apply order
    std::vector<AssessmentItem> items; ///< action items in object order, then the checks
    EffortWeights weights;
    double effortHours = 0; ///< sum of the action items' weights
    std::vector<std::string> mappingWarnings;
};

/// The assessment of a conversion; the catalog gives the pre-migration checks of the tables
/// the conversion holds.
[[nodiscard]] Assessment assess(const Catalog &catalog, const SchemaConversion &conversion,
                                const EffortWeights &weights = {});

[[nodiscard]] std::string assessmentJson(const Assessment &assessment);
/// One row per item: kind, code, complexity, category, object, message, recommendation
/// (RFC 4180 quoting), after a header row.
[[nodiscard]] std::string assessmentCsv(const Assessment &assessment);
/// A standalone HTML page (no scripts, no external files), every text escaped.
[[nodiscard]] std::string assessmentHtml(const Assessment &assessment);

} // namespace ferry::conversion
