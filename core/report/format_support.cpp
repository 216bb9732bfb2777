#include "report/format_support.h"

#include <cstdio>
#include <ostream>

namespace dw::report::formats {

namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

} // namespace

const std::string& localized(const findings::LocalizedText& text, findings::Language language)
{
    const std::string& translated = text.in(language);
    return translated.empty() ? text.en : translated;
}

char32_t decodeCodePoint(std::string_view text, std::size_t& index)
{
    const auto lead = static_cast<unsigned char>(text[index]);
    int length = 0;
    char32_t codePoint = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        ++index;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2, codePoint = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, codePoint = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, codePoint = lead & 0x07, minimum = 0x10000;
    } else {
        ++index;
        return kReplacementCharacter;
    }
    if (index + length > text.size()) {
        ++index;
        return kReplacementCharacter;
    }
    for (int i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(text[index + i]);
        if (!isContinuation(byte)) {
            ++index;
            return kReplacementCharacter;
        }
        codePoint = (codePoint << 6) | (byte & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        ++index;
        return kReplacementCharacter;
    }
    index += length;
    return codePoint;
}

void appendUtf8(std::string& out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += static_cast<char>(0xE0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (codePoint >> 18));
        out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
}

std::string dumpJson(const Json& json)
{
    return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

util::GatheredWrites gatheredWritesTo(std::ostream& stream)
{
    return util::GatheredWrites(
        [&stream](std::string_view text) { stream.write(text.data(), static_cast<std::streamsize>(text.size())); });
}

namespace {

bool isControl(char32_t codePoint)
{
    return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
}

} // namespace

std::string terminalSafe(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    forEachCodePoint(text, [&out](char32_t codePoint) {
        if (codePoint == U'\t' || !isControl(codePoint)) {
            appendUtf8(out, codePoint);
            return;
        }
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(codePoint));
        out += escaped;
    });
    return out;
}

std::string messageWithEvidence(const findings::Finding& finding, findings::Language language)
{
    std::string text = localized(finding.message, language);
    if (text.empty()) text = finding.rule;
    if (!finding.evidence.empty()) text += " (" + finding.evidence + ")";
    return text;
}

std::string subjectFindingLine(const findings::Finding& finding, findings::Language language)
{
    std::string line = "  " + std::string(findings::severityName(finding.severity)) + " " + terminalSafe(finding.rule) +
                       " " + terminalSafe(localized(finding.message, language));
    if (!finding.evidence.empty()) line += " [" + terminalSafe(finding.evidence) + "]";
    return line + "\n";
}

} // namespace dw::report::formats
