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
    Decimal,   ///< precision/scale; precision -1 = unconstrained (PostgreSQL numeric)
    Float,     ///< byteWidth 4 or 8
    Money,
    Char,      ///< fixed-length character; length in characters
    String,    ///< varying character; length -1 = unbounded; isLob for text/clob kinds
    Binary,    ///< fixed-length binary; length in bytes
    VarBinary, ///< varying binary; length -1 = unbounded; isLob for blob/bytea kinds
    Bit,       ///< bit string; length in bits; varying
    Date,
    Time,      ///< fractionalDigits; withTimeZone; wideRange: MySQL TIME beyond 24h
    Timestamp, ///< fractionalDigits; withTimeZone
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
    int precision = -1;         ///< Decimal precision
    int scale = -1;             ///< Decimal scale
    int fractionalDigits = -1;  ///< Time/Timestamp/Interval seconds precision; -1 = default
    bool withTimeZone = false;
    bool wideRange = false;     ///< Time beyond 24h (MySQL TIME -838:59:59..838:59:59)
    bool isLob = false;         ///< large object kinds (text, blob, bytea, clob...)
    bool binaryJson = false;    ///< jsonb
    std::string charset;        ///< character set where the engine declares one
    std::string subtype;        ///< Geometry subtype, Interval fields, Money currency
    std::string name;           ///< user-defined type name (enum, domain base, range, composite)
    std::vector<std::string> labels;            ///< Enum / Set labels in order
    std::shared_ptr<const CanonicalType> element; ///< Array element / Range subtype

    /// Compact stable text: "integer(8)", "integer(4,unsigned)", "decimal(38,10)",
    /// "string(255)", "string(lob)", "timestamp(6,tz)", "array<integer(4)>", "enum(a,b)".
    [[nodiscard]] std::string toString() const;

    friend bool operator==(const CanonicalType &a, const CanonicalType &b);
};

} // namespace ferry
