// SPDX-License-Identifier: MIT
#include "engine/connectors/mysql/mysql_endpoint.h"

#include "engine/connectors/mysql/mysql_catalog.h"
#include "engine/connectors/mysql/mysql_connection.h"
#include "engine/connectors/mysql/mysql_diagnosis.h"
#include "engine/core/tr.h"

#include <chrono>
#include <exception>
#include <filesystem>
#include <system_error>

namespace ferry::mysql {

namespace {

constexpr int TestQueryTimeoutSeconds = 30;
/// A MySQL server sends its greeting as soon as it accepts a connection; this long without a
/// byte, the port is probed (it may be PostgreSQL, which waits for the client to speak).
constexpr std::chrono::milliseconds GreetingSilence {1000};
/// The probe's own wait for a greeting after that silence: short, the silence is known.
constexpr std::chrono::milliseconds ProbeGreetingWait {250};

/// The MySQL/MariaDB endpoint. Opens a fresh connection per operation; see Endpoint.
class MySqlEndpoint final : public BoundEndpoint
{
public:
    explicit MySqlEndpoint(const ConnectionSpec &spec) : BoundEndpoint(spec) { }

    Dialect dialect() const override { return Dialect::MySql; }

    Result<Catalog> fetchCatalog(const CatalogFilter &filter) override
    {
        if (auto invalid = validateSpec())
            return invalid->toError();
        Connection connection;
        const auto start = std::chrono::steady_clock::now();
        if (auto failure = connect(connection, m_spec, start))
            return failure->toError();
        const ServerVersion version = parseServerVersion(connection.serverVersionString());
        if (!isSupportedServerVersion(version))
            return diagnoseUnsupportedVersion(version, m_spec).toError();
        return mysql::readCatalog(connection, version, m_spec, filter);
    }

private:
    static std::chrono::milliseconds since(std::chrono::steady_clock::time_point start)
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - start);
    }

    /**
     * Opens the connection. Over TCP the connect is watched: a server silent for
     * GreetingSilence where MySQL greets at once is probed, and a foreign protocol ends the
     * wait at once; a connect that fails while reading the greeting is probed afterwards.
     * Returns the diagnosis of a failure, nothing when connected.
     */
    std::optional<ConnectionDiagnosis> connect(Connection &connection, const ConnectionSpec &spec,
                                               std::chrono::steady_clock::time_point start) const
    {
        const int port = m_spec.port > 0 ? m_spec.port : DefaultPort;
        std::optional<ProtocolProbe> probe;
        bool gaveUp = false;
        GreetingWatch watch;
        watch.silence = GreetingSilence;
        watch.onSilence = [&] {
            ProbeTimings timings;
            timings.greeting = ProbeGreetingWait;
            probe = probeProtocol(m_spec.host, port, timings);
            gaveUp = probe->isForeign(WireProtocol::MySql);
            return gaveUp;
        };
        const bool tcp = connectsOverTcp(m_spec);
        const std::optional<ClientError> error = connection.open(spec, tcp ? &watch : nullptr);
        if (!error)
            return std::nullopt;
        if (tcp && !probe && mayBeAnotherProtocol(*error))
            probe = probeProtocol(m_spec.host, port);
        if (probe && probe->isForeign(WireProtocol::MySql))
            return diagnoseWrongProtocol(*probe, m_spec, gaveUp ? nullptr : &*error);
        return diagnoseConnectError(*error, m_spec, since(start));
    }

