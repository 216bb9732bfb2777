#include "hostcheck/check_support.h"

#include "findings/subject_names.h"

#include "util/secrets.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace dw::hostcheck::support {
namespace {

bool readNumber(std::string_view text, std::size_t& pos, std::size_t digits, int& out)
{
    if (pos + digits > text.size()) return false;
    out = 0;
    for (std::size_t i = 0; i < digits; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    pos += digits;
    return true;
}

bool expect(std::string_view text, std::size_t& pos, char wanted)
{
    if (pos >= text.size() || (text[pos] != wanted && std::tolower(static_cast<unsigned char>(text[pos])) != wanted))
        return false;
    ++pos;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

} // namespace

void SingleContainerCheck::check(const engine::ContainerDetails& container, const HostContext& host,
                                 std::vector<HostFinding>& out) const
{
    std::optional<Problem> seen = problem(container, host);
    if (!seen) return;
    const std::string name = containerName(container);
    out.push_back(makeFinding(info(), name,
                              {"Container '" + name + "' " + seen->what.en, "容器 '" + name + "' " + seen->what.zh},
                              std::move(seen->evidence)));
}

void SingleImageCheck::check(const engine::ImageDetails& image, const ImageContext& images,
                             std::vector<HostFinding>& out) const
{
    std::optional<Problem> seen = problem(image, images);
    if (!seen) return;
    const std::string name = imageName(image);
    out.push_back(makeFinding(info(), name,
                              {"Image '" + name + "' " + seen->what.en, "镜像 '" + name + "' " + seen->what.zh},
                              std::move(seen->evidence)));
}

std::string containerName(const engine::ContainerDetails& container)
{
    return findings::containerDisplayName(container.name, container.id);
}

std::string imageName(const engine::ImageDetails& image)
{
    return findings::imageDisplayName(image.repoTags, image.repoDigests, image.id);
}

bool hasSecurityOpt(const engine::HostConfig& hostConfig, std::string_view key, std::string_view value)
{
    for (const std::string& entry : hostConfig.securityOpt) {
        const std::string_view opt(entry);
        if (value.empty() && (opt == key || opt == std::string(key) + "=true" || opt == std::string(key) + ":true"))
            return true;
        if (!value.empty() && opt.size() == key.size() + 1 + value.size() && opt.starts_with(key) &&
            (opt[key.size()] == '=' || opt[key.size()] == ':') && opt.ends_with(value))
            return true;
    }
    return false;
}

std::vector<std::string> secretEnvNames(const std::vector<std::string>& env)
{
    std::vector<std::string> names;
    for (const std::string& entry : env) {
        const std::size_t equals = entry.find('=');
        if (equals == std::string::npos) continue;
        const std::string_view name = std::string_view(entry).substr(0, equals);
        if (secrets::findAssignedSecret(name, std::string_view(entry).substr(equals + 1))) names.emplace_back(name);
    }
    return names;
}

std::optional<int64_t> parseRfc3339(std::string_view text)
{
    std::size_t pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readNumber(text, pos, 4, year) || !expect(text, pos, '-') || !readNumber(text, pos, 2, month) ||
        !expect(text, pos, '-') || !readNumber(text, pos, 2, day) || !expect(text, pos, 't') ||
        !readNumber(text, pos, 2, hour) || !expect(text, pos, ':') || !readNumber(text, pos, 2, minute) ||
        !expect(text, pos, ':') || !readNumber(text, pos, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return std::nullopt;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            ++pos;
    }
    int64_t offsetSeconds = 0;
    if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
        ++pos;
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        const int sign = text[pos] == '-' ? -1 : 1;
        ++pos;
        int offHours = 0, offMinutes = 0;
        if (!readNumber(text, pos, 2, offHours) || !expect(text, pos, ':') || !readNumber(text, pos, 2, offMinutes))
            return std::nullopt;
        offsetSeconds = sign * (offHours * 3600 + offMinutes * 60);
    } else {
        return std::nullopt;
    }
    if (pos != text.size()) return std::nullopt;
    const int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    return days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
}

std::optional<EngineVersion> parseEngineVersion(std::string_view text)
{
    std::size_t pos = text.starts_with('v') ? 1 : 0;
    auto number = [&](int& out) {
        const std::size_t start = pos;
        out = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - start < 6)
            out = out * 10 + (text[pos++] - '0');
        return pos > start;
    };
    EngineVersion version;
    if (!number(version.major)) return std::nullopt;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        number(version.minor);
    }
    return version;
}

std::vector<engine::PortBinding> publishedPorts(const engine::ContainerDetails& container)
{
    std::vector<engine::PortBinding> live;
    for (const engine::PortBinding& binding : container.networkSettings.ports)
        if (!binding.hostPort.empty()) live.push_back(binding);
    return live.empty() ? container.hostConfig.portBindings : live;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator)
{
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

} // namespace dw::hostcheck::support
