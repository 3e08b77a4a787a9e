// SPDX-License-Identifier: MIT
#include "engine/project/yaml_document.h"

#include "engine/core/tr.h"

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <set>
#include <sstream>

namespace ferry::project::detail {

namespace {

/// Bounds that keep hostile input (alias bombs, absurd nesting) from exhausting memory/stack.
constexpr size_t MaxNodes = 500000;
constexpr size_t MaxDepth = 200;

const std::string CoreTagPrefix = "tag:yaml.org,2002:";

Mark toMark(const YAML::Mark &mark)
{
    if (mark.line < 0 || mark.column < 0)
        return {};
    return {mark.line + 1, mark.column + 1};
}

/// A problem that stops reading the YAML (thrown inside the handler, caught in parseYaml).
struct FatalProblem
{
    YamlProblem problem;
};

[[noreturn]] void fail(Mark mark, const QString &message, const QString &hint = {})
{
    throw FatalProblem{{mark, message.toStdString(), hint.toStdString(), {}}};
}

size_t countNodes(const SourceNode &node)
{
    size_t count = 1;
    for (const SourceNode &item : node.items)
        count += countNodes(item);
    for (const SourceEntry &entry : node.entries)
        count += 1 + countNodes(entry.value);
    return count;
}

class TreeBuilder final : public YAML::EventHandler
{
public:
    bool hasRoot() const { return m_hasRoot; }
    SourceNode takeRoot() { return std::move(m_root); }
    std::vector<YamlProblem> takeProblems() { return std::move(m_problems); }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++m_documents > 1) {
            fail(toMark(mark), EngineTr::tr("The file holds more than one YAML document."),
                 EngineTr::tr("Keep one project per file; remove the second '---' "
                              "and what follows it."));
        }
    }

    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        SourceNode node;
        node.mark = toMark(mark);
        complete(std::move(node), anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (m_open.count(anchor)) {
            fail(toMark(mark), EngineTr::tr("An alias refers to the node that contains it."),
                 EngineTr::tr("Recursive aliases are not allowed; copy the value instead."));
        }
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            fail(toMark(mark), EngineTr::tr("An alias refers to an unknown anchor."));
        SourceNode copy = it->second;
        m_nodes += countNodes(copy);
        checkNodeCount(toMark(mark));
        copy.mark = toMark(mark);
        complete(std::move(copy), 0);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        SourceNode node;
        node.mark = toMark(mark);
        if (tag == "?") {
            node.kind = Value::resolvePlainScalar(value);
        } else if (tag == "!" || tag == CoreTagPrefix + "str") {
            node.kind = Value::Kind::String;
            node.quoted = true;
        } else {
            node.kind = taggedKind(mark, tag, value);
        }
        if (node.kind != Value::Kind::Null)
            node.text = value;
        complete(std::move(node), anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        checkCollectionTag(mark, tag, "seq");
        open(mark, anchor, Value::Kind::List, style == YAML::EmitterStyle::Flow);
    }

    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        checkCollectionTag(mark, tag, "map");
        open(mark, anchor, Value::Kind::Map, style == YAML::EmitterStyle::Flow);
    }

    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        SourceNode node;
        YAML::anchor_t anchor = 0;
        bool hasKey = false;
        std::string key;
        Mark keyMark;
    };

    Value::Kind taggedKind(const YAML::Mark &mark, const std::string &tag, const std::string &value)
    {
        static const std::map<std::string, Value::Kind> tags = {
            {CoreTagPrefix + "int", Value::Kind::Integer},
            {CoreTagPrefix + "float", Value::Kind::Float},
            {CoreTagPrefix + "bool", Value::Kind::Boolean},
            {CoreTagPrefix + "null", Value::Kind::Null},
        };
        auto it = tags.find(tag);
        if (it == tags.end()) {
            fail(toMark(mark), EngineTr::tr("The tag '%1' is not supported.")
                                   .arg(QString::fromStdString(tag)),
                 EngineTr::tr("Remove the tag; project files use plain YAML values."));
        }
        const Value::Kind resolved = Value::resolvePlainScalar(value);
        const bool integralFloat = it->second == Value::Kind::Float
                                   && resolved == Value::Kind::Integer;
        if (resolved != it->second && !integralFloat) {
            fail(toMark(mark), EngineTr::tr("The value does not match its tag '%1'.")
                                   .arg(QString::fromStdString(tag)));
        }
        return resolved;
    }

    void checkCollectionTag(const YAML::Mark &mark, const std::string &tag, const char *kind)
    {
        if (tag.empty() || tag == "?" || tag == "!" || tag == CoreTagPrefix + kind)
            return;
        fail(toMark(mark), EngineTr::tr("The tag '%1' is not supported.")
                               .arg(QString::fromStdString(tag)),
             EngineTr::tr("Remove the tag; project files use plain YAML values."));
    }

    void checkNodeCount(Mark mark)
    {
        if (m_nodes > MaxNodes) {
            fail(mark, EngineTr::tr("The file has too many values (more than %1).")
                                   .arg(MaxNodes),
                 EngineTr::tr("Check for aliases that expand to huge structures."));
        }
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, Value::Kind kind, bool flow)
    {
        if (m_stack.size() >= MaxDepth) {
            fail(toMark(mark), EngineTr::tr("The values are nested too deeply (more than %1 "
                                            "levels).")
                                   .arg(MaxDepth));
        }
        ++m_nodes;
        checkNodeCount(toMark(mark));
        Frame frame;
        frame.node.kind = kind;
        frame.node.mark = toMark(mark);
        frame.node.flow = flow;
        frame.anchor = anchor;
        if (anchor)
            m_open.insert(anchor);
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (frame.anchor)
            m_open.erase(frame.anchor);
        complete(std::move(frame.node), frame.anchor);
    }

    void complete(SourceNode node, YAML::anchor_t anchor)
    {
        if (node.isScalar()) {
            ++m_nodes;
            checkNodeCount(node.mark);
        }
        if (anchor)
            m_anchors[anchor] = node;
        if (m_stack.empty()) {
            m_root = std::move(node);
            m_hasRoot = true;
            return;
        }
        Frame &parent = m_stack.back();
        if (parent.node.isList()) {
            parent.node.items.push_back(std::move(node));
            return;
        }
        if (!parent.hasKey) {
            if (!node.isScalar()) {
                fail(node.mark, EngineTr::tr("A mapping key is a list or a mapping."),
                     EngineTr::tr("Keys must be plain text."));
            }
            if (node.isNull())
                fail(node.mark, EngineTr::tr("A mapping key is empty."));
            parent.hasKey = true;
            parent.key = node.text;
            parent.keyMark = node.mark;
            return;
        }
        if (node.isNull() && node.mark.line != parent.keyMark.line)
            node.mark = parent.keyMark; // an empty value: point at its key, not the next line
        for (const SourceEntry &existing : parent.node.entries) {
            if (existing.key == parent.key) {
                m_problems.push_back(
                    {parent.keyMark,
                     EngineTr::tr("The key '%1' appears twice in the same mapping.")
                         .arg(QString::fromStdString(parent.key))
                         .toStdString(),
                     EngineTr::tr("Its first use is on line %1; remove one of them.")
                         .arg(existing.keyMark.line)
                         .toStdString(),
                     {}});
                break;
            }
        }
        parent.node.entries.push_back({std::move(parent.key), parent.keyMark, std::move(node)});
        parent.hasKey = false;
        parent.key.clear();
    }

    std::vector<Frame> m_stack;
    std::map<YAML::anchor_t, SourceNode> m_anchors;
    std::set<YAML::anchor_t> m_open;
    std::vector<YamlProblem> m_problems;
    SourceNode m_root;
    bool m_hasRoot = false;
    int m_documents = 0;
    size_t m_nodes = 0;
};

