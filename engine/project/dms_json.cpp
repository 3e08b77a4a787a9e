// SPDX-License-Identifier: MIT
#include "engine/project/dms_json.h"

#include "engine/core/text_cursor.h"
#include "engine/core/tr.h"
#include "engine/project/project_schema.h"
#include "engine/project/yaml_document.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <optional>
#include <set>

namespace ferry::project {

namespace {

using detail::IssueSink;
using detail::Mark;
using detail::SourceEntry;
using detail::SourceNode;

/// Same bound as for YAML project files: deeper nesting is hostile, not a DMS document.
constexpr int MaxDepth = 200;
/// Same bound as for project files.
constexpr size_t MaxFileSize = 64ULL * 1024 * 1024;

/// 1-based line and column (in characters) of a byte offset in UTF-8 text.
Mark markAt(std::string_view text, size_t offset)
{
    offset = std::min(offset, text.size());
    Mark mark {1, 1};
    for (size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++mark.line;
            mark.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++mark.column; // count characters, not UTF-8 continuation bytes
        }
    }
    return mark;
}

struct JsonProblem
{
    size_t offset = 0;
    QString message;
    QString hint;
};

/**
 * A strict JSON reader building SourceNodes with positions, keeping key order and the exact
 * text of numbers (QJsonDocument sorts keys and turns numbers into doubles).
 */
class JsonReader : TextCursor
{
public:
    using TextCursor::TextCursor;

    std::optional<SourceNode> read()
    {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
            m_pos = 3; // a UTF-8 byte order mark, as some Windows editors write
        skipSpace();
        SourceNode root;
        if (!value(root, 0))
            return std::nullopt;
        skipSpace();
        if (m_pos != m_text.size())
            return fail(EngineTr::tr("Unexpected text after the end of the JSON document."));
        return root;
    }

    const JsonProblem &problem() const { return m_problem; }

private:
    std::nullopt_t fail(const QString &message, const QString &hint = {})
    {
        if (m_problem.message.isEmpty())
            m_problem = {m_pos, message, hint};
        return std::nullopt;
    }

    /// The current position as line:column. Positions are asked for in increasing order while
    /// parsing, so counting continues from the last one (linear in the text, not quadratic).
    Mark mark()
    {
        if (m_pos < m_markOffset) {
            m_markOffset = 0;
            m_mark = {1, 1};
        }
        for (; m_markOffset < m_pos; ++m_markOffset) {
            const auto byte = static_cast<unsigned char>(m_text[m_markOffset]);
            if (byte == '\n') {
                ++m_mark.line;
                m_mark.column = 1;
            } else if ((byte & 0xC0) != 0x80) {
                ++m_mark.column;
            }
        }
        return m_mark;
    }

    bool value(SourceNode &node, int depth)
    {
        if (depth > MaxDepth) {
            fail(EngineTr::tr("The JSON document is nested more than %1 levels deep.")
                     .arg(MaxDepth));
            return false;
        }
        node.mark = mark();
        const char c = peek();
        if (c == '{')
            return object(node, depth);
        if (c == '[')
            return array(node, depth);
        if (c == '"') {
            node.kind = Value::Kind::String;
            node.quoted = true;
            return string(node.text);
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return number(node);
        static constexpr std::pair<std::string_view, Value::Kind> Literals[]
            = {{"true", Value::Kind::Boolean},
               {"false", Value::Kind::Boolean},
               {"null", Value::Kind::Null}};
        for (const auto &[word, kind] : Literals) {
            if (m_text.substr(m_pos, word.size()) == word) {
                m_pos += word.size();
                node.kind = kind;
                if (kind != Value::Kind::Null)
                    node.text = std::string(word);
                return true;
            }
        }
        fail(atEnd() ? EngineTr::tr("The JSON document ends where a value is expected.")
                     : EngineTr::tr("Expected a JSON value."));
        return false;
    }

    bool object(SourceNode &node, int depth)
    {
        node.kind = Value::Kind::Map;
        node.flow = true;
        ++m_pos; // {
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        std::set<std::string> keys;
        while (true) {
            skipSpace();
            SourceEntry entry;
            entry.keyMark = mark();
            if (peek() != '"') {
                fail(EngineTr::tr("Expected a key in double quotes."));
                return false;
            }
            const size_t keyOffset = m_pos;
            if (!string(entry.key))
                return false;
            if (!keys.insert(entry.key).second) {
                m_pos = keyOffset;
                fail(EngineTr::tr("The key '%1' appears twice in the same object.")
                         .arg(QString::fromStdString(entry.key)),
                     EngineTr::tr("Remove one of them; JSON readers disagree on which wins."));
                return false;
            }
            skipSpace();
            if (peek() != ':') {
                fail(EngineTr::tr("Expected ':' after the key."));
                return false;
            }
            ++m_pos;
            skipSpace();
            if (!value(entry.value, depth + 1))
                return false;
            node.entries.push_back(std::move(entry));
            const AfterItem next = afterItem('}');
            if (next == AfterItem::Next)
                continue;
            if (next == AfterItem::Closed)
                return true;
            fail(EngineTr::tr("Expected ',' or '}' in the object."));
            return false;
        }
    }

    bool array(SourceNode &node, int depth)
    {
        node.kind = Value::Kind::List;
        node.flow = true;
        ++m_pos; // [
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            SourceNode item;
            if (!value(item, depth + 1))
                return false;
            node.items.push_back(std::move(item));
            const AfterItem next = afterItem(']');
            if (next == AfterItem::Next)
                continue;
            if (next == AfterItem::Closed)
                return true;
            fail(EngineTr::tr("Expected ',' or ']' in the list."));
            return false;
        }
    }

