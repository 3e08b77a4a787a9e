// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ferry::project {

/**
 * A YAML/JSON value kept losslessly: the parts of a project file that mirror AWS DMS documents
 * (table-mapping rules, task settings) are stored as Values so that nothing the user wrote is
 * lost, reordered or retyped.
 *
 * Scalars keep their kind (resolved with the YAML 1.2 core schema, so `1` is an integer and
 * `"1"` a string) and the exact text written (`0x1F` stays `0x1F`). Maps keep their keys in
 * the order written; equality is order-sensitive. A plain value: copyable, no thread affinity.
 */
class Value
{
public:
    enum class Kind { Null, Boolean, Integer, Float, String, List, Map };
    using List = std::vector<Value>;
    using Entry = std::pair<std::string, Value>;
    using Map = std::vector<Entry>;

    Value() = default; ///< null

    [[nodiscard]] static Value boolean(bool value);
    [[nodiscard]] static Value integer(long long value);
    [[nodiscard]] static Value string(std::string text);
    [[nodiscard]] static Value list(List items = {});
    [[nodiscard]] static Value map(Map entries = {});
    /// A scalar as it appears unquoted in YAML: "true" is a boolean, "0x10" an integer, "1.5e3" a
    /// float, "~"/"null" null, anything else a string (YAML 1.2 core schema).
    [[nodiscard]] static Value fromPlainScalar(std::string text);
    /// The kind an unquoted YAML scalar with this text resolves to.
    [[nodiscard]] static Kind resolvePlainScalar(std::string_view text);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isMap() const { return m_kind == Kind::Map; }
    bool isList() const { return m_kind == Kind::List; }
    bool isString() const { return m_kind == Kind::String; }
    bool isScalar() const { return m_kind != Kind::List && m_kind != Kind::Map; }

    /// The scalar's text as written ("true", "42", "0x1F", "hello"); empty for null, list, map.
    const std::string &text() const { return m_text; }
    [[nodiscard]] std::optional<bool> toBool() const;
    [[nodiscard]] std::optional<long long> toInteger() const;
    [[nodiscard]] std::optional<double> toDouble() const;

    const List &items() const { return m_items; }
    List &items() { return m_items; }
    const Map &entries() const { return m_entries; }
    Map &entries() { return m_entries; }

    /// The value under key in a map; nullptr when absent or when this is not a map.
    [[nodiscard]] const Value *find(std::string_view key) const;
    [[nodiscard]] Value *find(std::string_view key);
    /// Replaces the value under key in place, or appends it; turns a null into a map first.
    void set(const std::string &key, Value value);
    bool remove(std::string_view key);

    bool operator==(const Value &other) const;
    bool operator!=(const Value &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Null;
    std::string m_text;
    List m_items;
    Map m_entries;
};

/// "null", "boolean", "integer", "float", "string", "list", "mapping".
[[nodiscard]] const char *valueKindName(Value::Kind kind);

} // namespace ferry::project