QString syntaxHint(std::string_view text, Mark mark)
{
    // YAML forbids tabs in indentation, and yaml-cpp's message for it is cryptic.
    int line = 1;
    size_t start = 0;
    while (line < mark.line && start < text.size()) {
        const size_t newline = text.find('\n', start);
        if (newline == std::string_view::npos)
            break;
        start = newline + 1;
        ++line;
    }
    for (size_t i = start; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i) {
        if (text[i] == '\t')
            return EngineTr::tr("YAML does not allow tabs for indentation; indent with spaces.");
    }
    return EngineTr::tr("Check the indentation, quotes and brackets at and just before this "
                        "position.");
}

/// Position of the first byte that is not part of valid UTF-8 (or of a NUL); {} when clean.
Mark firstInvalidUtf8(std::string_view text)
{
    int line = 1;
    int column = 1;
    size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        size_t length = 0;
        unsigned int codePoint = 0;
        if (c == 0) {
            return {line, column};
        } else if (c < 0x80) {
            length = 1;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            return {line, column};
        }
        if (i + length > text.size())
            return {line, column};
        for (size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return {line, column};
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        const bool overlong = (length == 2 && codePoint < 0x80)
                              || (length == 3 && codePoint < 0x800)
                              || (length == 4 && codePoint < 0x10000);
        if (overlong || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return {line, column};
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return {};
}

} // namespace

const SourceEntry *SourceNode::entry(std::string_view key) const
{
    for (const SourceEntry &candidate : entries) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

Value SourceNode::toValue() const
{
    switch (kind) {
    case Value::Kind::Null: return Value();
    case Value::Kind::String: return Value::string(text);
    case Value::Kind::List: {
        Value::List list;
        list.reserve(items.size());
        for (const SourceNode &item : items)
            list.push_back(item.toValue());
        return Value::list(std::move(list));
    }
    case Value::Kind::Map: {
        Value::Map map;
        map.reserve(entries.size());
        for (const SourceEntry &item : entries)
            map.emplace_back(item.key, item.value.toValue());
        return Value::map(std::move(map));
    }
    case Value::Kind::Boolean:
    case Value::Kind::Integer:
    case Value::Kind::Float: return Value::fromPlainScalar(text);
    }
    return Value();
}

ParsedYaml parseYaml(std::string_view text)
{
    ParsedYaml result;
    if (const Mark bad = firstInvalidUtf8(text); bad.line > 0) {
        result.problems.push_back({bad, EngineTr::tr("The file is not UTF-8 text.").toStdString(),
                                   EngineTr::tr("Save the project file with UTF-8 encoding.")
                                       .toStdString(),
                                   {}});
        return result;
    }
    try {
        std::istringstream stream{std::string(text)};
        YAML::Parser parser(stream);
        TreeBuilder builder;
        while (parser.HandleNextDocument(builder)) {
        }
        result.problems = builder.takeProblems();
        if (!builder.hasRoot()) {
            result.empty = true;
            return result;
        }
        result.root = builder.takeRoot();
        result.ok = true;
    } catch (const FatalProblem &fatal) {
        result.problems.push_back(fatal.problem);
    } catch (const YAML::Exception &exception) {
        const Mark mark = toMark(exception.mark);
        result.problems.push_back({mark,
                                   EngineTr::tr("The file is not valid YAML.").toStdString(),
                                   syntaxHint(text, mark).toStdString(), exception.msg});
    } catch (const std::exception &exception) {
        result.problems.push_back({{},
                                   EngineTr::tr("The file could not be read as YAML.")
                                       .toStdString(),
                                   {}, exception.what()});
    }
    return result;
}

namespace {

bool looksLikeYaml11NonString(const std::string &text)
{
    // Other YAML readers (YAML 1.1) take these as booleans, numbers or merge keys; quote them
    // so the file means the same everywhere.
    static const std::set<std::string> words = {"y",   "Y",   "yes", "Yes", "YES", "n",
                                                "N",   "no",  "No",  "NO",  "on",  "On",
                                                "ON",  "off", "Off", "OFF", "<<",  "="};
    if (words.count(text))
        return true;
    size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+' || text[i] == '.'))
        ++i;
    if (i < text.size() && text[i] == '.')
        ++i;
    return i < text.size() && text[i] >= '0' && text[i] <= '9';
}

/// Identifiers and paths (the bulk of a project file) are plain without asking yaml-cpp.
bool isSimplePlain(const std::string &text)
{
    if (text.empty() || text.size() > 200)
        return false;
    const char first = text.front();
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_'
          || first == '/'))
        return false;
    for (char c : text) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                          || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.'
                          || c == '/';
        if (!safe)
            return false;
    }
    return Value::resolvePlainScalar(text) == Value::Kind::String
           && !looksLikeYaml11NonString(text);
}

