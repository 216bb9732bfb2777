#include "host_report.h"

#include "cli_common.h"
#include "report_options.h"

#include "findings/subject_names.h"
#include "findings/waivers.h"
#include "history/recording.h"
#include "hostcheck/registry.h"
#include "lint/formats/report.h"
#include "util/secrets.h"
#include "hostcheck/risk_score.h"

#include <nlohmann/json.hpp>

#include <ctime>
#include <iostream>
#include <unordered_set>

namespace dw::cli {
namespace {

using nlohmann::json;

struct Subject {
    std::string kind; ///< "daemon", "container", "image"
    std::string id;
    std::string name;
    std::vector<hostcheck::HostFinding> findings;
    std::vector<findings::Waived<hostcheck::HostFinding>> waived{}; ///< held back by a waiver on this subject
};

std::string containerName(const engine::ContainerDetails& c) { return findings::containerDisplayName(c.name, c.id); }

std::string imageName(const engine::ImageDetails& image)
{
    return findings::imageDisplayName(image.repoTags, image.repoDigests, image.id);
}

} // namespace

hostcheck::HostContext hostContextFor(const engine::HostInventory& inventory)
{
    hostcheck::HostContext host;
    host.endpointUrl = inventory.endpoint.url;
    host.plainTcpWithoutTls = inventory.endpoint.transport == engine::Transport::Tcp && !inventory.endpoint.tls;
    if (const char* trust = std::getenv("DOCKER_CONTENT_TRUST")) host.contentTrustEnv = trust;
    for (const auto& network : inventory.networks)
        if (network.name == "bridge") host.defaultBridge = network;
    for (const auto& c : inventory.containers)
        if (c.processes) host.processesByContainerId[c.details.id] = *c.processes;
    host.nowUnixSeconds = static_cast<int64_t>(std::time(nullptr));
    hostcheck::applyDaemonFacts(host, inventory.info);
    hostcheck::applyImageFacts(host, inventory.imageSummaries);
    return host;
}

namespace {

std::vector<Subject> runChecks(const engine::HostInventory& inventory, const lint::Config& config,
                               std::vector<std::string>& warnings)
{
    const hostcheck::HostContext host = hostContextFor(inventory);
    std::vector<Subject> subjects;
    subjects.push_back({"daemon", inventory.info.id, inventory.info.name, hostcheck::checkDaemon(inventory.info, inventory.version, host)});
    for (const auto& c : inventory.containers)
        subjects.push_back({"container", c.details.id, containerName(c.details), hostcheck::checkContainer(c.details, host)});
    hostcheck::ImageContext images{inventory.imageSummaries, inventory.containerSummaries, host.nowUnixSeconds};
    for (const auto& image : inventory.images)
        subjects.push_back({"image", image.id, imageName(image), hostcheck::checkImage(image, images)});
    findings::WaiverLedger waivers(config.waivers, findings::todayUtc());
    for (auto& subject : subjects) {
        applyConfig(config, subject.findings);
        waivers.apply(
            subject.findings, subject.waived, [](const hostcheck::HostFinding& f) { return f.rule; },
            [&subject](const hostcheck::HostFinding&) { return subject.name; });
    }
    warnings = config.warnings;
    for (std::string& warning : waivers.warnings()) warnings.push_back(std::move(warning));
    return subjects;
}

json findingJson(const hostcheck::HostFinding& f, findings::Language language)
{
    return {{"rule", f.rule}, {"severity", findings::severityName(f.severity)}, {"refs", f.refs},
            {"message", f.message.in(language)}, {"evidence", f.evidence}, {"fix", f.remedy.in(language)}};
}

json waivedJson(const std::vector<Subject>& subjects, findings::Language language)
{
    json list = json::array();
    for (const auto& subject : subjects)
        for (const auto& held : subject.waived) {
            json item = findingJson(held.finding, language);
            item["subject"] = {{"kind", subject.kind}, {"id", subject.id}, {"name", subject.name}};
            item["waiver"] = {{"reason", held.waiver.reason}, {"expires", held.waiver.expires}};
            list.push_back(std::move(item));
        }
    return list;
}

json findingsJson(const Subject& subject, findings::Language language)
{
    json list = json::array();
    for (const auto& f : subject.findings) list.push_back(findingJson(f, language));
    return list;
}

json reportJson(const engine::HostInventory& inventory, const std::vector<Subject>& subjects, const HostArgs& args)
{
    json out;
    out["endpoint"] = inventory.endpoint.url;
    out["daemon"] = {{"version", inventory.version.version}, {"apiVersion", inventory.apiVersion},
                     {"os", inventory.info.operatingSystem}, {"kernel", inventory.info.kernelVersion},
                     {"storageDriver", inventory.info.driver}, {"securityOptions", inventory.info.securityOptions},
                     {"findings", findingsJson(subjects[0], args.language)}};
    json containers = json::array();
    for (std::size_t i = 0; i < inventory.containers.size(); ++i) {
        const auto& c = inventory.containers[i].details;
        containers.push_back({{"id", c.id}, {"name", containerName(c)}, {"image", c.config.image}, {"state", c.state.status},
                              {"findings", findingsJson(subjects[1 + i], args.language)}});
    }
    if (inventory.containersNotInspected > 0) {
        std::unordered_set<std::string> inspected;
        for (const auto& c : inventory.containers)
            inspected.insert(c.details.id);
        for (const auto& c : inventory.containerSummaries) {
            if (inspected.contains(c.id)) continue;
            const std::string name = c.names.empty() ? std::string() : c.names.front();
            containers.push_back({{"id", c.id},
                                  {"name", !name.empty() && name[0] == '/' ? name.substr(1) : name},
                                  {"image", c.image},
                                  {"state", c.state},
                                  {"inspected", false},
                                  {"findings", json::array()}});
        }
    }
    out["containers"] = std::move(containers);
    json images = json::array();
    for (std::size_t i = 0; i < inventory.images.size(); ++i) {
        const auto& image = inventory.images[i];
        json history = json::array();
        if (i < inventory.imageHistories.size())
            for (const auto& entry : inventory.imageHistories[i])
                history.push_back({{"createdBy", secrets::redactAll(entry.createdBy)}, {"size", entry.size}, {"created", entry.created}});
        images.push_back({{"id", image.id}, {"tags", image.repoTags}, {"created", image.created}, {"size", image.size},
                          {"history", std::move(history)},
                          {"findings", findingsJson(subjects[1 + inventory.containers.size() + i], args.language)}});
    }
    if (inventory.imagesNotInspected > 0) {
        std::unordered_set<std::string> inspected;
        for (const auto& image : inventory.images)
            inspected.insert(image.id);
        for (const auto& image : inventory.imageSummaries)
            if (!inspected.contains(image.id))
                images.push_back({{"id", image.id},
                                  {"tags", image.repoTags},
                                  {"created", image.created},
                                  {"size", image.size},
                                  {"inspected", false},
                                  {"findings", json::array()}});
    }
    out["images"] = std::move(images);
    json networks = json::array();
    for (const auto& n : inventory.networks) networks.push_back({{"id", n.id}, {"name", n.name}, {"driver", n.driver}, {"scope", n.scope}});
    out["networks"] = std::move(networks);
    json volumes = json::array();
    for (const auto& v : inventory.volumes.volumes) volumes.push_back({{"name", v.name}, {"driver", v.driver}, {"mountpoint", v.mountpoint}});
    out["volumes"] = std::move(volumes);
    if (inventory.diskUsage) out["diskUsage"] = {{"layersSize", inventory.diskUsage->layersSize}};
    out["problems"] = inventory.problems;
    return out;
}

json riskJson(const hostcheck::RiskScore& risk)
{
    json byCategory = json::object();
    for (const auto& [category, count] : risk.findingsByCategory) {
        const char* name = category == hostcheck::CheckCategory::Container ? "container"
                           : category == hostcheck::CheckCategory::Daemon  ? "daemon"
                           : category == hostcheck::CheckCategory::Image   ? "image"
                                                                           : "other";
        byCategory[name] = count;
    }
    return {{"riskScore", risk.score}, {"penalty", risk.penalty},
            {"bySeverity", {{"error", risk.errors}, {"warning", risk.warnings}, {"info", risk.infos}, {"style", risk.styles}}},
            {"byCategory", byCategory}};
}

json sarifJson(const std::vector<Subject>& subjects, const HostArgs& args)
{
    json rules = json::array();
    json results = json::array();
    std::map<std::string, int> ruleIndex;
    for (const auto& subject : subjects) {
        std::vector<std::pair<const hostcheck::HostFinding*, const findings::WaiverNote*>> shown;
        for (const auto& f : subject.findings) shown.emplace_back(&f, nullptr);
        for (const auto& held : subject.waived) shown.emplace_back(&held.finding, &held.waiver);
        for (const auto& [finding, waiver] : shown) {
            const hostcheck::HostFinding& f = *finding;
            if (!ruleIndex.count(f.rule)) {
                ruleIndex[f.rule] = static_cast<int>(rules.size());
                rules.push_back({{"id", f.rule}, {"shortDescription", {{"text", f.message.en}}},
                                 {"help", {{"text", f.remedy.en}}}, {"properties", {{"tags", f.refs}}}});
            }
            results.push_back({{"ruleId", f.rule}, {"ruleIndex", ruleIndex[f.rule]}, {"level", lint::sarifLevel(f.severity)},
                               {"message", {{"text", f.message.in(args.language) + (f.evidence.empty() ? "" : " (" + f.evidence + ")")}}},
                               {"locations", json::array({{{"logicalLocations", json::array({{{"name", subject.name}, {"kind", subject.kind}, {"fullyQualifiedName", subject.kind + ":" + subject.id}}})}}})}});
            if (waiver)
                results.back()["suppressions"] = json::array(
                    {{{"kind", "external"}, {"status", "accepted"}, {"justification", waiver->reason}}});
        }
    }
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"},
            {"runs", json::array({{{"tool", {{"driver", {{"name", "dockwarden"}, {"version", DOCKWARDEN_VERSION}, {"rules", rules}}}}},
                                   {"results", results}}})}};
}

void printText(const engine::HostInventory& inventory, const std::vector<Subject>& subjects, const hostcheck::RiskScore& risk, const HostArgs& args)
{
    std::cout << inventory.endpoint.url << ": Docker " << inventory.version.version << " (API " << inventory.apiVersion
              << "), " << inventory.containerSummaries.size() << " containers, " << inventory.imageSummaries.size()
              << " images, " << inventory.networks.size() << " networks, " << inventory.volumes.volumes.size()
              << " volumes\n";
    if (inventory.containersNotInspected + inventory.imagesNotInspected > 0)
        std::cout << "only " << inventory.containers.size() << " containers and " << inventory.images.size()
                  << " images were inspected and checked (--max-inspect)\n";
    for (const auto& subject : subjects) {
        if (subject.findings.empty()) continue;
        std::cout << "\n" << subject.kind << " " << subject.name << "\n";
        for (const auto& f : subject.findings) {
            std::cout << "  " << findings::severityName(f.severity) << " " << f.rule << " " << f.message.in(args.language);
            if (!f.evidence.empty()) std::cout << " [" << f.evidence << "]";
            std::cout << "\n";
        }
    }
    std::size_t waived = 0;
    for (const auto& subject : subjects) waived += subject.waived.size();
    if (waived > 0) std::cout << "\n" << waived << " finding(s) waived\n";
    std::cout << "\nrisk score " << risk.score << "/100 (" << risk.errors << " errors, " << risk.warnings << " warnings, "
              << risk.infos << " info)\n";
}

} // namespace

