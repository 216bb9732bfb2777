#include "lint/config_writer.h"

#include "lint/config.h"
#include "util/file_io.h"

#include <sstream>
#include <vector>

namespace dw::lint {
namespace {

bool startsTopLevelKey(const std::string& line, const char* key)
{
    const std::string prefix = std::string(key) + ":";
    return line.rfind(prefix, 0) == 0;
}

/// A line that belongs to the block above it: indented, a list item, blank, or a comment.
bool continuesBlock(const std::string& line)
{
    return line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '-' || line[0] == '#' || line == "\r";
}

} // namespace

RuleChoices readRuleChoices(const std::string& path, std::string& error)
{
    RuleChoices choices;
    const fileio::ReadResult read = fileio::readFile(path, fileio::kMaxSideFileBytes);
    if (!read.content) {
        if (read.error != fileio::ReadError::NotFound) error = read.message;
        return choices;
    }
    ConfigError configError;
    const auto config = parseConfig(*read.content, path, configError);
    if (!config) {
        error = configError.message;
        return choices;
    }
    choices.ignored = config->ignored;
    choices.overrides = config->overrides;
    return choices;
}

std::string withRuleChoices(const std::string& existing, const RuleChoices& choices)
{
    std::istringstream in(existing);
    std::vector<std::string> kept;
    std::string line;
    bool skipping = false;
    while (std::getline(in, line)) {
        if (startsTopLevelKey(line, "ignored") || startsTopLevelKey(line, "override")) {
            skipping = true;
            continue;
        }
        if (skipping && continuesBlock(line) && !(line.size() > 0 && line[0] == '#')) continue;
        skipping = false;
        kept.push_back(line);
    }
    while (!kept.empty() && kept.back().empty()) kept.pop_back();
    std::string out;
    for (const std::string& k : kept) out += k + "\n";
    if (!choices.ignored.empty()) {
        if (!out.empty()) out += "\n";
        out += "ignored:\n";
        for (const std::string& id : choices.ignored) out += "  - " + id + "\n";
    }
    std::map<findings::Severity, std::vector<std::string>> bySeverity;
    for (const auto& [id, severity] : choices.overrides)
        if (severity != findings::Severity::Ignore) bySeverity[severity].push_back(id);
    if (!bySeverity.empty()) {
        if (!out.empty()) out += "\n";
        out += "override:\n";
        for (const auto& [severity, ids] : bySeverity) {
            out += "  " + std::string(findings::severityName(severity)) + ":\n";
            for (const std::string& id : ids) out += "    - " + id + "\n";
        }
    }
    return out;
}

bool writeRuleChoices(const std::string& path, const RuleChoices& choices, std::string& error)
{
    const fileio::ReadResult read = fileio::readFile(path, fileio::kMaxSideFileBytes);
    std::string existing;
    if (read.content) {
        ConfigError configError;
        if (!parseConfig(*read.content, path, configError)) {
            error = configError.message + " (the file was left as it is)";
            return false;
        }
        existing = *read.content;
    } else if (read.error != fileio::ReadError::NotFound) {
        error = read.message;
        return false;
    }
    const std::string text = withRuleChoices(existing, choices);
    ConfigError check;
    if (!parseConfig(text, path, check)) { // never write what the CLI could not read back
        error = "the new settings would not read back: " + check.message;
        return false;
    }
    return fileio::writeFileAtomically(path, text, error);
}

} // namespace dw::lint
