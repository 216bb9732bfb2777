#include "hostcheck/registry.h"

#include <algorithm>
#include <string_view>

namespace dw::hostcheck {
namespace checks {
std::unique_ptr<ContainerCheck> make_DWH502();
std::unique_ptr<ContainerCheck> make_DWH503();
std::unique_ptr<ContainerCheck> make_DWH504();
std::unique_ptr<ContainerCheck> make_DWH505();
std::unique_ptr<ContainerCheck> make_DWH506();
std::unique_ptr<ContainerCheck> make_DWH507();
std::unique_ptr<ContainerCheck> make_DWH508();
std::unique_ptr<ContainerCheck> make_DWH509();
std::unique_ptr<ContainerCheck> make_DWH510();
std::unique_ptr<ContainerCheck> make_DWH511();
std::unique_ptr<ContainerCheck> make_DWH512();
std::unique_ptr<ContainerCheck> make_DWH513();
std::unique_ptr<ContainerCheck> make_DWH514();
std::unique_ptr<ContainerCheck> make_DWH515();
std::unique_ptr<ContainerCheck> make_DWH516();
std::unique_ptr<ContainerCheck> make_DWH517();
std::unique_ptr<ContainerCheck> make_DWH518();
std::unique_ptr<ContainerCheck> make_DWH519();
std::unique_ptr<ContainerCheck> make_DWH520();
std::unique_ptr<ContainerCheck> make_DWH521();
std::unique_ptr<ContainerCheck> make_DWH522();
std::unique_ptr<ContainerCheck> make_DWH525();
std::unique_ptr<ContainerCheck> make_DWH526();
std::unique_ptr<ContainerCheck> make_DWH527();
std::unique_ptr<ContainerCheck> make_DWH528();
std::unique_ptr<ContainerCheck> make_DWH529();
std::unique_ptr<ContainerCheck> make_DWH530();
std::unique_ptr<ContainerCheck> make_DWH531();
std::unique_ptr<ContainerCheck> make_DWH532();
std::unique_ptr<ContainerCheck> make_DWH540();
std::unique_ptr<ContainerCheck> make_DWH541();
std::unique_ptr<ContainerCheck> make_DWH542();
std::unique_ptr<DaemonCheck> make_DWH202();
std::unique_ptr<DaemonCheck> make_DWH203();
std::unique_ptr<DaemonCheck> make_DWH205();
std::unique_ptr<DaemonCheck> make_DWH206();
std::unique_ptr<DaemonCheck> make_DWH207();
std::unique_ptr<DaemonCheck> make_DWH209();
std::unique_ptr<DaemonCheck> make_DWH212();
std::unique_ptr<DaemonCheck> make_DWH213();
std::unique_ptr<DaemonCheck> make_DWH215();
std::unique_ptr<DaemonCheck> make_DWH217();
std::unique_ptr<DaemonCheck> make_DWH218();
std::unique_ptr<DaemonCheck> make_DWH230();
std::unique_ptr<DaemonCheck> make_DWH231();
std::unique_ptr<DaemonCheck> make_DWH232();
std::unique_ptr<DaemonCheck> make_DWH501();
std::unique_ptr<InventoryImageCheck> make_DWH401();
std::unique_ptr<InventoryImageCheck> make_DWH406();
std::unique_ptr<InventoryImageCheck> make_DWH410();
std::unique_ptr<InventoryImageCheck> make_DWH420();
std::unique_ptr<InventoryImageCheck> make_DWH421();
std::unique_ptr<InventoryImageCheck> make_DWH422();
std::unique_ptr<InventoryImageCheck> make_DWH423();
std::unique_ptr<InventoryImageCheck> make_DWH424();
std::unique_ptr<InventoryImageCheck> make_DWH425();
} // namespace checks

const std::vector<std::unique_ptr<ContainerCheck>>& containerChecks()
{
    static const std::vector<std::unique_ptr<ContainerCheck>> list = [] {
        std::vector<std::unique_ptr<ContainerCheck>> made;
        made.push_back(checks::make_DWH502());
        made.push_back(checks::make_DWH503());
        made.push_back(checks::make_DWH504());
        made.push_back(checks::make_DWH505());
        made.push_back(checks::make_DWH506());
        made.push_back(checks::make_DWH507());
        made.push_back(checks::make_DWH508());
        made.push_back(checks::make_DWH509());
        made.push_back(checks::make_DWH510());
        made.push_back(checks::make_DWH511());
        made.push_back(checks::make_DWH512());
        made.push_back(checks::make_DWH513());
        made.push_back(checks::make_DWH514());
        made.push_back(checks::make_DWH515());
        made.push_back(checks::make_DWH516());
        made.push_back(checks::make_DWH517());
        made.push_back(checks::make_DWH518());
        made.push_back(checks::make_DWH519());
        made.push_back(checks::make_DWH520());
        made.push_back(checks::make_DWH521());
        made.push_back(checks::make_DWH522());
        made.push_back(checks::make_DWH525());
        made.push_back(checks::make_DWH526());
        made.push_back(checks::make_DWH527());
        made.push_back(checks::make_DWH528());
        made.push_back(checks::make_DWH529());
        made.push_back(checks::make_DWH530());
        made.push_back(checks::make_DWH531());
        made.push_back(checks::make_DWH532());
        made.push_back(checks::make_DWH540());
        made.push_back(checks::make_DWH541());
        made.push_back(checks::make_DWH542());
        return made;
    }();
    return list;
}

const std::vector<std::unique_ptr<DaemonCheck>>& daemonChecks()
{
    static const std::vector<std::unique_ptr<DaemonCheck>> list = [] {
        std::vector<std::unique_ptr<DaemonCheck>> made;
        made.push_back(checks::make_DWH202());
        made.push_back(checks::make_DWH203());
        made.push_back(checks::make_DWH205());
        made.push_back(checks::make_DWH206());
        made.push_back(checks::make_DWH207());
        made.push_back(checks::make_DWH209());
        made.push_back(checks::make_DWH212());
        made.push_back(checks::make_DWH213());
        made.push_back(checks::make_DWH215());
        made.push_back(checks::make_DWH217());
        made.push_back(checks::make_DWH218());
        made.push_back(checks::make_DWH230());
        made.push_back(checks::make_DWH231());
        made.push_back(checks::make_DWH232());
        made.push_back(checks::make_DWH501());
        return made;
    }();
    return list;
}

const std::vector<std::unique_ptr<InventoryImageCheck>>& imageChecks()
{
    static const std::vector<std::unique_ptr<InventoryImageCheck>> list = [] {
        std::vector<std::unique_ptr<InventoryImageCheck>> made;
        made.push_back(checks::make_DWH401());
        made.push_back(checks::make_DWH406());
        made.push_back(checks::make_DWH410());
        made.push_back(checks::make_DWH420());
        made.push_back(checks::make_DWH421());
        made.push_back(checks::make_DWH422());
        made.push_back(checks::make_DWH423());
        made.push_back(checks::make_DWH424());
        made.push_back(checks::make_DWH425());
        return made;
    }();
    return list;
}

std::vector<const CheckInfo*> allCheckInfos()
{
    std::vector<const CheckInfo*> infos;
    for (const auto& check : containerChecks())
        infos.push_back(&check->info());
    for (const auto& check : daemonChecks())
        infos.push_back(&check->info());
    for (const auto& check : imageChecks())
        infos.push_back(&check->info());
    return infos;
}

std::vector<HostFinding> checkContainer(const engine::ContainerDetails& container, const HostContext& host)
{
    std::vector<HostFinding> findings;
    for (const auto& check : containerChecks())
        check->check(container, host, findings);
    return findings;
}

std::vector<HostFinding> checkDaemon(const engine::DaemonInfo& daemon, const engine::VersionInfo& version,
                                     const HostContext& host)
{
    std::vector<HostFinding> findings;
    for (const auto& check : daemonChecks())
        check->check(daemon, version, host, findings);
    return findings;
}

std::vector<HostFinding> checkImage(const engine::ImageDetails& image, const ImageContext& images)
{
    std::vector<HostFinding> findings;
    for (const auto& check : imageChecks())
        check->check(image, images, findings);
    return findings;
}

void applyImageFacts(HostContext& host, const std::vector<engine::ImageSummary>& images)
{
    for (const engine::ImageSummary& image : images)
        host.imageCreatedById[image.id] = image.created;
}

void applyDaemonFacts(HostContext& host, const engine::DaemonInfo& daemon)
{
    host.hostHasAppArmor = std::any_of(daemon.securityOptions.begin(), daemon.securityOptions.end(),
                                       [](std::string_view option) { return option.starts_with("name=apparmor"); });
}

} // namespace dw::hostcheck
