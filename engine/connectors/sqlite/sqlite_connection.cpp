// SPDX-License-Identifier: MIT
#include "engine/connectors/sqlite/sqlite_connection.h"

#include "engine/core/tr.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace ferry::sqlite {

namespace {

Error makeError(ErrorCode code, const QString &message, std::string detail, const QString &hint,
                const std::string &path)
{
    Error error;
    error.code = code;
    error.action
        = code == ErrorCode::ConnectionTimeout ? ErrorAction::Retry : ErrorAction::FixConfiguration;
    error.message = message.toStdString();
    error.detail = std::move(detail);
    error.hint = hint.toStdString();
    error.location = path;
    return error;
}

std::string errnoText(int number)
{
    return std::string(std::strerror(number)) + " (errno " + std::to_string(number) + ")";
}

std::string parentDirectory(const std::string &path)
{
    const size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? std::string("/") : path.substr(0, slash);
}

bool fileExists(const std::string &path)
{
    struct stat info;
    return ::lstat(path.c_str(), &info) == 0;
}

bool canAccess(const std::string &path, int mode, int *error)
{
    if (::faccessat(AT_FDCWD, path.c_str(), mode, AT_EACCESS) == 0)
        return true;
    *error = errno;
    return false;
}

/// True when the file's header says WAL mode (file format read/write versions 2).
bool isWalDatabase(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    char header[20] = {};
    if (!file.read(header, sizeof header))
        return false;
    return std::memcmp(header, "SQLite format 3", 16) == 0 && header[18] == 2 && header[19] == 2;
}

std::string percentEncoded(const std::string &path)
{
    static const char Hex[] = "0123456789ABCDEF";
    std::string result;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')
            || (byte >= '0' && byte <= '9') || c == '/' || c == '-' || c == '_' || c == '.'
            || c == '~') {
            result += c;
        } else {
            result += '%';
            result += Hex[byte >> 4];
            result += Hex[byte & 0xF];
        }
    }
    return result;
}

std::string sqliteDetail(sqlite3 *db, int code)
{
    const char *message = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    std::string detail = message ? message : "";
    detail += " (SQLite error " + std::to_string(code) + ")";
    if (db && sqlite3_system_errno(db) != 0)
        detail += ", " + errnoText(sqlite3_system_errno(db));
    return detail;
}

Error readPermissionError(const std::string &path, int number)
{
    return makeError(ErrorCode::MissingPrivilege,
                     EngineTr::tr("Ferry may not read the SQLite database file %1.").arg(qs(path)),
                     errnoText(number),
                     EngineTr::tr("Give the user running Ferry read permission on the file "
                                  "(for example with chmod or by adding it to the file's group)."),
                     path);
}

/// Maps a failure of the first read (or of sqlite3_open_v2) to an Error with a cause.
Error openFailure(sqlite3 *db, int code, const ConnectionSpec &spec)
{
    const std::string &path = spec.path;
    const std::string detail = sqliteDetail(db, code);
    switch (code & 0xFF) {
    case SQLITE_NOTADB:
        return makeError(ErrorCode::NotADatabase,
                         EngineTr::tr("The file %1 is not a SQLite database.").arg(qs(path)),
                         detail,
                         EngineTr::tr("Check that the path names a SQLite 3 database file. "
                                      "Encrypted databases (SQLCipher, SEE) cannot be read."),
                         path);
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::NotADatabase,
                         EngineTr::tr("The SQLite database file %1 is damaged.").arg(qs(path)),
                         detail,
                         EngineTr::tr("Check it with: sqlite3 FILE 'PRAGMA integrity_check;' "
                                      "and restore it from a backup."),
                         path);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::ConnectionTimeout,
                         EngineTr::tr("The SQLite database file %1 stayed locked by another "
                                      "connection for %2 s.")
                             .arg(qs(path))
                             .arg(spec.connectTimeoutSeconds()),
                         detail,
                         EngineTr::tr("Retry when the other program has finished writing, or "
                                      "raise connect_timeout in the connection URI."),
                         path);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        if (db && (sqlite3_system_errno(db) == EACCES || sqlite3_system_errno(db) == EPERM))
            return readPermissionError(path, sqlite3_system_errno(db));
        break;
    case SQLITE_READONLY:
        if (code == SQLITE_READONLY_RECOVERY || code == SQLITE_READONLY_CANTINIT
            || code == SQLITE_READONLY_ROLLBACK) {
            return makeError(ErrorCode::MissingPrivilege,
                             EngineTr::tr("The SQLite database file %1 needs recovery from an "
                                          "interrupted write, which a read-only connection "
                                          "cannot do.")
                                 .arg(qs(path)),
                             detail,
                             EngineTr::tr("Open the database once with write access (for "
                                          "example: sqlite3 FILE 'PRAGMA quick_check;') and "
                                          "retry."),
                             path);
        }
        break;
    default:
        break;
    }
    return makeError(ErrorCode::ConnectionFailed,
                     EngineTr::tr("Could not open the SQLite database file %1.").arg(qs(path)),
                     detail,
                     EngineTr::tr("Check that the file is a SQLite 3 database that no other "
                                  "program holds in an exclusive lock."),
                     path);
}

