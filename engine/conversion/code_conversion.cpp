// SPDX-License-Identifier: MIT
#include "engine/conversion/code_conversion.h"

#include "engine/conversion/conversion_support.h"
#include "engine/convert/lexer/sqlite_lexer.h"
#include "engine/convert/lexer/statement_splitter.h"
#include "engine/convert/rewrite/query_rewriter.h"
#include "engine/core/text.h"
#include "engine/core/tr.h"

#include <algorithm>

namespace ferry::conversion::detail {

namespace {

/// What the query rewriter could not translate, as one action item.
ActionItem viewNotRewritten(const View &view, const convert::RewrittenQuery &rewritten)
{
    std::string constructs;
    for (const std::string &what : rewritten.unconverted)
        constructs += (constructs.empty() ? "" : "; ") + what;
    return {"CONV-VIEW-UNCONVERTED", ActionComplexity::Medium,
            EngineTr::tr("View %1 uses what Ferry does not translate with certainty: %2.")
                .arg(qs(view.name), qs(constructs))
                .toStdString(),
            EngineTr::tr("Rewrite those parts for the target by hand; the source definition is "
                         "kept here.")
                .toStdString()};
}

} // namespace

/// A view: rewritten by rules where the source's SQL and the target's are a pair Ferry
/// translates (MySQL/MariaDB -> PostgreSQL), else an action item with its source text.
ConvertedObject convertView(const View &view, const std::string &sourceSchema,
                            const std::string &targetSchema, const convert::DdlWriter &writer,
                            SqlDialect source, const std::map<std::string, std::string> &schemas)
{
    if (!isMySqlFamily(source) || writer.dialect() != SqlDialect::PostgreSql || view.materialized)
        return manualObject(ObjectCategory::View, sourceSchema, view.name, targetSchema,
                            viewText(view),
                            notConvertedYet("CONV-VIEW-MANUAL", ActionComplexity::Medium,
                                            EngineTr::tr("View %1").arg(qs(view.name))));
    const convert::RewrittenQuery rewritten
        = convert::rewriteMySqlQueryForPostgres(view.definition, schemas);
    if (!rewritten.complete())
        return manualObject(ObjectCategory::View, sourceSchema, view.name, targetSchema,
                            viewText(view), viewNotRewritten(view, rewritten));
    ConvertedObject object;
    object.category = ObjectCategory::View;
    object.sourceSchema = sourceSchema;
    object.sourceName = object.targetName = view.name;
    object.targetSchema = targetSchema;
    object.sourceText = viewText(view);
    object.statements.push_back("CREATE VIEW " + writer.qualified(targetSchema, view.name) + " AS\n"
                                + rewritten.sql);
    return object;
}

/// Views after the views they read: a view naming another's target name moves behind it.
void orderViews(std::vector<ConvertedObject> &views, const convert::DdlWriter &writer)
{
    std::vector<ConvertedObject> ordered;
    while (!views.empty()) {
        auto ready = std::find_if(views.begin(), views.end(), [&](const ConvertedObject &view) {
            return std::none_of(views.begin(), views.end(), [&](const ConvertedObject &other) {
                return &other != &view && !view.statements.empty()
                    && view.statements[0].find(
                           writer.qualified(other.targetSchema, other.targetName))
                    != std::string::npos;
            });
        });
        if (ready == views.end())
            ready = views.begin(); // a cycle: keep the source's order
        ordered.push_back(std::move(*ready));
        views.erase(ready);
    }
    views = std::move(ordered);
}

namespace {

using convert::TokenKind;

/// One statement of a MySQL trigger body in PL/pgSQL; false (and *why) when it is not one
/// Ferry translates.
bool triggerStatement(const std::string &statement,
                      const std::map<std::string, std::string> &schemas, std::string *out,
                      std::string *why)
{
    const std::vector<convert::Token> tokens = convert::tokenizeSql(statement);
    if (tokens.empty())
        return true;
    const std::string verb = asciiUpper(tokens[0].value);
    if (verb == "SET") {
        // SET NEW.column = expression
        const auto equals = std::find_if(tokens.begin(), tokens.end(), [](const auto &token) {
            return token.kind == TokenKind::Operator && token.value == "=";
        });
        if (equals == tokens.end() || equals == tokens.begin() + 1) {
            *why = "a SET without an assignment";
            return false;
        }
        const std::string target
            = statement.substr(tokens[1].begin, (equals - 1)->end - tokens[1].begin);
        const auto value = convert::rewriteMySqlQueryForPostgres(
            std::string_view(statement).substr(equals->end), schemas);
        if (!value.complete() || value.sql.find(',') != std::string::npos) {
            *why = value.complete() ? "a SET of several variables" : value.unconverted.front();
            return false;
        }
        *out = target + " := " + value.sql;
        return true;
    }
    if (verb != "INSERT" && verb != "UPDATE" && verb != "DELETE") {
        *why = "the statement " + verb;
        return false;
    }
    const auto rewritten = convert::rewriteMySqlQueryForPostgres(statement, schemas);
    if (!rewritten.complete()) {
        *why = rewritten.unconverted.front();
        return false;
    }
    *out = rewritten.sql;
    return true;
}

/// The statements of a trigger body: the one statement, or those of its BEGIN ... END.
std::vector<convert::SqlStatement> bodyStatements(std::string_view body)
{
    const std::vector<convert::Token> tokens = convert::tokenizeSql(body);
    if (tokens.size() >= 2 && tokens.front().is("BEGIN") && tokens.back().is("END"))
        body = body.substr(tokens.front().end, tokens.back().begin - tokens.front().end);
    return convert::splitStatements(body, SqlDialect::MariaDb);
}

const char *returnedRow(const Trigger &trigger)
{
    if (trigger.timing != TriggerTiming::Before)
        return "NULL";
    return std::find(trigger.events.begin(), trigger.events.end(), "DELETE") != trigger.events.end()
        ? "OLD"
        : "NEW";
}

} // namespace

ConvertedObject convertTrigger(const Trigger &trigger, const std::string &sourceSchema,
                               const std::string &targetSchema, const TableDefinition *table,
                               const convert::DdlWriter &writer, SqlDialect source,
                               const std::map<std::string, std::string> &schemas)
{
    const std::string name = trigger.table + "." + trigger.name;
    auto manual = [&](ActionItem action) {
        return manualObject(ObjectCategory::Trigger, sourceSchema, name, targetSchema,
                            triggerText(trigger), std::move(action));
    };
    if (!isMySqlFamily(source) || writer.dialect() != SqlDialect::PostgreSql || !table
        || !trigger.forEachRow || trigger.timing == TriggerTiming::InsteadOf)
        return manual(notConvertedYet(
            "CONV-TRIGGER-MANUAL", ActionComplexity::Complex,
            EngineTr::tr("Trigger %1 on %2").arg(qs(trigger.name), qs(trigger.table))));
    std::string body;
    for (const convert::SqlStatement &statement : bodyStatements(trigger.body)) {
        std::string converted;
        std::string why;
        if (!triggerStatement(statement.text, schemas, &converted, &why))
            return manual({"CONV-TRIGGER-UNCONVERTED", ActionComplexity::Complex,
                           EngineTr::tr("Trigger %1 on %2 uses what Ferry does not translate "
                                        "with certainty: %3.")
                               .arg(qs(trigger.name), qs(trigger.table), qs(why))
                               .toStdString(),
                           EngineTr::tr("Write the trigger function for the target by hand; the "
                                        "source definition is kept here.")
                               .toStdString()});
        body += "    " + converted + ";\n";
    }
    std::string events;
    for (const std::string &event : trigger.events)
        events += (events.empty() ? "" : " OR ") + event;
    const std::string function = writer.qualified(targetSchema, trigger.name + "_fn");
    ConvertedObject object;
    object.category = ObjectCategory::Trigger;
    object.sourceSchema = sourceSchema;
    object.sourceName = name;
    object.targetSchema = targetSchema;
    object.targetName = trigger.name;
    object.sourceText = triggerText(trigger);
    object.statements
        = {"CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql SET search_path = "
               + writer.quote(targetSchema) + " AS $ferry$\nBEGIN\n" + body + "    RETURN "
               + returnedRow(trigger) + ";\nEND\n$ferry$",
           "CREATE TRIGGER " + writer.quote(trigger.name)
               + (trigger.timing == TriggerTiming::Before ? " BEFORE " : " AFTER ") + events
               + " ON " + writer.qualified(table->schema, table->name)
               + " FOR EACH ROW EXECUTE FUNCTION " + function + "()"};
    return object;
}

} // namespace ferry::conversion::detail
