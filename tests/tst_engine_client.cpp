#include "engine/client.h"
#include "engine/endpoint.h"
#include "support/dockerd_fixture.h"
#include "support/fake_daemon.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <memory>
#include <thread>

using dw::engine::Client;
using dw::engine::ClientOptions;
using dw::engine::Endpoint;
using dw::engine::EndpointRequest;
using dw::engine::Environment;
using dw::engine::ErrorId;
using dw::engine::Transport;
using dw::test::FakeDaemon;
using dw::test::FakeReply;
using Kind = dw::test::FakeReply::Kind;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ErrorId)
Q_DECLARE_METATYPE(Kind)

namespace {

constexpr int kNoError = -1;

void writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

QString contextDir(const QString& name) {
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

/// "DOCKER_HOST=tcp://h;DOCKER_TLS_VERIFY=1" with {home} replaced.
Environment parseEnvironment(const QString& text, const QString& home) {
    Environment env;
    for (const QString& pair : text.split(';', Qt::SkipEmptyParts)) {
        const auto equals = pair.indexOf('=');
        env[pair.left(equals).toStdString()] = QString(pair.mid(equals + 1)).replace("{home}", home).toStdString();
    }
    return env;
}

Endpoint unixEndpoint(const QString& socketPath) {
    Endpoint endpoint;
    endpoint.transport = Transport::Unix;
    endpoint.socketPath = socketPath.toStdString();
    endpoint.url = "unix://" + endpoint.socketPath;
    return endpoint;
}

QString errorText(const dw::engine::EngineError& error) {
    return QString::fromStdString(error.message);
}

} // namespace

class TestEngineClient : public QObject {
    Q_OBJECT

    QTemporaryDir home_;
    std::unique_ptr<QTemporaryDir> socketDir_;
    std::unique_ptr<FakeDaemon> daemon_;

