// The docker contexts Settings lists, and an endpoint typed with its own TLS files.
#include "engine/endpoint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

void writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QString contextDir(const QString& name) {
    return QString::fromStdString(dw::engine::contextDirName(name.toStdString()));
}

} // namespace

class TestEngineContexts : public QObject {
    Q_OBJECT
    QTemporaryDir home_;

private slots:
    void initTestCase() {
        QVERIFY(home_.isValid());
        const QString meta = home_.path() + "/.docker/contexts/meta/";
        writeFile(meta + contextDir("remote") + "/meta.json",
                  "{\"Name\":\"remote\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"tcp://remote.example:2376\"}}}");
        writeFile(meta + contextDir("insecure") + "/meta.json",
                  "{\"Name\":\"insecure\",\"Endpoints\":{\"docker\":{\"Host\":\"tcp://10.0.0.5:2376\",\"SkipTLSVerify\":true}}}");
        writeFile(meta + contextDir("local") + "/meta.json",
                  "{\"Name\":\"local\",\"Endpoints\":{\"docker\":{\"Host\":\"unix:///run/user/1000/docker.sock\"}}}");
        writeFile(meta + contextDir("broken") + "/meta.json", "{\"Name\":\"broken\",\"Endpoints\":{}}");
    }

    void typedTlsEndpointAndContextList() {
        const std::string home = home_.path().toStdString();
        dw::engine::EndpointRequest request{"tcp://build.example:2376", "", dw::engine::TlsFiles{false, "/x/ca.pem", "/x/cert.pem", "/x/key.pem"}};
        const auto resolved = dw::engine::resolveEndpoint(request, {}, home);
        QVERIFY(resolved);
        QVERIFY(resolved.value().tls);
        QVERIFY(!resolved.value().verifyPeer);
        QCOMPARE(resolved.value().certFile, std::string("/x/cert.pem"));
        // TLS files are ignored for a unix socket.
        request.host = "unix:///run/docker.sock";
        QVERIFY(!dw::engine::resolveEndpoint(request, {}, home).value().tls);

        const auto contexts = dw::engine::listContexts({}, home);
        QStringList names;
        for (const auto& context : contexts) names << QString::fromStdString(context.name);
        QCOMPARE(names, (QStringList{"default", "broken", "insecure", "local", "remote"}));
        QVERIFY(contexts.front().current);
        QCOMPARE(contexts.front().host, std::string("unix:///var/run/docker.sock"));
        QCOMPARE(contexts.back().host, std::string("tcp://remote.example:2376"));
        const auto withEnv = dw::engine::listContexts({{"DOCKER_CONTEXT", "local"}, {"DOCKER_HOST", "tcp://h:1"}}, home);
        QVERIFY(!withEnv.front().current);
        QCOMPARE(withEnv.front().host, std::string("tcp://h:1"));
        QVERIFY(withEnv[3].current);
        QVERIFY(dw::engine::listContexts({}, "/nonexistent-home").size() == 1);
    }

};

QTEST_GUILESS_MAIN(TestEngineContexts)
#include "tst_engine_contexts.moc"
