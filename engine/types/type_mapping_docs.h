// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/sql_dialect.h"
#include "engine/types/canonical_type.h"

#include <string>
#include <vector>

namespace ferry::types {

/// A native type of a source dialect as the documents show it, with its canonical type.
struct SourceTypeExample
{
    std::string nativeType; ///< as written in the source ("datetime2(7)", "NUMBER(10,2)")
    CanonicalType type; ///< what the dialect's parser makes of it
};

/**
 * The native types the type-mapping documents list for a source dialect: every built-in type
 * its parser knows (engine/types/<dialect>_types.h) with the arguments that change the
 * mapping, plus a user-defined type or two (a PostgreSQL enum, domain, composite and range,
 * a SQL Server alias type) and a type the parser does not know. Each is parsed by the
 * dialect's own parser (canonicalTypeOf, or postgres::PgTypeRegistry for PostgreSQL's
 * user-defined types), so the documents show what the code does. Pure, thread-safe.
 */
[[nodiscard]] std::vector<SourceTypeExample> documentedSourceTypes(SqlDialect source);

/// One generated Markdown file: its path relative to docs/ and its text.
struct GeneratedDocument
{
    std::string path; ///< "type-mapping.md", "type-mapping/mysql-to-postgresql.md"
    std::string text;
};

/**
 * The Markdown of one source -> target pair: a table of documentedSourceTypes(source) with
 * the canonical type, the target type mapColumnType() chooses, its fidelity and its notes.
 */
[[nodiscard]] std::string typeMappingMarkdown(SqlDialect source, SqlDialect target);

/// The Markdown of docs/type-mapping.md: the fidelity legend, every pair with its counts and
/// a link to its table, and every note code.
[[nodiscard]] std::string typeMappingIndexMarkdown();

/**
 * Every type-mapping document: docs/type-mapping.md and docs/type-mapping/<source>-to-
 * <target>.md for each pair of sourceDialects() x targetDialects(). `ferry types
 * --write-docs docs` writes them; the test type_mapping_docs_up_to_date fails when the
 * committed files differ.
 */
[[nodiscard]] std::vector<GeneratedDocument> typeMappingDocuments();

} // namespace ferry::types
