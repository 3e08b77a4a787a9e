// SPDX-License-Identifier: MIT
// How the MySQL/MariaDB data path classifies a failed statement (issue #12: "MySQL load errors
// classified like PostgreSQL's"): the pure rule for each server error number, then the real
// server refusing a user without privileges, a killed connection and a cancelled read. The
// test user and its grants are set up with libmysqlclient directly (MySqlAdmin).
#include "engine/connectors/mysql/mysql_load.h"
#include "engine/connectors/mysql/mysql_load_support.h"
#include "engine/load/load_session.h"
#include "engine/load/row_batch.h"
#include "tests/integration/mysql/mysql_test_support.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <thread>

using namespace ferry;

namespace {

CanonicalType fourByteInteger()
{
    CanonicalType result;
    result.family = TypeFamily::Integer;
    result.byteWidth = 4;
    return result;
}

} // namespace

class TestMySqlLoadErrors : public QObject
{
    Q_OBJECT

    test::MySqlAdmin m_admin;
    std::string m_database;
    std::string m_user;
    const std::string m_password = "Reader-pw-7";

    void exec(const std::string &sql)
    {
        const std::string error = m_admin.exec(sql);
        QVERIFY2(error.empty(), error.c_str());
    }

    /// A spec for the test user, who may only SELECT in the test database.
    ConnectionSpec readerSpec() const
    {
        ConnectionSpec spec = test::mysqlSpec();
        spec.user = m_user;
        spec.password = Secret(m_password);
        spec.database = m_database;
        return spec;
    }

    static load::TargetTable smallTable(const std::string &schema, const std::string &name)
    {
        load::TargetTable table;
        table.schema = schema;
        table.name = name;
        table.columns = {{"id", fourByteInteger(), false, false}};
        table.primaryKey = KeyConstraint {"pk", {"id"}};
        return table;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QString why;
        QVERIFY2(m_admin.connect(&why), qPrintable(why));
        m_database = test::uniqueName("ferry_myerr");
        m_user = test::uniqueName("reader");
        exec("CREATE DATABASE `" + m_database + "`");
        exec("CREATE TABLE `" + m_database + "`.`t` (id INT PRIMARY KEY)");
        exec("CREATE USER '" + m_user + "'@'%' IDENTIFIED BY '" + m_password + "'");
        exec("GRANT SELECT ON `" + m_database + "`.* TO '" + m_user + "'@'%'");
    }

    void cleanupTestCase()
    {
        if (!m_user.empty())
            m_admin.exec("DROP USER IF EXISTS '" + m_user + "'@'%'");
        if (!m_database.empty())
            m_admin.exec("DROP DATABASE IF EXISTS `" + m_database + "`");
    }

    void everyServerErrorHasOneClass_data()
    {
        QTest::addColumn<unsigned int>("number");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("action");
        const auto row
            = [](const char *name, unsigned int number, ErrorCode code, ErrorAction action) {
                  QTest::newRow(name) << number << int(code) << int(action);
              };
        row("server gone", 2006, ErrorCode::ConnectionFailed, ErrorAction::Retry);
        row("connection lost", 2013, ErrorCode::ConnectionFailed, ErrorAction::Retry);
        row("connection killed", 1927, ErrorCode::ConnectionFailed, ErrorAction::Retry);
        row("deadlock", 1213, ErrorCode::QueryFailed, ErrorAction::Retry);
        row("lock wait timeout", 1205, ErrorCode::QueryFailed, ErrorAction::Retry);
        row("interrupted", 1317, ErrorCode::Cancelled, ErrorAction::FailTask);
        row("table access denied", 1142, ErrorCode::MissingPrivilege,
            ErrorAction::FixConfiguration);
        row("database access denied", 1044, ErrorCode::MissingPrivilege,
            ErrorAction::FixConfiguration);
        row("specific access denied", 1227, ErrorCode::MissingPrivilege,
            ErrorAction::FixConfiguration);
        row("read-only server", 1290, ErrorCode::QueryFailed, ErrorAction::FixConfiguration);
        row("unknown database", 1049, ErrorCode::DatabaseNotFound, ErrorAction::FixConfiguration);
        row("duplicate key", 1062, ErrorCode::QueryFailed, ErrorAction::FailTable);
    }

    void everyServerErrorHasOneClass()
    {
        QFETCH(unsigned int, number);
        QFETCH(int, code);
        QFETCH(int, action);
        const mysql::ClientError client {number, "HY000", "server text"};
        const Error error = mysql::detail::statementError("Writing failed.", client, "INSERT ?",
                                                          ErrorAction::FailTable, "db.t");
        QCOMPARE(int(error.code), code);
        QCOMPARE(int(error.action), action);
        QCOMPARE(error.location, std::string("db.t"));
        QVERIFY2(error.detail.find("server text") != std::string::npos, error.detail.c_str());
        // Retry and FixConfiguration say what happens or what to do; a cancelled statement is
        // the engine's one cancellation error.
        if (error.action == ErrorAction::Retry || error.action == ErrorAction::FixConfiguration)
            QVERIFY2(!error.hint.empty(), error.toString().c_str());
        if (error.code == ErrorCode::Cancelled)
            QCOMPARE(error.message, cancelledError().message);
    }

    /// The server refuses CREATE TABLE and INSERT to a user who may only SELECT: a missing
    /// privilege, to fix in the configuration, not a failed table to retry.
    void aUserWithoutPrivilegesIsToldSo()
    {
        Result<std::unique_ptr<load::TargetSession>> session
            = mysql::openTargetSession(readerSpec());
        QVERIFY2(session.ok(), session ? "" : session.error().toString().c_str());
        Result<void> created = (*session)->createTable(smallTable(m_database, "made"), true);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, ErrorCode::MissingPrivilege);
        QCOMPARE(created.error().action, ErrorAction::FixConfiguration);

        Result<void> inserted
            = (*session)->execute("INSERT INTO `" + m_database + "`.`t` (id) VALUES (?)", {"1"});
        QVERIFY(!inserted.ok());
        QCOMPARE(inserted.error().code, ErrorCode::MissingPrivilege);

        load::TargetTable existing = smallTable(m_database, "t");
        Result<std::unique_ptr<load::TableWriter>> writer = (*session)->openWriter(
            load::WriteRequest {existing.schema, existing.name, existing.columns});
        if (writer.ok()) {
            load::RowBatch batch(1);
            batch.appendCell(0, "1");
            batch.finishRow();
            Result<void> written = (*writer)->write(batch, nullptr);
            QVERIFY(!written.ok());
            QCOMPARE(written.error().code, ErrorCode::MissingPrivilege);
        } else {
            QCOMPARE(writer.error().code, ErrorCode::MissingPrivilege);
        }
        // Nothing was written: checked as the administrator.
        QCOMPARE(m_admin.scalar("SELECT COUNT(*) FROM `" + m_database + "`.`t`"), std::string("0"));
    }
};

QTEST_GUILESS_MAIN(TestMySqlLoadErrors)
#include "tst_mysql_load_errors.moc"
