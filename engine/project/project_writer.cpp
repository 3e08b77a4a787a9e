// SPDX-License-Identifier: MIT
#include "engine/project/project_writer.h"

#include "engine/project/project_reader.h"

#include <algorithm>

namespace ferry::project {

namespace detail {

namespace {

Value optionValue(const std::string &text)
{
    // Numbers and booleans stay unquoted (connect_timeout: 10); text that YAML would read as
    // null stays a quoted string.
    switch (Value::resolvePlainScalar(text)) {
    case Value::Kind::Boolean:
    case Value::Kind::Integer:
    case Value::Kind::Float: return Value::fromPlainScalar(text);
    default: return Value::string(text);
    }
}

Value endpointValue(const Endpoint &endpoint)
{
    Value value = Value::map();
    value.set("engine", Value::string(dialectName(endpoint.engine)));
    auto setText = [&value](const char *key, const std::string &text) {
        if (!text.empty())
            value.set(key, Value::string(text));
    };
    setText("uri", endpoint.uri);
    setText("host", endpoint.host);
    if (endpoint.port > 0)
        value.set("port", Value::integer(endpoint.port));
    setText("database", endpoint.database);
    setText("user", endpoint.user);
    setText("path", endpoint.path);
    setText("dsn", endpoint.dsn);
    if (!endpoint.options.empty()) {
        Value options = Value::map();
        for (const auto &[key, text] : endpoint.options)
            options.set(key, optionValue(text));
        value.set("options", std::move(options));
    }
    std::string from;
    switch (endpoint.passwordSource) {
    case PasswordSource::None: break;
    case PasswordSource::Keyring: from = "keyring"; break;
    case PasswordSource::Prompt: from = "prompt"; break;
    case PasswordSource::EngineFile: from = "pgpass"; break;
    case PasswordSource::Env: from = "env:" + endpoint.passwordEnv; break;
    }
    // Only where the password comes from; Endpoint::password is never written.
    if (!from.empty())
        value.set("password", Value::map({{"from", Value::string(from)}}));
    return value;
}

Value mappingValue(const TableMapping &mapping)
{
    Value::List rules;
    rules.reserve(mapping.rules.size());
    for (const MappingRule &rule : mapping.rules)
        rules.push_back(rule.fields);
    return Value::map({{"rules", Value::list(std::move(rules))}});
}

Value taskValue(const Task &task)
{
    Value value = Value::map();
    value.set("source", Value::string(task.source));
    value.set("target", Value::string(task.target));
    value.set("migration-type", Value::string(migrationTypeName(task.migrationType)));
    if (task.inlineMapping)
        value.set("mapping", mappingValue(*task.inlineMapping));
    else if (!task.mappingName.empty())
        value.set("mapping", Value::string(task.mappingName));
    if (!task.settings.isEmpty())
        value.set("settings", task.settings.groups);
    return value;
}

// Slicing the original text -----------------------------------------------------------------

using Lines = std::vector<std::string_view>;

Lines splitLines(std::string_view text)
{
    Lines lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end + 1;
        lines.push_back(text.substr(start, end - start));
        start = end;
    }
    return lines;
}

/// Column of the first character that is not a space or tab; npos for a blank line.
size_t indentOf(std::string_view line)
{
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] != ' ' && line[i] != '\t')
            return line[i] == '\r' || line[i] == '\n' ? std::string_view::npos : i;
    }
    return std::string_view::npos;
}

bool isBlank(std::string_view line) { return indentOf(line) == std::string_view::npos; }

/// A comment line at or left of column: outside any value nested under a key at column.
bool isCommentAt(std::string_view line, size_t column)
{
    const size_t indent = indentOf(line);
    return indent != std::string_view::npos && indent <= column && line[indent] == '#';
}

std::string joinLines(const Lines &lines, size_t begin, size_t end)
{
    std::string out;
    for (size_t i = begin; i < end && i < lines.size(); ++i)
        out.append(lines[i]);
    return out;
}

struct Slice
{
    size_t leadStart = 0;
    size_t keyLine = 0;
    size_t trailStart = 0;
    size_t end = 0;
};

