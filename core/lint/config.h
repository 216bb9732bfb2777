// Lint configuration: `.hadolint.yaml` keys as hadolint reads them, plus Dockwarden's own keys.
#pragma once

#include "findings/waivers.h"
#include "lint/finding.h"
#include "util/file_io.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dw::lint {

struct Config {
    std::set<std::string> ignored;                 ///< `ignored:` rule ids
    std::map<std::string, Severity> overrides;     ///< `override: {error: [...], warning: [...], ...}`
    std::vector<std::string> trustedRegistries;    ///< `trustedRegistries:` (wildcards allowed)
    std::map<std::string, std::string> labelSchema;///< `label-schema:` label -> text|url|rfc3339|semver|hash|spdx|email
    bool strictLabels = false;                     ///< `strict-labels:`
    Severity failureThreshold = Severity::Info;    ///< `failure-threshold:`
    bool noFail = false;                           ///< `no-fail:`
    bool shellcheck = false;                       ///< Dockwarden: `shellcheck: true` runs ShellCheck on RUN scripts
    std::optional<Language> language;              ///< Dockwarden: `language: en|zh_CN`
    std::size_t maxInputBytes = fileio::kDefaultMaxInputBytes; ///< Dockwarden: `max-input-size: 8MiB`
    std::vector<findings::Waiver> waivers;         ///< Dockwarden: `waivers:` accepted risks, in file order
    std::vector<std::string> warnings;             ///< problems that did not stop the config (bad waiver entries)
    std::set<std::string> scalarsSet;              ///< the scalar keys a file set, so merge() knows what to take

    /// Severity a rule's findings get after overrides; Ignore when the rule is ignored.
    Severity effectiveSeverity(const std::string& ruleId, Severity defaultSeverity) const;
    /// Overlays the keys set in `other` onto this config (later files win, lists are joined).
    void merge(const Config& other);
};

struct ConfigError {
    std::string message; ///< names the file and, where known, the line
};

/// Parses YAML text. Unknown keys are ignored (other tools' keys may share the file).
/// Returns nullopt and fills `error` when the YAML is malformed or a key has the wrong type.
std::optional<Config> parseConfig(const std::string& yamlText, const std::string& fileName, ConfigError& error);
std::optional<Config> loadConfigFile(const std::string& path, ConfigError& error);

/// The config hadolint would use for a Dockerfile in `directory`: `.hadolint.yaml`/`.hadolint.yml` there or in
/// a parent, else `$XDG_CONFIG_HOME/hadolint.yaml`, else `~/.config/hadolint.yaml`; then `.dockwarden.yaml`
/// beside it. Returns the paths found, in the order they apply.
std::vector<std::string> discoverConfigFiles(const std::string& directory);

/// The merged config of discoverConfigFiles(directory), for an editor that must go on when a file is broken: a
/// file that cannot be read or parsed is skipped and named in the result's `warnings`.
Config configForDirectory(const std::string& directory);

} // namespace dw::lint