    QString daemonSocket() const { return socketDir_->path() + "/d.sock"; }
    std::unique_ptr<Client> fakeClient(ClientOptions options = {}) {
        return std::make_unique<Client>(unixEndpoint(daemonSocket()), options);
    }

private slots:
    void initTestCase() {
        QVERIFY(home_.isValid());
        const QString docker = home_.path() + "/.docker";
        const QString meta = docker + "/contexts/meta/";
        writeFile(meta + contextDir("remote") + "/meta.json",
                  "{\"Name\":\"remote\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"tcp://remote.example:2376\",\"SkipTLSVerify\":false}}}");
        for (const char* file : {"ca.pem", "cert.pem", "key.pem"})
            writeFile(docker + "/contexts/tls/" + contextDir("remote") + "/docker/" + file, "pem");
        writeFile(meta + contextDir("insecure") + "/meta.json",
                  "{\"Name\":\"insecure\",\"Endpoints\":{\"docker\":{\"Host\":\"tcp://10.0.0.5:2376\",\"SkipTLSVerify\":true}}}");
        writeFile(meta + contextDir("local") + "/meta.json",
                  "{\"Name\":\"local\",\"Endpoints\":{\"docker\":{\"Host\":\"unix:///run/user/1000/docker.sock\"}}}");
        writeFile(meta + contextDir("broken") + "/meta.json", R"({"Name":"broken","Endpoints":{}})");
        writeFile(docker + "/ca.pem", "pem");
        for (const char* file : {"ca.pem", "cert.pem", "key.pem"}) writeFile(home_.path() + "/certs/" + QString(file), "pem");
        writeFile(home_.path() + "/alt/config.json", R"({"currentContext":"insecure"})");
    }

    void init() {
        socketDir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(socketDir_->isValid());
        daemon_ = std::make_unique<FakeDaemon>(daemonSocket().toStdString());
        std::string error;
        QVERIFY2(daemon_->start(&error), error.c_str());
    }

    void cleanup() {
        daemon_.reset();
        socketDir_.reset();
    }

    void contextDirIsSha256OfName() {
        QCOMPARE(QString::fromStdString(dw::engine::contextDirName("remote")), contextDir("remote"));
        QCOMPARE(QString::fromStdString(dw::engine::contextDirName("default")).size(), 64);
    }

    void resolveEndpoint_data() {
        QTest::addColumn<QString>("hostFlag");
        QTest::addColumn<QString>("contextFlag");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("currentContext"); // written to config.json when not empty
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("verify");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("keyFile");
        const int none = kNoError;
        const QString remoteTls = "{home}/.docker/contexts/tls/" + contextDir("remote") + "/docker/";
        auto err = [](ErrorId id) { return static_cast<int>(id); };

        QTest::newRow("default socket") << "" << "" << "" << "" << none << "unix:///var/run/docker.sock" << false << true << "" << "";
        QTest::newRow("DOCKER_HOST unix") << "" << "" << "DOCKER_HOST=unix:///tmp/x.sock" << "" << none << "unix:///tmp/x.sock" << false << true << "" << "";
        QTest::newRow("DOCKER_HOST tcp") << "" << "" << "DOCKER_HOST=tcp://h:2375" << "" << none << "tcp://h:2375" << false << true << "" << "";
        QTest::newRow("tcp default port") << "" << "" << "DOCKER_HOST=tcp://h" << "" << none << "tcp://h:2375" << false << true << "" << "";
        QTest::newRow("tls verify with cert path") << "" << "" << "DOCKER_HOST=tcp://h:2376;DOCKER_TLS_VERIFY=1;DOCKER_CERT_PATH={home}/certs" << ""
                                                   << none << "tcp://h:2376" << true << true << "{home}/certs/ca.pem" << "{home}/certs/key.pem";
        QTest::newRow("tls verify default cert path") << "" << "" << "DOCKER_HOST=tcp://h:2376;DOCKER_TLS_VERIFY=1" << ""
                                                      << none << "tcp://h:2376" << true << true << "{home}/.docker/ca.pem" << "";
        QTest::newRow("DOCKER_TLS without verify") << "" << "" << "DOCKER_HOST=tcp://h:2376;DOCKER_TLS=1" << ""
                                                   << none << "tcp://h:2376" << true << false << "{home}/.docker/ca.pem" << "";
        QTest::newRow("tls env ignored for unix") << "" << "" << "DOCKER_TLS_VERIFY=1" << "" << none << "unix:///var/run/docker.sock" << false << true << "" << "";
        QTest::newRow("ssh not supported") << "" << "" << "DOCKER_HOST=ssh://me@h" << "" << err(ErrorId::Unsupported) << "" << false << true << "" << "";
        QTest::newRow("npipe not supported") << "" << "" << "DOCKER_HOST=npipe:////./pipe/docker_engine" << "" << err(ErrorId::Unsupported) << "" << false << true << "" << "";
        QTest::newRow("no scheme") << "" << "" << "DOCKER_HOST=localhost" << "" << err(ErrorId::InvalidEndpoint) << "" << false << true << "" << "";
        QTest::newRow("DOCKER_CONTEXT with tls") << "" << "" << "DOCKER_CONTEXT=remote" << "" << none << "tcp://remote.example:2376" << true << true
                                                 << remoteTls + "ca.pem" << remoteTls + "key.pem";
        QTest::newRow("context skips verify") << "" << "" << "DOCKER_CONTEXT=insecure" << "" << none << "tcp://10.0.0.5:2376" << true << false << "" << "";
        QTest::newRow("currentContext in config") << "" << "" << "" << "local" << none << "unix:///run/user/1000/docker.sock" << false << true << "" << "";
        QTest::newRow("currentContext default") << "" << "" << "" << "default" << none << "unix:///var/run/docker.sock" << false << true << "" << "";
        QTest::newRow("DOCKER_CONFIG moves config") << "" << "" << "DOCKER_CONFIG={home}/alt" << "local" << err(ErrorId::InvalidEndpoint) << "" << false << true << "" << "";
        QTest::newRow("DOCKER_CONTEXT over config") << "" << "" << "DOCKER_CONTEXT=remote" << "local" << none << "tcp://remote.example:2376" << true << true
                                                    << remoteTls + "ca.pem" << remoteTls + "key.pem";
        QTest::newRow("DOCKER_HOST over DOCKER_CONTEXT") << "" << "" << "DOCKER_HOST=unix:///e.sock;DOCKER_CONTEXT=remote" << "local" << none
                                                         << "unix:///e.sock" << false << true << "" << "";
        QTest::newRow("--context over DOCKER_HOST") << "" << "local" << "DOCKER_HOST=unix:///e.sock" << "" << none
                                                    << "unix:///run/user/1000/docker.sock" << false << true << "" << "";
        QTest::newRow("--context default uses DOCKER_HOST") << "" << "default" << "DOCKER_HOST=unix:///e.sock;DOCKER_CONTEXT=remote" << "" << none
                                                            << "unix:///e.sock" << false << true << "" << "";
        QTest::newRow("--host over everything") << "unix:///flag.sock" << "" << "DOCKER_HOST=unix:///e.sock;DOCKER_CONTEXT=remote" << "local" << none
                                                << "unix:///flag.sock" << false << true << "" << "";
        QTest::newRow("--host tcp with tls env") << "tcp://f:2376" << "" << "DOCKER_TLS_VERIFY=1;DOCKER_CERT_PATH={home}/certs" << "" << none
                                                 << "tcp://f:2376" << true << true << "{home}/certs/ca.pem" << "{home}/certs/key.pem";
        QTest::newRow("--host and --context") << "unix:///flag.sock" << "local" << "" << "" << err(ErrorId::InvalidEndpoint) << "" << false << true << "" << "";
        QTest::newRow("unknown context") << "" << "" << "DOCKER_CONTEXT=missing" << "" << err(ErrorId::InvalidEndpoint) << "" << false << true << "" << "";
        QTest::newRow("context without docker endpoint") << "" << "broken" << "" << "" << err(ErrorId::InvalidEndpoint) << "" << false << true << "" << "";
    }

    void resolveEndpoint() {
        QFETCH(QString, hostFlag);
        QFETCH(QString, contextFlag);
        QFETCH(QString, env);
        QFETCH(QString, currentContext);
        QFETCH(int, error);
        QFETCH(QString, url);
        QFETCH(bool, tls);
        QFETCH(bool, verify);
        QFETCH(QString, caFile);
        QFETCH(QString, keyFile);
        const QString home = home_.path();
        const QString config = home + "/.docker/config.json";
        QFile::remove(config);
        if (!currentContext.isEmpty()) writeFile(config, "{\"currentContext\":\"" + currentContext.toUtf8() + "\"}");

        const auto resolved = dw::engine::resolveEndpoint(
            EndpointRequest{hostFlag.toStdString(), contextFlag.toStdString()}, parseEnvironment(env, home), home.toStdString());
        if (error != kNoError) {
            QVERIFY(!resolved);
            QCOMPARE(static_cast<int>(resolved.error().id), error);
            QVERIFY(!resolved.error().message.empty());
            return;
        }
        QVERIFY2(resolved, resolved ? "" : resolved.error().message.c_str());
        const Endpoint& endpoint = resolved.value();
        QCOMPARE(QString::fromStdString(endpoint.url), url);
        QCOMPARE(endpoint.tls, tls);
        if (tls) QCOMPARE(endpoint.verifyPeer, verify);
        QCOMPARE(QString::fromStdString(endpoint.caFile), caFile.replace("{home}", home));
        QCOMPARE(QString::fromStdString(endpoint.keyFile), keyFile.replace("{home}", home));
    }

    void sshErrorSaysNotSupportedYet() {
        const auto resolved = dw::engine::resolveEndpoint({"ssh://me@host", ""}, {}, home_.path().toStdString());
        QVERIFY(!resolved);
        QCOMPARE(errorText(resolved.error()), QString("cannot connect to ssh://me@host: ssh:// endpoints are not supported yet"));
    }

    void okJsonAndMalformedBodiesPassThrough_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("json") << QByteArray(R"({"ID":"abc","Containers":3})");
        QTest::newRow("malformed json") << QByteArray(R"({"ID": "abc", "Contain)");
        QTest::newRow("empty") << QByteArray();
    }

