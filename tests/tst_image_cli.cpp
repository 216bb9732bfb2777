// `dockwarden-cli image` against images built by a real dockerd started by the test: the same image streamed
// from the daemon and read from its `docker save` tarball, with exact layer numbers, findings, OS, packages,
// SBOM and SARIF; and the clear errors of missing images, dead daemons and broken tarballs.
#include "support/dockerd_fixture.h"
#include "support/process_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

using dw::test::Run;

Run run(const QString& program, const QStringList& args, const QMap<QString, QString>& env = {})
{
    return dw::test::run(program, args, env, {QStringLiteral("DOCKER_CONTENT_TRUST")});
}

Run cli(const QStringList& args)
{
    return run(QStringLiteral(DW_CLI_PATH), QStringList{QStringLiteral("image")} + args);
}

QJsonObject findingOf(const QJsonObject& report, const QString& rule)
{
    for (const auto& f : report[QStringLiteral("findings")].toArray())
        if (f.toObject()[QStringLiteral("rule")].toString() == rule) return f.toObject();
    return {};
}

QStringList rulesOf(const QJsonObject& report)
{
    QStringList rules;
    for (const auto& f : report[QStringLiteral("findings")].toArray()) rules << f.toObject()[QStringLiteral("rule")].toString();
    return rules;
}

constexpr int kBigFileBytes = 100000;
const QByteArray kKeyBody = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQ";
const QByteArray kKey = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + kKeyBody + "\n-----END OPENSSH PRIVATE KEY-----\n";
const QByteArray kOsRelease = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n"
                              "VERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\nID=debian\n";
const QByteArray kDpkgStatus = "Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nSource: glibc\n"
                               "Version: 2.36-9+deb12u4\nDescription: GNU C Library\n multi-line description\n\n"
                               "Package: zlib1g\nStatus: install ok installed\nArchitecture: amd64\n"
                               "Version: 1:1.2.13.dfsg-1\n\n"
                               "Package: removed-one\nStatus: deinstall ok config-files\nVersion: 1.0\n";

} // namespace

class TestImageCli : public QObject {
    Q_OBJECT

    dw::test::DockerdFixture daemon_;
    QString host_;
    QTemporaryDir work_;
    QString tarPath_;
    qint64 busyboxBytes_ = 0;
    QJsonObject fromTar_;
    QJsonObject fromDaemon_;

