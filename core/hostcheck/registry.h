// All host checks, and running them over one container, the daemon or one image.
//
// The lists are hand-written in registry.cpp (one make_<ID>() per file of hostcheck/checks/), ordered by id.
// Findings come out in check order, then in the order each check found them.
#pragma once

#include "hostcheck/check.h"

#include <memory>
#include <vector>

namespace dw::hostcheck {

const std::vector<std::unique_ptr<ContainerCheck>>& containerChecks();
const std::vector<std::unique_ptr<DaemonCheck>>& daemonChecks();
const std::vector<std::unique_ptr<InventoryImageCheck>>& imageChecks();

/// The CheckInfo of every check (containers, daemon, images), for documentation and meta-tests.
std::vector<const CheckInfo*> allCheckInfos();

std::vector<HostFinding> checkContainer(const engine::ContainerDetails& container, const HostContext& host);
std::vector<HostFinding> checkDaemon(const engine::DaemonInfo& daemon, const engine::VersionInfo& version,
                                     const HostContext& host);
std::vector<HostFinding> checkImage(const engine::ImageDetails& image, const ImageContext& images);

/// Sets the host facts that /info tells: whether AppArmor is active ("name=apparmor" in SecurityOptions).
void applyDaemonFacts(HostContext& host, const engine::DaemonInfo& daemon);
/// Sets the host facts that GET /images/json tells: each image's creation time (for DWH528).
void applyImageFacts(HostContext& host, const std::vector<engine::ImageSummary>& images);

} // namespace dw::hostcheck
