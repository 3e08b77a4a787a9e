// SPDX-License-Identifier: MIT
// Loading, validating and saving project files (engine/project/project_file.h).
#include "engine/project/project_file.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::project;

namespace {

QString q(const std::string &text) { return QString::fromStdString(text); }

QString examplePath()
{
    return QStringLiteral(FERRY_SOURCE_DIR "/tests/unit/project/data/example.ferry.yaml");
}

std::string readExample()
{
    QFile file(examplePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

/// text with `before` (which must occur exactly once) replaced by `after`.
std::string replaced(std::string text, const std::string &before, const std::string &after)
{
    const size_t at = text.find(before);
    if (at == std::string::npos || text.find(before, at + 1) != std::string::npos)
        return "<replaced(): block not found exactly once>";
    return text.replace(at, before.size(), after);
}

const char *const MinimalHeader = "ferry: 1\nname: demo\n";

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void loadsEveryFieldOfTheExample()
    {
        LoadReport report;
        auto loaded = loadProjectFile(examplePath().toStdString(), &report);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().toString().c_str());
        QVERIFY(report.errors.empty());
        QVERIFY2(report.warnings.empty(), formatIssues(report).c_str());
        const Project &p = *loaded;

        QCOMPARE(p.version, 1);
        QCOMPARE(q(p.name), QStringLiteral("hr-migration"));
        QCOMPARE(q(p.description),
                 QStringLiteral("Moves the HR schema from the legacy PostgreSQL server\n"
                                "to the new MariaDB cluster.\n"));

        QCOMPARE(p.endpoints.size(), size_t(4));
        const Endpoint &source = p.endpoints[0];
        QCOMPARE(q(source.name), QStringLiteral("source"));
        QCOMPARE(source.engine, Dialect::PostgreSql);
        QVERIFY(source.uri.empty());
        QCOMPARE(q(source.host), QStringLiteral("127.0.0.1"));
        QCOMPARE(source.port, 5432);
        QCOMPARE(q(source.database), QStringLiteral("hr"));
        QCOMPARE(q(source.user), QStringLiteral("ferry"));
        QVERIFY(source.path.empty());
        QVERIFY(source.dsn.empty());
        const std::map<std::string, std::string> sourceOptions = {
            {"connect_timeout", "10"},
            {"sslmode", "verify-full"},
            {"sslrootcert", "/etc/ferry/ca.pem"}};
        QVERIFY(source.options == sourceOptions);
        QCOMPARE(source.passwordSource, PasswordSource::Env);
        QCOMPARE(q(source.passwordEnv), QStringLiteral("HR_PG_PASSWORD"));
        QVERIFY(source.password.isEmpty());

        const Endpoint &target = p.endpoints[1];
        QCOMPARE(q(target.name), QStringLiteral("target"));
        QCOMPARE(target.engine, Dialect::MySql);
        QCOMPARE(q(target.uri),
                 QStringLiteral("mysql://ferry@127.0.0.1:3306/hr?ssl-mode=REQUIRED"));
        QVERIFY(target.host.empty());
        QCOMPARE(target.port, 0);
        QVERIFY(target.options.empty());
        QCOMPARE(target.passwordSource, PasswordSource::Keyring);
        QVERIFY(target.passwordEnv.empty());

        const Endpoint &archive = p.endpoints[2];
        QCOMPARE(q(archive.name), QStringLiteral("archive"));
        QCOMPARE(archive.engine, Dialect::Sqlite);
        QCOMPARE(q(archive.path), QStringLiteral("archive/hr.db"));
        QCOMPARE(archive.passwordSource, PasswordSource::None);

        const Endpoint &reporting = p.endpoints[3];
        QCOMPARE(q(reporting.name), QStringLiteral("reporting"));
        QCOMPARE(reporting.engine, Dialect::Odbc);
        QCOMPARE(q(reporting.dsn), QStringLiteral("ferry_pg"));
        QCOMPARE(q(reporting.user), QStringLiteral("reporter"));
        QCOMPARE(reporting.passwordSource, PasswordSource::Prompt);

        QCOMPARE(p.mappings.size(), size_t(1));
        QCOMPARE(q(p.mappings[0].name), QStringLiteral("hr-default"));
        const auto &rules = p.mappings[0].mapping.rules;
        QCOMPARE(rules.size(), size_t(5));

        const MappingRule &include = rules[0];
        QCOMPARE(q(include.ruleType()), QStringLiteral("selection"));
        QCOMPARE(q(include.ruleId()), QStringLiteral("1"));
        QCOMPARE(include.fields.find("rule-id")->kind(), Value::Kind::String);
        QCOMPARE(q(include.ruleName()), QStringLiteral("include-hr"));
        QCOMPARE(q(include.ruleAction()), QStringLiteral("include"));
        QCOMPARE(q(include.locator("schema-name")), QStringLiteral("hr"));
        QCOMPARE(q(include.locator("table-name")), QStringLiteral("%"));
        QVERIFY(include.fields.find("filters")->isList());
        QVERIFY(include.fields.find("filters")->items().empty());
        QStringList keys;
        for (const auto &entry : include.fields.entries())
            keys << q(entry.first);
        QCOMPARE(keys, QStringList({QStringLiteral("rule-type"), QStringLiteral("rule-id"),
                                    QStringLiteral("rule-name"), QStringLiteral("object-locator"),
                                    QStringLiteral("rule-action"), QStringLiteral("filters")}));

        const MappingRule &exclude = rules[1];
        QCOMPARE(q(exclude.ruleId()), QStringLiteral("2"));
        QCOMPARE(exclude.fields.find("rule-id")->kind(), Value::Kind::Integer);
        QCOMPARE(q(exclude.ruleAction()), QStringLiteral("exclude"));
        QCOMPARE(q(exclude.locator("table-name")), QStringLiteral("audit_log"));

        const MappingRule &lower = rules[2];
        QCOMPARE(q(lower.ruleType()), QStringLiteral("transformation"));
        QCOMPARE(q(lower.ruleTarget()), QStringLiteral("table"));
        QCOMPARE(q(lower.ruleAction()), QStringLiteral("convert-lowercase"));
        QCOMPARE(q(lower.locator("schema-name")), QStringLiteral("%"));

        const MappingRule &addColumn = rules[3];
        QCOMPARE(q(addColumn.ruleAction()), QStringLiteral("add-column"));
        QCOMPARE(q(addColumn.fields.find("value")->text()), QStringLiteral("loaded_at"));
        QCOMPARE(q(addColumn.fields.find("expression")->text()),
                 QStringLiteral("datetime('now')"));
        const Value *dataType = addColumn.fields.find("data-type");
        QCOMPARE(q(dataType->find("type")->text()), QStringLiteral("datetime"));
        QCOMPARE(dataType->find("precision")->toInteger(), std::optional<long long>(6));

        const MappingRule &split = rules[4];
        QCOMPARE(q(split.ruleType()), QStringLiteral("table-settings"));
        QVERIFY(split.ruleAction().empty());
        const Value *parallel = split.fields.find("parallel-load");
        QCOMPARE(q(parallel->find("type")->text()), QStringLiteral("ranges"));
        QCOMPARE(parallel->find("columns")->items().size(), size_t(1));
        QCOMPARE(q(parallel->find("columns")->items()[0].text()), QStringLiteral("emp_no"));
        const auto &boundaries = parallel->find("boundaries")->items();
        QCOMPARE(boundaries.size(), size_t(2));
        QCOMPARE(q(boundaries[1].items()[0].text()), QStringLiteral("20000"));
        QCOMPARE(boundaries[1].items()[0].kind(), Value::Kind::String);
        const Value *lob = split.fields.find("lob-settings");
        QCOMPARE(q(lob->find("mode")->text()), QStringLiteral("limited"));
        QCOMPARE(lob->find("bulk-max-size")->kind(), Value::Kind::String);
        QCOMPARE(q(lob->find("bulk-max-size")->text()), QStringLiteral("6000"));

        QStringList groups;
        for (const auto &entry : p.settings.groups.entries())
            groups << q(entry.first);
        QCOMPARE(groups, QStringList({QStringLiteral("TargetMetadata"),
                                      QStringLiteral("FullLoadSettings"), QStringLiteral("Logging"),
                                      QStringLiteral("ErrorBehavior"),
                                      QStringLiteral("PostProcessingRules")}));
        QCOMPARE(p.settings.find("TargetMetadata", "TargetSchema")->kind(), Value::Kind::String);
        QVERIFY(p.settings.find("TargetMetadata", "TargetSchema")->text().empty());
        QCOMPARE(p.settings.find("TargetMetadata", "SupportLobs")->toBool(),
                 std::optional<bool>(true));
        QCOMPARE(p.settings.find("TargetMetadata", "LobMaxSize")->toInteger(),
                 std::optional<long long>(32));
        QCOMPARE(q(p.settings.find("FullLoadSettings", "TargetTablePrepMode")->text()),
                 QStringLiteral("DROP_AND_CREATE"));
        QCOMPARE(p.settings.find("FullLoadSettings", "MaxFullLoadSubTasks")->toInteger(),
                 std::optional<long long>(8));
        QCOMPARE(p.settings.find("FullLoadSettings", "CommitRate")->toInteger(),
                 std::optional<long long>(10000));
        QCOMPARE(p.settings.find("Logging", "EnableLogging")->toBool(), std::optional<bool>(true));
        const auto &components = p.settings.find("Logging", "LogComponents")->items();
        QCOMPARE(components.size(), size_t(2));
        QCOMPARE(q(components[1].find("Id")->text()), QStringLiteral("TARGET_LOAD"));
        QCOMPARE(q(components[1].find("Severity")->text()),
                 QStringLiteral("LOGGER_SEVERITY_DEBUG"));
        QVERIFY(p.settings.find("Logging", "CloudWatchLogGroup")->isNull());
        QCOMPARE(q(p.settings.find("ErrorBehavior", "DataErrorPolicy")->text()),
                 QStringLiteral("LOG_ERROR"));
        QCOMPARE(p.settings.find("ErrorBehavior", "RecoverableErrorCount")->toInteger(),
                 std::optional<long long>(-1));
        QVERIFY(p.settings.groups.find("PostProcessingRules")->isNull());

        QCOMPARE(p.tasks.size(), size_t(2));
        const Task &fullCopy = p.tasks[0];
        QCOMPARE(q(fullCopy.name), QStringLiteral("full-copy"));
        QCOMPARE(q(fullCopy.source), QStringLiteral("source"));
        QCOMPARE(q(fullCopy.target), QStringLiteral("target"));
        QCOMPARE(fullCopy.migrationType, MigrationType::FullLoadAndCdc);
        QCOMPARE(q(fullCopy.mappingName), QStringLiteral("hr-default"));
        QVERIFY(!fullCopy.inlineMapping);
        QCOMPARE(fullCopy.settings.find("FullLoadSettings", "MaxFullLoadSubTasks")->toInteger(),
                 std::optional<long long>(4));
        QCOMPARE(p.mappingFor(fullCopy), &p.mappings[0].mapping);
        const TaskSettings effective = p.effectiveSettings(fullCopy);
        QCOMPARE(effective.find("FullLoadSettings", "MaxFullLoadSubTasks")->toInteger(),
                 std::optional<long long>(4));
        QCOMPARE(effective.find("FullLoadSettings", "CommitRate")->toInteger(),
                 std::optional<long long>(10000));

        const Task &archiveCopy = p.tasks[1];
        QCOMPARE(q(archiveCopy.name), QStringLiteral("archive-copy"));
        QCOMPARE(q(archiveCopy.target), QStringLiteral("archive"));
        QCOMPARE(archiveCopy.migrationType, MigrationType::FullLoad);
        QVERIFY(archiveCopy.mappingName.empty());
        QVERIFY(archiveCopy.inlineMapping.has_value());
        QCOMPARE(archiveCopy.inlineMapping->rules.size(), size_t(1));
        const MappingRule &inlineRule = archiveCopy.inlineMapping->rules[0];
        QCOMPARE(inlineRule.fields.find("rule-id")->kind(), Value::Kind::Integer);
        QCOMPARE(inlineRule.fields.find("rule-name")->kind(), Value::Kind::String);
        QCOMPARE(q(inlineRule.ruleName()), QStringLiteral("1"));
        QVERIFY(archiveCopy.settings.isEmpty());
        QCOMPARE(p.mappingFor(archiveCopy), &*archiveCopy.inlineMapping);
    }

    void roundTripsTheExample()
    {
        auto loaded = loadProjectFile(examplePath().toStdString());
        QVERIFY(loaded.ok());
        const std::string canonical = formatProject(*loaded);
        LoadReport report;
        auto reloaded = parseProject(canonical, "canonical.yaml", &report);
        QVERIFY2(reloaded.ok(), formatIssues(report).c_str());
        QVERIFY(*reloaded == *loaded);
        // Saving the canonical form again is stable.
        QCOMPARE(q(formatProject(*reloaded)), q(canonical));
    }

    void writesTheDocumentedCanonicalLayout()
    {
        Project p;
        p.name = "demo";
        p.description = "Line one\nLine two\n";
        Endpoint db;
        db.name = "db";
        db.engine = Dialect::Sqlite;
        db.path = "demo.db";
        Endpoint pg;
        pg.name = "pg";
        pg.engine = Dialect::PostgreSql;
        pg.host = "localhost";
        pg.port = 5433;
        pg.options = {{"sslmode", "require"}, {"connect_timeout", "5"}};
        pg.passwordSource = PasswordSource::Env;
        pg.passwordEnv = "PG_PASSWORD";
        p.endpoints = {db, pg};
        MappingRule rule;
        rule.fields = Value::map({{"rule-type", Value::string("selection")},
                                  {"rule-id", Value::string("1")},
                                  {"rule-name", Value::string("all")},
                                  {"object-locator",
                                   Value::map({{"schema-name", Value::string("main")},
                                               {"table-name", Value::string("%")}})},
                                  {"rule-action", Value::string("include")}});
        p.mappings = {{"everything", TableMapping{{rule}}}};
        p.settings.set("FullLoadSettings", "CommitRate", Value::integer(5000));
        Task task;
        task.name = "copy";
        task.source = "pg";
        task.target = "db";
        task.mappingName = "everything";
        p.tasks = {task};

        const std::string expected = "ferry: 1\n"
                                     "name: demo\n"
                                     "description: |\n"
                                     "  Line one\n"
                                     "  Line two\n"
                                     "\n"
                                     "endpoints:\n"
                                     "  db:\n"
                                     "    engine: sqlite\n"
                                     "    path: demo.db\n"
                                     "  pg:\n"
                                     "    engine: postgresql\n"
                                     "    host: localhost\n"
                                     "    port: 5433\n"
                                     "    options:\n"
                                     "      connect_timeout: 5\n"
                                     "      sslmode: require\n"
                                     "    password:\n"
                                     "      from: env:PG_PASSWORD\n"
                                     "\n"
                                     "mappings:\n"
                                     "  everything:\n"
                                     "    rules:\n"
                                     "      - rule-type: selection\n"
                                     "        rule-id: \"1\"\n"
                                     "        rule-name: all\n"
                                     "        object-locator:\n"
                                     "          schema-name: main\n"
                                     "          table-name: \"%\"\n"
                                     "        rule-action: include\n"
                                     "\n"
                                     "settings:\n"
                                     "  FullLoadSettings:\n"
                                     "    CommitRate: 5000\n"
                                     "\n"
                                     "tasks:\n"
                                     "  copy:\n"
                                     "    source: pg\n"
                                     "    target: db\n"
                                     "    migration-type: full-load\n"
                                     "    mapping: everything\n";
        QCOMPARE(q(formatProject(p)), q(expected));
        auto text = projectToYaml(p);
        QVERIFY2(text.ok(), text.ok() ? "" : text.error().toString().c_str());
        QCOMPARE(q(*text), q(expected));
        auto reloaded = parseProject(expected, "expected.yaml");
        QVERIFY(reloaded.ok());
        QVERIFY(*reloaded == p);
    }

    void roundTripsAwkwardStrings_data()
    {
        QTest::addColumn<QString>("text");
        const char *const samples[] = {
            "true", "False", "null", "~", "", " leading", "trailing ", "123", "-7", "0x1F",
            "1.5e3", ".inf", "yes", "no", "on", "OFF", "y", "0755", "2013-01-01 00:00:00",
            "a: b", "a #b", "#start", "- dash", "-", "[x]", "{x}", "*alias", "&anchor",
            "!tag", "%percent", "@at", "`tick", "'single'", "\"double\"", "back\\slash",
            "ünïcödé ✓", "tab\tinside", "one\ntwo", "one\ntwo\n", "one\ntwo\n\n", "\nlead",
            "  indented\nfirst", "line\n   \nspaces-only line", "crlf\r\nline", "<<", "=",
            "${schema-name}", "$AR_H_STREAM_POSITION", "col1 || '_' || col2", "a,b", "?q",
            "|pipe", ">fold", "env:X", "x:", "key: value\nnext: line\n"};
        for (const char *sample : samples)
            QTest::newRow(sample) << QString::fromUtf8(sample);
    }

    void roundTripsAwkwardStrings()
    {
        QFETCH(QString, text);
        const std::string value = text.toStdString();
        Project p;
        p.name = value.empty() ? "x" : value;
        p.description = value;
        Endpoint endpoint;
        endpoint.name = value.empty() ? "e" : value;
        endpoint.engine = Dialect::PostgreSql;
        endpoint.host = value;
        endpoint.options = {{"application_name", value}};
        p.endpoints = {endpoint};
        MappingRule rule;
        rule.fields = Value::map({{"rule-type", Value::string("selection")},
                                  {"rule-id", Value::string(value.empty() ? "1" : value)},
                                  {"rule-name", Value::string(value.empty() ? "n" : value)},
                                  {"object-locator",
                                   Value::map({{"schema-name", Value::string(value)},
                                               {"table-name", Value::string(value)}})},
                                  {"rule-action", Value::string("include")}});
        p.mappings = {{"m", TableMapping{{rule}}}};
        p.settings.set("TargetMetadata", "TargetSchema", Value::string(value));
        const std::string yaml = formatProject(p);
        LoadReport report;
        auto reloaded = parseProject(yaml, "strings.yaml", &report);
        QVERIFY2(reloaded.ok(), (formatIssues(report) + yaml).c_str());
        QVERIFY2(*reloaded == p, yaml.c_str());
    }

    void keepsAnUnchangedFileByteForByte()
    {
        const std::string original = readExample();
        QVERIFY(!original.empty());
        auto loaded = parseProject(original, "example.ferry.yaml");
        QVERIFY(loaded.ok());
        auto saved = projectToYaml(*loaded);
        QVERIFY(saved.ok());
        QCOMPARE(q(*saved), q(original));
    }

    void reemitsOnlyTheChangedEndpoint()
    {
        const std::string original = readExample();
        auto loaded = parseProject(original, "example.ferry.yaml");
        QVERIFY(loaded.ok());
        Project p = *loaded;
        p.findEndpoint("target")->uri = "mysql://ferry@127.0.0.1:3307/hr";
        auto saved = projectToYaml(p);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().toString().c_str());
        const std::string expected = replaced(
            original,
            "  target:\n"
            "    engine: mysql\n"
            "    uri: mysql://ferry@127.0.0.1:3306/hr?ssl-mode=REQUIRED\n"
            "    password: {from: keyring}\n",
            "  target:\n"
            "    engine: mysql\n"
            "    uri: mysql://ferry@127.0.0.1:3307/hr\n"
            "    password:\n"
            "      from: keyring\n");
        QCOMPARE(q(*saved), q(expected));
        // Comments elsewhere, including the one above the changed endpoint, survive.
        QVERIFY(saved->find("# The new cluster.") != std::string::npos);
        QVERIFY(saved->find("# relative to this file") != std::string::npos);
        QVERIFY(saved->find("# the target is small") != std::string::npos);
    }

