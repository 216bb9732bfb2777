// The options of `docker run` / `docker create` (docker CLI 28): which take a value, their short forms, and
// which Compose key each corresponds to (the name a finding's site is filed under).
#pragma once

#include <optional>
#include <string_view>

namespace dw::runtime {

struct RunOption {
    std::string_view name;       ///< long name without dashes: "publish"
    char shortName = 0;          ///< 'p'
    bool takesValue = false;
    std::string_view composeKey; ///< "ports"; "" when no check reads it
};

/// The option named `name` (long name without dashes, or an alias such as "net"); nullopt when unknown.
std::optional<RunOption> findRunOption(std::string_view name);
std::optional<RunOption> findShortRunOption(char shortName);

} // namespace dw::runtime