    void okJsonAndMalformedBodiesPassThrough() {
        QFETCH(QByteArray, body);
        daemon_->route("/info", FakeReply{Kind::Normal, 200, body.toStdString(), {{"X-Extra", "yes"}}, 0});
        const auto response = fakeClient()->get("/info");
        QVERIFY2(response, response ? "" : response.error().message.c_str());
        QCOMPARE(response.value().status, 200L);
        QCOMPARE(QByteArray::fromStdString(response.value().body), body);
        QCOMPARE(QString::fromStdString(response.value().headers.at("x-extra")), QString("yes"));
    }

    void httpErrorsCarryTheDaemonMessage_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("404 json") << 404 << R"({"message":"No such container: abc"})" << "HTTP 404: No such container: abc";
        QTest::newRow("500 json") << 500 << R"({"message":"boom"})" << "HTTP 500: boom";
        QTest::newRow("500 text") << 500 << "internal error\nstack" << "HTTP 500: internal error";
        QTest::newRow("503 empty") << 503 << "" << "HTTP 503: (no message)";
    }

    void httpErrorsCarryTheDaemonMessage() {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(QString, message);
        daemon_->route("/containers/abc/json", FakeReply{Kind::Normal, status, body.toStdString(), {}, 0});
        const auto response = fakeClient()->get("/containers/abc/json");
        QVERIFY(!response);
        QCOMPARE(response.error().id, ErrorId::HttpStatus);
        QCOMPARE(response.error().httpStatus, static_cast<long>(status));
        QCOMPARE(errorText(response.error()),
                 "GET /containers/abc/json on unix://" + daemonSocket() + ": " + message);
    }

