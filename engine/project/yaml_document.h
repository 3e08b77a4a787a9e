// SPDX-License-Identifier: MIT
// Private to engine/project: the YAML layer (yaml-cpp stays in the .cpp).
#pragma once

#include "engine/project/value.h"

#include <string>
#include <string_view>
#include <vector>

namespace ferry::project::detail {

/// A position in the input, 1-based (0 = unknown).
struct Mark
{
    int line = 0;
    int column = 0;
};

struct SourceEntry;

/**
 * A parsed YAML node with its position: the loader validates these and reports problems at
 * the exact line and column. Scalars are resolved like Value (YAML 1.2 core schema).
 */
struct SourceNode
{
    Value::Kind kind = Value::Kind::Null;
    std::string text;   ///< scalar text as written
    Mark mark;          ///< where the node starts (for an empty value: its key)
    bool flow = false;  ///< a flow collection ([..] or {..})
    bool quoted = false; ///< a quoted or block scalar (never resolved to a number/boolean)
    std::vector<SourceNode> items;
    std::vector<SourceEntry> entries;

    bool isMap() const { return kind == Value::Kind::Map; }
    bool isList() const { return kind == Value::Kind::List; }
    bool isNull() const { return kind == Value::Kind::Null; }
    bool isScalar() const { return !isMap() && !isList(); }
    [[nodiscard]] const SourceEntry *entry(std::string_view key) const;
    [[nodiscard]] Value toValue() const;
};

struct SourceEntry
{
    std::string key;
    Mark keyMark;
    SourceNode value;
};

/// A problem found while reading the YAML itself (syntax, duplicate keys, aliases).
struct YamlProblem
{
    Mark mark;
    std::string message;
    std::string hint;
    std::string detail;
};

struct ParsedYaml
{
    bool ok = false;      ///< root is valid (problems may still hold non-fatal duplicates)
    bool empty = false;   ///< no document at all (empty file or only comments)
    SourceNode root;
    std::vector<YamlProblem> problems;
};

/// Parses one YAML document. Never throws; syntax errors come back as problems.
[[nodiscard]] ParsedYaml parseYaml(std::string_view text);

/// A block-style YAML mapping of entries, each line indented by `indent` spaces.
[[nodiscard]] std::string emitBlockMap(const Value::Map &entries, int indent = 0);

/// How a string is written as a single-line scalar (plain when unambiguous, else quoted).
[[nodiscard]] std::string scalarText(const Value &value);

} // namespace ferry::project::detail
