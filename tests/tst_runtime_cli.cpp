// `dockwarden-cli lint` on Compose files and shell scripts and `dockwarden-cli check-run`: detection by name and
// --type, output formats, exit codes, config, pragmas, waivers, languages and --fix, as a user runs them.
#include "support/cli_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dw::test;

namespace {

const char* const kCompose = "services:\n"
                             "  web:\n"
                             "    image: nginx:latest\n"
                             "    # the proxy needs it, says the vendor\n"
                             "    privileged: true\n"
                             "    ports:\n"
                             "      - \"8080:80\"\n"
                             "    build: ./app\n";

} // namespace

class TestRuntimeCli : public QObject {
    Q_OBJECT

private slots:
    void composeByNameWithItsBuild()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("compose.yaml"), kCompose);
        write(dir, QStringLiteral("app/Dockerfile"), "FROM debian\n");
        const Run run = cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("compose.yaml")}, {}, dir.path());
        QCOMPARE(run.exitCode, 1);
        const QJsonObject file = QJsonDocument::fromJson(run.out).object()[QStringLiteral("files")].toArray().at(0).toObject();
        const QJsonArray findings = file[QStringLiteral("findings")].toArray();
        const QStringList rules = rulesOf(findings);
        QVERIFY2(rules.contains(QStringLiteral("DWH505")) && rules.contains(QStringLiteral("DL3007")) &&
                     rules.contains(QStringLiteral("DWH514")) && rules.contains(QStringLiteral("DL3006")),
                 qPrintable(rules.join(u',')));
        for (const auto& value : findings) {
            const QJsonObject finding = value.toObject();
            if (finding[QStringLiteral("rule")] == QLatin1String("DWH505")) QCOMPARE(finding[QStringLiteral("line")].toInt(), 5);
            if (finding[QStringLiteral("rule")] == QLatin1String("DL3006")) // in the Dockerfile the service builds
                QVERIFY(finding[QStringLiteral("file")].toString().endsWith(QLatin1String("app/Dockerfile")));
        }
        const Run text = cli({QStringLiteral("lint"), QStringLiteral("compose.yaml")}, {}, dir.path());
        QVERIFY(text.out.contains("compose.yaml:5:5 error DWH505"));
        QVERIFY(text.out.contains("app/Dockerfile:1:6 warning DL3006"));
        const Run sarif = cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("compose.yaml")}, {}, dir.path());
        QVERIFY(sarif.out.contains("\"DWH505\""));
        const Run zh = cli({QStringLiteral("lint"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("compose.yaml")}, {}, dir.path());
        QVERIFY(QString::fromUtf8(zh.out).contains(QStringLiteral("服务 'web' 以特权模式运行")));
    }

    void typeOptionPragmasConfigAndWaivers()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("stack.yml"), "services:\n  web:\n    image: busybox:1.36\n"
                                                "    # dockwarden ignore=DWH505\n    privileged: true\n");
        Run run = cli({QStringLiteral("lint"), QStringLiteral("stack.yml")}, {}, dir.path());
        QVERIFY(run.out.contains("DL1000") || run.exitCode == 1); // read as a Dockerfile without --type
        run = cli({QStringLiteral("lint"), QStringLiteral("--type"), QStringLiteral("compose"), QStringLiteral("stack.yml")}, {}, dir.path());
        QVERIFY(!run.out.contains("DWH505")); // the pragma above the key
        QVERIFY(run.out.contains("DWH513"));
        run = cli({QStringLiteral("lint"), QStringLiteral("--type"), QStringLiteral("compose"), QStringLiteral("--ignore"),
                   QStringLiteral("DWH513"), QStringLiteral("stack.yml")}, {}, dir.path());
        QVERIFY(!run.out.contains("DWH513"));
        write(dir, QStringLiteral(".dockwarden.yaml"), "waivers:\n  - rule: DWH513\n    target: stack.yml\n"
                                                       "    reason: capabilities reviewed\n");
        run = cli({QStringLiteral("lint"), QStringLiteral("--type"), QStringLiteral("compose"), QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("stack.yml")}, {}, dir.path());
        const QJsonObject file = QJsonDocument::fromJson(run.out).object()[QStringLiteral("files")].toArray().at(0).toObject();
        QVERIFY(!rulesOf(file[QStringLiteral("findings")].toArray()).contains(QStringLiteral("DWH513")));
        QVERIFY(rulesOf(file[QStringLiteral("waived")].toArray()).contains(QStringLiteral("DWH513")));
        write(dir, QStringLiteral("compose.yaml"), "# hadolint global ignore=DWH540,DWH513\nservices:\n  web:\n    image: busybox:1.36\n");
        run = cli({QStringLiteral("lint"), QStringLiteral("compose.yaml")}, {}, dir.path());
        QVERIFY(!run.out.contains("DWH540") && !run.out.contains("DWH513"));
        QVERIFY(run.out.contains("DWH526"));
        run = cli({QStringLiteral("lint"), QStringLiteral("--type"), QStringLiteral("yaml"), QStringLiteral("stack.yml")}, {}, dir.path());
        QCOMPARE(run.exitCode, 2);
    }

    void shellScripts()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("start"), "#!/bin/sh\nNAME=api\ndocker run --name \"$NAME\" \\\n  --pid=host \\\n  busybox:1.36\n");
        const Run run = cli({QStringLiteral("lint"), QStringLiteral("--type"), QStringLiteral("shell"), QStringLiteral("start")}, {}, dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("start:4:3 warning DWH516 Container 'api' shares the host's PID namespace"), run.out.constData());
        write(dir, QStringLiteral("deploy.sh"), "docker ps\n");
        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("deploy.sh")}, {}, dir.path()).exitCode, 0);
    }

    void checkRun()
    {
        Run run = cli({QStringLiteral("check-run"), QStringLiteral("--"), QStringLiteral("docker"), QStringLiteral("run"),
                       QStringLiteral("--privileged"), QStringLiteral("busybox:1.36")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("DWH505"));
        const QStringList hardened = QString::fromLatin1(
            "check-run -- docker run --network none --read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges "
            "--memory 64m --cpus 0.5 --pids-limit 50 --ulimit nofile=1024:2048 --user 1000:1000 --health-cmd true "
            "busybox:1.36").split(QLatin1Char(' '));
        run = cli(hardened);
        QVERIFY2(run.exitCode == 0, run.out.constData());
        run = cli({QStringLiteral("check-run"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--"),
                   QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("80:80"), QStringLiteral("busybox:1.36")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(run.out).isObject());
        run = cli({QStringLiteral("check-run"), QStringLiteral("--fix"), QStringLiteral("--"), QStringLiteral("docker"),
                   QStringLiteral("run"), QStringLiteral("--privileged"), QStringLiteral("busybox:1.36")});
        QVERIFY2(run.out.contains("Fixed command line: docker run --cap-drop ALL"), run.out.constData());
        QVERIFY(!run.out.contains("DWH505"));
        QCOMPARE(cli({QStringLiteral("check-run")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("check-run"), QStringLiteral("--"), QStringLiteral("ls"), QStringLiteral("-l")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("check-run"), QStringLiteral("--bogus"), QStringLiteral("--"), QStringLiteral("docker"),
                      QStringLiteral("run"), QStringLiteral("x:1")}).exitCode, 2);
    }

    void secretsNeverReachTheOutput()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("compose.yaml"), "services:\n  web:\n    image: busybox:1.36\n"
                                                   "    environment:\n      DB_PASSWORD: s3cr3t-Pa55w0rd-value\n"
                                                   "  api:\n    image: busybox:1.36\n    environment: \"API_TOKEN=abcd1234secretvalue\"\n");
        for (const char* format : {"text", "json", "sarif", "checkstyle"}) {
            const Run run = cli({QStringLiteral("lint"), QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("compose.yaml")}, {}, dir.path());
            QVERIFY(run.out.contains("DWH541") || run.out.contains("Secret"));
            QVERIFY2(!run.out.contains("s3cr3t-Pa55w0rd-value") && !run.out.contains("abcd1234secretvalue"), format);
        }
        const Run run = cli({QStringLiteral("check-run"), QStringLiteral("--"), QStringLiteral("docker"), QStringLiteral("run"),
                             QStringLiteral("-e"), QStringLiteral("API_TOKEN=abcd1234secretvalue"),
                             QStringLiteral("--db-password=abcd1234secretvalue"), QStringLiteral("x:1")});
        QVERIFY(run.out.contains("DWH541") && run.out.contains("DWC007"));
        QVERIFY(!run.out.contains("abcd1234secretvalue"));
    }

    void fixWritesTheFileKeepingComments()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("compose.yaml"), "# production stack\nservices:\n  web:  # the front end\n"
                                                   "    image: busybox:1.36\n    privileged: true\n    ports:\n"
                                                   "      - \"8080:80\"   # public\n");
        const Run run = cli({QStringLiteral("lint"), QStringLiteral("--fix"), QStringLiteral("compose.yaml")}, {}, dir.path());
        QFile file(dir.filePath(QStringLiteral("compose.yaml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray fixed = file.readAll();
        QVERIFY(fixed.startsWith("# production stack\nservices:\n  web:  # the front end\n"));
        QVERIFY(!fixed.contains("privileged"));
        QVERIFY(fixed.contains("      - \"127.0.0.1:8080:80\"   # public\n"));
        QVERIFY(fixed.contains("    read_only: true\n"));
        QVERIFY(!run.out.contains("DWH505"));
        QVERIFY(!run.out.contains("DWC0"));
        // A file that is not YAML is left alone.
        write(dir, QStringLiteral("compose.override.yaml"), "services: [\n");
        const Run broken = cli({QStringLiteral("lint"), QStringLiteral("--fix"), QStringLiteral("compose.override.yaml")}, {}, dir.path());
        QVERIFY(broken.err.contains("not fixed"));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeCli)
#include "tst_runtime_cli.moc"
