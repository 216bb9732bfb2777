// Typed Docker Engine API data: plain value structs for the responses Dockwarden reads.
//
// Field names follow the Engine API's JSON names (lowerCamelCase here). Every struct is filled by the
// decoders in engine/api_decode.h and nowhere else. Conventions, the same for every struct:
//  - a field the daemon did not send, or sent as null, keeps its default (empty string, empty list, 0, false);
//  - std::optional marks fields where "absent/null" and "zero" mean different things to a check
//    (PidsLimit null = unlimited, 0 also unlimited on old daemons, -1 unlimited on new ones);
//  - sizes are bytes, times are kept as the daemon sent them (RFC 3339 strings or Unix seconds, as noted);
//  - fields only newer API versions send are marked "API >= x.yy" and stay empty on older daemons.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dw::engine {

using Labels = std::map<std::string, std::string>;

// ---- daemon ----------------------------------------------------------------------------------------------

/// GET /version
struct VersionComponent {
    std::string name; ///< "Engine", "containerd", "runc", "docker-init"
    std::string version;
};

struct VersionInfo {
    std::string version;       ///< "20.10.24+dfsg1"
    std::string apiVersion;    ///< "1.41"
    std::string minApiVersion; ///< "1.12"
    std::string gitCommit;
    std::string goVersion;
    std::string os;
    std::string arch;
    std::string kernelVersion;
    std::string buildTime;
    std::string platformName;
    bool experimental = false; ///< "Experimental": bool in the top level, "true"/"false" in component details
    std::vector<VersionComponent> components;
};

/// One insecure-registry / mirror configuration entry of RegistryConfig.IndexConfigs.
struct RegistryIndexConfig {
    std::string name;
    std::vector<std::string> mirrors;
    bool secure = true;
    bool official = false;
};

/// GET /info (only what the daemon checks and the inventory use; unknown fields are ignored).
struct DaemonInfo {
    std::string id;
    std::string name; ///< host name of the daemon
    std::string serverVersion;
    std::string operatingSystem;
    std::string osType;
    std::string architecture;
    std::string kernelVersion;
    std::string driver; ///< storage driver
    std::string loggingDriver;
    std::string cgroupDriver;
    std::string cgroupVersion;
    std::string dockerRootDir;
    std::string defaultRuntime;
    std::string initBinary;
    std::string isolation;
    std::string httpProxy;
    std::string httpsProxy;
    std::string noProxy;
    int64_t containers = 0;
    int64_t containersRunning = 0;
    int64_t containersPaused = 0;
    int64_t containersStopped = 0;
    int64_t images = 0;
    int64_t ncpu = 0;
    int64_t memTotal = 0;
    bool liveRestoreEnabled = false;
    bool experimentalBuild = false;
    bool debug = false;
    bool ipv4Forwarding = false;
    bool memoryLimit = false;
    bool swapLimit = false;
    bool pidsLimit = false;
    /// "name=seccomp,profile=default", "name=apparmor", "name=userns", "name=rootless", ...
    std::vector<std::string> securityOptions;
    std::vector<std::string> insecureRegistryCidrs;        ///< RegistryConfig.InsecureRegistryCIDRs
    std::vector<RegistryIndexConfig> registryIndexConfigs; ///< RegistryConfig.IndexConfigs, by name order
    std::vector<std::string> registryMirrors;              ///< RegistryConfig.Mirrors
    std::vector<std::string> labels;
    std::vector<std::string> warnings;
    std::vector<std::string> runtimes;         ///< names of Runtimes
    std::string swarmState;                    ///< Swarm.LocalNodeState: "inactive", "active", ...
    std::vector<std::string> cdiSpecDirs;      ///< API >= 1.44
    std::string containerdAddress;             ///< Containerd.Address, API >= 1.46
    std::string containerdContainersNamespace; ///< Containerd.Namespaces.Containers, API >= 1.46
    /// Plugins.Authorization: names of the authorization plugins; null/absent = none configured.
    std::vector<std::string> authorizationPlugins;
};

// ---- containers ------------------------------------------------------------------------------------------