/// Cuts the lines [regionBegin, regionEnd) of a block mapping into one slice per key.
bool sliceKeys(const Lines &lines, const std::vector<SourceEntry> &entries, size_t column,
               size_t regionBegin, size_t regionEnd, std::vector<Slice> &out)
{
    out.clear();
    for (size_t i = 0; i < entries.size(); ++i) {
        const Mark mark = entries[i].keyMark;
        if (mark.line < 1 || static_cast<size_t>(mark.column - 1) != column)
            return false;
        const size_t line = static_cast<size_t>(mark.line - 1);
        if (line < regionBegin || line >= regionEnd || line >= lines.size())
            return false;
        if (i > 0 && line <= out.back().keyLine)
            return false;
        if (indentOf(lines[line]) != column)
            return false; // the key does not start its line (e.g. "- key:" or "? key")
        Slice slice;
        slice.keyLine = line;
        out.push_back(slice);
    }
    for (size_t i = 0; i < out.size(); ++i) {
        const size_t lower = i == 0 ? regionBegin : out[i - 1].keyLine + 1;
        size_t lead = out[i].keyLine;
        while (lead > lower && isCommentAt(lines[lead - 1], column))
            --lead;
        out[i].leadStart = lead;
    }
    for (size_t i = 0; i < out.size(); ++i) {
        out[i].end = i + 1 < out.size() ? out[i + 1].leadStart : regionEnd;
        size_t trail = out[i].end;
        while (trail > out[i].keyLine + 1
               && (isBlank(lines[trail - 1]) || isCommentAt(lines[trail - 1], column)))
            --trail;
        out[i].trailStart = trail;
    }
    return true;
}

std::string canonicalEntry(const std::string &key, const Value *value)
{
    return value ? emitBlockMap({{key, *value}}, 0) : std::string();
}

bool hasBlankLine(const std::string &text)
{
    for (std::string_view line : splitLines(text)) {
        if (isBlank(line))
            return true;
    }
    return false;
}

bool separated(const std::vector<OriginChunk> &chunks)
{
    for (size_t i = 0; i + 1 < chunks.size(); ++i) {
        if (hasBlankLine(chunks[i].trailing))
            return true;
    }
    return false;
}

OriginChunk makeChunk(const Lines &lines, const Slice &slice, const std::string &key,
                      size_t column, const Value *value)
{
    OriginChunk chunk;
    chunk.key = key;
    chunk.canonical = canonicalEntry(key, value);
    chunk.leading = joinLines(lines, slice.leadStart, slice.keyLine);
    chunk.body = joinLines(lines, slice.keyLine, slice.trailStart);
    chunk.trailing = joinLines(lines, slice.trailStart, slice.end);
    chunk.column = static_cast<int>(column);
    return chunk;
}

void ensureNewline(std::string &out)
{
    if (!out.empty() && out.back() != '\n')
        out += '\n';
}

/// Appends a chunk that is new in this save, keeping the container's blank-line style.
void appendNew(std::string &out, const std::string &text, bool blankSeparated, bool last)
{
    ensureNewline(out);
    if (blankSeparated && last)
        out += '\n';
    out += text;
    if (blankSeparated && !last)
        out += '\n';
}

std::string mergeEntries(const OriginChunk &section, const Value &current)
{
    std::string out = section.head;
    const auto &entries = current.entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        const auto &[key, value] = entries[i];
        const OriginChunk *original = nullptr;
        for (const OriginChunk &candidate : section.entries) {
            if (candidate.key == key)
                original = &candidate;
        }
        if (!original) {
            appendNew(out, emitBlockMap({{key, value}}, section.entryColumn),
                      section.entriesSeparated, i + 1 == entries.size());
            continue;
        }
        ensureNewline(out);
        out += original->leading;
        if (canonicalEntry(key, &value) == original->canonical)
            out += original->body;
        else
            out += emitBlockMap({{key, value}}, original->column);
        out += original->trailing;
    }
    return out;
}

size_t rankOf(const std::string &key)
{
    const auto &keys = topLevelKeys();
    return static_cast<size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
}

} // namespace

Value projectDocument(const Project &project)
{
    Value document = Value::map();
    document.set("ferry", Value::integer(project.version));
    document.set("name", Value::string(project.name));
    if (!project.description.empty())
        document.set("description", Value::string(project.description));
    if (!project.endpoints.empty()) {
        Value endpoints = Value::map();
        for (const Endpoint &endpoint : project.endpoints)
            endpoints.entries().emplace_back(endpoint.name, endpointValue(endpoint));
        document.set("endpoints", std::move(endpoints));
    }
    if (!project.mappings.empty()) {
        Value mappings = Value::map();
        for (const NamedMapping &mapping : project.mappings)
            mappings.entries().emplace_back(mapping.name, mappingValue(mapping.mapping));
        document.set("mappings", std::move(mappings));
    }
    if (!project.settings.isEmpty())
        document.set("settings", project.settings.groups);
    if (!project.tasks.empty()) {
        Value tasks = Value::map();
        for (const Task &task : project.tasks)
            tasks.entries().emplace_back(task.name, taskValue(task));
        document.set("tasks", std::move(tasks));
    }
    return document;
}

