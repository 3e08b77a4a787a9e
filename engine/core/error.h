// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace ferry {

/// Stable error codes. Tests and the CLI's exit codes rely on them; never renumber.
enum class ErrorCode {
    Internal = 1,
    Usage = 2,
    InvalidUri = 3,
    ConnectionFailed = 10,
    UnknownHost = 11,
    ConnectionRefused = 12,
    ConnectionTimeout = 13,
    AuthenticationFailed = 14,
    TlsFailure = 15,
    DatabaseNotFound = 16,
    MissingPrivilege = 17,
    UnsupportedServerVersion = 18,
    DriverNotFound = 19,
    FileNotFound = 20,
    NotADatabase = 21,
    WrongProtocol = 22, ///< host:port answers with another protocol (another database engine)
    QueryFailed = 30,
    CatalogReadFailed = 31,
    LobTruncated = 32, ///< limited LOB mode would cut a value and FailTasksOnLobTruncation is set
    ProjectInvalid = 40,
    Io = 50,
    NotSupported = 60,
    SecretNotFound = 61, ///< nothing stored in the keyring for that account
    Cancelled = 70,
};

/// What the caller does next; decided once, where the driver error is first seen.
enum class ErrorAction {
    FailTask,
    Retry,
    RejectRow,
    FailTable,
    FixConfiguration,
};

/// Which endpoint of a task a failure came from, where the engine knows it (opening the
/// source or the target session): the workbench asks again for that endpoint's password only.
enum class ErrorSide {
    Unknown,
    Source,
    Target,
};

/// A failure as a value: code, action, one-sentence message, technical detail, a hint and a
/// location (object name, or file:line:column for input files). Messages never hold secrets.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    ErrorAction action = ErrorAction::FailTask;
    std::string message;
    std::string detail;
    std::string hint;
    std::string location;
    ErrorSide side = ErrorSide::Unknown;

    /// "message (location): detail. hint" on one line, for logs and the CLI.
    [[nodiscard]] std::string toString() const;
};

[[nodiscard]] const char *errorCodeName(ErrorCode code);

/**
 * The one error of work stopped on request -- a task stopped, a request cancelled, a driver
 * call interrupted by cancel(): ErrorCode::Cancelled, ErrorAction::FailTask, "Stopped on
 * request." and where it stopped (a table, an engine, a request; may be empty).
 */
[[nodiscard]] Error cancelledError(std::string location = {});

/// A value or an Error. Ferry's small stand-in for std::expected (not in GCC 12).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result for operations without a value.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace ferry
