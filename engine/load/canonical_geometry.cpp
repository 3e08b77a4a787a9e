// SPDX-License-Identifier: MIT
#include "engine/load/canonical_geometry.h"

#include "engine/core/text.h"
#include "engine/core/text_cursor.h"
#include "engine/load/canonical_text.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>

namespace ferry::load {

namespace {

/// Collections nested deeper than this are refused (no engine stores such values).
constexpr int MaxGeometryDepth = 32;

using Kind = Geometry::Kind;

struct KindName
{
    Kind kind;
    std::string_view name;
};

constexpr KindName KindNames[] = {
    {Kind::Point, "POINT"},
    {Kind::LineString, "LINESTRING"},
    {Kind::Polygon, "POLYGON"},
    {Kind::MultiPoint, "MULTIPOINT"},
    {Kind::MultiLineString, "MULTILINESTRING"},
    {Kind::MultiPolygon, "MULTIPOLYGON"},
    {Kind::Collection, "GEOMETRYCOLLECTION"},
};

std::string_view nameOf(Kind kind)
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return "GEOMETRY";
}

/// Reads a double at text[pos] (an optional '+' or '-', digits, NaN, Infinity).
bool readDouble(std::string_view text, size_t &pos, double &value)
{
    size_t start = pos;
    if (start < text.size() && text[start] == '+')
        ++start;
    const char *end = text.data() + text.size();
    const auto result = std::from_chars(text.data() + start, end, value);
    if (result.ec != std::errc())
        return false;
    pos = size_t(result.ptr - text.data());
    return true;
}

void appendCoordinate(std::string &out, double value)
{
    if (value == 0) // -0 as 0
        out.push_back('0');
    else
        out += formatDouble(value);
}

void appendPoint(std::string &out, const GeometryPoint &point)
{
    appendCoordinate(out, point.x);
    out.push_back(' ');
    appendCoordinate(out, point.y);
}

void appendPointList(std::string &out, const std::vector<GeometryPoint> &points)
{
    out.push_back('(');
    for (size_t i = 0; i < points.size(); ++i) {
        if (i)
            out.push_back(',');
        appendPoint(out, points[i]);
    }
    out.push_back(')');
}

void appendRings(std::string &out, const std::vector<std::vector<GeometryPoint>> &rings)
{
    out.push_back('(');
    for (size_t i = 0; i < rings.size(); ++i) {
        if (i)
            out.push_back(',');
        appendPointList(out, rings[i]);
    }
    out.push_back(')');
}

bool isEmpty(const Geometry &geometry)
{
    switch (geometry.kind) {
    case Kind::Point:
    case Kind::LineString:
        return geometry.points.empty();
    case Kind::Polygon:
        return geometry.rings.empty();
    default:
        return geometry.members.empty();
    }
}

/// The body of a geometry's WKT: what follows its keyword.
void appendBody(std::string &out, const Geometry &geometry)
{
    if (isEmpty(geometry)) {
        out += " EMPTY";
        return;
    }
    switch (geometry.kind) {
    case Kind::Point:
    case Kind::LineString:
        appendPointList(out, geometry.points);
        return;
    case Kind::Polygon:
        appendRings(out, geometry.rings);
        return;
    case Kind::MultiPoint:
        out.push_back('(');
        for (size_t i = 0; i < geometry.members.size(); ++i) {
            if (i)
                out.push_back(',');
            if (geometry.members[i].points.empty())
                out += "EMPTY";
            else
                appendPoint(out, geometry.members[i].points.front());
        }
        out.push_back(')');
        return;
    case Kind::MultiLineString:
    case Kind::MultiPolygon:
    case Kind::Collection:
        out.push_back('(');
        for (size_t i = 0; i < geometry.members.size(); ++i) {
            if (i)
                out.push_back(',');
            if (geometry.kind == Kind::Collection)
                out += nameOf(geometry.members[i].kind);
            const Geometry &member = geometry.members[i];
            if (geometry.kind != Kind::Collection && isEmpty(member))
                out += "EMPTY";
            else
                appendBody(out, member);
        }
        out.push_back(')');
        return;
    }
}

class WktParser : TextCursor
{
public:
    using TextCursor::TextCursor;