/// A target file that does not exist yet: its directory must exist and take new files.
Result<void> checkNewFileDirectory(const std::string &path)
{
    const std::string directory = parentDirectory(path);
    struct stat info;
    const bool found = ::stat(directory.c_str(), &info) == 0;
    if (!found || !S_ISDIR(info.st_mode)) {
        const int number = found ? ENOTDIR : errno;
        return makeError(ErrorCode::DatabaseNotFound,
                         EngineTr::tr("The directory %1 for the new SQLite database file %2 "
                                      "does not exist.")
                             .arg(qs(directory), qs(path)),
                         errnoText(number),
                         EngineTr::tr("Create the directory first, or choose a path in an "
                                      "existing one."),
                         path);
    }
    int number = 0;
    if (!canAccess(directory, W_OK | X_OK, &number)) {
        return makeError(ErrorCode::MissingPrivilege,
                         EngineTr::tr("Ferry may not create the SQLite database file %1 in its "
                                      "directory.")
                             .arg(qs(path)),
                         errnoText(number),
                         EngineTr::tr("Give the user running Ferry write permission on the "
                                      "directory, or choose a writable one."),
                         path);
    }
    return {};
}

/// File-system checks before SQLite sees the path, for precise causes.
Result<void> checkFile(const ConnectionSpec &spec, OpenMode mode)
{
    const std::string &path = spec.path;
    if (path.empty()) {
        return makeError(ErrorCode::InvalidUri,
                         EngineTr::tr("The SQLite connection names no database file."), {},
                         EngineTr::tr("Write sqlite:///absolute/path.db or "
                                      "sqlite:relative/path.db."),
                         path);
    }
    struct stat info;
    if (::stat(path.c_str(), &info) != 0) {
        const int number = errno;
        if (number == ENOENT && mode == OpenMode::ReadWriteCreate)
            return checkNewFileDirectory(path);
        if (number == ENOENT || number == ENOTDIR) {
            const QString message = number == ENOENT
                ? EngineTr::tr("The SQLite database file %1 does not exist.").arg(qs(path))
                : EngineTr::tr("The SQLite database file %1 does not exist: a part of its "
                               "path is a file, not a directory.")
                      .arg(qs(path));
            return makeError(ErrorCode::DatabaseNotFound, message, errnoText(number),
                             EngineTr::tr("Check the path (an absolute path needs three slashes: "
                                          "sqlite:///path/to/file.db). Ferry does not create "
                                          "database files when it tests or reads them; create "
                                          "a new target first, for example with: sqlite3 FILE "
                                          "'PRAGMA user_version = 0;'."),
                             path);
        }
        if (number == EACCES) {
            return makeError(ErrorCode::MissingPrivilege,
                             EngineTr::tr("Ferry may not enter a directory on the path to the "
                                          "SQLite database file %1.")
                                 .arg(qs(path)),
                             errnoText(number),
                             EngineTr::tr("Give the user running Ferry search (x) permission on "
                                          "every directory of the path."),
                             path);
        }
        return makeError(
            ErrorCode::ConnectionFailed,
            EngineTr::tr("Could not examine the SQLite database file %1.").arg(qs(path)),
            errnoText(number), EngineTr::tr("Check the path and the file system."), path);
    }
    if (S_ISDIR(info.st_mode)) {
        return makeError(
            ErrorCode::NotADatabase,
            EngineTr::tr("%1 is a directory, not a SQLite database file.").arg(qs(path)), {},
            EngineTr::tr("Name the database file itself, for example "
                         "sqlite://%1/data.db.")
                .arg(qs(path)),
            path);
    }
    if (!S_ISREG(info.st_mode)) {
        return makeError(ErrorCode::NotADatabase,
                         EngineTr::tr("%1 is not a regular file, so it cannot be a SQLite "
                                      "database.")
                             .arg(qs(path)),
                         {}, EngineTr::tr("Name the database file itself."), path);
    }
    int number = 0;
    if (!canAccess(path, R_OK, &number))
        return readPermissionError(path, number);
    if (mode != OpenMode::ReadOnly) {
        if (!canAccess(path, W_OK, &number)) {
            return makeError(ErrorCode::MissingPrivilege,
                             EngineTr::tr("Ferry may not write to the SQLite database file %1, "
                                          "which it needs as a target.")
                                 .arg(qs(path)),
                             errnoText(number),
                             EngineTr::tr("Give the user running Ferry write permission on the "
                                          "file, or choose a file on a writable file system."),
                             path);
        }
        const std::string directory = parentDirectory(path);
        if (!canAccess(directory, W_OK | X_OK, &number)) {
            return makeError(ErrorCode::MissingPrivilege,
                             EngineTr::tr("Ferry may not create files in the directory %1, "
                                          "which SQLite needs for the journal when it writes "
                                          "to %2.")
                                 .arg(qs(directory), qs(path)),
                             errnoText(number),
                             EngineTr::tr("Give the user running Ferry write permission on the "
                                          "directory, or move the database to a writable one."),
                             path);
        }
    }
    return {};
}

} // namespace

