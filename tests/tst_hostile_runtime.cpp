// Compose files and scripts built to hurt a reader: alias bombs, deep nesting, huge and invalid input, reference
// cycles, runaway interpolation. Each must end in a clear finding (or a clear CLI error), never a crash or a hang.
#include "scan/runtime_scan.h"
#include "support/process_run.h"

#include <QTemporaryDir>
#include "support/file_map.h"

#include <QtTest>

#include <map>

using namespace dw;

namespace {

scan::ScanReport scanCompose(const std::string& text, std::map<std::string, std::string> files = {})
{
    scan::RuntimeScanRequest request;
    request.type = scan::FileType::Compose;
    request.path = "/h/compose.yaml";
    request.source = text;
    request.readFile = test::fileMap(std::move(files));
    return scan::scanRuntimeFile(std::move(request));
}

const findings::Finding* first(const scan::ScanReport& report, const std::string& rule)
{
    for (const auto& finding : report.findings)
        if (finding.rule == rule) return &finding;
    return nullptr;
}

} // namespace

class TestHostileRuntime : public QObject {
    Q_OBJECT

private slots:
    void billionLaughs()
    {
        std::string text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int level = 1; level < 10; ++level) {
            text += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
            for (int i = 0; i < 10; ++i) text += std::string(i ? ", " : "") + "*a" + std::to_string(level - 1);
            text += "]\n";
        }
        text += "services:\n  web:\n    image: busybox:1.36\n    command: *a9\n";
        const scan::ScanReport report = scanCompose(text);
        const auto* finding = first(report, "DWC001");
        QVERIFY(finding);
        QVERIFY(finding->message.en.find("expands to more than") != std::string::npos);
    }

    void deepFlowNesting()
    {
        const std::string text = "services: " + std::string(200000, '[') + std::string(200000, ']') + "\n";
        const scan::ScanReport report = scanCompose(text);
        const auto* finding = first(report, "DWC001");
        QVERIFY(finding);
        QVERIFY(finding->message.en.find("nested too deeply") != std::string::npos);
    }

    void deepBlockNesting()
    {
        std::string text = "services:\n  web:\n    image: busybox:1.36\nx-deep:\n";
        for (int depth = 1; depth < 1500; ++depth) text += std::string(static_cast<std::size_t>(depth) * 2, ' ') + "a:\n";
        const scan::ScanReport report = scanCompose(text);
        const auto* finding = first(report, "DWC001");
        QVERIFY(finding);
    }

    void invalidUtf8()
    {
        const scan::ScanReport report = scanCompose("services:\n  web:\n    image: \xff\xfe\x80\n");
        const auto* finding = first(report, "DWC001");
        QVERIFY(finding);
        QCOMPARE(findings::fileLocationOf(*finding)->span.line, 3);
    }

    void referenceCycles()
    {
        const std::map<std::string, std::string> files{
            {"/h/a.yaml", "services:\n  a:\n    extends: {file: b.yaml, service: b}\n"},
            {"/h/b.yaml", "services:\n  b:\n    extends: {file: a.yaml, service: a}\n"},
            {"/h/inc.yaml", "include: [inc.yaml]\n"}};
        const scan::ScanReport extending = scanCompose("services:\n  web:\n    extends: {file: a.yaml, service: a}\n", files);
        QVERIFY(first(extending, "DWC004"));
        const scan::ScanReport including = scanCompose("include: [inc.yaml]\nservices: {}\n", files);
        QVERIFY(first(including, "DWC004"));
        const scan::ScanReport self = scanCompose("include: [compose.yaml]\nservices: {}\n", files);
        QVERIFY(first(self, "DWC004"));
    }

    void runawayInterpolation()
    {
        std::string value;
        for (int i = 0; i < 20000; ++i) value += "${A" + std::to_string(i) + ":-";
        value += "x" + std::string(20000, '}');
        const scan::ScanReport report = scanCompose("services:\n  web:\n    image: \"busybox:" + value + "\"\n");
        QVERIFY(first(report, "DWC005"));
    }

    void manyServicesAndLongScripts()
    {
        std::string compose = "services:\n";
        for (int i = 0; i < 3000; ++i) compose += "  s" + std::to_string(i) + ":\n    image: busybox:1.36\n    privileged: true\n";
        const scan::ScanReport report = scanCompose(compose);
        int privileged = 0;
        for (const auto& finding : report.findings) privileged += finding.rule == "DWH505";
        QCOMPARE(privileged, 3000);

        scan::RuntimeScanRequest request;
        request.type = scan::FileType::Shell;
        request.path = "big.sh";
        std::string script = "docker run";
        for (int i = 0; i < 50000; ++i) script += " -e V" + std::to_string(i) + "=1";
        script += " busybox:1.36\n" + std::string(100000, '\\') + "\n\"unterminated $(docker run --privileged\n";
        request.source = script;
        const scan::ScanReport shell = scan::scanRuntimeFile(std::move(request));
        QVERIFY(shell.ok());
    }

    void cliRefusesHugeFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compose.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("services:\n  web:\n    image: busybox:1.36\n");
        file.write(QByteArray(9 << 20, '#'));
        file.close();
        const test::Run run = test::run(QStringLiteral(DW_CLI_PATH), {QStringLiteral("lint"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains("larger than") || run.err.contains("larger than"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileRuntime)
#include "tst_hostile_runtime.moc"
