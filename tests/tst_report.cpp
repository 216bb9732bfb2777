#include "lint/finding.h"
#include "report/report.h"
#include "scan/convert.h"

#include <nlohmann/json.hpp>

#include <QTest>
#include <QXmlStreamReader>

#include <sstream>

using dw::lint::Finding;
using dw::lint::Fix;
using dw::findings::Language;
using dw::findings::Severity;
using Json = nlohmann::ordered_json;

Q_DECLARE_METATYPE(dw::findings::Severity)

// QCOMPARE cannot take JSON values (they convert to too many types); compare them key-order-independently.
#define COMPARE_JSON(actual, expected) QCOMPARE(canonical(actual), canonical(expected))

namespace {

QString canonical(const Json& json)
{
    return QString::fromStdString(nlohmann::json::parse(json.dump()).dump());
}

// The lint findings of one file, as the tests write them, turned into the Dockerfile scan the encoders read.
struct FileReport {
    std::string path;
    std::vector<Finding> findings;
    std::string error;
};

struct ReportOptions {
    Language language = Language::English;
    bool color = false;
    std::string toolVersion;
};

std::vector<dw::scan::ScanReport> toScans(const std::vector<FileReport>& files)
{
    std::vector<dw::scan::ScanReport> scans;
    for (const FileReport& file : files) {
        dw::scan::ScanReport& scan = scans.emplace_back();
        scan.target = file.path;
        scan.error = file.error;
        for (Finding finding : file.findings)
            scan.findings.push_back(dw::scan::fromLintFinding(std::move(finding), file.path));
        scan.risk = dw::scan::riskScoreOf(dw::findings::Engine::Dockerfile, scan.findings);
    }
    return scans;
}

dw::report::FormatOptions formatOptions(const ReportOptions& options)
{
    dw::report::FormatOptions format;
    format.language = options.language;
    format.color = options.color;
    format.toolVersion = options.toolVersion;
    return format;
}

std::string formatJson(const std::vector<FileReport>& files, const ReportOptions& options)
{
    return dw::report::formatJson(toScans(files), formatOptions(options));
}
std::string formatSarif(const std::vector<FileReport>& files, const ReportOptions& options)
{
    return dw::report::formatSarif(toScans(files), formatOptions(options));
}
std::string formatCheckstyle(const std::vector<FileReport>& files, const ReportOptions& options)
{
    return dw::report::formatCheckstyle(toScans(files), formatOptions(options));
}
std::string formatText(const std::vector<FileReport>& files, const ReportOptions& options)
{
    return dw::report::formatText(toScans(files), formatOptions(options));
}

std::vector<std::string> findingRefs(Finding finding)
{
    return dw::scan::fromLintFinding(std::move(finding), "Dockerfile").refs;
}

// A rule id no registry will ever hold.
const std::string kUnknownRule = "XX9999";

dw::df::Range range(int line, int column, int endLine, int endColumn)
{
    return {{line, column, 0}, {endLine, endColumn, 0}};
}

Finding makeFinding(std::string rule, Severity severity, dw::df::Range where, std::string en,
                    std::string zh = {})
{
    Finding finding;
    finding.rule = std::move(rule);
    finding.severity = severity;
    finding.range = where;
    finding.message = {std::move(en), std::move(zh)};
    return finding;
}

/// Two files: one with a syntax error and a fixable finding, one that could not be read.
std::vector<FileReport> sampleReports()
{
    Finding syntax =
        makeFinding("DL1000", Severity::Error, range(1, 1, 1, 5), "unexpected token", "意外的标记");
    Finding fixable = makeFinding(kUnknownRule, Severity::Style, range(3, 6, 3, 12), "use a tag");
    Fix fix;
    fix.title = {"Pin the tag", "固定标签"};
    fix.edits.push_back({range(3, 12, 3, 12), ":1.2"});
    fix.edits.push_back({range(4, 1, 5, 1), ""});
    fixable.fixes.push_back(fix);
    Finding again = makeFinding(kUnknownRule, Severity::Style, range(7, 1, 7, 2), "use a tag again");
    return {{"sub/Dockerfile", {syntax, fixable, again}, {}}, {"missing/Dockerfile", {}, "No such file"}};
}

QStringList keys(const Json& object)
{
    QStringList names;
    for (const auto& item : object.items())
        names << QString::fromStdString(item.key());
    return names;
}

Json parse(const std::string& text)
{
    return Json::parse(text); // throws on invalid JSON or invalid UTF-8
}

std::string xmlMessageAttribute(const std::string& xml)
{
    QXmlStreamReader reader(QByteArray::fromStdString(xml));
    QString message;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"error")
            message = reader.attributes().value("message").toString();
    }
    if (reader.hasError())
        return "XML error: " + reader.errorString().toStdString();
    return message.toStdString();
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

  private slots:
    void refs();
    void jsonShape();
    void jsonLanguage();
    void jsonInvalidUtf8();
    void jsonManyFiles();
    void sarifShape();
    void sarifLevels_data();
    void sarifLevels();
    void sarifUris_data();
    void sarifUris();
    void sarifHelpUri();
    void checkstyleShape();
    void checkstyleEscaping_data();
    void checkstyleEscaping();
    void textPlain();
    void textColor();
    void textControlCharacters();
};

