// The JSON document of a host scan: the daemon, every container and image with its findings, networks, volumes,
// the summary, the waived findings and the warnings.
#include "report/format_support.h"

#include "engine/inventory.h"
#include "findings/subject_names.h"
#include "util/secrets.h"

#include <map>
#include <unordered_set>

namespace dw::report::formats {
namespace {

using findings::ObjectKind;

/// The findings of each object, by kind and id.
using FindingsByObject = std::map<std::pair<ObjectKind, std::string>, Json>;

FindingsByObject groupFindings(const scan::ScanReport& report, findings::Language language)
{
    FindingsByObject grouped;
    for (const findings::Finding& finding : report.findings) {
        const auto& object = std::get<findings::HostObjectLocation>(finding.location);
        Json& list = grouped[{object.kind, object.id}];
        if (list.is_null()) list = Json::array();
        list.push_back(findingJson(finding, language));
    }
    return grouped;
}

Json takeFindings(FindingsByObject& grouped, ObjectKind kind, const std::string& id)
{
    auto it = grouped.find({kind, id});
    return it == grouped.end() ? Json::array() : std::move(it->second);
}

Json containersJson(const engine::HostInventory& inventory, FindingsByObject& grouped)
{
    Json containers = Json::array();
    for (const auto& container : inventory.containers) {
        const auto& c = container.details;
        containers.push_back({{"id", c.id},
                              {"name", findings::containerDisplayName(c.name, c.id)},
                              {"image", c.config.image},
                              {"state", c.state.status},
                              {"findings", takeFindings(grouped, ObjectKind::Container, c.id)}});
    }
    if (inventory.containersNotInspected == 0) return containers;
    std::unordered_set<std::string> inspected;
    for (const auto& c : inventory.containers) inspected.insert(c.details.id);
    for (const auto& c : inventory.containerSummaries) {
        if (inspected.contains(c.id)) continue;
        containers.push_back({{"id", c.id},
                              {"name", findings::containerDisplayName(c.names.empty() ? "" : c.names.front(), c.id)},
                              {"image", c.image},
                              {"state", c.state},
                              {"inspected", false},
                              {"findings", Json::array()}});
    }
    return containers;
}

Json imagesJson(const engine::HostInventory& inventory, FindingsByObject& grouped)
{
    Json images = Json::array();
    for (std::size_t i = 0; i < inventory.images.size(); ++i) {
        const auto& image = inventory.images[i];
        Json history = Json::array();
        if (i < inventory.imageHistories.size())
            for (const auto& entry : inventory.imageHistories[i])
                history.push_back({{"createdBy", secrets::redactAll(entry.createdBy)},
                                   {"size", entry.size},
                                   {"created", entry.created}});
        images.push_back({{"id", image.id},
                          {"tags", image.repoTags},
                          {"created", image.created},
                          {"size", image.size},
                          {"history", std::move(history)},
                          {"findings", takeFindings(grouped, ObjectKind::Image, image.id)}});
    }
    if (inventory.imagesNotInspected == 0) return images;
    std::unordered_set<std::string> inspected;
    for (const auto& image : inventory.images) inspected.insert(image.id);
    for (const auto& image : inventory.imageSummaries)
        if (!inspected.contains(image.id))
            images.push_back({{"id", image.id},
                              {"tags", image.repoTags},
                              {"created", image.created},
                              {"size", image.size},
                              {"inspected", false},
                              {"findings", Json::array()}});
    return images;
}

} // namespace

Json hostDocument(const scan::ScanReport& report, findings::Language language)
{
    Json out;
    out["target"] = report.target;
    if (!report.ok()) {
        out["error"] = report.error;
        return out;
    }
    const engine::HostInventory& inventory = *report.inventory;
    FindingsByObject grouped = groupFindings(report, language);
    out["endpoint"] = inventory.endpoint.url;
    out["daemon"] = {{"version", inventory.version.version},
                     {"apiVersion", inventory.apiVersion},
                     {"os", inventory.info.operatingSystem},
                     {"kernel", inventory.info.kernelVersion},
                     {"storageDriver", inventory.info.driver},
                     {"securityOptions", inventory.info.securityOptions},
                     {"findings", takeFindings(grouped, ObjectKind::Daemon, inventory.info.id)}};
    out["containers"] = containersJson(inventory, grouped);
    out["images"] = imagesJson(inventory, grouped);
    Json networks = Json::array();
    for (const auto& n : inventory.networks)
        networks.push_back({{"id", n.id}, {"name", n.name}, {"driver", n.driver}, {"scope", n.scope}});
    out["networks"] = std::move(networks);
    Json volumes = Json::array();
    for (const auto& v : inventory.volumes.volumes)
        volumes.push_back({{"name", v.name}, {"driver", v.driver}, {"mountpoint", v.mountpoint}});
    out["volumes"] = std::move(volumes);
    if (inventory.diskUsage) out["diskUsage"] = {{"layersSize", inventory.diskUsage->layersSize}};
    out["problems"] = inventory.problems;
    Json summary = summaryJson(report);
    summary["containers"] = inventory.containerSummaries.size();
    summary["images"] = inventory.imageSummaries.size();
    summary["notInspected"] = {{"containers", inventory.containersNotInspected},
                               {"images", inventory.imagesNotInspected}};
    out["summary"] = std::move(summary);
    out["waived"] = reportWaivedJson(report, language);
    out["warnings"] = report.warnings;
    return out;
}

std::string hostText(const scan::ScanReport& report, const FormatOptions& options)
{
    if (!report.ok()) return report.target + ": error: " + terminalSafe(report.error) + "\n";
    const engine::HostInventory& inventory = *report.inventory;
    std::string out = terminalSafe(inventory.endpoint.url) + ": Docker " + terminalSafe(inventory.version.version) +
                      " (API " + inventory.apiVersion + "), " + std::to_string(inventory.containerSummaries.size()) +
                      " containers, " + std::to_string(inventory.imageSummaries.size()) + " images, " +
                      std::to_string(inventory.networks.size()) + " networks, " +
                      std::to_string(inventory.volumes.volumes.size()) + " volumes\n";
    if (inventory.containersNotInspected + inventory.imagesNotInspected > 0)
        out += "only " + std::to_string(inventory.containers.size()) + " containers and " +
               std::to_string(inventory.images.size()) + " images were inspected and checked (--max-inspect)\n";
    std::string current;
    for (const findings::Finding& finding : report.findings) {
        const std::string where = findings::locationText(finding.location);
        if (where != current) {
            out += "\n" + terminalSafe(where) + "\n";
            current = where;
        }
        out += subjectFindingLine(finding, options.language);
    }
    if (!report.waived.empty()) out += "\n" + std::to_string(report.waived.size()) + " finding(s) waived\n";
    out += "\nrisk score " + std::to_string(report.risk.score) + "/100 (" + std::to_string(report.risk.errors) +
           " errors, " + std::to_string(report.risk.warnings) + " warnings, " + std::to_string(report.risk.infos) +
           " info)\n";
    return out;
}

} // namespace dw::report::formats