    std::optional<ConnectionDiagnosis> validateSpec() const
    {
        ConnectionDiagnosis diagnosis;
        diagnosis.cause = DiagnosisCause::InvalidSpec;
        if (!parseSslMode(m_spec.option("ssl-mode"))) {
            diagnosis.message = EngineTr::tr("The ssl-mode '%1' is not known.")
                                    .arg(qs(m_spec.option("ssl-mode")))
                                    .toStdString();
            diagnosis.hint
                = EngineTr::tr("Use ssl-mode=DISABLED, PREFERRED, REQUIRED, VERIFY_CA or "
                               "VERIFY_IDENTITY.")
                      .toStdString();
            return diagnosis;
        }
        if (m_spec.port < 0 || m_spec.port > 65535) {
            diagnosis.message
                = EngineTr::tr("The port %1 is out of range.").arg(m_spec.port).toStdString();
            diagnosis.hint = EngineTr::tr("Use a port between 1 and 65535 (MySQL's default is "
                                          "3306).")
                                 .toStdString();
            return diagnosis;
        }
        for (const char *key : { "ssl-ca", "ssl-cert", "ssl-key" }) {
            const std::string path = m_spec.option(key);
            std::error_code error;
            if (!path.empty() && !std::filesystem::is_regular_file(path, error)) {
                diagnosis.message = EngineTr::tr("The %1 file '%2' does not exist.")
                                        .arg(QLatin1String(key), qs(path))
                                        .toStdString();
                diagnosis.hint = EngineTr::tr("Give the full path of a PEM file readable by this "
                                              "user.")
                                     .toStdString();
                return diagnosis;
            }
        }
        return std::nullopt;
    }

    std::string unexpectedFailure(Operation operation) const override
    {
        const QString message = operation == Operation::TestConnection
            ? EngineTr::tr("Testing the connection to %1 failed unexpectedly.")
            : EngineTr::tr("Reading the catalog from %1 failed unexpectedly.");
        return message.arg(qs(serverLocation(m_spec))).toStdString();
    }

    ConnectionDiagnosis diagnose(EndpointRole role, Clock::time_point start) override
    {
        if (auto invalid = validateSpec())
            return *invalid;
        // The checks are a few small queries: do not wait the data path's read timeout for
        // a server that accepted the login but does not answer them.
        ConnectionSpec testSpec = m_spec;
        for (const char *key : { "read_timeout", "write_timeout" }) {
            if (testSpec.option(key).empty())
                testSpec.options[key] = std::to_string(TestQueryTimeoutSeconds);
        }
        Connection connection;
        if (auto failure = connect(connection, testSpec, start))
            return *failure;

        const ServerVersion version = parseServerVersion(connection.serverVersionString());
        if (!isSupportedServerVersion(version))
            return diagnoseUnsupportedVersion(version, m_spec);

        ConnectionDiagnosis diagnosis;
        diagnosis.cause = DiagnosisCause::Ok;
        diagnosis.product = version.product();
        diagnosis.serverVersion = version.text;
        const QString where = qs(serverLocation(m_spec));
        const std::string cipher = connection.tlsCipher();
        diagnosis.message = EngineTr::tr("Connected to %1 %2 at %3.")
                                .arg(QLatin1String(version.product()), qs(version.text), where)
                                .toStdString();
        diagnosis.detail = cipher.empty()
            ? EngineTr::tr("Server version %1; the connection is not encrypted.")
                  .arg(qs(connection.serverVersionString()))
                  .toStdString()
            : EngineTr::tr("Server version %1; TLS cipher %2.")
                  .arg(qs(connection.serverVersionString()), qs(cipher))
                  .toStdString();

        const std::vector<std::string> grants = readGrants(connection, diagnosis);
        const bool grantsKnown = !grants.empty();
        // MySQL lists a role's privileges only with SHOW GRANTS ... USING; MariaDB includes
        // the active roles. A missing privilege is then only "not confirmed".
        const bool uncertain = !version.mariaDb && grantsMentionRoles(grants);
        if (role == EndpointRole::Target && grantsKnown
            && !checkTargetGrants(grants, uncertain, diagnosis))
            return diagnosis;
        if (role == EndpointRole::Source) {
            addSourceGrantWarnings(grants, diagnosis);
            addBinlogWarnings(connection, diagnosis);
        }
        return diagnosis;
    }

    /// SHOW GRANTS of the connection's user; none (and a warning) when it fails.
    std::vector<std::string> readGrants(Connection &connection,
                                        ConnectionDiagnosis &diagnosis) const
    {
        std::vector<std::string> grants;
        if (auto result = connection.query("SHOW GRANTS")) {
            for (const TextRow &row : result->rows) {
                if (!row.empty() && row[0])
                    grants.push_back(*row[0]);
            }
        } else {
            diagnosis.warnings.push_back(
                EngineTr::tr("The privileges of user '%1' could not be read (SHOW GRANTS "
                             "failed), so they were not checked.")
                    .arg(qs(m_spec.user))
                    .toStdString());
        }
        return grants;
    }

