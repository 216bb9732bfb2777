// Every container check that applies to files, and the DWC and image-tag checks, against their own catch / pass /
// fix cases for Compose files and `docker run` lines in tests/data/runtime (format: tests/data/runtime/README.md).
#include "findings/catalogue.h"
#include "hostcheck/registry.h"
#include "runtime/file_checks.h"
#include "runtime/source_checks.h"
#include "runtime/sources_doc.h"
#include "runtime/yaml_tree.h"
#include "scan/runtime_scan.h"

#include "support/generated_docs.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <algorithm>

using namespace dw;

namespace {

struct Case {
    scan::FileType type = scan::FileType::Compose;
    enum class Kind { Catch, Pass, Fix } kind = Kind::Catch;
    int expectedCount = -1;
    std::string text;
    std::string expected;
    int line = 0;
};

std::vector<Case> readCases(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    std::vector<Case> cases;
    bool inExpect = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.startsWith(QLatin1String("=== "))) {
            const QStringList words = line.mid(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            Case c;
            c.line = i + 1;
            c.type = words.value(0) == QLatin1String("run") ? scan::FileType::Shell : scan::FileType::Compose;
            const QString kind = words.value(1);
            c.kind = kind == QLatin1String("pass") ? Case::Kind::Pass : kind == QLatin1String("fix") ? Case::Kind::Fix : Case::Kind::Catch;
            if (words.size() > 2) c.expectedCount = words[2].toInt();
            cases.push_back(c);
            inExpect = false;
        } else if (line == QLatin1String("--- expect")) {
            inExpect = true;
        } else if (!cases.empty()) {
            std::string& target = inExpect ? cases.back().expected : cases.back().text;
            target += line.toStdString() + "\n";
        }
    }
    for (Case& c : cases) { // the line break before the next header belongs to no case
        if (c.text.ends_with("\n\n")) c.text.pop_back();
        if (c.expected.ends_with("\n\n")) c.expected.pop_back();
    }
    return cases;
}

scan::ScanReport scanCase(scan::FileType type, const std::string& text)
{
    scan::RuntimeScanRequest request;
    request.type = type;
    request.path = type == scan::FileType::Compose ? "/cases/compose.yaml" : "/cases/run.sh";
    request.source = text;
    request.environment = {{"HOME", "/home/case"}};
    request.readFile = [](const std::string& path, std::string& error) -> std::optional<std::string> {
        if (path == "/cases/app/Dockerfile") return std::string("FROM busybox:1.36\nUSER app\nHEALTHCHECK CMD true\n");
        error = "no such file in the test";
        return std::nullopt;
    };
    return scan::scanRuntimeFile(std::move(request));
}

int countRule(const scan::ScanReport& report, const std::string& id)
{
    return static_cast<int>(std::count_if(report.findings.begin(), report.findings.end(),
                                          [&](const findings::Finding& f) { return f.rule == id; }));
}

int worst(const scan::ScanReport& report, const std::string& id)
{
    int most = static_cast<int>(findings::Severity::Ignore);
    for (const findings::Finding& f : report.findings)
        if (f.rule == id) most = std::min(most, static_cast<int>(f.severity));
    return most;
}

std::string applyFix(const std::string& text, const findings::TextFix& fix)
{
    std::vector<findings::TextEdit> edits = fix.edits;
    std::sort(edits.begin(), edits.end(), [](const auto& a, const auto& b) { return a.span.offset > b.span.offset; });
    std::string out = text;
    for (const findings::TextEdit& edit : edits) out.replace(edit.span.offset, edit.span.endOffset - edit.span.offset, edit.text);
    return out;
}

std::string describe(const scan::ScanReport& report)
{
    std::string out;
    for (const findings::Finding& f : report.findings) out += " " + f.rule + "(" + f.message.en + ")";
    return out;
}

QStringList caseIds()
{
    QStringList ids;
    for (const QString& name : QDir(QStringLiteral(DW_TEST_DATA "/runtime")).entryList({QStringLiteral("*.txt")}))
        ids << name.chopped(4);
    return ids;
}

} // namespace

class TestRuntimeChecks : public QObject {
    Q_OBJECT

private slots:
    void everyApplicableCheckHasCases()
    {
        const QStringList ids = caseIds();
        for (const auto& check : hostcheck::containerChecks()) {
            const std::string id(check->info().id);
            if (!runtime::checkAppliesToFiles(id)) continue;
            QVERIFY2(ids.contains(QString::fromStdString(id)), ("no cases for " + id).c_str());
        }
        for (const findings::CheckInfo& check : runtime::sourceChecks())
            QVERIFY2(ids.contains(QString::fromUtf8(check.id.data(), int(check.id.size()))),
                     ("no cases for " + std::string(check.id)).c_str());
        for (const runtime::LiveOnlyCheck& check : runtime::liveOnlyChecks())
            QVERIFY(!ids.contains(QString::fromUtf8(check.id.data(), int(check.id.size()))));
    }

