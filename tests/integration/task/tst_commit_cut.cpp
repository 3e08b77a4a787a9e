// SPDX-License-Identifier: MIT
// A slice's COMMIT that reached the server, whose answer never came back (issue #12): the
// task cannot know whether the commit happened. A proxy between Ferry and the PostgreSQL
// harness server forwards the first COMMIT that follows a COPY, waits for the server's answer
// (so the commit did happen), and cuts both connections instead of passing it on. The retry
// must neither lose nor duplicate the slice: with an integer key it deletes the slice's range
// and loads it again; with a text key (no range delete, docs/data-path.md) it finds the
// slice's own slice_status row, committed in the same transaction, and skips the slice.
// Checked with plain SQL.
#include "engine/task/task_runner.h"
#include "tests/integration/task/migrate_support.h"

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <list>
#include <mutex>
#include <thread>

using namespace ferry;
using test::single;

namespace {

constexpr int RowsPerTable = 1000;

/**
 * 127.0.0.1 proxy to the PostgreSQL server that loses the answer to one COMMIT: the first
 * COMMIT sent on a connection that has sent a COPY is forwarded, the server's answer read and
 * dropped, and both sides of that connection closed. Everything else passes through. One
 * thread per connection (Ferry opens several).
 */
class CommitCutProxy
{
public:
    explicit CommitCutProxy(int upstreamPort) : m_upstream(upstreamPort)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address = loopback(0);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) == 0
            && ::listen(m_listener, 16) == 0
            && ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
        m_accepting = std::thread([this] { accept(); });
    }
    ~CommitCutProxy()
    {
        m_stop = true;
        m_accepting.join();
        for (std::thread &thread : m_connections)
            thread.join();
        ::close(m_listener);
    }
    CommitCutProxy(const CommitCutProxy &) = delete;
    CommitCutProxy &operator=(const CommitCutProxy &) = delete;

    int port() const { return m_port; }
    int cuts() const { return m_cuts; }