    /// A target needs CREATE on its database (or, without one, may create databases). False
    /// when the diagnosis is MissingPrivilege now.
    bool checkTargetGrants(const std::vector<std::string> &grants, bool uncertain,
                           ConnectionDiagnosis &diagnosis) const
    {
        const QString where = qs(serverLocation(m_spec));
        const QString user = qs(m_spec.user);
        const std::string &database = m_spec.database;
        if (!database.empty() && !grantsAllow(grants, {"CREATE"}, database)) {
            const QString message = EngineTr::tr("User '%1' may not create tables in the "
                                                 "database '%2' on %3.")
                                        .arg(user, qs(database), where);
            if (uncertain) {
                diagnosis.warnings.push_back(
                    EngineTr::tr("The CREATE privilege of user '%1' on database '%2' could "
                                 "not be confirmed (it may come from a role).")
                        .arg(user, qs(database))
                        .toStdString());
            } else {
                diagnosis.cause = DiagnosisCause::MissingPrivilege;
                diagnosis.message = message.toStdString();
                diagnosis.detail = EngineTr::tr("SHOW GRANTS lists no CREATE privilege on "
                                                "`%1`.* or *.* for the user.")
                                       .arg(qs(database))
                                       .toStdString();
                diagnosis.hint
                    = EngineTr::tr("Ask an administrator to run GRANT CREATE, ALTER, DROP, "
                                   "INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON "
                                   "`%1`.* TO '%2'@'%'; or choose a database the user owns.")
                          .arg(qs(database), user)
                          .toStdString();
                return false;
            }
        } else if (database.empty() && !grantsAllow(grants, {"CREATE"}, {})) {
            diagnosis.warnings.push_back(
                EngineTr::tr("User '%1' may not create databases; choose a target database "
                             "in the connection.")
                    .arg(user)
                    .toStdString());
        }
        return true;
    }

    /// Change data capture will need to read the binary log: warnings for what the grants lack.
    void addSourceGrantWarnings(const std::vector<std::string> &grants,
                                ConnectionDiagnosis &diagnosis) const
    {
        const QString user = qs(m_spec.user);
        const bool grantsKnown = !grants.empty();
        if (grantsKnown && !grantsAllow(grants, {"REPLICATION CLIENT", "BINLOG MONITOR"}, {})) {
            diagnosis.warnings.push_back(
                EngineTr::tr("User '%1' lacks the REPLICATION CLIENT privilege (BINLOG "
                             "MONITOR on MariaDB 10.5+), which change data capture needs to "
                             "read the binary log position.")
                    .arg(user)
                    .toStdString());
        }
        if (grantsKnown && !grantsAllow(grants, {"REPLICATION SLAVE"}, {})) {
            diagnosis.warnings.push_back(
                EngineTr::tr("User '%1' lacks the REPLICATION SLAVE privilege, which change "
                             "data capture needs to stream the binary log.")
                    .arg(user)
                    .toStdString());
        }
    }

    static void addBinlogWarnings(Connection &connection, ConnectionDiagnosis &diagnosis)
    {
        auto result = connection.query(
            "SELECT @@GLOBAL.log_bin, @@GLOBAL.binlog_format, @@GLOBAL.binlog_row_image");
        if (!result || result->rows.empty() || result->rows.front().size() < 3)
            return;
        const TextRow &row = result->rows.front();
        for (std::string &warning :
             binlogWarnings(row[0].value_or(""), row[1].value_or(""), row[2].value_or("")))
            diagnosis.warnings.push_back(std::move(warning));
    }
};

} // namespace

std::unique_ptr<Endpoint> makeEndpoint(const ConnectionSpec &spec)
{
    return std::make_unique<MySqlEndpoint>(spec);
}

} // namespace ferry::mysql
