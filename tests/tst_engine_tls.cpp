// The Engine API client over tcp:// with TLS against a real dockerd started with --tlsverify: certificates made
// with the openssl CLI, the endpoint resolved from DOCKER_HOST/DOCKER_TLS_VERIFY/DOCKER_CERT_PATH and from a
// context, each way a TLS connection can go wrong, and `dockwarden-cli host` over TLS.
#include "engine/api_decode.h"
#include "engine/endpoint.h"
#include "support/dockerd_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace dw;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `program` with a clean Docker environment: no DOCKER_* from the caller, HOME = `home`, plus `env`.
Run run(const QString& program, const QStringList& args, const QString& home, const QMap<QString, QString>& env = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys())
        if (name.startsWith(QStringLiteral("DOCKER_"))) environment.remove(name);
    environment.insert(QStringLiteral("HOME"), home);
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    if (!process.waitForFinished(120000)) process.kill();
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

/// A TCP port on 127.0.0.1 that nothing listens on right now (the kernel picks it).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

/// Certificates in one directory: a CA, a server certificate for 127.0.0.1/localhost, a client certificate,
/// and a second CA that signed nothing of ours. Empty string on success, else what failed.
QString makeCertificates(const QString& dir)
{
    const auto openssl = [&dir](const QStringList& args) -> QString {
        QProcess process;
        process.setWorkingDirectory(dir);
        process.start(QStringLiteral("openssl"), args);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QStringLiteral("openssl %1 failed: %2")
                .arg(args.join(u' '), QString::fromUtf8(process.readAllStandardError()).trimmed());
        return {};
    };
    const auto selfSignedCa = [&](const QString& key, const QString& cert, const QString& name) {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                        QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + name});
    };
    const auto signedBy = [&](const QString& name, const QString& extensions) {
        if (!writeFile(dir + u'/' + name + QStringLiteral(".ext"), extensions.toUtf8()))
            return QStringLiteral("cannot write %1.ext").arg(name);
        QString failed = openssl(
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), name + QStringLiteral("-key.pem"), QStringLiteral("-out"),
             name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=dw-") + name});
        if (!failed.isEmpty()) return failed;
        return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                        QStringLiteral("-CAkey"), QStringLiteral("ca-key.pem"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-out"), name + QStringLiteral("-cert.pem"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
    };
    for (const QString& failed :
         {selfSignedCa(QStringLiteral("ca-key.pem"), QStringLiteral("ca.pem"), QStringLiteral("dw test CA")),
          selfSignedCa(QStringLiteral("other-ca-key.pem"), QStringLiteral("other-ca.pem"),
                       QStringLiteral("dw unrelated CA")),
          signedBy(QStringLiteral("server"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n")),
          signedBy(QStringLiteral("client"), QStringLiteral("extendedKeyUsage=clientAuth\n"))})
        if (!failed.isEmpty()) return failed;
    return {};
}

/// A DOCKER_CERT_PATH-style directory (ca.pem, cert.pem, key.pem) made of the files named, in `dir`/`name`.
QString certDir(const QString& dir, const QString& name, const QString& ca, bool withClientCert)
{
    const QString target = dir + u'/' + name;
    QDir().mkpath(target);
    QFile::copy(dir + u'/' + ca, target + QStringLiteral("/ca.pem"));
    if (withClientCert) {
        QFile::copy(dir + QStringLiteral("/client-cert.pem"), target + QStringLiteral("/cert.pem"));
        QFile::copy(dir + QStringLiteral("/client-key.pem"), target + QStringLiteral("/key.pem"));
    }
    return target;
}

QStringList rulesOf(const QJsonObject& object)
{
    QStringList rules;
    for (const auto& finding : object[QStringLiteral("findings")].toArray())
        rules << finding.toObject()[QStringLiteral("rule")].toString();
    return rules;
}

} // namespace

class TestEngineTls : public QObject {
    Q_OBJECT

    QTemporaryDir certs_{QStringLiteral("/tmp/dwtls-XXXXXX")};
    QTemporaryDir home_{QStringLiteral("/tmp/dwhome-XXXXXX")};
    test::DockerdFixture daemon_;
    int port_ = 0;
    QString url_;
    std::string unixVersion_; ///< /version's Version over the fixture's unix socket, to compare with

    engine::Environment tlsEnv(const QString& certPath) const
    {
        return {{"DOCKER_HOST", url_.toStdString()},
                {"DOCKER_TLS_VERIFY", "1"},
                {"DOCKER_CERT_PATH", certPath.toStdString()}};
    }

    /// GET /version through the endpoint that `env` resolves to.
    engine::Expected<engine::Response> getVersion(const engine::Environment& env) const
    {
        const engine::Expected<engine::Endpoint> endpoint =
            engine::resolveEndpoint({}, env, home_.path().toStdString());
        if (!endpoint) return endpoint.error();
        engine::ClientOptions options;
        options.connectTimeout = std::chrono::milliseconds(5000);
        options.requestTimeout = std::chrono::milliseconds(15000);
        engine::Client client(endpoint.value(), options);
        return client.get("/version");
    }

    static void verifyOneLine(const engine::EngineError& error, const std::string& endpoint)
    {
        QVERIFY2(error.message.find('\n') == std::string::npos, error.message.c_str());
        QVERIFY2(error.message.find(endpoint) != std::string::npos, error.message.c_str());
        QCOMPARE(error.endpoint, endpoint);
    }

  private slots:
    void initTestCase()
    {
        QVERIFY(certs_.isValid() && home_.isValid());
        const QString failed = makeCertificates(certs_.path());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        port_ = freePort();
        QVERIFY(port_ > 0);
        url_ = QStringLiteral("tcp://127.0.0.1:%1").arg(port_);
        const QString why = daemon_.start(
            std::chrono::seconds(45), {QStringLiteral("-H"), url_, QStringLiteral("--tlsverify"),
                                       QStringLiteral("--tlscacert"), certs_.filePath(QStringLiteral("ca.pem")),
                                       QStringLiteral("--tlscert"), certs_.filePath(QStringLiteral("server-cert.pem")),
                                       QStringLiteral("--tlskey"), certs_.filePath(QStringLiteral("server-key.pem"))});
        if (!why.isEmpty()) {
            if (::geteuid() == 0 &&
                !QStandardPaths::findExecutable(QStringLiteral("dockerd"),
                                                {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
                     .isEmpty())
                QFAIL(qPrintable(QStringLiteral("dockerd is installed and we are root, but it did not start: ") + why));
            QSKIP(qPrintable(QStringLiteral("no real Docker daemon for this test: ") + why));
        }
        engine::Client local(daemon_.endpoint());
        const auto version = local.get("/version");
        QVERIFY2(version, version ? "" : version.error().message.c_str());
        engine::DecodeError error;
        const auto decoded = engine::decodeVersion(version.value().body, error);
        QVERIFY2(decoded, error.message.c_str());
        unixVersion_ = decoded->version;
        QVERIFY(!unixVersion_.empty());
    }

    void environmentEndpointIsTls()
    {
        const QString dir = certDir(certs_.path(), QStringLiteral("good"), QStringLiteral("ca.pem"), true);
        const auto endpoint = engine::resolveEndpoint({}, tlsEnv(dir), home_.path().toStdString());
        QVERIFY(endpoint);
        QCOMPARE(endpoint.value().transport, engine::Transport::Tcp);
        QCOMPARE(endpoint.value().hostPort, QStringLiteral("127.0.0.1:%1").arg(port_).toStdString());
        QVERIFY(endpoint.value().tls);
        QVERIFY(endpoint.value().verifyPeer);
        QCOMPARE(endpoint.value().caFile, (dir + QStringLiteral("/ca.pem")).toStdString());
        QCOMPARE(endpoint.value().certFile, (dir + QStringLiteral("/cert.pem")).toStdString());
        QCOMPARE(endpoint.value().keyFile, (dir + QStringLiteral("/key.pem")).toStdString());
    }

    void versionOverTls()
    {
        const QString dir = certDir(certs_.path(), QStringLiteral("good"), QStringLiteral("ca.pem"), true);
        const auto response = getVersion(tlsEnv(dir));
        QVERIFY2(response, response ? "" : response.error().message.c_str());
        QCOMPARE(response.value().status, 200L);
        engine::DecodeError error;
        const auto version = engine::decodeVersion(response.value().body, error);
        QVERIFY2(version, error.message.c_str());
        QCOMPARE(version->version, unixVersion_);

        const auto endpoint = engine::resolveEndpoint({}, tlsEnv(dir), home_.path().toStdString());
        engine::Client client(endpoint.value());
        const auto negotiated = client.negotiateVersion();
        QVERIFY2(negotiated, negotiated ? "" : negotiated.error().message.c_str());
        QCOMPARE(negotiated.value(), version->apiVersion);
        QVERIFY(client.get("/info"));
    }

    void wrongCaIsTlsError()
    {
        const QString dir = certDir(certs_.path(), QStringLiteral("wrong-ca"), QStringLiteral("other-ca.pem"), true);
        const auto response = getVersion(tlsEnv(dir));
        QVERIFY(!response);
        QCOMPARE(response.error().id, engine::ErrorId::Tls);
        verifyOneLine(response.error(), url_.toStdString());
        QVERIFY2(response.error().message.find("TLS") != std::string::npos, response.error().message.c_str());
    }

    void missingClientCertificateIsRefused()
    {
        const QString dir = certDir(certs_.path(), QStringLiteral("no-client"), QStringLiteral("ca.pem"), false);
        const auto endpoint = engine::resolveEndpoint({}, tlsEnv(dir), home_.path().toStdString());
        QVERIFY(endpoint && endpoint.value().certFile.empty() && endpoint.value().keyFile.empty());
        const auto response = getVersion(tlsEnv(dir));
        QVERIFY(!response);
        verifyOneLine(response.error(), url_.toStdString());
        // With TLS 1.3 the daemon refuses the missing certificate after the client's side of the handshake
        // has finished, so curl reports a receive error carrying the TLS alert.
        QVERIFY2(response.error().message.find("certificate") != std::string::npos, response.error().message.c_str());
        QCOMPARE(response.error().id, engine::ErrorId::Tls);
    }

    void plainHttpToTlsPortIsRefused()
    {
        const auto response = getVersion({{"DOCKER_HOST", url_.toStdString()}});
        QVERIFY(!response);
        verifyOneLine(response.error(), url_.toStdString());
        QCOMPARE(response.error().id, engine::ErrorId::HttpStatus);
        QCOMPARE(response.error().httpStatus, 400L);
        QVERIFY2(response.error().message.find("HTTPS") != std::string::npos, response.error().message.c_str());
    }

    void cliOverTls()
    {
        const QString dir = certDir(certs_.path(), QStringLiteral("good"), QStringLiteral("ca.pem"), true);
        const QMap<QString, QString> env{{QStringLiteral("DOCKER_HOST"), url_},
                                         {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
                                         {QStringLiteral("DOCKER_CERT_PATH"), dir}};
        const Run report = run(
            QStringLiteral(DW_CLI_PATH),
            {QStringLiteral("host"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-fail")},
            home_.path(), env);
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QJsonParseError error{};
        const QJsonObject json = QJsonDocument::fromJson(report.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json[QStringLiteral("endpoint")].toString(), url_);
        QCOMPARE(json[QStringLiteral("containers")].toArray().size(), 0);
        const QStringList daemonRules = rulesOf(json[QStringLiteral("daemon")].toObject());
        QVERIFY2(daemonRules.contains(QStringLiteral("DWH212")), qPrintable(daemonRules.join(u' ')));
        QVERIFY2(!daemonRules.contains(QStringLiteral("DWH207")), "TLS was used: no plain-TCP finding");

        const Run failing = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host")}, home_.path(), env);
        QCOMPARE(failing.exitCode, 1);

        QMap<QString, QString> wrongCa = env;
        wrongCa[QStringLiteral("DOCKER_CERT_PATH")] =
            certDir(certs_.path(), QStringLiteral("wrong-ca"), QStringLiteral("other-ca.pem"), true);
        const Run refused = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host")}, home_.path(), wrongCa);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.count('\n'), qsizetype(1));
        QVERIFY2(refused.err.contains("TLS") && refused.err.contains(url_.toUtf8()), refused.err.constData());
    }

    void contextWithTlsMaterial()
    {
        const QString name = QStringLiteral("dw-tls");
        const QString hash = QString::fromStdString(engine::contextDirName(name.toStdString()));
        const QString contexts = home_.path() + QStringLiteral("/.docker/contexts");
        QVERIFY(QDir().mkpath(contexts + QStringLiteral("/meta/") + hash));
        const QString meta =
            QStringLiteral(R"({"Name":"%1","Metadata":{},"Endpoints":{"docker":{"Host":"%2","SkipTLSVerify":false}}})")
                .arg(name, url_);
        QVERIFY(writeFile(contexts + QStringLiteral("/meta/") + hash + QStringLiteral("/meta.json"), meta.toUtf8()));
        const QString tls = contexts + QStringLiteral("/tls/") + hash;
        QVERIFY(QDir().mkpath(tls));
        QVERIFY(QDir().rename(certDir(certs_.path(), QStringLiteral("context"), QStringLiteral("ca.pem"), true),
                              tls + QStringLiteral("/docker")));

        const auto endpoint = engine::resolveEndpoint({{}, name.toStdString()}, {}, home_.path().toStdString());
        QVERIFY2(endpoint, endpoint ? "" : endpoint.error().message.c_str());
        QCOMPARE(endpoint.value().context, name.toStdString());
        QVERIFY(endpoint.value().tls && endpoint.value().verifyPeer);
        QCOMPARE(endpoint.value().caFile, (tls + QStringLiteral("/docker/ca.pem")).toStdString());
        engine::Client client(endpoint.value());
        QVERIFY(client.get("/_ping"));

        const Run report = run(QStringLiteral(DW_CLI_PATH),
                               {QStringLiteral("host"), QStringLiteral("--context"), name, QStringLiteral("--format"),
                                QStringLiteral("json"), QStringLiteral("--no-fail")},
                               home_.path());
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QCOMPARE(QJsonDocument::fromJson(report.out).object()[QStringLiteral("endpoint")].toString(), url_);
        const Run failing =
            run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--context"), name}, home_.path());
        QCOMPARE(failing.exitCode, 1);
    }

    void cleanupTestCase() { daemon_.stop(); }
};

QTEST_GUILESS_MAIN(TestEngineTls)
#include "tst_engine_tls.moc"