void TestReport::refs()
{
    QCOMPARE(findingRefs(makeFinding("DL1000", Severity::Error, {}, "")),
             std::vector<std::string>{"hadolint:DL1000"});
    QVERIFY(findingRefs(makeFinding(kUnknownRule, Severity::Error, {}, "")).empty());
}

void TestReport::jsonShape()
{
    const Json report = parse(formatJson(sampleReports(), {Language::English, false, "1.2.3"}));
    QCOMPARE(keys(report), (QStringList{"tool", "version", "files"}));
    COMPARE_JSON(report["tool"], "dockwarden");
    COMPARE_JSON(report["version"], "1.2.3");
    QCOMPARE(report["files"].size(), std::size_t(2));

    const Json& first = report["files"][0];
    QCOMPARE(keys(first), (QStringList{"path", "findings", "summary"}));
    COMPARE_JSON(first["path"], "sub/Dockerfile");
    QCOMPARE(first["findings"].size(), std::size_t(3));
    QCOMPARE(keys(first["summary"]), (QStringList{"riskScore", "penalty", "bySeverity", "byCategory", "byPractice"}));
    const int errors = first["summary"]["bySeverity"]["error"].get<int>();
    const int warnings = first["summary"]["bySeverity"]["warning"].get<int>();
    QCOMPARE(errors + warnings + first["summary"]["bySeverity"]["info"].get<int>() +
                 first["summary"]["bySeverity"]["style"].get<int>(),
             3);
    QVERIFY(first["summary"]["riskScore"].get<int>() < 100);

    const Json& syntax = first["findings"][0];
    QCOMPARE(keys(syntax), (QStringList{"rule", "severity", "refs", "title", "line", "column", "endLine",
                                        "endColumn", "message", "fixes"}));
    COMPARE_JSON(syntax["title"], "Dockerfile syntax error");
    COMPARE_JSON(syntax["rule"], "DL1000");
    COMPARE_JSON(syntax["severity"], "error");
    COMPARE_JSON(syntax["refs"], Json::array({"hadolint:DL1000"}));
    COMPARE_JSON(syntax["line"], 1);
    COMPARE_JSON(syntax["column"], 1);
    COMPARE_JSON(syntax["endLine"], 1);
    COMPARE_JSON(syntax["endColumn"], 5);
    COMPARE_JSON(syntax["message"], "unexpected token");
    COMPARE_JSON(syntax["fixes"], Json::array());

    const Json& fixable = first["findings"][1];
    COMPARE_JSON(fixable["severity"], "style");
    COMPARE_JSON(fixable["refs"], Json::array());
    QCOMPARE(fixable["fixes"].size(), std::size_t(1));
    const Json& fix = fixable["fixes"][0];
    QCOMPARE(keys(fix), (QStringList{"title", "edits"}));
    COMPARE_JSON(fix["title"], "Pin the tag");
    QCOMPARE(fix["edits"].size(), std::size_t(2));
    QCOMPARE(keys(fix["edits"][0]), (QStringList{"line", "column", "endLine", "endColumn", "text"}));
    COMPARE_JSON(fix["edits"][0],
                 Json::parse(R"({"line":3,"column":12,"endLine":3,"endColumn":12,"text":":1.2"})"));
    COMPARE_JSON(fix["edits"][1],
                 Json::parse(R"({"line":4,"column":1,"endLine":5,"endColumn":1,"text":""})"));

    const Json& second = report["files"][1];
    QCOMPARE(keys(second), (QStringList{"path", "findings", "error"}));
    COMPARE_JSON(second["error"], "No such file");
    COMPARE_JSON(second["findings"], Json::array());

    const Finding registered = makeFinding("DL3006", Severity::Warning, range(1, 1, 1, 2), "tag");
    const Json withRegistryRefs = parse(formatJson({{"Dockerfile", {registered}, {}}}, {}));
    COMPARE_JSON(withRegistryRefs["files"][0]["findings"][0]["refs"],
                 Json(findingRefs(registered)));
}

