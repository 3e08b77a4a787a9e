// SPDX-License-Identifier: MIT
#include "engine/types/type_mapping_docs.h"
#include "engine/types/postgres_types.h"
#include "engine/types/tsql_types.h"
#include "engine/types/type_mapping.h"

#include <array>
#include <string_view>

namespace ferry::types {

namespace {

// The native types each source's document lists, as written in that source.
// clang-format off

constexpr std::string_view MySqlTypes[] = {
    "tinyint", "tinyint unsigned", "tinyint(1)", "smallint", "smallint unsigned", "mediumint",
    "mediumint unsigned", "int", "int unsigned", "bigint", "bigint unsigned", "decimal(10,2)",
    "decimal(10,2) unsigned", "decimal(65,30)", "float", "double", "bit(1)", "bit(64)",
    "char(10)", "char(255)", "varchar(255)", "varchar(20000)",
    "varchar(255) character set latin1", "tinytext", "text", "mediumtext", "longtext",
    "binary(16)", "varbinary(255)", "tinyblob", "blob", "mediumblob", "longblob", "date", "time",
    "time(6)", "datetime", "datetime(6)", "timestamp", "timestamp(6)", "year",
    "enum('small','medium','large')", "set('read','write','admin')", "json", "geometry",
    "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon",
    "geometrycollection"};

constexpr std::string_view MariaDbOnlyTypes[] = {"uuid", "inet4", "inet6"};

constexpr std::string_view PostgresTypes[] = {
    "smallint", "integer", "bigint", "smallserial", "serial", "bigserial", "numeric",
    "numeric(12,3)", "numeric(5,-2)", "numeric(40,10)", "numeric(70,5)", "real",
    "double precision", "money", "boolean", "character(10)", "character varying(255)",
    "character varying", "text", "bytea", "bit(8)", "bit varying(64)", "date", "time",
    "time(3)", "time with time zone", "timestamp", "timestamp(3)", "timestamp with time zone",
    "interval", "interval year to month", "interval day to second(3)", "uuid", "json", "jsonb",
    "xml", "inet", "cidr", "macaddr", "macaddr8", "point", "line", "lseg", "box", "path",
    "polygon", "circle", "integer[]", "text[]", "numeric(10,2)[]", "int4range", "tstzrange",
    "oid", "tsvector"};

constexpr std::string_view SqliteTypes[] = {
    "INTEGER", "INT", "TINYINT", "SMALLINT", "MEDIUMINT", "BIGINT", "UNSIGNED BIG INT",
    "BOOLEAN", "REAL", "DOUBLE", "FLOAT", "NUMERIC", "DECIMAL(10,2)", "DECIMAL(20,4)",
    "CHARACTER(20)", "VARCHAR(255)", "NVARCHAR(100)", "TEXT", "CLOB", "BLOB", "", "DATE",
    "DATETIME", "TIMESTAMP", "TIME", "JSON", "UUID", "STRING"};

constexpr std::string_view SqlServerTypes[] = {
    "bit", "tinyint", "smallint", "int", "bigint", "decimal", "decimal(18,2)", "numeric(38,10)",
    "money", "smallmoney", "float", "float(24)", "real", "char(10)", "varchar(255)",
    "varchar(max)", "nchar(10)", "nvarchar(255)", "nvarchar(max)", "text", "ntext", "sysname",
    "binary(16)", "varbinary(255)", "varbinary(max)", "image", "date", "time", "time(3)",
    "datetime", "datetime2", "datetime2(3)", "smalldatetime", "datetimeoffset",
    "datetimeoffset(3)", "uniqueidentifier", "xml", "geometry", "geography", "rowversion",
    "timestamp", "sql_variant", "hierarchyid"};

constexpr std::string_view OracleTypes[] = {
    "NUMBER", "NUMBER(10)", "NUMBER(10,2)", "NUMBER(38)", "NUMBER(5,-2)", "NUMBER(*,2)",
    "NUMBER(2,5)", "INTEGER", "FLOAT", "FLOAT(63)", "BINARY_FLOAT", "BINARY_DOUBLE", "CHAR(10)",
    "CHAR(10 CHAR)", "NCHAR(10)", "VARCHAR2(255)", "VARCHAR2(255 BYTE)", "VARCHAR2(4000 CHAR)",
    "NVARCHAR2(100)", "LONG", "CLOB", "NCLOB", "RAW(16)", "LONG RAW", "BLOB", "BFILE", "DATE",
    "TIMESTAMP", "TIMESTAMP(3)", "TIMESTAMP(9)", "TIMESTAMP WITH TIME ZONE",
    "TIMESTAMP(3) WITH LOCAL TIME ZONE", "INTERVAL YEAR(2) TO MONTH",
    "INTERVAL DAY(2) TO SECOND(6)", "INTERVAL DAY(3) TO SECOND(9)", "ROWID", "UROWID",
    "XMLTYPE", "JSON", "SDO_GEOMETRY", "BOOLEAN"};
// clang-format on

template<size_t N>
void appendParsed(std::vector<SourceTypeExample> &examples, SqlDialect source,
                  const std::string_view (&types)[N])
{
    for (const std::string_view type : types)
        examples.push_back({std::string(type), canonicalTypeOf(source, type)});
}

/// PostgreSQL's user-defined types as the catalog reader sees them (pg_type rows).
void appendPostgresUserTypes(std::vector<SourceTypeExample> &examples)
{
    postgres::PgTypeRegistry registry;
    registry.add({.oid = 1043, .schema = "pg_catalog", .name = "varchar", .category = 'S'});
    registry.add({.oid = 701, .schema = "pg_catalog", .name = "float8", .category = 'N'});
    registry.add({.oid = 90001,
                  .schema = "public",
                  .name = "mood",
                  .kind = 'e',
                  .category = 'E',
                  .labels = {"sad", "ok", "happy"}});
    registry.add(
        {.oid = 90002, .schema = "public", .name = "_mood", .category = 'A', .element = 90001});
    registry.add({.oid = 90003,
                  .schema = "public",
                  .name = "us_postal_code",
                  .kind = 'd',
                  .baseType = 1043,
                  .baseTypmod = 10 + 4});
    registry.add(
        {.oid = 90004, .schema = "public", .name = "address", .kind = 'c', .category = 'C'});
    registry.add({.oid = 90005,
                  .schema = "public",
                  .name = "floatrange",
                  .kind = 'r',
                  .category = 'R',
                  .rangeSubtype = 701});
    registry.add({.oid = 90006, .schema = "public", .name = "citext", .category = 'S'});
    const std::pair<const char *, uint32_t> userTypes[] = {
        {"mood (enum 'sad', 'ok', 'happy')", 90001},
        {"mood[]", 90002},
        {"us_postal_code (domain over character varying(10))", 90003},
        {"address (composite type)", 90004},
        {"floatrange (range of double precision)", 90005},
        {"citext (extension)", 90006},
    };
    for (const auto &[text, oid] : userTypes)
        examples.push_back({text, registry.canonicalType(oid, -1)});
}

} // namespace

std::vector<SourceTypeExample> documentedSourceTypes(SqlDialect source)
{
    std::vector<SourceTypeExample> examples;
    switch (source) {
    case SqlDialect::MySql:
        appendParsed(examples, source, MySqlTypes);
        break;
    case SqlDialect::MariaDb:
        appendParsed(examples, source, MySqlTypes);
        appendParsed(examples, source, MariaDbOnlyTypes);
        break;
    case SqlDialect::PostgreSql:
        appendParsed(examples, source, PostgresTypes);
        appendPostgresUserTypes(examples);
        break;
    case SqlDialect::Sqlite:
        appendParsed(examples, source, SqliteTypes);
        break;
    case SqlDialect::TSql:
        appendParsed(examples, source, SqlServerTypes);
        examples.push_back({"Phone (CREATE TYPE Phone FROM varchar(20))",
                            tsql::canonicalType("Phone", {{"phone", "varchar(20)"}})});
        break;
    case SqlDialect::PlSql:
        appendParsed(examples, source, OracleTypes);
        break;
    case SqlDialect::Generic:
        break;
    }
    return examples;
}

namespace {

constexpr std::string_view GeneratedWarning
    = "<!-- Generated from engine/types by `ferry types --write-docs docs`: do not edit. The "
      "test type_mapping_docs_up_to_date fails when this file and the code differ. -->\n";

/// Text for a Markdown table cell: '|' escaped, line breaks removed.
std::string cell(std::string_view text)
{
    std::string escaped;
    for (const char c : text) {
        if (c == '|')
            escaped += "\\|";
        else if (c == '\n')
            escaped += ' ';
        else
            escaped += c;
    }
    return escaped;
}

std::string code(std::string_view text)
{
    if (text.empty())
        return "(none)";
    std::string result(1, '`');
    result += cell(text);
    result += '`';
    return result;
}

std::string fileName(SqlDialect source, SqlDialect target)
{
    return std::string(engineName(source)) + "-to-" + engineName(target) + ".md";
}

/// How many of a pair's documented types map with each fidelity.
std::array<int, 4> fidelityCounts(SqlDialect source, SqlDialect target)
{
    std::array<int, 4> counts {};
    for (const SourceTypeExample &example : documentedSourceTypes(source))
        ++counts[size_t(mapColumnType(example.type, source, target).fidelity)];
    return counts;
}

std::string countsText(const std::array<int, 4> &counts)
{
    std::string text;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] == 0)
            continue;
        text += (text.empty() ? "" : ", ") + std::to_string(counts[i]) + " "
            + fidelityName(Fidelity(i));
    }
    return text;
}

