// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ferry {

/// The family of a canonical (engine-neutral) logical type. See docs/types.md.
enum class TypeFamily {
    Unknown,   ///< not understood; native type kept, data moved as text
    Boolean,
    Integer,   ///< byteWidth 1, 2, 3, 4 or 8; isUnsigned
    Decimal,   ///< precision/scale; precision -1 = unconstrained (PostgreSQL numeric);
               ///< 0 <= scale <= precision (negative scales are normalised by the parsers)
    Float,     ///< byteWidth 4 or 8
    Money,     ///< precision/scale when fixed (SQL Server money: 19,4); -1: the currency's
               ///< (PostgreSQL money, 64-bit minor units); subtype = currency
    Char,      ///< fixed-length character; length in characters
    String,    ///< varying character; length -1 = unbounded; isLob for text/clob kinds
    Binary,    ///< fixed-length binary; length in bytes
    VarBinary, ///< varying binary; length -1 = unbounded; isLob for blob/bytea kinds
    Bit,       ///< bit string; length in bits; varying
    Date,
    Time,      ///< fractionalDigits; withTimeZone; wideRange: MySQL TIME beyond 24h
    Timestamp, ///< fractionalDigits; withTimeZone; subtype "offset" when each value keeps
               ///< its own UTC offset (SQL Server datetimeoffset, Oracle WITH TIME ZONE)
    Interval,
    Year,
    Uuid,
    Json,      ///< binaryJson for jsonb
    Xml,
    Enum,      ///< labels; name for a named enum type
    Set,       ///< labels
    Inet,
    Cidr,
    MacAddr,   ///< length 6 or 8
    Geometry,  ///< subtype: point, linestring, polygon, geometry, ...
    Array,     ///< element
    Range,     ///< element = subtype; name = range type
    Composite, ///< name
    RowId,     ///< opaque row identifiers (PostgreSQL oid/tid, ...)
};

[[nodiscard]] const char *typeFamilyName(TypeFamily family);

/// The decimal that holds every value of a money type without a fixed scale (PostgreSQL's
/// money: a signed 64-bit count of the currency's minor units, 0 to 4 decimals depending on
/// lc_monetary): 19 integer and 4 fraction digits. What the targets create for such a money.
constexpr int MoneyDecimalPrecision = 23;
constexpr int MoneyDecimalScale = 4;

/**
 * An engine-neutral description of a column's type. Connectors map native types into it;
 * converters and writers map it out. A plain value.
 */
struct CanonicalType
{
    TypeFamily family = TypeFamily::Unknown;
    int byteWidth = 0;          ///< Integer: 1,2,3,4,8; Float: 4,8
    bool isUnsigned = false;
    int64_t length = -1;        ///< characters (Char/String), bytes (Binary/VarBinary), bits (Bit)
    int precision = -1;         ///< Decimal/Money precision
    int scale = -1;             ///< Decimal/Money scale
    int fractionalDigits = -1;  ///< Time/Timestamp/Interval seconds precision; -1 = default
    bool withTimeZone = false;
    bool wideRange = false;     ///< Time beyond 24h (MySQL TIME -838:59:59..838:59:59)
    bool isLob = false;         ///< large object kinds (text, blob, bytea, clob...)
    bool binaryJson = false;    ///< jsonb
    std::string charset;        ///< character set where the engine declares one
    std::string subtype;        ///< Geometry subtype, Interval fields, Money currency,
                                ///< Timestamp "offset"
    std::string name;           ///< user-defined type name (enum, domain base, range, composite)
    std::vector<std::string> labels;            ///< Enum / Set labels in order
    std::shared_ptr<const CanonicalType> element; ///< Array element / Range subtype

    /// Compact stable text: "integer(8)", "integer(4,unsigned)", "decimal(38,10)",
    /// "money(19,4)", "string(255)", "string(lob)", "timestamp(6,tz)",
    /// "timestamp(7,tz,offset)", "array<integer(4)>", "enum(a,b)".
    [[nodiscard]] std::string toString() const;

    friend bool operator==(const CanonicalType &a, const CanonicalType &b);
};

/// The decimal that holds every value of a money type: decimal(p,s) of a fixed money(p,s),
/// else decimal(MoneyDecimalPrecision, MoneyDecimalScale).
[[nodiscard]] CanonicalType moneyAsDecimal(const CanonicalType &money);

} // namespace ferry
