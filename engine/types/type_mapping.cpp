// SPDX-License-Identifier: MIT
#include "engine/types/type_mapping.h"
#include "engine/core/enum_names.h"
#include "engine/core/text.h"
#include "engine/types/mysql_types.h"
#include "engine/types/plsql_types.h"
#include "engine/types/postgres_types.h"
#include "engine/types/sqlite_types.h"
#include "engine/types/tsql_types.h"

#include <algorithm>

namespace ferry::types {

constexpr const char *FidelityNames[] = {"exact", "widened", "lossy", "unsupported"};
static_assert(namesEvery(FidelityNames, Fidelity::Unsupported));

const char *fidelityName(Fidelity fidelity) { return nameOf(FidelityNames, fidelity); }

bool TypeMapping::hasCode(std::string_view code) const { return note(code) != nullptr; }

const TypeNote *TypeMapping::note(std::string_view code) const
{
    for (const TypeNote &candidate : notes) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

namespace {

/// What the note functions below share: the column's type, the pair, the chosen native type,
/// and the notes collected so far.
struct NoteContext
{
    const CanonicalType &type;
    SqlDialect source;
    SqlDialect target;
    const std::string &native;
    std::vector<TypeNote> &notes;

    [[nodiscard]] bool toPostgres() const { return target == SqlDialect::PostgreSql; }
    [[nodiscard]] bool toMySql() const { return isMySqlFamily(target); }
    [[nodiscard]] bool toSqlite() const { return target == SqlDialect::Sqlite; }
    [[nodiscard]] bool fromMySql() const { return isMySqlFamily(source); }
    [[nodiscard]] std::string targetName() const { return productName(target); }
    [[nodiscard]] std::string sourceName() const { return productName(source); }
    [[nodiscard]] std::string typeText() const { return type.toString(); }

    void add(Fidelity fidelity, const char *code, std::string text) const
    {
        notes.push_back(TypeNote {fidelity, code, std::move(text)});
    }
};

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

std::string nativeTypeFor(const CanonicalType &type, SqlDialect target)
{
    switch (target) {
    case SqlDialect::PostgreSql:
        return postgres::nativeTypeFor(type);
    case SqlDialect::MySql:
    case SqlDialect::MariaDb:
        return mysql::nativeTypeFor(type);
    case SqlDialect::Sqlite:
        return sqlite::nativeTypeFor(type);
    default:
        return {};
    }
}

void integerNotes(const NoteContext &c)
{
    const CanonicalType &type = c.type;
    if (type.isUnsigned && c.toPostgres()) {
        c.add(Fidelity::Widened, "TYPE-UNSIGNED-RANGE",
              "PostgreSQL has no unsigned integers: " + c.native + " holds every " + c.typeText()
                  + " value but also negative ones; add CHECK (column >= 0) to refuse them.");
    } else if (type.isUnsigned && type.byteWidth >= 8 && c.toSqlite()) {
        c.add(Fidelity::Widened, "TYPE-UNSIGNED-RANGE",
              "SQLite integers are signed 64-bit: unsigned 64-bit values are kept as decimal "
              "text ("
                  + c.native + "), which SQLite compares and sorts as text.");
    } else if (c.toPostgres() && (type.byteWidth == 1 || type.byteWidth == 3)) {
        c.add(Fidelity::Widened, "TYPE-INTEGER-WIDER",
              "PostgreSQL has no " + std::to_string(type.byteWidth) + "-byte integer: " + c.native
                  + " holds every value but also larger ones.");
    }
}

void decimalNotes(const NoteContext &c)
{
    const CanonicalType &type = c.type;
    if (type.isUnsigned) {
        c.add(Fidelity::Widened, "TYPE-UNSIGNED-RANGE",
              c.targetName() + " has no unsigned " + typeFamilyName(type.family) + ": " + c.native
                  + " also accepts negative numbers; add CHECK (column >= 0) to "
                    "refuse them.");
    }
    if (type.family != TypeFamily::Decimal)
        return;
    if (c.toMySql() && type.precision < 0) {
        c.add(Fidelity::Lossy, "TYPE-DECIMAL-UNCONSTRAINED",
              c.targetName() + " decimals need a precision: " + c.native
                  + " keeps 35 integer and 30 fraction digits, so longer fractions are rounded "
                    "and larger numbers refused; give the column a precision with a "
                    "change-data-type rule when the data allows.");
    } else if (startsWith(c.native, "varchar") || startsWith(c.native, "DECIMAL_TEXT")) {
        c.add(Fidelity::Widened, "TYPE-DECIMAL-AS-TEXT",
              "The digits are kept exactly as text in " + c.native + ", which " + c.targetName()
                  + " compares and sorts as text, not as numbers.");
    } else if (c.toPostgres() && type.precision > 0 && c.native == "numeric") {
        c.add(Fidelity::Widened, "TYPE-DECIMAL-PRECISION",
              "PostgreSQL declares at most 1000 digits: the column becomes unconstrained "
              "numeric, which holds every value but does not limit the digits.");
    }
}

void moneyNotes(const NoteContext &c)
{
    const std::string scale
        = c.type.precision > 0 ? std::string() : " (whatever the source's lc_monetary decimals)";
    c.add(Fidelity::Widened, "TYPE-MONEY",
          c.native + " holds every " + c.typeText() + " value" + scale
              + "; the currency formatting and money arithmetic of the source type are not "
                "kept.");
}

void characterNotes(const NoteContext &c)
{
    const CanonicalType &type = c.type;
    if (type.family == TypeFamily::Char && c.toMySql() && type.length > 0
        && !startsWith(c.native, "char(")) {
        c.add(Fidelity::Widened, "TYPE-CHAR-LENGTH",
              c.targetName() + "'s CHAR holds at most 255 characters: " + c.typeText() + " becomes "
                  + c.native + ", which does not pad with blanks.");
    } else if (type.length > 0 && !type.isLob && (c.native == "text" || c.native == "longtext")) {
        c.add(Fidelity::Widened, "TYPE-STRING-LENGTH",
              c.typeText() + " is longer than " + c.targetName() + "'s character types hold: "
                  + c.native + " keeps every value but does not limit the length.");
    }
    static const char *const unicode[] = {"utf8", "utf8mb3", "utf8mb4", "ascii"};
    const std::string charset = asciiLower(type.charset);
    if (!charset.empty()
        && std::find(std::begin(unicode), std::end(unicode), charset) == std::end(unicode)) {
        c.add(Fidelity::Exact, "TYPE-CHARSET",
              "The column's character set " + type.charset + " is not kept: " + c.targetName()
                  + " stores the text as UTF-8, which holds every character, and sorts it by "
                    "its own collation.");
    }
}

void binaryNotes(const NoteContext &c)
{
    const CanonicalType &type = c.type;
    if (type.name == "rowversion") {
        c.add(Fidelity::Widened, "TYPE-ROWVERSION",
              "rowversion values are copied as 8 bytes, but " + c.targetName()
                  + " does not maintain them: drop the column or set it from a trigger.");
    }
    if (type.isLob || type.length <= 0)
        return;
    const bool keepsLength
        = (c.toMySql() && type.family == TypeFamily::Binary && startsWith(c.native, "binary("))
        || (c.toMySql() && type.family == TypeFamily::VarBinary
            && startsWith(c.native, "varbinary("))
        || c.toSqlite();
    if (!keepsLength) {
        c.add(Fidelity::Widened, "TYPE-BINARY-LENGTH",
              c.native + " keeps every " + c.typeText()
                  + " value but does not limit the "
                    "length to "
                  + std::to_string(type.length) + " bytes.");
    }
}

void bitNotes(const NoteContext &c)
{
    if (c.toMySql() && !startsWith(c.native, "bit(")) {
        c.add(Fidelity::Widened, "TYPE-BIT-TEXT",
              c.targetName() + "'s BIT holds up to 64 bits of fixed length: " + c.typeText()
                  + " is kept as '0'/'1' text in " + c.native + ".");
    }
}

/// Fractional seconds beyond what the target keeps (PostgreSQL and MySQL: microseconds).
void fractionNotes(const NoteContext &c)
{
    const bool asText = startsWith(c.native, "varchar");
    if (c.type.fractionalDigits > 6 && (c.toPostgres() || c.toMySql()) && !asText) {
        c.add(Fidelity::Lossy, "TYPE-FRACTION-DIGITS",
              c.targetName() + " keeps 6 fractional digits of a second: " + c.typeText()
                  + " values are rounded to microseconds.");
    }
}

void timeNotes(const NoteContext &c)
{
    const CanonicalType &type = c.type;
    if (type.withTimeZone) {
        c.add(Fidelity::Lossy, "TYPE-TIMEZONE-OFFSET",
              "Times with time zone are read in UTC: " + c.native
                  + " receives the UTC time and each value's own offset is lost.");
    } else if (type.wideRange && c.toPostgres()) {
        c.add(Fidelity::Widened, "TYPE-TIME-RANGE",
              "MySQL's TIME spans -838:59:59 to 838:59:59 but PostgreSQL's time stops at 24:00, "
              "so the column becomes an interval (durations keep their value, time-of-day "
              "functions do not apply).");
    }
    fractionNotes(c);
}

void timestampNotes(const NoteContext &c)
{
    const CanonicalType &type = c.type;
    const bool keepsOffset = type.subtype == "offset";
    if (type.withTimeZone && c.toMySql()) {
        c.add(Fidelity::Lossy, "TYPE-TIMEZONE-UTC",
              c.targetName() + "'s datetime has no time zone: " + c.native
                  + " holds the values in UTC"
                  + (keepsOffset ? " and each value's own offset is lost" : "")
                  + "; applications must read them as UTC.");
    } else if (keepsOffset) {
        c.add(Fidelity::Lossy, "TYPE-TIMEZONE-OFFSET",
              c.native
                  + " keeps the instant in UTC but not each value's own offset (+02:00, "
                    "a region): store it in a column of its own if it matters.");
    }
    if (c.source == SqlDialect::PlSql && type.fractionalDigits == 0 && !type.withTimeZone) {
        c.add(Fidelity::Exact, "TYPE-ORACLE-DATE",
              "An Oracle DATE holds a time of day to the second: it maps to " + c.native
                  + ", not to a date.");
    }
    fractionNotes(c);
}

/// What a source's dates and numbers hold that a target cannot store.
void sourceValueNotes(const NoteContext &c)
{
    const TypeFamily family = c.type.family;
    const bool isDate = family == TypeFamily::Date || family == TypeFamily::Timestamp;
    if (isDate && c.fromMySql() && c.toPostgres()) {
        c.add(Fidelity::Lossy, "TYPE-ZERO-DATE",
              "MySQL's zero date '0000-00-00' cannot be stored in PostgreSQL and becomes NULL "
              "(as AWS DMS does; a NOT NULL column rejects the row), and dates with a zero "
              "month or day are rejected.");
    }
    const bool datesBeyond = c.source == SqlDialect::PostgreSql || c.source == SqlDialect::PlSql;
    if (isDate && datesBeyond && c.toMySql()) {
        c.add(Fidelity::Lossy, "TYPE-DATE-RANGE",
              c.targetName() + "'s dates end at 9999-12-31 and have no BC dates: " + c.sourceName()
                  + (c.source == SqlDialect::PostgreSql
                         ? " values beyond (BC dates, years after 9999, infinity) are rejected."
                         : " BC dates are rejected."));
    }
    const bool specials = c.source == SqlDialect::PostgreSql || c.source == SqlDialect::PlSql
        || c.source == SqlDialect::Sqlite;
    const bool numeric = family == TypeFamily::Float
        || (family == TypeFamily::Decimal && c.source == SqlDialect::PostgreSql);
    if (numeric && specials && c.toMySql() && !startsWith(c.native, "varchar")) {
        c.add(Fidelity::Lossy, "TYPE-SPECIAL-VALUES",
              c.targetName() + " numbers have no NaN or Infinity: " + c.sourceName()
                  + " values NaN, Infinity and -Infinity are rejected.");
    }
}

void intervalNotes(const NoteContext &c)
{
    if (c.toMySql()) {
        c.add(Fidelity::Widened, "TYPE-INTERVAL-TEXT",
              c.targetName()
                  + " has no interval type: values are kept as ISO 8601 text ('P1Y2M3DT4H5M6S') "
                    "in "
                  + c.native + ", without interval arithmetic.");
    } else if (c.toPostgres() && !c.type.subtype.empty()) {
        c.add(Fidelity::Widened, "TYPE-INTERVAL-FIELDS",
              "The interval keeps every value but is not restricted to " + c.type.subtype
                  + " fields.");
    }
    fractionNotes(c);
}

/// Types the target keeps as text in a column of its own kind (uuid, xml, json, network
/// addresses, enum and set labels, year).
void textKeptNotes(const NoteContext &c)
{
    const CanonicalType &type = c.type;
    switch (type.family) {
    case TypeFamily::Uuid:
        if (c.toMySql()) {
            c.add(Fidelity::Widened, "TYPE-UUID-TEXT",
                  std::string(c.target == SqlDialect::MariaDb
                                  ? "Ferry keeps UUIDs as text in char(36) (MariaDB 10.7+ also "
                                    "has a uuid type)"
                                  : "MySQL has no uuid type: UUIDs are kept as text in char(36)")
                      + ", 36 bytes instead of 16; any 36 characters are accepted.");
        }
        break;
    case TypeFamily::Xml:
        if (c.toMySql()) {
            c.add(Fidelity::Widened, "TYPE-XML-TEXT",
                  c.targetName() + " has no xml type: documents are kept as text in " + c.native
                      + ", not checked for well-formedness.");
        }
        break;
    case TypeFamily::Inet:
    case TypeFamily::Cidr:
    case TypeFamily::MacAddr:
        if (c.toMySql()) {
            c.add(Fidelity::Widened, "TYPE-NETWORK-TEXT",
                  c.targetName() + " has no " + std::string(typeFamilyName(type.family))
                      + " type: "
                        "addresses are kept as text in "
                      + c.native + ", without validation or network operators.");
        }
        break;
    case TypeFamily::Year:
        if (c.toPostgres()) {
            c.add(Fidelity::Widened, "TYPE-YEAR",
                  "PostgreSQL has no year type: smallint holds the years but also any other "
                  "number from -32768 to 32767.");
        }
        break;
    default:
        break;
    }
}

void labelNotes(const NoteContext &c)
{
    const bool isEnum = c.type.family == TypeFamily::Enum;
    const bool kept = c.toMySql() && startsWith(c.native, isEnum ? "enum(" : "set(");
    if (kept)
        return;
    std::string labels;
    for (const std::string &label : c.type.labels)
        labels += (labels.empty() ? "'" : ", '") + label + "'";
    c.add(Fidelity::Widened, isEnum ? "TYPE-ENUM-TEXT" : "TYPE-SET-TEXT",
          std::string(isEnum ? "The labels" : "The members") + (labels.empty() ? "" : " (") + labels
              + (labels.empty() ? "" : ")") + " are kept in " + c.native
              + " but no longer enforced: add a CHECK constraint"
              + (c.toPostgres() && isEnum ? " or create an enum type" : "") + ".");
}

void spatialNotes(const NoteContext &c)
{
    const std::string advice = c.toPostgres() ? "install PostGIS and convert the column to geometry"
        : c.toMySql() ? "convert the column with ST_GeomFromText() to a spatial type"
                      : "use SpatiaLite or keep the text";
    const bool ownText = c.type.subtype == "line" || c.type.subtype == "circle";
    c.add(Fidelity::Unsupported, "TYPE-SPATIAL-TEXT",
          c.targetName() + " gets no spatial column: " + c.typeText() + " values are kept as "
              + (ownText ? "PostgreSQL's text" : "WKT text (with an SRID= prefix)") + " in "
              + c.native + ", without spatial functions or indexes; " + advice + ".");
}

/// Unknown types: a specific note for the ones users meet most.
void unknownNotes(const NoteContext &c)
{
    std::string name = asciiLower(c.type.name);
    if (startsWith(name, "sys."))
        name.erase(0, 4);
    if (name == "sql_variant") {
        c.add(Fidelity::Unsupported, "TYPE-SQL-VARIANT",
              "sql_variant holds values of different types in one column: they are copied as "
              "their text ("
                  + c.native + "); choose one target type or split the column.");
    } else if (name == "hierarchyid") {
        c.add(Fidelity::Unsupported, "TYPE-HIERARCHYID",
              "hierarchyid is copied as its text path ('/1/3/', " + c.native
                  + "); its methods (GetAncestor, IsDescendantOf) must be rewritten"
                  + (c.toPostgres() ? ", and the ltree extension can hold such paths." : "."));
    } else if (name == "bfile") {
        c.add(Fidelity::Unsupported, "TYPE-BFILE",
              "A BFILE points to a file outside the database: only the locator can be read; "
              "copy the files separately and store their paths or contents.");
    } else {
        c.add(Fidelity::Unsupported, "TYPE-UNKNOWN",
              "Ferry does not know the type "
                  + (c.type.name.empty() ? std::string("of this column") : c.type.name)
                  + ": values are copied as their text (" + c.native
                  + "); check them and choose a type.");
    }
}

void structuredNotes(const NoteContext &c)
{
    switch (c.type.family) {
    case TypeFamily::Geometry:
        spatialNotes(c);
        break;
    case TypeFamily::Array:
        if (!c.toPostgres() || c.native == "text") {
            c.add(Fidelity::Unsupported, "TYPE-ARRAY-TEXT",
                  c.targetName() + " gets no array column: " + c.typeText()
                      + " values are kept as JSON array text in " + c.native + ".");
        } else if (c.type.element) {
            for (TypeNote &note : mapColumnType(*c.type.element, c.source, c.target).notes)
                c.notes.push_back(std::move(note));
        }
        break;
    case TypeFamily::Range:
        if (!c.toPostgres() || c.native == "text") {
            c.add(Fidelity::Unsupported, "TYPE-RANGE-TEXT",
                  c.targetName() + " has no range type " + c.type.name
                      + ": values are kept as text ('[1,10)') in " + c.native + ".");
        }
        break;
    case TypeFamily::Composite:
        c.add(Fidelity::Unsupported, "TYPE-COMPOSITE-TEXT",
              "The composite type " + c.type.name
                  + " is not created: values are kept as "
                    "their row text ('(a,b)') in "
                  + c.native + "; split them into columns.");
        break;
    case TypeFamily::RowId:
        c.add(Fidelity::Unsupported, "TYPE-ROWID",
              "Row identifiers (" + (c.type.name.empty() ? c.typeText() : c.type.name)
                  + ") address rows of the source database and mean nothing on the target: "
                    "they are copied as text; drop the column unless something reads it.");
        break;
    default:
        unknownNotes(c);
        break;
    }
}

/// A domain, alias or extension type created as its base type.
void namedBaseNotes(const NoteContext &c)
{
    switch (c.type.family) {
    case TypeFamily::Enum:
    case TypeFamily::Set:
    case TypeFamily::Range:
    case TypeFamily::Composite:
    case TypeFamily::RowId:
    case TypeFamily::Unknown:
        return;
    default:
        break;
    }
    if (c.type.name.empty() || c.type.name == "rowversion")
        return;
    c.add(Fidelity::Widened, "TYPE-DOMAIN",
          c.type.name + " is created as its base type " + c.native
              + ": what the type adds (a domain's or alias's constraints, an extension type's "
                "behaviour) is not kept.");
}

void familyNotes(const NoteContext &c)
{
    switch (c.type.family) {
    case TypeFamily::Boolean:
        if (c.toMySql()) {
            c.add(Fidelity::Widened, "TYPE-BOOLEAN-TINYINT",
                  c.targetName()
                      + " has no boolean type: tinyint(1) holds 0 and 1 but also any number "
                        "from -128 to 127.");
        }
        break;
    case TypeFamily::Integer:
        integerNotes(c);
        break;
    case TypeFamily::Decimal:
    case TypeFamily::Float:
        decimalNotes(c);
        break;
    case TypeFamily::Money:
        moneyNotes(c);
        break;
    case TypeFamily::Char:
    case TypeFamily::String:
        characterNotes(c);
        break;
    case TypeFamily::Binary:
    case TypeFamily::VarBinary:
        binaryNotes(c);
        break;
    case TypeFamily::Bit:
        bitNotes(c);
        break;
    case TypeFamily::Time:
        timeNotes(c);
        break;
    case TypeFamily::Timestamp:
        timestampNotes(c);
        break;
    case TypeFamily::Interval:
        intervalNotes(c);
        break;
    case TypeFamily::Enum:
    case TypeFamily::Set:
        labelNotes(c);
        break;
    case TypeFamily::Date:
    case TypeFamily::Json:
        break;
    case TypeFamily::Uuid:
    case TypeFamily::Xml:
    case TypeFamily::Inet:
    case TypeFamily::Cidr:
    case TypeFamily::MacAddr:
    case TypeFamily::Year:
        textKeptNotes(c);
        break;
    default:
        structuredNotes(c);
        break;
    }
}

} // namespace

TypeMapping mapColumnType(const CanonicalType &type, SqlDialect source, SqlDialect target)
{
    TypeMapping mapping;
    mapping.nativeType = nativeTypeFor(type, target);
    if (mapping.nativeType.empty()) {
        mapping.fidelity = Fidelity::Unsupported;
        mapping.notes.push_back(
            TypeNote {Fidelity::Unsupported, "TYPE-TARGET-UNSUPPORTED",
                      std::string("Ferry does not create tables on ") + productName(target) + "."});
        return mapping;
    }
    const NoteContext context {type, source, target, mapping.nativeType, mapping.notes};
    familyNotes(context);
    sourceValueNotes(context);
    namedBaseNotes(context);
    // One note per code (an array's element may repeat one), in the order found.
    std::vector<TypeNote> unique;
    for (TypeNote &note : mapping.notes) {
        const bool seen = std::any_of(unique.begin(), unique.end(), [&note](const TypeNote &kept) {
            return kept.code == note.code;
        });
        if (!seen)
            unique.push_back(std::move(note));
    }
    mapping.notes = std::move(unique);
    for (const TypeNote &note : mapping.notes)
        mapping.fidelity = std::max(mapping.fidelity, note.fidelity);
    return mapping;
}

namespace {

constexpr TypeNoteCode NoteCodes[] = {
    {"TYPE-ARRAY-TEXT", Fidelity::Unsupported,
     "The target has no array column: arrays are kept as JSON array text."},
    {"TYPE-BFILE", Fidelity::Unsupported,
     "An Oracle BFILE points to a file outside the database; the file is not copied."},
    {"TYPE-BINARY-LENGTH", Fidelity::Widened,
     "The target's binary type does not limit the length the source declared."},
    {"TYPE-BIT-TEXT", Fidelity::Widened,
     "Bit strings MySQL's BIT cannot hold (varying, over 64 bits) are kept as '0'/'1' "
     "text."},
    {"TYPE-BOOLEAN-TINYINT", Fidelity::Widened,
     "MySQL has no boolean: tinyint(1) also accepts -128 to 127."},
    {"TYPE-CHAR-LENGTH", Fidelity::Widened,
     "MySQL's CHAR holds 255 characters: a longer char(n) becomes varchar(n) without "
     "padding."},
    {"TYPE-CHARSET", Fidelity::Exact,
     "A column's non-Unicode character set is not kept: the target stores UTF-8."},
    {"TYPE-COMPOSITE-TEXT", Fidelity::Unsupported,
     "A composite type is not created: values are kept as row text."},
    {"TYPE-DATE-RANGE", Fidelity::Lossy,
     "MySQL's dates end at 9999-12-31 and have no BC dates: values beyond are "
     "rejected."},
    {"TYPE-DECIMAL-AS-TEXT", Fidelity::Widened,
     "Digits the target's decimal cannot hold are kept exactly as text (compared as "
     "text)."},
    {"TYPE-DECIMAL-PRECISION", Fidelity::Widened,
     "A precision beyond PostgreSQL's 1000 digits becomes unconstrained numeric."},
    {"TYPE-DECIMAL-UNCONSTRAINED", Fidelity::Lossy,
     "A decimal without precision becomes MySQL's decimal(65,30): longer fractions are "
     "rounded, larger numbers refused."},
    {"TYPE-DOMAIN", Fidelity::Widened,
     "A domain, alias or extension type is created as its base type, without what it "
     "adds."},
    {"TYPE-ENUM-TEXT", Fidelity::Widened, "Enum labels are kept as text but no longer enforced."},
    {"TYPE-FRACTION-DIGITS", Fidelity::Lossy,
     "More than 6 fractional digits of a second are rounded to microseconds."},
    {"TYPE-HIERARCHYID", Fidelity::Unsupported,
     "SQL Server's hierarchyid is copied as its text path; its methods must be "
     "rewritten."},
    {"TYPE-INTEGER-WIDER", Fidelity::Widened,
     "PostgreSQL has no 1- or 3-byte integer: the next wider one is used."},
    {"TYPE-INTERVAL-FIELDS", Fidelity::Widened,
     "PostgreSQL's interval is created without the source's field restriction."},
    {"TYPE-INTERVAL-TEXT", Fidelity::Widened,
     "MySQL has no interval: values are kept as ISO 8601 text."},
    {"TYPE-MONEY", Fidelity::Widened,
     "Money becomes a decimal that holds every value; currency formatting is not kept."},
    {"TYPE-NETWORK-TEXT", Fidelity::Widened,
     "MySQL has no network address types: addresses are kept as text."},
    {"TYPE-ORACLE-DATE", Fidelity::Exact,
     "An Oracle DATE holds a time of day: it maps to a timestamp, not a date."},
    {"TYPE-RANGE-TEXT", Fidelity::Unsupported,
     "The target has no such range type: values are kept as text."},
    {"TYPE-ROWID", Fidelity::Unsupported,
     "Row identifiers mean nothing on another database: they are copied as text."},
    {"TYPE-ROWVERSION", Fidelity::Widened,
     "rowversion values are copied, but the target does not maintain them."},
    {"TYPE-SET-TEXT", Fidelity::Widened, "Set members are kept as text but no longer enforced."},
    {"TYPE-SPATIAL-TEXT", Fidelity::Unsupported,
     "The target gets no spatial column: geometries are kept as WKT text."},
    {"TYPE-SPECIAL-VALUES", Fidelity::Lossy,
     "MySQL numbers have no NaN or Infinity: such values are rejected."},
    {"TYPE-SQL-VARIANT", Fidelity::Unsupported,
     "sql_variant mixes types in one column: values are copied as text."},
    {"TYPE-STRING-LENGTH", Fidelity::Widened,
     "A length beyond the target's character types becomes an unlimited text type."},
    {"TYPE-TARGET-UNSUPPORTED", Fidelity::Unsupported,
     "Ferry does not create tables on this target."},
    {"TYPE-TIME-RANGE", Fidelity::Widened,
     "MySQL's TIME beyond 24 hours becomes a PostgreSQL interval."},
    {"TYPE-TIMEZONE-OFFSET", Fidelity::Lossy,
     "Each value's own UTC offset is lost; the instant is kept in UTC."},
    {"TYPE-TIMEZONE-UTC", Fidelity::Lossy,
     "MySQL's datetime has no time zone: values are written in UTC."},
    {"TYPE-UNKNOWN", Fidelity::Unsupported,
     "Ferry does not know the type: values are copied as text."},
    {"TYPE-UNSIGNED-RANGE", Fidelity::Widened,
     "The target has no unsigned type: a wider signed one holds every value."},
    {"TYPE-UUID-TEXT", Fidelity::Widened, "UUIDs are kept as text in char(36)."},
    {"TYPE-XML-TEXT", Fidelity::Widened,
     "MySQL has no xml type: documents are kept as unchecked text."},
    {"TYPE-YEAR", Fidelity::Widened,
     "PostgreSQL has no year type: smallint also accepts other numbers."},
    {"TYPE-ZERO-DATE", Fidelity::Lossy,
     "MySQL's zero dates become NULL on PostgreSQL; zero months or days are rejected."},
};

} // namespace

const std::vector<TypeNoteCode> &typeNoteCodes()
{
    static const std::vector<TypeNoteCode> codes(std::begin(NoteCodes), std::end(NoteCodes));
    return codes;
}

const std::vector<SqlDialect> &sourceDialects()
{
    static const std::vector<SqlDialect> dialects {SqlDialect::MySql,      SqlDialect::MariaDb,
                                                   SqlDialect::PostgreSql, SqlDialect::Sqlite,
                                                   SqlDialect::TSql,       SqlDialect::PlSql};
    return dialects;
}

const std::vector<SqlDialect> &targetDialects()
{
    static const std::vector<SqlDialect> dialects {SqlDialect::PostgreSql, SqlDialect::MySql,
                                                   SqlDialect::MariaDb, SqlDialect::Sqlite};
    return dialects;
}

const char *productName(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::PostgreSql:
        return "PostgreSQL";
    case SqlDialect::MySql:
        return "MySQL";
    case SqlDialect::MariaDb:
        return "MariaDB";
    case SqlDialect::Sqlite:
        return "SQLite";
    case SqlDialect::TSql:
        return "SQL Server";
    case SqlDialect::PlSql:
        return "Oracle";
    case SqlDialect::Generic:
        break;
    }
    return "SQL";
}

const char *engineName(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::TSql:
        return "sqlserver";
    case SqlDialect::PlSql:
        return "oracle";
    default:
        return sqlDialectName(dialect);
    }
}