    void faultsGiveClearErrors_data() {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("hugeBytes");
        QTest::addColumn<int>("requestTimeoutMs");
        QTest::addColumn<int>("idleTimeoutMs");
        QTest::addColumn<int>("capBytes");
        QTest::addColumn<ErrorId>("error");
        QTest::addColumn<QString>("messagePart");
        const int defaultCap = 64 << 20;
        QTest::newRow("truncated body") << Kind::Truncate << 0 << 60000 << 30000 << defaultCap << ErrorId::BadResponse << "closed the connection";
        QTest::newRow("close mid-body") << Kind::CloseMidBody << 0 << 60000 << 30000 << defaultCap << ErrorId::BadResponse << "closed the connection";
        QTest::newRow("stall, request timeout") << Kind::Stall << 0 << 300 << 0 << defaultCap << ErrorId::Timeout << "timed out";
        QTest::newRow("stall, idle timeout") << Kind::Stall << 0 << 0 << 200 << defaultCap << ErrorId::Timeout << "no data for 200 ms";
        QTest::newRow("100 MB chunked over default cap") << Kind::Huge << 100000000 << 60000 << 30000 << defaultCap << ErrorId::TooLarge
                                                         << "larger than the limit of 67108864 bytes";
        QTest::newRow("100 MB declared over default cap") << Kind::HugeDeclared << 100000000 << 60000 << 30000 << defaultCap
                                                          << ErrorId::TooLarge << "larger than the limit of 67108864 bytes";
        QTest::newRow("2 MB over 1 MB cap") << Kind::Huge << (2 << 20) << 60000 << 30000 << (1 << 20) << ErrorId::TooLarge << "limit of 1048576";
    }

    void faultsGiveClearErrors() {
        QFETCH(Kind, kind);
        QFETCH(int, hugeBytes);
        QFETCH(int, requestTimeoutMs);
        QFETCH(int, idleTimeoutMs);
        QFETCH(int, capBytes);
        QFETCH(ErrorId, error);
        QFETCH(QString, messagePart);
        daemon_->route("/images/json", FakeReply{kind, 200, R"([{"Id":"sha256:1"},{"Id":"sha256:2"}])", {},
                                                 static_cast<std::size_t>(hugeBytes)});
        ClientOptions options;
        options.requestTimeout = std::chrono::milliseconds(requestTimeoutMs);
        options.idleTimeout = std::chrono::milliseconds(idleTimeoutMs);
        options.maxResponseBytes = static_cast<std::size_t>(capBytes);
        const auto response = fakeClient(options)->get("/images/json");
        QVERIFY(!response);
        QCOMPARE(response.error().id, error);
        const QString message = errorText(response.error());
        QVERIFY2(message.startsWith("GET /images/json on unix://" + daemonSocket() + ": "), qPrintable(message));
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QCOMPARE(QString::fromStdString(response.error().endpoint), "unix://" + daemonSocket());
    }

    void missingSocket() {
        const QString path = socketDir_->path() + "/nothing.sock";
        const auto response = Client(unixEndpoint(path)).get("/_ping");
        QVERIFY(!response);
        QCOMPARE(response.error().id, ErrorId::Unreachable);
        QCOMPARE(errorText(response.error()),
                 "cannot connect to unix://" + path + ": no such file (is the Docker daemon running?)");
    }

