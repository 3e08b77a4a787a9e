// SPDX-License-Identifier: MIT
// Private to engine/project: validation of project-file nodes, DMS rules and task settings.
#pragma once

#include "engine/project/project_file.h"
#include "engine/project/yaml_document.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ferry::project::detail {

/// Collects issues with their file, position and key path.
class IssueSink
{
public:
    explicit IssueSink(std::string file) : m_file(std::move(file)) {}

    void error(Mark mark, const std::string &path, const QString &message,
               const QString &hint = {}, const std::string &detail = {});
    void warning(Mark mark, const std::string &path, const QString &message,
                 const QString &hint = {});
    bool hasErrors() const { return !m_errors.empty(); }
    size_t errorCount() const { return m_errors.size(); }

    std::vector<ProjectIssue> &errors() { return m_errors; }
    std::vector<ProjectIssue> &warnings() { return m_warnings; }

    /// Lenient mode (DMS JSON import): an unknown key in a validated mapping is a warning, not
    /// an error, and the position of its key is recorded in skippedKeys().
    void setUnknownKeysAreWarnings(bool lenient) { m_unknownKeysAreWarnings = lenient; }
    bool unknownKeysAreWarnings() const { return m_unknownKeysAreWarnings; }
    std::vector<Mark> &skippedKeys() { return m_skippedKeys; }

private:
    ProjectIssue make(ProjectIssue::Severity severity, Mark mark, const std::string &path,
                      const QString &message, const QString &hint, const std::string &detail);

    std::string m_file;
    std::vector<ProjectIssue> m_errors;
    std::vector<ProjectIssue> m_warnings;
    bool m_unknownKeysAreWarnings = false;
    std::vector<Mark> m_skippedKeys;
};

/// "parent.key" (or "key" at the top).
[[nodiscard]] std::string childPath(const std::string &parent, const std::string &key);
/// "parent[index]"
[[nodiscard]] std::string itemPath(const std::string &parent, size_t index);

/// "the string \"abc\"", "the integer 5", "a list"... for "found ..." messages.
[[nodiscard]] QString describeNode(const SourceNode &node);
/// "Did you mean 'x'?" when a candidate is close, else "Allowed ...: a, b, c." (short lists).
[[nodiscard]] QString suggestionHint(const std::string &word,
                                     const std::vector<std::string> &candidates,
                                     bool listWhenNoMatch = true);

struct Spec;
using SpecPtr = std::shared_ptr<const Spec>;

struct Field
{
    std::string key;
    SpecPtr spec;
    bool required = false;
};

/// The expected shape of a value: type, allowed values, nested fields.
struct Spec
{
    enum class Type {
        Any,         ///< anything, kept as written
        String,
        Integer,
        Boolean,
        Number,      ///< integer or float
        Scalar,      ///< any single value (string, number, boolean)
        Id,          ///< string or integer (DMS rule-id / rule-name)
        IntegerText, ///< integer, or a string of digits (DMS "load-order": "1")
        Enum,        ///< one of `values` (strings)
        List,
        Map,
    };
    Type type = Type::Any;
    bool nullable = false;
    std::vector<std::string> values;
    SpecPtr items;
    std::vector<Field> fields;
    std::optional<long long> minimum;
    std::optional<long long> maximum;
};

/// Checks node against spec, reporting every problem; true when it conforms.
bool validateNode(const SourceNode &node, const Spec &spec, const std::string &path,
                  IssueSink &sink);

/// Checks a DMS table-mapping `rules` list (rule types, keys, value types, rule semantics).
bool validateMappingRules(const SourceNode &rules, const std::string &path, IssueSink &sink);

/// How unknown task-settings groups and keys are treated.
enum class SettingsMode {
    Strict,  ///< errors with a suggestion (project files)
    Lenient, ///< warnings, keys recorded in IssueSink::skippedKeys() (DMS task-settings.json)
};

/// Checks DMS task settings (known groups and keys, value types and ranges).
bool validateTaskSettings(const SourceNode &settings, const std::string &path, IssueSink &sink,
                          SettingsMode mode = SettingsMode::Strict);

} // namespace ferry::project::detail