Connection::~Connection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Connection::Connection(Connection &&other) noexcept : m_db(other.m_db) { other.m_db = nullptr; }

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = other.m_db;
        other.m_db = nullptr;
    }
    return *this;
}

Result<Connection> Connection::open(const ConnectionSpec &spec, OpenMode mode)
{
    if (auto checked = checkFile(spec, mode); !checked)
        return checked.error();

    const std::string &path = spec.path;
    std::string filename = path.front() == '/' ? path : "./" + path;
    int flags = (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
        | SQLITE_OPEN_NOMUTEX;
    if (mode == OpenMode::ReadWriteCreate)
        flags |= SQLITE_OPEN_CREATE;
    if (mode == OpenMode::ReadOnly && isWalDatabase(path) && !fileExists(path + "-wal")
        && !fileExists(path + "-shm")) {
        filename = "file:" + percentEncoded(filename) + "?mode=ro&immutable=1";
        flags |= SQLITE_OPEN_URI;
    }

    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(filename.c_str(), &db, flags, nullptr);
    Connection connection(db);
    if (rc != SQLITE_OK)
        return openFailure(db, db ? sqlite3_extended_errcode(db) : rc, spec);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, spec.connectTimeoutSeconds() * 1000);

    // The first read parses the schema: this is where "not a database" shows.
    sqlite3_stmt *probe = nullptr;
    int code
        = sqlite3_prepare_v2(db, "SELECT count(*) FROM main.sqlite_master", -1, &probe, nullptr);
    if (code == SQLITE_OK) {
        code = sqlite3_step(probe);
        if (code == SQLITE_ROW)
            code = SQLITE_OK;
        else if (code != SQLITE_DONE)
            code = sqlite3_extended_errcode(db);
    } else {
        code = sqlite3_extended_errcode(db);
    }
    sqlite3_finalize(probe);
    if (code != SQLITE_OK && code != SQLITE_DONE)
        return openFailure(db, code, spec);

    if (mode != OpenMode::ReadOnly && sqlite3_db_readonly(db, "main") == 1) {
        return makeError(ErrorCode::MissingPrivilege,
                         EngineTr::tr("SQLite opened the database file %1 read-only, but a "
                                      "target must be writable.")
                             .arg(qs(path)),
                         {},
                         EngineTr::tr("Give the user running Ferry write permission on the file "
                                      "and its directory, on a writable file system."),
                         path);
    }
    return connection;
}

std::string Connection::lastErrorDetail() const
{
    return m_db ? sqliteDetail(m_db, sqlite3_extended_errcode(m_db)) : std::string();
}

Statement::~Statement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_statement)
            sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = other.m_statement;
        other.m_statement = nullptr;
    }
    return *this;
}

Result<Statement> Statement::prepare(const Connection &connection, std::string_view sql)
{
    sqlite3_stmt *statement = nullptr;
    const int rc
        = sqlite3_prepare_v2(connection.handle(), sql.data(), int(sql.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        Error error;
        error.code = ErrorCode::QueryFailed;
        error.message = EngineTr::tr("A query on the SQLite database failed.").toStdString();
        error.detail = connection.lastErrorDetail();
        return error;
    }
    return Statement(connection.handle(), statement);
}

void Statement::bindText(int index, std::string_view text)
{
    sqlite3_bind_text(m_statement, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error;
    error.code = ErrorCode::QueryFailed;
    error.message = EngineTr::tr("A query on the SQLite database failed.").toStdString();
    error.detail = sqliteDetail(m_db, sqlite3_extended_errcode(m_db));
    return error;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::string Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return std::string(data, size_t(sqlite3_column_bytes(m_statement, column)));
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_statement, column); }

DiagnosisCause causeForOpenError(ErrorCode code)
{
    switch (code) {
    case ErrorCode::DatabaseNotFound:
    case ErrorCode::FileNotFound:
        return DiagnosisCause::DatabaseNotFound;
    case ErrorCode::NotADatabase:
        return DiagnosisCause::NotADatabase;
    case ErrorCode::MissingPrivilege:
        return DiagnosisCause::MissingPrivilege;
    case ErrorCode::InvalidUri:
        return DiagnosisCause::InvalidSpec;
    case ErrorCode::ConnectionTimeout:
        return DiagnosisCause::Timeout;
    default:
        return DiagnosisCause::Other;
    }
}

} // namespace ferry::sqlite
