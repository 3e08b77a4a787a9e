// SPDX-License-Identifier: MIT
// The built ferry CLI against SQLite files: exit codes and the JSON it prints.
#include "tests/support/test_support.h"
#include "tests/unit/sqlite/sqlite_test_db.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run runFerry(const QStringList &arguments)
{
    QProcess process;
    process.start(ferry::test::binary(QStringLiteral("ferry")), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject byName(const QJsonArray &array, const QString &name)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

class TestSqliteCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cli.db"));
        QCOMPARE(ferry::test::executeSqlite(m_path, R"sql(
            CREATE TABLE author (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(60) NOT NULL);
            CREATE TABLE book (
                isbn CHAR(13) PRIMARY KEY,
                author_id INTEGER REFERENCES author (id) ON DELETE CASCADE,
                price DECIMAL(8,2) CHECK (price >= 0)
            ) WITHOUT ROWID;
            CREATE VIEW cheap AS SELECT isbn FROM book WHERE price < 10;
            CREATE TRIGGER author_rename AFTER UPDATE OF name ON author
                BEGIN UPDATE book SET price = price WHERE author_id = NEW.id; END;
            INSERT INTO author (name) VALUES ('Ann'), ('Bo');
        )sql"),
                 QString());
    }

    void catalogJsonDescribesTheFile()
    {
        const Run run = runFerry({QStringLiteral("catalog"), QStringLiteral("sqlite://") + m_path,
                                  QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject catalog = run.json();
        QCOMPARE(str(catalog, "dialect"), QStringLiteral("sqlite"));
        QCOMPARE(str(catalog, "sqlDialect"), QStringLiteral("sqlite"));
        QCOMPARE(str(catalog, "product"), QStringLiteral("SQLite"));
        QCOMPARE(str(catalog, "serverVersion"), QStringLiteral(SQLITE_VERSION));
        QCOMPARE(str(catalog, "database"), m_path);
        const QJsonArray schemas = catalog.value(QStringLiteral("schemas")).toArray();
        QCOMPARE(schemas.size(), 1);
        const QJsonObject main = schemas[0].toObject();
        QCOMPARE(str(main, "name"), QStringLiteral("main"));
        const QJsonArray tables = main.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 2);
        QCOMPARE(str(tables[0].toObject(), "name"), QStringLiteral("author"));
        QCOMPARE(str(tables[1].toObject(), "name"), QStringLiteral("book"));

        const QJsonObject author = tables[0].toObject();
        const QJsonObject id
            = byName(author.value(QStringLiteral("columns")).toArray(), QStringLiteral("id"));
        QCOMPARE(str(id, "nativeType"), QStringLiteral("INTEGER"));
        QCOMPARE(str(id, "canonicalType"), QStringLiteral("integer(8)"));
        QCOMPARE(id.value(QStringLiteral("autoIncrement")).toBool(), true);
        QCOMPARE(str(id, "identity"), QStringLiteral("by-default"));
        QCOMPARE(id.value(QStringLiteral("nullable")).toBool(), false);
        const QJsonObject name
            = byName(author.value(QStringLiteral("columns")).toArray(), QStringLiteral("name"));
        QCOMPARE(str(name, "canonicalType"), QStringLiteral("string(60)"));
        QCOMPARE(
            name.value(QStringLiteral("type")).toObject().value(QStringLiteral("length")).toInt(),
            60);

        const QJsonObject book = tables[1].toObject();
        const QJsonObject isbn
            = byName(book.value(QStringLiteral("columns")).toArray(), QStringLiteral("isbn"));
        QCOMPARE(str(isbn, "canonicalType"), QStringLiteral("char(13)"));
        QCOMPARE(isbn.value(QStringLiteral("nullable")).toBool(), false);
        const QJsonArray keys = book.value(QStringLiteral("foreignKeys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(str(keys[0].toObject(), "referencedTable"), QStringLiteral("author"));
        QCOMPARE(str(keys[0].toObject(), "onDelete"), QStringLiteral("CASCADE"));
        const QJsonArray checks = book.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(str(checks[0].toObject(), "expression"), QStringLiteral("price >= 0"));

        const QJsonArray sequences = main.value(QStringLiteral("sequences")).toArray();
        QCOMPARE(sequences.size(), 1);
        QCOMPARE(str(sequences[0].toObject(), "name"), QStringLiteral("author"));
        QCOMPARE(sequences[0].toObject().value(QStringLiteral("currentValue")).toInt(), 2);

        const QJsonArray views = main.value(QStringLiteral("views")).toArray();
        QCOMPARE(views.size(), 1);
        QCOMPARE(str(views[0].toObject(), "definition"),
                 QStringLiteral("SELECT isbn FROM book WHERE price < 10"));

        const QJsonArray triggers = main.value(QStringLiteral("triggers")).toArray();
        QCOMPARE(triggers.size(), 1);
        const QJsonObject trigger = triggers[0].toObject();
        QCOMPARE(str(trigger, "name"), QStringLiteral("author_rename"));
        QCOMPARE(str(trigger, "timing"), QStringLiteral("AFTER"));
        QCOMPARE(trigger.value(QStringLiteral("events")).toArray(),
                 QJsonArray {QStringLiteral("UPDATE")});
        QCOMPARE(trigger.value(QStringLiteral("updateColumns")).toArray(),
                 QJsonArray {QStringLiteral("name")});
    }

    void catalogTextListsTables()
    {
        const Run run = runFerry({QStringLiteral("catalog"), QStringLiteral("sqlite:") + m_path});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("table author")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("name VARCHAR(60) -> string(60) NOT NULL")));
    }

    void testConnectionSucceeds()
    {
        const Run run = runFerry({QStringLiteral("test-connection"),
                                  QStringLiteral("sqlite://") + m_path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(str(json, "cause"), QStringLiteral("ok"));
        QCOMPARE(str(json, "product"), QStringLiteral("SQLite"));
        QCOMPARE(str(json, "serverVersion"), QStringLiteral(SQLITE_VERSION));
    }

    void missingFileExitsWithThree()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        const Run plain
            = runFerry({QStringLiteral("test-connection"), QStringLiteral("sqlite://") + missing});
        QCOMPARE(plain.exitCode, 3);
        QVERIFY2(plain.err.contains(
                     QStringLiteral("The SQLite database file %1 does not exist.").arg(missing)),
                 qPrintable(plain.err));
        QVERIFY(plain.err.contains(QStringLiteral("fix:")));

        const Run json
            = runFerry({QStringLiteral("test-connection"), QStringLiteral("sqlite://") + missing,
                        QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 3);
        QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(str(json.json(), "cause"), QStringLiteral("database-not-found"));

        const Run catalog
            = runFerry({QStringLiteral("catalog"), QStringLiteral("sqlite://") + missing,
                        QStringLiteral("--json")});
        QCOMPARE(catalog.exitCode, 3);
        QVERIFY(catalog.out.isEmpty());
        QVERIFY(!QFile::exists(missing));
    }

    void notADatabaseExitsWithThree()
    {
        const QString path = m_dir.filePath(QStringLiteral("readme.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("plain text, certainly not SQLite\n").repeated(100));
        file.close();
        const Run run = runFerry({QStringLiteral("test-connection"),
                                  QStringLiteral("sqlite://") + path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(str(run.json(), "cause"), QStringLiteral("not-a-database"));
        const Run catalog
            = runFerry({QStringLiteral("catalog"), QStringLiteral("sqlite://") + path});
        QCOMPARE(catalog.exitCode, 3);
        QVERIFY(catalog.err.contains(QStringLiteral("is not a SQLite database")));
    }

    void unknownSchemaExitsWithThree()
    {
        const Run run = runFerry({QStringLiteral("catalog"), QStringLiteral("sqlite://") + m_path,
                                  QStringLiteral("--schema"), QStringLiteral("public")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QStringLiteral("has no schema 'public'")));
    }
};

QTEST_GUILESS_MAIN(TestSqliteCli)
#include "tst_sqlite_cli.moc"