    std::optional<Geometry> parse()
    {
        Geometry geometry;
        skipSpace();
        if (!readSrid(geometry.srid) || !parseGeometry(geometry, 0))
            return std::nullopt;
        skipSpace();
        if (m_pos != m_text.size())
            return std::nullopt;
        return geometry;
    }

private:
    std::string word()
    {
        skipSpace();
        std::string text;
        while (m_pos < m_text.size() && std::isalpha(static_cast<unsigned char>(m_text[m_pos])))
            text.push_back(char(std::toupper(static_cast<unsigned char>(m_text[m_pos++]))));
        return text;
    }

    /// Takes `c` when it comes next after any space.
    bool token(char c)
    {
        skipSpace();
        return take(c);
    }

    /// "SRID=n;" (PostGIS EWKT), optional.
    bool readSrid(uint32_t &srid)
    {
        if (!equalsIgnoringCase(m_text.substr(m_pos, 5), "SRID="))
            return true;
        const char *begin = m_text.data() + m_pos + 5;
        const auto result = std::from_chars(begin, m_text.data() + m_text.size(), srid);
        if (result.ec != std::errc() || result.ptr == m_text.data() + m_text.size()
            || *result.ptr != ';')
            return false;
        m_pos = size_t(result.ptr - m_text.data()) + 1;
        return true;
    }

    /// EMPTY after a keyword: true and nothing more to read.
    bool readEmpty()
    {
        const size_t back = m_pos;
        const std::string next = word();
        if (next == "EMPTY")
            return true;
        m_pos = back;
        return false;
    }

    bool point(GeometryPoint &point)
    {
        skipSpace();
        if (!readDouble(m_text, m_pos, point.x))
            return false;
        skipSpace();
        return readDouble(m_text, m_pos, point.y);
    }

    bool pointList(std::vector<GeometryPoint> &points)
    {
        if (!token('('))
            return false;
        do {
            points.emplace_back();
            if (!point(points.back()))
                return false;
        } while (token(','));
        return token(')');
    }

    bool ringList(std::vector<std::vector<GeometryPoint>> &rings)
    {
        if (!token('('))
            return false;
        do {
            rings.emplace_back();
            if (!pointList(rings.back()))
                return false;
        } while (token(','));
        return token(')');
    }

    bool multiPoint(Geometry &geometry)
    {
        if (!token('('))
            return false;
        do {
            Geometry member;
            if (readEmpty()) {
                // an empty point of the collection
            } else if (token('(')) {
                member.points.emplace_back();
                if (!point(member.points.back()) || !token(')'))
                    return false;
            } else {
                member.points.emplace_back();
                if (!point(member.points.back()))
                    return false;
            }
            geometry.members.push_back(std::move(member));
        } while (token(','));
        return token(')');
    }

    /// MULTILINESTRING / MULTIPOLYGON members: their bodies without keywords.
    bool members(Geometry &geometry, Kind memberKind)
    {
        if (!token('('))
            return false;
        do {
            Geometry member;
            member.kind = memberKind;
            if (!readEmpty()) {
                const bool ok = memberKind == Kind::LineString ? pointList(member.points)
                                                               : ringList(member.rings);
                if (!ok)
                    return false;
            }
            geometry.members.push_back(std::move(member));
        } while (token(','));
        return token(')');
    }

    bool collection(Geometry &geometry, int depth)
    {
        if (!token('('))
            return false;
        do {
            geometry.members.emplace_back();
            if (!parseGeometry(geometry.members.back(), depth + 1))
                return false;
        } while (token(','));
        return token(')');
    }

