#include "lint/config.h"

#include "lint/config_waivers.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace dw::lint {

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 7> kLabelTypes = {"text", "url",  "rfc3339", "semver",
                                                         "hash", "spdx", "email"};

/// Thrown inside the parser only; parseConfig turns it into a ConfigError.
struct KeyError {
    std::string message;
    YAML::Mark mark;
};

std::string locate(const std::string& fileName, const YAML::Mark& mark)
{
    if (mark.is_null() || mark.line < 0)
        return fileName;
    return fileName + ":" + std::to_string(mark.line + 1);
}

[[noreturn]] void fail(const YAML::Node& node, const std::string& key, const std::string& expected)
{
    throw KeyError{"'" + key + "' must be " + expected, node.Mark()};
}

std::string scalar(const YAML::Node& node, const std::string& key, const std::string& expected)
{
    if (!node.IsScalar())
        fail(node, key, expected);
    return node.Scalar();
}

bool boolean(const YAML::Node& node, const std::string& key)
{
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
        fail(node, key, "true or false");
    return value;
}

/// A list of strings; with `scalarAllowed` a single string counts as a one-element list.
std::vector<std::string> stringList(const YAML::Node& node, const std::string& key,
                                    bool scalarAllowed = false)
{
    const std::string expected = "a list of strings";
    if (node.IsNull())
        return {};
    if (scalarAllowed && node.IsScalar())
        return {node.Scalar()};
    if (!node.IsSequence())
        fail(node, key, expected);
    std::vector<std::string> values;
    for (const YAML::Node& item : node)
        values.push_back(scalar(item, key, expected));
    return values;
}

void readOverrides(const YAML::Node& node, Config& config)
{
    if (node.IsNull())
        return;
    if (!node.IsMap())
        fail(node, "override", "a map of error/warning/info/style to rule ids");
    for (const auto& entry : node) {
        const std::string level = scalar(entry.first, "override", "a map with severity keys");
        const std::optional<Severity> severity = severityFromName(level);
        if (!severity || *severity == Severity::Ignore)
            continue;
        for (const std::string& id : stringList(entry.second, "override." + level))
            config.overrides[id] = *severity;
    }
}

void readLabelSchema(const YAML::Node& node, Config& config)
{
    if (node.IsNull())
        return;
    if (!node.IsMap())
        fail(node, "label-schema", "a map of label names to types");
    for (const auto& entry : node) {
        const std::string label = scalar(entry.first, "label-schema", "a map of label names to types");
        const std::string type = scalar(entry.second, "label-schema." + label, "a label type");
        if (std::find(kLabelTypes.begin(), kLabelTypes.end(), type) == kLabelTypes.end())
            fail(entry.second, "label-schema." + label,
                 "one of text, url, rfc3339, semver, hash, spdx, email");
        config.labelSchema[label] = type;
    }
}

void readFailureThreshold(const YAML::Node& node, Config& config)
{
    const std::string expected = "one of error, warning, info, style, ignore, none";
    const std::string name = scalar(node, "failure-threshold", expected);
    if (name == "none") {
        config.noFail = true;
        return;
    }
    const std::optional<Severity> severity = severityFromName(name);
    if (!severity)
        fail(node, "failure-threshold", expected);
    config.failureThreshold = *severity;
}

void readLanguage(const YAML::Node& node, Config& config)
{
    const std::string name = scalar(node, "language", "en or zh_CN");
    if (name == "en")
        config.language = Language::English;
    else if (name == "zh_CN" || name == "zh-CN")
        config.language = Language::SimplifiedChinese;
    else
        fail(node, "language", "en or zh_CN");
}

void readMaxInputSize(const YAML::Node& node, Config& config)
{
    const auto bytes = fileio::parseInputLimit(scalar(node, "max-input-size", fileio::kInputLimitExpected));
    if (!bytes) fail(node, "max-input-size", fileio::kInputLimitExpected);
    config.maxInputBytes = *bytes;
}

Config readConfig(const YAML::Node& root, const std::string& fileName)
{
    Config config;
    if (root.IsNull())
        return config;
    if (!root.IsMap())
        throw KeyError{"the configuration must be a map of keys", root.Mark()};
    for (const auto& entry : root) {
        if (!entry.first.IsScalar())
            continue;
        const std::string key = entry.first.Scalar();
        const YAML::Node& value = entry.second;
        if (key == "ignored") {
            for (const std::string& id : stringList(value, key))
                config.ignored.insert(id);
        } else if (key == "override") {
            readOverrides(value, config);
        } else if (key == "trustedRegistries") {
            config.trustedRegistries = stringList(value, key, true);
        } else if (key == "label-schema") {
            readLabelSchema(value, config);
        } else if (key == "strict-labels") {
            config.strictLabels = boolean(value, key);
            config.scalarsSet.insert(key);
        } else if (key == "failure-threshold") {
            readFailureThreshold(value, config);
            config.scalarsSet.insert(key);
            if (config.noFail) config.scalarsSet.insert("no-fail");
        } else if (key == "no-fail") {
            config.noFail = config.noFail || boolean(value, key);
            config.scalarsSet.insert(key);
        } else if (key == "shellcheck") {
            config.shellcheck = boolean(value, key);
            config.scalarsSet.insert(key);
        } else if (key == "language") {
            readLanguage(value, config);
        } else if (key == "waivers") {
            detail::readWaivers(value, fileName, config.waivers, config.warnings);
        } else if (key == "max-input-size") {
            readMaxInputSize(value, config);
            config.scalarsSet.insert(key);
        }
    }
    return config;
}