void TestReport::jsonLanguage()
{
    const Json report =
        parse(formatJson(sampleReports(), {Language::SimplifiedChinese, false, {}}));
    const Json& findings = report["files"][0]["findings"];
    COMPARE_JSON(findings[0]["message"], "意外的标记");
    COMPARE_JSON(findings[1]["message"], "use a tag"); // no translation: English
    COMPARE_JSON(findings[1]["fixes"][0]["title"], "固定标签");
    COMPARE_JSON(report["version"], "");
}

void TestReport::jsonInvalidUtf8()
{
    Finding finding =
        makeFinding("DL1000", Severity::Error, range(1, 1, 1, 2), "bad \xff\xfe bytes \xe4\xb8");
    finding.fixes.push_back({{"fix \xc3", ""}, {{range(1, 1, 1, 2), "\x80"}}});
    const std::vector<FileReport> files{{"Docker\xfe"
                                         "file",
                                         {finding},
                                         "err \xff"}};

    const Json report = parse(formatJson(files, {}));
    const std::string message = report["files"][0]["findings"][0]["message"];
    QVERIFY(message.starts_with("bad \xEF\xBF\xBD"));
    COMPARE_JSON(report["files"][0]["findings"][0]["fixes"][0]["edits"][0]["text"], "\xEF\xBF\xBD");
    QVERIFY(report["files"][0]["path"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);

    const Json sarif = parse(formatSarif(files, {}));
    QVERIFY(
        sarif["runs"][0]["results"][0]["message"]["text"].get<std::string>().starts_with("bad \xEF\xBF\xBD"));
}

// Enough files for formatJson to write them on several threads: the document is the one nlohmann would write,
// with the files in their order.
void TestReport::jsonManyFiles()
{
    std::vector<FileReport> files;
    for (int i = 0; i < 300; ++i) {
        FileReport file{"dir/" + std::to_string(i) + "/Dockerfile", {}, {}};
        for (int f = 0; f < i % 4; ++f)
            file.findings.push_back(makeFinding(kUnknownRule, Severity::Warning, range(f + 1, 1, f + 1, 4),
                                                "finding " + std::to_string(f) + " of 文件 " + std::to_string(i)));
        if (i % 50 == 7) file.error = "cannot read";
        files.push_back(std::move(file));
    }
    const std::string text = formatJson(files, {});
    const nlohmann::ordered_json tree = nlohmann::ordered_json::parse(text);
    QCOMPARE(text, tree.dump(2) + "\n");
    QCOMPARE(tree["files"].size(), files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        QCOMPARE(tree["files"][i]["path"].get<std::string>(), files[i].path);
        QCOMPARE(tree["files"][i]["findings"].size(), files[i].findings.size());
    }

    // writeJson() streams the same document, the slices passed on as they are: with and without the warnings
    // that follow the files, for a run of many files, of one, and of none.
    for (const std::size_t count : {files.size(), std::size_t(1), std::size_t(0)}) {
        const std::vector<dw::scan::ScanReport> scans = toScans({files.begin(), files.begin() + static_cast<std::ptrdiff_t>(count)});
        for (const bool warned : {false, true}) {
            dw::report::FormatOptions format = formatOptions({});
            if (warned) format.warnings = {"waiver 2 has expired", "waiver 5 matches nothing"};
            std::ostringstream streamed;
            dw::report::writeJson(streamed, scans, format);
            QCOMPARE(streamed.str(), dw::report::formatJson(scans, format));
            QCOMPARE(streamed.str(), nlohmann::ordered_json::parse(streamed.str()).dump(2) + "\n");
        }
    }

    // The document in parts, as `lint` streams it (the head, each file's entry written on its own, the tail with
    // the run's warnings), is the same document, in either language and for a run of many files, of one, of none.
    for (const std::size_t count : {files.size(), std::size_t(1), std::size_t(0)}) {
        const std::vector<dw::scan::ScanReport> scans = toScans({files.begin(), files.begin() + static_cast<std::ptrdiff_t>(count)});
        for (const Language language : {Language::English, Language::SimplifiedChinese}) {
            for (const bool warned : {false, true}) {
                dw::report::FormatOptions format = formatOptions({});
                format.language = language;
                if (warned) format.warnings = {"waiver 2 has expired"};
                std::string parts = dw::report::jsonFilesHead(format);
                for (std::size_t i = 0; i < scans.size(); ++i)
                    parts += dw::report::jsonFileEntry(scans[i], language, i == 0);
                parts += dw::report::jsonFilesTail(scans.size(), format);
                QCOMPARE(parts, dw::report::formatJson(scans, format));
                std::string blocks;
                for (const dw::scan::ScanReport& scan : scans) blocks += dw::report::textFileBlock(scan, format);
                QCOMPARE(blocks, dw::report::formatText(scans, format));
                std::ostringstream text;
                dw::report::writeText(text, scans, format);
                QCOMPARE(text.str(), blocks);
            }
        }
    }
}

void TestReport::sarifShape()
{
    const Json log = parse(formatSarif(sampleReports(), {Language::English, false, "1.2.3"}));
    QVERIFY(log["$schema"].get<std::string>().find("sarif-2.1.0") != std::string::npos);
    COMPARE_JSON(log["version"], "2.1.0");
    QCOMPARE(log["runs"].size(), std::size_t(1));
    const Json& run = log["runs"][0];
    COMPARE_JSON(run["columnKind"], "unicodeCodePoints");

    const Json& driver = run["tool"]["driver"];
    COMPARE_JSON(driver["name"], "dockwarden");
    COMPARE_JSON(driver["version"], "1.2.3");
    QVERIFY(driver["informationUri"].get<std::string>().starts_with("https://"));
    QCOMPARE(driver["rules"].size(), std::size_t(2));

    const Json& syntaxRule = driver["rules"][0];
    COMPARE_JSON(syntaxRule["id"], "DL1000");
    QVERIFY(!syntaxRule["name"].get<std::string>().empty());
    QVERIFY(!syntaxRule["shortDescription"]["text"].get<std::string>().empty());
    QVERIFY(!syntaxRule["fullDescription"]["text"].get<std::string>().empty());
    QVERIFY(!syntaxRule.contains("helpUri"));
    COMPARE_JSON(syntaxRule["defaultConfiguration"]["level"], "error");
    COMPARE_JSON(syntaxRule["properties"]["tags"], Json::array({"hadolint:DL1000"}));
    const Json& unknownRule = driver["rules"][1];
    COMPARE_JSON(unknownRule["id"], kUnknownRule);
    COMPARE_JSON(unknownRule["defaultConfiguration"]["level"], "note");
    COMPARE_JSON(unknownRule["properties"]["tags"], Json::array());

    const Json& results = run["results"];
    QCOMPARE(results.size(), std::size_t(3));
    COMPARE_JSON(results[0]["ruleId"], "DL1000");
    COMPARE_JSON(results[0]["ruleIndex"], 0);
    COMPARE_JSON(results[0]["level"], "error");
    COMPARE_JSON(results[0]["message"]["text"], "unexpected token");
    QCOMPARE(results[0]["locations"].size(), std::size_t(1));
    const Json& location = results[0]["locations"][0]["physicalLocation"];
    COMPARE_JSON(location["artifactLocation"]["uri"], "sub/Dockerfile");
    COMPARE_JSON(location["region"],
                 Json::parse(R"({"startLine":1,"startColumn":1,"endLine":1,"endColumn":5})"));
    QVERIFY(!results[0].contains("fixes"));
    COMPARE_JSON(results[1]["ruleIndex"], 1);
    COMPARE_JSON(results[2]["ruleIndex"], 1);
    COMPARE_JSON(results[1]["level"], "note");

    const Json& fix = results[1]["fixes"][0];
    COMPARE_JSON(fix["description"]["text"], "Pin the tag");
    QCOMPARE(fix["artifactChanges"].size(), std::size_t(1));
    const Json& change = fix["artifactChanges"][0];
    COMPARE_JSON(change["artifactLocation"]["uri"], "sub/Dockerfile");
    QCOMPARE(change["replacements"].size(), std::size_t(2));
    COMPARE_JSON(change["replacements"][0]["deletedRegion"],
                 Json::parse(R"({"startLine":3,"startColumn":12,"endLine":3,"endColumn":12})"));
    COMPARE_JSON(change["replacements"][0]["insertedContent"]["text"], ":1.2");
    COMPARE_JSON(change["replacements"][1]["deletedRegion"],
                 Json::parse(R"({"startLine":4,"startColumn":1,"endLine":5,"endColumn":1})"));

    QCOMPARE(run["invocations"].size(), std::size_t(1));
    const Json& invocation = run["invocations"][0];
    COMPARE_JSON(invocation["executionSuccessful"], false);
    COMPARE_JSON(invocation["toolExecutionNotifications"][0]["level"], "error");
    QVERIFY(invocation["toolExecutionNotifications"][0]["message"]["text"].get<std::string>().find(
                "No such file") != std::string::npos);

    const Json clean = parse(formatSarif({{"Dockerfile", {}, {}}}, {}));
    COMPARE_JSON(clean["runs"][0]["results"], Json::array());
    COMPARE_JSON(clean["runs"][0]["tool"]["driver"]["rules"], Json::array());
    COMPARE_JSON(clean["runs"][0]["invocations"][0]["executionSuccessful"], true);
}

void TestReport::sarifLevels_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("level");
    QTest::newRow("error") << Severity::Error << "error";
    QTest::newRow("warning") << Severity::Warning << "warning";
    QTest::newRow("info") << Severity::Info << "note";
    QTest::newRow("style") << Severity::Style << "note";
    QTest::newRow("ignore") << Severity::Ignore << "none";
}