int printHostReport(const engine::HostInventory& inventory, const HostArgs& args)
{
    std::vector<std::string> warnings;
    const std::vector<Subject> subjects = runChecks(inventory, args.config, warnings);
    for (const std::string& warning : warnings) std::cerr << "dockwarden-cli: warning: " << warning << "\n";
    std::vector<hostcheck::HostFinding> all;
    for (const auto& s : subjects) all.insert(all.end(), s.findings.begin(), s.findings.end());
    const hostcheck::RiskScore risk = hostcheck::computeRiskScore(all);

    if (args.format == "json") {
        json report = reportJson(inventory, subjects, args);
        report["summary"] = riskJson(risk);
        report["summary"]["containers"] = inventory.containerSummaries.size();
        report["summary"]["images"] = inventory.imageSummaries.size();
        report["summary"]["notInspected"] = {{"containers", inventory.containersNotInspected},
                                             {"images", inventory.imagesNotInspected}};
        report["waived"] = waivedJson(subjects, args.language);
        report["warnings"] = warnings;
        std::cout << report.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    } else if (args.format == "sarif") {
        std::cout << sarifJson(subjects, args).dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    } else {
        printText(inventory, subjects, risk, args);
    }
    if (args.record) {
        std::vector<history::LocatedFinding> located;
        for (const auto& subject : subjects)
            for (const auto& f : subject.findings) located.push_back({&f, subject.kind + " " + subject.name});
        if (!recordScan(args.dbPath, history::subjectScanRecord("host", inventory.endpoint.url, located, risk,
                                                                args.language, DOCKWARDEN_VERSION)))
            return UsageOrIoError;
    }
    return exitCodeFor(args.config, all);
}

} // namespace dw::cli
