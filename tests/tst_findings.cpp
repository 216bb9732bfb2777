// The shared vocabulary, the one catalogue of every rule and check, its docs, and the naming of subjects.
#include "findings/catalogue.h"
#include "findings/equivalence.h"
#include "findings/risk_score.h"
#include "scan/convert.h"
#include "scan/scan_report.h"
#include "findings/subject_names.h"
#include "findings/waivers.h"
#include "hostcheck/registry.h"
#include "image/image_check.h"
#include "lint/registry.h"
#include "runtime/source_checks.h"

#include <QFile>
#include "support/generated_docs.h"

#include <QtTest>

#include <map>
#include <regex>
#include <set>

using namespace dw;
using namespace dw::findings;

namespace {
QByteArray bytes(std::string_view text) { return QByteArray(text.data(), qsizetype(text.size())); }
} // namespace

class TestFindings : public QObject {
    Q_OBJECT

private slots:
    void vocabularyNamesRoundTrip()
    {
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info, Severity::Style, Severity::Ignore})
            QCOMPARE(severityFromName(severityName(s)), std::optional<Severity>(s));
        QCOMPARE(severityFromName("none"), std::optional<Severity>(Severity::Ignore));
        QVERIFY(!severityFromName("fatal"));
        QVERIFY(atLeast(Severity::Error, Severity::Warning));
        QVERIFY(!atLeast(Severity::Info, Severity::Warning));
        QVERIFY(!atLeast(Severity::Ignore, Severity::Style));
        for (int p = 0; p <= int(Practice::RuntimeHardening); ++p)
            QCOMPARE(practiceFromId(practiceId(Practice(p))), std::optional<Practice>(Practice(p)));
        for (Engine e : {Engine::Dockerfile, Engine::Host, Engine::Image})
            QCOMPARE(engineFromName(engineName(e)), std::optional<Engine>(e));
        QVERIFY(!engineFromName("compose"));
    }

    void catalogueHoldsEveryRuleAndCheckOnce()
    {
        const std::size_t hostChecks = hostcheck::containerChecks().size() + hostcheck::daemonChecks().size() +
                                       hostcheck::imageChecks().size();
        QCOMPARE(rulesOf(Engine::Dockerfile).size(), lint::allRules().size() + runtime::sourceChecks().size());
        QCOMPARE(rulesOf(Engine::Host).size(), hostChecks);
        QCOMPARE(rulesOf(Engine::Image).size(), image::imageAnalysisChecks().size());
        QCOMPARE(catalogue().size(), lint::allRules().size() + runtime::sourceChecks().size() + hostChecks +
                                         image::imageAnalysisChecks().size());

        std::set<std::string_view> ids;
        for (const RuleDescription& rule : catalogue()) {
            QVERIFY2(ids.insert(rule.id).second, "duplicate id " + bytes(rule.id));
            QCOMPARE(findRule(rule.id), &rule);
        }
        QVERIFY(!findRule("DL0000"));
        QVERIFY(!findRule("DW9999"));
        QVERIFY(!findRule("Secret")); // six bytes: the start of SecretsUsedInArgOrEnv is no id
        QVERIFY(!findRule("DL300"));
        QVERIFY(!findRule("DL30080"));
        QVERIFY(!findRule(""));
        QCOMPARE(findRule("DL3008")->engine, Engine::Dockerfile);
        QCOMPARE(findRule("DL3008")->family, std::string_view("hadolint"));
        QCOMPARE(findRule("StageNameCasing")->family, std::string_view("buildkit"));
        QCOMPARE(findRule("DWH505")->engine, Engine::Host);
        QCOMPARE(findRule("DWH505")->family, std::string_view("container"));
        QCOMPARE(findRule("DWH202")->family, std::string_view("daemon"));
        QCOMPARE(findRule("DWI101")->engine, Engine::Image);
        QCOMPARE(findRule("DWI101")->family, std::string_view("content"));
        QCOMPARE(findRule("DWI501")->family, std::string_view("vulnerabilities"));
    }

    void everyEntryIsCompleteInBothLanguages()
    {
        const std::regex ref(R"([a-z][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9._:/-]*)");
        for (const RuleDescription& rule : catalogue()) {
            const QByteArray id = bytes(rule.id);
            QVERIFY2(!rule.family.empty(), "no family: " + id);
            std::vector<const LocalizedText*> texts{&rule.title, &rule.explanation};
            // Host and image checks say what to change; Dockerfile rules carry fixes and say it in the explanation.
            if (rule.engine != Engine::Dockerfile || rule.family == "compose") texts.push_back(&rule.remedy);
            for (const LocalizedText* text : texts) {
                QVERIFY2(!text->en.empty(), "missing English text: " + id);
                QVERIFY2(!text->zh.empty(), "missing Chinese text: " + id);
                QVERIFY2(text->en != text->zh, "untranslated text: " + id);
            }
            // Dockwarden's own image checks may stand alone; every rule from another catalogue names it.
            if (rule.engine == Engine::Dockerfile && rule.family != "dockwarden" && rule.family != "compose")
                QVERIFY2(!rule.refs.empty(), "no references: " + id);
            for (std::string_view r : rule.refs)
                QVERIFY2(std::regex_match(r.begin(), r.end(), ref), "malformed reference '" + bytes(r) + "' of " + id);
        }
    }

    void docsAreCurrent_data()
    {
        QTest::addColumn<int>("engine");
        for (Engine e : {Engine::Dockerfile, Engine::Host, Engine::Image})
            QTest::newRow(engineName(e).data()) << int(e);
    }

    void docsAreCurrent()
    {
        QFETCH(int, engine);
        const Engine e = Engine(engine);
        const QString path = QStringLiteral(DW_TEST_DATA "/../../docs/") + QString::fromUtf8(bytes(catalogueDocumentName(e)));
        const std::string expected = catalogueMarkdown(e);
        test::verifyGeneratedDoc(path, expected, QStringLiteral("build/tests/tst_findings docsAreCurrent"));
        for (const RuleDescription* rule : rulesOf(e)) {
            QVERIFY(expected.find("\n## " + std::string(rule->id) + "\n") != std::string::npos);
            QVERIFY(expected.find(rule->title.zh) != std::string::npos);
        }
    }

    void equivalentRulesExistAndPointBothWays()
    {
        std::set<std::string_view> seen;
        for (const auto& group : equivalenceGroups()) {
            QVERIFY(group.size() >= 2);
            for (std::string_view id : group) {
                QVERIFY2(seen.insert(id).second, "in two groups: " + bytes(id));
                const RuleDescription* rule = findRule(id);
                QVERIFY2(rule, "unknown rule in an equivalence group: " + bytes(id));
                QCOMPARE(rule->engine, Engine::Dockerfile);
                QCOMPARE(rule->equivalents.size(), group.size() - 1);
                for (std::string_view other : group)
                    if (other != id)
                        QVERIFY(std::find(rule->equivalents.begin(), rule->equivalents.end(), other) !=
                                rule->equivalents.end());
            }
        }
        QCOMPARE(equivalenceSlotOf("MaintainerDeprecated")->position, std::size_t(1));
        QVERIFY(!equivalenceSlotOf("DL3008"));
        QVERIFY(findRule("DL3008")->equivalents.empty());
    }

    void riskScoreFormula()
    {
        QCOMPARE(computeRiskScore({}).score, 100);
        // One group is capped at 40; distinct groups add up; style and ignore weigh nothing.
        std::vector<ScoredFinding> oneGroup(6, ScoredFinding{Severity::Error, "DL3008", "immutable-tags"});
        RiskScore capped = computeRiskScore(oneGroup);
        QCOMPARE(capped.penalty, 40);
        QCOMPARE(capped.score, 60);
        QCOMPARE(capped.errors, 6);
        QCOMPARE(capped.byCategory.at("immutable-tags"), 6);
        const RiskScore mixed = computeRiskScore({{Severity::Error, "a", ""}, {Severity::Warning, "b", ""},
                                                  {Severity::Info, "c", ""}, {Severity::Style, "d", ""},
                                                  {Severity::Ignore, "e", ""}});
        QCOMPARE(mixed.penalty, 15);
        QCOMPARE(mixed.score, 85);
        QCOMPARE(mixed.styles, 1);
        QVERIFY(mixed.byCategory.empty());
        const RiskScore interleaved = computeRiskScore(
            {{Severity::Info, "r1", "a"}, {Severity::Info, "r2", "b"}, {Severity::Style, "r3", "a"},
             {Severity::Ignore, "r4", "c"}, {Severity::Warning, "r5", "b"}, {Severity::Info, "r6", "a"}});
        const std::map<std::string, int, std::less<>> expectedCategories{{"a", 3}, {"b", 2}};
        QVERIFY(interleaved.byCategory == expectedCategories); // an ignored finding is in no category
        std::vector<std::string> rules;
        for (int i = 0; i < 11; ++i) rules.push_back("rule" + std::to_string(i));
        std::vector<ScoredFinding> many;
        for (const std::string& rule : rules) many.push_back({Severity::Error, rule, ""});
        QCOMPARE(computeRiskScore(many).score, 0);

        // A Dockerfile's folded findings count once.
        lint::Finding shown{"DL4000", Severity::Error, {}, {}, {}};
        lint::Finding folded{"MaintainerDeprecated", Severity::Warning, {}, {}, {}, "DL4000"};
        const RiskScore dockerfile = scan::riskScoreOf(
            Engine::Dockerfile, {scan::fromLintFinding(std::move(shown), "Dockerfile"),
                                 scan::fromLintFinding(std::move(folded), "Dockerfile")});
        QCOMPARE(dockerfile.penalty, 10);
        QCOMPARE(dockerfile.warnings, 0);
        QCOMPARE(dockerfile.byCategory.at(std::string(practiceId(findRule("DL4000")->practice))), 1);
    }

    void isoDates()
    {
        for (const char* good : {"2027-03-31", "2028-02-29", "2000-02-29", "1999-12-01"})
            QVERIFY2(isIsoDate(good), good);
        for (const char* bad : {"2027-02-29", "1900-02-29", "2027-13-01", "2027-00-10", "2027-04-31", "2027-3-31",
                                "27-03-31", "2027/03/31", "2027-03-31T00:00", "", "yesterday"})
            QVERIFY2(!isIsoDate(bad), bad);
        QVERIFY(isIsoDate(todayUtc()));
    }

    void waiverTargets_data()
    {
        QTest::addColumn<QString>("glob");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("matches");
        QTest::newRow("any") << "" << "a/b/Dockerfile" << true;
        QTest::newRow("exact path") << "services/api/Dockerfile" << "services/api/Dockerfile" << true;
        QTest::newRow("leading ./ ignored") << "services/api/Dockerfile" << "./services/api/Dockerfile" << true;
        QTest::newRow("star crosses /") << "services/*" << "services/api/Dockerfile" << true;
        QTest::newRow("other folder") << "services/api/Dockerfile" << "services/web/Dockerfile" << false;
        QTest::newRow("base name") << "Dockerfile.dev" << "/src/app/Dockerfile.dev" << true;
        QTest::newRow("base name glob") << "*.dev" << "/src/app/Dockerfile.dev" << true;
        QTest::newRow("glob with / is whole") << "app/Dockerfile" << "/src/app/Dockerfile" << false;
        QTest::newRow("container name") << "web-*" << "web-1" << true;
        QTest::newRow("image reference") << "nginx:*" << "nginx:1.25" << true;
        QTest::newRow("image reference no match") << "nginx:*" << "redis:7" << false;
        QTest::newRow("character class") << "web-[0-9]" << "web-7" << true;
    }

    void waiverTargets()
    {
        QFETCH(QString, glob);
        QFETCH(QString, target);
        QFETCH(bool, matches);
        QCOMPARE(waiverTargetMatches(glob.toStdString(), target.toStdString()), matches);
    }

    void waiverLedgerHoldsExpiresAndWarns()
    {
        WaiverLedger ledger({{"DL3008", "", "pinned by the base image", "2027-03-31", "a.yaml:2"},
                             {"DL3006", "legacy/*", "frozen", "2026-12-01", "a.yaml:6"},
                             {"DL3006", "legacy/old.Dockerfile", "still frozen", "", "a.yaml:9"},
                             {"DW1001", "", "unused", "", "a.yaml:12"}},
                            "2026-12-02");
        QVERIFY(ledger.holds("DL3008", "x/Dockerfile"));
        QVERIFY(!ledger.holds("DL3006", "legacy/Dockerfile")); // expired yesterday
        struct Item {
            std::string rule, target;
        };
        std::vector<Item> items{{"DL3008", "x/Dockerfile"}, {"DL3008", "y/Dockerfile"}, {"DL3006", "legacy/Dockerfile"},
                                {"DL3006", "legacy/old.Dockerfile"}, {"DL3009", "x/Dockerfile"}};
        std::vector<Waived<Item>> waived;
        ledger.apply(items, waived, [](const Item& i) { return i.rule; }, [](const Item& i) { return i.target; });
        QCOMPARE(items.size(), std::size_t(2)); // DL3006 on legacy/Dockerfile (expired) and DL3009
        QCOMPARE(items[0].rule, std::string("DL3006"));
        QCOMPARE(items[1].rule, std::string("DL3009"));
        QCOMPARE(waived.size(), std::size_t(3));
        QCOMPARE(waived[0].waiver.reason, std::string("pinned by the base image"));
        QCOMPARE(waived[0].waiver.expires, std::string("2027-03-31"));
        // The expired waiver does not hold, but a later waiver of the same rule may.
        QCOMPARE(waived[2].finding.target, std::string("legacy/old.Dockerfile"));
        QCOMPARE(waived[2].waiver.reason, std::string("still frozen"));

        const std::vector<std::string> warnings = ledger.warnings();
        QCOMPARE(warnings.size(), std::size_t(2));
        QVERIFY(warnings[0].find("waiver of DL3006 on 'legacy/*' (a.yaml:6) expired on 2026-12-01") == 0);
        QVERIFY(warnings[0].find("1 finding(s) are reported again") != std::string::npos);
        QCOMPARE(warnings[1], std::string("waiver of DW1001 (a.yaml:12) matches no finding"));

        // The last day still holds.
        WaiverLedger lastDay({{"DL3008", "", "r", "2026-12-02", ""}}, "2026-12-02");
        QVERIFY(lastDay.match("DL3008", "Dockerfile").has_value());
        QVERIFY(lastDay.warnings().empty());
    }

    void subjectNames()
    {
        const std::string id = "sha256:0123456789abcdef0123456789abcdef";
        QCOMPARE(shortId(id), std::string("0123456789ab"));
        QCOMPARE(shortId("0123456789abcdef"), std::string("0123456789ab"));
        QCOMPARE(shortId("abc"), std::string("abc"));
        QCOMPARE(containerDisplayName("/web", id), std::string("web"));
        QCOMPARE(containerDisplayName("web", id), std::string("web"));
        QCOMPARE(containerDisplayName("", id), std::string("0123456789ab"));
        QCOMPARE(containerDisplayName("/", id), std::string("0123456789ab"));
        QCOMPARE(imageDisplayName({"app:1.0", "app:latest"}, {"app@sha256:aa"}, id), std::string("app:1.0"));
        QCOMPARE(imageDisplayName({"<none>:<none>"}, {"app@sha256:aa"}, id), std::string("app@sha256:aa"));
        QCOMPARE(imageDisplayName({}, {"<none>@<none>"}, id), std::string("0123456789ab"));
        QCOMPARE(imageDisplayName({}, {}, id), std::string("0123456789ab"));
    }
};

QTEST_APPLESS_MAIN(TestFindings)
#include "tst_findings.moc"
