// SPDX-License-Identifier: MIT
// `ferry convert` as a user runs it (issue #14): a MariaDB schema with keys, indexes, foreign
// keys, a view, a procedure and a trigger becomes numbered SQL files for PostgreSQL; psql
// applies the pre-data files, `ferry migrate` loads the rows into the tables they created
// (TargetTablePrepMode DO_NOTHING), psql applies the post-data files, and plain SQL written
// here checks the target: the keys and indexes exist and hold, the rows are all there, and
// what Ferry does not convert yet is an action item with its source text, never dropped.
#include "tests/integration/task/migrate_support.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

#include <set>

using namespace ferry;
using namespace ferry::test;

class TstConvertCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        m_database = test::uniqueName("conv_src");
        PlainSql admin(test::mysqlSpec());
        OPEN(admin);
        EXEC(admin, "CREATE DATABASE " + quoteIdentifier(Dialect::MySql, m_database));
        m_source = test::mysqlSpec();
        m_source.database = m_database;
        PlainSql s(m_source);
        OPEN(s);
        EXEC(s,
             "CREATE TABLE customer (customer_id INT AUTO_INCREMENT PRIMARY KEY,"
             " email VARCHAR(80) NOT NULL, name VARCHAR(40), UNIQUE KEY uk_email (email))");
        EXEC(s,
             "CREATE TABLE rental (rental_id INT AUTO_INCREMENT PRIMARY KEY,"
             " customer_id INT NOT NULL, rented_at DATETIME NOT NULL,"
             " KEY idx_rented_at (rented_at),"
             " CONSTRAINT fk_rental_customer FOREIGN KEY (customer_id)"
             " REFERENCES customer (customer_id))");
        EXEC(s, "CREATE TABLE rental_log (id INT AUTO_INCREMENT PRIMARY KEY, rental_id INT)");
        EXEC(s,
             "CREATE VIEW recent_rentals AS SELECT c.name, r.rented_at FROM rental r"
             " JOIN customer c ON c.customer_id = r.customer_id");
        // Rewritten for PostgreSQL rule by rule: CONCAT, IF, IFNULL, GROUP_CONCAT with its
        // order and separator, the columns MySQL lets a GROUP BY leave out.
        EXEC(s,
             "CREATE VIEW customer_summary AS SELECT c.customer_id,"
             " CONCAT(c.name, ' <', c.email, '>') AS label,"
             " IF(c.customer_id > 2, 'late', 'early') AS era, IFNULL(c.name, '?') AS shown,"
             " COUNT(r.rental_id) AS rentals,"
             " GROUP_CONCAT(r.rental_id ORDER BY r.rental_id DESC SEPARATOR '/') AS ids"
             " FROM customer c LEFT JOIN rental r ON r.customer_id = c.customer_id"
             " GROUP BY c.customer_id");
        // FIELD() has no PostgreSQL twin: an action item, not a guess.
        EXEC(s,
             "CREATE VIEW odd_order AS SELECT name FROM customer"
             " ORDER BY FIELD(customer_id, 3, 1, 2)");
        EXEC(s,
             "CREATE PROCEDURE count_rentals(IN who INT, OUT n INT)"
             " SELECT COUNT(*) INTO n FROM rental WHERE customer_id = who");
        EXEC(s,
             "CREATE TRIGGER log_rental AFTER INSERT ON rental FOR EACH ROW"
             " INSERT INTO rental_log (rental_id) VALUES (NEW.rental_id)");
        // Control flow in a trigger: not translated yet, so an action item.
        EXEC(s,
             "CREATE TRIGGER name_check BEFORE INSERT ON customer FOR EACH ROW BEGIN"
             " IF NEW.name = '' THEN SET NEW.name = NULL; END IF; END");
        for (int i = 1; i <= 5; ++i)
            EXEC(s, "INSERT INTO customer (email, name) VALUES (?, ?)",
                 {QStringLiteral("c%1@example.org").arg(i).toStdString(),
                  QStringLiteral("Customer %1").arg(i).toStdString()});
        EXEC(s, "INSERT INTO customer (email, name) VALUES ('nobody@example.org', NULL)");
        for (int i = 1; i <= 40; ++i)
            EXEC(s, "INSERT INTO rental (customer_id, rented_at) VALUES (?, ?)",
                 {std::to_string(i % 5 + 1),
                  QStringLiteral("2026-01-%1 10:00:00")
                      .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                      .toStdString()});
    }

    void convertApplyLoadIntoPostgres()
    {
        FERRY_REQUIRE_SERVERS();
        const QString out = m_dir.filePath(QStringLiteral("pg"));
        // Convert: exit 4, because a view, the procedure and the trigger are action items.
        QCOMPARE(ferry({QStringLiteral("convert"), qs(m_source.toUri()),
                        QStringLiteral("--target-engine"), QStringLiteral("postgresql"),
                        QStringLiteral("--out"), out}),
                 4);
        const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
                 (QStringList {QStringLiteral("010-pre-data-schemas.sql"),
                               QStringLiteral("040-pre-data-tables.sql"),
                               QStringLiteral("050-pre-data-routines.sql"),
                               QStringLiteral("060-pre-data-views.sql"),
                               QStringLiteral("110-post-data-indexes.sql"),
                               QStringLiteral("120-post-data-foreign-keys.sql"),
                               QStringLiteral("130-post-data-triggers.sql"),
                               QStringLiteral("conversion-report.json")}));
        checkReport(out);
        // Not converted is not dropped: the IF trigger's source text is in its file, commented;
        // the logging trigger is a trigger function and a trigger.
        QFile triggers(out + QStringLiteral("/130-post-data-triggers.sql"));
        QVERIFY(triggers.open(QIODevice::ReadOnly));
        const QString triggerText = QString::fromUtf8(triggers.readAll());
        QVERIFY2(triggerText.contains(QStringLiteral("-- ACTION ITEM CONV-TRIGGER-UNCONVERTED")),
                 qPrintable(triggerText));
        QVERIFY2(triggerText.contains(QStringLiteral("IF NEW.name = '' THEN")),
                 qPrintable(triggerText));
        QVERIFY2(triggerText.contains(QStringLiteral("CREATE TRIGGER \"log_rental\" AFTER INSERT")),
                 qPrintable(triggerText));

        // Pre-data with psql: the tables with their primary keys, nothing else yet.
        for (const char *file : {"010-pre-data-schemas.sql", "040-pre-data-tables.sql",
                                 "050-pre-data-routines.sql", "060-pre-data-views.sql"})
            QVERIFY(applyWithPsql(out + QLatin1Char('/') + QLatin1String(file)));
        PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string constraints = "SELECT contype, COUNT(*) FROM pg_constraint WHERE "
                                        "connamespace = to_regnamespace('\""
            + m_database + "\"') GROUP BY contype ORDER BY contype";
        QCOMPARE(query(pg, constraints), (Rows {{"p", "3"}}));

        // The load into the tables the files created.
        QCOMPARE(migrateKeepingTables({}), 0);
        const std::string schema = "\"" + m_database + "\".";
        QCOMPARE(single(pg, "SELECT COUNT(*) FROM " + schema + "rental"), std::string("40"));
        QCOMPARE(single(pg, "SELECT COUNT(*) FROM " + schema + "customer"), std::string("6"));
        // The converted views answer as the source's do, row for row.
        PlainSql my(m_source);
        OPEN(my);
        for (const char *view :
             {"recent_rentals ORDER BY rented_at, name", "customer_summary ORDER BY customer_id"}) {
            const Rows source = query(my, std::string("SELECT * FROM ") + view);
            QVERIFY(!source.empty());
            QCOMPARE(query(pg, "SELECT * FROM " + schema + view), source);
        }
        // The source's trigger logged its 40 rentals; the load copied those 40 log rows and
        // fired nothing on the target (triggers are post-data): not 80.
        QCOMPARE(single(pg, "SELECT COUNT(*) FROM " + schema + "rental_log"), std::string("40"));

        // Post-data with psql: the unique key, the index and the foreign key, and they hold.
        for (const char *file : {"110-post-data-indexes.sql", "120-post-data-foreign-keys.sql",
                                 "130-post-data-triggers.sql"})
            QVERIFY(applyWithPsql(out + QLatin1Char('/') + QLatin1String(file)));
        QCOMPARE(query(pg, constraints), (Rows {{"f", "1"}, {"p", "3"}, {"u", "1"}}));
        QCOMPARE(single(pg,
                        "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = ? AND "
                        "indexdef LIKE '%(rented_at)'",
                        {m_database}),
                 std::string("1"));
        QVERIFY(!pg.execute("INSERT INTO " + schema
                            + "rental (customer_id, rented_at) VALUES (99, now())"));
        // The converted trigger fires now, as on the source: a new rental is logged.
        EXEC(pg,
             "INSERT INTO " + schema
                 + "rental (rental_id, customer_id, rented_at) VALUES "
                   "(1000, 1, now())");
        QCOMPARE(query(pg, "SELECT COUNT(*), MAX(rental_id) FROM " + schema + "rental_log"),
                 (Rows {{"41", "1000"}}));
        QVERIFY(!pg.execute("INSERT INTO " + schema
                            + "customer (email, name) VALUES ('c1@example.org', 'again')"));
    }

    /// The same schema through `ferry apply`: --plan changes nothing, --pre-data creates the
    /// tables (into a schema a mapping rule renames), the load fills them, --post-data adds the
    /// keys but refuses a DROP a user added, and applying the pre-data again reports each
    /// table that exists with the server's error.
    void applyPlansThenAppliesAndRefusesDestructiveSteps()
    {
        FERRY_REQUIRE_SERVERS();
        const std::string schema = m_database + "_applied";
        QFile mappings(m_dir.filePath(QStringLiteral("rename.json")));
        QVERIFY(mappings.open(QIODevice::WriteOnly));
        mappings.write(QStringLiteral(
                           R"({"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1",
            "object-locator":{"schema-name":"%1","table-name":"%"},"rule-action":"include"},
            {"rule-type":"transformation","rule-id":"2","rule-name":"2","rule-target":"schema",
            "object-locator":{"schema-name":"%1"},"rule-action":"rename","value":"%2"}]})")
                           .arg(qs(m_database), qs(schema))
                           .toUtf8());
        mappings.close();
        const QString out = m_dir.filePath(QStringLiteral("applied"));
        const QString target = qs(test::postgresSpec().toUri());
        QCOMPARE(ferry({QStringLiteral("convert"), qs(m_source.toUri()),
                        QStringLiteral("--target-engine"), QStringLiteral("postgresql"),
                        QStringLiteral("--out"), out, QStringLiteral("--mappings"),
                        mappings.fileName()}),
                 4);

        PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string namespaceOf = "SELECT to_regnamespace('\"" + schema + "\"') IS NULL";
        QCOMPARE(ferry({QStringLiteral("apply"), QStringLiteral("--sql"), out, target,
                        QStringLiteral("--plan")}),
                 0);
        QVERIFY2(
            m_out.contains(qs("040-pre-data-tables.sql:5  CREATE TABLE " + schema + ".customer\n")),
            qPrintable(m_out));
        QCOMPARE(single(pg, namespaceOf), std::string("t")); // the plan changed nothing

        QCOMPARE(ferry({QStringLiteral("apply"), QStringLiteral("--sql"), out, target,
                        QStringLiteral("--pre-data")}),
                 0);
        const std::string constraints = "SELECT contype, COUNT(*) FROM pg_constraint WHERE "
                                        "connamespace = to_regnamespace('\""
            + schema + "\"') GROUP BY contype ORDER BY contype";
        QCOMPARE(query(pg, constraints), (Rows {{"p", "3"}}));

        QCOMPARE(migrateKeepingTables({QStringLiteral("--mappings"), mappings.fileName()}), 0);
        const std::string tables = "\"" + schema + "\".";
        QCOMPARE(single(pg, "SELECT COUNT(*) FROM " + tables + "rental"), std::string("40"));

        // A cleanup step a user added after the post-data files: refused without
        // --allow-destructive, the rest applied.
        QFile cleanup(out + QStringLiteral("/140-post-data-cleanup.sql"));
        QVERIFY(cleanup.open(QIODevice::WriteOnly));
        cleanup.write(QByteArray::fromStdString("DROP TABLE " + tables + "rental_log;\n"));
        cleanup.close();
        QCOMPARE(ferry({QStringLiteral("apply"), QStringLiteral("--sql"), out, target,
                        QStringLiteral("--post-data")}),
                 4);
        QVERIFY2(m_errors.contains(QStringLiteral("--allow-destructive")), qPrintable(m_errors));
        QVERIFY2(m_errors.contains(QStringLiteral("140-post-data-cleanup.sql:1")),
                 qPrintable(m_errors));
        QCOMPARE(query(pg, constraints), (Rows {{"f", "1"}, {"p", "3"}, {"u", "1"}}));
        QCOMPARE(single(pg, "SELECT COUNT(*) FROM " + tables + "rental_log"), std::string("40"));

        // The pre-data again: every CREATE TABLE and CREATE VIEW (3 + 2) fails with the
        // server's word for it.
        QCOMPARE(ferry({QStringLiteral("apply"), QStringLiteral("--sql"), out, target,
                        QStringLiteral("--pre-data")}),
                 4);
        QCOMPARE(m_errors.count(QStringLiteral("already exists")), 5);
        QVERIFY2(m_out.contains(QStringLiteral("failed: 5")), qPrintable(m_out));
    }

    /// `ferry assess` in each format: exit 0 whatever it finds, the same items everywhere.
    void assessWritesEveryFormat()
    {
        FERRY_REQUIRE_SERVERS();
        const QStringList base {QStringLiteral("assess"), qs(m_source.toUri()),
                                QStringLiteral("--target-engine"), QStringLiteral("postgresql")};
        QCOMPARE(ferry(base + QStringList {QStringLiteral("--format"), QStringLiteral("csv")}), 0);
        const QStringList lines = m_out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0),
                 QStringLiteral("kind,code,complexity,category,object,message,recommendation"));
        QStringList codes;
        for (const QString &line : lines.mid(1))
            codes << line.section(QLatin1Char(','), 0, 1);
        codes.sort();
        // Every table has a key and no LOB; rental.rented_at (DATETIME) is the one column
        // PostgreSQL cannot hold exactly: MySQL's zero dates.
        QCOMPARE(codes,
                 (QStringList {QStringLiteral("action,CONV-ROUTINE-MANUAL"),
                               QStringLiteral("action,CONV-TRIGGER-UNCONVERTED"),
                               QStringLiteral("action,CONV-VIEW-UNCONVERTED"),
                               QStringLiteral("check,TYPE-ZERO-DATE")}));
        const QString page = m_dir.filePath(QStringLiteral("assessment.html"));
        QCOMPARE(ferry(base + QStringList {QStringLiteral("--out"), page}), 0);
        QFile html(page);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(qs("<h1>Ferry assessment: " + m_database)));
        // view (medium, 60 min) + procedure and trigger (complex, 240 min each) = 9 hours.
        QVERIFY(text.contains(QStringLiteral("Estimated effort: 9.0 hours")));
        QCOMPARE(ferry(base + QStringList {QStringLiteral("--format"), QStringLiteral("pdf")}), 2);
    }

    void unknownTargetEngineIsAUsageError()
    {
        QProcess ferry;
        ferry.start(binary(QStringLiteral("ferry")),
                    {QStringLiteral("convert"), QStringLiteral("sqlite:///nowhere.db"),
                     QStringLiteral("--target-engine"), QStringLiteral("oracle"),
                     QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))});
        QVERIFY(ferry.waitForFinished(30'000));
        QCOMPARE(ferry.exitCode(), 2);
        QVERIFY(QString::fromUtf8(ferry.readAllStandardError())
                    .contains(QStringLiteral("--target-engine must be postgresql, mysql, "
                                             "mariadb or sqlite")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x"))));
    }

private:
    /// Runs ferry with the harness's passwords in the environment; its exit code (-1 when it
    /// did not finish), its output in m_out and m_errors.
    int ferry(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FERRY_SOURCE_PASSWORD"),
                           qs(std::string(m_source.password.reveal())));
        environment.insert(QStringLiteral("FERRY_TARGET_PASSWORD"),
                           qs(std::string(test::postgresSpec().password.reveal())));
        process.setProcessEnvironment(environment);
        process.start(binary(QStringLiteral("ferry")), arguments);
        const bool finished = process.waitForFinished(300'000);
        m_out = QString::fromUtf8(process.readAllStandardOutput());
        m_errors = QString::fromUtf8(process.readAllStandardError());
        return finished ? process.exitCode() : -1;
    }

    /// `ferry migrate` into the harness's PostgreSQL with TargetTablePrepMode DO_NOTHING (the
    /// tables the files created are kept), a new task each time; its exit code.
    int migrateKeepingTables(const QStringList &more)
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.json"));
        QFile settings(path);
        if (!settings.open(QIODevice::WriteOnly))
            return -1;
        settings.write(R"({"FullLoadSettings": {"TargetTablePrepMode": "DO_NOTHING"}})");
        settings.close();
        const QString task = qs(test::uniqueName("conv"));
        return ferry(QStringList {QStringLiteral("migrate"), qs(m_source.toUri()),
                                  qs(test::postgresSpec().toUri()), QStringLiteral("--settings"),
                                  path, QStringLiteral("--task-name"), task,
                                  QStringLiteral("--run-dir"), m_dir.filePath(task)}
                     + more);
    }

    /// The report's action items: exactly the view, the procedure and the trigger.
    void checkReport(const QString &out)
    {
        QFile file(out + QStringLiteral("/conversion-report.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(report.value(QStringLiteral("source")).toString(), QStringLiteral("mariadb"));
        QCOMPARE(report.value(QStringLiteral("target")).toString(), QStringLiteral("postgresql"));
        std::set<std::pair<QString, QString>> actions;
        for (const QJsonValue &item : report.value(QStringLiteral("items")).toArray()) {
            if (item[QStringLiteral("kind")].toString() == QLatin1String("action"))
                actions.emplace(item[QStringLiteral("code")].toString(),
                                item[QStringLiteral("object")].toString());
        }
        const QString db = qs(m_database);
        const std::set<std::pair<QString, QString>> expected {
            {QStringLiteral("CONV-VIEW-UNCONVERTED"), db + QStringLiteral(".odd_order")},
            {QStringLiteral("CONV-ROUTINE-MANUAL"), db + QStringLiteral(".count_rentals")},
            {QStringLiteral("CONV-TRIGGER-UNCONVERTED"),
             db + QStringLiteral(".customer.name_check")},
        };
        QCOMPARE(actions, expected);
        bool tablesSeen = false;
        for (const QJsonValue &category : report.value(QStringLiteral("summary")).toArray()) {
            if (category[QStringLiteral("category")].toString() != QLatin1String("table"))
                continue;
            tablesSeen = true;
            QCOMPARE(category[QStringLiteral("objects")].toInt(), 3);
            QCOMPARE(category[QStringLiteral("automatic")].toInt(), 3);
        }
        QVERIFY(tablesSeen);
    }

    /// Runs one file with psql on the harness's PostgreSQL; stops at the first error.
    bool applyWithPsql(const QString &path)
    {
        const ConnectionSpec pg = test::postgresSpec();
        QString errors;
        const bool ok = runClient(
            QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), qs(pg.host),
             QStringLiteral("-p"), QString::number(pg.port), QStringLiteral("-U"), qs(pg.user),
             QStringLiteral("-d"), qs(pg.database), QStringLiteral("-f"), path},
            QStringLiteral("PGPASSWORD"), qs(std::string(pg.password.reveal())), {}, &errors);
        if (!ok)
            qWarning("psql -f %s: %s", qPrintable(path), qPrintable(errors));
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_out;
    QString m_errors;
    std::string m_database;
    ConnectionSpec m_source;
};

QTEST_MAIN(TstConvertCli)
#include "tst_convert_cli.moc"