    bool hex4(unsigned *code)
    {
        if (m_pos + 4 > m_text.size())
            return false;
        unsigned result = 0;
        const auto [end, error]
            = std::from_chars(m_text.data() + m_pos, m_text.data() + m_pos + 4, result, 16);
        if (error != std::errc() || end != m_text.data() + m_pos + 4)
            return false;
        m_pos += 4;
        *code = result;
        return true;
    }

    static void appendUtf8(std::string &out, unsigned code)
    {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    bool string(std::string &out)
    {
        ++m_pos; // "
        while (true) {
            if (atEnd()) {
                fail(EngineTr::tr("The string has no closing '\"'."));
                return false;
            }
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                fail(EngineTr::tr("A control character (such as a line break) inside a "
                                  "string."),
                     EngineTr::tr("Write it as an escape, e.g. \\n."));
                return false;
            }
            if (c != '\\') {
                out += c;
                ++m_pos;
                continue;
            }
            const size_t escapeStart = m_pos++;
            const char escape = peek();
            ++m_pos;
            switch (escape) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned code = 0;
                bool ok = hex4(&code);
                if (ok && code >= 0xD800 && code <= 0xDBFF) {
                    unsigned low = 0;
                    ok = m_text.substr(m_pos, 2) == "\\u";
                    if (ok) {
                        m_pos += 2;
                        ok = hex4(&low) && low >= 0xDC00 && low <= 0xDFFF;
                    }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (ok && code >= 0xDC00 && code <= 0xDFFF) {
                    ok = false;
                }
                if (!ok) {
                    m_pos = escapeStart;
                    fail(EngineTr::tr("Invalid \\u escape in a string."));
                    return false;
                }
                appendUtf8(out, code);
                break;
            }
            default:
                m_pos = escapeStart;
                fail(EngineTr::tr("Invalid escape in a string."),
                     EngineTr::tr("Write a backslash as \\\\."));
                return false;
            }
        }
    }

