// Decoders of /containers/json and /containers/{id}/json, and of the Config block images share.
#include "engine/api_decode.h"
#include "engine/api_decode_parts.h"

namespace dw::engine {
namespace decode {
namespace {

/// {"22/tcp": [{"HostIp": "0.0.0.0", "HostPort": "22"}], "80/tcp": null} flattened into one list.
void decodePortMap(const JsonNode& node, std::vector<PortBinding>& out)
{
    node.forEachMember([&out](const std::string& containerPort, const JsonNode& bindings) {
        if (bindings.isNull()) { // exposed, not published
            out.push_back(PortBinding{containerPort, {}, {}});
            return;
        }
        bindings.forEachElement([&](const JsonNode& binding) {
            PortBinding port{containerPort, {}, {}};
            binding["HostIp"].read(port.hostIp);
            binding["HostPort"].read(port.hostPort);
            out.push_back(std::move(port));
        });
    });
}

void decodeHealthcheck(const JsonNode& node, std::optional<Healthcheck>& out)
{
    if (node.isNull() || !node.expectObject()) return;
    Healthcheck check;
    node["Test"].read(check.test);
    node["Interval"].read(check.intervalNs);
    node["Timeout"].read(check.timeoutNs);
    node["StartPeriod"].read(check.startPeriodNs);
    node["Retries"].read(check.retries);
    out = std::move(check);
}

void decodeState(const JsonNode& node, ContainerState& out)
{
    node["Status"].read(out.status);
    node["Running"].read(out.running);
    node["Paused"].read(out.paused);
    node["Restarting"].read(out.restarting);
    node["OOMKilled"].read(out.oomKilled);
    node["Dead"].read(out.dead);
    node["Pid"].read(out.pid);
    node["ExitCode"].read(out.exitCode);
    node["Error"].read(out.error);
    node["StartedAt"].read(out.startedAt);
    node["FinishedAt"].read(out.finishedAt);
    node["Health"]["Status"].read(out.healthStatus);
}

void decodeMountSpec(const JsonNode& node, MountSpec& out)
{
    node["Type"].read(out.type);
    node["Source"].read(out.source);
    node["Target"].read(out.target);
    node["ReadOnly"].read(out.readOnly);
    node["BindOptions"]["Propagation"].read(out.propagation);
}

void decodeHostConfig(const JsonNode& node, HostConfig& out)
{
    node["Privileged"].read(out.privileged);
    node["CapAdd"].read(out.capAdd);
    node["CapDrop"].read(out.capDrop);
    node["SecurityOpt"].read(out.securityOpt);
    node["Binds"].read(out.binds);
    node["Tmpfs"].read(out.tmpfs);
    node["Mounts"].readList(out.mounts, decodeMountSpec);
    decodePortMap(node["PortBindings"], out.portBindings);
    node["PublishAllPorts"].read(out.publishAllPorts);
    node["NetworkMode"].read(out.networkMode);
    node["PidMode"].read(out.pidMode);
    node["IpcMode"].read(out.ipcMode);
    node["UTSMode"].read(out.utsMode);
    node["UsernsMode"].read(out.usernsMode);
    node["CgroupnsMode"].read(out.cgroupnsMode);
    node["CgroupParent"].read(out.cgroupParent);
    node["ReadonlyRootfs"].read(out.readonlyRootfs);
    node["Memory"].read(out.memory);
    node["MemorySwap"].read(out.memorySwap);
    node["MemoryReservation"].read(out.memoryReservation);
    node["NanoCpus"].read(out.nanoCpus);
    node["CpuQuota"].read(out.cpuQuota);
    node["CpuPeriod"].read(out.cpuPeriod);
    node["CpuShares"].read(out.cpuShares);
    node["CpusetCpus"].read(out.cpusetCpus);
    node["PidsLimit"].read(out.pidsLimit);
    node["RestartPolicy"]["Name"].read(out.restartPolicy.name);
    node["RestartPolicy"]["MaximumRetryCount"].read(out.restartPolicy.maximumRetryCount);
    node["Devices"].readList(out.devices, [](const JsonNode& device, DeviceMapping& mapping) {
        device["PathOnHost"].read(mapping.pathOnHost);
        device["PathInContainer"].read(mapping.pathInContainer);
        device["CgroupPermissions"].read(mapping.cgroupPermissions);
    });
    node["DeviceCgroupRules"].read(out.deviceCgroupRules);
    node["Ulimits"].readList(out.ulimits, [](const JsonNode& ulimit, Ulimit& limit) {
        ulimit["Name"].read(limit.name);
        ulimit["Soft"].read(limit.soft);
        ulimit["Hard"].read(limit.hard);
    });
    node["LogConfig"]["Type"].read(out.logDriver);
    node["Runtime"].read(out.runtime);
    node["VolumesFrom"].read(out.volumesFrom);
    node["GroupAdd"].read(out.groupAdd);
    node["MaskedPaths"].read(out.maskedPaths);
    node["ReadonlyPaths"].read(out.readonlyPaths);
    node["OomKillDisable"].read(out.oomKillDisable);
    node["AutoRemove"].read(out.autoRemove);
}

void decodeNetworkSettings(const JsonNode& node, NetworkSettings& out)
{
    decodePortMap(node["Ports"], out.ports);
    node["IPAddress"].read(out.ipAddress);
    node["SandboxKey"].read(out.sandboxKey);
    node["Networks"].forEachMember([&out](const std::string& name, const JsonNode& network) {
        EndpointSettings endpoint;
        endpoint.networkName = name;
        network["NetworkID"].read(endpoint.networkId);
        network["EndpointID"].read(endpoint.endpointId);
        network["IPAddress"].read(endpoint.ipAddress);
        network["Gateway"].read(endpoint.gateway);
        network["MacAddress"].read(endpoint.macAddress);
        network["Aliases"].read(endpoint.aliases);
        out.networks.push_back(std::move(endpoint));
    });
}

void decodeContainerDetailsNode(const JsonNode& node, ContainerDetails& out)
{
    if (!node.expectObject()) return;
    node["Id"].read(out.id);
    node["Name"].read(out.name);
    node["Created"].read(out.created);
    node["Path"].read(out.path);
    node["Args"].read(out.args);
    decodeState(node["State"], out.state);
    node["Image"].read(out.image);
    node["Driver"].read(out.driver);
    node["Platform"].read(out.platform);
    node["AppArmorProfile"].read(out.appArmorProfile);
    node["ProcessLabel"].read(out.processLabel);
    node["MountLabel"].read(out.mountLabel);
    node["RestartCount"].read(out.restartCount);
    decodeHostConfig(node["HostConfig"], out.hostConfig);
    decodeContainerConfig(node["Config"], out.config);
    node["Mounts"].readList(out.mounts, decodeMountPoint);
    decodeNetworkSettings(node["NetworkSettings"], out.networkSettings);
    node["SizeRw"].read(out.sizeRw);
    node["SizeRootFs"].read(out.sizeRootFs);
}

} // namespace

void decodeContainerConfig(const JsonNode& node, ContainerConfig& out)
{
    node["Hostname"].read(out.hostname);
    node["User"].read(out.user);
    node["Env"].read(out.env);
    node["Cmd"].read(out.cmd);
    node["Entrypoint"].read(out.entrypoint);
    node["Image"].read(out.image);
    node["WorkingDir"].read(out.workingDir);
    node["ExposedPorts"].readKeys(out.exposedPorts);
    node["Volumes"].readKeys(out.volumes);
    decodeHealthcheck(node["Healthcheck"], out.healthcheck);
    node["Labels"].read(out.labels);
    node["StopSignal"].read(out.stopSignal);
}

void decodeMountPoint(const JsonNode& node, MountPoint& out)
{
    node["Type"].read(out.type);
    node["Name"].read(out.name);
    node["Source"].read(out.source);
    node["Destination"].read(out.destination);
    node["Driver"].read(out.driver);
    node["Mode"].read(out.mode);
    node["RW"].read(out.rw);
    node["Propagation"].read(out.propagation);
}

void decodeContainerSummary(const JsonNode& node, ContainerSummary& out)
{
    if (!node.expectObject()) return;
    node["Id"].read(out.id);
    node["Names"].read(out.names);
    node["Image"].read(out.image);
    node["ImageID"].read(out.imageId);
    node["Command"].read(out.command);
    node["Created"].read(out.created);
    node["State"].read(out.state);
    node["Status"].read(out.status);
    node["Ports"].readList(out.ports, [](const JsonNode& port, PortBinding& binding) {
        int64_t privatePort = 0;
        int64_t publicPort = 0;
        std::string type;
        port["PrivatePort"].read(privatePort);
        port["PublicPort"].read(publicPort);
        port["Type"].read(type);
        port["IP"].read(binding.hostIp);
        binding.containerPort = std::to_string(privatePort) + '/' + type;
        if (publicPort != 0) binding.hostPort = std::to_string(publicPort);
    });
    node["Labels"].read(out.labels);
    node["HostConfig"]["NetworkMode"].read(out.networkMode);
    node["NetworkSettings"]["Networks"].readKeys(out.networks);
    node["Mounts"].readList(out.mounts, decodeMountPoint);
    node["SizeRw"].read(out.sizeRw);
    node["SizeRootFs"].read(out.sizeRootFs);
    if (JsonNode descriptor = node["ImageManifestDescriptor"]; !descriptor.isNull()) {
        OciDescriptor value;
        decodeOciDescriptor(descriptor, value);
        out.imageManifestDescriptor = std::move(value);
    }
}

} // namespace decode

std::optional<std::vector<ContainerSummary>> decodeContainerList(std::string_view body, DecodeError& error)
{
    return decode::decodeListDocument<ContainerSummary>(body, "/containers/json", error,
                                                        decode::decodeContainerSummary);
}

std::optional<ContainerDetails> decodeContainerDetails(std::string_view body, DecodeError& error)
{
    return decode::decodeDocument<ContainerDetails>(body, "/containers/{id}/json", error,
                                                    decode::decodeContainerDetailsNode);
}

} // namespace dw::engine
