#include "lint/formats/format_support.h"

#include "lint/formats/report.h"
#include "lint/registry.h"

namespace dw::lint {

std::vector<std::string> findingRefs(const Finding& finding)
{
    if (const RuleInfo* info = formats::ruleInfo(finding.rule))
        return {info->refs.begin(), info->refs.end()};
    if (finding.rule == formats::kSyntaxErrorRule)
        return {"hadolint:" + std::string(formats::kSyntaxErrorRule)};
    return {};
}

} // namespace dw::lint

namespace dw::lint::formats {

namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

} // namespace

const std::string& localized(const LocalizedText& text, Language language)
{
    const std::string& translated = text.in(language);
    return translated.empty() ? text.en : translated;
}

const RuleInfo* ruleInfo(std::string_view ruleId)
{
    const Rule* rule = findRule(ruleId);
    return rule ? &rule->info() : nullptr;
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

std::string dumpJson(const nlohmann::ordered_json& json)
{
    return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace dw::lint::formats