std::string notesCell(const TypeMapping &mapping)
{
    std::string text;
    for (const TypeNote &note : mapping.notes)
        text += (text.empty() ? "" : "<br>") + ("**" + note.code + "** " + cell(note.text));
    return text;
}

std::string pairIntroduction(SqlDialect source, SqlDialect target)
{
    std::string text = "Each " + std::string(productName(source))
        + " type below is read by Ferry's " + productName(source)
        + " parser into a canonical type ([types.md](../types.md)), and the " + productName(target)
        + " type is the one Ferry creates for it on the target (the same function the load "
          "uses). Fidelity and the note codes are explained in "
          "[type-mapping.md](../type-mapping.md).\n";
    if (source == SqlDialect::TSql) {
        text += "\nLengths: char/varchar(n) count bytes of the column's code page (or of UTF-8 "
                "under a _UTF8 collation) and nchar/nvarchar(n) UTF-16 code units; the same n "
                "in characters holds every value. An alias type (CREATE TYPE ... FROM) maps as "
                "its base type.\n";
    } else if (source == SqlDialect::PlSql) {
        text += "\nLengths: CHAR/VARCHAR2(n BYTE) count bytes and (n CHAR) characters; the same n "
                "in characters holds every value. DATE has a time of day, and NUMBER's negative "
                "scale (rounding to tens, hundreds...) becomes the digits its largest value "
                "has.\n";
    }
    if (target == SqlDialect::Sqlite) {
        text += "\nSQLite enforces no declared length, precision or type (outside STRICT "
                "tables): the declared types keep each column readable as its canonical type, "
                "and the values are stored as Ferry's canonical text where a number could "
                "change them.\n";
    }
    return text;
}

} // namespace

