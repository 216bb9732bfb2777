#include "lint/formats/format_support.h"
#include "lint/formats/report.h"

#include <cstdio>
#include <map>
#include <utility>

namespace dw::lint {

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

bool isControl(char32_t codePoint)
{
    return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
}

/// Text from the Dockerfile may hold escape sequences; they are shown, never sent to the terminal.
std::string terminalSafe(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    formats::forEachCodePoint(text, [&out](char32_t codePoint) {
        if (codePoint == U'\t' || !isControl(codePoint)) {
            formats::appendUtf8(out, codePoint);
            return;
        }
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(codePoint));
        out += escaped;
    });
    return out;
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

std::string formatText(const std::vector<FileReport>& files, const ReportOptions& options)
{
    std::string out;
    for (const FileReport& file : files) {
        const std::string path = terminalSafe(file.path);
        if (!file.error.empty()) {
            appendStyled(out, path, kBold, options.color);
            out += ": ";
            appendStyled(out, "error", severityColor(Severity::Error), options.color);
            out += ": " + terminalSafe(file.error) + "\n";
        }
        // The ids folded into each shown finding, by (line, shown rule).
        std::map<std::pair<int, std::string>, std::string> alsoReported;
        if (options.fold)
            for (const Finding& finding : file.findings)
                if (!finding.sameAs.empty()) {
                    std::string& ids = alsoReported[{finding.range.start.line, std::string(finding.sameAs)}];
                    ids += (ids.empty() ? "" : ", ") + finding.rule;
                }
        for (const Finding& finding : file.findings) {
            if (options.fold && !finding.sameAs.empty()) continue;
            const df::Position& start = finding.range.start;
            appendStyled(out, path + ":" + std::to_string(start.line) + ":" + std::to_string(start.column),
                         kBold, options.color);
            out += ' ';
            appendStyled(out, severityName(finding.severity), severityColor(finding.severity), options.color);
            out += ' ' + terminalSafe(finding.rule) + ' ';
            out += terminalSafe(formats::localized(finding.message, options.language));
            if (const auto also = alsoReported.find({start.line, finding.rule}); also != alsoReported.end())
                out += (options.language == Language::English ? " (also " : "（另见 ") + terminalSafe(also->second) +
                       (options.language == Language::English ? ")" : "）");
            out += "\n";
        }
        if (!file.waived.empty()) {
            std::string rules;
            for (const auto& held : file.waived)
                if (rules.find(held.finding.rule) == std::string::npos)
                    rules += (rules.empty() ? "" : ", ") + held.finding.rule;
            out += path + ": " + std::to_string(file.waived.size()) +
                   (options.language == Language::English ? " waived (" : " 项已豁免（") + terminalSafe(rules) +
                   (options.language == Language::English ? ")\n" : "）\n");
        }
    }
    return out;
}

} // namespace dw::lint