/// One entry of /containers/json Ports, or one HostConfig.PortBindings / NetworkSettings.Ports binding.
struct PortBinding {
    std::string containerPort; ///< "22/tcp" (the map key); for summaries built from PrivatePort + Type
    std::string hostIp;        ///< "0.0.0.0", "::", "127.0.0.1", or empty (= all addresses)
    std::string hostPort;      ///< "22"; empty = an ephemeral port
};

/// A mount as the daemon reports it (/containers/json Mounts and /containers/{id}/json Mounts).
struct MountPoint {
    std::string type;        ///< "bind", "volume", "tmpfs", "npipe", "cluster", "image" (API >= 1.48)
    std::string name;        ///< volume name
    std::string source;      ///< host path for binds
    std::string destination; ///< path inside the container
    std::string driver;
    std::string mode; ///< "ro", "rslave", "z", ... as given on the command line
    bool rw = true;
    std::string propagation; ///< "rprivate", "rslave", "rshared", "shared", "slave", "private"
};

struct ContainerState {
    std::string status; ///< "created", "running", "paused", "restarting", "removing", "exited", "dead"
    bool running = false;
    bool paused = false;
    bool restarting = false;
    bool oomKilled = false;
    bool dead = false;
    int64_t pid = 0;
    int64_t exitCode = 0;
    std::string error;
    std::string startedAt;    ///< RFC 3339
    std::string finishedAt;   ///< RFC 3339
    std::string healthStatus; ///< Health.Status: "starting", "healthy", "unhealthy"; empty without a healthcheck
};

struct Healthcheck {
    std::vector<std::string> test; ///< ["CMD", ...], ["CMD-SHELL", "..."], ["NONE"]; empty = inherit
    int64_t intervalNs = 0;
    int64_t timeoutNs = 0;
    int64_t startPeriodNs = 0;
    int64_t retries = 0;
};

/// The part of a container's or image's Config that checks read.
struct ContainerConfig {
    std::string hostname;
    std::string user;             ///< "" = root unless the image sets one
    std::vector<std::string> env; ///< "NAME=value"; may hold secrets, redact before showing
    std::vector<std::string> cmd;
    std::vector<std::string> entrypoint;
    std::string image;
    std::string workingDir;
    std::vector<std::string> exposedPorts;  ///< keys of ExposedPorts, "8080/tcp", sorted
    std::vector<std::string> volumes;       ///< keys of Volumes
    std::optional<Healthcheck> healthcheck; ///< absent when neither image nor container defines one
    Labels labels;
    std::string stopSignal;
};

struct RestartPolicy {
    std::string name; ///< "", "no", "always", "unless-stopped", "on-failure"
    int64_t maximumRetryCount = 0;
};

struct DeviceMapping {
    std::string pathOnHost;
    std::string pathInContainer;
    std::string cgroupPermissions;
};

/// HostConfig.Mounts entries (the --mount form; -v binds are in `binds`).
struct MountSpec {
    std::string type;
    std::string source;
    std::string target;
    bool readOnly = false;
    std::string propagation; ///< BindOptions.Propagation
};

struct Ulimit {
    std::string name;
    int64_t soft = 0;
    int64_t hard = 0;
};

struct HostConfig {
    bool privileged = false;
    std::vector<std::string> capAdd;
    std::vector<std::string> capDrop;
    std::vector<std::string> securityOpt;     ///< "no-new-privileges", "seccomp=unconfined", "apparmor=..."
    std::vector<std::string> binds;           ///< "/:/host:rslave"
    std::map<std::string, std::string> tmpfs; ///< "/tmp" -> mount options
    std::vector<MountSpec> mounts;
    std::vector<PortBinding> portBindings; ///< flattened, sorted by container port
    bool publishAllPorts = false;
    std::string networkMode; ///< "default", "bridge", "host", "none", "container:<id>", a name
    std::string pidMode;     ///< "", "host", "container:<id>"
    std::string ipcMode;     ///< "private", "shareable", "host", ...
    std::string utsMode;
    std::string usernsMode;
    std::string cgroupnsMode;
    std::string cgroupParent; ///< "" = the daemon's default parent
    bool readonlyRootfs = false;
    int64_t memory = 0; ///< bytes, 0 = unlimited
    int64_t memorySwap = 0;
    int64_t memoryReservation = 0;
    int64_t nanoCpus = 0;
    int64_t cpuQuota = 0;
    int64_t cpuPeriod = 0;
    int64_t cpuShares = 0; ///< 0 = default (1024)
    std::string cpusetCpus;
    std::optional<int64_t> pidsLimit; ///< null/absent = unlimited; 0 and -1 also mean unlimited
    RestartPolicy restartPolicy;
    std::vector<DeviceMapping> devices;
    std::vector<std::string> deviceCgroupRules;
    std::vector<Ulimit> ulimits;
    std::string logDriver; ///< LogConfig.Type
    std::string runtime;
    std::vector<std::string> volumesFrom;
    std::vector<std::string> groupAdd;
    std::vector<std::string> maskedPaths;
    std::vector<std::string> readonlyPaths;
    bool oomKillDisable = false;
    bool autoRemove = false;
};

