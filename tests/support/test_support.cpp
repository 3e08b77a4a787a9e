// SPDX-License-Identifier: MIT
#include "tests/support/test_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTranslator>

#include <atomic>
#include <cstdlib>
#include <unistd.h>

namespace ferry::test {

bool loadServerEnvironment(QString *why)
{
    const QByteArray path = qgetenv("FERRY_TEST_SERVERS_FILE");
    if (path.isEmpty()) {
        if (why)
            *why = QStringLiteral("FERRY_TEST_SERVERS_FILE is not set: run integration tests "
                                  "through ctest, which starts the servers");
        return false;
    }
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = QStringLiteral("cannot read %1: the servers_start fixture did not run or "
                                  "failed").arg(file.fileName());
        return false;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const qsizetype equals = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || equals <= 0)
            continue;
        qputenv(line.left(equals).constData(), line.mid(equals + 1));
    }
    return true;
}

std::string env(const char *name)
{
    const char *value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

namespace {
ConnectionSpec serverSpec(Dialect dialect, const std::string &prefix, bool admin)
{
    ConnectionSpec spec;
    spec.dialect = dialect;
    spec.host = env((prefix + "HOST").c_str());
    spec.port = std::atoi(env((prefix + "PORT").c_str()).c_str());
    spec.database = env((prefix + "DATABASE").c_str());
    spec.user = env((prefix + (admin ? "ADMIN_USER" : "USER")).c_str());
    spec.password = Secret(env((prefix + (admin ? "ADMIN_PASSWORD" : "PASSWORD")).c_str()));
    spec.passwordSource = PasswordSource::Env;
    return spec;
}
} // namespace

ConnectionSpec sqliteSpec(const QString &path)
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.path = path.toStdString();
    return spec;
}

ConnectionSpec postgresSpec(bool admin)
{
    return serverSpec(Dialect::PostgreSql, "FERRY_TEST_PG_", admin);
}

ConnectionSpec mysqlSpec(bool admin)
{
    return serverSpec(Dialect::MySql, "FERRY_TEST_MY_", admin);
}

std::string uniqueName(const std::string &prefix)
{
    static std::atomic<int> counter{0};
    return prefix + "_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
}

QString binary(const QString &name)
{
    QByteArray dir = qgetenv("FERRY_BIN_DIR");
    if (dir.isEmpty())
        dir = FERRY_BINARY_DIR "/bin";
    return QString::fromLocal8Bit(dir) + QLatin1Char('/') + name;
}

bool useEnglish(QTranslator &translator)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (!translator.load(QStringLiteral(":/i18n/ferry_en.qm")))
        return false;
    QCoreApplication::installTranslator(&translator);
    return true;
}

} // namespace ferry::test
