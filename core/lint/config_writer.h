// Writing the rule choices (`ignored:` and `override:`) into a `.dockwarden.yaml`, as the GUI's rule settings do,
// so that the command line reads the same choices. Every other line of the file (waivers, comments, other keys)
// stays as it was; the file is replaced atomically, and a file that is not valid YAML is left alone.
#pragma once

#include "findings/vocabulary.h"
#include "findings/waivers.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace dw::lint {

struct RuleChoices {
    std::set<std::string> ignored;
    std::map<std::string, findings::Severity> overrides; ///< severities other than the rule's default
};

/// The `ignored:` and `override:` of a config file (empty when it has none or does not exist).
RuleChoices readRuleChoices(const std::string& path, std::string& error);

/// The text of `existing` with its top-level `ignored:` and `override:` blocks replaced by `choices`.
std::string withRuleChoices(const std::string& existing, const RuleChoices& choices);

/// Rewrites `path` (created when missing) with `choices`; false with `error` set when it cannot.
bool writeRuleChoices(const std::string& path, const RuleChoices& choices, std::string& error);

/// The text of `existing` with `waiver` added at the end of its `waivers:` list (a new list when it has none).
std::string withWaiver(const std::string& existing, const findings::Waiver& waiver);

/// Adds a waiver to `path` (created when missing); false with `error` set when the rule or the reason is
/// missing, the date is not YYYY-MM-DD, or the file cannot be written.
bool appendWaiver(const std::string& path, const findings::Waiver& waiver, std::string& error);

/// The `waivers:` of a config file, with their origins (empty when it has none or does not exist).
std::vector<findings::Waiver> readWaivers(const std::string& path, std::string& error);

/// The text of `existing` with its top-level `waivers:` block replaced by `waivers` (removed when empty); the
/// rest of the file, comments included, stays as written.
std::string withWaivers(const std::string& existing, const std::vector<findings::Waiver>& waivers);

/// Rewrites the waivers of `path` (the waiver centre's add, edit and remove); false with `error` set when a waiver
/// lacks a rule or a reason, a date is not YYYY-MM-DD, or the file cannot be written.
bool writeWaivers(const std::string& path, const std::vector<findings::Waiver>& waivers, std::string& error);

} // namespace dw::lint
