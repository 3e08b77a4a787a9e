// SPDX-License-Identifier: MIT
// The statement splitter per dialect: scripts written here as their clients (psql, mysql,
// sqlite3, sqlcmd, SQL*Plus) read them, with the statements and their lines expected by hand.
#include "engine/convert/lexer/statement_splitter.h"

#include <QTest>

using namespace ferry;
using convert::splitStatements;
using convert::SqlStatement;

namespace {

/// "line: text" of every statement, for readable comparisons.
QStringList split(std::string_view script, SqlDialect dialect)
{
    QStringList list;
    for (const SqlStatement &statement : splitStatements(script, dialect))
        list << QStringLiteral("%1: %2")
                    .arg(statement.line)
                    .arg(QString::fromStdString(statement.text));
    return list;
}

} // namespace

class TstStatementSplitter : public QObject
{
    Q_OBJECT

private slots:
    void postgresQuotesCommentsAndDollarBodies()
    {
        const char *script = "-- a comment; not a statement\n"
                             "CREATE TABLE \"a;b\" (x text DEFAULT 'it''s; fine');\n"
                             "/* block /* nested; */ still comment; */\n"
                             "INSERT INTO t VALUES (E'back\\'slash;');\n"
                             "CREATE FUNCTION f() RETURNS int AS $body$\n"
                             "BEGIN RETURN 1; END;\n"
                             "$body$ LANGUAGE plpgsql;\n"
                             "SELECT $1, $$x;y$$ ;  \n"
                             "-- trailing comment only\n";
        QCOMPARE(split(script, SqlDialect::PostgreSql),
                 (QStringList {
                     QStringLiteral("2: CREATE TABLE \"a;b\" (x text DEFAULT 'it''s; fine')"),
                     QStringLiteral("4: INSERT INTO t VALUES (E'back\\'slash;')"),
                     QStringLiteral("5: CREATE FUNCTION f() RETURNS int AS $body$\n"
                                    "BEGIN RETURN 1; END;\n$body$ LANGUAGE plpgsql"),
                     QStringLiteral("8: SELECT $1, $$x;y$$"),
                 }));
    }

    void mysqlDelimiterAndEscapes()
    {
        const char *script = "INSERT INTO t VALUES ('a\\';b', \"c;d\", `e;f`); # hash comment;\n"
                             "DELIMITER //\n"
                             "CREATE PROCEDURE p()\n"
                             "BEGIN\n"
                             "  SELECT 1;\n"
                             "  SELECT 2;\n"
                             "END //\n"
                             "DELIMITER ;\n"
                             "SELECT 3;";
        QCOMPARE(
            split(script, SqlDialect::MariaDb),
            (QStringList {
                QStringLiteral("1: INSERT INTO t VALUES ('a\\';b', \"c;d\", `e;f`)"),
                QStringLiteral("3: CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND"),
                QStringLiteral("9: SELECT 3"),
            }));
    }

    void sqliteTriggerBodyIsOneStatement()
    {
        const char *script = "CREATE TABLE [a;b] (x);\n"
                             "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                             "  UPDATE a SET x = CASE WHEN x > 0 THEN 1 ELSE 0 END;\n"
                             "  DELETE FROM b;\n"
                             "END;\n"
                             "SELECT 1;";
        QCOMPARE(split(script, SqlDialect::Sqlite),
                 (QStringList {
                     QStringLiteral("1: CREATE TABLE [a;b] (x)"),
                     QStringLiteral("2: CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                    "  UPDATE a SET x = CASE WHEN x > 0 THEN 1 ELSE 0 END;\n"
                                    "  DELETE FROM b;\nEND"),
                     QStringLiteral("6: SELECT 1"),
                 }));
    }

    void tsqlGoBatches()
    {
        const char *script = "CREATE TABLE [dbo].[a] (x int);\n"
                             "INSERT INTO a VALUES (1);\n"
                             "GO\n"
                             "CREATE PROCEDURE p AS\n"
                             "BEGIN\n"
                             "  SELECT 'GO';\n"
                             "END\n"
                             "  go  \n";
        QCOMPARE(
            split(script, SqlDialect::TSql),
            (QStringList {
                QStringLiteral("1: CREATE TABLE [dbo].[a] (x int);\nINSERT INTO a VALUES (1);"),
                QStringLiteral("4: CREATE PROCEDURE p AS\nBEGIN\n  SELECT 'GO';\nEND"),
            }));
    }

    void plsqlBlocksEndAtASlash()
    {
        const char *script = "CREATE TABLE a (x NUMBER);\n"
                             "CREATE OR REPLACE PROCEDURE p IS\n"
                             "BEGIN\n"
                             "  INSERT INTO a VALUES (1);\n"
                             "END;\n"
                             "/\n"
                             "INSERT INTO a VALUES (2);\n";
        QCOMPARE(split(script, SqlDialect::PlSql),
                 (QStringList {
                     QStringLiteral("1: CREATE TABLE a (x NUMBER)"),
                     QStringLiteral("2: CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n"
                                    "  INSERT INTO a VALUES (1);\nEND;"),
                     QStringLiteral("7: INSERT INTO a VALUES (2)"),
                 }));
    }

    void unterminatedStringRunsToTheEnd()
    {
        QCOMPARE(split("SELECT 1; SELECT 'open;", SqlDialect::PostgreSql),
                 (QStringList {QStringLiteral("1: SELECT 1"), QStringLiteral("1: SELECT 'open;")}));
        QCOMPARE(split("  \n-- nothing\n", SqlDialect::PostgreSql), QStringList {});
    }
};

QTEST_MAIN(TstStatementSplitter)
#include "tst_statement_splitter.moc"
