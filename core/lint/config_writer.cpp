#include "lint/config_writer.h"

#include "lint/config.h"
#include "util/file_io.h"

#include <functional>
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

namespace {

/// The warnings a config text has already (an edit may not add any).
std::size_t countWarnings(const std::string& text, const std::string& path)
{
    ConfigError error;
    const auto config = parseConfig(text, path, error);
    return config ? config->warnings.size() : 0;
}

/// A YAML double-quoted scalar.
std::string quoted(const std::string& text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

/// Reads the config at `path` (a missing file is empty), applies `edit` to its text and writes the result
/// atomically; a file that is not valid YAML is left alone, and a result the CLI would not read back cleanly is
/// never written.
bool rewriteConfig(const std::string& path, const std::function<std::string(const std::string&)>& edit,
                   std::string& error)
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
    const std::string text = edit(existing);
    ConfigError check;
    const auto config = parseConfig(text, path, check);
    if (!config || config->warnings.size() > countWarnings(existing, path)) {
        error = "the new file would not read back cleanly: " + (config ? config->warnings.back() : check.message);
        return false;
    }
    return fileio::writeFileAtomically(path, text, error);
}

} // namespace

static std::string waiverEntry(const findings::Waiver& waiver)
{
    std::string entry = "  - rule: " + waiver.rule + "\n";
    if (!waiver.target.empty()) entry += "    target: " + quoted(waiver.target) + "\n";
    entry += "    reason: " + quoted(waiver.reason) + "\n";
    if (!waiver.expires.empty()) entry += "    expires: " + waiver.expires + "\n";
    return entry;
}

std::string withWaiver(const std::string& existing, const findings::Waiver& waiver)
{
    const std::string entry = waiverEntry(waiver);

    std::istringstream in(existing);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
    // The end of the top-level `waivers:` block: the last line that belongs to it.
    std::size_t insertAt = lines.size();
    bool found = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!startsTopLevelKey(lines[i], "waivers")) continue;
        found = true;
        insertAt = i + 1;
        for (std::size_t j = i + 1; j < lines.size() && continuesBlock(lines[j]); ++j)
            if (!lines[j].empty() && lines[j][0] != '#') insertAt = j + 1;
        break;
    }
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (found && i == insertAt) out += entry;
        out += lines[i] + "\n";
    }
    if (found && insertAt == lines.size()) out += entry;
    if (!found) {
        if (!out.empty() && out.substr(out.size() > 1 ? out.size() - 2 : 0) != "\n\n") out += "\n";
        out += "waivers:\n" + entry;
    }
    return out;
}

namespace {

bool validWaiver(const findings::Waiver& waiver, std::string& error)
{
    if (waiver.rule.empty() || waiver.reason.empty()) {
        error = "a waiver needs a rule and a reason";
        return false;
    }
    if (!waiver.expires.empty() && !findings::isIsoDate(waiver.expires)) {
        error = "the last day of a waiver is written YYYY-MM-DD, not '" + waiver.expires + "'";
        return false;
    }
    return true;
}

} // namespace

std::vector<findings::Waiver> readWaivers(const std::string& path, std::string& error)
{
    const fileio::ReadResult read = fileio::readFile(path, fileio::kMaxSideFileBytes);
    if (!read.content) {
        if (read.error != fileio::ReadError::NotFound) error = read.message;
        return {};
    }
    ConfigError configError;
    const auto config = parseConfig(*read.content, path, configError);
    if (!config) {
        error = configError.message;
        return {};
    }
    return config->waivers;
}

std::string withWaivers(const std::string& existing, const std::vector<findings::Waiver>& waivers)
{
    std::istringstream in(existing);
    std::vector<std::string> kept;
    std::string line;
    bool skipping = false;
    std::size_t blockAt = std::string::npos;
    while (std::getline(in, line)) {
        if (startsTopLevelKey(line, "waivers")) {
            skipping = true;
            if (blockAt == std::string::npos) blockAt = kept.size();
            continue;
        }
        if (skipping && continuesBlock(line) && !(!line.empty() && line[0] == '#')) continue;
        skipping = false;
        kept.push_back(line);
    }
    std::string block;
    if (!waivers.empty()) {
        block = "waivers:\n";
        for (const auto& waiver : waivers) block += waiverEntry(waiver);
    }
    std::string out;
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (i == blockAt) out += block;
        out += kept[i] + "\n";
    }
    if (blockAt == std::string::npos || blockAt >= kept.size()) {
        if (!block.empty() && !out.empty() && out.substr(out.size() > 1 ? out.size() - 2 : 0) != "\n\n") out += "\n";
        out += block;
    }
    return out;
}

bool writeWaivers(const std::string& path, const std::vector<findings::Waiver>& waivers, std::string& error)
{
    for (const auto& waiver : waivers)
        if (!validWaiver(waiver, error)) return false;
    return rewriteConfig(path, [&waivers](const std::string& existing) { return withWaivers(existing, waivers); }, error);
}

bool appendWaiver(const std::string& path, const findings::Waiver& waiver, std::string& error)
{
    if (!validWaiver(waiver, error)) return false;
    return rewriteConfig(path, [&waiver](const std::string& existing) { return withWaiver(existing, waiver); }, error);
}

bool writeRuleChoices(const std::string& path, const RuleChoices& choices, std::string& error)
{
    return rewriteConfig(path, [&choices](const std::string& existing) { return withRuleChoices(existing, choices); },
                         error);
}

} // namespace dw::lint
