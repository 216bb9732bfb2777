// dockwarden-cli rules: every rule and check of the three engines, from the one catalogue, as text, JSON or the
// Markdown of docs/.
#include "cli_common.h"

#include "findings/catalogue.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <optional>

namespace dw::cli {
namespace {

constexpr const char* kRulesUsage =
    "usage: dockwarden-cli rules [--engine dockerfile|host|image] [--format text|json|markdown] [--lang en|zh_CN]\n";

nlohmann::json texts(const findings::LocalizedText& text) { return {{"en", text.en}, {"zh_CN", text.zh}}; }

nlohmann::json ruleJson(const findings::RuleDescription& rule)
{
    nlohmann::json refs = nlohmann::json::array();
    for (std::string_view ref : rule.refs) refs.push_back(std::string(ref));
    nlohmann::json out = {{"id", rule.id},
                          {"engine", findings::engineName(rule.engine)},
                          {"family", rule.family},
                          {"severity", findings::severityName(rule.severity)},
                          {"practice", findings::practiceId(rule.practice)},
                          {"refs", refs},
                          {"experimental", rule.experimental},
                          {"title", texts(rule.title)},
                          {"explanation", texts(rule.explanation)}};
    if (!rule.remedy.en.empty()) out["remedy"] = texts(rule.remedy);
    if (!rule.equivalents.empty()) {
        nlohmann::json same = nlohmann::json::array();
        for (std::string_view id : rule.equivalents) same.push_back(std::string(id));
        out["equivalents"] = same;
    }
    return out;
}

} // namespace

int runRules(const std::vector<std::string>& args)
{
    std::string format = "text";
    std::optional<findings::Engine> engine;
    findings::Language language = findings::Language::English;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == "-h" || args[i] == "--help") {
            std::cout << kRulesUsage;
            return Success;
        }
        if (args[i] == "--format" && hasValue) {
            format = args[++i];
        } else if (args[i] == "--lang" && hasValue) {
            const std::string& lang = args[++i];
            if (lang != "en" && lang != "zh_CN") {
                std::cerr << "dockwarden-cli rules: unknown language '" << lang << "' (en or zh_CN)\n";
                return UsageOrIoError;
            }
            language = lang == "zh_CN" ? findings::Language::SimplifiedChinese : findings::Language::English;
        } else if (args[i] == "--engine" && hasValue) {
            engine = findings::engineFromName(args[++i]);
            if (!engine) {
                std::cerr << "dockwarden-cli rules: unknown engine '" << args[i] << "' (dockerfile, host or image)\n";
                return UsageOrIoError;
            }
        } else {
            std::cerr << kRulesUsage;
            return UsageOrIoError;
        }
    }
    const auto selected = [&engine](const findings::RuleDescription& rule) {
        return !engine || rule.engine == *engine;
    };
    if (format == "markdown") {
        for (findings::Engine e : {findings::Engine::Dockerfile, findings::Engine::Host, findings::Engine::Image})
            if (!engine || e == *engine) std::cout << findings::catalogueMarkdown(e);
        return Success;
    }
    if (format == "json") {
        nlohmann::json rules = nlohmann::json::array();
        for (const findings::RuleDescription& rule : findings::catalogue())
            if (selected(rule)) rules.push_back(ruleJson(rule));
        std::cout << rules.dump(2) << "\n";
        return Success;
    }
    if (format != "text") {
        std::cerr << "dockwarden-cli rules: unknown format '" << format << "' (text, json or markdown)\n";
        return UsageOrIoError;
    }
    for (const findings::RuleDescription& rule : findings::catalogue())
        if (selected(rule))
            std::cout << rule.id << "\t" << findings::engineName(rule.engine) << "\t"
                      << findings::severityName(rule.severity) << "\t" << rule.title.in(language) << "\n";
    return Success;
}

} // namespace dw::cli