std::string yamlCppScalar(const std::string &text, bool doubleQuoted)
{
    YAML::Emitter emitter;
    if (doubleQuoted)
        emitter << YAML::DoubleQuoted;
    emitter << text;
    if (emitter.good())
        return emitter.c_str();
    // Fallback: our own double-quoted form, escaping every byte that is not printable ASCII.
    std::string out = "\"";
    static const char hex[] = "0123456789ABCDEF";
    for (unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c >= 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

/// A multi-line string that reads back identically as a literal block scalar ("|").
bool fitsLiteralBlock(const std::string &text)
{
    if (text.find('\n') == std::string::npos)
        return false;
    // Keep-chomping ("|+") would swallow blank lines that follow the scalar in the file.
    if (text.size() >= 2 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n')
        return false;
    bool sawContent = false;
    size_t lineStart = 0;
    while (lineStart <= text.size()) {
        size_t end = text.find('\n', lineStart);
        if (end == std::string::npos)
            end = text.size();
        const std::string_view line(text.data() + lineStart, end - lineStart);
        if (!line.empty()) {
            if (line.find_first_not_of(' ') == std::string_view::npos)
                return false; // a whitespace-only line would read back empty
            if (!sawContent && line.front() == ' ')
                return false; // would need an indentation indicator
            sawContent = true;
        }
        for (unsigned char c : line) {
            if (c < 0x20 || c == 0x7f)
                return false;
        }
        lineStart = end + 1;
    }
    return sawContent;
}

void appendSpaces(std::string &out, int count) { out.append(static_cast<size_t>(count), ' '); }

void emitLiteral(std::string &out, const std::string &text, int indent)
{
    size_t trailing = 0;
    while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n')
        ++trailing;
    out += trailing == 0 ? " |-\n" : " |\n";
    const std::string body = text.substr(0, text.size() - trailing);
    size_t lineStart = 0;
    while (lineStart <= body.size()) {
        size_t end = body.find('\n', lineStart);
        if (end == std::string::npos)
            end = body.size();
        if (end > lineStart) {
            appendSpaces(out, indent);
            out.append(body, lineStart, end - lineStart);
        }
        out += '\n';
        lineStart = end + 1;
    }
}

void emitEntries(std::string &out, const Value::Map &entries, int indent);
void emitItems(std::string &out, const Value::List &items, int indent);

/// Writes what follows "key:" or "-": the value inline, or a nested block at childIndent.
void emitAfterIndicator(std::string &out, const Value &value, int childIndent)
{
    switch (value.kind()) {
    case Value::Kind::Map:
        if (value.entries().empty()) {
            out += " {}\n";
        } else {
            out += '\n';
            emitEntries(out, value.entries(), childIndent);
        }
        return;
    case Value::Kind::List:
        if (value.items().empty()) {
            out += " []\n";
        } else {
            out += '\n';
            emitItems(out, value.items(), childIndent);
        }
        return;
    case Value::Kind::String:
        if (fitsLiteralBlock(value.text())) {
            emitLiteral(out, value.text(), childIndent);
            return;
        }
        break;
    default:
        break;
    }
    out += ' ';
    out += scalarText(value);
    out += '\n';
}

void emitEntries(std::string &out, const Value::Map &entries, int indent)
{
    for (const auto &[key, value] : entries) {
        appendSpaces(out, indent);
        out += scalarText(Value::string(key));
        out += ':';
        emitAfterIndicator(out, value, indent + 2);
    }
}

void emitItems(std::string &out, const Value::List &items, int indent)
{
    for (const Value &item : items) {
        const bool nested = (item.isMap() && !item.entries().empty())
                            || (item.isList() && !item.items().empty());
        if (!nested) {
            appendSpaces(out, indent);
            out += '-';
            emitAfterIndicator(out, item, indent + 2);
            continue;
        }
        // Compact form: the first line of the nested block shares the line with "- ".
        std::string block;
        if (item.isMap())
            emitEntries(block, item.entries(), indent + 2);
        else
            emitItems(block, item.items(), indent + 2);
        block[static_cast<size_t>(indent)] = '-';
        out += block;
    }
}

} // namespace

std::string scalarText(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Boolean:
    case Value::Kind::Integer:
    case Value::Kind::Float: return value.text();
    case Value::Kind::String: {
        const std::string &text = value.text();
        if (isSimplePlain(text))
            return text;
        const bool ambiguous = Value::resolvePlainScalar(text) != Value::Kind::String
                               || looksLikeYaml11NonString(text);
        if (!ambiguous) {
            std::string plain = yamlCppScalar(text, false);
            if (plain == text)
                return plain;
        }
        return yamlCppScalar(text, true);
    }
    case Value::Kind::List:
    case Value::Kind::Map: break;
    }
    return "null";
}

std::string emitBlockMap(const Value::Map &entries, int indent)
{
    std::string out;
    emitEntries(out, entries, indent);
    return out;
}

} // namespace ferry::project::detail