    Run docker(const QStringList& args)
    {
        return run(QStringLiteral("docker"), QStringList{QStringLiteral("-H"), host_} + args,
                   {{QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0")}});
    }

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    QJsonObject jsonOf(const Run& result)
    {
        return QJsonDocument::fromJson(result.out).object();
    }

private slots:
    void initTestCase()
    {
        const QString why = daemon_.start();
        if (!why.isEmpty()) {
            if (::geteuid() == 0 && !QStandardPaths::findExecutable(QStringLiteral("dockerd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}).isEmpty())
                QFAIL(qPrintable(QStringLiteral("dockerd is installed and we are root, but it did not start: ") + why));
            QSKIP(qPrintable(QStringLiteral("no real Docker daemon for this test: ") + why));
        }
        host_ = QStringLiteral("unix://") + daemon_.socketPath();
        QTemporaryDir context;
        QVERIFY(QFile::copy(QStringLiteral("/bin/busybox"), context.filePath(QStringLiteral("busybox"))));
        busyboxBytes_ = QFileInfo(QStringLiteral("/bin/busybox")).size();
        QVERIFY(writeFile(context.filePath(QStringLiteral("os-release")), kOsRelease));
        QVERIFY(writeFile(context.filePath(QStringLiteral("status")), kDpkgStatus));
        QVERIFY(writeFile(context.filePath(QStringLiteral("id_rsa")), kKey));
        const QByteArray dockerfile =
            "FROM scratch\n"
            "COPY busybox /bin/busybox\n"
            "COPY os-release /etc/os-release\n"
            "COPY status /var/lib/dpkg/status\n"
            "SHELL [\"/bin/busybox\", \"sh\", \"-c\"]\n"
            "RUN /bin/busybox mkdir -p /data /usr/local/bin && /bin/busybox head -c 100000 /dev/zero > /data/big.bin"
            " && /bin/busybox cp /bin/busybox /usr/local/bin/suidbox && /bin/busybox chmod 4755 /usr/local/bin/suidbox\n"
            "COPY id_rsa /root/.ssh/id_rsa\n"
            "RUN /bin/busybox rm /data/big.bin\n"
            "CMD [\"/bin/busybox\", \"sh\"]\n";
        QVERIFY(writeFile(context.filePath(QStringLiteral("Dockerfile")), dockerfile));
        const Run build = docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("dw-image:1.0"),
                                  QStringLiteral("-t"), QStringLiteral("dw-image:latest"), QStringLiteral("-t"),
                                  QStringLiteral("team/dw-image:2"), context.path()});
        QVERIFY2(build.exitCode == 0, build.err.constData());

        tarPath_ = work_.filePath(QStringLiteral("dw-image.tar"));
        const Run save = docker({QStringLiteral("save"), QStringLiteral("-o"), tarPath_, QStringLiteral("dw-image:1.0")});
        QVERIFY2(save.exitCode == 0, save.err.constData());

        const Run tar = cli({QStringLiteral("--tar"), tarPath_, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-scan")});
        QCOMPARE(tar.exitCode, 1);
        fromTar_ = jsonOf(tar);
        QVERIFY2(!fromTar_.isEmpty(), tar.err.constData());
        const Run live = cli({QStringLiteral("dw-image:1.0"), QStringLiteral("--host"), host_, QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--no-scan")});
        QCOMPARE(live.exitCode, 1);
        fromDaemon_ = jsonOf(live);
        QVERIFY2(!fromDaemon_.isEmpty(), live.err.constData());
    }

    void layersMatchTheDaemonsRootFs()
    {
        const Run inspect = docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                                    QStringLiteral("{{json .RootFS.Layers}}"), QStringLiteral("dw-image:1.0")});
        QCOMPARE(inspect.exitCode, 0);
        const QJsonArray expected = QJsonDocument::fromJson(inspect.out).array();
        for (const QJsonObject& report : {fromTar_, fromDaemon_}) {
            const QJsonArray layers = report[QStringLiteral("layers")].toArray();
            QCOMPARE(layers.size(), 6);
            QCOMPARE(expected.size(), 6);
            for (int i = 0; i < layers.size(); ++i)
                QCOMPARE(layers[i].toObject()[QStringLiteral("digest")].toString(), expected[i].toString());
        }
        QCOMPARE(fromDaemon_[QStringLiteral("layers")], fromTar_[QStringLiteral("layers")]);
        QCOMPARE(fromTar_[QStringLiteral("image")].toObject()[QStringLiteral("tags")].toArray(), QJsonArray{QStringLiteral("dw-image:1.0")});
    }

    void layerNumbersAreExact()
    {
        const QJsonArray layers = fromTar_[QStringLiteral("layers")].toArray();
        auto layer = [&](int i, const char* key) { return layers[i].toObject()[QLatin1String(key)].toInteger(); };
        QCOMPARE(layer(0, "size"), busyboxBytes_);
        QCOMPARE(layer(0, "added"), 1);
        QCOMPARE(layer(1, "size"), kOsRelease.size());
        QCOMPARE(layer(2, "size"), kDpkgStatus.size());
        QCOMPARE(layer(3, "size"), busyboxBytes_ + kBigFileBytes);
        QCOMPARE(layer(3, "added"), 2);
        QCOMPARE(layer(4, "size"), kKey.size());
        QCOMPARE(layer(5, "size"), 0);
        QCOMPARE(layer(5, "deleted"), 1);
        QCOMPARE(layer(5, "deleted_bytes"), kBigFileBytes);
        QCOMPARE(layer(3, "wasted"), kBigFileBytes);
        QVERIFY(layers[3].toObject()[QStringLiteral("created_by")].toString().contains(QStringLiteral("head -c 100000")));
    }

    void wastedSpaceFollowsDive()
    {
        // dive: big.bin occurs twice (100000 B, then its whiteout at 0 B); every other file once.
        QCOMPARE(fromTar_[QStringLiteral("wasted_bytes")].toInteger(), kBigFileBytes);
        const double kept = 2.0 * busyboxBytes_ + kOsRelease.size() + kDpkgStatus.size() + kKey.size();
        QCOMPARE(fromTar_[QStringLiteral("efficiency")].toDouble(), kept / (kept + kBigFileBytes));
        const double userBytes = kOsRelease.size() + kDpkgStatus.size() + busyboxBytes_ + kBigFileBytes + kKey.size();
        QCOMPARE(fromTar_[QStringLiteral("user_wasted_percent")].toDouble(), kBigFileBytes / userBytes);
        QCOMPARE(fromTar_[QStringLiteral("reclaimable_bytes")].toInteger(), kBigFileBytes);
        const QJsonArray inefficient = fromTar_[QStringLiteral("inefficient_files")].toArray();
        QCOMPARE(inefficient.size(), 1);
        QCOMPARE(inefficient[0].toObject()[QStringLiteral("path")].toString(), QStringLiteral("/data/big.bin"));
    }

    void contentFindingsNameTheirFiles()
    {
        const QJsonObject key = findingOf(fromTar_, QStringLiteral("DWI101"));
        QCOMPARE(key[QStringLiteral("path")].toString(), QStringLiteral("/root/.ssh/id_rsa"));
        QCOMPARE(key[QStringLiteral("layer")].toInt(), 4);
        QCOMPARE(key[QStringLiteral("severity")].toString(), QStringLiteral("error"));
        QVERIFY(findingOf(fromTar_, QStringLiteral("DWI110"))[QStringLiteral("evidence")].toString().contains(QStringLiteral("usr/local/bin/suidbox")));
        QVERIFY(findingOf(fromTar_, QStringLiteral("DWI305"))[QStringLiteral("evidence")].toString().contains(QStringLiteral("data/big.bin")));
        const QStringList rules = rulesOf(fromTar_);
        QVERIFY(rules.contains(QStringLiteral("DWI201")));
        QVERIFY(rules.contains(QStringLiteral("DWI202")));
        QVERIFY2(!rules.contains(QStringLiteral("DWI206")), "dw-image:1.0 is not a latest tag");
        QCOMPARE(rulesOf(fromDaemon_), rules);
    }

    void secretsNeverLeak()
    {
        for (const QStringList& format : {QStringList{QStringLiteral("--format"), QStringLiteral("json")},
                                          QStringList{QStringLiteral("--format"), QStringLiteral("sarif")}, QStringList{}}) {
            const Run result = cli(QStringList{QStringLiteral("--tar"), tarPath_, QStringLiteral("--no-scan")} + format);
            QCOMPARE(result.exitCode, 1);
            QVERIFY(result.out.contains("DWI101"));
            QVERIFY2(!result.out.contains(kKeyBody.left(24)), result.out.constData());
        }
    }

    void osAndPackages()
    {
        const QJsonObject os = fromTar_[QStringLiteral("os")].toObject();
        QCOMPARE(os[QStringLiteral("id")].toString(), QStringLiteral("debian"));
        QCOMPARE(os[QStringLiteral("version_id")].toString(), QStringLiteral("12"));
        QVERIFY(!os[QStringLiteral("eol_date")].toString().isEmpty());
        const QJsonArray packages = fromTar_[QStringLiteral("packages")].toArray();
        QCOMPARE(packages.size(), 2);
        QCOMPARE(packages[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("libc6"));
        QCOMPARE(packages[0].toObject()[QStringLiteral("version")].toString(), QStringLiteral("2.36-9+deb12u4"));
        QCOMPARE(packages[0].toObject()[QStringLiteral("layer")].toInt(), 2);
        QCOMPARE(packages[1].toObject()[QStringLiteral("name")].toString(), QStringLiteral("zlib1g"));
    }

    void sbomIsCycloneDx()
    {
        const QString sbomPath = work_.filePath(QStringLiteral("sbom.json"));
        const Run result = cli({QStringLiteral("--tar"), tarPath_, QStringLiteral("--no-scan"), QStringLiteral("--sbom"), sbomPath,
                                QStringLiteral("--no-fail")});
        QCOMPARE(result.exitCode, 0);
        QFile file(sbomPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject sbom = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(sbom[QStringLiteral("bomFormat")].toString(), QStringLiteral("CycloneDX"));
        QCOMPARE(sbom[QStringLiteral("specVersion")].toString(), QStringLiteral("1.5"));
        QStringList purls;
        for (const auto& c : sbom[QStringLiteral("components")].toArray())
            if (c.toObject().contains(QStringLiteral("purl"))) purls << c.toObject()[QStringLiteral("purl")].toString();
        QCOMPARE(purls.size(), 2);
        QVERIFY2(purls[0].startsWith(QStringLiteral("pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64")), qPrintable(purls[0]));
    }

    void sarifPointsAtFiles()
    {
        const Run result = cli({QStringLiteral("--tar"), tarPath_, QStringLiteral("--no-scan"), QStringLiteral("--format"), QStringLiteral("sarif")});
        const QJsonObject sarif = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(sarif[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
        bool keyLocated = false;
        for (const auto& r : sarif[QStringLiteral("runs")].toArray()[0].toObject()[QStringLiteral("results")].toArray()) {
            const QJsonObject res = r.toObject();
            if (res[QStringLiteral("ruleId")].toString() != QStringLiteral("DWI101")) continue;
            const QJsonObject physical = res[QStringLiteral("locations")].toArray()[0].toObject()[QStringLiteral("physicalLocation")].toObject();
            keyLocated = physical[QStringLiteral("artifactLocation")].toObject()[QStringLiteral("uri")].toString() == QStringLiteral("root/.ssh/id_rsa");
        }
        QVERIFY(keyLocated);
    }

    void latestTagAndIgnoredRules()
    {
        const QString latestTar = work_.filePath(QStringLiteral("latest.tar"));
        QCOMPARE(docker({QStringLiteral("save"), QStringLiteral("-o"), latestTar, QStringLiteral("dw-image:latest")}).exitCode, 0);
        const Run latest = cli({QStringLiteral("--tar"), latestTar, QStringLiteral("--no-scan"), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--ignore"), QStringLiteral("DWI101"), QStringLiteral("--ignore"), QStringLiteral("DWI110")});
        const QJsonObject report = jsonOf(latest);
        QVERIFY(rulesOf(report).contains(QStringLiteral("DWI206")));
        QVERIFY(!rulesOf(report).contains(QStringLiteral("DWI101")));
        QVERIFY(!rulesOf(report).contains(QStringLiteral("DWI110")));
        const Run onlyErrors = cli({QStringLiteral("--tar"), latestTar, QStringLiteral("--no-scan"), QStringLiteral("--ignore"),
                                    QStringLiteral("DWI101"), QStringLiteral("--failure-threshold"), QStringLiteral("error")});
        QCOMPARE(onlyErrors.exitCode, 0);
    }

    void waiversHoldBackImageFindings()
    {
        const QString latestTar = work_.filePath(QStringLiteral("latest-waived.tar"));
        QCOMPARE(docker({QStringLiteral("save"), QStringLiteral("-o"), latestTar, QStringLiteral("dw-image:latest")}).exitCode, 0);
        QFile config(work_.filePath(QStringLiteral("waivers.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("waivers:\n  - rule: DWI206\n    target: \"dw-image:*\"\n    reason: a moving tag on purpose in the lab\n"
                     "  - rule: DWI206\n    target: \"other:*\"\n    reason: x\n    expires: 2001-01-01\n");
        config.close();
        const Run run = cli({QStringLiteral("--tar"), latestTar, QStringLiteral("--no-scan"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--config"), config.fileName()});
        const QJsonObject report = jsonOf(run);
        QVERIFY(!rulesOf(report).contains(QStringLiteral("DWI206")));
        const QJsonArray waived = report[QStringLiteral("waived")].toArray();
        QCOMPARE(waived.size(), 1);
        QCOMPARE(waived[0].toObject()[QStringLiteral("rule")].toString(), QStringLiteral("DWI206"));
        QCOMPARE(waived[0].toObject()[QStringLiteral("waiver")].toObject()[QStringLiteral("reason")].toString(),
                 QStringLiteral("a moving tag on purpose in the lab"));
        // The expired waiver names another image, so it matched nothing: a warning, in JSON and on stderr.
        QVERIFY(run.err.contains("matches no finding"));
        bool warned = false;
        for (const auto& w : report[QStringLiteral("warnings")].toArray())
            warned = warned || w.toString().contains(QStringLiteral("other:*"));
        QVERIFY(warned);
    }

    void recordsImageScansInTheHistory()
    {
        const QString latestTar = work_.filePath(QStringLiteral("latest-recorded.tar"));
        QCOMPARE(docker({QStringLiteral("save"), QStringLiteral("-o"), latestTar, QStringLiteral("dw-image:latest")}).exitCode, 0);
        const QString db = work_.filePath(QStringLiteral("image-history.sqlite"));
        const Run recorded = cli({QStringLiteral("--tar"), latestTar, QStringLiteral("--no-scan"), QStringLiteral("--no-fail"),
                                  QStringLiteral("--record"), QStringLiteral("--db"), db});
        QCOMPARE(recorded.exitCode, 0);
        QVERIFY(recorded.err.contains("recorded scan 1 of dw-image:latest"));
        QProcess history;
        history.start(QStringLiteral(DW_CLI_PATH), {QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("1"),
                                                    QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(history.waitForFinished(30000));
        const QJsonObject shown = QJsonDocument::fromJson(history.readAllStandardOutput()).object();
        QCOMPARE(shown[QStringLiteral("kind")].toString(), QStringLiteral("image"));
        QCOMPARE(shown[QStringLiteral("target")].toString(), QStringLiteral("dw-image:latest"));
        QVERIFY(!shown[QStringLiteral("findings")].toArray().isEmpty());
        QVERIFY(shown[QStringLiteral("findings")].toArray()[0].toObject()[QStringLiteral("location")].toString().startsWith(QLatin1String("image dw-image:latest")));

        // The same image against its recorded scan: nothing new, so the run passes; another image's scan is not
        // compared, with a warning.
        const Run against = cli({QStringLiteral("--tar"), latestTar, QStringLiteral("--no-scan"), QStringLiteral("--db"), db,
                                 QStringLiteral("--baseline"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(against.exitCode, 0);
        const QJsonArray findings = jsonOf(against)[QStringLiteral("findings")].toArray();
        QVERIFY(!findings.isEmpty());
        for (const auto& f : findings)
            QCOMPARE(f.toObject()[QStringLiteral("baseline")].toString(), QStringLiteral("unchanged"));
        const Run other = cli({QStringLiteral("--tar"), tarPath_, QStringLiteral("--no-scan"), QStringLiteral("--db"), db,
                               QStringLiteral("--baseline"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains("not compared"), other.err.constData());
    }

    void findingsHaveTheCoreKeys()
    {
        const QJsonObject report = jsonOf(cli({QStringLiteral("--tar"), tarPath_, QStringLiteral("--no-scan"),
                                               QStringLiteral("--format"), QStringLiteral("json")}));
        const QJsonObject key = findingOf(report, QStringLiteral("DWI101"));
        for (const char* name : {"rule", "severity", "refs", "title", "image", "layer", "path", "message", "remedy"})
            QVERIFY2(key.contains(QLatin1String(name)), name);
        QCOMPARE(key[QStringLiteral("path")].toString(), QStringLiteral("/root/.ssh/id_rsa"));
        QVERIFY(key[QStringLiteral("layer")].isDouble());
        QVERIFY(key[QStringLiteral("refs")].toArray().contains(QStringLiteral("dockle:CIS-DI-0010")));
        QVERIFY(!key[QStringLiteral("title")].toString().isEmpty());
    }

    void historySecretsAreRedacted()
    {
        const QByteArray token = "npm_" + QByteArray("Zq8rT3vW6yB1nM4kL7pS0dF2gH5jX9cV2bN8");
        QTemporaryDir context;
        QVERIFY(QFile::copy(QStringLiteral("/bin/busybox"), context.filePath(QStringLiteral("busybox"))));
        QVERIFY(writeFile(context.filePath(QStringLiteral("Dockerfile")),
                          "FROM scratch\nCOPY busybox /bin/busybox\nARG NPM_TOKEN\n"
                          "RUN [\"/bin/busybox\", \"touch\", \"/installed\"]\n"));
        QCOMPARE(docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("dw-history:1"),
                         QStringLiteral("--build-arg"), QStringLiteral("NPM_TOKEN=") + QString::fromLatin1(token), context.path()})
                     .exitCode,
                 0);
        const QString tar = work_.filePath(QStringLiteral("history.tar"));
        QCOMPARE(docker({QStringLiteral("save"), QStringLiteral("-o"), tar, QStringLiteral("dw-history:1")}).exitCode, 0);
        QVERIFY2(QFile(tar).open(QIODevice::ReadOnly), "saved");
        for (const QString& format : {QStringLiteral("json"), QStringLiteral("sarif"), QStringLiteral("text")}) {
            const Run result = cli({QStringLiteral("--tar"), tar, QStringLiteral("--no-scan"), QStringLiteral("--format"), format});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.out.contains("DWI205"), result.out.constData());
            QVERIFY2(!result.out.contains(token.mid(4)), result.out.constData());
        }
    }

    void severalTagsInOneArchive()
    {
        const QString multi = work_.filePath(QStringLiteral("multi.tar"));
        QCOMPARE(docker({QStringLiteral("save"), QStringLiteral("-o"), multi, QStringLiteral("dw-image:1.0"), QStringLiteral("team/dw-image:2")}).exitCode, 0);
        const Run picked = cli({QStringLiteral("--tar"), multi, QStringLiteral("--image"), QStringLiteral("team/dw-image:2"),
                                QStringLiteral("--no-scan"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject image = jsonOf(picked)[QStringLiteral("image")].toObject();
        QStringList tags;
        for (const auto& tag : image[QStringLiteral("tags")].toArray()) tags << tag.toString();
        tags.sort();
        QCOMPARE(tags, (QStringList{QStringLiteral("dw-image:1.0"), QStringLiteral("team/dw-image:2")}));
        QCOMPARE(image[QStringLiteral("id")].toString(), fromTar_[QStringLiteral("image")].toObject()[QStringLiteral("id")].toString());
        const Run absent = cli({QStringLiteral("--tar"), multi, QStringLiteral("--image"), QStringLiteral("nope:1"), QStringLiteral("--no-scan")});
        QCOMPARE(absent.exitCode, 2);
        QVERIFY2(absent.err.contains("dw-image:1.0"), absent.err.constData());
    }

    void vulnerabilityStatusIsHonest()
    {
        QCOMPARE(fromTar_[QStringLiteral("vulnerabilities")].toObject()[QStringLiteral("scanned")].toBool(), false);
        QVERIFY(rulesOf(fromTar_).contains(QStringLiteral("DWI500")));
    }

    // libarchive and libcrypto are opened on first use: without them an image read fails in one clear line,
    // and a lint, which needs neither, still runs.
    void missingLibrariesAreOneClearLine()
    {
        for (const char* library : {"libarchive.so.13", "libcrypto.so.3"}) {
            const QString name = QString::fromLatin1(library).section(QLatin1Char('.'), 0, 0).mid(3).toUpper();
            const QString path = QStringLiteral("/nonexistent/") + QLatin1String(library);
            const QMap<QString, QString> env{{QStringLiteral("DOCKWARDEN_LIB") + name, path}};
            const Run image = run(QStringLiteral(DW_CLI_PATH),
                                  {QStringLiteral("image"), QStringLiteral("--tar"), tarPath_, QStringLiteral("--no-scan")}, env);
            QCOMPARE(image.exitCode, 2);
            QCOMPARE(image.err.count('\n'), 1);
            const QByteArray expected = "cannot load " + QByteArray(library).left(QByteArray(library).indexOf('.')) + " (" +
                                        path.toUtf8() + ")";
            QVERIFY2(image.err.contains(expected), image.err.constData());
            QVERIFY(image.out.isEmpty());

            QTemporaryDir dir;
            QVERIFY(writeFile(dir.filePath(QStringLiteral("Dockerfile")), "FROM scratch\nCOPY busybox /bin/busybox\n"));
            const Run lint = run(QStringLiteral(DW_CLI_PATH),
                                 {QStringLiteral("lint"), QStringLiteral("--no-fail"), dir.filePath(QStringLiteral("Dockerfile"))}, env);
            QVERIFY2(lint.exitCode == 0, lint.err.constData());
        }
    }

    void clearErrors()
    {
        const Run missing = cli({QStringLiteral("no-such-image:9"), QStringLiteral("--host"), host_, QStringLiteral("--no-scan")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("no-such-image"), missing.err.constData());
        QCOMPARE(missing.err.count('\n'), 1);

        const Run dead = cli({QStringLiteral("dw-image:1.0"), QStringLiteral("--host"), QStringLiteral("unix:///nonexistent/docker.sock")});
        QCOMPARE(dead.exitCode, 2);
        QCOMPARE(dead.err.count('\n'), 1);

        QFile full(tarPath_);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QString cut = work_.filePath(QStringLiteral("cut.tar"));
        QVERIFY(writeFile(cut, full.read(full.size() / 2)));
        const Run truncated = cli({QStringLiteral("--tar"), cut, QStringLiteral("--no-scan")});
        QCOMPARE(truncated.exitCode, 2);
        QCOMPARE(truncated.err.count('\n'), 1);
        QVERIFY(truncated.out.isEmpty());

        const Run absent = cli({QStringLiteral("--tar"), work_.filePath(QStringLiteral("absent.tar"))});
        QCOMPARE(absent.exitCode, 2);
        const Run usage = cli({});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestImageCli)
#include "tst_image_cli.moc"