    void dropsCommentsInsideAChangedEntryOnly()
    {
        const std::string original = readExample();
        auto loaded = parseProject(original, "example.ferry.yaml");
        QVERIFY(loaded.ok());
        Project p = *loaded;
        p.tasks[0].settings.set("FullLoadSettings", "MaxFullLoadSubTasks", Value::integer(6));
        auto saved = projectToYaml(p);
        QVERIFY(saved.ok());
        const std::string expected = replaced(original,
                                              "        MaxFullLoadSubTasks: 4   # the target is "
                                              "small\n",
                                              "        MaxFullLoadSubTasks: 6\n");
        QCOMPARE(q(*saved), q(expected));
    }

    void appendsANewEndpointInTheFileStyle()
    {
        const std::string original = readExample();
        auto loaded = parseProject(original, "example.ferry.yaml");
        QVERIFY(loaded.ok());
        Project p = *loaded;
        Endpoint warehouse;
        warehouse.name = "warehouse";
        warehouse.engine = Dialect::PostgreSql;
        warehouse.host = "db.example.com";
        warehouse.passwordSource = PasswordSource::Env;
        warehouse.passwordEnv = "WH_PASSWORD";
        p.endpoints.push_back(warehouse);
        auto saved = projectToYaml(p);
        QVERIFY(saved.ok());
        const std::string expected = replaced(original,
                                              "    password: {from: prompt}\n"
                                              "\n"
                                              "mappings:\n",
                                              "    password: {from: prompt}\n"
                                              "\n"
                                              "  warehouse:\n"
                                              "    engine: postgresql\n"
                                              "    host: db.example.com\n"
                                              "    password:\n"
                                              "      from: env:WH_PASSWORD\n"
                                              "\n"
                                              "mappings:\n");
        QCOMPARE(q(*saved), q(expected));
    }

