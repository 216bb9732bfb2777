// The host checks: CIS Docker Benchmark v1.6.0 section 5 (containers), section 2 (daemon) and an image
// inventory, as pure functions over the typed Engine API structs of engine/api_types.h.
//
// A check never talks to the daemon. Whatever it needs beyond the inspected object comes in a context value
// (HostContext, ImageContext) that the caller fills from other responses or from the environment; a fact the
// caller does not know stays std::nullopt / empty, and the checks that need it then stay silent rather than
// guess.
//
// Numbering: ids and refs follow CIS Docker Benchmark v1.6.0 as docker-bench-security implements it
// (/work/shared/corpus/checks/image_and_runtime_checks.json): DWH5nn is CIS 5.nn (5.14 = ports on all addresses,
// 5.15 = restart policy on-failure:5, 5.29 = PIDs limit, 5.32 = docker.sock), DWH2nn is CIS 2.nn, DWH4nn with
// nn <= 11 is CIS 4.nn. Checks without a CIS number of their own use the free numbers above: DWH540-542
// (container runs as root, secrets in Env, no capability dropped), DWH230-232 (rootless, content trust, engine
// version), DWH420-425 (image inventory). DWH501 (CIS 5.1, swarm mode) is a daemon check despite its number. Container
// fixes name the `docker run` flag and the Compose key; daemon fixes name the dockerd flag and the daemon.json key.
#pragma once

#include "engine/api_types.h"
#include "hostcheck/host_finding.h"
#include "findings/check_info.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::hostcheck {

using findings::CheckInfo;

/// The processes of one container, as GET /containers/{id}/top returns them.
using ContainerProcesses = engine::ContainerProcesses;

/// Facts about the host and the connection that container and daemon checks may use.
struct HostContext {
    std::string endpointUrl;                    ///< "unix:///var/run/docker.sock", "tcp://10.0.0.5:2375"
    bool plainTcpWithoutTls = false;            ///< we reached the API over tcp:// without TLS
    std::optional<std::string> contentTrustEnv; ///< DOCKER_CONTENT_TRUST of our environment; nullopt = unset
    std::optional<bool> hostHasAppArmor;        ///< from /info SecurityOptions ("name=apparmor"); nullopt = unknown
    std::optional<engine::NetworkInfo> defaultBridge; ///< the "bridge" network from /networks, when listed
    std::map<std::string, ContainerProcesses> processesByContainerId; ///< /containers/{id}/top, when fetched
    std::map<std::string, int64_t> imageCreatedById; ///< image id -> Created (Unix seconds), from /images/json
    int64_t nowUnixSeconds = 0;                      ///< "now", for ages; 0 = unknown
};

/// Everything the image checks compare one image with.
struct ImageContext {
    std::vector<engine::ImageSummary> images;         ///< GET /images/json?all=0
    std::vector<engine::ContainerSummary> containers; ///< GET /containers/json?all=1
    int64_t nowUnixSeconds = 0;                       ///< "now", for ages; 0 = unknown (age check stays silent)
};

class ContainerCheck {
  public:
    virtual ~ContainerCheck() = default;
    virtual const CheckInfo& info() const = 0;
    virtual void check(const engine::ContainerDetails& container, const HostContext& host,
                       std::vector<HostFinding>& out) const = 0;
};

class DaemonCheck {
  public:
    virtual ~DaemonCheck() = default;
    virtual const CheckInfo& info() const = 0;
    virtual void check(const engine::DaemonInfo& daemon, const engine::VersionInfo& version, const HostContext& host,
                       std::vector<HostFinding>& out) const = 0;
};

class InventoryImageCheck {
  public:
    virtual ~InventoryImageCheck() = default;
    virtual const CheckInfo& info() const = 0;
    virtual void check(const engine::ImageDetails& image, const ImageContext& images,
                       std::vector<HostFinding>& out) const = 0;
};

} // namespace dw::hostcheck
