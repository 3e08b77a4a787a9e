// SPDX-License-Identifier: MIT
#include "engine/conversion/assessment.h"

#include "engine/core/tr.h"
#include "engine/types/type_mapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <sstream>

namespace ferry::conversion {

namespace {

std::string qualifiedName(const std::string &schema, const std::string &name)
{
    return schema.empty() ? name : schema + "." + name;
}

void countObject(CategorySummary &summary, const ConvertedObject &object)
{
    ++summary.objects;
    if (!object.converted()) {
        ++summary.notConverted;
        return;
    }
    if (object.actions.empty()) {
        ++summary.automatic;
        return;
    }
    ActionComplexity hardest = ActionComplexity::Simple;
    for (const ActionItem &action : object.actions)
        hardest = std::max(hardest, action.complexity);
    (hardest == ActionComplexity::Complex      ? summary.complex
         : hardest == ActionComplexity::Medium ? summary.medium
                                               : summary.simple)
        += 1;
}

std::string lobColumns(const Table &table)
{
    std::string names;
    for (const Column &column : table.columns) {
        if (column.type.isLob)
            names += (names.empty() ? "" : ", ") + column.name;
    }
    return names;
}

/// The pre-migration checks of one table of the conversion; its columns' types as the
/// target holds them (types::mapColumnType): what a lossy or unsupported mapping changes.
void checkTable(const Table &table, const std::string &object, SqlDialect source, SqlDialect target,
                std::vector<AssessmentItem> &items)
{
    auto check = [&](const char *code, ActionComplexity complexity, const QString &message,
                     const QString &fix) {
        items.push_back(
            {"check", code, complexity, "table", object, message.toStdString(), fix.toStdString()});
    };
    if (!table.primaryKey && table.uniqueKeys.empty())
        check("CHECK-NO-PRIMARY-KEY", ActionComplexity::Medium,
              EngineTr::tr("Table %1 has no primary or unique key: the full load reads it as one "
                           "slice, and change data capture and validation need a key.")
                  .arg(qs(object)),
              EngineTr::tr("Add a primary key on the source, or a define-primary-key rule to the "
                           "mapping."));
    if (const std::string lobs = lobColumns(table); !lobs.empty())
        check("CHECK-LOB-COLUMNS", ActionComplexity::Simple,
              EngineTr::tr("Table %1 has LOB columns (%2): they are moved whole in full LOB "
                           "mode; limited LOB mode truncates them.")
                  .arg(qs(object), qs(lobs)),
              EngineTr::tr("Keep full LOB mode, or set LobMaxSize above the largest value."));
    for (const Column &column : table.columns) {
        const types::TypeMapping mapping = types::mapColumnType(column.type, source, target);
        for (const types::TypeNote &note : mapping.notes) {
            if (note.fidelity < types::Fidelity::Lossy)
                continue; // every value kept: in docs/type-mapping, not a check
            check(
                note.code.c_str(),
                note.fidelity == types::Fidelity::Unsupported ? ActionComplexity::Complex
                                                              : ActionComplexity::Medium,
                EngineTr::tr("Column %1 of %2 (%3 -> %4): %5")
                    .arg(qs(column.name), qs(object),
                         qs(column.nativeType.empty() ? column.type.toString() : column.nativeType),
                         qs(mapping.nativeType), qs(note.text)),
                EngineTr::tr("Check the column's values on the target, or give it another "
                             "type with a change-data-type rule."));
        }
    }
}

QString csvField(const std::string &text)
{
    QString field = qs(text);
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')))
        field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return field;
}

QString html(const std::string &text) { return qs(text).toHtmlEscaped(); }

QString itemRows(const Assessment &assessment, const char *kind)
{
    QString rows;
    for (const AssessmentItem &item : assessment.items) {
        if (item.kind != kind)
            continue;
        rows
            += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5<br>"
                              "<i>%6</i></td></tr>\n")
                   .arg(html(item.code), QString::fromLatin1(actionComplexityName(item.complexity)),
                        html(item.category), html(item.object), html(item.message),
                        html(item.recommendation));
    }
    return rows;
}

} // namespace

Assessment assess(const Catalog &catalog, const SchemaConversion &conversion,
                  const EffortWeights &weights)
{
    Assessment assessment;
    assessment.sourceDatabase = catalog.database;
    assessment.sourceProduct
        = catalog.product + (catalog.serverVersion.empty() ? "" : " " + catalog.serverVersion);
    assessment.source = conversion.source;
    assessment.target = conversion.target;
    assessment.weights = weights;
    assessment.mappingWarnings = conversion.mappingWarnings;
    std::map<ObjectCategory, CategorySummary> summaries;
    std::vector<AssessmentItem> checks;
    double minutes = 0;
    for (const ConvertedObject &object : conversion.objects) {
        CategorySummary &summary = summaries[object.category];
        summary.category = object.category;
        countObject(summary, object);
        const std::string name = qualifiedName(object.sourceSchema, object.sourceName);
        for (const ActionItem &action : object.actions) {
            assessment.items.push_back({"action", action.code, action.complexity,
                                        objectCategoryName(object.category), name, action.message,
                                        action.recommendation});
            minutes += action.complexity == ActionComplexity::Complex ? weights.complexMinutes
                : action.complexity == ActionComplexity::Medium       ? weights.mediumMinutes
                                                                      : weights.simpleMinutes;
        }
        if (object.category != ObjectCategory::Table)
            continue;
        if (const Schema *schema = catalog.schema(object.sourceSchema)) {
            if (const Table *table = schema->table(object.sourceName))
                checkTable(*table, name, conversion.source, conversion.target, checks);
        }
    }
    for (auto &[category, summary] : summaries)
        assessment.summary.push_back(summary);
    std::move(checks.begin(), checks.end(), std::back_inserter(assessment.items));
    assessment.effortHours = minutes / 60.0;
    return assessment;
}