std::string typeMappingMarkdown(SqlDialect source, SqlDialect target)
{
    const std::string sourceName = productName(source);
    const std::string targetName = productName(target);
    std::string text = "# " + sourceName + " to " + targetName + ": type mapping\n\n";
    text += GeneratedWarning;
    text += "\n" + pairIntroduction(source, target);
    text += "\n" + std::to_string(documentedSourceTypes(source).size())
        + " types: " + countsText(fidelityCounts(source, target)) + ".\n\n";
    text += "| " + sourceName + " | canonical | " + targetName + " | fidelity | notes |\n";
    text += "| --- | --- | --- | --- | --- |\n";
    for (const SourceTypeExample &example : documentedSourceTypes(source)) {
        const TypeMapping mapping = mapColumnType(example.type, source, target);
        text += "| " + code(example.nativeType) + " | " + code(example.type.toString()) + " | "
            + code(mapping.nativeType) + " | " + fidelityName(mapping.fidelity) + " | "
            + notesCell(mapping) + " |\n";
    }
    return text;
}

std::string typeMappingIndexMarkdown()
{
    std::string text = "# Type mapping\n\n";
    text += GeneratedWarning;
    text += R"(
Ferry maps a column in two steps: the source's parser turns the native type into a canonical
type ([types.md](types.md)), and the target's `nativeTypeFor` turns that into the type Ferry
creates (`engine/types/<dialect>_types.h`). `types::mapColumnType` (engine/types/type_mapping.h)
says what that choice keeps: a fidelity and, for anything not plainly exact, notes with a
stable code that the assessment report turns into action items. The tables are generated from
that code; `ferry types TYPE... --source ENGINE --target ENGINE` maps types of your own.

## Fidelity

| fidelity | meaning |
| --- | --- |
| exact | every value is kept and the target type means the same (a note may still say something worth knowing) |
| widened | every value is kept, but the target type accepts more: a wider integer, no length limit, labels not enforced, text instead of a special type |
| lossy | some values change or are refused: fractions rounded, offsets dropped, zero dates, infinities, numbers beyond the target's range |
| unsupported | the target has no such type: values travel as text and the column needs a decision |

## Pairs

Counts of the documented types by fidelity; each links to its table.

)";
    text += "| source \\ target |";
    for (const SqlDialect target : targetDialects()) {
        text += ' ';
        text += productName(target);
        text += " |";
    }
    text += "\n| --- |";
    for (size_t i = 0; i < targetDialects().size(); ++i)
        text += " --- |";
    text += "\n";
    for (const SqlDialect source : sourceDialects()) {
        text += "| " + std::string(productName(source)) + " |";
        for (const SqlDialect target : targetDialects()) {
            text += " [" + countsText(fidelityCounts(source, target)) + "](type-mapping/"
                + fileName(source, target) + ") |";
        }
        text += "\n";
    }
    text += "\n## Note codes\n\n| code | usual fidelity | meaning |\n| --- | --- | --- |\n";
    for (const TypeNoteCode &note : typeNoteCodes()) {
        text += "| " + std::string(note.code) + " | " + fidelityName(note.fidelity) + " | "
            + cell(note.summary) + " |\n";
    }
    return text;
}

std::vector<GeneratedDocument> typeMappingDocuments()
{
    std::vector<GeneratedDocument> documents {{"type-mapping.md", typeMappingIndexMarkdown()}};
    for (const SqlDialect source : sourceDialects()) {
        for (const SqlDialect target : targetDialects()) {
            documents.push_back(
                {"type-mapping/" + fileName(source, target), typeMappingMarkdown(source, target)});
        }
    }
    return documents;
}

} // namespace ferry::types
