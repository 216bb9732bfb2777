// The JSON report keeps, on each thread, the text of a finding's rule, severity, refs and title for the next finding
// of the same rule: each finding still comes out as it is.
#include "report/report.h"
#include "scan/scan_report.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <string>
#include <vector>

using dw::findings::Language;
using dw::findings::Severity;
using Json = nlohmann::ordered_json;

class TestReportJson : public QObject {
    Q_OBJECT

  private slots:
    void ruleMembersOfEachFinding();
};

// A finding's rule, severity, refs and title are kept as text for the next finding of the rule: whatever of
// them differs from one finding to the next (the severity a configuration sets, the refs, the title's text, even
// behind the same title, the language, the depth) comes out as that finding has it.
void TestReportJson::ruleMembersOfEachFinding()
{
    dw::findings::LocalizedText title{"A title", "一个标题"};
    const dw::findings::LocalizedText otherTitle{"Another \"title\"", "另一个标题"};
    struct Case {
        std::string rule;
        Severity severity;
        std::vector<std::string> refs;
        const dw::findings::LocalizedText* title;
        Language language;
    };
    const std::vector<Case> cases{
        {"DL3008", Severity::Warning, {"hadolint:DL3008"}, &title, Language::English},
        {"DL3008", Severity::Warning, {"hadolint:DL3008"}, &title, Language::English},
        {"DL3008", Severity::Error, {"hadolint:DL3008"}, &title, Language::English},
        {"DL3008", Severity::Error, {"hadolint:DL3008", "cis-docker:4.3"}, &title, Language::English},
        {"DL3008", Severity::Error, {}, &title, Language::English},
        {"DL3008", Severity::Error, {}, &title, Language::SimplifiedChinese},
        {"DW1001", Severity::Error, {}, &title, Language::SimplifiedChinese},
        {"DW1001", Severity::Info, {"dockle:CIS-DI-0010"}, &otherTitle, Language::English},
        {"DW1001", Severity::Info, {"dockle:CIS-DI-0010"}, nullptr, Language::English},
        {"DL3008", Severity::Warning, {"hadolint:DL3008"}, &title, Language::English},
    };
    const auto check = [](const Json& json, const Case& each) {
        QCOMPARE(json["rule"].get<std::string>(), each.rule);
        QCOMPARE(json["severity"].get<std::string>(), std::string(dw::findings::severityName(each.severity)));
        QCOMPARE(json["refs"].get<std::vector<std::string>>(), each.refs);
        const std::string expected = each.title ? each.title->in(each.language) : std::string();
        QCOMPARE(json["title"].get<std::string>(), expected);
        QCOMPARE(json["message"].get<std::string>(), std::string("message of ") + each.rule);
    };
    dw::scan::ScanReport report;
    report.target = "Dockerfile";
    for (const Case& each : cases) {
        dw::findings::Finding finding;
        finding.rule = each.rule;
        finding.severity = each.severity;
        finding.refs = each.refs;
        finding.title = each.title;
        finding.message = {"message of " + each.rule, "message of " + each.rule};
        finding.location = dw::findings::FileLocation{"Dockerfile", {1, 1, 1, 5, 0, 4}};
        check(dw::report::findingJson(finding, each.language), each);
        report.findings.push_back(finding);
    }
    // The same title object with new text in it.
    title.en = "A title, reworded";
    Case reworded = cases.front();
    dw::findings::Finding finding = report.findings.front();
    check(dw::report::findingJson(finding, Language::English), {reworded.rule, reworded.severity, reworded.refs,
                                                               &title, Language::English});
    // Deeper, in a file's entry: the same findings in one report, where several are kept and replayed.
    for (const Language language : {Language::English, Language::SimplifiedChinese}) {
        const std::string text = dw::report::jsonFileEntry(report, language);
        QVERIFY(text.starts_with(','));
        const Json entry = Json::parse(text.substr(1));
        QCOMPARE(entry["findings"].size(), cases.size());
        for (std::size_t i = 0; i < cases.size(); ++i) {
            Case each = cases[i];
            each.language = language;
            check(entry["findings"][i], each);
        }
    }
}

QTEST_APPLESS_MAIN(TestReportJson)
#include "tst_report_json.moc"
