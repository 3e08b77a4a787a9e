// SPDX-License-Identifier: MIT
#include "engine/conversion/script_apply.h"

#include "engine/convert/lexer/sqlite_lexer.h"
#include "engine/convert/lexer/statement_splitter.h"
#include "engine/core/text.h"
#include "engine/core/tr.h"

#include <algorithm>
#include <set>

namespace ferry::conversion {

namespace {

using convert::Token;
using convert::TokenKind;

bool inPart(const std::string &name, ScriptPart part)
{
    switch (part) {
    case ScriptPart::All:
        return true;
    case ScriptPart::PreData:
        return name.find("-pre-data-") != std::string::npos;
    case ScriptPart::PostData:
        return name.find("-post-data-") != std::string::npos;
    }
    return true;
}

/// A dotted name starting at tokens[i] ("schema"."name"), unquoted; i moves past it.
std::string dottedName(const std::vector<Token> &tokens, size_t &i)
{
    std::string name;
    while (i < tokens.size() && tokens[i].isName()) {
        name += tokens[i].value;
        if (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::Dot) {
            name += '.';
            i += 2;
            continue;
        }
        ++i;
        break;
    }
    return name;
}

/// Skips words that may stand between the verb and the object kind or name.
void skipWords(const std::vector<Token> &tokens, size_t &i,
               std::initializer_list<const char *> words)
{
    for (bool skipped = true; skipped && i < tokens.size();) {
        skipped = false;
        for (const char *word : words) {
            if (tokens[i].is(word)) {
                ++i;
                skipped = true;
                break;
            }
        }
    }
}

/// Reads what a statement does from its first words.
void describe(ScriptStep &step)
{
    const std::vector<Token> tokens = convert::tokenizeSql(step.sql);
    if (tokens.empty() || tokens[0].kind != TokenKind::Identifier)
        return;
    step.verb = asciiUpper(tokens[0].value);
    size_t i = 1;
    if (step.verb == "CREATE" || step.verb == "DROP" || step.verb == "ALTER") {
        skipWords(tokens, i,
                  {"OR", "REPLACE", "UNIQUE", "TEMP", "TEMPORARY", "MATERIALIZED", "EDITIONABLE",
                   "NONEDITIONABLE", "DEFINER", "ONLINE"});
        if (i < tokens.size() && tokens[i].kind == TokenKind::Identifier)
            step.objectKind = asciiUpper(tokens[i++].value);
        skipWords(tokens, i, {"IF", "NOT", "EXISTS", "ONLY", "CONCURRENTLY"});
        step.objectName = dottedName(tokens, i);
    } else if (step.verb == "TRUNCATE" || step.verb == "COMMENT") {
        skipWords(tokens, i, {"TABLE", "ON", "COLUMN"});
        step.objectKind = "TABLE";
        step.objectName = dottedName(tokens, i);
    }
    bool dropsPart = false;
    if (step.verb == "ALTER") {
        for (size_t t = i; t < tokens.size(); ++t)
            dropsPart = dropsPart || tokens[t].is("DROP");
        // What changes: the words up to the first parenthesis, at most three.
        for (size_t t = i; t < tokens.size() && t < i + 3; ++t) {
            if (!tokens[t].isName())
                break;
            static const std::set<std::string> Keywords
                = {"ADD",    "DROP",   "ALTER", "CONSTRAINT", "COLUMN", "PRIMARY", "KEY",
                   "UNIQUE", "INDEX",  "CHECK", "FOREIGN",    "RENAME", "SET",     "TO",
                   "IF",     "EXISTS", "TYPE",  "DEFAULT",    "OWNER"};
            const std::string word = asciiUpper(tokens[t].value);
            const bool keyword = tokens[t].kind == TokenKind::Identifier && Keywords.contains(word);
            step.change += (step.change.empty() ? "" : " ") + (keyword ? word : tokens[t].value);
        }
    }
    static const std::set<std::string> Destructive = {"DROP", "TRUNCATE", "DELETE"};
    step.destructive = Destructive.contains(step.verb) || dropsPart;
}

} // namespace

std::string ScriptStep::summary() const
{
    if (!objectName.empty())
        return verb + " " + objectKind + (objectKind.empty() ? "" : " ") + objectName
            + (change.empty() ? "" : " " + change);
    const size_t end = sql.find('\n');
    return end == std::string::npos ? sql : sql.substr(0, end) + " ...";
}

std::vector<ScriptStep> scriptSteps(std::vector<ScriptFile> files, SqlDialect dialect,
                                    ScriptPart part)
{
    std::sort(files.begin(), files.end(),
              [](const ScriptFile &a, const ScriptFile &b) { return a.name < b.name; });
    std::vector<ScriptStep> steps;
    for (const ScriptFile &file : files) {
        if (!inPart(file.name, part))
            continue;
        for (convert::SqlStatement &statement : convert::splitStatements(file.text, dialect)) {
            ScriptStep step;
            step.file = file.name;
            step.line = statement.line;
            step.sql = std::move(statement.text);
            describe(step);
            steps.push_back(std::move(step));
        }
    }
    return steps;
}

ApplyOutcome
applyScriptSteps(load::TargetSession &target, const std::vector<ScriptStep> &steps,
                 bool allowDestructive,
                 const std::function<void(const ScriptStep &, const Result<void> &)> &progress)
{
    ApplyOutcome outcome;
    for (const ScriptStep &step : steps) {
        Result<void> result;
        if (step.destructive && !allowDestructive) {
            Error refused;
            refused.code = ErrorCode::Usage;
            refused.message = EngineTr::tr("%1 drops or empties data and was not run.")
                                  .arg(qs(step.summary()))
                                  .toStdString();
            refused.hint = EngineTr::tr("Allow destructive statements to run it "
                                        "(--allow-destructive).")
                               .toStdString();
            result = refused;
        } else {
            result = target.execute(step.sql);
        }
        if (result) {
            ++outcome.applied;
        } else {
            Error error = result.error();
            error.location = step.file + ":" + std::to_string(step.line);
            outcome.failures.push_back({step, std::move(error)});
        }
        if (progress)
            progress(step, result);
    }
    return outcome;
}

} // namespace ferry::conversion
