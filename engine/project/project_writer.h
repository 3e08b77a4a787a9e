// SPDX-License-Identifier: MIT
// Private to engine/project: Project -> YAML, and keeping untouched parts of the original file.
#pragma once

#include "engine/project/project.h"
#include "engine/project/yaml_document.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::project {

/// One top-level section (or one entry of a section) of the file a project was loaded from.
struct OriginChunk
{
    std::string key;
    std::string canonical; ///< emitBlockMap({key: value}) of the value as loaded; "" if absent
    std::string leading;   ///< comment lines directly above the key
    std::string body;      ///< from the key line to the last line of the value
    std::string trailing;  ///< blank lines and detached comments after the value
    int column = 0;        ///< 0-based column of the key
    /// The value is a block mapping whose entries start on their own lines: changed sections
    /// are merged entry by entry (head = body lines before the first entry).
    bool hasEntries = false;
    std::string head;
    int entryColumn = 0;
    bool entriesSeparated = false; ///< entries are separated by blank lines
    std::vector<OriginChunk> entries;
};

/// What saving needs to know about the original file (see docs/project-files.md).
struct ProjectOrigin
{
    std::string fileName;
    std::string text;
    bool sliced = false;    ///< the top level could be cut into sections (block mapping)
    std::string preamble;   ///< lines before the first section (header comments, ---)
    int column = 0;         ///< column of the top-level keys
    bool sectionsSeparated = false;
    std::vector<OriginChunk> sections;
};

namespace detail {

/// The project as an ordered YAML document (canonical key order, no empty sections).
[[nodiscard]] Value projectDocument(const Project &project);

/// The canonical text of a document: block style, a blank line before each top-level section
/// that holds a nested block (endpoints, mappings, settings, tasks).
[[nodiscard]] std::string canonicalText(const Value &document);

/// Records text's layout for a project that loaded from it.
[[nodiscard]] std::shared_ptr<const ProjectOrigin>
buildOrigin(std::string_view text, const std::string &fileName, const SourceNode &root,
            const Value &document);

/// The original text with changed sections/entries re-emitted from document.
[[nodiscard]] std::string mergeWithOrigin(const ProjectOrigin &origin, const Value &document);

} // namespace detail

} // namespace ferry::project