    bool number(SourceNode &node)
    {
        const size_t start = m_pos;
        auto digits = [this] {
            const size_t from = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (peek() == '-')
            ++m_pos;
        const size_t integerStart = m_pos;
        const size_t integerDigits = digits();
        bool ok = integerDigits > 0 && !(integerDigits > 1 && m_text[integerStart] == '0');
        bool isFloat = false;
        if (ok && peek() == '.') {
            ++m_pos;
            isFloat = true;
            ok = digits() > 0;
        }
        if (ok && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            isFloat = true;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            ok = digits() > 0;
        }
        if (!ok) {
            m_pos = start;
            fail(EngineTr::tr("Invalid number."));
            return false;
        }
        node.kind = isFloat ? Value::Kind::Float : Value::Kind::Integer;
        node.text = std::string(m_text.substr(start, m_pos - start));
        return true;
    }

    size_t m_markOffset = 0;
    Mark m_mark {1, 1};
    JsonProblem m_problem;
};

void sortIssues(std::vector<ProjectIssue> &issues)
{
    std::stable_sort(issues.begin(), issues.end(),
                     [](const ProjectIssue &a, const ProjectIssue &b) {
                         const int lineA = a.line > 0 ? a.line : INT_MAX;
                         const int lineB = b.line > 0 ? b.line : INT_MAX;
                         return lineA != lineB ? lineA < lineB : a.column < b.column;
                     });
}


/// Moves the sink's issues to report (sorted) and gives the Error for the first error.
Error finish(IssueSink &sink, LoadReport *report)
{
    sortIssues(sink.errors());
    if (report) {
        report->errors = sink.errors();
        report->warnings = sink.warnings();
    }
    return issuesToError(sink.errors());
}

void fillReport(IssueSink &sink, LoadReport *report)
{
    if (report) {
        report->errors = sink.errors();
        report->warnings = sink.warnings();
    }
}

/// Parses jsonText into sink-reported problems or a root object node.
std::optional<SourceNode> parseJsonObject(std::string_view jsonText, IssueSink &sink,
                                          const QString &whatExpected)
{
    if (jsonText.size() > MaxFileSize) {
        sink.error({}, {}, EngineTr::tr("The file is larger than %1 MiB.").arg(MaxFileSize >> 20),
                   EngineTr::tr("A DMS JSON document is a few hundred KB at most; check that "
                                "this is the right file."));
        return std::nullopt;
    }
    // QJsonDocument checks the syntax (and UTF-8) the way other Qt tools do; it only reports
    // a byte offset, turned into line:column here. JsonReader then keeps order and positions.
    QJsonParseError qtError;
    QJsonDocument::fromJson(
        QByteArray::fromRawData(jsonText.data(), static_cast<qsizetype>(jsonText.size())),
        &qtError);
    JsonReader reader(jsonText);
    std::optional<SourceNode> root = reader.read();
    if (qtError.error != QJsonParseError::NoError || !root) {
        const JsonProblem &problem = reader.problem();
        const bool ours = !root;
        const size_t offset = ours ? problem.offset : static_cast<size_t>(qtError.offset);
        sink.error(markAt(jsonText, offset), {}, EngineTr::tr("The file is not valid JSON."),
                   ours && !problem.hint.isEmpty()
                       ? problem.hint
                       : EngineTr::tr("Check the quotes, commas and brackets at and just "
                                      "before this position."),
                   ours ? problem.message.toStdString() : qtError.errorString().toStdString());
        return std::nullopt;
    }
    if (!root->isMap()) {
        sink.error(
            root->mark, {},
            EngineTr::tr("Expected %1, found %2.").arg(whatExpected, detail::describeNode(*root)));
        return std::nullopt;
    }
    return root;
}

/// Puts the rule-id of the rule an issue is about in front of its message ("Rule 4: ...").
void nameRules(std::vector<ProjectIssue> &issues, const SourceNode &rules)
{
    for (ProjectIssue &issue : issues) {
        if (issue.path.rfind("rules[", 0) != 0)
            continue;
        const size_t index = std::stoul(issue.path.substr(6));
        if (index >= rules.items.size())
            continue;
        const SourceNode &rule = rules.items[index];
        const SourceEntry *ruleId = rule.isMap() ? rule.entry("rule-id") : nullptr;
        const QString message = QString::fromStdString(issue.message);
        if (ruleId && ruleId->value.isScalar() && !ruleId->value.text.empty()) {
            issue.message = EngineTr::tr("Rule %1: %2")
                                .arg(QString::fromStdString(ruleId->value.text), message)
                                .toStdString();
        } else {
            issue.message = EngineTr::tr("Rule #%1 (no rule-id): %2")
                                .arg(index + 1)
                                .arg(message)
                                .toStdString();
        }
    }
}

/// node as a Value without the map entries whose keys sit at one of the skipped positions.
Value valueWithout(const SourceNode &node, const std::vector<Mark> &skipped,
                   const std::string &path, std::vector<std::string> *removed)
{
    auto isSkipped = [&skipped](Mark mark) {
        return std::any_of(skipped.begin(), skipped.end(), [mark](Mark other) {
            return other.line == mark.line && other.column == mark.column;
        });
    };
    if (node.isMap()) {
        Value::Map map;
        for (const SourceEntry &entry : node.entries) {
            const std::string entryPath = detail::childPath(path, entry.key);
            if (isSkipped(entry.keyMark)) {
                removed->push_back(entryPath);
                continue;
            }
            map.emplace_back(entry.key, valueWithout(entry.value, skipped, entryPath, removed));
        }
        return Value::map(std::move(map));
    }
    if (node.isList()) {
        Value::List list;
        for (size_t i = 0; i < node.items.size(); ++i) {
            list.push_back(
                valueWithout(node.items[i], skipped, detail::itemPath(path, i), removed));
        }
        return Value::list(std::move(list));
    }
    return node.toValue();
}

// Export -------------------------------------------------------------------------------------

bool isJsonNumber(std::string_view text, bool allowFraction)
{
    size_t i = 0;
    auto digits = [&] {
        const size_t from = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        return i - from;
    };
    if (i < text.size() && text[i] == '-')
        ++i;
    const size_t start = i;
    const size_t count = digits();
    if (count == 0 || (count > 1 && text[start] == '0'))
        return false;
    if (allowFraction && i < text.size() && text[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (allowFraction && i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == text.size();
}

void appendJsonString(std::string &out, const std::string &text)
{
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

/// The scalar as JSON: numbers as written when that is valid JSON, else in decimal.
std::string jsonScalar(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return "null";
    case Value::Kind::Boolean:
        return value.toBool().value_or(false) ? "true" : "false";
    case Value::Kind::Integer:
        if (isJsonNumber(value.text(), false))
            return value.text();
        if (const auto integer = value.toInteger())
            return std::to_string(*integer);
        break;
    case Value::Kind::Float: {
        if (isJsonNumber(value.text(), true))
            return value.text();
        const auto number = value.toDouble();
        if (number && std::isfinite(*number)) {
            char buffer[64];
            const auto result = std::to_chars(buffer, buffer + sizeof buffer, *number);
            std::string text(buffer, result.ptr);
            if (isJsonNumber(text, true))
                return text;
        }
        break; // .inf and .nan have no JSON form: kept as text
    }
    default:
        break;
    }
    std::string out;
    appendJsonString(out, value.text());
    return out;
}

void appendJson(std::string &out, const Value &value, int indent)
{
    const std::string inner(static_cast<size_t>(indent + 4), ' ');
    const std::string outer(static_cast<size_t>(indent), ' ');
    if (value.isMap()) {
        if (value.entries().empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (size_t i = 0; i < value.entries().size(); ++i) {
            const auto &[key, item] = value.entries()[i];
            out += inner;
            appendJsonString(out, key);
            out += ": ";
            appendJson(out, item, indent + 4);
            out += i + 1 < value.entries().size() ? ",\n" : "\n";
        }
        out += outer + '}';
    } else if (value.isList()) {
        if (value.items().empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (size_t i = 0; i < value.items().size(); ++i) {
            out += inner;
            appendJson(out, value.items()[i], indent + 4);
            out += i + 1 < value.items().size() ? ",\n" : "\n";
        }
        out += outer + ']';
    } else if (value.isString()) {
        appendJsonString(out, value.text());
    } else {
        out += jsonScalar(value);
    }
}

std::string documentText(const Value &document)
{
    std::string out;
    appendJson(out, document, 0);
    out += '\n';
    return out;
}

} // namespace

Result<TableMapping> importDmsTableMappings(std::string_view jsonText, const std::string &fileName,
                                            LoadReport *report)
{
    IssueSink sink(fileName);
    const std::optional<SourceNode> root = parseJsonObject(
        jsonText, sink, EngineTr::tr("a table-mapping object {\"rules\": [...]}"));
    if (!root)
        return finish(sink, report);
    const SourceEntry *rules = nullptr;
    for (const SourceEntry &entry : root->entries) {
        if (entry.key == "rules") {
            rules = &entry;
        } else {
            sink.error(entry.keyMark, entry.key,
                       EngineTr::tr("Unknown key '%1'.").arg(QString::fromStdString(entry.key)),
                       detail::suggestionHint(entry.key, {"rules"}));
        }
    }
    if (!rules) {
        sink.error(root->mark, "rules", EngineTr::tr("The table mapping has no \"rules\" list."),
                   EngineTr::tr("A DMS table mapping is {\"rules\": [...]} with at least one "
                                "selection rule."));
        return finish(sink, report);
    }
    detail::validateMappingRules(rules->value, "rules", sink);
    nameRules(sink.errors(), rules->value);
    nameRules(sink.warnings(), rules->value);
    if (sink.hasErrors())
        return finish(sink, report);
    fillReport(sink, report);
    TableMapping mapping;
    for (const SourceNode &rule : rules->value.items)
        mapping.rules.push_back(MappingRule {rule.toValue()});
    return mapping;
}

Result<DmsTaskSettingsImport> importDmsTaskSettings(std::string_view jsonText,
                                                    const std::string &fileName, LoadReport *report)
{
    IssueSink sink(fileName);
    const std::optional<SourceNode> root = parseJsonObject(
        jsonText, sink, EngineTr::tr("a task-settings object {\"TargetMetadata\": {...}, ...}"));
    if (!root)
        return finish(sink, report);
    detail::validateTaskSettings(*root, {}, sink, detail::SettingsMode::Lenient);
    if (sink.hasErrors())
        return finish(sink, report);
    sortIssues(sink.warnings());
    fillReport(sink, report);
    DmsTaskSettingsImport result;
    result.settings.groups = root->toValue();
    result.knownSettings.groups = valueWithout(*root, sink.skippedKeys(), {}, &result.unknownKeys);
    result.warnings = sink.warnings();
    return result;
}

std::string exportDmsTableMappings(const TableMapping &mapping)
{
    Value::List rules;
    rules.reserve(mapping.rules.size());
    for (const MappingRule &rule : mapping.rules)
        rules.push_back(rule.fields);
    return documentText(Value::map({{"rules", Value::list(std::move(rules))}}));
}

std::string exportDmsTaskSettings(const TaskSettings &settings)
{
    return documentText(settings.groups.isMap() ? settings.groups : Value::map());
}

} // namespace ferry::project