void TestReport::sarifLevels()
{
    QFETCH(Severity, severity);
    QFETCH(QString, level);
    const Finding finding = makeFinding(kUnknownRule, severity, range(2, 1, 2, 3), "m");
    const Json log = parse(formatSarif({{"Dockerfile", {finding}, {}}}, {}));
    COMPARE_JSON(log["runs"][0]["results"][0]["level"], level.toStdString());
    COMPARE_JSON(log["runs"][0]["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"],
                 level.toStdString());
}

void TestReport::sarifUris_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("uri");
    QTest::newRow("plain") << "Dockerfile"
                           << "Dockerfile";
    QTest::newRow("dot slash") << "./docker/Dockerfile"
                               << "docker/Dockerfile";
    QTest::newRow("backslashes") << ".\\docker\\app\\Dockerfile"
                                 << "docker/app/Dockerfile";
    QTest::newRow("space and percent") << "my dir/100%.Dockerfile"
                                       << "my%20dir/100%25.Dockerfile";
    QTest::newRow("colon") << "a:b/Dockerfile"
                           << "a%3Ab/Dockerfile";
    QTest::newRow("non-ascii") << "dé/Dockerfile"
                               << "d%C3%A9/Dockerfile";
    QTest::newRow("absolute") << "/src/app/Dockerfile"
                              << "file:///src/app/Dockerfile";
    QTest::newRow("windows absolute") << "C:\\src\\Dockerfile"
                                      << "file:///C:/src/Dockerfile";
}

