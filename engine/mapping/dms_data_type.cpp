// SPDX-License-Identifier: MIT
#include "engine/mapping/dms_data_type.h"

namespace ferry::mapping {

namespace {

CanonicalType integerType(int width, bool isUnsigned)
{
    CanonicalType type;
    type.family = TypeFamily::Integer;
    type.byteWidth = width;
    type.isUnsigned = isUnsigned;
    return type;
}

CanonicalType ofFamily(TypeFamily family)
{
    CanonicalType type;
    type.family = family;
    return type;
}

} // namespace

std::optional<CanonicalType> canonicalTypeForDms(const DmsDataType &dataType)
{
    const std::string &name = dataType.type;
    // Strings and bytes: with a length, or LOBs.
    static const struct
    {
        const char *name;
        TypeFamily family;
        bool isLob;
    } strings[] = {{"string", TypeFamily::String, false},   {"wstring", TypeFamily::String, false},
                   {"bytes", TypeFamily::VarBinary, false}, {"clob", TypeFamily::String, true},
                   {"nclob", TypeFamily::String, true},     {"blob", TypeFamily::VarBinary, true}};
    for (const auto &string : strings) {
        if (name != string.name)
            continue;
        CanonicalType type = ofFamily(string.family);
        type.isLob = string.isLob;
        if (!string.isLob)
            type.length = dataType.length >= 0 ? dataType.length : int64_t(-1);
        return type;
    }
    static const struct
    {
        const char *name;
        int width;
        bool isUnsigned;
    } integers[] = {{"int1", 1, false}, {"int2", 2, false}, {"int4", 4, false}, {"int8", 8, false},
                    {"uint1", 1, true}, {"uint2", 2, true}, {"uint4", 4, true}, {"uint8", 8, true}};
    for (const auto &integer : integers) {
        if (name == integer.name)
            return integerType(integer.width, integer.isUnsigned);
    }
    if (name == "numeric") {
        CanonicalType type = ofFamily(TypeFamily::Decimal);
        if (dataType.precision >= 0) {
            type.precision = int(dataType.precision);
            type.scale = dataType.scale >= 0 ? int(dataType.scale) : 0;
        }
        return type;
    }
    if (name == "real4" || name == "real8") {
        CanonicalType type = ofFamily(TypeFamily::Float);
        type.byteWidth = name == "real4" ? 4 : 8;
        return type;
    }
    if (name == "date")
        return ofFamily(TypeFamily::Date);
    if (name == "time" || name == "datetime") {
        CanonicalType type = ofFamily(name == "time" ? TypeFamily::Time : TypeFamily::Timestamp);
        const int64_t digits = dataType.precision >= 0 ? dataType.precision : dataType.scale;
        type.fractionalDigits = digits >= 0 ? int(digits) : -1;
        return type;
    }
    if (name == "boolean")
        return ofFamily(TypeFamily::Boolean);
    return std::nullopt;
}

std::vector<std::string> dmsTypeNames(const CanonicalType &type)
{
    switch (type.family) {
    case TypeFamily::Boolean:
        return {"boolean"};
    case TypeFamily::Integer: {
        const int width = type.byteWidth == 3 ? 4 : type.byteWidth;
        return {std::string(type.isUnsigned ? "uint" : "int") + std::to_string(width)};
    }
    case TypeFamily::Decimal:
    case TypeFamily::Money:
        return {"numeric"};
    case TypeFamily::Float:
        return {type.byteWidth == 4 ? "real4" : "real8"};
    case TypeFamily::Char:
    case TypeFamily::String:
        if (type.isLob)
            return {"clob", "nclob"};
        return {"string", "wstring"};
    case TypeFamily::Binary:
    case TypeFamily::VarBinary:
        if (type.isLob)
            return {"blob"};
        return {"bytes"};
    case TypeFamily::Bit:
        return {"bytes"};
    case TypeFamily::Date:
        return {"date"};
    case TypeFamily::Time:
        return {"time"};
    case TypeFamily::Timestamp:
        return {"datetime"};
    case TypeFamily::Json:
    case TypeFamily::Xml:
        return {"clob", "nclob"};
    case TypeFamily::Interval:
    case TypeFamily::Year:
    case TypeFamily::Uuid:
    case TypeFamily::Enum:
    case TypeFamily::Set:
    case TypeFamily::Inet:
    case TypeFamily::Cidr:
    case TypeFamily::MacAddr:
        return {"string", "wstring"};
    default:
        return {};
    }
}

} // namespace ferry::mapping
