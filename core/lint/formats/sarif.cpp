#include "lint/formats/format_support.h"
#include "lint/formats/report.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

namespace dw::lint {

std::string_view sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
    case Severity::Style:
        return "note";
    case Severity::Ignore:
        break;
    }
    return "none";
}


namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view kInformationUri = "https://github.com/dockwarden/dockwarden";
const LocalizedText kSyntaxErrorTitle{"Dockerfile syntax error", "Dockerfile 语法错误"};

bool isUriSafe(unsigned char c, bool keepColon)
{
    return std::isalnum(c) ||
           std::string_view("-._~/!$&'()*+,;=@").find(static_cast<char>(c)) != std::string_view::npos ||
           (keepColon && c == ':');
}

std::string percentEncode(std::string_view path, bool keepColon)
{
    std::string out;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if (isUriSafe(byte, keepColon)) {
            out += c;
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned>(byte));
            out += escaped;
        }
    }
    return out;
}

/// A relative path stays a relative URI reference (as GitHub expects); an absolute one becomes a file: URI.
std::string artifactUri(std::string path)
{
    for (char& c : path) {
        if (c == '\\')
            c = '/';
    }
    while (path.starts_with("./"))
        path.erase(0, 2);
    const bool windowsDrive = path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path[0])) &&
                              path[1] == ':' && path[2] == '/';
    if (windowsDrive)
        return "file:///" + percentEncode(path, true);
    if (path.starts_with('/'))
        return "file://" + percentEncode(path, false);
    return percentEncode(path, false);
}

Json region(const df::Range& range)
{
    Json json{{"startLine", std::max(range.start.line, 1)}};
    if (range.start.column > 0)
        json["startColumn"] = range.start.column;
    const bool endValid = range.end.line > range.start.line ||
                          (range.end.line == range.start.line && range.end.column >= range.start.column);
    if (endValid && range.start.line > 0) {
        json["endLine"] = range.end.line;
        if (range.start.column > 0 && range.end.column > 0)
            json["endColumn"] = range.end.column;
    }
    return json;
}

Json physicalLocation(const std::string& uri, const df::Range& range)
{
    return Json{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}, {"region", region(range)}}}};
}