    void cases_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : caseIds()) QTest::newRow(qPrintable(id)) << id;
    }

    void cases()
    {
        QFETCH(QString, id);
        const std::vector<Case> all = readCases(QStringLiteral(DW_TEST_DATA "/runtime/%1.txt").arg(id));
        const std::string rule = id.toStdString();
        QVERIFY2(!all.empty(), "no cases");
        const bool container = rule.starts_with("DWH");
        for (const scan::FileType type : {scan::FileType::Compose, scan::FileType::Shell}) {
            if (!container && rule != "DL3006" && rule != "DL3007" && type == scan::FileType::Shell) continue;
            const auto has = [&](Case::Kind kind) {
                return std::any_of(all.begin(), all.end(), [&](const Case& c) { return c.type == type && c.kind == kind; });
            };
            if (rule == "DWC007" && type == scan::FileType::Compose) continue;
            if (container || type == scan::FileType::Compose || rule == "DWC007") {
                QVERIFY2(has(Case::Kind::Catch), ("a catch case for " + std::string(scan::fileTypeName(type))).c_str());
                QVERIFY2(has(Case::Kind::Pass), ("a pass case for " + std::string(scan::fileTypeName(type))).c_str());
            }
        }
        for (const Case& c : all) {
            const std::string where = id.toStdString() + ".txt:" + std::to_string(c.line);
            const scan::ScanReport report = scanCase(c.type, c.text);
            const int count = countRule(report, rule);
            switch (c.kind) {
            case Case::Kind::Catch:
                if (c.expectedCount >= 0)
                    QVERIFY2(count == c.expectedCount, (where + ": expected " + std::to_string(c.expectedCount) + ", got" + describe(report)).c_str());
                else
                    QVERIFY2(count > 0, (where + ": not caught; got" + describe(report)).c_str());
                break;
            case Case::Kind::Pass:
                QVERIFY2(count == 0, (where + ": reported" + describe(report)).c_str());
                break;
            case Case::Kind::Fix: {
                const auto finding = std::find_if(report.findings.begin(), report.findings.end(),
                                                  [&](const findings::Finding& f) { return f.rule == rule && !f.fixes.empty(); });
                QVERIFY2(finding != report.findings.end(), (where + ": no fix offered; got" + describe(report)).c_str());
                const std::string fixed = applyFix(c.text, finding->fixes.front());
                if (qEnvironmentVariableIsSet("DW_PRINT_FIXES")) qInfo("%s\n%s", where.c_str(), fixed.c_str());
                QVERIFY2(fixed == c.expected, (where + ": fixed text differs:\n" + fixed).c_str());
                if (c.type == scan::FileType::Compose) QVERIFY2(runtime::loadYaml(fixed, 0).ok(), (where + ": no longer YAML").c_str());
                // Fewer findings, or the same ones less severe (a read-only mount of /etc is still worth a warning).
                const scan::ScanReport after = scanCase(c.type, fixed);
                QVERIFY2(countRule(after, rule) < count || worst(after, rule) > worst(report, rule),
                         (where + ": the fix did not help").c_str());
                break;
            }
            }
        }
    }

    void docsAreCurrent()
    {
        const QString path = QStringLiteral(DW_TEST_DATA "/../../docs/runtime-sources.md");
        const std::string expected = runtime::runtimeSourcesMarkdown();
        test::verifyGeneratedDoc(path, expected, QStringLiteral("build/tests/tst_runtime_checks docsAreCurrent"));
        for (const auto& check : hostcheck::containerChecks())
            QVERIFY(expected.find("| " + std::string(check->info().id) + " |") != std::string::npos);
    }

    void everyCheckIsInTheCatalogue()
    {
        for (const findings::CheckInfo& check : runtime::sourceChecks()) {
            const findings::RuleDescription* rule = findings::findRule(check.id);
            QVERIFY(rule);
            QCOMPARE(rule->family, std::string_view("compose"));
            QVERIFY(!check.title.zh.empty() && !check.explanation.zh.empty() && !check.remedy.zh.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRuntimeChecks)
#include "tst_runtime_checks.moc"