    void removesADeletedSectionWithItsLines()
    {
        const std::string original = readExample();
        auto loaded = parseProject(original, "example.ferry.yaml");
        QVERIFY(loaded.ok());
        Project p = *loaded;
        p.description.clear();
        auto saved = projectToYaml(p);
        QVERIFY(saved.ok());
        const std::string expected = replaced(original,
                                              "description: |\n"
                                              "  Moves the HR schema from the legacy PostgreSQL "
                                              "server\n"
                                              "  to the new MariaDB cluster.\n"
                                              "\n",
                                              "");
        QCOMPARE(q(*saved), q(expected));
    }

    void insertsANewSectionAtItsCanonicalPlace()
    {
        const std::string original = "# header comment\n"
                                     "ferry: 1   # format\n"
                                     "name: demo # the name\n"
                                     "tasks: {}  # none yet\n";
        auto loaded = parseProject(original, "small.yaml");
        QVERIFY(loaded.ok());
        Project p = *loaded;
        p.description = "Added later.";
        auto saved = projectToYaml(p);
        QVERIFY(saved.ok());
        QCOMPARE(q(*saved), QStringLiteral("# header comment\n"
                                           "ferry: 1   # format\n"
                                           "name: demo # the name\n"
                                           "description: Added later.\n"
                                           "tasks: {}  # none yet\n"));
        // A changed scalar section loses only its own line comment.
        p.name = "renamed";
        saved = projectToYaml(p);
        QVERIFY(saved.ok());
        QCOMPARE(q(*saved), QStringLiteral("# header comment\n"
                                           "ferry: 1   # format\n"
                                           "name: renamed\n"
                                           "description: Added later.\n"
                                           "tasks: {}  # none yet\n"));
    }

