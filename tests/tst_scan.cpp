// The scan pipeline (scan/) and the shared encoders (report/): the same findings through the pipeline and through
// the CLI, the core keys of every finding in every JSON document, SARIF for all three kinds, waivers, baselines,
// cancellation.
#include "engine/inventory.h"
#include "history/recording.h"
#include "image/image_analyzer.h"
#include "report/report.h"
#include "scan/dockerfile_scan.h"
#include "engine/inspect_secrets.h"
#include "scan/host_objects.h"
#include "scan/host_scan.h"
#include "scan/image_scan.h"
#include "support/cli_run.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

using namespace dw;
using dw::findings::titleOf;
using Json = nlohmann::ordered_json;

namespace {

const std::string kRisky = dw::test::kRisky.toStdString(); // the CLI suites' risky Dockerfile

scan::ScanReport scanText(const std::string& text, lint::Config config = {})
{
    scan::DockerfileScanRequest request;
    request.path = "Dockerfile";
    request.source = text;
    request.options.config = std::move(config);
    request.toolVersion = "test";
    return scan::scanDockerfile(std::move(request));
}

/// A host with one privileged container that runs as root, and one image.
std::shared_ptr<const engine::HostInventory> riskyHost()
{
    auto inventory = std::make_shared<engine::HostInventory>();
    inventory->endpoint.url = "unix:///run/test.sock";
    inventory->apiVersion = "1.43";
    inventory->version.version = "24.0.0";
    inventory->info.id = "DAEMON1";
    inventory->info.name = "testhost";
    engine::InventoryContainer container;
    container.details.id = std::string(64, 'c');
    container.details.name = "/web";
    container.details.state.status = "running";
    container.details.state.running = true;
    container.details.hostConfig.privileged = true;
    container.details.config.image = "app:1";
    inventory->containers.push_back(container);
    engine::ContainerSummary summary;
    summary.id = container.details.id;
    summary.names = {"/web"};
    inventory->containerSummaries.push_back(summary);
    return inventory;
}

/// An analysed image with a private key in layer 1 (the checks are run by the test through the image engine).
image::ImageReport imageWithKey()
{
    image::ImageReport report;
    report.subject = "app:1";
    report.image.id = "sha256:" + std::string(64, 'a');
    report.image.repoTags = {"app:1"};
    image::ImageFinding key;
    key.finding.rule = "DWI101";
    key.finding.severity = findings::Severity::Error;
    key.finding.subject = "app:1";
    key.finding.message = {"Image 'app:1' holds a private key", "镜像 'app:1' 含有私钥"};
    key.finding.evidence = "root/.ssh/id_rsa";
    key.layerIndex = 1;
    key.path = "root/.ssh/id_rsa";
    report.findings.push_back(key);
    image::ImageFinding tag = key;
    tag.finding.rule = "DWI206";
    tag.finding.severity = findings::Severity::Warning;
    tag.finding.message = {"Image 'app:1' uses latest", "镜像 'app:1' 使用 latest"};
    tag.finding.evidence.clear();
    tag.layerIndex.reset();
    tag.path.clear();
    report.findings.push_back(tag);
    return report;
}

QStringList keys(const Json& object)
{
    QStringList names;
    for (const auto& item : object.items()) names << QString::fromStdString(item.key());
    return names;
}

} // namespace

class TestScan : public QObject {
    Q_OBJECT

  private slots:
    void dockerfileScanIsAValue()
    {
        const scan::ScanReport report = scanText(kRisky);
        QVERIFY(report.ok());
        QCOMPARE(report.kind, findings::Engine::Dockerfile);
        QCOMPARE(report.target, std::string("Dockerfile"));
        QCOMPARE(report.toolVersion, std::string("test"));
        QVERIFY(report.unixTime > 0);
        QVERIFY(report.dockerfile);
        QVERIFY(!report.findings.empty());
        QVERIFY(report.risk.score < 100);
        int counted = report.risk.errors + report.risk.warnings + report.risk.infos + report.risk.styles;
        int shown = 0;
        for (const auto& f : report.findings) {
            if (f.sameAs.empty()) ++shown;
            QVERIFY(findings::fileLocationOf(f));
            QVERIFY2(!titleOf(f).en.empty() && !titleOf(f).zh.empty(), f.rule.c_str());
        }
        QCOMPARE(counted, shown);
    }

