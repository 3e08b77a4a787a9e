// SPDX-License-Identifier: MIT
// Test connections to SQLite files: every cause a user can reach, and proof that neither a
// test connection nor a catalog read changes the file or leaves journal files behind.
#include "engine/connectors/endpoint.h"
#include "tests/support/test_support.h"
#include "tests/unit/sqlite/sqlite_test_db.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ferry;

namespace {

constexpr uid_t NobodyId = 65534;

const char *const SmallSchema = "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT);"
                                "INSERT INTO item (name) VALUES ('one'), ('two');";

QString s(const std::string &text) { return QString::fromStdString(text); }

ConnectionSpec specFor(const QString &path, const std::map<std::string, std::string> &options = {})
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.path = path.toStdString();
    spec.options = options;
    return spec;
}

ConnectionDiagnosis diagnose(const QString &path, EndpointRole role,
                             const std::map<std::string, std::string> &options = {})
{
    return makeEndpoint(specFor(path, options))->testConnection(role);
}

struct FileState
{
    QByteArray bytes;
    QDateTime modified;
    QStringList listing;
};

FileState stateOf(const QString &path)
{
    const QFileInfo info(path);
    return {test::fileBytes(path), info.lastModified(),
            test::directoryListing(info.absolutePath())};
}

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

/// Runs `ferry test-connection URI --json --role ROLE`, as user nobody when asked (root only).
Run testConnectionCli(const QString &path, const QString &role, bool asNobody)
{
    QStringList arguments {QStringLiteral("test-connection"), QStringLiteral("sqlite://") + path,
                           QStringLiteral("--json"), QStringLiteral("--role"), role};
    QString program = test::binary(QStringLiteral("ferry"));
    if (asNobody) {
        arguments.prepend(program);
        arguments.prepend(QStringLiteral("--"));
        arguments.prepend(QStringLiteral("--clear-groups"));
        arguments.prepend(QStringLiteral("--regid=%1").arg(NobodyId));
        arguments.prepend(QStringLiteral("--reuid=%1").arg(NobodyId));
        program = QStringLiteral("setpriv");
    }
    QProcess process;
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object(),
            QString::fromUtf8(process.readAllStandardError())};
}

/// Runs one test function of this executable as user nobody (root only); its QtTest output in
/// `err`.
Run runAsNobody(const QString &function)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TMPDIR")); // nobody's files go to /tmp
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral("setpriv"),
                  {QStringLiteral("--reuid=%1").arg(NobodyId),
                   QStringLiteral("--regid=%1").arg(NobodyId), QStringLiteral("--clear-groups"),
                   QStringLiteral("--"), QCoreApplication::applicationFilePath(), function});
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), {}, QString::fromUtf8(process.readAll())};
}

} // namespace

