// `dockwarden-cli host` against a real dockerd started by the test: inventory, findings, exit codes.
#include "support/dockerd_fixture.h"
#include "support/process_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

using dw::test::Run;
using dw::test::run;

QJsonObject byName(const QJsonArray& containers, const QString& name)
{
    for (const auto& c : containers)
        if (c.toObject()[QStringLiteral("name")].toString() == name) return c.toObject();
    return {};
}

QStringList rulesOf(const QJsonObject& object)
{
    QStringList rules;
    for (const auto& f : object[QStringLiteral("findings")].toArray()) rules << f.toObject()[QStringLiteral("rule")].toString();
    return rules;
}

} // namespace

class TestHostCli : public QObject {
    Q_OBJECT

    dw::test::DockerdFixture daemon_;
    QString host_;
    QJsonObject report_;

    Run docker(const QStringList& args)
    {
        return run(QStringLiteral("docker"), QStringList{QStringLiteral("-H"), host_} + args, {{QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0")}});
    }

private slots:
    void initTestCase()
    {
        DW_START_DOCKERD_OR_SKIP(daemon_);
        host_ = QStringLiteral("unix://") + daemon_.socketPath();
        QTemporaryDir context;
        QVERIFY(dw::test::writeBusyboxContext(context.path()));
        const Run build = docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("dw-fixture:1.0"), QStringLiteral("-t"), QStringLiteral("dw-fixture:latest"), context.path()});
        QVERIFY2(build.exitCode == 0, build.err.constData());
        const QStringList risky{QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("risky"), QStringLiteral("--privileged"),
                                QStringLiteral("--cap-add"), QStringLiteral("SYS_ADMIN"), QStringLiteral("-v"), QStringLiteral("/:/host"),
                                QStringLiteral("-v"), QStringLiteral("/var/run/docker.sock:/var/run/docker.sock"),
                                QStringLiteral("-p"), QStringLiteral("0.0.0.0:22:22"), QStringLiteral("--pid"), QStringLiteral("host"),
                                QStringLiteral("-e"), QStringLiteral("DB_PASSWORD=hunter2-very-secret"),
                                QStringLiteral("--cgroup-parent"), QStringLiteral("dw-parent.slice"), QStringLiteral("dw-fixture:1.0")};
        const Run createRisky = docker(risky);
        QVERIFY2(createRisky.exitCode == 0, createRisky.err.constData());
        const QStringList hardened{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("hardened"),
                                   QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--read-only"),
                                   QStringLiteral("--memory"), QStringLiteral("64m"), QStringLiteral("--cpus"), QStringLiteral("0.5"),
                                   QStringLiteral("--pids-limit"), QStringLiteral("50"), QStringLiteral("--security-opt"), QStringLiteral("no-new-privileges"),
                                   QStringLiteral("--cap-drop"), QStringLiteral("ALL"), QStringLiteral("--user"), QStringLiteral("1000"),
                                   QStringLiteral("--restart"), QStringLiteral("on-failure:5"), QStringLiteral("--health-cmd"), QStringLiteral("/bin/busybox true"),
                                   QStringLiteral("--ulimit"), QStringLiteral("nofile=1024:2048"), QStringLiteral("dw-fixture:1.0")};
        const Run runHardened = docker(hardened);
        QVERIFY2(runHardened.exitCode == 0, runHardened.err.constData());

        const Run host = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), host_, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-fail")});
        QVERIFY2(host.exitCode == 0, host.err.constData());
        QJsonParseError error{};
        report_ = QJsonDocument::fromJson(host.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void inventoryIsComplete()
    {
        QCOMPARE(report_[QStringLiteral("endpoint")].toString(), host_);
        const QJsonArray containers = report_[QStringLiteral("containers")].toArray();
        QCOMPARE(containers.size(), 2);
        QCOMPARE(byName(containers, QStringLiteral("risky"))[QStringLiteral("state")].toString(), QStringLiteral("created"));
        QCOMPARE(byName(containers, QStringLiteral("hardened"))[QStringLiteral("state")].toString(), QStringLiteral("running"));
        const QJsonArray images = report_[QStringLiteral("images")].toArray();
        QCOMPARE(images.size(), 1);
        const QJsonArray tags = images[0].toObject()[QStringLiteral("tags")].toArray();
        QVERIFY(tags.contains(QStringLiteral("dw-fixture:1.0")) && tags.contains(QStringLiteral("dw-fixture:latest")));
        const QJsonArray history = images[0].toObject()[QStringLiteral("history")].toArray();
        QVERIFY(history.size() >= 2);
        bool copyStep = false;
        for (const auto& entry : history) copyStep |= entry.toObject()[QStringLiteral("createdBy")].toString().contains(QStringLiteral("COPY"));
        QVERIFY(copyStep);
        QVERIFY(report_[QStringLiteral("diskUsage")].toObject()[QStringLiteral("layersSize")].toDouble() > 0);
        QVERIFY(report_[QStringLiteral("problems")].toArray().isEmpty());
        QVERIFY(report_[QStringLiteral("daemon")].toObject()[QStringLiteral("version")].toString().size() > 0);
        QVERIFY(report_[QStringLiteral("networks")].toArray().size() >= 2);
    }

    void riskyContainerFindings()
    {
        const QJsonObject risky = byName(report_[QStringLiteral("containers")].toArray(), QStringLiteral("risky"));
        const QStringList rules = rulesOf(risky);
        // privileged, SYS_ADMIN added, / mounted, docker.sock mounted, port 22 on 0.0.0.0, host PID, root, secret env
        for (const char* expected : {"DWH505", "DWH504", "DWH506", "DWH532", "DWH508", "DWH514", "DWH516", "DWH540", "DWH541",
                                     "DWH511", "DWH512", "DWH513", "DWH526", "DWH529"})
            QVERIFY2(rules.contains(QLatin1String(expected)), expected);
        // port 22 listed for review, no ulimits of its own, a custom cgroup parent
        for (const char* expected : {"DWH509", "DWH519", "DWH525"})
            QVERIFY2(rules.contains(QLatin1String(expected)), expected);
        QVERIFY(!rules.contains(QLatin1String("DWH528"))); // the image is minutes old
        for (const auto& f : risky[QStringLiteral("findings")].toArray()) {
            const QJsonObject finding = f.toObject();
            const QString rule = finding[QStringLiteral("rule")].toString();
            if (rule == QLatin1String("DWH509"))
                QCOMPARE(finding[QStringLiteral("evidence")].toString(), QStringLiteral("Ports: 0.0.0.0:22->22/tcp"));
            if (rule == QLatin1String("DWH525"))
                QCOMPARE(finding[QStringLiteral("evidence")].toString(), QStringLiteral("HostConfig.CgroupParent=dw-parent.slice"));
            if (rule == QLatin1String("DWH509") || rule == QLatin1String("DWH519"))
                QCOMPARE(finding[QStringLiteral("severity")].toString(), QStringLiteral("info"));
        }
        for (const auto& f : risky[QStringLiteral("findings")].toArray()) {
            const QJsonObject finding = f.toObject();
            QVERIFY(!finding[QStringLiteral("refs")].toArray().isEmpty());
            QVERIFY(!finding[QStringLiteral("remedy")].toString().isEmpty());
            const QByteArray all = QJsonDocument(finding).toJson();
            QVERIFY2(!all.contains("hunter2"), "the secret value must be redacted everywhere");
        }
    }

    void hardenedContainerIsClean()
    {
        const QStringList rules = rulesOf(byName(report_[QStringLiteral("containers")].toArray(), QStringLiteral("hardened")));
        for (const char* absent : {"DWH505", "DWH506", "DWH508", "DWH511", "DWH512", "DWH513", "DWH515", "DWH526", "DWH527",
                                   "DWH529", "DWH540", "DWH541", "DWH542", "DWH504"})
            QVERIFY2(!rules.contains(QLatin1String(absent)), absent);
        for (const char* absent : {"DWH509", "DWH519", "DWH525", "DWH528"}) // no port, --ulimit set, default cgroup
            QVERIFY2(!rules.contains(QLatin1String(absent)), absent);
    }

    void imageAndDaemonFindings()
    {
        const QJsonObject image = report_[QStringLiteral("images")].toArray()[0].toObject();
        const QStringList imageRules = rulesOf(image);
        QVERIFY(!imageRules.isEmpty());
        QVERIFY(!rulesOf(report_[QStringLiteral("daemon")].toObject()).isEmpty());
        const QStringList daemonRules = rulesOf(report_[QStringLiteral("daemon")].toObject());
        QVERIFY2(daemonRules.contains(QLatin1String("DWH212")), "no authorization plugin on the fixture daemon");
        for (const char* absent : {"DWH203", "DWH206", "DWH501"}) // not debug, vfs driver, swarm inactive
            QVERIFY2(!daemonRules.contains(QLatin1String(absent)), absent);
        const QJsonObject summary = report_[QStringLiteral("summary")].toObject();
        const int score = summary[QStringLiteral("riskScore")].toInt(-1);
        QVERIFY(score >= 0 && score < 100);
    }

    void exitCodeFollowsThreshold()
    {
        const Run failing = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), host_});
        QCOMPARE(failing.exitCode, 1);
        QVERIFY(failing.out.contains("risky"));
        const Run sarif = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), host_, QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("--no-fail")});
        QCOMPARE(sarif.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(sarif.out).object()[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
    }

    void unreachableDaemonIsOneClearLine()
    {
        const Run missing = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), QStringLiteral("unix:///nonexistent/docker.sock")});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.err.count('\n'), qsizetype(1));
        QVERIFY(missing.err.contains("/nonexistent/docker.sock"));
        const Run ssh = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), QStringLiteral("ssh://user@example")});
        QCOMPARE(ssh.exitCode, 2);
        QVERIFY(ssh.err.contains("not supported"));
    }

    // libcurl is opened on the first connection (engine/curl_library.cpp): without it the daemon is still
    // there, and the error says what is missing instead of the program failing to start.
    void missingLibcurlIsOneClearLine()
    {
        const Run withoutCurl = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), host_},
                                    {{QStringLiteral("DOCKWARDEN_LIBCURL"), QStringLiteral("/nonexistent/libcurl.so.4")}});
        QCOMPARE(withoutCurl.exitCode, 2);
        QCOMPARE(withoutCurl.err.count('\n'), qsizetype(1));
        QVERIFY2(withoutCurl.err.contains("cannot load libcurl (/nonexistent/libcurl.so.4)"), withoutCurl.err.constData());
        QTemporaryDir dir;
        QFile dockerfile(dir.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM scratch\nCOPY busybox /bin/busybox\n");
        dockerfile.close();
        const Run lint = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("lint"), QStringLiteral("--no-fail"), dockerfile.fileName()},
                             {{QStringLiteral("DOCKWARDEN_LIBCURL"), QStringLiteral("/nonexistent/libcurl.so.4")}});
        QVERIFY2(lint.exitCode == 0, lint.err.constData());
    }

    void ignoreAndConfigApplyToHostFindings()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral(".dockwarden.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("ignored: [DWH212]\noverride:\n  error: [DWH519]\n");
        config.close();
        const Run result = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), host_, QStringLiteral("--format"),
                                                             QStringLiteral("json"), QStringLiteral("--config"), config.fileName(),
                                                             QStringLiteral("--ignore"), QStringLiteral("DWH509")});
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QVERIFY(!rulesOf(report[QStringLiteral("daemon")].toObject()).contains(QLatin1String("DWH212")));
        const QJsonObject risky = byName(report[QStringLiteral("containers")].toArray(), QStringLiteral("risky"));
        QVERIFY(!rulesOf(risky).contains(QLatin1String("DWH509")));
        bool sawUlimits = false;
        for (const auto& f : risky[QStringLiteral("findings")].toArray())
            if (f.toObject()[QStringLiteral("rule")].toString() == QLatin1String("DWH519")) {
                sawUlimits = true;
                QCOMPARE(f.toObject()[QStringLiteral("severity")].toString(), QStringLiteral("error"));
            }
        QVERIFY(sawUlimits);
    }

    void waiversHoldBackHostFindings()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("team.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("waivers:\n"
                     "  - rule: DWH509\n    target: \"risk*\"\n    reason: lab container, isolated network\n"
                     "  - rule: DWH509\n    target: nothing-by-this-name\n    reason: stale entry\n");
        config.close();
        const QStringList base{QStringLiteral("host"), QStringLiteral("--host"), host_, QStringLiteral("--config"), config.fileName()};
        const Run result = run(QStringLiteral(DW_CLI_PATH), base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        const QJsonObject risky = byName(report[QStringLiteral("containers")].toArray(), QStringLiteral("risky"));
        QVERIFY(!rulesOf(risky).contains(QLatin1String("DWH509")));
        const QJsonArray waived = report[QStringLiteral("waived")].toArray();
        QCOMPARE(waived.size(), 1);
        QCOMPARE(waived[0].toObject()[QStringLiteral("rule")].toString(), QStringLiteral("DWH509"));
        QCOMPARE(waived[0].toObject()[QStringLiteral("subject")].toObject()[QStringLiteral("name")].toString(), QStringLiteral("risky"));
        QCOMPARE(waived[0].toObject()[QStringLiteral("waiver")].toObject()[QStringLiteral("reason")].toString(),
                 QStringLiteral("lab container, isolated network"));
        QCOMPARE(report[QStringLiteral("warnings")].toArray().size(), 1);
        QVERIFY(result.err.contains("nothing-by-this-name' (" ) && result.err.contains("matches no finding"));

        const Run text = run(QStringLiteral(DW_CLI_PATH), base);
        QVERIFY(text.out.contains("1 finding(s) waived"));
        const Run sarif = run(QStringLiteral(DW_CLI_PATH), base + QStringList{QStringLiteral("--format"), QStringLiteral("sarif")});
        int suppressed = 0;
        for (const auto& r : QJsonDocument::fromJson(sarif.out).object()[QStringLiteral("runs")].toArray()[0].toObject()[QStringLiteral("results")].toArray())
            suppressed += r.toObject().contains(QStringLiteral("suppressions")) ? 1 : 0;
        QCOMPARE(suppressed, 1);
    }

    void recordsHostScansInTheHistory()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        const QStringList scan{QStringLiteral("host"), QStringLiteral("--host"), host_, QStringLiteral("--record"),
                               QStringLiteral("--db"), db, QStringLiteral("--no-fail")};
        const Run first = run(QStringLiteral(DW_CLI_PATH), scan);
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.err.contains("recorded scan 1 of unix://"));
        QCOMPARE(run(QStringLiteral(DW_CLI_PATH), scan).exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run(QStringLiteral(DW_CLI_PATH),
            {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")}).out).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("host"));
        // The same host twice: every finding matches its earlier self.
        const QJsonObject diff = QJsonDocument::fromJson(run(QStringLiteral(DW_CLI_PATH),
            {QStringLiteral("history"), QStringLiteral("diff"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")}).out).object();
        QCOMPARE(diff[QStringLiteral("added")].toArray().size(), 0);
        QCOMPARE(diff[QStringLiteral("fixed")].toArray().size(), 0);
        QVERIFY(!diff[QStringLiteral("unchanged")].toArray().isEmpty());
        bool sawRisky = false;
        for (const auto& f : diff[QStringLiteral("unchanged")].toArray())
            sawRisky = sawRisky || f.toObject()[QStringLiteral("location")].toString() == QLatin1String("container risky");
        QVERIFY(sawRisky);

        // Against the first scan nothing is new: every finding is marked unchanged, and the run passes without
        // --no-fail, in JSON and in SARIF.
        const Run against = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), host_,
                                                              QStringLiteral("--db"), db, QStringLiteral("--baseline"),
                                                              QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(against.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(against.out).object();
        int marked = 0;
        for (const auto& c : report[QStringLiteral("containers")].toArray())
            for (const auto& f : c.toObject()[QStringLiteral("findings")].toArray()) {
                QCOMPARE(f.toObject()[QStringLiteral("baseline")].toString(), QStringLiteral("unchanged"));
                ++marked;
            }
        QVERIFY(marked > 0);
        const Run sarif = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), host_,
                                                            QStringLiteral("--db"), db, QStringLiteral("--baseline"),
                                                            QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("sarif")});
        QCOMPARE(sarif.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(sarif.out).object()[QStringLiteral("runs")].toArray()[0]
                                       .toObject()[QStringLiteral("results")].toArray();
        QVERIFY(!results.isEmpty());
        for (const auto& r : results)
            QCOMPARE(r.toObject()[QStringLiteral("baselineState")].toString(), QStringLiteral("unchanged"));
        // An id that is not in the database is a usage error, not a silent pass.
        QCOMPARE(run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), host_, QStringLiteral("--db"),
                                                   db, QStringLiteral("--baseline"), QStringLiteral("99")}).exitCode, 2);
    }

    void findingsHaveTheCoreKeys()
    {
        const Run result = run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), host_,
                                                             QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        bool checked = false;
        for (const auto& c : report[QStringLiteral("containers")].toArray())
            for (const auto& value : c.toObject()[QStringLiteral("findings")].toArray()) {
                const QJsonObject f = value.toObject();
                for (const char* key : {"rule", "severity", "refs", "title", "subject", "message", "remedy"})
                    QVERIFY2(f.contains(QLatin1String(key)), key);
                QCOMPARE(f[QStringLiteral("subject")].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("container"));
                QCOMPARE(f[QStringLiteral("subject")].toObject()[QStringLiteral("id")].toString(), c.toObject()[QStringLiteral("id")].toString());
                QVERIFY(!f[QStringLiteral("title")].toString().isEmpty());
                QVERIFY(!f[QStringLiteral("remedy")].toString().isEmpty());
                checked = true;
            }
        QVERIFY(checked);
    }

    void watchPrintsEachChange()
    {
        QProcess watch;
        watch.start(QStringLiteral(DW_CLI_PATH), {QStringLiteral("host"), QStringLiteral("--host"), host_, QStringLiteral("--format"),
                                                  QStringLiteral("json"), QStringLiteral("--no-fail"), QStringLiteral("--watch")});
        QVERIFY(watch.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += watch.readAllStandardError()).contains("connected"), 30000);
        QCOMPARE(docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("watched"), QStringLiteral("--network"),
                         QStringLiteral("none"), QStringLiteral("--privileged"), QStringLiteral("dw-fixture:1.0")}).exitCode, 0);
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).contains("\"name\":\"watched\""), 30000);
        QCOMPARE(docker({QStringLiteral("rm"), QStringLiteral("watched")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).contains("\"change\":\"removed\""), 30000);
        watch.terminate();
        QVERIFY(watch.waitForFinished(20000));
        QCOMPARE(watch.exitCode(), 0);
        bool addedWithFindings = false;
        for (const QByteArray& line : out.split('\n')) {
            const QJsonObject change = QJsonDocument::fromJson(line).object();
            if (change[QStringLiteral("name")].toString() != QLatin1String("watched")) continue;
            if (change[QStringLiteral("change")].toString() == QLatin1String("added"))
                addedWithFindings = rulesOf(change).contains(QLatin1String("DWH505"));
        }
        QVERIFY2(addedWithFindings, out.constData());
    }

    void cleanupTestCase() { daemon_.stop(); }
};

QTEST_GUILESS_MAIN(TestHostCli)
#include "tst_host_cli.moc"
