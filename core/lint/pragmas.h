// Inline suppression comments: `# hadolint ignore=DL3006,DL3008` (next line), `# hadolint global ignore=...`,
// `# hadolint stage ignore=...` (the stage whose FROM follows), and the same with `dockwarden` for our ids.
#pragma once

#include "dockerfile/ast.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace dw::lint {

enum class PragmaScope { NextLine, Stage, Global };

struct Pragma {
    PragmaScope scope = PragmaScope::NextLine;
    std::set<std::string> rules;
};

/// Reads one comment's text (after '#'); nullopt when it is no ignore pragma.
std::optional<Pragma> parsePragma(std::string_view commentText);

class Suppressions {
public:
    explicit Suppressions(const df::Dockerfile& file);
    bool suppressed(const std::string& rule, int line) const;

private:
    const df::Dockerfile& file_;
    std::set<std::pair<int, std::string>> byLine_;
    std::set<std::string> global_;
    std::set<std::pair<int, std::string>> byStage_;
};

/// BuildKit's `# check=skip=...;experimental=...;error=true` configuration.
struct CheckConfig {
    bool skipAll = false;
    std::set<std::string> skip;
    bool experimentalAll = false;
    std::set<std::string> experimental;
    bool error = false;
    std::string problem; ///< set when the value is malformed (BuildKit then fails the build)

    bool enabled(std::string_view rule, bool experimentalRule) const;
    void merge(const CheckConfig& other);
};

CheckConfig parseCheckConfig(std::string_view value);

} // namespace dw::lint
