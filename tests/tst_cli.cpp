// dockwarden-cli as users and CI call it: output formats, exit codes, config, fixes, stdin.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "support/cli_run.h"

using namespace dw::test;

class TestCli : public QObject {
    Q_OBJECT

private slots:
    // The libraries only some commands need are opened when first used, not linked: each linked one would be
    // mapped and relocated at every start (libcrypto alone took about 2 ms of a 4 ms start). Those the build found
    // as static archives (yaml-cpp, SQLite, xxHash on Debian) are part of the program.
    void linksNoneOfTheLibrariesItOpensOnUse()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(DW_CLI_PATH)});
        if (!ldd.waitForStarted()) QSKIP("ldd is not installed");
        QVERIFY(ldd.waitForFinished());
        const QByteArray libraries = ldd.readAllStandardOutput();
        QVERIFY2(libraries.contains("libc.so"), libraries.constData());
        for (const char* lazy : {"libcurl", "libcrypto", "libarchive", "libicuuc", "libxml2", "libpango", "libcairo"})
            QVERIFY2(!libraries.contains(lazy), lazy);
        for (const QByteArray& archived : QByteArray(DW_ARCHIVED_LIBRARIES).split(','))
            if (!archived.isEmpty()) QVERIFY2(!libraries.contains(archived), archived.constData());
    }

    // The CLI changes two of mimalloc's defaults (2 MiB pages, each thread's first segment committed whole); the
    // environment still overrides each. Read back from what mimalloc reports at start.
    void prefersLargeAllocatorPages()
    {
        const auto options = [](const QStringList& variables) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MIMALLOC_VERBOSE"), QStringLiteral("1"));
            env.remove(QStringLiteral("MIMALLOC_LARGE_OS_PAGES"));
            env.remove(QStringLiteral("MIMALLOC_EAGER_COMMIT_DELAY"));
            for (const QString& variable : variables)
                env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(DW_CLI_PATH), {QStringLiteral("version")});
            process.waitForFinished(60000);
            const QByteArray err = process.readAllStandardError();
            const auto option = [&err](const QByteArray& name) {
                const QByteArray prefix = "option '" + name + "': ";
                const qsizetype at = err.indexOf(prefix);
                return at < 0 ? QByteArray() : err.mid(at + prefix.size(), 1);
            };
            return option("large_os_pages") + option("eager_commit_delay");
        };
        const QByteArray byDefault = options({});
        if (byDefault.isEmpty()) QSKIP("built without mimalloc (sanitizer builds use their own allocator)");
        QCOMPARE(byDefault, QByteArray("10"));
        QCOMPARE(options({QStringLiteral("MIMALLOC_LARGE_OS_PAGES=0")}), QByteArray("00"));
        QCOMPARE(options({QStringLiteral("MIMALLOC_LARGE_OS_PAGES=1")}), QByteArray("10"));
        QCOMPARE(options({QStringLiteral("MIMALLOC_EAGER_COMMIT_DELAY=1")}), QByteArray("11"));
        QCOMPARE(options({QStringLiteral("MIMALLOC_LARGE_OS_PAGES=0"), QStringLiteral("MIMALLOC_EAGER_COMMIT_DELAY=2")}),
                 QByteArray("02"));
    }

    void jsonShape()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("Dockerfile"), kRisky);
        const Run run = cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), path});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error{};
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root[QStringLiteral("tool")].toString(), QStringLiteral("dockwarden"));
        QVERIFY(root[QStringLiteral("version")].isString());
        const QJsonObject file = root[QStringLiteral("files")].toArray()[0].toObject();
        QCOMPARE(file[QStringLiteral("path")].toString(), path);
        const QJsonArray findings = file[QStringLiteral("findings")].toArray();
        const QStringList rules = rulesOf(findings);
        for (const char* expected : {"DL3006", "DL4000", "DL3014", "DL3015", "DL3025", "MaintainerDeprecated"})
            QVERIFY2(rules.contains(QLatin1String(expected)), expected);
        for (const auto& value : findings) {
            const QJsonObject f = value.toObject();
            for (const char* key : {"line", "column", "endLine", "endColumn"}) QVERIFY2(f[QLatin1String(key)].toInt() >= 1, key);
            QVERIFY(QStringList({"error", "warning", "info", "style"}).contains(f[QStringLiteral("severity")].toString()));
            QVERIFY(!f[QStringLiteral("message")].toString().isEmpty());
            QVERIFY(f[QStringLiteral("refs")].isArray() && !f[QStringLiteral("refs")].toArray().isEmpty());
            QVERIFY(f[QStringLiteral("fixes")].isArray());
            for (const auto& fix : f[QStringLiteral("fixes")].toArray()) {
                QVERIFY(!fix.toObject()[QStringLiteral("title")].toString().isEmpty());
                const QJsonObject edit = fix.toObject()[QStringLiteral("edits")].toArray()[0].toObject();
                QVERIFY(edit[QStringLiteral("line")].toInt() >= 1 && edit[QStringLiteral("text")].isString());
            }
        }
        const QJsonObject dl3006 = findings[rules.indexOf(QStringLiteral("DL3006"))].toObject();
        QCOMPARE(dl3006[QStringLiteral("line")].toInt(), 1);
        QCOMPARE(dl3006[QStringLiteral("column")].toInt(), 6);
        QVERIFY(dl3006[QStringLiteral("refs")].toArray().contains(QStringLiteral("hadolint:DL3006")));
    }

    // A lint of many files writes each file's JSON entry or block of text on the thread that linted it: the output
    // lists every file, in the order given, with what a lint of that file alone reports.
    void outputOfManyFilesKeepsTheirOrder()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 40; ++i) {
            QByteArray content = i % 3 == 0 ? kRisky : "FROM alpine:3.20\nUSER app\n";
            content += "LABEL number=\"" + QByteArray::number(i) + "\"\n";
            if (i % 5 == 0) content += "RUN sudo apt-get install \"$PKG\"\n";
            paths << write(dir, QStringLiteral("d%1/Dockerfile").arg(i), content);
        }
        paths.insert(7, dir.filePath(QStringLiteral("missing/Dockerfile")));
        const Run all = cli(QStringList{QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json")} + paths);
        QCOMPARE(all.exitCode, 2); // the missing file
        QJsonParseError error{};
        const QJsonArray files = QJsonDocument::fromJson(all.out, &error).object()[QStringLiteral("files")].toArray();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(files.size(), paths.size());
        QByteArray textOfEach;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const Run one = cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), paths[i]});
            QCOMPARE(files[i].toObject(), QJsonDocument::fromJson(one.out).object()[QStringLiteral("files")].toArray()[0].toObject());
            textOfEach += cli({QStringLiteral("lint"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), paths[i]}).out;
        }
        const Run text = cli(QStringList{QStringLiteral("lint"), QStringLiteral("--lang"), QStringLiteral("zh_CN")} + paths);
        QVERIFY(textOfEach.contains("DL3004"));
        QCOMPARE(text.out, textOfEach);
    }

    // Streamed output lets each file's findings go once its part is out; the exit code still weighs every finding
    // of every file, wherever in the list the one that reaches the threshold is.
    void exitCodeOfManyFilesWeighsEveryFile()
    {
        QTemporaryDir dir;
        QStringList infoOnly;
        for (int i = 0; i < 30; ++i)
            infoOnly << write(dir, QStringLiteral("i%1/Dockerfile").arg(i), "FROM alpine:3.20\nUSER nobody\n");
        const QString withError = write(dir, QStringLiteral("e/Dockerfile"), "FROM alpine:3.20\nWORKDIR app\nUSER nobody\n");
        const auto exitCode = [&](const QString& format, const QString& threshold, const QStringList& paths) {
            return cli(QStringList{QStringLiteral("lint"), QStringLiteral("--format"), format,
                                   QStringLiteral("--failure-threshold"), threshold} + paths).exitCode;
        };
        for (const QString& format : {QStringLiteral("json"), QStringLiteral("text")}) {
            QCOMPARE(exitCode(format, QStringLiteral("error"), infoOnly), 0);
            QCOMPARE(exitCode(format, QStringLiteral("info"), infoOnly), 1);
            QCOMPARE(exitCode(format, QStringLiteral("error"), infoOnly + QStringList{withError}), 1);
            QCOMPARE(exitCode(format, QStringLiteral("error"), QStringList{withError} + infoOnly), 1);
            QStringList middle = infoOnly;
            middle.insert(15, withError);
            QCOMPARE(exitCode(format, QStringLiteral("error"), middle), 1);
        }
    }

    void sarifShape()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("Dockerfile"), kRisky);
        const Run run = cli({QStringLiteral("lint"), QStringLiteral("--format=sarif"), path});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
        QVERIFY(root[QStringLiteral("$schema")].toString().contains(QStringLiteral("sarif")));
        const QJsonObject sarifRun = root[QStringLiteral("runs")].toArray()[0].toObject();
        const QJsonArray rules = sarifRun[QStringLiteral("tool")].toObject()[QStringLiteral("driver")].toObject()[QStringLiteral("rules")].toArray();
        const QJsonArray results = sarifRun[QStringLiteral("results")].toArray();
        QVERIFY(!rules.isEmpty() && !results.isEmpty());
        for (const auto& value : results) {
            const QJsonObject result = value.toObject();
            const int index = result[QStringLiteral("ruleIndex")].toInt();
            QCOMPARE(rules[index].toObject()[QStringLiteral("id")].toString(), result[QStringLiteral("ruleId")].toString());
            QVERIFY(QStringList({"error", "warning", "note"}).contains(result[QStringLiteral("level")].toString()));
            const QJsonObject region = result[QStringLiteral("locations")].toArray()[0].toObject()[QStringLiteral("physicalLocation")].toObject()[QStringLiteral("region")].toObject();
            QVERIFY(region[QStringLiteral("startLine")].toInt() >= 1);
        }
    }

    void checkstyleIsWellFormedXml()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("Dockerfile"), kRisky + "LABEL note=\"<&>\"\n");
        const Run run = cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("checkstyle"), path});
        QXmlStreamReader xml(run.out);
        int errors = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("error")) ++errors;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(errors >= 5);
    }

    void textLines()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("Dockerfile"), kRisky);
        const Run run = cli({QStringLiteral("lint"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.out.contains('\x1b'), "no colours when stdout is not a terminal");
        const QRegularExpression line(QStringLiteral("^.+:\\d+:\\d+ (error|warning|info|style) [A-Za-z0-9]+ .+$"));
        const auto lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 5);
        for (const auto& l : lines) QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
    }

    void chineseMessages()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("Dockerfile"), kRisky);
        const Run run = cli({QStringLiteral("lint"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--format"), QStringLiteral("json"), path});
        const QJsonArray findings = findingsOf(run.out);
        QVERIFY(!findings.isEmpty());
        const QRegularExpression han(QStringLiteral("\\p{Han}"));
        for (const auto& f : findings) QVERIFY(han.match(f.toObject()[QStringLiteral("message")].toString()).hasMatch());
    }

    void exitCodes()
    {
        QTemporaryDir dir;
        const QString risky = write(dir, QStringLiteral("risky/Dockerfile"), kRisky);
        const QString clean = write(dir, QStringLiteral("clean/Dockerfile"), kClean);
        const Run cleanRun = cli({QStringLiteral("lint"), QStringLiteral("--format=json"), clean});
        QVERIFY2(cleanRun.exitCode == 0, cleanRun.out.constData());
        QCOMPARE(cli({QStringLiteral("lint"), risky}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--no-fail"), risky}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("lint"), dir.filePath(QStringLiteral("missing"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("yaml"), risky}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--bogus"), risky}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("lint")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        const QString warningsOnly = write(dir, QStringLiteral("w/Dockerfile"), "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10\n");
        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--failure-threshold"), QStringLiteral("error"), warningsOnly}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--failure-threshold"), QStringLiteral("style"), warningsOnly}).exitCode, 1);
        const Run missing = cli({QStringLiteral("lint"), dir.filePath(QStringLiteral("missing"))});
        QVERIFY2(missing.err.contains("missing") && missing.err.count('\n') == 1, missing.err.constData());
    }

    // Output that cannot be written (a full disk) is an error said on stderr, never a silent cut-off report.
    void outputThatCannotBeWrittenIsAnError()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full"))) QSKIP("no /dev/full on this system");
        QTemporaryDir dir;
        const QString risky = write(dir, QStringLiteral("a/Dockerfile"), kRisky);
        const QString clean = write(dir, QStringLiteral("b/Dockerfile"), kClean);
        const QList<QStringList> commands{
            {QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), risky, clean},
            {QStringLiteral("lint"), QStringLiteral("--no-fail"), risky, clean},
            {QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("sarif"), risky},
            {QStringLiteral("rules")},
            {QStringLiteral("version")},
        };
        for (const QStringList& args : commands) {
            QProcess process;
            process.setStandardOutputFile(QStringLiteral("/dev/full"));
            process.start(QStringLiteral(DW_CLI_PATH), args);
            QVERIFY(process.waitForFinished(60000));
            const QByteArray err = process.readAllStandardError();
            QVERIFY2(process.exitCode() == 2, qPrintable(args.join(' ') + ": exit " + QString::number(process.exitCode())));
            QVERIFY2(err.contains("cannot write to standard output"), err.constData());
        }
    }

    void standardInput()
    {
        const Run run = cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")}, "FROM alpine\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(rulesOf(findingsOf(run.out)).contains(QStringLiteral("DL3006")));
    }

    void syntaxErrorIsDl1000AndLintingGoesOn()
    {
        const Run run = cli({QStringLiteral("lint"), QStringLiteral("--format=json"), QStringLiteral("-")}, "FROM alpine:3.19\nENV ONLYKEY\nMAINTAINER x\n");
        const QJsonArray findings = findingsOf(run.out);
        const QStringList rules = rulesOf(findings);
        QVERIFY(rules.contains(QStringLiteral("DL1000")));
        QVERIFY(rules.contains(QStringLiteral("DL4000")));
        QCOMPARE(findings[rules.indexOf(QStringLiteral("DL1000"))].toObject()[QStringLiteral("line")].toInt(), 2);
    }

    void configFileIsDiscoveredAndHonoured()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("Dockerfile"), kRisky);
        write(dir, QStringLiteral(".hadolint.yaml"), "ignored:\n  - DL3006\noverride:\n  error:\n    - DL3015\n");
        const QJsonArray findings = findingsOf(cli({QStringLiteral("lint"), QStringLiteral("--format=json"), path}).out);
        const QStringList rules = rulesOf(findings);
        QVERIFY(!rules.contains(QStringLiteral("DL3006")));
        QCOMPARE(findings[rules.indexOf(QStringLiteral("DL3015"))].toObject()[QStringLiteral("severity")].toString(), QStringLiteral("error"));
        const QString other = write(dir, QStringLiteral("other.yaml"), "ignored: [DL4000]\n");
        const QStringList withExplicit = rulesOf(findingsOf(cli({QStringLiteral("lint"), QStringLiteral("--format=json"), QStringLiteral("--config"), other, QStringLiteral("--ignore"), QStringLiteral("DL3014"), path}).out));
        QVERIFY(withExplicit.contains(QStringLiteral("DL3006")));
        QVERIFY(!withExplicit.contains(QStringLiteral("DL4000")));
        QVERIFY(!withExplicit.contains(QStringLiteral("DL3014")));
        write(dir, QStringLiteral("broken.yaml"), "ignored: [DL4000\n");
        const Run broken = cli({QStringLiteral("lint"), QStringLiteral("--config"), dir.filePath(QStringLiteral("broken.yaml")), path});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY(broken.err.contains("broken.yaml"));
    }

    void waiversHoldBackFindingsButShowThem()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("svc/Dockerfile"), kRisky);
        const QString config = write(dir, QStringLiteral("team.yaml"),
                                     "waivers:\n"
                                     "  - rule: DL3008\n    target: \"svc/*\"\n    reason: pinned by the base image\n"
                                     "    expires: 2999-12-31\n"
                                     "  - rule: DL4000\n    reason: kept for the old build farm\n"
                                     "  - rule: MaintainerDeprecated\n    reason: kept for the old build farm\n"
                                     "  - rule: DL3006\n    reason: frozen\n    expires: 2001-01-01\n"
                                     "  - rule: DL3014\n    target: other/*\n    reason: not this one\n"
                                     "  - rule: DL3015\n");
        const QStringList base{QStringLiteral("lint"), QStringLiteral("--config"), config};
        const Run json = cli(base + QStringList{QStringLiteral("--format=json"), path}, {}, dir.path());
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        const QJsonObject file = root[QStringLiteral("files")].toArray()[0].toObject();
        const QStringList shown = rulesOf(file[QStringLiteral("findings")].toArray());
        const QJsonArray waived = file[QStringLiteral("waived")].toArray();
        QCOMPARE(rulesOf(waived), (QStringList{QStringLiteral("DL4000"), QStringLiteral("MaintainerDeprecated"),
                                               QStringLiteral("DL3008")}));
        QCOMPARE(waived[2].toObject()[QStringLiteral("waiver")].toObject()[QStringLiteral("reason")].toString(),
                 QStringLiteral("pinned by the base image"));
        QCOMPARE(waived[2].toObject()[QStringLiteral("line")].toInt(), 3);
        for (const char* rule : {"DL3008", "DL4000", "MaintainerDeprecated"}) QVERIFY(!shown.contains(QLatin1String(rule)));
        for (const char* rule : {"DL3006", "DL3014", "DL3015"}) QVERIFY2(shown.contains(QLatin1String(rule)), rule);

        // Warnings: the expired waiver, the one that matched nothing, the one without a reason; in JSON and on stderr.
        const QJsonArray warnings = root[QStringLiteral("warnings")].toArray();
        QCOMPARE(warnings.size(), 3);
        QVERIFY(json.err.contains("has no 'reason'"));
        QVERIFY(json.err.contains("waiver of DL3006 (team.yaml:11) expired on 2001-01-01") || json.err.contains("expired on 2001-01-01"));
        QVERIFY(json.err.contains("waiver of DL3014 on 'other/*'"));
        QVERIFY(json.err.contains("matches no finding"));

        const Run text = cli(base + QStringList{path}, {}, dir.path());
        QVERIFY(text.out.contains(": 3 waived (DL4000, MaintainerDeprecated, DL3008)"));

        const Run sarif = cli(base + QStringList{QStringLiteral("--format=sarif"), path}, {}, dir.path());
        int suppressed = 0;
        for (const auto& result : QJsonDocument::fromJson(sarif.out).object()[QStringLiteral("runs")].toArray()[0]
                                      .toObject()[QStringLiteral("results")].toArray()) {
            const QJsonArray suppressions = result.toObject()[QStringLiteral("suppressions")].toArray();
            if (suppressions.isEmpty()) continue;
            ++suppressed;
            QCOMPARE(suppressions[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("external"));
            QVERIFY(!suppressions[0].toObject()[QStringLiteral("justification")].toString().isEmpty());
        }
        QCOMPARE(suppressed, 3);

        // --fix leaves a waived finding as written: MAINTAINER stays, the apt-get line is fixed.
        QCOMPARE(cli(base + QStringList{QStringLiteral("--fix"), QStringLiteral("--no-fail"), path}, {}, dir.path()).exitCode, 0);
        QFile fixed(path);
        QVERIFY(fixed.open(QIODevice::ReadOnly));
        const QByteArray after = fixed.readAll();
        QVERIFY(after.contains("MAINTAINER someone"));
        QVERIFY(after.contains("--no-install-recommends"));

        // Only waived findings left: the exit code says "clean".
        const QString onlyMaintainer = write(dir, QStringLiteral("m/Dockerfile"), kClean + "MAINTAINER x\n");
        const Run clean = cli(base + QStringList{onlyMaintainer}, {}, dir.path());
        QCOMPARE(clean.exitCode, 0);
    }

    void equivalentFindingsFoldInText()
    {
        const QByteArray source = "FROM debian:12\nMAINTAINER someone\nCMD ./run\n";
        const Run text = cli({QStringLiteral("lint"), QStringLiteral("-")}, source);
        QVERIFY(text.out.contains("DL4000 MAINTAINER is deprecated: record the maintainer with a LABEL (also MaintainerDeprecated)"));
        QVERIFY(text.out.contains("(also JSONArgsRecommended)"));
        QVERIFY(!text.out.contains(" MaintainerDeprecated MAINTAINER"));
        QVERIFY(!text.out.contains(" JSONArgsRecommended "));

        const Run all = cli({QStringLiteral("lint"), QStringLiteral("--no-fold"), QStringLiteral("-")}, source);
        QVERIFY(all.out.contains(" MaintainerDeprecated "));
        QVERIFY(all.out.contains(" JSONArgsRecommended "));
        QVERIFY(!all.out.contains("(also "));

        // JSON keeps every finding and marks the folded one.
        const QJsonArray findings = findingsOf(cli({QStringLiteral("lint"), QStringLiteral("--format=json"), QStringLiteral("-")}, source).out);
        const QStringList rules = rulesOf(findings);
        QCOMPARE(findings[rules.indexOf(QStringLiteral("MaintainerDeprecated"))].toObject()[QStringLiteral("sameAs")].toString(),
                 QStringLiteral("DL4000"));
        QVERIFY(!findings[rules.indexOf(QStringLiteral("DL4000"))].toObject().contains(QStringLiteral("sameAs")));

        // Ignoring the shown id silences only that id: its equivalent comes forward, unmarked.
        const Run ignored = cli({QStringLiteral("lint"), QStringLiteral("--ignore"), QStringLiteral("DL4000"), QStringLiteral("-")}, source);
        QVERIFY(!ignored.out.contains(" DL4000 "));
        QVERIFY(ignored.out.contains(" MaintainerDeprecated "));

        // The same for a waiver of the shown id.
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("Dockerfile"), source);
        const QString config = write(dir, QStringLiteral("w.yaml"), "waivers:\n  - rule: DL4000\n    reason: legacy\n");
        const Run waived = cli({QStringLiteral("lint"), QStringLiteral("--config"), config, path}, {}, dir.path());
        QVERIFY(waived.out.contains(" MaintainerDeprecated "));
        QVERIFY(!waived.out.contains(" DL4000 "));

        // SARIF keeps it too, with the mark in its properties.
        const Run sarif = cli({QStringLiteral("lint"), QStringLiteral("--format=sarif"), QStringLiteral("-")}, source);
        int marked = 0;
        for (const auto& r : QJsonDocument::fromJson(sarif.out).object()[QStringLiteral("runs")].toArray()[0].toObject()[QStringLiteral("results")].toArray())
            marked += r.toObject()[QStringLiteral("properties")].toObject().contains(QStringLiteral("sameAs")) ? 1 : 0;
        QCOMPARE(marked, 2);
    }

    void pragmasSuppress()
    {
        const Run run = cli({QStringLiteral("lint"), QStringLiteral("--format=json"), QStringLiteral("-")},
                            "# hadolint global ignore=DL3014\nFROM debian:12\n# hadolint ignore=DL3015\nRUN apt-get install curl\n");
        const QStringList rules = rulesOf(findingsOf(run.out));
        QVERIFY(!rules.contains(QStringLiteral("DL3014")));
        QVERIFY(!rules.contains(QStringLiteral("DL3015")));
        QVERIFY(rules.contains(QStringLiteral("DL3008")));
    }

    void buildArgsAndDockerignore()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("Dockerfile"), "ARG BASE\nFROM ${BASE}\nCOPY secrets/key.pem /etc/key.pem\n");
        write(dir, QStringLiteral(".dockerignore"), "secrets\n");
        const QStringList without = rulesOf(findingsOf(cli({QStringLiteral("lint"), QStringLiteral("--format=json"), path}).out));
        QVERIFY(without.contains(QStringLiteral("InvalidDefaultArgInFrom")));
        QVERIFY(without.contains(QStringLiteral("CopyIgnoredFile")));
        const QStringList with = rulesOf(findingsOf(cli({QStringLiteral("lint"), QStringLiteral("--format=json"), QStringLiteral("--build-arg"), QStringLiteral("BASE=alpine:3.19"), path}).out));
        QVERIFY(with.contains(QStringLiteral("CopyIgnoredFile")));
    }

    void fixWritesSafeFixesAtomically()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("Dockerfile"), "FROM debian:12\nMAINTAINER Jane Doe\nRUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*\nADD conf.txt /etc/app/\n");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        const QStringList before = rulesOf(findingsOf(cli({QStringLiteral("lint"), QStringLiteral("--format=json"), path}).out));
        cli({QStringLiteral("lint"), QStringLiteral("--fix"), QStringLiteral("--no-fail"), path});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray fixed = file.readAll();
        QVERIFY2(fixed.contains("LABEL maintainer=\"Jane Doe\""), fixed.constData());
        QVERIFY2(fixed.contains("apt-get install -y --no-install-recommends curl") || fixed.contains("apt-get install --no-install-recommends -y curl"), fixed.constData());
        QVERIFY2(fixed.contains("COPY conf.txt /etc/app/"), fixed.constData());
        const QStringList after = rulesOf(findingsOf(cli({QStringLiteral("lint"), QStringLiteral("--format=json"), path}).out));
        for (const char* gone : {"DL4000", "DL3014", "DL3015", "DL3020"}) {
            QVERIFY(before.contains(QLatin1String(gone)));
            QVERIFY2(!after.contains(QLatin1String(gone)), gone);
        }
        QVERIFY(!after.contains(QStringLiteral("DL1000")));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::ReadGroup);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void parseCommand()
    {
        const Run buildkit = cli({QStringLiteral("parse"), QStringLiteral("--format"), QStringLiteral("buildkit"), QStringLiteral("-")}, "FROM a\nCOPY --chown=1 x /y\n");
        QCOMPARE(buildkit.exitCode, 0);
        QCOMPARE(buildkit.out, QByteArray("(from \"a\")\n(copy [\"--chown=1\"] \"x\" \"/y\")\n"));
        const Run json = cli({QStringLiteral("parse"), QStringLiteral("-")}, "FROM a AS b\nRUN <<EOF\necho\nEOF\n");
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root[QStringLiteral("stages")].toArray()[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("b"));
        QCOMPARE(root[QStringLiteral("instructions")].toArray()[1].toObject()[QStringLiteral("heredocs")].toArray()[0].toObject()[QStringLiteral("content")].toString(), QStringLiteral("echo\n"));
        QCOMPARE(cli({QStringLiteral("parse"), QStringLiteral("--format"), QStringLiteral("buildkit"), QStringLiteral("-")}, "FROM a\nENV X\n").exitCode, 1);
    }

    void rulesCatalogue()
    {
        const Run run = cli({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rules = QJsonDocument::fromJson(run.out).array();
        QVERIFY(rules.size() >= 71 + 21 + 18);
        QStringList ids;
        for (const auto& r : rules) ids << r.toObject()[QStringLiteral("id")].toString();
        for (const char* id : {"DL3006", "DL4006", "DL1001", "StageNameCasing", "UndefinedVar", "DW1001", "DW1015",
                               "DWH505", "DWH202", "DWI101", "DWI501"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);

        // --engine narrows the list to one engine; every entry names its engine.
        int total = 0;
        for (const char* engine : {"dockerfile", "host", "image"}) {
            const Run narrowed = cli({QStringLiteral("rules"), QStringLiteral("--engine"), QLatin1String(engine),
                                      QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(narrowed.exitCode, 0);
            const QJsonArray some = QJsonDocument::fromJson(narrowed.out).array();
            QVERIFY(!some.isEmpty());
            for (const auto& r : some)
                QCOMPARE(r.toObject()[QStringLiteral("engine")].toString(), QLatin1String(engine));
            total += int(some.size());
        }
        QCOMPARE(total, int(rules.size()));
        const QJsonObject dwh505 = [&rules] {
            for (const auto& r : rules)
                if (r.toObject()[QStringLiteral("id")] == QStringLiteral("DWH505")) return r.toObject();
            return QJsonObject();
        }();
        QVERIFY(!dwh505[QStringLiteral("remedy")].toObject()[QStringLiteral("zh_CN")].toString().isEmpty());

        const Run chinese = cli({QStringLiteral("rules"), QStringLiteral("--engine"), QStringLiteral("image"),
                                 QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(chinese.exitCode, 0);
        QVERIFY(QString::fromUtf8(chinese.out).contains(QStringLiteral("私钥")));
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("--engine"), QStringLiteral("compose")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
