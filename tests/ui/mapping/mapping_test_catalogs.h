// SPDX-License-Identifier: MIT
// Hand-built source catalogs for the mapping editor tests (no server needed).
#pragma once

#include "engine/catalog/catalog.h"
#include "engine/project/dms_json.h"
#include "engine/service/engine_service.h"
#include "engine/types/mysql_types.h"

#include <QTest>

#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ferry::test {

/// A column as the MariaDB catalog reader would describe it (the type parsed by the engine's
/// MySQL type mapping: test input, not an expected value).
inline Column mysqlColumn(const std::string &name, const std::string &nativeType,
                          bool nullable = true)
{
    Column column;
    column.name = name;
    column.nativeType = nativeType;
    column.type = mysql::canonicalType(nativeType);
    column.nullable = nullable;
    return column;
}

inline Table table(const std::string &name, std::vector<Column> columns,
                   std::optional<int64_t> rows = {}, std::optional<int64_t> bytes = {})
{
    Table result;
    result.name = name;
    for (size_t i = 0; i < columns.size(); ++i)
        columns[i].ordinal = int(i) + 1;
    result.columns = std::move(columns);
    result.rowEstimate = rows;
    result.sizeBytes = bytes;
    if (!result.columns.empty())
        result.primaryKey = KeyConstraint {name + "_pkey", {result.columns.front().name}};
    return result;
}

/**
 * A MariaDB sports-ticketing database: schema "ticketing" (12 tables: venue, sport, team, event,
 * seat, customer, ticket, ticket_purchase_hist, payment, promo_code, audit_log,
 * tmp_import_2023 in this catalog order) and schema "analytics" (daily_sales,
 * event_attendance).
 */
inline CatalogPtr ticketingCatalog()
{
    auto catalog = std::make_shared<Catalog>();
    catalog->dialect = Dialect::MySql;
    catalog->product = "MariaDB";
    catalog->serverVersion = "10.11.6";
    Schema ticketing;
    ticketing.name = "ticketing";
    ticketing.tables = {
        table("venue",
              {mysqlColumn("venue_id", "int(11)", false), mysqlColumn("name", "varchar(80)", false),
               mysqlColumn("city", "varchar(60)"), mysqlColumn("country", "char(2)"),
               mysqlColumn("capacity", "int(11)"), mysqlColumn("opened_on", "date")},
              1'240, 196'608),
        table("sport",
              {mysqlColumn("sport_id", "smallint(6)", false),
               mysqlColumn("name", "varchar(40)", false)},
              14, 16'384),
        table("team",
              {mysqlColumn("team_id", "int(11)", false), mysqlColumn("sport_id", "smallint(6)"),
               mysqlColumn("name", "varchar(60)", false), mysqlColumn("home_venue_id", "int(11)")},
              620, 81'920),
        table("event",
              {mysqlColumn("event_id", "bigint(20)", false), mysqlColumn("venue_id", "int(11)"),
               mysqlColumn("home_team_id", "int(11)"), mysqlColumn("away_team_id", "int(11)"),
               mysqlColumn("starts_at", "datetime", false),
               mysqlColumn("status", "enum('scheduled','played','cancelled')")},
              48'500, 5'767'168),
        table("seat",
              {mysqlColumn("seat_id", "bigint(20)", false), mysqlColumn("venue_id", "int(11)"),
               mysqlColumn("section", "varchar(8)"), mysqlColumn("row_label", "varchar(4)"),
               mysqlColumn("seat_number", "smallint(6)")},
              2'915'000, 187'695'104),
        table("customer",
              {mysqlColumn("customer_id", "bigint(20)", false),
               mysqlColumn("email", "varchar(254)", false),
               mysqlColumn("first_name", "varchar(60)"), mysqlColumn("last_name", "varchar(60)"),
               mysqlColumn("phone", "varchar(32)"), mysqlColumn("birth_date", "date"),
               mysqlColumn("created_at", "timestamp", false),
               mysqlColumn("marketing_opt_in", "tinyint(1)")},
              1'250'000, 231'735'296),
        table("ticket",
              {mysqlColumn("ticket_id", "bigint(20)", false), mysqlColumn("event_id", "bigint(20)"),
               mysqlColumn("customer_id", "bigint(20)"), mysqlColumn("seat_id", "bigint(20)"),
               mysqlColumn("price", "decimal(8,2)", false),
               mysqlColumn("purchased_at", "datetime(3)", false),
               mysqlColumn("channel", "varchar(16)")},
              24'250'000, 3'328'180'224),
        table("ticket_purchase_hist",
              {mysqlColumn("ticket_id", "bigint(20)", false),
               mysqlColumn("purchased_at", "datetime(3)", false),
               mysqlColumn("customer_id", "bigint(20)"), mysqlColumn("price", "decimal(8,2)")},
              31'800'000, 2'717'908'992),
        table("payment",
              {mysqlColumn("payment_id", "bigint(20)", false),
               mysqlColumn("ticket_id", "bigint(20)"), mysqlColumn("amount", "decimal(10,2)"),
               mysqlColumn("card_last4", "char(4)"), mysqlColumn("paid_at", "datetime")},
              23'900'000, 2'089'811'968),
        table("promo_code",
              {mysqlColumn("code", "varchar(20)", false),
               mysqlColumn("discount_percent", "tinyint(3) unsigned"),
               mysqlColumn("valid_until", "date")},
              320, 32'768),
        table("audit_log",
              {mysqlColumn("audit_id", "bigint(20)", false), mysqlColumn("happened_at", "datetime"),
               mysqlColumn("detail", "text")},
              9'400'000, 1'503'657'984),
        table("tmp_import_2023",
              {mysqlColumn("line", "int(11)", false), mysqlColumn("payload", "longtext")}, 120'000,
              52'428'800),
    };
    Schema analytics;
    analytics.name = "analytics";
    analytics.tables = {
        table("daily_sales",
              {mysqlColumn("sales_date", "date", false), mysqlColumn("event_id", "bigint(20)"),
               mysqlColumn("tickets_sold", "int(11)"), mysqlColumn("revenue", "decimal(12,2)")},
              182'000, 12'582'912),
        table("event_attendance",
              {mysqlColumn("event_id", "bigint(20)", false), mysqlColumn("attendance", "int(11)"),
               mysqlColumn("no_shows", "int(11)")},
              48'000, 3'145'728),
    };
    catalog->schemas = {std::move(ticketing), std::move(analytics)};
    return catalog;
}

/// One schema "bulk" of `tables` tables t00000, t00001, ... with two columns each.
inline CatalogPtr bulkCatalog(int tables)
{
    auto catalog = std::make_shared<Catalog>();
    catalog->dialect = Dialect::PostgreSql;
    Schema schema;
    schema.name = "bulk";
    schema.tables.reserve(size_t(tables));
    char name[16];
    for (int i = 0; i < tables; ++i) {
        std::snprintf(name, sizeof name, "t%05d", i);
        schema.tables.push_back(table(
            name, {mysqlColumn("id", "bigint(20)", false), mysqlColumn("label", "varchar(40)")},
            int64_t(i) * 10, int64_t(i) * 8192));
    }
    catalog->schemas.push_back(std::move(schema));
    return catalog;
}

/// A table mapping from DMS JSON text (the engine's importer); fails the test on an error.
inline project::TableMapping mappingFromJson(const std::string &json)
{
    auto mapping = project::importDmsTableMappings(json, "expected.json");
    if (!mapping) {
        QTest::qFail(mapping.error().toString().c_str(), __FILE__, __LINE__);
        return {};
    }
    return *mapping;
}

} // namespace ferry::test
