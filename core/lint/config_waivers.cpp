#include "lint/config_waivers.h"

namespace dw::lint::detail {
namespace {

std::string where(const std::string& fileName, const YAML::Node& node)
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null() || mark.line < 0) return fileName;
    return fileName + ":" + std::to_string(mark.line + 1);
}

std::string scalarOf(const YAML::Node& entry, const char* key)
{
    const YAML::Node value = entry[key];
    return value && value.IsScalar() ? value.Scalar() : std::string();
}

} // namespace

void readWaivers(const YAML::Node& node, const std::string& fileName, std::vector<findings::Waiver>& waivers,
                 std::vector<std::string>& warnings)
{
    if (node.IsNull()) return;
    if (!node.IsSequence()) {
        warnings.push_back(where(fileName, node) + ": 'waivers' must be a list of {rule, reason, target, expires}; "
                           "ignored");
        return;
    }
    for (const YAML::Node& entry : node) {
        const std::string origin = where(fileName, entry);
        if (!entry.IsMap()) {
            warnings.push_back(origin + ": a waiver must be a map with 'rule' and 'reason'; skipped");
            continue;
        }
        for (const auto& field : entry) {
            const std::string key = field.first.IsScalar() ? field.first.Scalar() : std::string();
            if (key != "rule" && key != "target" && key != "reason" && key != "expires")
                warnings.push_back(origin + ": unknown waiver key '" + key + "' (rule, target, reason, expires)");
            else if (!field.second.IsScalar())
                warnings.push_back(origin + ": waiver key '" + key + "' must be a single value");
        }
        findings::Waiver waiver{scalarOf(entry, "rule"), scalarOf(entry, "target"), scalarOf(entry, "reason"),
                                scalarOf(entry, "expires"), origin};
        if (waiver.rule.empty()) {
            warnings.push_back(origin + ": a waiver without a 'rule' is skipped");
            continue;
        }
        if (waiver.reason.find_first_not_of(" \t") == std::string::npos) {
            warnings.push_back(origin + ": the waiver of " + waiver.rule +
                               " has no 'reason' and is skipped: say why the risk is accepted");
            continue;
        }
        if (!waiver.expires.empty() && !findings::isIsoDate(waiver.expires)) {
            warnings.push_back(origin + ": the waiver of " + waiver.rule + " has a bad 'expires' date '" +
                               waiver.expires + "' (YYYY-MM-DD) and is skipped");
            continue;
        }
        waivers.push_back(std::move(waiver));
    }
}

} // namespace dw::lint::detail