    void keepsTheLayoutThroughManyEdits_data()
    {
        QTest::addColumn<int>("mutation");
        const char *const names[] = {"change a port",          "remove an endpoint",
                                     "swap two endpoints",     "add an option",
                                     "remove all settings",    "add a settings group",
                                     "change a rule",          "add a mapping",
                                     "remove a task",          "rename a task",
                                     "remove every task",      "one-line description",
                                     "rename the project",     "endpoint becomes a URI",
                                     "inline mapping by name", "clear everything"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }

    void keepsTheLayoutThroughManyEdits()
    {
        QFETCH(int, mutation);
        const std::string original = readExample();
        auto loaded = parseProject(original, "example.ferry.yaml");
        QVERIFY(loaded.ok());
        Project p = *loaded;
        switch (mutation) {
        case 0: p.findEndpoint("source")->port = 6432; break;
        case 1: p.endpoints.pop_back(); break;
        case 2: std::swap(p.endpoints[0], p.endpoints[1]); break;
        case 3: p.findEndpoint("archive")->options["mode"] = "ro"; break;
        case 4:
            p.settings = {};
            p.tasks[0].settings = {};
            break;
        case 5:
            p.settings.set("ValidationSettings", "EnableValidation", Value::boolean(true));
            break;
        case 6:
            p.mappings[0].mapping.rules[1].fields.set("rule-action", Value::string("include"));
            break;
        case 7: {
            NamedMapping extra = p.mappings[0];
            extra.name = "copy-of-default";
            p.mappings.push_back(extra);
            break;
        }
        case 8: p.tasks.pop_back(); break;
        case 9: p.tasks[0].name = "initial-load"; break;
        case 10: p.tasks.clear(); break;
        case 11: p.description = "One line."; break;
        case 12: p.name = "people-migration"; break;
        case 13: {
            Endpoint *source = p.findEndpoint("source");
            source->host.clear();
            source->port = 0;
            source->database.clear();
            source->user.clear();
            source->uri = "postgresql://ferry@127.0.0.1:5432/hr";
            break;
        }
        case 14:
            p.mappings.push_back({"archive", *p.tasks[1].inlineMapping});
            p.tasks[1].inlineMapping.reset();
            p.tasks[1].mappingName = "archive";
            break;
        case 15: {
            Project empty;
            empty.name = p.name;
            empty.origin = p.origin;
            p = empty;
            break;
        }
        }
        auto saved = projectToYaml(p);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().toString().c_str());
        LoadReport report;
        auto reloaded = parseProject(*saved, "saved.yaml", &report);
        QVERIFY2(reloaded.ok(), formatIssues(report).c_str());
        QVERIFY(*reloaded == p);
        // The layout was merged, not thrown away: the file header and an untouched comment stay.
        QVERIFY2(saved->rfind("# HR migration: PostgreSQL -> MariaDB.\n"
                              "# Edited by hand; Ferry keeps these comments when it saves.\n"
                              "ferry: 1\n",
                              0)
                     == 0,
                 saved->c_str());
        if (mutation != 4 && mutation != 15) {
            QVERIFY2(saved->find("# Defaults for every task (AWS DMS task-settings names).")
                         != std::string::npos,
                     saved->c_str());
        }
    }