class TestSqliteDiagnosis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString databaseFile(const QString &name, const char *extraSql = "")
    {
        const QString path = m_dir.filePath(name);
        const QString error
            = test::executeSqlite(path, (QByteArray(SmallSchema) + extraSql).constData());
        if (!error.isEmpty())
            qWarning("fixture: %s", qPrintable(error));
        return path;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void opensAGoodFileForEitherRole()
    {
        const QString path = databaseFile(QStringLiteral("good.db"));
        for (EndpointRole role : {EndpointRole::Source, EndpointRole::Target}) {
            const ConnectionDiagnosis diagnosis = diagnose(path, role);
            QCOMPARE(diagnosis.cause, DiagnosisCause::Ok);
            QVERIFY(diagnosis.ok());
            QCOMPARE(s(diagnosis.product), QStringLiteral("SQLite"));
            QCOMPARE(s(diagnosis.serverVersion), QStringLiteral(SQLITE_VERSION));
            QVERIFY(s(diagnosis.message).contains(path));
            QVERIFY(diagnosis.warnings.empty());
            QVERIFY(diagnosis.elapsed.count() >= 0);
        }
        QVERIFY(
            s(diagnose(path, EndpointRole::Source).message).contains(QStringLiteral("read-only")));
    }

    void missingFileIsDatabaseNotFoundAndStaysMissing()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.db"));
        for (EndpointRole role : {EndpointRole::Source, EndpointRole::Target}) {
            const ConnectionDiagnosis diagnosis = diagnose(path, role);
            QCOMPARE(diagnosis.cause, DiagnosisCause::DatabaseNotFound);
            QCOMPARE(s(diagnosis.message),
                     QStringLiteral("The SQLite database file %1 does not exist.").arg(path));
            QVERIFY(s(diagnosis.hint).contains(QStringLiteral("sqlite:///")));
            QVERIFY(s(diagnosis.detail).contains(QStringLiteral("errno 2")));
            QCOMPARE(diagnosis.toError().code, ErrorCode::DatabaseNotFound);
        }
        auto catalog = makeEndpoint(specFor(path))->readCatalog({});
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, ErrorCode::DatabaseNotFound);
        QVERIFY(!QFile::exists(path));
    }

    void textFileIsNotADatabase()
    {
        const QString path
            = writeFile(QStringLiteral("notes.txt"),
                        QByteArray("This is a plain text file, not a database.\n").repeated(200));
        const ConnectionDiagnosis diagnosis = diagnose(path, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::NotADatabase);
        QCOMPARE(s(diagnosis.message),
                 QStringLiteral("The file %1 is not a SQLite database.").arg(path));
        QVERIFY2(s(diagnosis.detail).contains(QStringLiteral("file is not a database")),
                 diagnosis.detail.c_str());
        QVERIFY(s(diagnosis.detail).contains(QStringLiteral("SQLite error 26")));
        QVERIFY(s(diagnosis.hint).contains(QStringLiteral("SQLite 3")));
        auto catalog = makeEndpoint(specFor(path))->readCatalog({});
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, ErrorCode::NotADatabase);
    }

    void garbageIsNotADatabase()
    {
        QByteArray bytes(8192, '\0');
        quint32 state = 12345;
        for (char &byte : bytes) {
            state = state * 1103515245u + 12345u;
            byte = char(state >> 24);
        }
        const QString path = writeFile(QStringLiteral("garbage.bin"), bytes);
        const ConnectionDiagnosis diagnosis = diagnose(path, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::NotADatabase);
    }

    void damagedDatabaseIsNotADatabase()
    {
        const QString path = databaseFile(QStringLiteral("damaged.db"));
        QByteArray bytes = test::fileBytes(path);
        QVERIFY(bytes.size() >= 4096);
        // Page 1 keeps its valid file header; its b-tree page header is overwritten.
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(0xFF);
        writeFile(QStringLiteral("damaged.db"), bytes);
        const ConnectionDiagnosis diagnosis = diagnose(path, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::NotADatabase);
        QCOMPARE(s(diagnosis.message),
                 QStringLiteral("The SQLite database file %1 is damaged.").arg(path));
        QVERIFY(s(diagnosis.hint).contains(QStringLiteral("integrity_check")));
    }

    void directoryIsNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("folder.db"));
        QVERIFY(QDir().mkpath(path));
        const ConnectionDiagnosis diagnosis = diagnose(path, EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::NotADatabase);
        QCOMPARE(s(diagnosis.message),
                 QStringLiteral("%1 is a directory, not a SQLite database file.").arg(path));
        QVERIFY(s(diagnosis.hint).contains(path + QStringLiteral("/data.db")));
    }

    void pathThroughAFileIsDatabaseNotFound()
    {
        // Works the same as root: no permission bit is involved.
        const QString file = writeFile(QStringLiteral("plain.txt"), "x");
        const QString path = file + QStringLiteral("/inner.db");
        const ConnectionDiagnosis diagnosis = diagnose(path, EndpointRole::Target);
        QCOMPARE(diagnosis.cause, DiagnosisCause::DatabaseNotFound);
        QVERIFY(s(diagnosis.message).contains(QStringLiteral("a part of its path is a file")));
        QVERIFY(s(diagnosis.detail).contains(QStringLiteral("errno 20")));
    }

    void emptyFileIsAnEmptyDatabase()
    {
        const QString path = writeFile(QStringLiteral("empty.db"), QByteArray());
        QCOMPARE(diagnose(path, EndpointRole::Source).cause, DiagnosisCause::Ok);
        auto catalog = makeEndpoint(specFor(path))->readCatalog({});
        QVERIFY(catalog.ok());
        QVERIFY(catalog->schemas.at(0).tables.empty());
        QCOMPARE(QFileInfo(path).size(), qint64(0));
    }

    void emptyPathIsAnInvalidSpec()
    {
        const ConnectionDiagnosis diagnosis = diagnose(QString(), EndpointRole::Source);
        QCOMPARE(diagnosis.cause, DiagnosisCause::InvalidSpec);
        QCOMPARE(s(diagnosis.message),
                 QStringLiteral("The SQLite connection names no database file."));
    }

    void modeOptionIsChecked()
    {
        const QString path = databaseFile(QStringLiteral("mode.db"));
        const ConnectionDiagnosis readOnlyTarget
            = diagnose(path, EndpointRole::Target, {{"mode", "ro"}});
        QCOMPARE(readOnlyTarget.cause, DiagnosisCause::InvalidSpec);
        QVERIFY(s(readOnlyTarget.message).contains(QStringLiteral("mode=ro")));
        QVERIFY(s(readOnlyTarget.hint).contains(QStringLiteral("Remove mode=ro")));

        const ConnectionDiagnosis unknown = diagnose(path, EndpointRole::Source, {{"mode", "rwc"}});
        QCOMPARE(unknown.cause, DiagnosisCause::InvalidSpec);
        QCOMPARE(s(unknown.message),
                 QStringLiteral("The SQLite option mode=rwc is not supported."));

        QCOMPARE(diagnose(path, EndpointRole::Source, {{"mode", "ro"}}).cause, DiagnosisCause::Ok);
        QCOMPARE(diagnose(path, EndpointRole::Target, {{"mode", "rw"}}).cause, DiagnosisCause::Ok);
        // A source stays read-only even with mode=rw.
        const ConnectionDiagnosis source = diagnose(path, EndpointRole::Source, {{"mode", "rw"}});
        QCOMPARE(source.cause, DiagnosisCause::Ok);
        QVERIFY(s(source.message).contains(QStringLiteral("read-only")));
    }

    void lockedDatabaseTimesOutAfterTheBusyTimeout()
    {
        const QString path = databaseFile(QStringLiteral("locked.db"));
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN EXCLUSIVE; UPDATE item SET name = 'x';", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        const ConnectionDiagnosis diagnosis
            = diagnose(path, EndpointRole::Source, {{"connect_timeout", "1"}});
        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        QCOMPARE(diagnosis.cause, DiagnosisCause::Timeout);
        QCOMPARE(s(diagnosis.message),
                 QStringLiteral("The SQLite database file %1 stayed locked by another connection "
                                "for 1 s.")
                     .arg(path));
        QVERIFY(s(diagnosis.detail).contains(QStringLiteral("database is locked")));
        // The busy timeout waited (about 1 s), bounded.
        QVERIFY2(diagnosis.elapsed.count() >= 900,
                 qPrintable(QString::number(diagnosis.elapsed.count())));
        QVERIFY(diagnosis.elapsed.count() < 10000);
        QCOMPARE(diagnosis.toError().action, ErrorAction::Retry);
    }

    void permissionDeniedInProcess()
    {
        const QString unreadable = databaseFile(QStringLiteral("unreadable.db"));
        QVERIFY(QFile::setPermissions(unreadable, QFileDevice::Permissions()));
        const QString readOnly = databaseFile(QStringLiteral("readonly.db"));
        QVERIFY(QFile::setPermissions(
            readOnly, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const ConnectionDiagnosis source = diagnose(unreadable, EndpointRole::Source);
        const ConnectionDiagnosis target = diagnose(readOnly, EndpointRole::Target);
        const ConnectionDiagnosis readOnlySource = diagnose(readOnly, EndpointRole::Source);
        QFile::setPermissions(unreadable, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QCOMPARE(readOnlySource.cause, DiagnosisCause::Ok);
        if (::geteuid() == 0) {
            // Root ignores permission bits: the files open. The causes below are then provoked
            // by this same test function run as user nobody, in a process of its own.
            QCOMPARE(source.cause, DiagnosisCause::Ok);
            QCOMPARE(target.cause, DiagnosisCause::Ok);
            const Run asNobody = runAsNobody(QString::fromLatin1(QTest::currentTestFunction()));
            QVERIFY2(asNobody.exitCode == 0
                         && asNobody.err.contains(QStringLiteral(
                             "PASS   : TestSqliteDiagnosis::permissionDeniedInProcess()")),
                     qPrintable(asNobody.err));
            return;
        }
        QCOMPARE(source.cause, DiagnosisCause::MissingPrivilege);
        QCOMPARE(s(source.message),
                 QStringLiteral("Ferry may not read the SQLite database file %1.").arg(unreadable));
        QVERIFY(s(source.detail).contains(QStringLiteral("Permission denied")));
        QCOMPARE(target.cause, DiagnosisCause::MissingPrivilege);
        QVERIFY(s(target.message)
                    .contains(QStringLiteral("may not write to the SQLite database file")));
    }

    void permissionDeniedForUnprivilegedUser()
    {
        // As root, run the CLI as user nobody so permission bits apply; otherwise as ourselves.
        const bool root = ::geteuid() == 0;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), open)); // rwxr-xr-x: others cannot create files
        const auto create = [&dir](const char *name, QFileDevice::Permissions permissions) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            test::executeSqlite(path, SmallSchema);
            QFile::setPermissions(path, permissions);
            return path;
        };
        const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto everyone = readable | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        const QString secret
            = create("secret.db", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString shared = create("shared.db", root ? readable : QFileDevice::ReadOwner);
        const QString writable = create("writable.db", everyone);

        const Run unreadable = testConnectionCli(secret, QStringLiteral("source"), root);
        const Run notWritable = testConnectionCli(shared, QStringLiteral("target"), root);
        const Run readable2 = testConnectionCli(shared, QStringLiteral("source"), root);
        if (!root)
            QFile::setPermissions(secret, QFileDevice::Permissions());
        const Run unreadableNow
            = root ? unreadable : testConnectionCli(secret, QStringLiteral("source"), false);
        QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QCOMPARE(unreadableNow.exitCode, 3);
        QCOMPARE(unreadableNow.json.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("missing-privilege"));
        QCOMPARE(unreadableNow.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Ferry may not read the SQLite database file %1.").arg(secret));

        QCOMPARE(notWritable.exitCode, 3);
        QCOMPARE(notWritable.json.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("missing-privilege"));
        QVERIFY(notWritable.json.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("may not write to the SQLite database file")));

        QCOMPARE(readable2.exitCode, 0);
        QCOMPARE(readable2.json.value(QStringLiteral("cause")).toString(), QStringLiteral("ok"));

        if (root) {
            // The directory is root's and not writable by nobody: no room for the journal.
            const Run noJournal = testConnectionCli(writable, QStringLiteral("target"), true);
            QCOMPARE(noJournal.exitCode, 3);
            QCOMPARE(noJournal.json.value(QStringLiteral("cause")).toString(),
                     QStringLiteral("missing-privilege"));
            QVERIFY2(
                noJournal.json.value(QStringLiteral("message"))
                    .toString()
                    .contains(
                        QStringLiteral("may not create files in the directory %1").arg(dir.path())),
                qPrintable(noJournal.json.value(QStringLiteral("message")).toString()));
        } else {
            QVERIFY(
                QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            const Run noJournal = testConnectionCli(writable, QStringLiteral("target"), false);
            QFile::setPermissions(dir.path(), open);
            QCOMPARE(noJournal.exitCode, 3);
            QCOMPARE(noJournal.json.value(QStringLiteral("cause")).toString(),
                     QStringLiteral("missing-privilege"));
            QVERIFY(noJournal.json.value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("may not create files in the directory %1")
                                      .arg(dir.path())));
        }
    }

    void sourceFileIsNeverChanged_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("rollback journal") << QStringLiteral("DELETE");
        QTest::newRow("write-ahead log") << QStringLiteral("WAL");
    }

    void sourceFileIsNeverChanged()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("source.db"));
        const QByteArray sql = "PRAGMA journal_mode = " + journalMode.toLatin1() + ";" + SmallSchema
            + "CREATE INDEX ix_name ON item (name); ANALYZE;";
        QCOMPARE(test::executeSqlite(path, sql.constData()), QString());
        QCOMPARE(test::directoryListing(dir.path()), QStringList {QStringLiteral("source.db")});
        const FileState before = stateOf(path);

        auto endpoint = makeEndpoint(specFor(path));
        QCOMPARE(endpoint->testConnection(EndpointRole::Source).cause, DiagnosisCause::Ok);
        auto catalog = endpoint->readCatalog({});
        QVERIFY(catalog.ok());
        QCOMPARE(catalog->schemas.at(0).tables.size(), size_t(1));
        QCOMPARE(catalog->schemas.at(0).tables[0].rowEstimate, std::optional<int64_t>(2));
        QCOMPARE(endpoint->testConnection(EndpointRole::Source).cause, DiagnosisCause::Ok);

        const FileState after = stateOf(path);
        QVERIFY(after.bytes == before.bytes);
        QCOMPARE(after.modified, before.modified);
        // No -journal, -wal or -shm file was created (or left behind).
        QCOMPARE(after.listing, QStringList {QStringLiteral("source.db")});
    }

    void targetTestConnectionDoesNotWriteEither_data() { sourceFileIsNeverChanged_data(); }

    void targetTestConnectionDoesNotWriteEither()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("target.db"));
        const QByteArray sql
            = "PRAGMA journal_mode = " + journalMode.toLatin1() + ";" + SmallSchema;
        QCOMPARE(test::executeSqlite(path, sql.constData()), QString());
        const FileState before = stateOf(path);
        QCOMPARE(diagnose(path, EndpointRole::Target).cause, DiagnosisCause::Ok);
        const FileState after = stateOf(path);
        QVERIFY(after.bytes == before.bytes);
        QCOMPARE(after.listing, QStringList {QStringLiteral("target.db")});
    }

    void walDatabaseWithAnOpenWriterIsReadThroughItsLog()
    {
        // Another program has the database open and has committed into the -wal file only: the
        // catalog must see its table (the immutable shortcut is for files nobody has open).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("busy.db"));
        QCOMPARE(test::executeSqlite(path, "PRAGMA journal_mode = WAL; CREATE TABLE first (a);"),
                 QString());
        sqlite3 *writer = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &writer), SQLITE_OK);
        QCOMPARE(sqlite3_exec(writer, "PRAGMA wal_autocheckpoint = 0; CREATE TABLE second (b);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        auto catalog = makeEndpoint(specFor(path))->readCatalog({});
        sqlite3_close(writer);
        QVERIFY(catalog.ok());
        QStringList tables;
        for (const auto &table : catalog->schemas.at(0).tables)
            tables << s(table.name);
        QCOMPARE(tables, (QStringList {QStringLiteral("first"), QStringLiteral("second")}));
    }
};

QTEST_GUILESS_MAIN(TestSqliteDiagnosis)
#include "tst_sqlite_diagnosis.moc"