std::string assessmentJson(const Assessment &assessment)
{
    QJsonArray summary;
    for (const CategorySummary &s : assessment.summary)
        summary.append(QJsonObject {
            {QStringLiteral("category"), QString::fromLatin1(objectCategoryName(s.category))},
            {QStringLiteral("objects"), s.objects},
            {QStringLiteral("automatic"), s.automatic},
            {QStringLiteral("simple"), s.simple},
            {QStringLiteral("medium"), s.medium},
            {QStringLiteral("complex"), s.complex},
            {QStringLiteral("notConverted"), s.notConverted},
        });
    QJsonArray items;
    for (const AssessmentItem &item : assessment.items)
        items.append(QJsonObject {
            {QStringLiteral("kind"), qs(item.kind)},
            {QStringLiteral("code"), qs(item.code)},
            {QStringLiteral("complexity"),
             QString::fromLatin1(actionComplexityName(item.complexity))},
            {QStringLiteral("category"), qs(item.category)},
            {QStringLiteral("object"), qs(item.object)},
            {QStringLiteral("message"), qs(item.message)},
            {QStringLiteral("recommendation"), qs(item.recommendation)},
        });
    QJsonArray warnings;
    for (const std::string &warning : assessment.mappingWarnings)
        warnings.append(qs(warning));
    const QJsonObject report {
        {QStringLiteral("sourceDatabase"), qs(assessment.sourceDatabase)},
        {QStringLiteral("sourceProduct"), qs(assessment.sourceProduct)},
        {QStringLiteral("source"), QString::fromLatin1(sqlDialectName(assessment.source))},
        {QStringLiteral("target"), QString::fromLatin1(sqlDialectName(assessment.target))},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("effort"),
         QJsonObject {{QStringLiteral("hours"), assessment.effortHours},
                      {QStringLiteral("simpleMinutes"), assessment.weights.simpleMinutes},
                      {QStringLiteral("mediumMinutes"), assessment.weights.mediumMinutes},
                      {QStringLiteral("complexMinutes"), assessment.weights.complexMinutes}}},
        {QStringLiteral("items"), items},
        {QStringLiteral("mappingWarnings"), warnings},
    };
    return QJsonDocument(report).toJson(QJsonDocument::Indented).toStdString();
}

std::string assessmentCsv(const Assessment &assessment)
{
    QString text = QStringLiteral("kind,code,complexity,category,object,message,recommendation\n");
    for (const AssessmentItem &item : assessment.items)
        text += QStringList {csvField(item.kind),
                             csvField(item.code),
                             QString::fromLatin1(actionComplexityName(item.complexity)),
                             csvField(item.category),
                             csvField(item.object),
                             csvField(item.message),
                             csvField(item.recommendation)}
                    .join(QLatin1Char(','))
            + QLatin1Char('\n');
    return text.toStdString();
}

std::string assessmentHtml(const Assessment &assessment)
{
    QString summary;
    for (const CategorySummary &s : assessment.summary)
        summary += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                  "<td>%6</td><td>%7</td></tr>\n")
                       .arg(QString::fromLatin1(objectCategoryName(s.category)))
                       .arg(s.objects)
                       .arg(s.automatic)
                       .arg(s.simple)
                       .arg(s.medium)
                       .arg(s.complex)
                       .arg(s.notConverted);
    const QString title = EngineTr::tr("Ferry assessment: %1 (%2) to %3")
                              .arg(html(assessment.sourceDatabase), html(assessment.sourceProduct),
                                   QString::fromLatin1(sqlDialectName(assessment.target)));
    const QString head = EngineTr::tr("<tr><th>Code</th><th>Complexity</th><th>Category</th>"
                                      "<th>Object</th><th>Message and fix</th></tr>");
    const QString page
        = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                         "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                         "td,th{border:1px solid #999;padding:3px 6px;text-align:left;"
                         "vertical-align:top}</style></head><body>\n<h1>%1</h1>\n<h2>%2</h2>\n"
                         "<table>%3\n%4</table>\n<p>%5</p>\n<h2>%6</h2>\n<table>%7\n%8</table>\n"
                         "<h2>%9</h2>\n<table>%7\n%10</table>\n</body></html>\n")
              .arg(title, EngineTr::tr("Summary"),
                   EngineTr::tr("<tr><th>Category</th><th>Objects</th><th>Automatic</th>"
                                "<th>Simple</th><th>Medium</th><th>Complex</th>"
                                "<th>Not converted</th></tr>"),
                   summary,
                   EngineTr::tr("Estimated effort: %1 hours (simple %2 min, medium %3 min, "
                                "complex %4 min per action item).")
                       .arg(assessment.effortHours, 0, 'f', 1)
                       .arg(assessment.weights.simpleMinutes)
                       .arg(assessment.weights.mediumMinutes)
                       .arg(assessment.weights.complexMinutes),
                   EngineTr::tr("Action items"), head, itemRows(assessment, "action"),
                   EngineTr::tr("Pre-migration checks"), itemRows(assessment, "check"));
    return page.toStdString();
}

} // namespace ferry::conversion
