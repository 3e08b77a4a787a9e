// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace ferry::test {

/// Runs sql (one or more statements) on the SQLite file at path, creating the file if needed.
/// Returns an empty string or SQLite's error message. Test fixtures only.
inline QString executeSqlite(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return message;
    }
    char *error = nullptr;
    QString message;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        message = QString::fromUtf8(error ? error : "unknown error");
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The names in a directory, sorted (to see -wal, -shm and -journal files appear).
inline QStringList directoryListing(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace ferry::test