/// One entry of NetworkSettings.Networks.
struct EndpointSettings {
    std::string networkName; ///< the map key
    std::string networkId;
    std::string endpointId;
    std::string ipAddress;
    std::string gateway;
    std::string macAddress;
    std::vector<std::string> aliases;
};

struct NetworkSettings {
    std::vector<PortBinding> ports;         ///< published ports (running containers), flattened
    std::vector<EndpointSettings> networks; ///< sorted by network name
    std::string ipAddress;
    std::string sandboxKey;
};

/// GET /containers/{id}/json
struct ContainerDetails {
    std::string id;
    std::string name;    ///< "/dw-risky" as the daemon sends it
    std::string created; ///< RFC 3339
    std::string path;
    std::vector<std::string> args;
    ContainerState state;
    std::string image; ///< image id "sha256:..."
    std::string driver;
    std::string platform;
    std::string appArmorProfile; ///< "", "docker-default", "unconfined", ...
    std::string processLabel;    ///< SELinux
    std::string mountLabel;
    int64_t restartCount = 0;
    HostConfig hostConfig;
    ContainerConfig config;
    std::vector<MountPoint> mounts;
    NetworkSettings networkSettings;
    std::optional<int64_t> sizeRw;     ///< only with ?size=1
    std::optional<int64_t> sizeRootFs; ///< only with ?size=1
};

/// An OCI content descriptor (API >= 1.46 for images, >= 1.48 for containers).
struct OciDescriptor {
    std::string mediaType;
    std::string digest;
    int64_t size = 0;
};

/// One entry of GET /containers/json?all=1
struct ContainerSummary {
    std::string id;
    std::vector<std::string> names; ///< "/dw-risky"
    std::string image;              ///< as the user named it, "dw-fixture:1.0"
    std::string imageId;
    std::string command;
    int64_t created = 0;            ///< Unix seconds
    std::string state;              ///< "running", "created", ...
    std::string status;             ///< "Up 4 seconds (health: starting)"
    std::vector<PortBinding> ports; ///< containerPort is "<PrivatePort>/<Type>"
    Labels labels;
    std::string networkMode;           ///< HostConfig.NetworkMode
    std::vector<std::string> networks; ///< names of NetworkSettings.Networks, sorted
    std::vector<MountPoint> mounts;
    std::optional<int64_t> sizeRw;
    std::optional<int64_t> sizeRootFs;
    std::optional<OciDescriptor> imageManifestDescriptor; ///< API >= 1.48
};

// ---- images ----------------------------------------------------------------------------------------------

/// One entry of ImageSummary.Manifests (API >= 1.47).
struct ImageManifestSummary {
    std::string id;
    OciDescriptor descriptor;
    bool available = false;
    int64_t sizeTotal = 0;
    int64_t sizeContent = 0;
    std::string kind;                 ///< "image", "attestation", "unknown"
    std::string platformOs;           ///< ImageData.Platform.os
    std::string platformArchitecture; ///< ImageData.Platform.architecture
    std::string attestationFor;       ///< AttestationData.For
};

