#include "runtime/value_syntax.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace dw::runtime {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t found = text.find(separator, start);
        parts.push_back(text.substr(start, found == std::string_view::npos ? std::string_view::npos : found - start));
        if (found == std::string_view::npos) break;
        start = found + 1;
    }
    return parts;
}

bool isPortText(std::string_view text)
{
    if (text.empty()) return false;
    for (const char c : text)
        if (!(c >= '0' && c <= '9') && c != '-') return false;
    return text.front() != '-' && text.back() != '-';
}

std::string normalizedPath(std::string path)
{
    std::string normal = std::filesystem::path(path).lexically_normal().generic_string();
    while (normal.size() > 1 && normal.back() == '/') normal.pop_back();
    return normal;
}

} // namespace

std::optional<std::int64_t> parseByteSize(std::string_view text)
{
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) return std::nullopt;
    std::size_t digits = 0;
    while (digits < text.size() && ((text[digits] >= '0' && text[digits] <= '9') || text[digits] == '.')) ++digits;
    if (digits == 0) return std::nullopt;
    double number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + digits, number);
    if (error != std::errc() || end != text.data() + digits) return std::nullopt;
    std::string unit;
    for (const char c : text.substr(digits)) unit += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!unit.empty() && unit.back() == 'b' && unit.size() > 1) unit.pop_back();
    double factor = 1;
    if (unit.empty() || unit == "b") factor = 1;
    else if (unit == "k") factor = 1024.0;
    else if (unit == "m") factor = 1024.0 * 1024;
    else if (unit == "g") factor = 1024.0 * 1024 * 1024;
    else if (unit == "t") factor = 1024.0 * 1024 * 1024 * 1024;
    else return std::nullopt;
    const double bytes = number * factor;
    if (!std::isfinite(bytes) || bytes > 9.0e18) return std::nullopt;
    return static_cast<std::int64_t>(bytes);
}

std::optional<std::int64_t> parseCpus(std::string_view text)
{
    double cpus = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), cpus);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(cpus) || cpus < 0 || cpus > 1e6)
        return std::nullopt;
    return static_cast<std::int64_t>(std::llround(cpus * 1e9));
}

std::optional<engine::PortBinding> parseShortPort(std::string_view text)
{
    std::string protocol = "tcp";
    if (const std::size_t slash = text.rfind('/'); slash != std::string_view::npos) {
        protocol = std::string(text.substr(slash + 1));
        text = text.substr(0, slash);
        if (protocol != "tcp" && protocol != "udp" && protocol != "sctp") return std::nullopt;
    }
    engine::PortBinding binding;
    std::string_view rest = text;
    if (!rest.empty() && rest.front() == '[') {
        const std::size_t close = rest.find(']');
        if (close == std::string_view::npos || close + 1 >= rest.size() || rest[close + 1] != ':') return std::nullopt;
        binding.hostIp = std::string(rest.substr(1, close - 1));
        rest = rest.substr(close + 2);
        const std::vector<std::string_view> parts = split(rest, ':');
        if (parts.size() != 2) return std::nullopt;
        binding.hostPort = std::string(parts[0]);
        rest = parts[1];
    } else {
        const std::vector<std::string_view> parts = split(rest, ':');
        if (parts.size() == 1) {
            rest = parts[0];
        } else {
            rest = parts.back();
            binding.hostPort = std::string(parts[parts.size() - 2]);
            if (parts.size() > 2) {
                std::string ip;
                for (std::size_t i = 0; i + 2 < parts.size(); ++i) ip += (i ? ":" : "") + std::string(parts[i]);
                binding.hostIp = ip;
            }
        }
    }
    if (!isPortText(rest)) return std::nullopt;
    if (!binding.hostPort.empty() && !isPortText(binding.hostPort)) return std::nullopt;
    binding.containerPort = std::string(rest) + "/" + protocol;
    return binding;
}