private:
    static sockaddr_in loopback(int port)
    {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(uint16_t(port));
        return address;
    }

    void accept()
    {
        while (!m_stop) {
            pollfd listening {m_listener, POLLIN, 0};
            if (::poll(&listening, 1, 50) <= 0)
                continue;
            const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0)
                m_connections.emplace_back([this, client] { relay(client); });
        }
    }

    static bool forward(int from, int to, std::string *seen)
    {
        char buffer[65536];
        const ssize_t got = ::recv(from, buffer, sizeof buffer, 0);
        if (got <= 0)
            return false;
        if (seen)
            seen->assign(buffer, size_t(got));
        return ::send(to, buffer, size_t(got), MSG_NOSIGNAL) == got;
    }

    void relay(int client)
    {
        const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const sockaddr_in address = loopback(m_upstream);
        bool open
            = ::connect(server, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
        bool copied = false;
        std::string seen;
        while (open && !m_stop) {
            pollfd both[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
            if (::poll(both, 2, 50) <= 0)
                continue;
            if (both[1].revents)
                open = forward(server, client, nullptr);
            if (open && both[0].revents) {
                open = forward(client, server, &seen);
                copied = copied || seen.find("COPY ") != std::string::npos;
                if (open && copied && seen.find("COMMIT") != std::string::npos
                    && !m_cut.exchange(true)) {
                    // The server commits and answers; the answer is dropped with the line.
                    pollfd answer {server, POLLIN, 0};
                    if (::poll(&answer, 1, 10'000) > 0) {
                        char buffer[1024];
                        (void)::recv(server, buffer, sizeof buffer, 0);
                        ++m_cuts;
                    }
                    open = false;
                }
            }
        }
        ::close(server);
        ::close(client);
    }

    int m_upstream;
    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stop {false};
    std::atomic<bool> m_cut {false};
    std::atomic<int> m_cuts {0};
    std::thread m_accepting;
    std::list<std::thread> m_connections; ///< touched by the accepting thread, then ~
};

} // namespace

class TestCommitCut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FERRY_REQUIRE_SERVERS(); }

    void sliceCommittedButUnanswered_data()
    {
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<QString>("retryLog");
        QTest::newRow("integer key")
            << QStringLiteral("integer") << QStringLiteral("recoverable error, retry");
        QTest::newRow("text key") << QStringLiteral("text")
                                  << QStringLiteral("the commit whose outcome was unknown did "
                                                    "happen");
    }

    /// Five slices of 200 rows; the first slice commit's answer is lost. The task completes,
    /// the target holds each source row once, and the log shows which way the retry went.
    void sliceCommittedButUnanswered()
    {
        QFETCH(QString, keyType);
        QFETCH(QString, retryLog);
        test::PlainSql pg(test::postgresSpec());
        OPEN(pg);
        const std::string source = test::uniqueName("cut_src");
        const std::string target = test::uniqueName("cut_dst");
        const std::string control = target + "_ctl";
        const std::string key = keyType.toStdString();
        EXEC(pg, "CREATE SCHEMA " + source);
        EXEC(pg,
             "CREATE TABLE " + source + ".items (id " + key + " PRIMARY KEY, label text NOT NULL)");
        // Text keys padded so that their order is the numbers' order.
        const std::string id = key == "text" ? "lpad(g::text, 5, '0')" : "g";
        EXEC(pg,
             "INSERT INTO " + source + ".items SELECT " + id + ", 'row ' || g "
                 + "FROM generate_series(1, " + std::to_string(RowsPerTable) + ") g");
        EXEC(pg, "ANALYZE " + source + ".items");

        CommitCutProxy proxy(test::postgresSpec().port);
        QVERIFY(proxy.port() > 0);
        task::TaskRequest request;
        request.name = target;
        request.source = test::postgresSpec();
        request.target = test::postgresSpec();
        request.target.host = "127.0.0.1";
        request.target.port = proxy.port();
        request.target.options["sslmode"] = "disable"; // the proxy reads the protocol
        request.mapping = test::includeOnly(source, "items");
        request.settings.set("TargetMetadata", "TargetSchema", project::Value::string(target));
        request.settings.set("ControlTablesSettings", "ControlSchema",
                             project::Value::string(control));
        request.settings.set("FullLoadSettings", "MaxFullLoadSubTasks", project::Value::integer(1));
        request.settings.set("Ferry", "SliceRows", project::Value::integer(200));
        request.settings.set("ErrorBehavior", "RecoverableErrorInterval",
                             project::Value::integer(1));
        request.settings.set("ErrorBehavior", "RecoverableErrorThrottling",
                             project::Value::boolean(false));
        std::mutex logMutex;
        std::vector<std::string> lines;
        task::TaskCallbacks callbacks;
        callbacks.log = [&](const task::LogLine &line) {
            std::lock_guard lock(logMutex);
            lines.push_back(line.message);
        };
        task::TaskRunner runner(request, callbacks);
        const auto outcome = runner.run();
        QVERIFY2(outcome, outcome ? "" : outcome.error().toString().c_str());
        QCOMPARE(proxy.cuts(), 1);
        {
            std::lock_guard lock(logMutex);
            const bool logged = std::any_of(lines.begin(), lines.end(), [&](const auto &line) {
                return line.find(retryLog.toStdString()) != std::string::npos;
            });
            QVERIFY2(logged, qPrintable(retryLog));
        }
        QCOMPARE(outcome->finalSnapshot.tables.at(0).fullLoadRows, int64_t(RowsPerTable));

        const test::Rows rows = test::query(
            pg,
            "SELECT count(*), count(DISTINCT id), count(*) FILTER (WHERE label <> 'row ' || "
                + std::string(key == "text" ? "ltrim(id, '0')" : "id") + ") FROM " + target
                + ".items");
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0][0].value_or(""), std::to_string(RowsPerTable));
        QCOMPARE(rows[0][1].value_or(""), std::to_string(RowsPerTable));
        QCOMPARE(rows[0][2].value_or(""), std::string("0"));
        QCOMPARE(single(pg,
                        "SELECT count(*) FROM " + control
                            + ".slice_status WHERE task_name = ? AND state = 'completed'",
                        {target}),
                 std::to_string(RowsPerTable / 200));
        EXEC(pg, "DROP SCHEMA " + source + " CASCADE");
        EXEC(pg, "DROP SCHEMA " + target + " CASCADE");
        EXEC(pg, "DROP SCHEMA " + control + " CASCADE");
    }
};

QTEST_GUILESS_MAIN(TestCommitCut)
#include "tst_commit_cut.moc"
