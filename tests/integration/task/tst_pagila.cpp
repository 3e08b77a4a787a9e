// SPDX-License-Identifier: MIT
// Pagila (the PostgreSQL port of Sakila, from the shared datasets, not copied into the project)
// PostgreSQL -> PostgreSQL: its text[] arrays, tsvector, enum and domain columns arrive equal
// (issue #12: arrays travel as canonical JSON arrays and are written back as array input).
// Checked with plain SQL on both servers. Registered only when the datasets are there
// (tests/integration/task/CMakeLists.txt).
#include "engine/task/task_runner.h"
#include "tests/integration/task/migrate_support.h"

#include <QTemporaryDir>

using namespace ferry;
using namespace ferry::test;

namespace {

/// psql as the harness's administrator on `database`, with `sql` on standard input.
bool psql(const std::string &database, const QByteArray &sql, QString *errors)
{
    return runClient(QStringLiteral("psql"),
                     {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                      QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                      qs(env("FERRY_TEST_PG_HOST")), QStringLiteral("-p"),
                      qs(env("FERRY_TEST_PG_PORT")), QStringLiteral("-U"),
                      qs(env("FERRY_TEST_PG_ADMIN_USER")), QStringLiteral("-d"), qs(database)},
                     QStringLiteral("PGPASSWORD"), qs(env("FERRY_TEST_PG_ADMIN_PASSWORD")), sql,
                     errors);
}

/// The film rows as each server prints them, one md5 over all.
const char *const FilmChecksum
    = "SELECT count(*) || ' ' || md5(string_agg(concat_ws('|', film_id, title, release_year, "
      "rating::text, special_features::text, fulltext::text), E'\\n' ORDER BY film_id)) FROM ";

} // namespace

class TestPagila : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_database = uniqueName("pagila");
        PlainSql admin(postgresSpec(true));
        OPEN(admin);
        EXEC(admin, "CREATE DATABASE " + m_database);
        QString errors;
        const QByteArray script = datasetScript(QStringLiteral(FERRY_DATASETS_DIR "/pagila/"),
                                                QStringLiteral("pagila-schema.sql"),
                                                QStringLiteral("pagila-data.sql.gz"), &errors);
        QVERIFY2(!script.isEmpty(), qPrintable(errors));
        QVERIFY2(psql(m_database, script, &errors), qPrintable(errors));
        m_source = postgresSpec(true);
        m_source.database = m_database;
    }

    void cleanupTestCase()
    {
        if (m_database.empty())
            return;
        PlainSql admin(postgresSpec(true));
        if (admin.isOpen())
            (void)admin.execute("DROP DATABASE IF EXISTS " + m_database + " WITH (FORCE)");
    }

    void filmsKeepTheirArraysAndTextSearchVectors()
    {
        const std::string target = uniqueName("pagila_film");
        task::TaskRequest request;
        request.name = target;
        request.source = m_source;
        request.target = postgresSpec();
        request.mapping = includeOnly("public", "film");
        request.settings.set("TargetMetadata", "TargetSchema", project::Value::string(target));
        request.settings.set("ControlTablesSettings", "ControlSchema",
                             project::Value::string(target + "_control"));
        task::TaskRunner runner(request, {});
        auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());

        PlainSql source(m_source);
        OPEN(source);
        PlainSql copy(postgresSpec());
        OPEN(copy);
        const std::string expected = single(source, std::string(FilmChecksum) + "public.film");
        QVERIFY2(expected.rfind("1000 ", 0) == 0, expected.c_str());
        QCOMPARE(single(copy, std::string(FilmChecksum) + target + ".film"), expected);
        QCOMPARE(single(copy,
                        "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                        "WHERE attrelid = ?::regclass AND attname = 'special_features'",
                        {target + ".film"}),
                 std::string("text[]"));
        QCOMPARE(single(copy,
                        "SELECT special_features::text FROM " + target + ".film WHERE film_id = 1"),
                 std::string("{\"Deleted Scenes\",\"Behind the Scenes\"}"));
        EXEC(copy, "DROP SCHEMA " + target + " CASCADE");
        EXEC(copy, "DROP SCHEMA " + target + "_control CASCADE");
    }

private:
    std::string m_database;
    ConnectionSpec m_source;
};

QTEST_GUILESS_MAIN(TestPagila)
#include "tst_pagila.moc"