    bool parseGeometry(Geometry &geometry, int depth)
    {
        if (depth > MaxGeometryDepth)
            return false;
        std::string keyword = word();
        if (keyword == "GEOMCOLLECTION")
            keyword = "GEOMETRYCOLLECTION";
        const auto *entry = std::find_if(std::begin(KindNames), std::end(KindNames),
                                         [&](const KindName &k) { return k.name == keyword; });
        if (entry == std::end(KindNames))
            return false;
        geometry.kind = entry->kind;
        if (readEmpty())
            return true;
        switch (geometry.kind) {
        case Kind::Point:
            geometry.points.emplace_back();
            return token('(') && point(geometry.points.back()) && token(')');
        case Kind::LineString:
            return pointList(geometry.points);
        case Kind::Polygon:
            return ringList(geometry.rings);
        case Kind::MultiPoint:
            return multiPoint(geometry);
        case Kind::MultiLineString:
            return members(geometry, Kind::LineString);
        case Kind::MultiPolygon:
            return members(geometry, Kind::Polygon);
        case Kind::Collection:
            return collection(geometry, depth);
        }
        return false;
    }
};

class WkbReader
{
public:
    explicit WkbReader(std::string_view bytes) : m_bytes(bytes) { }

    bool atEnd() const { return m_pos == m_bytes.size(); }

    bool geometry(Geometry &out, int depth)
    {
        uint8_t order = 0;
        uint32_t type = 0;
        if (depth > MaxGeometryDepth || !byte(order) || order > 1)
            return false;
        m_little = order == 1;
        if (!u32(type) || type < 1 || type > 7)
            return false;
        out.kind = static_cast<Kind>(type - 1);
        switch (out.kind) {
        case Kind::Point: {
            GeometryPoint point;
            if (!coordinates(point))
                return false;
            if (!(std::isnan(point.x) && std::isnan(point.y))) // NaN NaN: POINT EMPTY
                out.points.push_back(point);
            return true;
        }
        case Kind::LineString:
            return points(out.points);
        case Kind::Polygon:
            return rings(out.rings);
        default:
            return members(out, depth);
        }
    }

private:
    bool byte(uint8_t &value)
    {
        if (m_pos >= m_bytes.size())
            return false;
        value = static_cast<uint8_t>(m_bytes[m_pos++]);
        return true;
    }