    void keepsDirectivesAndDocumentMarkers()
    {
        const std::string original = "%YAML 1.2\n"
                                     "---\n"
                                     "# project\n"
                                     "ferry: 1\n"
                                     "name: demo\n"
                                     "...\n";
        auto loaded = parseProject(original, "markers.yaml");
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().toString().c_str());
        auto same = projectToYaml(*loaded);
        QVERIFY(same.ok());
        QCOMPARE(q(*same), q(original));
        Project p = *loaded;
        p.name = "other";
        auto saved = projectToYaml(p);
        QVERIFY(saved.ok());
        QCOMPARE(q(*saved), QStringLiteral("%YAML 1.2\n---\n# project\nferry: 1\nname: other\n"));
    }

    void rewritesAFlowStyleFileCanonically()
    {
        auto loaded = parseProject("{ferry: 1, name: demo}  # flow style\n", "flow.yaml");
        QVERIFY(loaded.ok());
        Project p = *loaded;
        p.name = "other";
        auto saved = projectToYaml(p);
        QVERIFY(saved.ok());
        QCOMPARE(q(*saved), QStringLiteral("ferry: 1\nname: other\n"));
    }

    void saveFileWritesAndRemembersTheNewText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("saved.ferry.yaml")).toStdString();
        auto loaded = loadProjectFile(examplePath().toStdString());
        QVERIFY(loaded.ok());
        Project p = *loaded;
        p.name = "hr-migration-2";
        auto saved = saveProjectFile(p, path);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().toString().c_str());
        QVERIFY(*saved == p);
        auto reread = loadProjectFile(path);
        QVERIFY(reread.ok());
        QVERIFY(*reread == p);
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string text = file.readAll().toStdString();
        QVERIFY(text.find("name: hr-migration-2\n") != std::string::npos);
        QVERIFY(text.find("# Edited by hand; Ferry keeps these comments when it saves.")
                != std::string::npos);
        // The returned project carries the new file's layout: saving it again is a no-op.
        auto again = projectToYaml(*saved);
        QVERIFY(again.ok());
        QCOMPARE(q(*again), q(text));
    }

    void neverWritesAPassword()
    {
        const std::string secret = "hunter2-Very-Secret";
        Project p;
        p.name = "demo";
        Endpoint endpoint;
        endpoint.name = "source";
        endpoint.engine = Dialect::PostgreSql;
        endpoint.host = "127.0.0.1";
        endpoint.passwordSource = PasswordSource::Keyring;
        endpoint.password = Secret(secret);
        p.endpoints = {endpoint};
        QVERIFY(formatProject(p).find(secret) == std::string::npos);
        auto text = projectToYaml(p);
        QVERIFY(text.ok());
        QVERIFY(text->find(secret) == std::string::npos);
        QVERIFY(text->find("from: keyring") != std::string::npos);

        // Also through a loaded project (origin path) and the file writer.
        auto loaded = loadProjectFile(examplePath().toStdString());
        QVERIFY(loaded.ok());
        Project withSecrets = *loaded;
        for (Endpoint &e : withSecrets.endpoints)
            e.password = Secret(secret);
        withSecrets.findEndpoint("target")->port = 0;
        withSecrets.findEndpoint("source")->port = 6543; // force a re-emitted endpoint
        auto merged = projectToYaml(withSecrets);
        QVERIFY(merged.ok());
        QVERIFY(merged->find(secret) == std::string::npos);
        QVERIFY(merged->find("port: 6543") != std::string::npos);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("p.yaml")).toStdString();
        auto saved = saveProjectFile(withSecrets, path);
        QVERIFY(saved.ok());
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(QByteArray::fromStdString(secret)));
        // The in-memory secret stays with the caller's copy.
        QCOMPARE(q(saved->findEndpoint("source")->password.reveal()), q(secret));
    }

    void refusesToSaveAnInvalidProject()
    {
        Project p;
        p.name = "demo";
        Task task;
        task.name = "copy";
        task.source = "nowhere";
        task.target = "nowhere";
        p.tasks = {task};
        auto text = projectToYaml(p);
        QVERIFY(!text.ok());
        QCOMPARE(text.error().code, ErrorCode::ProjectInvalid);
        QCOMPARE(q(text.error().message),
                 QStringLiteral("The project cannot be saved because it is not valid: The task "
                                "'copy' refers to the endpoint 'nowhere', which is not "
                                "defined."));

        Project secretOption;
        secretOption.name = "demo";
        Endpoint endpoint;
        endpoint.name = "db";
        endpoint.engine = Dialect::PostgreSql;
        endpoint.options = {{"password", "oops"}};
        secretOption.endpoints = {endpoint};
        auto refused = projectToYaml(secretOption);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().toString().find("oops") == std::string::npos);
    }

    void rejectsWithPositionAndSuggestion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");

        QTest::newRow("unknown top-level key")
            << QStringLiteral("ferry: 1\nname: demo\nendpionts:\n  db:\n    engine: sqlite\n"
                              "    path: demo.db\n")
            << 3 << 1 << QStringLiteral("endpionts") << QStringLiteral("Unknown key 'endpionts'.")
            << QStringLiteral("Did you mean 'endpoints'?");
        QTest::newRow("port is not a number")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  source:\n"
                              "    engine: postgresql\n    host: 127.0.0.1\n    port: \"abc\"\n")
            << 7 << 11 << QStringLiteral("endpoints.source.port")
            << QStringLiteral("Expected a port number from 1 to 65535, found the string \"abc\".")
            << QStringLiteral("Write the port as a number, e.g. port: 5432.");
        QTest::newRow("quoted port")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  source:\n"
                              "    engine: postgresql\n    port: \"5432\"\n")
            << 6 << 11 << QStringLiteral("endpoints.source.port")
            << QStringLiteral("Expected a port number from 1 to 65535, found the string \"5432\".")
            << QStringLiteral("Remove the quotes around 5432.");
        QTest::newRow("literal password")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  source:\n"
                              "    engine: postgresql\n    user: ferry\n"
                              "    password: s3cr3t-Pa55\n")
            << 7 << 15 << QStringLiteral("endpoints.source.password")
            << QStringLiteral("A password must not be written into the project file.")
            << QStringLiteral("Say where the password comes from instead: password: "
                              "{from: keyring}, {from: env:NAME}, {from: prompt} or "
                              "{from: pgpass}.");
        QTest::newRow("password inside the uri")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  source:\n"
                              "    engine: postgresql\n"
                              "    uri: postgresql://ferry:s3cr3t-Pa55@127.0.0.1/hr\n")
            << 6 << 10 << QStringLiteral("endpoints.source.uri")
            << QStringLiteral("A password must not be written into the project file.")
            << QStringLiteral("Say where the password comes from instead: password: "
                              "{from: keyring}, {from: env:NAME}, {from: prompt} or "
                              "{from: pgpass}.");
        QTest::newRow("password among the options")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  source:\n"
                              "    engine: odbc\n    dsn: x\n    options:\n"
                              "      PWD: s3cr3t-Pa55\n")
            << 8 << 12 << QStringLiteral("endpoints.source.options.PWD")
            << QStringLiteral("A password must not be written into the project file.")
            << QStringLiteral("Say where the password comes from instead: password: "
                              "{from: keyring}, {from: env:NAME}, {from: prompt} or "
                              "{from: pgpass}.");
        QTest::newRow("unknown password source")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  source:\n"
                              "    engine: postgresql\n    password: {from: keyrign}\n")
            << 6 << 22 << QStringLiteral("endpoints.source.password.from")
            << QStringLiteral("The password source is not one of keyring, env:NAME, prompt or "
                              "pgpass.")
            << QStringLiteral("Did you mean 'keyring'?");
        QTest::newRow("unknown engine")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  source:\n"
                              "    engine: postgres\n")
            << 5 << 13 << QStringLiteral("endpoints.source.engine")
            << QStringLiteral("Unknown engine 'postgres'.")
            << QStringLiteral("Did you mean 'postgresql'? Supported engines: postgresql, mysql, "
                              "sqlite, odbc.");
        QTest::newRow("mariadb engine")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  target:\n"
                              "    engine: mariadb\n")
            << 5 << 13 << QStringLiteral("endpoints.target.engine")
            << QStringLiteral("Unknown engine 'mariadb'.")
            << QStringLiteral("Use engine: mysql for MariaDB. Supported engines: postgresql, "
                              "mysql, sqlite, odbc.");
        QTest::newRow("task refers to a missing endpoint")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  source:\n    engine: sqlite\n"
                              "    path: a.db\n  target:\n    engine: sqlite\n    path: b.db\n"
                              "tasks:\n  copy:\n    source: source\n    target: warehouse\n")
            << 13 << 13 << QStringLiteral("tasks.copy.target")
            << QStringLiteral("The task 'copy' refers to the endpoint 'warehouse', which is not "
                              "defined.")
            << QStringLiteral("Defined under endpoints: source, target.");
        QTest::newRow("task endpoint misspelt")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  source:\n    engine: sqlite\n"
                              "    path: a.db\n  target:\n    engine: sqlite\n    path: b.db\n"
                              "tasks:\n  copy:\n    source: sorce\n    target: target\n")
            << 12 << 13 << QStringLiteral("tasks.copy.source")
            << QStringLiteral("The task 'copy' refers to the endpoint 'sorce', which is not "
                              "defined.")
            << QStringLiteral("Did you mean 'source'?");
        QTest::newRow("task refers to a missing mapping")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  a:\n    engine: sqlite\n"
                              "    path: a.db\ntasks:\n  copy:\n    source: a\n    target: a\n"
                              "    mapping: default\n")
            << 11 << 14 << QStringLiteral("tasks.copy.mapping")
            << QStringLiteral("The task 'copy' refers to the table mapping 'default', which is "
                              "not defined.")
            << QStringLiteral("Define it under mappings first.");
        QTest::newRow("YAML syntax error")
            << QStringLiteral("ferry: 1\nname: demo\n  description: x\n") << 3 << 14
            << QString() << QStringLiteral("The file is not valid YAML.")
            << QStringLiteral("Check the indentation, quotes and brackets at and just before "
                              "this position.");
        QTest::newRow("tab indentation")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n\tsource: {}\n") << 4 << 8
            << QString() << QStringLiteral("The file is not valid YAML.")
            << QStringLiteral("YAML does not allow tabs for indentation; indent with spaces.");
        QTest::newRow("version missing")
            << QStringLiteral("name: demo\nendpoints: {}\n") << 1 << 1 << QStringLiteral("ferry")
            << QStringLiteral("The file has no 'ferry' key with the format version.")
            << QStringLiteral("Add 'ferry: 1' as the first line.");
        QTest::newRow("version unsupported")
            << QStringLiteral("ferry: 2\nname: demo\n") << 1 << 8 << QStringLiteral("ferry")
            << QStringLiteral("The project file format version 2 is not supported.")
            << QStringLiteral("This Ferry reads version 1 files; open the project with a newer "
                              "Ferry.");
        QTest::newRow("version not a number")
            << QStringLiteral("ferry: \"1\"\nname: demo\n") << 1 << 8 << QStringLiteral("ferry")
            << QStringLiteral("Expected the format version 1, found the string \"1\".")
            << QStringLiteral("Write 'ferry: 1'.");
        QTest::newRow("empty file")
            << QStringLiteral("# nothing yet\n") << 1 << 1 << QString()
            << QStringLiteral("The project file is empty.")
            << QStringLiteral("Start it with the line 'ferry: 1'.");
        QTest::newRow("not a mapping")
            << QStringLiteral("- ferry\n- demo\n") << 1 << 1 << QString()
            << QStringLiteral("The file is not a Ferry project: expected keys such as ferry, "
                              "name and endpoints, found a list.")
            << QStringLiteral("Start the file with the line 'ferry: 1'.");
        QTest::newRow("duplicate key")
            << QStringLiteral("ferry: 1\nname: demo\nname: other\n") << 3 << 1 << QString()
            << QStringLiteral("The key 'name' appears twice in the same mapping.")
            << QStringLiteral("Its first use is on line 2; remove one of them.");
        QTest::newRow("name missing")
            << QStringLiteral("ferry: 1\ndescription: x\n") << 1 << 1 << QStringLiteral("name")
            << QStringLiteral("The project has no name.")
            << QStringLiteral("Add a line such as 'name: hr-migration'.");
        QTest::newRow("sqlite endpoint without path")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  db:\n    engine: sqlite\n")
            << 5 << 5 << QStringLiteral("endpoints.db.path")
            << QStringLiteral("A SQLite endpoint needs a path.")
            << QStringLiteral("Add path: with the database file, relative to the project file or "
                              "absolute.");
        QTest::newRow("key not for this engine")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  db:\n    engine: sqlite\n"
                              "    path: a.db\n    host: x\n")
            << 7 << 5 << QStringLiteral("endpoints.db.host")
            << QStringLiteral("The key 'host' does not apply to sqlite endpoints.")
            << QStringLiteral("Keys for sqlite endpoints: engine, uri, path, options.");
        QTest::newRow("uri and discrete fields")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  db:\n    engine: mysql\n"
                              "    uri: mysql://u@h/db\n    port: 3306\n")
            << 7 << 5 << QStringLiteral("endpoints.db.port")
            << QStringLiteral("Give either 'uri' or 'port', not both.")
            << QStringLiteral("Put everything into the URI, or remove the URI and use separate "
                              "keys.");
        QTest::newRow("unknown migration type")
            << QStringLiteral("ferry: 1\nname: demo\nendpoints:\n  a:\n    engine: sqlite\n"
                              "    path: a.db\ntasks:\n  t:\n    source: a\n    target: a\n"
                              "    migration-type: fullload-and-cdc\n")
            << 11 << 21 << QStringLiteral("tasks.t.migration-type")
            << QStringLiteral("Unknown migration type 'fullload-and-cdc'.")
            << QStringLiteral("Did you mean 'full-load-and-cdc'?");
        QTest::newRow("settings key misspelt")
            << QStringLiteral("ferry: 1\nname: demo\nsettings:\n  FullLoadSettings:\n"
                              "    MaxFullLoadSubTask: 4\n")
            << 5 << 5 << QStringLiteral("settings.FullLoadSettings.MaxFullLoadSubTask")
            << QStringLiteral("Unknown key 'MaxFullLoadSubTask'.")
            << QStringLiteral("Did you mean 'MaxFullLoadSubTasks'?");
        QTest::newRow("settings key in the wrong case")
            << QStringLiteral("ferry: 1\nname: demo\nsettings:\n  ControlTablesSettings:\n"
                              "    historyTimeslotInMinutes: 5\n")
            << 5 << 5 << QStringLiteral("settings.ControlTablesSettings.historyTimeslotInMinutes")
            << QStringLiteral("Unknown key 'historyTimeslotInMinutes'.")
            << QStringLiteral("Did you mean 'HistoryTimeslotInMinutes'?");
        QTest::newRow("settings group misspelt")
            << QStringLiteral("ferry: 1\nname: demo\nsettings:\n  FullLoadSetings:\n"
                              "    CommitRate: 4\n")
            << 4 << 3 << QStringLiteral("settings.FullLoadSetings")
            << QStringLiteral("Unknown key 'FullLoadSetings'.")
            << QStringLiteral("Did you mean 'FullLoadSettings'?");
        QTest::newRow("settings value out of range")
            << QStringLiteral("ferry: 1\nname: demo\nsettings:\n  FullLoadSettings:\n"
                              "    MaxFullLoadSubTasks: 60\n")
            << 5 << 26 << QStringLiteral("settings.FullLoadSettings.MaxFullLoadSubTasks")
            << QStringLiteral("Expected an integer from 1 to 49, found the integer 60.")
            << QString();
        QTest::newRow("settings boolean quoted")
            << QStringLiteral("ferry: 1\nname: demo\nsettings:\n  Logging:\n"
                              "    EnableLogging: \"true\"\n")
            << 5 << 20 << QStringLiteral("settings.Logging.EnableLogging")
            << QStringLiteral("Expected true or false, found the string \"true\".")
            << QStringLiteral("Remove the quotes around true.");
        QTest::newRow("settings enum misspelt")
            << QStringLiteral("ferry: 1\nname: demo\nsettings:\n  FullLoadSettings:\n"
                              "    TargetTablePrepMode: DROP_AND_CREAT\n")
            << 5 << 26 << QStringLiteral("settings.FullLoadSettings.TargetTablePrepMode")
            << QStringLiteral("Unknown value 'DROP_AND_CREAT'.")
            << QStringLiteral("Did you mean 'DROP_AND_CREATE'?");
        QTest::newRow("rule key misspelt (generated-script 'Types')")
            << QStringLiteral("ferry: 1\nname: demo\nmappings:\n  m:\n    rules:\n"
                              "      - rule-type: table-settings\n        rule-id: \"1\"\n"
                              "        rule-name: \"1\"\n"
                              "        object-locator: {schema-name: hr, table-name: t}\n"
                              "        parallel-load:\n          Types: ranges\n")
            << 11 << 11 << QStringLiteral("mappings.m.rules[0].parallel-load.Types")
            << QStringLiteral("Unknown key 'Types'.") << QStringLiteral("Did you mean 'type'?");
        QTest::newRow("unknown rule type")
            << QStringLiteral("ferry: 1\nname: demo\nmappings:\n  m:\n    rules:\n"
                              "      - rule-type: selecton\n")
            << 6 << 20 << QStringLiteral("mappings.m.rules[0].rule-type")
            << QStringLiteral("Unknown rule-type 'selecton'.")
            << QStringLiteral("Did you mean 'selection'?");
        QTest::newRow("unknown rule action")
            << QStringLiteral("ferry: 1\nname: demo\nmappings:\n  m:\n    rules:\n"
                              "      - rule-type: selection\n        rule-id: 1\n"
                              "        rule-name: a\n"
                              "        object-locator: {schema-name: hr, table-name: t}\n"
                              "        rule-action: includ\n")
            << 10 << 22 << QStringLiteral("mappings.m.rules[0].rule-action")
            << QStringLiteral("Unknown value 'includ'.")
            << QStringLiteral("Did you mean 'include'?");
        QTest::newRow("table-settings with a wildcard")
            << QStringLiteral("ferry: 1\nname: demo\nmappings:\n  m:\n    rules:\n"
                              "      - rule-type: table-settings\n        rule-id: 1\n"
                              "        rule-name: a\n        object-locator:\n"
                              "          schema-name: hr\n          table-name: \"sal%\"\n"
                              "        parallel-load: {type: partitions-auto}\n")
            << 11 << 23 << QStringLiteral("mappings.m.rules[0].object-locator.table-name")
            << QStringLiteral("Exact schema and table name required when using table settings "
                              "rule.")
            << QStringLiteral("Write one table-settings rule per table, without %.");
        QTest::newRow("duplicate rule-id")
            << QStringLiteral("ferry: 1\nname: demo\nmappings:\n  m:\n    rules:\n"
                              "      - rule-type: selection\n        rule-id: 1\n"
                              "        rule-name: a\n"
                              "        object-locator: {schema-name: hr, table-name: t}\n"
                              "        rule-action: include\n"
                              "      - rule-type: selection\n        rule-id: \"1\"\n"
                              "        rule-name: b\n"
                              "        object-locator: {schema-name: hr, table-name: u}\n"
                              "        rule-action: exclude\n")
            << 12 << 18 << QStringLiteral("mappings.m.rules[1].rule-id")
            << QStringLiteral("The rule-id '1' is already used by another rule.")
            << QStringLiteral("Its first use is on line 7; give each rule its own rule-id.");
        QTest::newRow("rename without value")
            << QStringLiteral("ferry: 1\nname: demo\nmappings:\n  m:\n    rules:\n"
                              "      - rule-type: transformation\n        rule-id: 1\n"
                              "        rule-name: a\n        rule-target: schema\n"
                              "        object-locator: {schema-name: hr}\n"
                              "        rule-action: rename\n")
            << 6 << 9 << QStringLiteral("mappings.m.rules[0].value")
            << QStringLiteral("The rule-action 'rename' needs the key 'value'.") << QString();
        QTest::newRow("filter between without bounds")
            << QStringLiteral("ferry: 1\nname: demo\nmappings:\n  m:\n    rules:\n"
                              "      - rule-type: selection\n        rule-id: 1\n"
                              "        rule-name: a\n"
                              "        object-locator: {schema-name: hr, table-name: t}\n"
                              "        rule-action: include\n        filters:\n"
                              "          - filter-type: source\n            column-name: id\n"
                              "            filter-conditions:\n"
                              "              - {filter-operator: between, value: 3}\n")
            << 15 << 17
            << QStringLiteral("mappings.m.rules[0].filters[0].filter-conditions[0]")
            << QStringLiteral("The filter operator 'between' needs start-value and end-value "
                              "(and no value).")
            << QString();
        QTest::newRow("recursive alias")
            << QStringLiteral("ferry: 1\nname: demo\nsettings: &a\n  PostProcessingRules: *a\n")
            << 4 << 24 << QString()
            << QStringLiteral("An alias refers to the node that contains it.")
            << QStringLiteral("Recursive aliases are not allowed; copy the value instead.");
        QTest::newRow("two documents")
            << QStringLiteral("ferry: 1\nname: demo\n---\nferry: 1\n") << 3 << 1 << QString()
            << QStringLiteral("The file holds more than one YAML document.")
            << QStringLiteral("Keep one project per file; remove the second '---' and what "
                              "follows it.");
    }

    void rejectsWithPositionAndSuggestion()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(QString, hint);

        LoadReport report;
        auto loaded = parseProject(text.toStdString(), "bad.ferry.yaml", &report);
        QVERIFY(!loaded.ok());
        QVERIFY(!report.errors.empty());
        const ProjectIssue &first = report.errors.front();
        QCOMPARE(q(first.message), message);
        QCOMPARE(first.line, line);
        QCOMPARE(first.column, column);
        QCOMPARE(q(first.path), path);
        QCOMPARE(q(first.hint), hint);
        QCOMPARE(q(first.file), QStringLiteral("bad.ferry.yaml"));

        // The returned Error describes the same first problem.
        const Error &error = loaded.error();
        QCOMPARE(error.code, ErrorCode::ProjectInvalid);
        QCOMPARE(error.action, ErrorAction::FixConfiguration);
        QCOMPARE(q(error.message), message);
        QCOMPARE(q(error.location), QStringLiteral("bad.ferry.yaml:%1:%2").arg(line).arg(column));
        QCOMPARE(q(error.hint), hint);

        // Nothing that looks like the test passwords ever reaches a message.
        const std::string everything = formatIssues(report) + error.toString();
        QVERIFY2(everything.find("s3cr3t") == std::string::npos, everything.c_str());
    }

    void yamlSyntaxErrorsCarryTheParserText()
    {
        LoadReport report;
        auto loaded = parseProject("ferry: 1\nname: demo\n  description: x\n", "bad.yaml",
                                   &report);
        QVERIFY(!loaded.ok());
        QCOMPARE(q(report.errors.front().detail), QStringLiteral("illegal map value"));
        QCOMPARE(q(report.errors.front().toString()),
                 QStringLiteral("bad.yaml:3:14: error: The file is not valid YAML. "
                                "[illegal map value] Check the indentation, quotes and brackets "
                                "at and just before this position."));
    }

    void reportsEveryErrorOfAFile()
    {
        const std::string text = "ferry: 1\n"
                                 "name: demo\n"
                                 "endpoints:\n"
                                 "  source:\n"
                                 "    engine: postgresql\n"
                                 "    port: \"abc\"\n"
                                 "colour: blue\n";
        LoadReport report;
        auto loaded = parseProject(text, "two.yaml", &report);
        QVERIFY(!loaded.ok());
        QCOMPARE(report.errors.size(), size_t(2));
        QCOMPARE(q(report.errors[0].path), QStringLiteral("endpoints.source.port"));
        QCOMPARE(report.errors[0].line, 6);
        QCOMPARE(report.errors[0].column, 11);
        QCOMPARE(q(report.errors[1].path), QStringLiteral("colour"));
        QCOMPARE(report.errors[1].line, 7);
        QCOMPARE(report.errors[1].column, 1);
        QCOMPARE(q(report.errors[1].message), QStringLiteral("Unknown key 'colour'."));
        QCOMPARE(q(report.errors[1].hint),
                 QStringLiteral("Allowed here: ferry, name, description, endpoints, mappings, "
                                "settings, tasks."));
        QCOMPARE(q(loaded.error().detail),
                 QStringLiteral("at endpoints.source.port; 1 more error(s) in the file"));
        QCOMPARE(q(formatIssues(report)),
                 QStringLiteral("two.yaml:6:11: error: endpoints.source.port: Expected a port "
                                "number from 1 to 65535, found the string \"abc\". Write the port "
                                "as a number, e.g. port: 5432.\n"
                                "two.yaml:7:1: error: colour: Unknown key 'colour'. Allowed here: "
                                "ferry, name, description, endpoints, mappings, settings, "
                                "tasks.\n"));
    }

    void warnsAboutDubiousButValidRules()
    {
        const std::string text = "ferry: 1\n"
                                 "name: demo\n"
                                 "mappings:\n"
                                 "  m:\n"
                                 "    rules:\n"
                                 "      - rule-type: selection\n"
                                 "        rule-id: 1\n"
                                 "        rule-name: same\n"
                                 "        object-locator: {schema-name: hr, table-name: t}\n"
                                 "        rule-action: exclude\n"
                                 "      - rule-type: selection\n"
                                 "        rule-id: 2\n"
                                 "        rule-name: same\n"
                                 "        object-locator: {schema-name: hr, table-name: u}\n"
                                 "        rule-action: exclude\n";
        LoadReport report;
        auto loaded = parseProject(text, "warn.yaml", &report);
        QVERIFY(loaded.ok());
        QCOMPARE(report.warnings.size(), size_t(2));
        QCOMPARE(q(report.warnings[0].message),
                 QStringLiteral("The rule-name 'same' is also used by rule-id '1'."));
        QCOMPARE(report.warnings[0].line, 13);
        QCOMPARE(q(report.warnings[1].message),
                 QStringLiteral("No selection rule includes any table, so a task with this "
                                "mapping migrates nothing."));
        QCOMPARE(report.warnings[1].severity, ProjectIssue::Severity::Warning);
    }

    void reportsMissingFiles()
    {
        LoadReport report;
        auto loaded = loadProjectFile("/nonexistent/dir/project.ferry.yaml", &report);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::FileNotFound);
        QCOMPARE(q(loaded.error().location), QStringLiteral("/nonexistent/dir/project.ferry.yaml"));
        QCOMPARE(report.errors.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_project_file.moc"
