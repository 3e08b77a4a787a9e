// SPDX-License-Identifier: MIT
#pragma once
// Helpers of the task integration tests that run `ferry migrate` as a user does and check the
// target with plain SQL written in the test, sent through the engines' own client libraries
// (tests/support/plain_sql.h), never through Ferry's connectors.
#include "engine/project/dms_json.h"
#include "tests/support/plain_sql.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <map>

namespace ferry::test {

using Rows = SqlRows;

inline QString qs(const std::string &text) { return QString::fromStdString(text); }

/// Fails the test function unless the plain connection is open (with the client's message).
#define OPEN(connection) QVERIFY2((connection).isOpen(), (connection).lastError().c_str())

/// Runs one statement or fails the test function (with the server's message).
#define EXEC(connection, ...)                                                                      \
    do {                                                                                           \
        const bool done_ = (connection).execute(__VA_ARGS__);                                      \
        QVERIFY2(done_, (connection).lastError().c_str());                                         \
    } while (false)

/// Rows of a query written by the test, through the engine's own client library (none, with a
/// warning, when it fails).
inline Rows query(PlainSql &connection, const std::string &sql, const SqlRow &params = {})
{
    auto rows = connection.rows(sql, params);
    if (!rows) {
        qWarning("query failed: %s", connection.lastError().c_str());
        return {};
    }
    return *rows;
}

/// The first value of a query's first row ("<none>" without one, "NULL" for NULL).
inline std::string single(PlainSql &connection, const std::string &sql, const SqlRow &params = {})
{
    const Rows rows = query(connection, sql, params);
    return rows.empty() || rows[0].empty() ? std::string("<none>") : rows[0][0].value_or("NULL");
}

struct Run
{
    int exitCode = -1;
    QString errors;
    QJsonObject last; ///< the final statistics snapshot
};

/// `ferry migrate SOURCE TARGET --include PATTERN`, as a user runs it (passwords from
/// FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD); the final statistics from the run's
/// statistics.jsonl (the lines `--json` prints).
inline Run migrate(const ConnectionSpec &source, const ConnectionSpec &target,
                   const QString &include, const QString &taskName, const QString &runDir)
{
    QProcess ferry;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FERRY_SOURCE_PASSWORD"),
                       qs(std::string(source.password.reveal())));
    environment.insert(QStringLiteral("FERRY_TARGET_PASSWORD"),
                       qs(std::string(target.password.reveal())));
    ferry.setProcessEnvironment(environment);
    ferry.start(binary(QStringLiteral("ferry")),
                {QStringLiteral("migrate"), qs(source.toUri()), qs(target.toUri()),
                 QStringLiteral("--include"), include, QStringLiteral("--task-name"), taskName,
                 QStringLiteral("--run-dir"), runDir});
    Run run;
    if (!ferry.waitForFinished(300'000))
        return run;
    run.exitCode = ferry.exitCode();
    run.errors = QString::fromUtf8(ferry.readAllStandardError());
    QFile statistics(runDir + QStringLiteral("/statistics.jsonl"));
    if (statistics.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = statistics.readAll().trimmed().split('\n');
        run.last = QJsonDocument::fromJson(lines.last()).object();
    }
    return run;
}

/// A DMS table mapping with one selection rule including schema.table (% for every table).
inline project::TableMapping includeOnly(const std::string &schema, const std::string &table)
{
    const std::string json = "{\"rules\":[{\"rule-type\":\"selection\",\"rule-id\":\"1\","
                             "\"rule-name\":\"1\",\"object-locator\":{\"schema-name\":\""
        + schema + "\",\"table-name\":\"" + table
        + "\"},\"rule-action\":\"include\",\"filters\":[]}]}";
    auto mapping = project::importDmsTableMappings(json, "inline.json");
    return mapping ? *mapping : project::TableMapping {};
}

/// Runs a database's own command-line client (psql, mariadb) with `input` on standard input,
/// the password in the environment variable the client reads; false when it fails (its
/// standard error in *errors).
inline bool runClient(const QString &program, const QStringList &arguments,
                      const QString &passwordVariable, const QString &password,
                      const QByteArray &input, QString *errors)
{
    QProcess client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(passwordVariable, password);
    client.setProcessEnvironment(environment);
    client.start(program, arguments);
    if (!client.waitForStarted(10'000))
        return false;
    client.write(input);
    client.closeWriteChannel();
    client.waitForFinished(300'000);
    *errors = QString::fromUtf8(client.readAllStandardError());
    return client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0;
}

/// A sample database of ../shared/datasets as one SQL text: the schema script in `directory`,
/// then its gzipped data script. Empty, with the reason in *why, when either cannot be read.
inline QByteArray datasetScript(const QString &directory, const QString &schemaFile,
                                const QString &gzippedDataFile, QString *why)
{
    QFile schema(directory + schemaFile);
    if (!schema.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read ") + schema.fileName();
        return {};
    }
    QProcess unzip;
    unzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), directory + gzippedDataFile});
    if (!unzip.waitForFinished(60'000) || unzip.exitCode() != 0) {
        *why = QStringLiteral("cannot unpack ") + directory + gzippedDataFile;
        return {};
    }
    return schema.readAll() + '\n' + unzip.readAllStandardOutput();
}

/// The run's task.log.
inline QString taskLog(const QString &runDir)
{
    QFile file(runDir + QStringLiteral("/task.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// TableName -> the table's statistics object, from a statistics snapshot.
inline std::map<QString, QJsonObject> tablesOf(const QJsonObject &snapshot)
{
    std::map<QString, QJsonObject> tables;
    for (const QJsonValue &value : snapshot.value(QLatin1String("TableStatistics")).toArray())
        tables[value.toObject().value(QLatin1String("TableName")).toString()] = value.toObject();
    return tables;
}

} // namespace ferry::test
