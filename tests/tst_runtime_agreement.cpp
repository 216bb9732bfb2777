// The static checks of a `docker run` line or a Compose service against the host checks of the container that the
// same text creates on a real daemon (started by the test): the same findings, or a stated reason why a check
// cannot agree here.
#include "engine/api_decode.h"
#include "hostcheck/registry.h"
#include "runtime/compose_reader.h"
#include "runtime/file_checks.h"
#include "runtime/run_line_reader.h"
#include "support/dockerd_fixture.h"
#include "support/process_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

#include <set>

using namespace dw;

namespace {

using Ids = std::set<std::string>;

// Checks that cannot agree on this machine, and why. Everything else must.
const std::map<std::string, std::string>& notComparable()
{
    static const std::map<std::string, std::string> reasons{
        {"DWH502", "AppArmor: the live check asks whether the host has AppArmor, a file cannot know the host"},
        {"DWH507", "needs the container's processes (a live host only)"},
        {"DWH528", "needs a running container and its image's age (a live host only)"},
    };
    return reasons;
}

QString idsText(const Ids& ids)
{
    QStringList list;
    for (const std::string& id : ids) list << QString::fromStdString(id);
    return list.join(QLatin1Char(' '));
}

Ids comparable(const Ids& ids)
{
    Ids out;
    for (const std::string& id : ids)
        if (!notComparable().count(id)) out.insert(id);
    return out;
}

Ids staticIds(const runtime::ContainerSpec& spec, const std::string& text)
{
    const runtime::LineIndex lines(text);
    Ids ids;
    for (const findings::Finding& finding : runtime::checkSpec(spec, lines)) ids.insert(finding.rule);
    return comparable(ids);
}

} // namespace

class TestRuntimeAgreement : public QObject {
    Q_OBJECT

    test::DockerdFixture daemon_;
    QString host_;
    hostcheck::HostContext context_;

