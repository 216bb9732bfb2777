#include "report/format_support.h"

#include <vector>

namespace dw::report {

using findings::Severity;

namespace {

/// Characters XML 1.0 cannot carry at all, not even as character references.
bool forbiddenInXml(char32_t codePoint)
{
    return (codePoint < 0x20 && codePoint != U'\t' && codePoint != U'\n' && codePoint != U'\r') ||
           codePoint == 0xFFFE || codePoint == 0xFFFF;
}

/// Escaped for a double-quoted attribute value; tabs and line breaks survive attribute normalisation.
std::string xmlAttribute(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    formats::forEachCodePoint(text, [&out](char32_t codePoint) {
        switch (codePoint) {
        case U'&':
            out += "&amp;";
            return;
        case U'<':
            out += "&lt;";
            return;
        case U'>':
            out += "&gt;";
            return;
        case U'"':
            out += "&quot;";
            return;
        case U'\'':
            out += "&apos;";
            return;
        case U'\t':
            out += "&#9;";
            return;
        case U'\n':
            out += "&#10;";
            return;
        case U'\r':
            out += "&#13;";
            return;
        default:
            formats::appendUtf8(out, forbiddenInXml(codePoint) ? formats::kReplacementCharacter : codePoint);
        }
    });
    return out;
}

/// Checkstyle knows error, warning, info and ignore.
std::string_view checkstyleSeverity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
    case Severity::Style:
        return "info";
    case Severity::Ignore:
        break;
    }
    return "ignore";
}

std::string attribute(std::string_view name, std::string_view value)
{
    return " " + std::string(name) + "=\"" + xmlAttribute(value) + "\"";
}

} // namespace

std::string formatCheckstyle(const std::vector<scan::ScanReport>& reports, const FormatOptions& options)
{
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
    for (const scan::ScanReport& file : reports) {
        if (file.kind != findings::Engine::Dockerfile) continue;
        out += "  <file" + attribute("name", file.target) + ">\n";
        if (!file.ok()) {
            out += "    <error line=\"0\" severity=\"error\"" + attribute("message", file.error) +
                   " source=\"dockwarden\"/>\n";
        }
        std::vector<const findings::Finding*> elsewhere; // the Dockerfiles a Compose file's services build
        for (const findings::Finding& finding : file.findings) {
            const findings::FileLocation& location = *findings::fileLocationOf(finding);
            if (location.path != file.target) {
                elsewhere.push_back(&finding);
                continue;
            }
            const findings::FileSpan& span = location.span;
            out += "    <error" + attribute("line", std::to_string(span.line));
            if (span.column > 0)
                out += attribute("column", std::to_string(span.column));
            out += attribute("severity", checkstyleSeverity(finding.severity));
            out += attribute("message", formats::localized(finding.message, options.language));
            out += attribute("source", "dockwarden." + finding.rule) + "/>\n";
        }
        out += "  </file>\n";
        for (const findings::Finding* finding : elsewhere) {
            const findings::FileLocation& location = *findings::fileLocationOf(*finding);
            out += "  <file" + attribute("name", location.path) + ">\n    <error" +
                   attribute("line", std::to_string(location.span.line)) +
                   attribute("column", std::to_string(location.span.column)) +
                   attribute("severity", checkstyleSeverity(finding->severity)) +
                   attribute("message", formats::localized(finding->message, options.language)) +
                   attribute("source", "dockwarden." + finding->rule) + "/>\n  </file>\n";
        }
    }
    out += "</checkstyle>\n";
    return out;
}

} // namespace dw::report
