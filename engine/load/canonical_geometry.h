// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ferry::load {

/**
 * The canonical text of geometry values (docs/data-path.md, "Canonical text form"): 2D
 * well-known text (OGC WKT) written one way:
 * - keywords in uppercase, no space before "(", one space between x and y, "," between
 *   points without spaces: "POLYGON((0 0,1 0,1 1,0 0))";
 * - MULTIPOINT without parentheses around each point ("MULTIPOINT(1 2,3 4)": the form
 *   MariaDB, MySQL and PostGIS all read); empty geometries as "POINT EMPTY",
 *   "GEOMETRYCOLLECTION EMPTY", ...;
 * - coordinates as formatDouble() prints them (shortest round-trip: "0.1", "1e+20"), -0 as 0;
 * - the spatial reference system as PostGIS's EWKT prefix "SRID=4326;" when it is not 0
 *   (MySQL/MariaDB's default), nothing for SRID 0. Coordinates stay in the order stored (x y).
 *
 * PostgreSQL's geometric types become WKT where WKT has the shape: point -> POINT, lseg ->
 * LINESTRING of two points, box -> POLYGON (the rectangle from its lower left corner,
 * counter-clockwise), path -> LINESTRING (a closed path repeats its first point at the end),
 * polygon -> POLYGON (its ring closed). WKT has no infinite line and no circle: line keeps
 * PostgreSQL's "{A,B,C}" and circle "<(x,y),r>", with their numbers as above.
 *
 * Pure functions; thread-safe.
 */

struct GeometryPoint
{
    double x = 0;
    double y = 0;
};

struct Geometry
{
    enum class Kind : uint8_t {
        Point,
        LineString,
        Polygon,
        MultiPoint,
        MultiLineString,
        MultiPolygon,
        Collection,
    };
    Kind kind = Kind::Point;
    std::vector<GeometryPoint> points; ///< Point (none: EMPTY), LineString
    std::vector<std::vector<GeometryPoint>> rings; ///< Polygon: exterior ring, then holes
    std::vector<Geometry> members; ///< Multi* and Collection
    uint32_t srid = 0; ///< the outermost geometry's spatial reference system; 0: none
};

/// Reads WKT (any case and spacing, an optional "SRID=n;" prefix, MULTIPOINT with or without
/// parentheses around its points); nullopt for anything else, Z/M coordinates included.
[[nodiscard]] std::optional<Geometry> parseWkt(std::string_view text);

/// Reads OGC well-known binary (either byte order, 2D types 1-7); nullopt otherwise.
[[nodiscard]] std::optional<Geometry> parseWkb(std::string_view bytes);

/// Reads MySQL/MariaDB's internal geometry value: the SRID (4 bytes, little-endian), then WKB.
[[nodiscard]] std::optional<Geometry> parseMySqlGeometry(std::string_view bytes);

/// Appends the canonical WKT of a geometry.
void appendWkt(std::string &out, const Geometry &geometry);

/// Appends the canonical text of WKT text; false (out unchanged) when it is not WKT.
[[nodiscard]] bool appendCanonicalWkt(std::string &out, std::string_view text);

/**
 * Appends the canonical text of a PostgreSQL geometric value as PostgreSQL prints it; `type`
 * is the type's name (point, line, lseg, box, path, polygon, circle). False (out unchanged)
 * when the text does not fit the type.
 */
[[nodiscard]] bool appendGeometryFromPostgres(std::string &out, std::string_view text,
                                              std::string_view type);

/**
 * The input text of PostgreSQL geometric type `type` for a canonical value, for writing into
 * a column of that type: POINT -> "(x,y)", a LINESTRING of two points -> lseg, an
 * axis-aligned rectangle POLYGON -> box, LINESTRING -> path (closed when its ends meet),
 * POLYGON without holes -> polygon; line and circle keep their text. nullopt when the value
 * has no such form (another shape, holes, an SRID: PostgreSQL's types have none).
 */
[[nodiscard]] std::optional<std::string> postgresGeometricLiteral(std::string_view canonical,
                                                                  std::string_view type);

/// True for the names of PostgreSQL's geometric types.
[[nodiscard]] bool isPostgresGeometricType(std::string_view type);

} // namespace ferry::load
