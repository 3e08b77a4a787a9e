// SPDX-License-Identifier: MIT
#pragma once

#include "engine/connectors/endpoint.h"
#include "engine/core/error.h"

#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ferry::sqlite {

/// How a database file is opened. Only ReadWriteCreate (a load target) creates a missing file;
/// reading, testing and catalog reads never do.
enum class OpenMode { ReadOnly, ReadWrite, ReadWriteCreate };

/**
 * An open sqlite3 connection (private to the sqlite connector).
 *
 * Thread: one thread at a time. Owned by value (move-only); closes the handle on destruction.
 * Errors are returned as Error values; nothing throws.
 */
class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Q_DISABLE_COPY(Connection)

    /**
     * Opens spec.path after checking that it exists, is a regular file and is readable (and,
     * for ReadWrite, writable together with its directory), then reads the schema once so a
     * file that is not a database fails here. ReadWriteCreate accepts a missing file when its
     * directory exists and is writable, and creates an empty database there. Error codes:
     * DatabaseNotFound, NotADatabase, MissingPrivilege, InvalidUri (bad spec),
     * ConnectionTimeout (locked), ConnectionFailed.
     *
     * A read-only open never creates or changes any file: when a WAL-mode database has no
     * -wal/-shm files (no other connection is open) it is opened immutable, because SQLite
     * would otherwise create both files next to it and leave them behind.
     */
    [[nodiscard]] static Result<Connection> open(const ConnectionSpec &spec, OpenMode mode);

    sqlite3 *handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }

    /// "message (SQLite error n), errno text" for the last failure on this connection.
    [[nodiscard]] std::string lastErrorDetail() const;

private:
    explicit Connection(sqlite3 *db) : m_db(db) { }
    sqlite3 *m_db = nullptr;
};

/// A prepared statement; finalized on destruction. Same thread rules as Connection.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Q_DISABLE_COPY(Statement)

    /// Prepares sql; the error (QueryFailed) carries SQLite's message in detail.
    [[nodiscard]] static Result<Statement> prepare(const Connection &connection,
                                                   std::string_view sql);

    /// The statement handle, for the data path's direct sqlite3_bind_*/sqlite3_column_* calls.
    sqlite3_stmt *handle() const { return m_statement; }

    /// Binds text to the 1-based parameter index (copied by SQLite).
    void bindText(int index, std::string_view text);

    /// Steps once: true when a row is available, false when done, Error (QueryFailed) on
    /// failure.
    [[nodiscard]] Result<bool> step();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::string text(int column) const; ///< "" for NULL
    [[nodiscard]] std::optional<std::string> optionalText(int column) const;
    [[nodiscard]] int64_t integer(int column) const;

private:
    explicit Statement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) { }
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

/// The cause a diagnosis reports for an Error returned by Connection::open.
[[nodiscard]] DiagnosisCause causeForOpenError(ErrorCode code);

} // namespace ferry::sqlite
