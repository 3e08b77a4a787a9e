// SPDX-License-Identifier: MIT
// The protocol probe: recorded greetings and answers classified (MySQL/MariaDB handshake and
// error packet, PostgreSQL 'S'/'N'/ErrorResponse, SSH, HTTP, TLS, anything else), and real
// conversations with tiny loopback servers: one that greets first, one that answers the
// SSLRequest like PostgreSQL (and checks that nothing but the SSLRequest arrives), a silent
// one (the probe gives up within its time limits), a closed port, and a host name with
// several addresses of which only one listens.
#include "engine/connectors/protocol_probe.h"
#include "tests/support/loopback_server.h"

#include <QElapsedTimer>
#include <QTest>

#include <netdb.h>
#include <sys/socket.h>

#include <string>

using namespace ferry;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ferry::WireProtocol)

namespace {

/// A MySQL packet: 3-byte little-endian length, sequence number, payload.
std::string mysqlPacket(const std::string &payload, char sequence = 0)
{
    std::string packet;
    packet += char(payload.size() & 0xff);
    packet += char((payload.size() >> 8) & 0xff);
    packet += char((payload.size() >> 16) & 0xff);
    packet += sequence;
    return packet + payload;
}

/// The start of a protocol-10 handshake as a MariaDB or MySQL server sends it.
std::string mysqlGreeting(const std::string &version)
{
    std::string payload;
    payload += char(10);
    payload += version;
    payload += '\0';
    payload += std::string("\x2a\x00\x00\x00", 4); // connection id
    payload += "abcdefgh";
    payload += '\0';
    payload += std::string("\xfe\xf7\x2d\x02\x00\xff\x81\x15", 8); // capabilities, charset...
    payload += std::string(10, '\0');
    payload += std::string("ijklmnopqrst", 12) + '\0';
    payload += "mysql_native_password";
    payload += '\0';
    return mysqlPacket(payload);
}

} // namespace

class TestProtocolProbe : public QObject
{
    Q_OBJECT

private slots:
    void classifiesServerBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("afterSslRequest");
        QTest::addColumn<WireProtocol>("protocol");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("banner");