std::string canonicalText(const Value &document)
{
    std::string out;
    for (const auto &[key, value] : document.entries()) {
        const bool block = (value.isMap() && !value.entries().empty())
                           || (value.isList() && !value.items().empty());
        if (block && !out.empty())
            out += '\n';
        out += emitBlockMap({{key, value}}, 0);
    }
    return out;
}

std::shared_ptr<const ProjectOrigin> buildOrigin(std::string_view text,
                                                 const std::string &fileName,
                                                 const SourceNode &root, const Value &document)
{
    auto origin = std::make_shared<ProjectOrigin>();
    origin->fileName = fileName;
    origin->text = std::string(text);
    if (!root.isMap() || root.flow || root.entries.empty())
        return origin;
    const Lines lines = splitLines(text);
    const size_t column = static_cast<size_t>(std::max(0, root.entries.front().keyMark.column - 1));
    std::vector<Slice> slices;
    if (!sliceKeys(lines, root.entries, column, 0, lines.size(), slices))
        return origin;
    origin->preamble = joinLines(lines, 0, slices.front().leadStart);
    origin->column = static_cast<int>(column);
    for (size_t i = 0; i < slices.size(); ++i) {
        const SourceEntry &entry = root.entries[i];
        const Value *sectionValue = document.find(entry.key);
        OriginChunk chunk = makeChunk(lines, slices[i], entry.key, column, sectionValue);
        const SourceNode &value = entry.value;
        if (value.isMap() && !value.flow && !value.entries.empty() && sectionValue
            && sectionValue->isMap()) {
            const int entryColumn = value.entries.front().keyMark.column - 1;
            std::vector<Slice> entrySlices;
            if (entryColumn > static_cast<int>(column)
                && sliceKeys(lines, value.entries, static_cast<size_t>(entryColumn),
                             slices[i].keyLine + 1, slices[i].trailStart, entrySlices)) {
                chunk.hasEntries = true;
                chunk.entryColumn = entryColumn;
                chunk.head = joinLines(lines, slices[i].keyLine, entrySlices.front().leadStart);
                for (size_t j = 0; j < entrySlices.size(); ++j) {
                    const std::string &key = value.entries[j].key;
                    chunk.entries.push_back(makeChunk(lines, entrySlices[j], key,
                                                      static_cast<size_t>(entryColumn),
                                                      sectionValue->find(key)));
                }
                chunk.entriesSeparated = separated(chunk.entries);
            }
        }
        origin->sections.push_back(std::move(chunk));
    }
    origin->sectionsSeparated = separated(origin->sections);
    origin->sliced = true;
    return origin;
}

std::string mergeWithOrigin(const ProjectOrigin &origin, const Value &document)
{
    if (!origin.sliced)
        return canonicalText(document);

    struct Item
    {
        const OriginChunk *chunk;
        std::string key;
    };
    std::vector<Item> items;
    for (const OriginChunk &chunk : origin.sections)
        items.push_back({&chunk, chunk.key});
    // Sections new in this save go after the nearest section that precedes them in the
    // canonical order; existing sections keep the user's order.
    for (const auto &[key, value] : document.entries()) {
        const bool known = std::any_of(items.begin(), items.end(),
                                       [&key = key](const Item &item) { return item.key == key; });
        if (known)
            continue;
        size_t position = 0;
        for (size_t j = 0; j < items.size(); ++j) {
            if (rankOf(items[j].key) < rankOf(key))
                position = j + 1;
        }
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(position), {nullptr, key});
    }

    std::string out = origin.preamble;
    for (size_t j = 0; j < items.size(); ++j) {
        const Item &item = items[j];
        const Value *current = document.find(item.key);
        if (!item.chunk) {
            appendNew(out, emitBlockMap({{item.key, *current}}, origin.column),
                      origin.sectionsSeparated, j + 1 == items.size());
            continue;
        }
        const OriginChunk &chunk = *item.chunk;
        if (canonicalEntry(chunk.key, current) == chunk.canonical) {
            ensureNewline(out);
            out += chunk.leading + chunk.body + chunk.trailing;
            continue;
        }
        if (!current)
            continue; // the section was removed, with its comments
        ensureNewline(out);
        out += chunk.leading;
        if (chunk.hasEntries && current->isMap() && !current->entries().empty())
            out += mergeEntries(chunk, *current);
        else
            out += emitBlockMap({{chunk.key, *current}}, chunk.column);
        out += chunk.trailing;
    }
    return out;
}

} // namespace detail

} // namespace ferry::project