    template<typename T> bool raw(T &value)
    {
        if (m_bytes.size() - m_pos < sizeof(T))
            return false;
        unsigned char buffer[sizeof(T)];
        std::memcpy(buffer, m_bytes.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        const bool hostLittle = std::endian::native == std::endian::little;
        if (hostLittle != m_little)
            std::reverse(buffer, buffer + sizeof(T));
        std::memcpy(&value, buffer, sizeof(T));
        return true;
    }

    bool u32(uint32_t &value) { return raw(value); }

    bool coordinates(GeometryPoint &point) { return raw(point.x) && raw(point.y); }

    /// A count of items of at least minimumBytes each, checked against what is left.
    bool count(uint32_t &value, size_t minimumBytes)
    {
        return u32(value) && size_t(value) <= (m_bytes.size() - m_pos) / minimumBytes;
    }

    bool points(std::vector<GeometryPoint> &out)
    {
        uint32_t n = 0;
        if (!count(n, 16))
            return false;
        out.resize(n);
        for (GeometryPoint &point : out) {
            if (!coordinates(point))
                return false;
        }
        return true;
    }

    bool rings(std::vector<std::vector<GeometryPoint>> &out)
    {
        uint32_t n = 0;
        if (!count(n, 4))
            return false;
        out.resize(n);
        for (auto &ring : out) {
            if (!points(ring))
                return false;
        }
        return true;
    }

    bool members(Geometry &out, int depth)
    {
        const bool little = m_little;
        uint32_t n = 0;
        if (!count(n, 5))
            return false;
        out.members.resize(n);
        for (Geometry &member : out.members) {
            if (!geometry(member, depth + 1))
                return false;
            const bool fits = out.kind == Kind::Collection
                || int(member.kind) == int(out.kind) - 3; // Multi* hold their single kind
            if (!fits)
                return false;
            m_little = little;
        }
        return true;
    }

    std::string_view m_bytes;
    size_t m_pos = 0;
    bool m_little = true;
};

/// The numbers of a PostgreSQL geometric value's text, whatever its punctuation.
bool geometricNumbers(std::string_view text, std::vector<double> &numbers)
{
    static constexpr std::string_view Punctuation = "()[]{}<>, \t\n\r";
    size_t pos = 0;
    while (pos < text.size()) {
        if (Punctuation.find(text[pos]) != std::string_view::npos) {
            ++pos;
            continue;
        }
        double value = 0;
        if (!readDouble(text, pos, value))
            return false;
        numbers.push_back(value == 0 ? 0.0 : value);
    }
    return true;
}

std::vector<GeometryPoint> pointsOf(const std::vector<double> &numbers)
{
    std::vector<GeometryPoint> points;
    for (size_t i = 0; i + 1 < numbers.size(); i += 2)
        points.push_back({numbers[i], numbers[i + 1]});
    return points;
}

/// WKT of a PostgreSQL geometric value with WKT shape; false when numbers do not fit.
bool postgresShape(std::string_view text, std::string_view type, const std::vector<double> &numbers,
                   Geometry &geometry)
{
    std::vector<GeometryPoint> points = pointsOf(numbers);
    if (type == "point" && numbers.size() == 2) {
        geometry.points = std::move(points);
    } else if (type == "lseg" && numbers.size() == 4) {
        geometry.kind = Kind::LineString;
        geometry.points = std::move(points);
    } else if (type == "box" && numbers.size() == 4) {
        const double left = std::min(numbers[0], numbers[2]);
        const double right = std::max(numbers[0], numbers[2]);
        const double bottom = std::min(numbers[1], numbers[3]);
        const double top = std::max(numbers[1], numbers[3]);
        geometry.kind = Kind::Polygon;
        geometry.rings
            = {{{left, bottom}, {right, bottom}, {right, top}, {left, top}, {left, bottom}}};
    } else if ((type == "path" || type == "polygon") && numbers.size() >= 2
               && numbers.size() % 2 == 0) {
        const size_t first = text.find_first_not_of(" \t\n\r");
        const bool closed
            = type == "polygon" || (first != std::string_view::npos && text[first] == '(');
        if (closed)
            points.push_back(points.front());
        geometry.kind = type == "path" ? Kind::LineString : Kind::Polygon;
        if (type == "path")
            geometry.points = std::move(points);
        else
            geometry.rings = {std::move(points)};
    } else {
        return false;
    }
    return true;
}

void appendPostgresPoint(std::string &out, const GeometryPoint &point)
{
    out.push_back('(');
    appendCoordinate(out, point.x);
    out.push_back(',');
    appendCoordinate(out, point.y);
    out.push_back(')');
}

void appendPostgresPoints(std::string &out, const std::vector<GeometryPoint> &points, size_t count,
                          char open, char close)
{
    out.push_back(open);
    for (size_t i = 0; i < count; ++i) {
        if (i)
            out.push_back(',');
        appendPostgresPoint(out, points[i]);
    }
    out.push_back(close);
}

bool samePoint(const GeometryPoint &a, const GeometryPoint &b) { return a.x == b.x && a.y == b.y; }

/// PostgreSQL box text of an axis-aligned rectangle ring (closed, five points).
std::optional<std::string> boxLiteral(const std::vector<GeometryPoint> &ring)
{
    if (ring.size() != 5 || !samePoint(ring.front(), ring.back()))
        return std::nullopt;
    double left = ring[0].x, right = ring[0].x, bottom = ring[0].y, top = ring[0].y;
    for (const GeometryPoint &point : ring) {
        left = std::min(left, point.x);
        right = std::max(right, point.x);
        bottom = std::min(bottom, point.y);
        top = std::max(top, point.y);
    }
    for (size_t i = 0; i < 4; ++i) {
        const GeometryPoint &a = ring[i];
        const GeometryPoint &b = ring[i + 1];
        const bool corner = (a.x == left || a.x == right) && (a.y == bottom || a.y == top);
        if (!corner || (a.x != b.x && a.y != b.y)) // corners joined by axis-parallel sides
            return std::nullopt;
    }
    std::string out;
    appendPostgresPoint(out, {right, top});
    out.push_back(',');
    appendPostgresPoint(out, {left, bottom});
    return out;
}

} // namespace

std::optional<Geometry> parseWkt(std::string_view text) { return WktParser(text).parse(); }

std::optional<Geometry> parseWkb(std::string_view bytes)
{
    WkbReader reader(bytes);
    Geometry geometry;
    if (!reader.geometry(geometry, 0) || !reader.atEnd())
        return std::nullopt;
    return geometry;
}

std::optional<Geometry> parseMySqlGeometry(std::string_view bytes)
{
    if (bytes.size() < 4)
        return std::nullopt;
    std::optional<Geometry> geometry = parseWkb(bytes.substr(4));
    if (geometry) {
        const auto *b = reinterpret_cast<const unsigned char *>(bytes.data());
        geometry->srid
            = uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16 | uint32_t(b[3]) << 24;
    }
    return geometry;
}

void appendWkt(std::string &out, const Geometry &geometry)
{
    if (geometry.srid != 0) {
        out += "SRID=";
        out += std::to_string(geometry.srid);
        out.push_back(';');
    }
    out += nameOf(geometry.kind);
    appendBody(out, geometry);
}

bool appendCanonicalWkt(std::string &out, std::string_view text)
{
    const std::optional<Geometry> geometry = parseWkt(text);
    if (!geometry)
        return false;
    appendWkt(out, *geometry);
    return true;
}

bool isPostgresGeometricType(std::string_view type)
{
    for (std::string_view name : {"point", "line", "lseg", "box", "path", "polygon", "circle"}) {
        if (type == name)
            return true;
    }
    return false;
}

bool appendGeometryFromPostgres(std::string &out, std::string_view text, std::string_view type)
{
    std::vector<double> numbers;
    if (!geometricNumbers(text, numbers))
        return false;
    if ((type == "line" || type == "circle") && numbers.size() == 3) {
        const bool line = type == "line";
        out += line ? "{" : "<(";
        appendCoordinate(out, numbers[0]);
        out.push_back(',');
        appendCoordinate(out, numbers[1]);
        out += line ? "," : "),";
        appendCoordinate(out, numbers[2]);
        out.push_back(line ? '}' : '>');
        return true;
    }
    Geometry geometry;
    if (!postgresShape(text, type, numbers, geometry))
        return false;
    appendWkt(out, geometry);
    return true;
}

std::optional<std::string> postgresGeometricLiteral(std::string_view canonical,
                                                    std::string_view type)
{
    if (type == "line" || type == "circle")
        return std::string(canonical);
    const std::optional<Geometry> geometry = parseWkt(canonical);
    if (!geometry || geometry->srid != 0 || isEmpty(*geometry))
        return std::nullopt;
    const std::vector<GeometryPoint> &points = geometry->points;
    std::string out;
    if (type == "point" && geometry->kind == Kind::Point) {
        appendPostgresPoint(out, points.front());
    } else if (type == "lseg" && geometry->kind == Kind::LineString && points.size() == 2) {
        appendPostgresPoints(out, points, 2, '[', ']');
    } else if (type == "path" && geometry->kind == Kind::LineString) {
        const bool closed = points.size() > 2 && samePoint(points.front(), points.back());
        appendPostgresPoints(out, points, closed ? points.size() - 1 : points.size(),
                             closed ? '(' : '[', closed ? ')' : ']');
    } else if (geometry->kind == Kind::Polygon && geometry->rings.size() == 1) {
        const std::vector<GeometryPoint> &ring = geometry->rings.front();
        if (type == "box")
            return boxLiteral(ring);
        if (type != "polygon" || ring.empty())
            return std::nullopt;
        const bool closed = ring.size() > 1 && samePoint(ring.front(), ring.back());
        appendPostgresPoints(out, ring, closed ? ring.size() - 1 : ring.size(), '(', ')');
    } else {
        return std::nullopt;
    }
    return out;
}

} // namespace ferry::load