    void pipelineMatchesTheCli()
    {
        QTemporaryDir dir;
        const QString path = dw::test::write(dir, QStringLiteral("Dockerfile"), dw::test::kRisky);
        const dw::test::Run run = dw::test::cli({QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), path}, {}, dir.path());
        QCOMPARE(run.exitCode, 1); // the risky file has warnings: lint fails it
        const Json cli = Json::parse(run.out.toStdString());
        std::vector<std::string> fromCli;
        for (const auto& f : cli["files"][0]["findings"])
            fromCli.push_back(f["rule"].get<std::string>() + ":" + std::to_string(f["line"].get<int>()));
        std::vector<std::string> fromPipeline;
        for (const auto& f : scanText(kRisky).findings)
            fromPipeline.push_back(f.rule + ":" + std::to_string(findings::fileLocationOf(f)->span.line));
        QCOMPARE(fromPipeline, fromCli);
        QCOMPARE(cli["files"][0]["summary"]["riskScore"].get<int>(), scanText(kRisky).risk.score);
    }

    void configAndWaiversApplyInThePipeline()
    {
        lint::Config config;
        config.ignored.insert("DL3008");
        config.overrides["DL4000"] = findings::Severity::Error;
        config.waivers.push_back({"DL3014", "Dockerfile", "answered by the base image's apt config", "", "test.yaml:1"});
        config.waivers.push_back({"DL3006", "other/Dockerfile", "x", "", "test.yaml:4"});
        const scan::ScanReport report = scanText(kRisky, config);
        for (const auto& f : report.findings) {
            QVERIFY(f.rule != "DL3008");
            QVERIFY(f.rule != "DL3014");
            if (f.rule == "DL4000") QCOMPARE(f.severity, findings::Severity::Error);
        }
        QCOMPARE(report.waived.size(), std::size_t(1));
        QCOMPARE(report.waived[0].finding.rule, std::string("DL3014"));
        QCOMPARE(report.waived[0].waiver.reason, std::string("answered by the base image's apt config"));
        QCOMPARE(report.warnings.size(), std::size_t(1)); // the DL3006 waiver matched nothing
        QVERIFY(report.warnings[0].find("test.yaml:4") != std::string::npos);
    }

    void cancelledScanSaysSo()
    {
        std::atomic<bool> cancel{true};
        scan::DockerfileScanRequest request;
        request.path = "Dockerfile";
        request.source = kRisky;
        const scan::ScanReport report = scan::scanDockerfile(std::move(request), {&cancel, {}});
        QVERIFY(report.cancelled);
        QVERIFY(!report.ok());
        QVERIFY(report.findings.empty());
        // Progress reaches the caller through the same control for every kind.
        std::vector<std::string> stages;
        scan::DockerfileScanRequest again;
        again.path = "Dockerfile";
        again.source = kRisky;
        scan::scanDockerfile(std::move(again), {nullptr, [&stages](const scan::ScanProgress& p) { stages.push_back(p.stage); }});
        QVERIFY(stages.size() >= 2);
        QCOMPARE(stages.back(), std::string("done"));
    }

    void hostScanLocatesObjects()
    {
        scan::HostScanOptions options;
        options.toolVersion = "test";
        const scan::ScanReport report = scan::scanHostInventory(riskyHost(), options);
        QVERIFY(report.ok());
        QCOMPARE(report.kind, findings::Engine::Host);
        QCOMPARE(report.target, std::string("unix:///run/test.sock"));
        bool privileged = false;
        for (const auto& f : report.findings) {
            const auto* object = std::get_if<findings::HostObjectLocation>(&f.location);
            QVERIFY(object);
            QVERIFY2(!f.remedy.en.empty() && !f.remedy.zh.empty(), f.rule.c_str());
            if (f.rule == "DWH505") {
                privileged = true;
                QCOMPARE(object->kind, findings::ObjectKind::Container);
                QCOMPARE(object->name, std::string("web"));
                QCOMPARE(findings::locationText(f.location), std::string("container web"));
            }
        }
        QVERIFY(privileged);
        QVERIFY(report.risk.byCategory.count("container"));

        // A waiver on the container's name holds its finding back.
        options.config.waivers.push_back({"DWH505", "web", "lab machine", "", "t.yaml:1"});
        const scan::ScanReport waived = scan::scanHostInventory(riskyHost(), options);
        QCOMPARE(waived.waived.size(), std::size_t(1));
        QVERIFY(waived.risk.score > report.risk.score);
    }

    void findingsGroupByObject()
    {
        scan::HostScanOptions options;
        const scan::ScanReport report = scan::scanHostInventory(riskyHost(), options);
        const auto objects = scan::findingsByObject(report);
        std::size_t total = 0;
        int points = 0;
        for (const auto& [key, object] : objects) {
            total += object.indices.size();
            QVERIFY(object.riskPoints <= findings::kGroupCap);
            points += object.riskPoints;
            for (const std::size_t index : object.indices) {
                const auto& where = std::get<findings::HostObjectLocation>(report.findings[index].location);
                QCOMPARE(where.kind, key.first);
                QCOMPARE(where.id, key.second);
                QVERIFY(!findings::atLeast(report.findings[index].severity, object.worst) ||
                        report.findings[index].severity == object.worst || !report.findings[index].sameAs.empty());
            }
        }
        QCOMPARE(total, report.findings.size());
        // The objects' points are the score's groups: together they are the penalty.
        QCOMPARE(points, report.risk.penalty);
        const auto web = std::find_if(objects.begin(), objects.end(),
                                      [](const auto& entry) { return entry.first.first == findings::ObjectKind::Container; });
        QVERIFY(web != objects.end());
        QCOMPARE(web->second.worst, findings::Severity::Error);
        QCOMPARE(scan::riskLevelOf(0), scan::RiskLevel::None);
        QCOMPARE(scan::riskLevelOf(9), scan::RiskLevel::Low);
        QCOMPARE(scan::riskLevelOf(10), scan::RiskLevel::Medium);
        QCOMPARE(scan::riskLevelOf(40), scan::RiskLevel::High);
    }

    void inspectSecretsAreRedactedUntilRevealed()
    {
        // Built in code: moc's lexer trips over raw strings holding "//".
        nlohmann::json document;
        document["Config"]["Env"] = {"PATH=/usr/bin", "DB_PASSWORD=hunter2-very-secret",
                                     "GITHUB=ghp_abcdefghijklmnopqrstuvwxyz0123456789"};
        document["Config"]["Labels"] = {{"api_token", "s3cr3t-token-value"}, {"maintainer", "ops@example.com"}, {"a/b~c", "x"}};
        document["Args"] = {"--url", std::string("https:") + "//admin:pa55word@db.internal:5432/app"};
        document["Nested"] = nlohmann::json::array({nlohmann::json::array({"deep"})});
        const auto secrets = engine::findInspectSecrets(document);
        std::vector<std::string> pointers;
        for (const auto& secret : secrets) pointers.push_back(secret.pointer);
        QCOMPARE(pointers, (std::vector<std::string>{"/Args/1", "/Config/Env/1", "/Config/Env/2", "/Config/Labels/api_token"}));
        const std::string redacted = engine::redactedInspect(document, secrets).dump();
        for (const char* value : {"hunter2-very-secret", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "s3cr3t-token-value", "pa55word"})
            QVERIFY2(redacted.find(value) == std::string::npos, value);
        QVERIFY(redacted.find("DB_PASSWORD=") != std::string::npos); // the name stays readable
        QVERIFY(redacted.find("PATH=/usr/bin") != std::string::npos);
        QVERIFY(redacted.find("db.internal") != std::string::npos);
        // Revealing one value shows that one only.
        const std::string revealed = engine::redactedInspect(document, secrets, {"/Config/Env/1"}).dump();
        QVERIFY(revealed.find("hunter2-very-secret") != std::string::npos);
        QVERIFY(revealed.find("s3cr3t-token-value") == std::string::npos);

        // Hostile nesting and junk do not crash or overflow.
        std::string deep;
        for (int i = 0; i < 5000; ++i) deep += "[";
        deep += "\"ghp_abcdefghijklmnopqrstuvwxyz0123456789\"";
        for (int i = 0; i < 5000; ++i) deep += "]";
        const auto hostile = nlohmann::json::parse(deep, nullptr, false);
        if (!hostile.is_discarded()) QVERIFY(engine::findInspectSecrets(hostile).empty());
        QVERIFY(engine::findInspectSecrets(nlohmann::json(42)).empty());
    }

    void imageScanLocatesLayersAndPaths()
    {
        const scan::ScanReport report = scan::imageScanReport(imageWithKey(), {}, "test");
        QCOMPARE(report.kind, findings::Engine::Image);
        QCOMPARE(report.findings.size(), std::size_t(2));
        const auto& key = std::get<findings::ImageLocation>(report.findings[0].location);
        QCOMPARE(key.image, std::string("app:1"));
        QCOMPARE(*key.layer, std::size_t(1));
        QCOMPARE(key.path, std::string("root/.ssh/id_rsa"));
        QCOMPARE(findings::locationText(report.findings[0].location), std::string("image app:1 layer 1 /root/.ssh/id_rsa"));
        QVERIFY(!titleOf(report.findings[0]).en.empty()); // from the catalogue
        QVERIFY(report.image);
        QVERIFY(report.image->findings.empty()); // moved into the report, not kept twice
    }

    void everyJsonFindingHasTheCoreKeys()
    {
        const QStringList core{"rule", "severity", "refs", "title", "message"};
        const Json dockerfile = Json::parse(report::formatJson({scanText(kRisky)}, {}));
        for (const auto& f : dockerfile["files"][0]["findings"]) {
            for (const QString& key : core) QVERIFY(keys(f).contains(key));
            for (const char* key : {"line", "column", "endLine", "endColumn", "fixes"}) QVERIFY(keys(f).contains(QLatin1String(key)));
        }
        const Json host = Json::parse(report::formatJson({scan::scanHostInventory(riskyHost(), {})}, {}));
        QVERIFY(!host["containers"][0]["findings"].empty());
        for (const auto& f : host["containers"][0]["findings"]) {
            for (const QString& key : core) QVERIFY(keys(f).contains(key));
            QVERIFY(keys(f).contains(QStringLiteral("remedy")));
            QCOMPARE(f["subject"]["name"].get<std::string>(), std::string("web"));
        }
        QVERIFY(host.contains("summary") && host.contains("waived") && host.contains("warnings"));
        const Json image = Json::parse(report::formatJson({scan::imageScanReport(imageWithKey(), {}, "test")}, {}));
        for (const auto& f : image["findings"]) {
            for (const QString& key : core) QVERIFY(keys(f).contains(key));
            for (const char* key : {"image", "layer", "path", "remedy"}) QVERIFY(keys(f).contains(QLatin1String(key)));
        }
        QCOMPARE(image["findings"][0]["path"].get<std::string>(), std::string("/root/.ssh/id_rsa"));
        QVERIFY(image["findings"][1]["layer"].is_null());

        // Scans of several kinds in one document.
        const Json mixed = Json::parse(report::formatJson({scanText(kRisky), scan::scanHostInventory(riskyHost(), {})}, {}));
        QCOMPARE(mixed["scans"].size(), std::size_t(2));
    }

    void sarifForAllThreeKinds()
    {
        std::vector<scan::ScanReport> reports;
        reports.push_back(scanText(kRisky));
        reports.push_back(scan::scanHostInventory(riskyHost(), {}));
        reports.push_back(scan::imageScanReport(imageWithKey(), {}, "test"));
        const Json log = Json::parse(report::formatSarif(reports, {}));
        QCOMPARE(log["version"].get<std::string>(), std::string("2.1.0"));
        const Json& run = log["runs"][0];
        QCOMPARE(run["originalUriBaseIds"]["IMAGEROOT"]["uri"].get<std::string>(), std::string("file:///"));
        bool file = false, host = false, layer = false;
        for (const auto& result : run["results"]) {
            const std::size_t index = result["ruleIndex"].get<std::size_t>();
            QCOMPARE(run["tool"]["driver"]["rules"][index]["id"], result["ruleId"]);
            const Json& location = result["locations"][0];
            if (location.contains("physicalLocation") && location["physicalLocation"].contains("region")) file = true;
            if (result["ruleId"] == "DWH505") {
                QCOMPARE(location["logicalLocations"][0]["kind"].get<std::string>(), std::string("container"));
                host = true;
            }
            if (result["ruleId"] == "DWI101") {
                QCOMPARE(location["physicalLocation"]["artifactLocation"]["uriBaseId"].get<std::string>(), std::string("IMAGEROOT"));
                QCOMPARE(location["logicalLocations"][1]["kind"].get<std::string>(), std::string("layer"));
                layer = true;
            }
        }
        QVERIFY(file && host && layer);
        // Host and image rules carry the catalogue's remedy in their help text.
        for (const auto& rule : run["tool"]["driver"]["rules"])
            if (rule["id"] == "DWH505") QVERIFY(rule["help"]["text"].get<std::string>().find("--privileged") != std::string::npos);
    }

    void baselineMarksNewAndUnchanged()
    {
        const scan::ScanReport before = scanText("FROM debian\nRUN apt-get install curl\n");
        const history::ScanRecord old = history::scanRecord(before, "/p/Dockerfile", findings::Language::English);
        // A line added above and a new problem: the old findings are unchanged, the MAINTAINER one is new.
        scan::ScanReport after = scanText("# comment\nFROM debian\nRUN apt-get install curl\nMAINTAINER me\n");
        const history::ScanRecord current = history::scanRecord(after, "/p/Dockerfile", findings::Language::English);
        QVERIFY(history::markAgainstBaseline(after, current, old));
        bool sawNew = false;
        for (const auto& f : after.findings) {
            const int line = findings::fileLocationOf(f)->span.line;
            if (line == 4) {
                QCOMPARE(f.baseline, findings::BaselineState::New);
                sawNew = true;
            } else if (line == 3) {
                QCOMPARE(f.baseline, findings::BaselineState::Unchanged);
            }
        }
        QVERIFY(sawNew);
        QVERIFY(scan::reachesThreshold(after, findings::Severity::Info));
        const Json sarif = Json::parse(report::formatSarif({after}, {}));
        QVERIFY(sarif["runs"][0]["results"][0].contains("baselineState"));
        // Another target is not compared.
        scan::ScanReport other = scanText(kRisky);
        QVERIFY(!history::markAgainstBaseline(other, history::scanRecord(other, "/q/Dockerfile", findings::Language::English), old));
    }
};

QTEST_GUILESS_MAIN(TestScan)
#include "tst_scan.moc"
