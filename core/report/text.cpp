#include "report/format_support.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <utility>

namespace dw::report {

using findings::Severity;

namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";

std::string_view severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "\x1b[1;31m";
    case Severity::Warning:
        return "\x1b[33m";
    case Severity::Info:
        return "\x1b[36m";
    case Severity::Style:
        return "\x1b[32m";
    case Severity::Ignore:
        break;
    }
    return "\x1b[90m";
}

void appendStyled(std::string& out, std::string_view text, std::string_view style, bool color)
{
    if (color)
        out += style;
    out += text;
    if (color)
        out += kReset;
}

} // namespace

std::string textFileBlock(const scan::ScanReport& file, const FormatOptions& options)
{
    using formats::terminalSafe;
    std::string out;
    const std::string path = terminalSafe(file.target);
    if (!file.ok()) {
        appendStyled(out, path, kBold, options.color);
        out += ": ";
        appendStyled(out, "error", severityColor(Severity::Error), options.color);
        out += ": " + terminalSafe(file.error) + "\n";
    }
    auto lineOf = [](const findings::Finding& finding) { return findings::fileLocationOf(finding)->span.line; };
    // The ids folded into each shown finding, by (line, shown rule).
    std::map<std::pair<int, std::string>, std::string> alsoReported;
    if (options.fold)
        for (const findings::Finding& finding : file.findings)
            if (!finding.sameAs.empty()) {
                std::string& ids = alsoReported[{lineOf(finding), finding.sameAs}];
                ids += (ids.empty() ? "" : ", ") + finding.rule;
            }
    const bool english = options.language == Language::English;
    for (const findings::Finding& finding : file.findings) {
        if (options.fold && !finding.sameAs.empty()) continue;
        const findings::FileLocation& location = *findings::fileLocationOf(finding);
        const findings::FileSpan& span = location.span;
        const std::string where = location.path == file.target ? path : terminalSafe(location.path);
        appendStyled(out, where + ":" + std::to_string(span.line) + ":" + std::to_string(span.column), kBold,
                     options.color);
        out += ' ';
        appendStyled(out, findings::severityName(finding.severity), severityColor(finding.severity), options.color);
        out += ' ' + terminalSafe(finding.rule) + ' ';
        out += terminalSafe(formats::localized(finding.message, options.language));
        if (const auto also = alsoReported.find({span.line, finding.rule}); also != alsoReported.end())
            out += (english ? " (also " : "（另见 ") + terminalSafe(also->second) + (english ? ")" : "）");
        out += "\n";
    }
    if (!file.waived.empty()) {
        std::string rules;
        for (const auto& held : file.waived)
            if (rules.find(held.finding.rule) == std::string::npos)
                rules += (rules.empty() ? "" : ", ") + held.finding.rule;
        out += path + ": " + std::to_string(file.waived.size()) + (english ? " waived (" : " 项已豁免（") +
               terminalSafe(rules) + (english ? ")\n" : "）\n");
    }
    return out;
}

namespace {

std::string reportText(const scan::ScanReport& report, const FormatOptions& options)
{
    switch (report.kind) {
    case findings::Engine::Dockerfile: return textFileBlock(report, options);
    case findings::Engine::Host: return formats::hostText(report, options);
    case findings::Engine::Image: return formats::imageText(report, options);
    }
    return {};
}

} // namespace

std::string formatText(const std::vector<scan::ScanReport>& reports, const FormatOptions& options)
{
    std::string out;
    for (const scan::ScanReport& report : reports) out += reportText(report, options);
    return out;
}

void writeText(std::ostream& stream, const std::vector<scan::ScanReport>& reports, const FormatOptions& options)
{
    util::GatheredWrites out = formats::gatheredWritesTo(stream);
    for (const scan::ScanReport& report : reports) out.add(reportText(report, options));
}

} // namespace dw::report