/// One entry of GET /images/json
struct ImageSummary {
    std::string id;
    std::string parentId;
    std::vector<std::string> repoTags; ///< empty for dangling images (old daemons send ["<none>:<none>"])
    std::vector<std::string> repoDigests;
    int64_t created = 0; ///< Unix seconds
    int64_t size = 0;
    int64_t sharedSize = -1; ///< -1 = not computed
    int64_t containers = -1; ///< -1 = not computed
    Labels labels;
    std::optional<OciDescriptor> descriptor;     ///< API >= 1.47
    std::vector<ImageManifestSummary> manifests; ///< API >= 1.47
};

/// GET /images/{id}/json
struct ImageDetails {
    std::string id;
    std::vector<std::string> repoTags;
    std::vector<std::string> repoDigests;
    std::string parent;
    std::string comment;
    std::string created; ///< RFC 3339
    std::string dockerVersion;
    std::string author;
    std::string architecture;
    std::string variant;
    std::string os;
    int64_t size = 0;
    ContainerConfig config;
    std::string rootFsType;                  ///< RootFS.Type, "layers"
    std::vector<std::string> layers;         ///< RootFS.Layers, "sha256:..."
    std::string lastTagTime;                 ///< Metadata.LastTagTime
    std::optional<OciDescriptor> descriptor; ///< API >= 1.48
};

/// GET /containers/{id}/top: the processes of a running container.
struct ContainerProcesses {
    std::vector<std::string> titles;            ///< "UID", "PID", ..., "CMD"
    std::vector<std::vector<std::string>> rows; ///< one row per process, same order as titles
};

/// One entry of GET /images/{id}/history
struct ImageHistoryEntry {
    std::string id;        ///< "<missing>" for layers built elsewhere
    int64_t created = 0;   ///< Unix seconds
    std::string createdBy; ///< the instruction, "/bin/sh -c #(nop)  CMD [\"/bin/sh\"]"
    std::vector<std::string> tags;
    int64_t size = 0;
    std::string comment;
};

// ---- networks, volumes, disk usage, events -----------------------------------------------------------------

struct IpamConfig {
    std::string subnet;
    std::string gateway;
    std::string ipRange;
};

/// One entry of GET /networks
struct NetworkInfo {
    std::string name;
    std::string id;
    std::string created;
    std::string scope;  ///< "local", "swarm", "global"
    std::string driver; ///< "bridge", "host", "null", "overlay", ...
    bool enableIPv6 = false;
    bool internal = false;
    bool attachable = false;
    bool ingress = false;
    std::string ipamDriver;
    std::vector<IpamConfig> ipamConfig;
    std::map<std::string, std::string> options; ///< e.g. "com.docker.network.bridge.enable_icc": "true"
    Labels labels;
    std::vector<std::string> containerIds; ///< keys of Containers (filled by /networks/{id} only)
};

/// One entry of GET /volumes .Volumes
struct VolumeInfo {
    std::string name;
    std::string driver;
    std::string mountpoint;
    std::string createdAt;
    std::string scope;
    Labels labels;
    std::map<std::string, std::string> options;
    std::optional<int64_t> usageSize;     ///< UsageData.Size (from /system/df), -1 = not computed
    std::optional<int64_t> usageRefCount; ///< UsageData.RefCount
};

/// GET /volumes
struct VolumeList {
    std::vector<VolumeInfo> volumes;
    std::vector<std::string> warnings;
};

struct BuildCacheEntry {
    std::string id;
    std::string type;
    bool inUse = false;
    bool shared = false;
    int64_t size = 0;
    int64_t usageCount = 0;
};

/// GET /system/df
struct SystemDf {
    int64_t layersSize = 0;
    std::vector<ImageSummary> images;
    std::vector<ContainerSummary> containers;
    std::vector<VolumeInfo> volumes;
    std::vector<BuildCacheEntry> buildCache;
};

/// One message of the GET /events stream (one JSON object per line).
struct Event {
    std::string type;   ///< "container", "image", "network", "volume", "daemon", ...
    std::string action; ///< "create", "start", "die", "destroy", "health_status: healthy", ...
    std::string actorId;
    std::map<std::string, std::string> actorAttributes; ///< "name", "image", ...
    std::string scope;
    int64_t time = 0;     ///< Unix seconds
    int64_t timeNano = 0; ///< Unix nanoseconds
};

} // namespace dw::engine
