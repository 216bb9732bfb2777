// dockwarden-cli rules: the rule catalogue as text, JSON, or the Markdown of docs/rules.md.
#include "cli_common.h"

#include "lint/registry.h"
#include "lint/rule_docs.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace dw::cli {

int runRules(const std::vector<std::string>& args)
{
    std::string format = "text";
    findings::Language language = findings::Language::English;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size()) format = args[++i];
        else if (args[i] == "--lang" && i + 1 < args.size()) language = args[++i] == "zh_CN" ? findings::Language::SimplifiedChinese : findings::Language::English;
        else {
            std::cerr << "usage: dockwarden-cli rules [--format text|json|markdown] [--lang en|zh_CN]\n";
            return UsageOrIoError;
        }
    }
    if (format == "markdown") {
        std::cout << lint::rulesMarkdown();
        return Success;
    }
    if (format == "json") {
        nlohmann::json rules = nlohmann::json::array();
        for (const auto& rule : lint::allRules()) {
            const auto& info = rule->info();
            nlohmann::json refs = nlohmann::json::array();
            for (auto ref : info.refs) refs.push_back(std::string(ref));
            rules.push_back({{"id", info.id}, {"severity", findings::severityName(info.severity)},
                             {"family", lint::familyName(info.family)}, {"practice", findings::practiceId(info.practice)},
                             {"refs", refs}, {"experimental", info.experimental},
                             {"title", {{"en", info.title.en}, {"zh_CN", info.title.zh}}},
                             {"explanation", {{"en", info.explanation.en}, {"zh_CN", info.explanation.zh}}}});
        }
        std::cout << rules.dump(2) << "\n";
        return Success;
    }
    if (format != "text") {
        std::cerr << "dockwarden-cli rules: unknown format '" << format << "'\n";
        return UsageOrIoError;
    }
    for (const auto& rule : lint::allRules()) {
        const auto& info = rule->info();
        std::cout << info.id << "\t" << findings::severityName(info.severity) << "\t" << info.title.in(language) << "\n";
    }
    return Success;
}

} // namespace dw::cli