    test::Run docker(const QStringList& args)
    {
        return test::run(QStringLiteral("docker"), QStringList{QStringLiteral("-H"), host_} + args,
                         {{QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0")}});
    }

    // The host checks of a created container, as `dockwarden-cli host` runs them.
    Ids liveIds(const QString& id)
    {
        engine::Client client(daemon_.endpoint());
        auto response = client.get("/containers/" + id.toStdString() + "/json");
        if (!response) qFatal("inspect failed");
        engine::DecodeError error;
        const auto details = engine::decodeContainerDetails(response.value().body, error);
        if (!details) qFatal("cannot decode the inspect data");
        Ids ids;
        for (const auto& finding : hostcheck::checkContainer(*details, context_)) ids.insert(finding.rule);
        return comparable(ids);
    }

private slots:
    void initTestCase()
    {
        DW_START_DOCKERD_OR_SKIP(daemon_);
        host_ = QStringLiteral("unix://") + daemon_.socketPath();
        QTemporaryDir context;
        QVERIFY(test::writeBusyboxContext(context.path()));
        const test::Run build = docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"),
                                        QStringLiteral("dw-fixture:1.0"), context.path()});
        QVERIFY2(build.exitCode == 0, build.err.constData());
        const test::Run network = docker({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("dwagree")});
        QVERIFY2(network.exitCode == 0, network.err.constData());
        engine::Client client(daemon_.endpoint());
        auto info = client.get("/info");
        QVERIFY(info);
        engine::DecodeError error;
        const auto daemonInfo = engine::decodeDaemonInfo(info.value().body, error);
        QVERIFY(daemonInfo);
        hostcheck::applyDaemonFacts(context_, *daemonInfo);
    }

    void runLines_data()
    {
        QTest::addColumn<QStringList>("options");
        const auto split = [](const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
        QTest::newRow("defaults") << split("--network none");
        QTest::newRow("risky") << split("--network none --privileged --pid host --ipc host --uts host -v /:/host "
                                        "-v /var/run/docker.sock:/var/run/docker.sock --cap-add NET_ADMIN "
                                        "-e API_TOKEN=abcd1234secretvalue --security-opt seccomp=unconfined "
                                        "--restart always --device /dev/null:/dev/xnull --cgroup-parent /dwtest "
                                        "--security-opt label=disable --userns host");
        QTest::newRow("hardened") << split("--network none --read-only --tmpfs /tmp --cap-drop ALL "
                                           "--security-opt no-new-privileges --memory 64m --cpus 0.5 --pids-limit 50 "
                                           "--ulimit nofile=1024:2048 --user 1000:1000 --health-cmd true "
                                           "--restart on-failure:3");
        QTest::newRow("mount forms") << split("--network none --mount type=bind,source=/etc,target=/host-etc,readonly "
                                              "-v /tmp:/shared:rshared --mount type=volume,src=dwdata,dst=/data "
                                              "--restart unless-stopped --pids-limit -1 --no-healthcheck -c 512");
        QTest::newRow("ports") << split("--network dwagree -p 8080:80 -p 127.0.0.1:8443:443 -p 53:53/udp -m 128m");
        QTest::newRow("host network") << split("--network host --read-only=false --privileged=false --cap-drop=ALL");
        QTest::newRow("publish all") << split("--network dwagree -P --expose 80 -u root");
    }

    void runLines()
    {
        QFETCH(QStringList, options);
        const test::Run created = docker(QStringList{QStringLiteral("create")} + options + QStringList{QStringLiteral("dw-fixture:1.0")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const Ids live = liveIds(QString::fromUtf8(created.out.trimmed()));

        std::vector<std::string> words{"docker", "create"};
        for (const QString& option : options) words.push_back(option.toStdString());
        words.push_back("dw-fixture:1.0");
        const std::string text = runtime::shellJoin(words);
        const runtime::RunLineRead read = runtime::readRunLines(text, "line");
        QVERIFY(read.problems.empty());
        QCOMPARE(read.containers.size(), std::size_t(1));
        const Ids fromText = staticIds(read.containers.front(), text);
        QVERIFY2(live == fromText, qPrintable(QStringLiteral("live: %1\ntext: %2").arg(idsText(live), idsText(fromText))));
        QVERIFY(!live.empty() || options.contains(QStringLiteral("--read-only")));
    }

    void composeServices()
    {
        const QString compose = QStandardPaths::findExecutable(QStringLiteral("docker-compose"));
        if (compose.isEmpty()) QSKIP("docker-compose (Debian package docker-compose) is not installed");
        QTemporaryDir dir;
        const std::string text = "services:\n"
                                 "  risky:\n"
                                 "    image: dw-fixture:1.0\n"
                                 "    network_mode: none\n"
                                 "    privileged: true\n"
                                 "    pid: host\n"
                                 "    restart: always\n"
                                 "    volumes:\n"
                                 "      - /var/run/docker.sock:/var/run/docker.sock\n"
                                 "      - /etc:/host-etc:ro\n"
                                 "    environment:\n"
                                 "      DB_PASSWORD: hunter2-but-longer\n"
                                 "    security_opt: [seccomp:unconfined]\n"
                                 "  hardened:\n"
                                 "    image: dw-fixture:1.0\n"
                                 "    network_mode: none\n"
                                 "    user: \"1000:1000\"\n"
                                 "    read_only: true\n"
                                 "    tmpfs: [/tmp]\n"
                                 "    cap_drop: [ALL]\n"
                                 "    security_opt: [\"no-new-privileges:true\"]\n"
                                 "    mem_limit: 64m\n"
                                 "    cpus: 0.5\n"
                                 "    pids_limit: 50\n"
                                 "    ulimits:\n"
                                 "      nofile: {soft: 1024, hard: 2048}\n"
                                 "    healthcheck:\n"
                                 "      test: [\"CMD\", \"true\"]\n"
                                 "    restart: on-failure:3\n"
                                 "  plain:\n"
                                 "    image: dw-fixture:1.0\n"
                                 "    network_mode: none\n"
                                 "    ipc: host\n"
                                 "    cap_add: [SYS_TIME]\n";
        const QString path = dir.filePath(QStringLiteral("compose.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.c_str());
        file.close();
        const test::Run up = test::run(compose, {QStringLiteral("-p"), QStringLiteral("dwagree"), QStringLiteral("-f"), path,
                                                 QStringLiteral("up"), QStringLiteral("--no-start")},
                                       {{QStringLiteral("DOCKER_HOST"), host_}});
        QVERIFY2(up.exitCode == 0, up.err.constData());

        runtime::ComposeInput input;
        input.path = path.toStdString();
        input.text = text;
        const runtime::ComposeRead read = runtime::readCompose(input);
        QVERIFY(read.problems.empty());
        QCOMPARE(read.services.size(), std::size_t(3));
        for (const runtime::ContainerSpec& spec : read.services) {
            const test::Run found = docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                            QStringLiteral("label=com.docker.compose.service=") + QString::fromStdString(spec.name)});
            const QString id = QString::fromUtf8(found.out.trimmed());
            QVERIFY2(!id.isEmpty() && !id.contains(QLatin1Char('\n')), qPrintable(QString::fromStdString(spec.name)));
            const Ids live = liveIds(id);
            const Ids fromText = staticIds(spec, text);
            QVERIFY2(live == fromText, qPrintable(QStringLiteral("%1: live: %2\ntext: %3")
                                                      .arg(QString::fromStdString(spec.name), idsText(live), idsText(fromText))));
        }
    }

    void cleanupTestCase()
    {
        if (!host_.isEmpty()) docker({QStringLiteral("container"), QStringLiteral("prune"), QStringLiteral("-f")});
    }
};

QTEST_GUILESS_MAIN(TestRuntimeAgreement)
#include "tst_runtime_agreement.moc"