std::optional<SqlDialect> dialectOfEngineName(std::string_view name)
{
    const std::string lower = asciiLower(name);
    for (const SqlDialect dialect : {SqlDialect::PostgreSql, SqlDialect::MySql, SqlDialect::MariaDb,
                                     SqlDialect::Sqlite, SqlDialect::TSql, SqlDialect::PlSql}) {
        if (lower == engineName(dialect) || lower == sqlDialectName(dialect))
            return dialect;
    }
    if (lower == "postgres" || lower == "pg")
        return SqlDialect::PostgreSql;
    if (lower == "mssql")
        return SqlDialect::TSql;
    return std::nullopt;
}

namespace {

/// MySQL's "varchar(10) CHARACTER SET latin1" (or CHARSET latin1): the type and the charset.
std::pair<std::string_view, std::string> splitCharset(std::string_view nativeType)
{
    const std::string lower = asciiLower(nativeType);
    for (const std::string_view marker : {" character set ", " charset "}) {
        const size_t at = lower.find(marker);
        if (at == std::string::npos)
            continue;
        std::string_view rest = trimmed(nativeType.substr(at + marker.size()));
        rest = rest.substr(0, rest.find(' '));
        return {nativeType.substr(0, at), std::string(rest)};
    }
    return {nativeType, std::string()};
}

} // namespace

CanonicalType canonicalTypeOf(SqlDialect source, std::string_view nativeType)
{
    switch (source) {
    case SqlDialect::MySql:
    case SqlDialect::MariaDb: {
        const auto [type, charset] = splitCharset(nativeType);
        return mysql::canonicalType(type, charset);
    }
    case SqlDialect::PostgreSql:
        return postgres::canonicalTypeOfText(nativeType);
    case SqlDialect::Sqlite:
        return sqlite::canonicalTypeOf(nativeType);
    case SqlDialect::TSql:
        return tsql::canonicalType(nativeType);
    case SqlDialect::PlSql:
        return plsql::canonicalType(nativeType);
    case SqlDialect::Generic:
        break;
    }
    CanonicalType unknown;
    unknown.name = std::string(trimmed(nativeType));
    return unknown;
}

} // namespace ferry::types