std::string kebabCase(std::string_view name)
{
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (std::isupper(c) && i > 0) {
            const auto previous = static_cast<unsigned char>(name[i - 1]);
            const bool nextLower =
                i + 1 < name.size() && std::islower(static_cast<unsigned char>(name[i + 1]));
            if (std::islower(previous) || std::isdigit(previous) || (std::isupper(previous) && nextLower))
                out += '-';
        }
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

std::string helpUri(std::string_view ruleId, const std::vector<std::string>& refs)
{
    for (const std::string& ref : refs) {
        const std::string_view value = std::string_view(ref).substr(ref.find(':') + 1);
        if (ref.starts_with("hadolint:DL") && value != formats::kSyntaxErrorRule)
            return "https://github.com/hadolint/hadolint/wiki/" + std::string(value);
        if (ref.starts_with("buildkit:"))
            return "https://docs.docker.com/reference/build-checks/" + kebabCase(value) + "/";
    }
    if (ruleId.starts_with("SC") && ruleId.size() > 2 && std::isdigit(static_cast<unsigned char>(ruleId[2])))
        return "https://www.shellcheck.net/wiki/" + std::string(ruleId);
    return {};
}

Json ruleDescriptor(const Finding& first, Language language)
{
    const RuleInfo* info = formats::ruleInfo(first.rule);
    std::vector<std::string> refs; // SARIF tags are a set
    for (std::string& ref : findingRefs(first)) {
        if (std::find(refs.begin(), refs.end(), ref) == refs.end())
            refs.push_back(std::move(ref));
    }
    std::string title = first.rule;
    std::string explanation;
    Severity severity = first.severity;
    if (info) {
        title = formats::localized(info->title, language);
        explanation = formats::localized(info->explanation, language);
        severity = info->severity;
    } else if (first.rule == formats::kSyntaxErrorRule) {
        title = formats::localized(kSyntaxErrorTitle, language);
        severity = Severity::Error;
    }
    if (title.empty())
        title = first.rule;
    Json descriptor{{"id", first.rule},
                    {"name", first.rule},
                    {"shortDescription", {{"text", title}}},
                    {"fullDescription", {{"text", explanation.empty() ? title : explanation}}}};
    if (const std::string uri = helpUri(first.rule, refs); !uri.empty())
        descriptor["helpUri"] = uri;
    if (!explanation.empty())
        descriptor["help"] = {{"text", explanation}, {"markdown", explanation}};
    descriptor["defaultConfiguration"] = {{"level", sarifLevel(severity)}};
    descriptor["properties"] = {{"tags", refs}};
    return descriptor;
}

Json fixJson(const Fix& fix, const std::string& uri, Language language)
{
    Json replacements = Json::array();
    for (const TextEdit& edit : fix.edits)
        replacements.push_back(
            {{"deletedRegion", region(edit.range)}, {"insertedContent", {{"text", edit.text}}}});
    Json change{{"artifactLocation", {{"uri", uri}}}, {"replacements", std::move(replacements)}};
    return Json{{"description", {{"text", formats::localized(fix.title, language)}}},
                {"artifactChanges", Json::array({std::move(change)})}};
}

Json resultJson(const Finding& finding, std::size_t ruleIndex, const std::string& uri, Language language)
{
    std::string message = formats::localized(finding.message, language);
    if (message.empty())
        message = finding.rule;
    Json result{{"ruleId", finding.rule},
                {"ruleIndex", ruleIndex},
                {"level", sarifLevel(finding.severity)},
                {"message", {{"text", message}}},
                {"locations", Json::array({physicalLocation(uri, finding.range)})}};
    Json fixes = Json::array();
    for (const Fix& fix : finding.fixes) {
        if (!fix.edits.empty()) // SARIF requires at least one replacement per change
            fixes.push_back(fixJson(fix, uri, language));
    }
    if (!fixes.empty())
        result["fixes"] = std::move(fixes);
    if (!finding.sameAs.empty())
        result["properties"] = {{"sameAs", std::string(finding.sameAs)}};
    return result;
}

Json fileErrorNotification(const FileReport& file)
{
    return Json{
        {"level", "error"},
        {"message", {{"text", file.path + ": " + file.error}}},
        {"locations",
         Json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", artifactUri(file.path)}}}}}}})}};
}

} // namespace

std::string formatSarif(const std::vector<FileReport>& files, const ReportOptions& options)
{
    Json rules = Json::array();
    Json results = Json::array();
    Json notifications = Json::array();
    std::map<std::string, std::size_t> ruleIndexes;
    for (const FileReport& file : files) {
        const std::string uri = artifactUri(file.path);
        if (!file.error.empty())
            notifications.push_back(fileErrorNotification(file));
        for (std::size_t i = 0; i < file.findings.size(); ++i) {
            const Finding& finding = file.findings[i];
            auto [entry, added] = ruleIndexes.try_emplace(finding.rule, rules.size());
            if (added)
                rules.push_back(ruleDescriptor(finding, options.language));
            results.push_back(resultJson(finding, entry->second, uri, options.language));
            if (i < file.newSinceBaseline.size()) // SARIF 2.1.0 §3.27.24
                results.back()["baselineState"] = file.newSinceBaseline[i] ? "new" : "unchanged";
        }
        // Waived findings stay in the log as accepted external suppressions (SARIF 2.1.0 §3.35).
        for (const auto& held : file.waived) {
            auto [entry, added] = ruleIndexes.try_emplace(held.finding.rule, rules.size());
            if (added)
                rules.push_back(ruleDescriptor(held.finding, options.language));
            Json result = resultJson(held.finding, entry->second, uri, options.language);
            result["suppressions"] = Json::array(
                {{{"kind", "external"}, {"status", "accepted"}, {"justification", held.waiver.reason}}});
            results.push_back(std::move(result));
        }
    }

    Json driver{{"name", "dockwarden"}};
    if (!options.toolVersion.empty())
        driver["version"] = options.toolVersion;
    driver["informationUri"] = kInformationUri;
    driver["rules"] = std::move(rules);

    Json invocation{{"executionSuccessful", notifications.empty()}};
    if (!notifications.empty())
        invocation["toolExecutionNotifications"] = std::move(notifications);

    Json run{{"tool", {{"driver", std::move(driver)}}},
             {"invocations", Json::array({std::move(invocation)})},
             {"columnKind", "unicodeCodePoints"},
             {"results", std::move(results)}};
    const Json log{{"$schema", kSchemaUri}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
    return formats::dumpJson(log);
}

} // namespace dw::lint