void TestReport::sarifUris()
{
    QFETCH(QString, path);
    QFETCH(QString, uri);
    const Finding finding = makeFinding(kUnknownRule, Severity::Info, range(1, 1, 1, 2), "m");
    const Json log = parse(formatSarif({{path.toStdString(), {finding}, {}}}, {}));
    COMPARE_JSON(log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                 uri.toStdString());
}

void TestReport::sarifHelpUri()
{
    const Finding shellcheck = makeFinding("SC2086", Severity::Info, range(1, 1, 1, 2), "quote");
    const Json log = parse(formatSarif({{"Dockerfile", {shellcheck}, {}}}, {}));
    COMPARE_JSON(log["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"],
                 "https://www.shellcheck.net/wiki/SC2086");
}

void TestReport::checkstyleShape()
{
    const std::string xml = formatCheckstyle(sampleReports(), {});
    QVERIFY(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"));
    QVERIFY(xml.find("<file name=\"sub/Dockerfile\">") != std::string::npos);
    QVERIFY(xml.find("<error line=\"1\" column=\"1\" severity=\"error\" message=\"unexpected token\" "
                     "source=\"dockwarden.DL1000\"/>") != std::string::npos);
    QVERIFY(xml.find("severity=\"info\" message=\"use a tag\" source=\"dockwarden.XX9999\"/>") !=
            std::string::npos);
    QVERIFY(xml.find("message=\"No such file\"") != std::string::npos);
    QVERIFY(xml.ends_with("</checkstyle>\n"));

    QXmlStreamReader reader(QByteArray::fromStdString(xml));
    int files = 0;
    int errors = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        files += reader.name() == u"file";
        errors += reader.name() == u"error";
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(files, 2);
    QCOMPARE(errors, 4);
}

void TestReport::checkstyleEscaping_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("readBack");
    QTest::addColumn<QByteArray>("rawFragment");

    QTest::newRow("markup") << QByteArray("<a href=\"x\">&'") << QByteArray("<a href=\"x\">&'")
                            << QByteArray("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    QTest::newRow("line breaks and tabs")
        << QByteArray("a\nb\tc\rd") << QByteArray("a\nb\tc\rd") << QByteArray("a&#10;b&#9;c&#13;d");
    QTest::newRow("control characters") << QByteArray("x\x01y\x1b[31mz") << QByteArray("x\uFFFDy\uFFFD[31mz")
                                        << QByteArray("x\uFFFDy\uFFFD[31mz");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("a\uFFFDb") << QByteArray("a\uFFFDb");
    QTest::newRow("invalid utf-8") << QByteArray("a\xff\xc3") << QByteArray("a\uFFFD\uFFFD")
                                   << QByteArray("a\uFFFD\uFFFD");
    QTest::newRow("noncharacter") << QByteArray("a\uFFFE") << QByteArray("a\uFFFD") << QByteArray("a\uFFFD");
    QTest::newRow("unicode kept") << QByteArray("标签 ✓ 😀") << QByteArray("标签 ✓ 😀")
                                  << QByteArray("标签 ✓ 😀");
}

void TestReport::checkstyleEscaping()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, readBack);
    QFETCH(QByteArray, rawFragment);
    const Finding finding = makeFinding("DL1000", Severity::Error, range(1, 1, 1, 2), message.toStdString());
    const std::string xml = formatCheckstyle({{"Dockerfile", {finding}, {}}}, {});
    QVERIFY2(xml.find("message=\"" + rawFragment.toStdString() + "\"") != std::string::npos, xml.c_str());
    QCOMPARE(QString::fromStdString(xmlMessageAttribute(xml)), QString::fromUtf8(readBack));

    const std::string escapedName = formatCheckstyle({{message.toStdString(), {}, {}}}, {});
    QVERIFY2(escapedName.find("name=\"" + rawFragment.toStdString() + "\"") != std::string::npos,
             escapedName.c_str());
}

