#include "report/format_support.h"

#include "findings/catalogue.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

namespace dw::report {

using findings::Severity;
using formats::Json;

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

constexpr std::string_view kSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view kInformationUri = "https://github.com/dockwarden/dockwarden";

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

Json region(const findings::FileSpan& span)
{
    Json json{{"startLine", std::max(span.line, 1)}};
    if (span.column > 0)
        json["startColumn"] = span.column;
    const bool endValid = span.endLine > span.line || (span.endLine == span.line && span.endColumn >= span.column);
    if (endValid && span.line > 0) {
        json["endLine"] = span.endLine;
        if (span.column > 0 && span.endColumn > 0)
            json["endColumn"] = span.endColumn;
    }
    return json;
}

/// A file range; a host object (logical location); an image, with its layer and the file inside it.
Json locationJson(const findings::Location& location)
{
    if (const auto* file = std::get_if<findings::FileLocation>(&location))
        return Json{{"physicalLocation",
                     {{"artifactLocation", {{"uri", artifactUri(file->path)}}}, {"region", region(file->span)}}}};
    if (const auto* object = std::get_if<findings::HostObjectLocation>(&location)) {
        const std::string kind(findings::objectKindName(object->kind));
        return Json{{"logicalLocations",
                     Json::array({{{"name", object->name}, {"kind", kind}, {"fullyQualifiedName", kind + ":" + object->id}}})}};
    }
    const auto& image = std::get<findings::ImageLocation>(location);
    Json logical = Json::array({{{"name", image.image}, {"kind", "image"}}});
    if (image.layer)
        logical.push_back({{"name", "layer " + std::to_string(*image.layer)},
                           {"kind", "layer"},
                           {"fullyQualifiedName", image.image + "/layer/" + std::to_string(*image.layer)},
                           {"parentIndex", 0}});
    Json out{{"logicalLocations", std::move(logical)}};
    if (!image.path.empty())
        out["physicalLocation"] = {{"artifactLocation", {{"uri", percentEncode(image.path, false)}, {"uriBaseId", "IMAGEROOT"}}}};
    return out;
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
        if (ref.starts_with("hadolint:DL") && value != "DL1000")
            return "https://github.com/hadolint/hadolint/wiki/" + std::string(value);
        if (ref.starts_with("buildkit:"))
            return "https://docs.docker.com/reference/build-checks/" + kebabCase(value) + "/";
    }
    if (ruleId.starts_with("SC") && ruleId.size() > 2 && std::isdigit(static_cast<unsigned char>(ruleId[2])))
        return "https://www.shellcheck.net/wiki/" + std::string(ruleId);
    return {};
}

Json ruleDescriptor(const findings::Finding& first, Language language)
{
    const findings::RuleDescription* rule = findings::findRule(first.rule);
    std::vector<std::string> refs; // SARIF tags are a set
    for (const std::string& ref : first.refs)
        if (std::find(refs.begin(), refs.end(), ref) == refs.end())
            refs.push_back(ref);
    std::string title = formats::localized(findings::titleOf(first), language);
    std::string explanation;
    std::string remedy;
    Severity severity = first.severity;
    if (rule) {
        explanation = formats::localized(rule->explanation, language);
        remedy = formats::localized(rule->remedy, language);
        severity = rule->severity;
    } else if (first.rule == "DL1000") {
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
    std::string help = explanation;
    if (!remedy.empty())
        help += (help.empty() ? "" : "\n\n") + remedy;
    if (!help.empty())
        descriptor["help"] = {{"text", help}, {"markdown", help}};
    descriptor["defaultConfiguration"] = {{"level", sarifLevel(severity)}};
    descriptor["properties"] = {{"tags", refs}};
    return descriptor;
}

Json fixJson(const findings::TextFix& fix, const std::string& uri, Language language)
{
    Json replacements = Json::array();
    for (const findings::TextEdit& edit : fix.edits)
        replacements.push_back({{"deletedRegion", region(edit.span)}, {"insertedContent", {{"text", edit.text}}}});
    Json change{{"artifactLocation", {{"uri", uri}}}, {"replacements", std::move(replacements)}};
    return Json{{"description", {{"text", formats::localized(fix.title, language)}}},
                {"artifactChanges", Json::array({std::move(change)})}};
}

Json resultJson(const findings::Finding& finding, std::size_t ruleIndex, Language language)
{
    Json result{{"ruleId", finding.rule},
                {"ruleIndex", ruleIndex},
                {"level", sarifLevel(finding.severity)},
                {"message", {{"text", formats::messageWithEvidence(finding, language)}}},
                {"locations", Json::array({locationJson(finding.location)})}};
    if (const auto* file = findings::fileLocationOf(finding)) {
        Json fixes = Json::array();
        for (const findings::TextFix& fix : finding.fixes)
            if (!fix.edits.empty()) // SARIF requires at least one replacement per change
                fixes.push_back(fixJson(fix, artifactUri(file->path), language));
        if (!fixes.empty())
            result["fixes"] = std::move(fixes);
    }
    if (finding.baseline != findings::BaselineState::None) // SARIF 2.1.0 §3.27.24
        result["baselineState"] = finding.baseline == findings::BaselineState::New ? "new" : "unchanged";
    if (!finding.sameAs.empty())
        result["properties"] = {{"sameAs", finding.sameAs}};
    return result;
}

Json errorNotification(const scan::ScanReport& report)
{
    Json notification{{"level", "error"}, {"message", {{"text", report.target + ": " + report.error}}}};
    if (report.kind == findings::Engine::Dockerfile)
        notification["locations"] =
            Json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", artifactUri(report.target)}}}}}}});
    return notification;
}

} // namespace

std::string formatSarif(const std::vector<scan::ScanReport>& reports, const FormatOptions& options)
{
    Json rules = Json::array();
    Json results = Json::array();
    Json notifications = Json::array();
    bool imageRoot = false;
    std::map<std::string, std::size_t> ruleIndexes;
    auto indexOf = [&](const findings::Finding& finding) {
        auto [entry, added] = ruleIndexes.try_emplace(finding.rule, rules.size());
        if (added)
            rules.push_back(ruleDescriptor(finding, options.language));
        return entry->second;
    };
    for (const scan::ScanReport& report : reports) {
        if (!report.ok())
            notifications.push_back(errorNotification(report));
        imageRoot = imageRoot || report.kind == findings::Engine::Image;
        for (const findings::Finding& finding : report.findings)
            results.push_back(resultJson(finding, indexOf(finding), options.language));
        // Waived findings stay in the log as accepted external suppressions (SARIF 2.1.0 §3.35).
        for (const auto& held : report.waived) {
            Json result = resultJson(held.finding, indexOf(held.finding), options.language);
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
             {"columnKind", "unicodeCodePoints"}};
    if (imageRoot) // paths inside an image are relative to its root filesystem
        run["originalUriBaseIds"] = {{"IMAGEROOT", {{"uri", "file:///"}}}};
    run["results"] = std::move(results);
    const Json log{{"$schema", kSchemaUri}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
    return formats::dumpJson(log);
}

} // namespace dw::report
