// SPDX-License-Identifier: MIT
// The project model's plain values: Value scalars, settings merging, endpoint -> ConnectionSpec,
// and the "did you mean" helper.
#include "engine/project/project.h"
#include "engine/project/suggestion.h"
#include "engine/project/value.h"

#include <QTest>

using namespace ferry;
using namespace ferry::project;

Q_DECLARE_METATYPE(ferry::project::Value::Kind)

class TestProjectModel : public QObject
{
    Q_OBJECT

private slots:
    void resolvesPlainScalarsWithTheCoreSchema_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Value::Kind>("kind");
        QTest::newRow("null") << QStringLiteral("null") << Value::Kind::Null;
        QTest::newRow("tilde") << QStringLiteral("~") << Value::Kind::Null;
        QTest::newRow("True") << QStringLiteral("True") << Value::Kind::Boolean;
        QTest::newRow("FALSE") << QStringLiteral("FALSE") << Value::Kind::Boolean;
        QTest::newRow("yes is text") << QStringLiteral("yes") << Value::Kind::String;
        QTest::newRow("decimal") << QStringLiteral("-42") << Value::Kind::Integer;
        QTest::newRow("hex") << QStringLiteral("0x1F") << Value::Kind::Integer;
        QTest::newRow("octal") << QStringLiteral("0o17") << Value::Kind::Integer;
        QTest::newRow("float") << QStringLiteral("1.5e3") << Value::Kind::Float;
        QTest::newRow("dot float") << QStringLiteral(".5") << Value::Kind::Float;
        QTest::newRow("inf") << QStringLiteral("-.inf") << Value::Kind::Float;
        QTest::newRow("nan") << QStringLiteral(".NaN") << Value::Kind::Float;
        QTest::newRow("date is text") << QStringLiteral("2013-01-01") << Value::Kind::String;
        QTest::newRow("sign only") << QStringLiteral("-") << Value::Kind::String;
        QTest::newRow("bare exponent") << QStringLiteral("1e") << Value::Kind::String;
        QTest::newRow("word") << QStringLiteral("include") << Value::Kind::String;
    }

    void resolvesPlainScalarsWithTheCoreSchema()
    {
        QFETCH(QString, text);
        QFETCH(Value::Kind, kind);
        QCOMPARE(Value::resolvePlainScalar(text.toStdString()), kind);
    }

    void convertsScalars()
    {
        QCOMPARE(Value::fromPlainScalar("0x1F").toInteger(), std::optional<long long>(31));
        QCOMPARE(Value::fromPlainScalar("-9223372036854775808").toInteger(),
                 std::optional<long long>(std::numeric_limits<long long>::min()));
        QCOMPARE(Value::fromPlainScalar("9223372036854775808").toInteger(),
                 std::optional<long long>());
        QCOMPARE(Value::fromPlainScalar("1.5e3").toDouble(), std::optional<double>(1500.0));
        QCOMPARE(Value::fromPlainScalar("True").toBool(), std::optional<bool>(true));
        QCOMPARE(Value::string("5").toInteger(), std::optional<long long>());
        QCOMPARE(Value::integer(7).text(), std::string("7"));
        // The text as written is kept: 0x10 and 16 are different values of the file.
        QVERIFY(Value::fromPlainScalar("0x10") != Value::fromPlainScalar("16"));
        QVERIFY(Value::string("1") != Value::integer(1));
    }

    void comparesMapsInOrder()
    {
        const Value a = Value::map({{"x", Value::integer(1)}, {"y", Value::integer(2)}});
        const Value b = Value::map({{"y", Value::integer(2)}, {"x", Value::integer(1)}});
        QVERIFY(a != b);
        Value c = a;
        c.set("x", Value::integer(3));
        QCOMPARE(c.entries().front().first, std::string("x"));
        QCOMPARE(c.find("x")->toInteger(), std::optional<long long>(3));
        QVERIFY(c.remove("x"));
        QVERIFY(!c.find("x"));
    }

    void mergesTaskSettingsKeyByKey()
    {
        TaskSettings base;
        base.set("FullLoadSettings", "MaxFullLoadSubTasks", Value::integer(8));
        base.set("FullLoadSettings", "CommitRate", Value::integer(10000));
        base.set("Logging", "EnableLogging", Value::boolean(false));
        TaskSettings overrides;
        overrides.set("FullLoadSettings", "MaxFullLoadSubTasks", Value::integer(4));
        overrides.set("ErrorBehavior", "DataErrorPolicy", Value::string("STOP_TASK"));
        const TaskSettings merged = base.mergedWith(overrides);
        QCOMPARE(merged.find("FullLoadSettings", "MaxFullLoadSubTasks")->toInteger(),
                 std::optional<long long>(4));
        QCOMPARE(merged.find("FullLoadSettings", "CommitRate")->toInteger(),
                 std::optional<long long>(10000));
        QCOMPARE(merged.find("Logging", "EnableLogging")->toBool(), std::optional<bool>(false));
        QCOMPARE(merged.find("ErrorBehavior", "DataErrorPolicy")->text(),
                 std::string("STOP_TASK"));
        QVERIFY(!merged.find("ErrorBehavior", "TableErrorPolicy"));
    }

    void buildsConnectionSpecs()
    {
        Endpoint sqlite;
        sqlite.name = "archive";
        sqlite.engine = Dialect::Sqlite;
        sqlite.path = "data/../archive/hr.db";
        auto spec = sqlite.connectionSpec("/srv/projects/hr");
        QVERIFY(spec.ok());
        QCOMPARE(spec->dialect, Dialect::Sqlite);
        QCOMPARE(spec->path, std::string("/srv/projects/hr/archive/hr.db"));

        Endpoint mysql;
        mysql.name = "target";
        mysql.engine = Dialect::MySql;
        mysql.uri = "mysql://ferry@127.0.0.1:3307/hr?ssl-mode=REQUIRED";
        mysql.options = {{"ssl-mode", "VERIFY_IDENTITY"}};
        mysql.passwordSource = PasswordSource::Env;
        mysql.passwordEnv = "TARGET_PW";
        mysql.password = Secret("pw");
        spec = mysql.connectionSpec("/srv/projects/hr");
        QVERIFY(spec.ok());
        QCOMPARE(spec->host, std::string("127.0.0.1"));
        QCOMPARE(spec->port, 3307);
        QCOMPARE(spec->user, std::string("ferry"));
        QCOMPARE(spec->option("ssl-mode"), std::string("VERIFY_IDENTITY"));
        QCOMPARE(spec->passwordSource, PasswordSource::Env);
        QCOMPARE(spec->passwordEnv, std::string("TARGET_PW"));
        QCOMPARE(spec->password.reveal(), std::string("pw"));

        mysql.engine = Dialect::PostgreSql;
        spec = mysql.connectionSpec({});
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().code, ErrorCode::InvalidUri);
    }

    void endpointEqualityIgnoresTheRuntimePassword()
    {
        Endpoint a;
        a.name = "x";
        Endpoint b = a;
        b.password = Secret("secret");
        QVERIFY(a == b);
        b.passwordSource = PasswordSource::Prompt;
        QVERIFY(!(a == b));
    }

    void namesMigrationTypes()
    {
        QCOMPARE(std::string(migrationTypeName(MigrationType::FullLoadAndCdc)),
                 std::string("full-load-and-cdc"));
        QCOMPARE(migrationTypeFromName("cdc"), std::optional<MigrationType>(MigrationType::Cdc));
        QCOMPARE(migrationTypeFromName("CDC"), std::optional<MigrationType>());
    }

    void suggestsCloseWords()
    {
        using detail::closestMatch;
        const std::vector<std::string> keys = {"ferry", "name", "description", "endpoints",
                                               "mappings", "settings", "tasks"};
        QCOMPARE(closestMatch("endpionts", keys), std::string("endpoints"));
        QCOMPARE(closestMatch("Tasks", keys), std::string("tasks"));
        QCOMPARE(closestMatch("setting", keys), std::string("settings"));
        QCOMPARE(closestMatch("colour", keys), std::string());
        QCOMPARE(closestMatch("x", keys), std::string());
        QCOMPARE(detail::editDistance("ab", "ba"), size_t(1));
        QCOMPARE(detail::editDistance("kitten", "sitting"), size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestProjectModel)
#include "tst_project_model.moc"
