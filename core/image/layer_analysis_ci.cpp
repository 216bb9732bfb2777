// dive's CI thresholds: the `.dive-ci` file and go-humanize's byte counts.
#include "image/layer_analysis.h"

#include "util/text.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <utility>

namespace dw::image {
namespace {

constexpr std::size_t kMaxDiveCiBytes = 1 << 20;

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

/// A whole string as a finite decimal number (strconv.ParseFloat for the forms dive's users write).
std::optional<double> parseNumber(std::string_view text)
{
    if (text.empty()) return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

bool switchesOff(std::string_view value)
{
    const std::string word = lowered(util::trimmed(value));
    return word.empty() || word == "disabled" || word == "off" || word == "false";
}

struct RuleError {
    std::string what;
};

std::optional<double> ratioValue(const std::string& value, std::string_view key)
{
    const std::optional<double> ratio = parseNumber(util::trimmed(value));
    if (!ratio) throw RuleError{std::string(key) + ": '" + value + "' is not a number"};
    if (*ratio < 0 || *ratio > 1) throw RuleError{std::string(key) + ": " + value + " is outside 0..1"};
    return ratio;
}

std::optional<std::uint64_t> bytesValue(const std::string& value, std::string_view key)
{
    const std::optional<std::uint64_t> bytes = parseHumanBytes(value);
    if (!bytes) throw RuleError{std::string(key) + ": '" + value + "' is not a byte count such as 20MB"};
    return bytes;
}

std::string located(const std::string& fileName, const YAML::Mark& mark)
{
    if (mark.is_null()) return fileName;
    return fileName + ":" + std::to_string(mark.line + 1);
}

} // namespace

std::optional<std::uint64_t> parseHumanBytes(const std::string& text)
{
    static const std::array<std::pair<std::string_view, std::uint64_t>, 26> units{{
        {"", 1},
        {"b", 1},
        {"k", 1000ull},
        {"kb", 1000ull},
        {"ki", 1ull << 10},
        {"kib", 1ull << 10},
        {"m", 1000000ull},
        {"mb", 1000000ull},
        {"mi", 1ull << 20},
        {"mib", 1ull << 20},
        {"g", 1000000000ull},
        {"gb", 1000000000ull},
        {"gi", 1ull << 30},
        {"gib", 1ull << 30},
        {"t", 1000000000000ull},
        {"tb", 1000000000000ull},
        {"ti", 1ull << 40},
        {"tib", 1ull << 40},
        {"p", 1000000000000000ull},
        {"pb", 1000000000000000ull},
        {"pi", 1ull << 50},
        {"pib", 1ull << 50},
        {"e", 1000000000000000000ull},
        {"eb", 1000000000000000000ull},
        {"ei", 1ull << 60},
        {"eib", 1ull << 60},
    }};
    std::size_t numberEnd = 0;
    while (numberEnd < text.size() && (std::isdigit(static_cast<unsigned char>(text[numberEnd])) ||
                                       text[numberEnd] == '.' || text[numberEnd] == ','))
        ++numberEnd;
    std::string number = text.substr(0, numberEnd);
    number.erase(std::remove(number.begin(), number.end(), ','), number.end());
    const std::optional<double> value = parseNumber(number);
    if (!value) return std::nullopt;
    const std::string unit = lowered(util::trimmed(std::string_view(text).substr(numberEnd)));
    for (const auto& [name, multiplier] : units) {
        if (name != unit) continue;
        const double bytes = *value * double(multiplier);
        if (bytes >= 18446744073709551616.0) return std::nullopt; // 2^64
        return std::uint64_t(bytes);
    }
    return std::nullopt;
}

std::optional<EfficiencyThresholds> parseDiveCi(const std::string& yamlText, const std::string& fileName,
                                                DiveCiError& error)
{
    EfficiencyThresholds thresholds;
    YAML::Node root;
    try {
        root = YAML::Load(yamlText);
    } catch (const YAML::Exception& yamlError) {
        error.message = located(fileName, yamlError.mark) + ": not valid YAML: " + yamlError.msg;
        return std::nullopt;
    }
    if (!root || root.IsNull()) return thresholds;
    if (!root.IsMap()) {
        error.message = located(fileName, root.Mark()) + ": expected a mapping with a 'rules' key";
        return std::nullopt;
    }
    const YAML::Node rules = root["rules"];
    if (!rules || rules.IsNull()) return thresholds;
    if (!rules.IsMap()) {
        error.message = located(fileName, rules.Mark()) + ": 'rules' must be a mapping";
        return std::nullopt;
    }
    const auto scalarOf = [&](const char* key) -> std::optional<std::string> {
        const YAML::Node node = rules[key];
        if (!node) return std::nullopt;
        if (node.IsNull()) return std::string();
        if (!node.IsScalar()) throw RuleError{std::string(key) + ": expected a single value"};
        return node.Scalar();
    };
    const auto markOf = [&](const char* key) {
        const YAML::Node node = rules[key];
        return node ? node.Mark() : rules.Mark();
    };
    const char* current = "rules";
    try {
        current = "lowestEfficiency";
        if (const auto value = scalarOf(current))
            thresholds.lowestEfficiency = switchesOff(*value) ? std::nullopt : ratioValue(*value, current);
        current = "highestWastedBytes";
        if (const auto value = scalarOf(current))
            thresholds.highestWastedBytes = switchesOff(*value) ? std::nullopt : bytesValue(*value, current);
        current = "highestUserWastedPercent";
        if (const auto value = scalarOf(current))
            thresholds.highestUserWastedPercent = switchesOff(*value) ? std::nullopt : ratioValue(*value, current);
    } catch (const RuleError& bad) {
        error.message = located(fileName, markOf(current)) + ": rules." + bad.what;
        return std::nullopt;
    }
    return thresholds;
}

std::optional<EfficiencyThresholds> loadDiveCiFile(const std::string& path, DiveCiError& error)
{
    std::error_code statError;
    if (std::filesystem::is_directory(path, statError)) {
        error.message = path + ": is a directory, not a .dive-ci file";
        return std::nullopt;
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        error.message = path + ": cannot be read";
        return std::nullopt;
    }
    std::string text(kMaxDiveCiBytes + 1, '\0');
    file.read(text.data(), std::streamsize(text.size()));
    if (file.bad()) {
        error.message = path + ": cannot be read";
        return std::nullopt;
    }
    text.resize(std::size_t(file.gcount()));
    if (text.size() > kMaxDiveCiBytes) {
        error.message = path + ": larger than 1 MiB, not a .dive-ci file";
        return std::nullopt;
    }
    return parseDiveCi(text, path, error);
}

} // namespace dw::image