std::string propagationOf(std::string_view mode, std::string_view fallback)
{
    for (std::string_view option : split(mode, ','))
        if (option == "shared" || option == "rshared" || option == "slave" || option == "rslave" ||
            option == "private" || option == "rprivate")
            return std::string(option);
    return std::string(fallback);
}

std::string homeDirectory()
{
    const char* home = std::getenv("HOME");
    return home && *home ? std::string(home) : std::string("/root");
}

std::optional<engine::MountPoint> parseShortVolume(std::string_view text, const std::string& directory)
{
    if (text.empty()) return std::nullopt;
    std::vector<std::string_view> parts = split(text, ':');
    if (parts.size() > 3) return std::nullopt;
    engine::MountPoint mount;
    if (parts.size() == 1) {
        mount.type = "volume";
        mount.destination = normalizedPath(std::string(parts[0]));
        return mount.destination.starts_with('/') ? std::optional(mount) : std::nullopt;
    }
    const std::string_view source = parts[0];
    mount.destination = normalizedPath(std::string(parts[1]));
    if (source.empty() || !mount.destination.starts_with('/')) return std::nullopt;
    mount.mode = parts.size() == 3 ? std::string(parts[2]) : std::string();
    for (std::string_view option : split(mount.mode, ','))
        if (option == "ro") mount.rw = false;
    if (source.front() == '/' || source.front() == '.' || source.front() == '~') {
        std::string path(source);
        if (path.front() == '~') path = homeDirectory() + path.substr(1);
        else if (path.front() == '.') path = (std::filesystem::path(directory.empty() ? "." : directory) / path).string();
        if (!path.empty() && path.front() != '/')
            path = (std::filesystem::current_path() / path).string();
        mount.type = "bind";
        mount.source = normalizedPath(path);
        mount.propagation = propagationOf(mount.mode, "rprivate");
    } else {
        mount.type = "volume";
        mount.name = std::string(source);
        mount.driver = "local";
        mount.source = "/var/lib/docker/volumes/" + mount.name + "/_data";
    }
    return mount;
}

engine::DeviceMapping parseDevice(std::string_view text)
{
    const std::vector<std::string_view> parts = split(text, ':');
    engine::DeviceMapping device;
    device.pathOnHost = std::string(parts[0]);
    device.pathInContainer = parts.size() > 1 ? std::string(parts[1]) : device.pathOnHost;
    device.cgroupPermissions = parts.size() > 2 ? std::string(parts[2]) : "rwm";
    return device;
}

std::optional<engine::RestartPolicy> parseRestartPolicy(std::string_view text)
{
    engine::RestartPolicy policy;
    const std::size_t colon = text.find(':');
    policy.name = std::string(text.substr(0, colon));
    if (policy.name != "no" && policy.name != "always" && policy.name != "unless-stopped" &&
        policy.name != "on-failure")
        return std::nullopt;
    if (colon != std::string_view::npos) {
        if (policy.name != "on-failure") return std::nullopt;
        const std::string_view count = text.substr(colon + 1);
        const auto [end, error] = std::from_chars(count.data(), count.data() + count.size(), policy.maximumRetryCount);
        if (error != std::errc() || end != count.data() + count.size() || policy.maximumRetryCount < 0)
            return std::nullopt;
    }
    return policy;
}

std::optional<engine::Ulimit> parseUlimit(std::string_view text)
{
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos || equals == 0) return std::nullopt;
    engine::Ulimit limit;
    limit.name = std::string(text.substr(0, equals));
    const std::string_view values = text.substr(equals + 1);
    const std::size_t colon = values.find(':');
    auto number = [](std::string_view digits, std::int64_t& out) {
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
        return error == std::errc() && end == digits.data() + digits.size();
    };
    if (!number(values.substr(0, colon), limit.soft)) return std::nullopt;
    limit.hard = limit.soft;
    if (colon != std::string_view::npos && !number(values.substr(colon + 1), limit.hard)) return std::nullopt;
    return limit;
}

} // namespace dw::runtime
