#include "scan/host_scan.h"

#include "findings/subject_names.h"
#include "hostcheck/registry.h"
#include "scan/convert.h"
#include "scan/scan_config.h"

#include <ctime>

namespace dw::scan {
namespace {

using findings::ObjectKind;

void addChecked(std::vector<findings::Finding>& out, std::vector<findings::SubjectFinding> found, ObjectKind kind,
                const std::string& id, const std::string& name)
{
    for (findings::SubjectFinding& finding : found) out.push_back(fromSubjectFinding(std::move(finding), kind, id, name));
}

ScanReport emptyReport(const std::string& target, const HostScanOptions& options)
{
    ScanReport report;
    report.kind = Engine::Host;
    report.target = target;
    report.unixTime = options.nowUnixSeconds ? options.nowUnixSeconds : static_cast<std::int64_t>(std::time(nullptr));
    report.toolVersion = options.toolVersion;
    return report;
}

} // namespace

hostcheck::HostContext hostContextFor(const engine::HostInventory& inventory,
                                      const std::optional<std::string>& contentTrustEnv, std::int64_t nowUnixSeconds)
{
    hostcheck::HostContext host;
    host.endpointUrl = inventory.endpoint.url;
    host.plainTcpWithoutTls = inventory.endpoint.transport == engine::Transport::Tcp && !inventory.endpoint.tls;
    host.contentTrustEnv = contentTrustEnv;
    for (const auto& network : inventory.networks)
        if (network.name == "bridge") host.defaultBridge = network;
    for (const auto& c : inventory.containers)
        if (c.processes) host.processesByContainerId[c.details.id] = *c.processes;
    host.nowUnixSeconds = nowUnixSeconds ? nowUnixSeconds : static_cast<std::int64_t>(std::time(nullptr));
    hostcheck::applyDaemonFacts(host, inventory.info);
    hostcheck::applyImageFacts(host, inventory.imageSummaries);
    return host;
}

ScanReport scanHostInventory(std::shared_ptr<const engine::HostInventory> inventory, const HostScanOptions& options)
{
    ScanReport report = emptyReport(inventory->endpoint.url, options);
    const hostcheck::HostContext host = hostContextFor(*inventory, options.contentTrustEnv, report.unixTime);
    std::vector<findings::Finding>& all = report.findings;
    addChecked(all, hostcheck::checkDaemon(inventory->info, inventory->version, host), ObjectKind::Daemon,
               inventory->info.id, inventory->info.name);
    for (const auto& c : inventory->containers)
        addChecked(all, hostcheck::checkContainer(c.details, host), ObjectKind::Container, c.details.id,
                   findings::containerDisplayName(c.details.name, c.details.id));
    const hostcheck::ImageContext images{inventory->imageSummaries, inventory->containerSummaries, host.nowUnixSeconds};
    for (const auto& image : inventory->images)
        addChecked(all, hostcheck::checkImage(image, images), ObjectKind::Image, image.id,
                   findings::imageDisplayName(image.repoTags, image.repoDigests, image.id));
    applyConfigAndWaivers(report, options.config, [](const findings::Finding& f) -> const std::string& {
        return std::get<findings::HostObjectLocation>(f.location).name;
    });
    report.risk = riskScoreOf(Engine::Host, report.findings);
    report.inventory = std::move(inventory);
    return report;
}

ScanReport scanContainer(const engine::ContainerDetails& container, const engine::HostInventory& inventory,
                         const HostScanOptions& options)
{
    const std::string name = findings::containerDisplayName(container.name, container.id);
    ScanReport report = emptyReport(name, options);
    const hostcheck::HostContext host = hostContextFor(inventory, options.contentTrustEnv, report.unixTime);
    addChecked(report.findings, hostcheck::checkContainer(container, host), ObjectKind::Container, container.id, name);
    applyConfigAndWaivers(report, options.config, [](const findings::Finding& f) -> const std::string& {
        return std::get<findings::HostObjectLocation>(f.location).name;
    });
    report.risk = riskScoreOf(Engine::Host, report.findings);
    return report;
}

ScanReport scanHost(engine::Client& client, const HostScanOptions& options, const ScanControl& control)
{
    engine::InventoryOptions inventoryOptions = options.inventory;
    if (control.progress)
        inventoryOptions.progress = [&control](const std::string& stage, std::size_t done, std::size_t total) {
            control.report(stage, done, total);
        };
    auto collected = engine::collectInventory(client, inventoryOptions);
    if (!collected || control.cancelled()) {
        ScanReport report = emptyReport(client.endpoint().url, options);
        report.cancelled = control.cancelled();
        report.error = report.cancelled ? "cancelled" : collected.error().message;
        return report;
    }
    return scanHostInventory(std::make_shared<const engine::HostInventory>(std::move(collected.value())), options);
}

} // namespace dw::scan
