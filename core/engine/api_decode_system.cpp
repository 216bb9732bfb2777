// Decoders of the daemon-wide responses: /version, /info, /system/df and /events messages.
#include "engine/api_decode.h"
#include "engine/api_decode_parts.h"

namespace dw::engine {
namespace decode {
namespace {

void decodeVersionNode(const JsonNode& node, VersionInfo& out)
{
    if (!node.expectObject()) return;
    node["Version"].read(out.version);
    node["ApiVersion"].read(out.apiVersion);
    node["MinAPIVersion"].read(out.minApiVersion);
    node["GitCommit"].read(out.gitCommit);
    node["GoVersion"].read(out.goVersion);
    node["Os"].read(out.os);
    node["Arch"].read(out.arch);
    node["KernelVersion"].read(out.kernelVersion);
    node["BuildTime"].read(out.buildTime);
    node["Platform"]["Name"].read(out.platformName);
    node["Experimental"].readBoolOrString(out.experimental);
    node["Components"].readList(out.components, [&out](const JsonNode& component, VersionComponent& value) {
        component["Name"].read(value.name);
        component["Version"].read(value.version);
        if (value.name == "Engine") // 20.10 puts Experimental only here, as a string
            component["Details"]["Experimental"].readBoolOrString(out.experimental);
    });
}

void decodeRegistryConfig(const JsonNode& node, DaemonInfo& out)
{
    node["InsecureRegistryCIDRs"].read(out.insecureRegistryCidrs);
    node["Mirrors"].read(out.registryMirrors);
    node["IndexConfigs"].forEachMember([&out](const std::string&, const JsonNode& index) {
        RegistryIndexConfig config;
        index["Name"].read(config.name);
        index["Mirrors"].read(config.mirrors);
        index["Secure"].read(config.secure);
        index["Official"].read(config.official);
        out.registryIndexConfigs.push_back(std::move(config));
    });
}

void decodeDaemonInfoNode(const JsonNode& node, DaemonInfo& out)
{
    if (!node.expectObject()) return;
    node["ID"].read(out.id);
    node["Name"].read(out.name);
    node["ServerVersion"].read(out.serverVersion);
    node["OperatingSystem"].read(out.operatingSystem);
    node["OSType"].read(out.osType);
    node["Architecture"].read(out.architecture);
    node["KernelVersion"].read(out.kernelVersion);
    node["Driver"].read(out.driver);
    node["LoggingDriver"].read(out.loggingDriver);
    node["CgroupDriver"].read(out.cgroupDriver);
    node["CgroupVersion"].read(out.cgroupVersion);
    node["DockerRootDir"].read(out.dockerRootDir);
    node["DefaultRuntime"].read(out.defaultRuntime);
    node["InitBinary"].read(out.initBinary);
    node["Isolation"].read(out.isolation);
    node["HttpProxy"].read(out.httpProxy);
    node["HttpsProxy"].read(out.httpsProxy);
    node["NoProxy"].read(out.noProxy);
    node["Containers"].read(out.containers);
    node["ContainersRunning"].read(out.containersRunning);
    node["ContainersPaused"].read(out.containersPaused);
    node["ContainersStopped"].read(out.containersStopped);
    node["Images"].read(out.images);
    node["NCPU"].read(out.ncpu);
    node["MemTotal"].read(out.memTotal);
    node["LiveRestoreEnabled"].read(out.liveRestoreEnabled);
    node["ExperimentalBuild"].read(out.experimentalBuild);
    node["Debug"].read(out.debug);
    node["IPv4Forwarding"].read(out.ipv4Forwarding);
    node["MemoryLimit"].read(out.memoryLimit);
    node["SwapLimit"].read(out.swapLimit);
    node["PidsLimit"].read(out.pidsLimit);
    node["SecurityOptions"].read(out.securityOptions);
    decodeRegistryConfig(node["RegistryConfig"], out);
    node["Labels"].read(out.labels);
    node["Warnings"].read(out.warnings);
    node["Runtimes"].readKeys(out.runtimes);
    node["Swarm"]["LocalNodeState"].read(out.swarmState);
    node["Plugins"]["Authorization"].read(out.authorizationPlugins);
    node["CDISpecDirs"].read(out.cdiSpecDirs);
    node["Containerd"]["Address"].read(out.containerdAddress);
    node["Containerd"]["Namespaces"]["Containers"].read(out.containerdContainersNamespace);
}

void decodeSystemDfNode(const JsonNode& node, SystemDf& out)
{
    if (!node.expectObject()) return;
    node["LayersSize"].read(out.layersSize);
    node["Images"].readList(out.images, decodeImageSummary);
    node["Containers"].readList(out.containers, decodeContainerSummary);
    node["Volumes"].readList(out.volumes, decodeVolume);
    node["BuildCache"].readList(out.buildCache, [](const JsonNode& entry, BuildCacheEntry& value) {
        entry["ID"].read(value.id);
        entry["Type"].read(value.type);
        entry["InUse"].read(value.inUse);
        entry["Shared"].read(value.shared);
        entry["Size"].read(value.size);
        entry["UsageCount"].read(value.usageCount);
    });
}

void decodeEventNode(const JsonNode& node, Event& out)
{
    if (!node.expectObject()) return;
    node["Type"].read(out.type);
    node["Action"].read(out.action);
    node["Actor"]["ID"].read(out.actorId);
    node["Actor"]["Attributes"].read(out.actorAttributes);
    node["scope"].read(out.scope);
    node["time"].read(out.time);
    node["timeNano"].read(out.timeNano);
    if (out.actorId.empty()) // API < 1.22 sent only "id" and "status"
        node["id"].read(out.actorId);
    if (out.action.empty()) node["status"].read(out.action);
}

} // namespace
} // namespace decode

std::optional<VersionInfo> decodeVersion(std::string_view body, DecodeError& error)
{
    return decode::decodeDocument<VersionInfo>(body, "/version", error, decode::decodeVersionNode);
}

std::optional<DaemonInfo> decodeDaemonInfo(std::string_view body, DecodeError& error)
{
    return decode::decodeDocument<DaemonInfo>(body, "/info", error, decode::decodeDaemonInfoNode);
}

std::optional<SystemDf> decodeSystemDf(std::string_view body, DecodeError& error)
{
    return decode::decodeDocument<SystemDf>(body, "/system/df", error, decode::decodeSystemDfNode);
}

std::optional<Event> decodeEvent(std::string_view line, DecodeError& error)
{
    return decode::decodeDocument<Event>(line, "/events", error, decode::decodeEventNode);
}

} // namespace dw::engine