void TestReport::textPlain()
{
    const std::string text = formatText(sampleReports(), {Language::English, false, {}});
    QCOMPARE(QString::fromStdString(text),
             QString::fromStdString("sub/Dockerfile:1:1 error DL1000 unexpected token\n"
                                    "sub/Dockerfile:3:6 style XX9999 use a tag\n"
                                    "sub/Dockerfile:7:1 style XX9999 use a tag again\n"
                                    "missing/Dockerfile: error: No such file\n"));
    QVERIFY(text.find('\x1b') == std::string::npos);

    const std::string chinese =
        formatText(sampleReports(), {Language::SimplifiedChinese, false, {}});
    QVERIFY(chinese.starts_with("sub/Dockerfile:1:1 error DL1000 意外的标记\n"));
    QVERIFY(formatText({}, {}).empty());
}

void TestReport::textColor()
{
    const std::string text = formatText(sampleReports(), {Language::English, true, {}});
    QVERIFY(text.find("\x1b[1;31merror\x1b[0m DL1000 unexpected token\n") != std::string::npos);
    QVERIFY(text.find("\x1b[32mstyle\x1b[0m XX9999") != std::string::npos);
    QVERIFY(text.find("sub/Dockerfile:1:1") != std::string::npos);
    QVERIFY(text.find("missing/Dockerfile\x1b[0m: \x1b[1;31merror\x1b[0m: No such file\n") !=
            std::string::npos);
}

void TestReport::textControlCharacters()
{
    const Finding finding =
        makeFinding("DL1000", Severity::Error, range(1, 1, 1, 2), "evil\x1b]0;title\x07\ttab");
    const std::string text = formatText({{"Docker\nfile", {finding}, {}}}, {});
    QCOMPARE(QString::fromStdString(text),
             QString::fromStdString("Docker\\x0Afile:1:1 error DL1000 evil\\x1B]0;title\\x07\ttab\n"));
}

QTEST_APPLESS_MAIN(TestReport)
#include "tst_report.moc"
