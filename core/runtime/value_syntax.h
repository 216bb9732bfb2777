// The value syntaxes that Compose files and `docker run` share: sizes, CPU counts, published ports, volumes,
// devices, restart policies, ulimits.
#pragma once

#include "engine/api_types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dw::runtime {

/// "512m", "1g", "1024", 2.5 -> bytes; nullopt when it is not a size.
std::optional<std::int64_t> parseByteSize(std::string_view text);
/// "0.5" -> 500000000 nanocpus.
std::optional<std::int64_t> parseCpus(std::string_view text);
/// The short port syntax "[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]" (IPv6 hosts in brackets); nullopt
/// when malformed. Only publishing entries (a host side, or a container port alone) are returned.
std::optional<engine::PortBinding> parseShortPort(std::string_view text);
/// The short volume syntax "[SOURCE:]TARGET[:MODE]" as the daemon reports the mount; `directory` resolves
/// relative sources; nullopt when malformed.
std::optional<engine::MountPoint> parseShortVolume(std::string_view text, const std::string& directory);
/// Propagation named in a mode list ("ro,rshared" -> "rshared"); `fallback` when none is named.
std::string propagationOf(std::string_view mode, std::string_view fallback);
/// "/dev/fuse", "/dev/sda:/dev/xvda:rwm" -> the mapping.
engine::DeviceMapping parseDevice(std::string_view text);

/// "always", "on-failure:3", "no" -> the policy; nullopt when it is none of Docker's.
std::optional<engine::RestartPolicy> parseRestartPolicy(std::string_view text);
/// "nofile=1024:2048", "nproc=512" -> the ulimit; nullopt when malformed.
std::optional<engine::Ulimit> parseUlimit(std::string_view text);
/// The user's home directory for `~` in volume sources.
std::string homeDirectory();

} // namespace dw::runtime