bool isFile(const fs::path& path)
{
    std::error_code error;
    return fs::is_regular_file(path, error);
}

std::optional<fs::path> firstFile(const fs::path& directory, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (isFile(directory / name))
            return directory / name;
    }
    return std::nullopt;
}

/// The first of `names` in `start` or its nearest parent that has one.
std::optional<fs::path> findUpwards(const fs::path& start, std::initializer_list<const char*> names)
{
    for (fs::path directory = start;; directory = directory.parent_path()) {
        if (auto found = firstFile(directory, names))
            return found;
        if (directory == directory.parent_path() || directory.empty())
            return std::nullopt;
    }
}

std::optional<fs::path> globalHadolintConfig()
{
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg) {
        if (auto found = firstFile(fs::path(xdg), {"hadolint.yaml"}))
            return found;
    }
    const char* home = std::getenv("HOME");
    if (home && *home)
        return firstFile(fs::path(home) / ".config", {"hadolint.yaml"});
    return std::nullopt;
}

} // namespace

Severity Config::effectiveSeverity(const std::string& ruleId, Severity defaultSeverity) const
{
    if (ignored.count(ruleId))
        return Severity::Ignore;
    if (auto it = overrides.find(ruleId); it != overrides.end())
        return it->second;
    return defaultSeverity;
}

void Config::merge(const Config& other)
{
    ignored.insert(other.ignored.begin(), other.ignored.end());
    for (const auto& [id, severity] : other.overrides)
        overrides[id] = severity;
    for (const std::string& registry : other.trustedRegistries) {
        if (std::find(trustedRegistries.begin(), trustedRegistries.end(), registry) ==
            trustedRegistries.end())
            trustedRegistries.push_back(registry);
    }
    for (const auto& [label, type] : other.labelSchema)
        labelSchema[label] = type;
    auto takes = [&](const char* key) { return other.scalarsSet.count(key) > 0; };
    if (takes("strict-labels"))
        strictLabels = other.strictLabels;
    if (takes("failure-threshold"))
        failureThreshold = other.failureThreshold;
    if (takes("no-fail"))
        noFail = other.noFail;
    if (takes("shellcheck"))
        shellcheck = other.shellcheck;
    if (takes("max-input-size"))
        maxInputBytes = other.maxInputBytes;
    waivers.insert(waivers.end(), other.waivers.begin(), other.waivers.end());
    warnings.insert(warnings.end(), other.warnings.begin(), other.warnings.end());
    scalarsSet.insert(other.scalarsSet.begin(), other.scalarsSet.end());
    if (other.language)
        language = other.language;
}

std::optional<Config> parseConfig(const std::string& yamlText, const std::string& fileName,
                                  ConfigError& error)
{
    try {
        return readConfig(YAML::Load(yamlText), fileName);
    } catch (const KeyError& keyError) {
        error.message = locate(fileName, keyError.mark) + ": " + keyError.message;
    } catch (const YAML::Exception& yamlError) {
        error.message = locate(fileName, yamlError.mark) + ": invalid YAML: " + yamlError.msg;
    } catch (const std::exception& other) {
        error.message = fileName + ": " + other.what();
    }
    return std::nullopt;
}

std::optional<Config> loadConfigFile(const std::string& path, ConfigError& error)
{
    try {
        std::error_code ignoredError;
        if (fs::is_directory(path, ignoredError)) {
            error.message = path + ": is a directory";
            return std::nullopt;
        }
        auto text = fileio::readFile(path, fileio::kMaxSideFileBytes);
        if (!text.content) {
            error.message = text.message;
            return std::nullopt;
        }
        return parseConfig(*text.content, path, error);
    } catch (const std::exception& other) {
        error.message = path + ": " + other.what();
        return std::nullopt;
    }
}

std::vector<std::string> discoverConfigFiles(const std::string& directory)
{
    std::vector<std::string> paths;
    try {
        std::error_code ignoredError;
        fs::path start = fs::absolute(directory.empty() ? fs::path(".") : fs::path(directory), ignoredError);
        start = start.lexically_normal();
        if (!start.has_filename() && start != start.root_path())
            start = start.parent_path();

        std::optional<fs::path> hadolint = findUpwards(start, {".hadolint.yaml", ".hadolint.yml"});
        if (!hadolint)
            hadolint = globalHadolintConfig();
        std::optional<fs::path> dockwarden = findUpwards(start, {".dockwarden.yaml"});
        if (!dockwarden && hadolint)
            dockwarden = firstFile(hadolint->parent_path(), {".dockwarden.yaml"});

        if (hadolint)
            paths.push_back(hadolint->string());
        if (dockwarden)
            paths.push_back(dockwarden->string());
    } catch (const std::exception&) {
    }
    return paths;
}

Config configForDirectory(const std::string& directory)
{
    Config config;
    for (const std::string& file : discoverConfigFiles(directory)) {
        ConfigError error;
        if (auto loaded = loadConfigFile(file, error)) config.merge(*loaded);
        else config.warnings.push_back(error.message);
    }
    return config;
}

} // namespace dw::lint
