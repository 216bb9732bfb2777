// Decoders of /networks, /networks/{id}, /volumes and /containers/{id}/top.
#include "engine/api_decode.h"
#include "engine/api_decode_parts.h"

namespace dw::engine {
namespace decode {
namespace {

void decodeNetwork(const JsonNode& node, NetworkInfo& out)
{
    if (!node.expectObject()) return;
    node["Name"].read(out.name);
    node["Id"].read(out.id);
    node["Created"].read(out.created);
    node["Scope"].read(out.scope);
    node["Driver"].read(out.driver);
    node["EnableIPv6"].read(out.enableIPv6);
    node["Internal"].read(out.internal);
    node["Attachable"].read(out.attachable);
    node["Ingress"].read(out.ingress);
    node["IPAM"]["Driver"].read(out.ipamDriver);
    node["IPAM"]["Config"].readList(out.ipamConfig, [](const JsonNode& config, IpamConfig& value) {
        config["Subnet"].read(value.subnet);
        config["Gateway"].read(value.gateway);
        config["IPRange"].read(value.ipRange);
    });
    node["Options"].read(out.options);
    node["Labels"].read(out.labels);
    node["Containers"].readKeys(out.containerIds);
}

void decodeVolumeListNode(const JsonNode& node, VolumeList& out)
{
    if (!node.expectObject()) return;
    node["Volumes"].readList(out.volumes, decodeVolume);
    node["Warnings"].read(out.warnings);
}

} // namespace

void decodeVolume(const JsonNode& node, VolumeInfo& out)
{
    if (!node.expectObject()) return;
    node["Name"].read(out.name);
    node["Driver"].read(out.driver);
    node["Mountpoint"].read(out.mountpoint);
    node["CreatedAt"].read(out.createdAt);
    node["Scope"].read(out.scope);
    node["Labels"].read(out.labels);
    node["Options"].read(out.options);
    node["UsageData"]["Size"].read(out.usageSize);
    node["UsageData"]["RefCount"].read(out.usageRefCount);
}

} // namespace decode

std::optional<std::vector<NetworkInfo>> decodeNetworkList(std::string_view body, DecodeError& error)
{
    return decode::decodeDocument<std::vector<NetworkInfo>>(
        body, "/networks", error, [](const decode::JsonNode& root, std::vector<NetworkInfo>& out) {
            if (root.expectArray()) root.readList(out, decode::decodeNetwork);
        });
}

std::optional<NetworkInfo> decodeNetworkDetails(std::string_view body, DecodeError& error)
{
    return decode::decodeDocument<NetworkInfo>(body, "/networks/{id}", error, decode::decodeNetwork);
}

std::optional<ContainerProcesses> decodeContainerTop(std::string_view body, DecodeError& error)
{
    return decode::decodeDocument<ContainerProcesses>(
        body, "/containers/{id}/top", error, [](const decode::JsonNode& root, ContainerProcesses& out) {
            if (!root.expectObject()) return;
            root["Titles"].read(out.titles);
            root["Processes"].readList(out.rows, [](const decode::JsonNode& row, std::vector<std::string>& cells) {
                row.read(cells);
            });
        });
}

std::optional<VolumeList> decodeVolumeList(std::string_view body, DecodeError& error)
{
    return decode::decodeDocument<VolumeList>(body, "/volumes", error, decode::decodeVolumeListNode);
}

} // namespace dw::engine
