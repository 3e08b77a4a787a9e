// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/sql_dialect.h"
#include "engine/types/canonical_type.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::types {

/**
 * How faithfully a target type holds a source column's values, from best to worst. The order
 * matters: a mapping's fidelity is the worst of its notes'.
 */
enum class Fidelity {
    Exact, ///< every value is kept and the target type means the same
    Widened, ///< every value is kept, but the target type accepts more (a wider integer, no
             ///< length limit, labels not enforced, text instead of a special type)
    Lossy, ///< some values change or are refused (rounded fractions, offsets dropped,
           ///< zero dates, infinities, numbers beyond the target's range)
    Unsupported, ///< the target has no such type: values travel as text and the column needs a
                 ///< decision (spatial without PostGIS, arrays, composites, unknown types)
};

[[nodiscard]] const char *fidelityName(Fidelity fidelity); ///< "exact", "widened", ...

/// One remark about a mapping: what is lost or changed and what to do.
struct TypeNote
{
    Fidelity fidelity = Fidelity::Exact;
    std::string code; ///< stable: "TYPE-UNSIGNED-RANGE"; the assessment's action items use it
    std::string text; ///< one English sentence (translated by code where it is shown)

    friend bool operator==(const TypeNote &, const TypeNote &) = default;
};

/// A canonical type mapped to a target dialect.
struct TypeMapping
{
    std::string nativeType; ///< what Ferry creates (the target's nativeTypeFor)
    Fidelity fidelity = Fidelity::Exact; ///< the worst of the notes' fidelities
    std::vector<TypeNote> notes; ///< empty for a plain exact mapping; in a stable order

    [[nodiscard]] bool hasCode(std::string_view code) const;
    /// The note with this code; null when there is none.
    [[nodiscard]] const TypeNote *note(std::string_view code) const;
};

/**
 * The target type of a column and what it costs, for every source -> target pair. Pure,
 * thread-safe. The type is the one the load path creates (postgres::nativeTypeFor,
 * mysql::nativeTypeFor for MySQL and MariaDB, sqlite::nativeTypeFor): this function adds no
 * choice of its own, it says what the choice keeps. `source` is the dialect the canonical type
 * was read from: some values depend on it (MySQL's zero dates, PostgreSQL's infinity and NaN,
 * Oracle's DATE); Generic adds no source-specific notes.
 *
 * Targets are PostgreSql, MySql, MariaDb and Sqlite; any other target gives an empty native
 * type, Unsupported and TYPE-TARGET-UNSUPPORTED. The codes and when each applies are listed by
 * typeNoteCodes() and in docs/type-mapping.md (generated, see type_mapping_docs.h).
 */
[[nodiscard]] TypeMapping mapColumnType(const CanonicalType &type, SqlDialect source,
                                        SqlDialect target);

/// A note code and what it stands for, for the documents and the assessment's legend.
struct TypeNoteCode
{
    const char *code;
    Fidelity fidelity; ///< the usual fidelity of the notes with this code
    const char *summary; ///< one English sentence
};

/// Every code mapColumnType can give, sorted by code.
[[nodiscard]] const std::vector<TypeNoteCode> &typeNoteCodes();

/// The dialects type mapping reads from (MySQL, MariaDB, PostgreSQL, SQLite, SQL Server,
/// Oracle) and writes to (PostgreSQL, MySQL, MariaDB, SQLite), in the documents' order.
[[nodiscard]] const std::vector<SqlDialect> &sourceDialects();
[[nodiscard]] const std::vector<SqlDialect> &targetDialects();

/// The product name of a dialect: "PostgreSQL", "MySQL", "MariaDB", "SQLite", "SQL Server",
/// "Oracle" ("SQL" for Generic).
[[nodiscard]] const char *productName(SqlDialect dialect);

/// The engine name the CLI and the document file names use: "postgresql", "mysql",
/// "mariadb", "sqlite", "sqlserver", "oracle" ("generic").
[[nodiscard]] const char *engineName(SqlDialect dialect);

/// The dialect of an engine name, case-insensitive: the names above and "postgres", "pg",
/// "mssql", "tsql", "plsql"; nullopt for any other.
[[nodiscard]] std::optional<SqlDialect> dialectOfEngineName(std::string_view name);

/**
 * A native type text of a source dialect -> canonical type, with that dialect's parser:
 * mysql::canonicalType (MySQL, MariaDB; a trailing "CHARACTER SET x" is read as the column's
 * charset), postgres::canonicalTypeOfText, sqlite::canonicalTypeOf, tsql::canonicalType,
 * plsql::canonicalType. Generic -> Unknown named after the text.
 */
[[nodiscard]] CanonicalType canonicalTypeOf(SqlDialect source, std::string_view nativeType);

} // namespace ferry::types