    void socketWithoutListener() {
        const QString path = socketDir_->path() + "/dead.sock";
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, qPrintable(path), sizeof address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        ::close(fd); // the file stays, nobody listens
        const auto response = Client(unixEndpoint(path)).get("/_ping");
        QVERIFY(!response);
        QCOMPARE(response.error().id, ErrorId::Unreachable);
        QVERIFY2(errorText(response.error()).contains("connection refused"), qPrintable(errorText(response.error())));
    }

    /// chmod 000 on the socket. Root ignores the mode, so as root the connect runs in a child process
    /// that first drops to uid/gid 65534 (nobody).
    void permissionDeniedSocket() {
        QVERIFY(QFile::setPermissions(daemonSocket(), QFileDevice::Permissions()));
        const QString expected = "cannot connect to unix://" + daemonSocket() + ": permission denied";
        auto connectsDenied = [&] {
            const auto response = fakeClient()->get("/_ping");
            return !response && response.error().id == ErrorId::PermissionDenied &&
                   errorText(response.error()).startsWith(expected);
        };
        if (::geteuid() != 0) {
            QVERIFY(connectsDenied());
            return;
        }
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            const bool dropped = ::setgid(65534) == 0 && ::setuid(65534) == 0;
            ::_exit(dropped ? (connectsDenied() ? 0 : 1) : 2);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        if (WEXITSTATUS(status) == 2) QSKIP("running as root and cannot drop to uid 65534 to test a denied socket");
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    void tcpPlainAndTlsFailure_data() {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<ErrorId>("error");
        QTest::newRow("plain http over tcp") << false << ErrorId::HttpStatus;
        QTest::newRow("tls to a plain server") << true << ErrorId::Tls;
    }

    void tcpPlainAndTlsFailure() {
        QFETCH(bool, tls);
        QFETCH(ErrorId, error);
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 1), 0);
        QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length), 0);
        std::thread server([listener] { // answers one connection with a plain HTTP error, whatever it receives
            const int fd = ::accept(listener, nullptr, nullptr);
            char buffer[1024];
            (void)::recv(fd, buffer, sizeof buffer, 0);
            const char reply[] = "HTTP/1.1 400 Bad Request\r\nContent-Length: 23\r\n\r\n{\"message\":\"plain tcp\"}";
            (void)::send(fd, reply, sizeof reply - 1, MSG_NOSIGNAL);
            ::close(fd);
        });
        const std::string host = "tcp://127.0.0.1:" + std::to_string(ntohs(address.sin_port));
        auto endpoint = dw::engine::parseHostUrl(host);
        QVERIFY(endpoint);
        endpoint.value().tls = tls;
        endpoint.value().verifyPeer = false;
        const auto response = Client(endpoint.value()).get("/_ping");
        server.join();
        ::close(listener);
        QVERIFY(!response);
        QCOMPARE(response.error().id, error);
        QVERIFY2(errorText(response.error()).contains(QString::fromStdString(host)), qPrintable(errorText(response.error())));
    }

    void cancelFromAnotherThread() {
        daemon_->route("/containers/json?all=1", FakeReply{Kind::Stall, 200, "[", {}, 0});
        std::atomic<bool> cancel{false};
        ClientOptions options;
        options.requestTimeout = 0ms;
        options.idleTimeout = 0ms;
        options.cancel = &cancel;
        auto client = fakeClient(options);
        std::thread canceller([&] {
            while (daemon_->requests().empty()) std::this_thread::sleep_for(10ms);
            cancel = true;
        });
        const auto response = client->get("/containers/json?all=1");
        canceller.join();
        QVERIFY(!response);
        QCOMPARE(response.error().id, ErrorId::Cancelled);
        QVERIFY(errorText(response.error()).endsWith(": cancelled"));
        // Still cancelled: the next call does not even connect.
        QCOMPARE(client->get("/_ping").error().id, ErrorId::Cancelled);
    }

    void streamDeliversLines() {
        daemon_->route("/events", FakeReply{Kind::Lines, 200, "{\"a\":1}\n{\"b\":2}\r\n\n{\"c\":3}", {}, 0});
        QStringList lines;
        const auto status = fakeClient()->stream("/events", [&](std::string_view line) {
            lines << QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
            return true;
        });
        QVERIFY2(status, status ? "" : status.error().message.c_str());
        QCOMPARE(lines, QStringList({R"({"a":1})", R"({"b":2})", R"({"c":3})"}));
    }

    void streamEndsWhenHandlerSaysSo() {
        daemon_->route("/events", FakeReply{Kind::Stall, 200, "one\ntwo\n", {}, 0});
        QStringList lines;
        const auto status = fakeClient()->stream("/events", [&](std::string_view line) {
            lines << QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
            return false;
        });
        QVERIFY(status);
        QCOMPARE(lines, QStringList{"one"});
    }

    void streamHttpErrorCarriesMessage() {
        daemon_->route("/events?since=x", FakeReply{Kind::Normal, 400, R"({"message":"invalid since"})", {}, 0});
        int lines = 0;
        const auto status = fakeClient()->stream("/events?since=x", [&](std::string_view) { return ++lines, true; });
        QVERIFY(!status);
        QCOMPARE(status.error().id, ErrorId::HttpStatus);
        QCOMPARE(lines, 0);
        QVERIFY2(errorText(status.error()).endsWith("HTTP 400: invalid since"), qPrintable(errorText(status.error())));
    }

    void getManyCancelled() {
        std::atomic<bool> cancel{true};
        ClientOptions options;
        options.cancel = &cancel;
        const auto results = fakeClient(options)->getMany({"/a", "/b", "/c"}, 2);
        QCOMPARE(results.size(), std::size_t{3});
        for (const auto& result : results) QCOMPARE(result.error().id, ErrorId::Cancelled);
        QCOMPARE(daemon_->connectionsAccepted(), 0);
    }

    void streamCancelledFromAnotherThread() {
        daemon_->route("/events", FakeReply{Kind::Stall, 200, "{\"Type\":\"container\"}\n", {}, 0});
        std::atomic<bool> cancel{false};
        std::atomic<bool> firstLine{false};
        ClientOptions options;
        options.cancel = &cancel;
        std::thread canceller([&] {
            while (!firstLine) std::this_thread::sleep_for(10ms);
            cancel = true;
        });
        const auto status = fakeClient(options)->stream("/events", [&](std::string_view) {
            firstLine = true;
            return true;
        });
        canceller.join();
        QVERIFY(!status);
        QCOMPARE(status.error().id, ErrorId::Cancelled);
    }

    void headRequest() {
        daemon_->route("/_ping", FakeReply{Kind::Normal, 200, "OK", {{"Api-Version", "1.41"}}, 0});
        const auto response = fakeClient()->head("/_ping");
        QVERIFY(response);
        QVERIFY(response.value().body.empty());
        QCOMPARE(QString::fromStdString(response.value().headers.at("api-version")), QString("1.41"));
        QCOMPARE(daemon_->requests(), std::vector<std::string>{"HEAD /_ping"});
    }

    void versionNegotiation_data() {
        QTest::addColumn<int>("pingStatus");
        QTest::addColumn<QString>("pingVersion");
        QTest::addColumn<QString>("versionBody");
        QTest::addColumn<QString>("negotiated"); // empty when it fails
        QTest::addColumn<ErrorId>("error");
        QTest::newRow("ping header") << 200 << "1.41" << "" << "1.41" << ErrorId::BadResponse;
        QTest::newRow("newer daemon capped") << 200 << "1.99" << "" << dw::engine::kMaxApiVersion << ErrorId::BadResponse;
        QTest::newRow("no header, /version") << 200 << "" << R"({"ApiVersion":"1.40"})" << "1.40" << ErrorId::BadResponse;
        QTest::newRow("ping 404, /version") << 404 << "" << R"({"ApiVersion":"1.43","Version":"24.0"})" << "1.43" << ErrorId::BadResponse;
        QTest::newRow("no version anywhere") << 200 << "" << "{}" << "" << ErrorId::BadResponse;
        QTest::newRow("too old") << 200 << "1.12" << "" << "" << ErrorId::Unsupported;
    }

    void versionNegotiation() {
        QFETCH(int, pingStatus);
        QFETCH(QString, pingVersion);
        QFETCH(QString, versionBody);
        QFETCH(QString, negotiated);
        QFETCH(ErrorId, error);
        FakeReply ping{Kind::Normal, pingStatus, "OK", {}, 0};
        if (!pingVersion.isEmpty()) ping.headers.push_back({"Api-Version", pingVersion.toStdString()});
        daemon_->route("/_ping", ping);
        daemon_->route("/version", FakeReply{Kind::Normal, 200, versionBody.toStdString(), {}, 0});
        daemon_->route("/v" + negotiated.toStdString() + "/info", FakeReply{Kind::Normal, 200, "{}", {}, 0});
        auto client = fakeClient();
        const auto version = client->negotiateVersion();
        if (negotiated.isEmpty()) {
            QVERIFY(!version);
            QCOMPARE(version.error().id, error);
            QVERIFY(client->apiVersion().empty());
            return;
        }
        QVERIFY2(version, version ? "" : version.error().message.c_str());
        QCOMPARE(QString::fromStdString(version.value()), negotiated);
        QVERIFY(client->get("/info"));
        QCOMPARE(QString::fromStdString(daemon_->requests().back()), "GET /v" + negotiated + "/info");
    }

    void connectionIsReused() {
        daemon_->route("/_ping", FakeReply{Kind::Normal, 200, "OK", {}, 0});
        auto client = fakeClient();
        for (int i = 0; i < 5; ++i) QVERIFY(client->get("/_ping"));
        QCOMPARE(daemon_->connectionsAccepted(), 1);
    }

    void getManyKeepsOrder() {
        std::vector<std::string> paths;
        for (int i = 0; i < 60; ++i) {
            const std::string path = "/containers/" + std::to_string(i) + "/json";
            if (i != 17) daemon_->route("/v1.41" + path, FakeReply{Kind::Normal, 200, "{\"Id\":\"" + std::to_string(i) + "\"}", {}, 0});
            paths.push_back(path);
        }
        auto client = fakeClient();
        client->setApiVersion("1.41");
        const auto results = client->getMany(paths, 4);
        QCOMPARE(results.size(), paths.size());
        for (std::size_t i = 0; i < results.size(); ++i) {
            if (i == 17) {
                QVERIFY(!results[i]);
                QCOMPARE(results[i].error().httpStatus, 404L);
                continue;
            }
            QVERIFY2(results[i], results[i] ? "" : results[i].error().message.c_str());
            QCOMPARE(results[i].value().body, "{\"Id\":\"" + std::to_string(i) + "\"}");
        }
        QVERIFY(daemon_->connectionsAccepted() <= 4); // at most one per worker, kept open across requests
        QCOMPARE(client->getMany({}, 4).size(), std::size_t{0});
    }

    void apiVersionsCompare() {
        QVERIFY(dw::engine::compareApiVersions("1.41", "1.45") < 0);
        QVERIFY(dw::engine::compareApiVersions("1.9", "1.10") < 0);
        QCOMPARE(dw::engine::compareApiVersions("1.41", "1.41"), 0);
        QVERIFY(dw::engine::compareApiVersions("2.0", "1.99") > 0);
    }

    void realDaemon() {
        daemon_.reset();
        dw::test::DockerdFixture dockerd;
        const QString why = dockerd.start();
        if (!why.isEmpty()) QSKIP(qPrintable("no real dockerd: " + why));
        Client client(dockerd.endpoint());
        const auto version = client.negotiateVersion();
        QVERIFY2(version, version ? "" : version.error().message.c_str());
        QVERIFY(dw::engine::compareApiVersions(version.value(), dw::engine::kMinApiVersion) >= 0);
        for (const char* path : {"/_ping", "/version", "/info"}) {
            const auto response = client.get(path);
            QVERIFY2(response, response ? "" : response.error().message.c_str());
            QCOMPARE(response.value().status, 200L);
        }
        QVERIFY(client.get("/version").value().body.find("\"ApiVersion\"") != std::string::npos);
        const auto many = client.getMany({"/info", "/containers/json?all=1", "/images/json", "/networks", "/volumes"}, 3);
        for (const auto& result : many) QVERIFY2(result, result ? "" : result.error().message.c_str());
        const auto missing = client.get("/containers/no-such-container/json");
        QVERIFY(!missing);
        QCOMPARE(missing.error().httpStatus, 404L);
        QVERIFY2(errorText(missing.error()).contains("no-such-container"), qPrintable(errorText(missing.error())));
    }
};

QTEST_GUILESS_MAIN(TestEngineClient)
#include "tst_engine_client.moc"