        const auto bytes = [](const std::string &text) { return QByteArray::fromStdString(text); };
        QTest::newRow("mariadb greeting")
            << bytes(mysqlGreeting("5.5.5-10.11.6-MariaDB-0+deb12u1")) << false
            << WireProtocol::MySql << QStringLiteral("10.11.6-MariaDB-0+deb12u1")
            << QStringLiteral("10.11.6-MariaDB-0+deb12u1");
        QTest::newRow("mysql 8 greeting")
            << bytes(mysqlGreeting("8.0.36")) << false << WireProtocol::MySql
            << QStringLiteral("8.0.36") << QStringLiteral("8.0.36");
        // A greeting whose length byte happens to be 'N' (78) is no PostgreSQL answer.
        const std::string late = mysqlGreeting("10.11.6-Ma");
        QCOMPARE(late.front(), 'N');
        QTest::newRow("greeting late, after the SSLRequest")
            << bytes(late) << true << WireProtocol::MySql << QStringLiteral("10.11.6-Ma")
            << QStringLiteral("10.11.6-Ma");
        QTest::newRow("mysql error packet")
            << bytes(mysqlPacket(std::string("\xff\x69\x04", 3)
                                 + "#HY000Host '10.1.2.3' is blocked because of many connection "
                                   "errors"))
            << false << WireProtocol::MySql << QString()
            << QStringLiteral("Host '10.1.2.3' is blocked because of many connection errors");
        QTest::newRow("postgres S") << QByteArray("S") << true << WireProtocol::PostgreSql
                                    << QString() << QStringLiteral("S");
        QTest::newRow("postgres N") << QByteArray("N") << true << WireProtocol::PostgreSql
                                    << QString() << QStringLiteral("N");
        const std::string fields("SFATAL\0C08P01\0Munsupported frontend protocol\0\0", 46);
        std::string error = "E";
        error += std::string("\0\0\0", 3) + char(fields.size() + 4) + fields;
        QTest::newRow("postgres error response")
            << bytes(error) << true << WireProtocol::PostgreSql << QString()
            << QStringLiteral("unsupported frontend protocol");
        QTest::newRow("S unprompted is no postgres")
            << QByteArray("S") << false << WireProtocol::Other << QString() << QStringLiteral("S");
        QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n") << false
                             << WireProtocol::Ssh
                             << QStringLiteral("OpenSSH_9.2p1 Debian-2+deb12u3")
                             << QStringLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3");
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n\r\n")
                              << true << WireProtocol::Http << QString()
                              << QStringLiteral("HTTP/1.1 400 Bad Request");
        QTest::newRow("tls alert") << QByteArray("\x15\x03\x01\x00\x02\x02\x46", 7) << true
                                   << WireProtocol::Tls << QString() << QString();
        QTest::newRow("smtp") << QByteArray("220 mail.example.com ESMTP Postfix\r\n") << false
                              << WireProtocol::Other << QString()
                              << QStringLiteral("220 mail.example.com ESMTP Postfix");
        QTest::newRow("nothing") << QByteArray() << true << WireProtocol::Unknown << QString()
                                 << QString();
    }

    void classifiesServerBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, afterSslRequest);
        QFETCH(WireProtocol, protocol);
        QFETCH(QString, version);
        QFETCH(QString, banner);
        const ProtocolProbe probe = classifyServerBytes(
            std::string_view(bytes.constData(), size_t(bytes.size())), afterSslRequest);
        QCOMPARE(probe.protocol, protocol);
        QCOMPARE(QString::fromStdString(probe.serverVersion), version);
        QCOMPARE(QString::fromStdString(probe.banner), banner);
        QCOMPARE(probe.spokeFirst, !afterSslRequest && !bytes.isEmpty());
    }

    void namesWhatAnswered()
    {
        ProtocolProbe probe = classifyServerBytes(mysqlGreeting("5.5.5-10.11.6-MariaDB"), false);
        QVERIFY(probe.isMariaDb());
        QVERIFY(probe.isForeign(WireProtocol::PostgreSql));
        QVERIFY(!probe.isForeign(WireProtocol::MySql));
        QCOMPARE(describeAnswer(probe), std::string("MySQL/MariaDB"));
        QVERIFY(!classifyServerBytes(mysqlGreeting("8.0.36"), false).isMariaDb());
        QVERIFY(!ProtocolProbe {}.isForeign(WireProtocol::MySql)); // no conclusion
        QCOMPARE(describeAnswer(classifyServerBytes("220 ftp ready\r\n", false)),
                 std::string("\"220 ftp ready\""));
        QCOMPARE(printableExcerpt(std::string_view("J\0\0\0\x0a"
                                                   "5.5",
                                                   8)),
                 std::string("J\\x00\\x00\\x00\\x0a5.5"));
        QCOMPARE(printableExcerpt("abcdef", 3), std::string("abc..."));
    }

    void describesTheEvidence()
    {
        ProtocolProbe greeted = classifyServerBytes(mysqlGreeting("10.11.6-MariaDB"), false);
        greeted.address = "127.0.0.1:3306";
        QCOMPARE(describeProbeEvidence(greeted),
                 std::string("The server at 127.0.0.1:3306 spoke first, with a MySQL handshake "
                             "(protocol 10) for server version 10.11.6-MariaDB."));
        ProtocolProbe answered = classifyServerBytes("S", true);
        answered.address = "[::1]:5432";
        answered.greetingWait = 250ms;
        QCOMPARE(describeProbeEvidence(answered),
                 std::string("The server at [::1]:5432 sent no greeting within 250 ms and "
                             "answered a PostgreSQL SSLRequest with: S"));
    }

    void tellsProbeableHosts()
    {
        QVERIFY(isProbeableHost("127.0.0.1"));
        QVERIFY(isProbeableHost("db.example.com"));
        QVERIFY(!isProbeableHost(""));
        QVERIFY(!isProbeableHost("/run/postgresql"));
        QVERIFY(!isProbeableHost("db1,db2"));
    }

    void readsAGreetingSentFirst()
    {
        const std::string greeting = mysqlGreeting("5.5.5-10.11.6-MariaDB-0+deb12u1");
        test::LoopbackServer server([&greeting](int client) {
            ::send(client, greeting.data(), greeting.size(), MSG_NOSIGNAL);
            test::LoopbackServer::drain(client, 2000);
        });
        QVERIFY(server.port() > 0);
        QElapsedTimer timer;
        timer.start();
        const ProtocolProbe probe = probeProtocol("127.0.0.1", server.port());
        QCOMPARE(probe.protocol, WireProtocol::MySql);
        QVERIFY(probe.spokeFirst);
        QCOMPARE(probe.serverVersion, std::string("10.11.6-MariaDB-0+deb12u1"));
        QCOMPARE(probe.address, "127.0.0.1:" + std::to_string(server.port()));
        QVERIFY2(timer.elapsed() < 500, QByteArray::number(timer.elapsed()).constData());
    }

    void asksASilentServerForTls()
    {
        std::string received; // written by the server thread, read after it has ended
        ProtocolProbe probe;
        qint64 elapsed = 0;
        {
            test::LoopbackServer server([&received](int client) {
                char request[8];
                if (test::LoopbackServer::waitReadable(client, 3000)
                    && ::recv(client, request, sizeof request, MSG_WAITALL) == 8) {
                    received.assign(request, 8);
                    ::send(client, "N", 1, MSG_NOSIGNAL);
                }
                received += test::LoopbackServer::drain(client, 1000); // nothing more may come
            });
            QVERIFY(server.port() > 0);
            ProbeTimings timings;
            timings.greeting = 300ms;
            QElapsedTimer timer;
            timer.start();
            probe = probeProtocol("127.0.0.1", server.port(), timings);
            elapsed = timer.elapsed();
            QTRY_COMPARE(server.connections(), 1);
        }
        QCOMPARE(probe.protocol, WireProtocol::PostgreSql);
        QVERIFY(!probe.spokeFirst);
        QCOMPARE(probe.banner, std::string("N"));
        QVERIFY2(elapsed >= 290 && elapsed < 1500, QByteArray::number(elapsed).constData());
        // Only the 8-byte SSLRequest: length 8, code 80877103; no user, no password.
        QCOMPARE(QByteArray::fromStdString(received),
                 QByteArray("\x00\x00\x00\x08\x04\xd2\x16\x2f", 8));
    }

    void givesUpOnASilentServerInTime()
    {
        test::LoopbackServer server([](int client) { test::LoopbackServer::drain(client, 3000); });
        QVERIFY(server.port() > 0);
        QElapsedTimer timer;
        timer.start();
        const ProtocolProbe probe = probeProtocol("127.0.0.1", server.port());
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(probe.protocol, WireProtocol::Unknown);
        QVERIFY(!probe.failure.empty());
        // Defaults: 0.9 s for a greeting, 0.5 s for the answer: about 1.4 s, never 10.
        QVERIFY2(elapsed >= 1300 && elapsed < 2500, QByteArray::number(elapsed).constData());
    }

    void reportsAClosedPort()
    {
        int port = 0;
        {
            test::LoopbackServer gone([](int) {});
            port = gone.port();
        }
        QVERIFY(port > 0);
        const ProtocolProbe probe = probeProtocol("127.0.0.1", port);
        QCOMPARE(probe.protocol, WireProtocol::Unknown);
        QVERIFY2(probe.failure.find("refused") != std::string::npos, probe.failure.c_str());
        QVERIFY(probe.address.empty());
    }

    void triesEveryAddressOfAHost()
    {
        // "localhost" names ::1 and 127.0.0.1 on most systems; the server listens on the
        // IPv4 one only, so whichever comes first, the probe must reach it.
        addrinfo hints {};
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *addresses = nullptr;
        if (::getaddrinfo("localhost", "1", &hints, &addresses) != 0)
            QSKIP("localhost does not resolve here");
        int count = 0;
        for (const addrinfo *at = addresses; at; at = at->ai_next)
            ++count;
        ::freeaddrinfo(addresses);
        if (count < 2)
            QSKIP("localhost has a single address here");
        test::LoopbackServer server([](int client) {
            ::send(client, "SSH-2.0-FerryTest_1.0\r\n", 23, MSG_NOSIGNAL);
            test::LoopbackServer::drain(client, 2000);
        });
        QVERIFY(server.port() > 0);
        const ProtocolProbe probe = probeProtocol("localhost", server.port());
        QCOMPARE(probe.protocol, WireProtocol::Ssh);
        QCOMPARE(probe.serverVersion, std::string("FerryTest_1.0"));
        QCOMPARE(probe.address, "127.0.0.1:" + std::to_string(server.port()));
    }
};

QTEST_GUILESS_MAIN(TestProtocolProbe)
#include "tst_protocol_probe.moc"
