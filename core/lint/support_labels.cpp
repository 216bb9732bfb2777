#include "lint/support_labels.h"

#include "dockerfile/variables.h"

#include <algorithm>
#include <cctype>

namespace dw::lint::support {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAlnum(char c) { return isDigit(c) || isAlpha(c); }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Reads exactly `count` digits at `pos` as a number; -1 when they are not all digits.
int number(std::string_view text, std::size_t pos, std::size_t count)
{
    if (pos + count > text.size()) return -1;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(text[i])) return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

// Characters allowed anywhere in a URI outside the scheme, besides %XX escapes.
bool uriChar(char c)
{
    return isAlnum(c) || std::string_view("-._~!$&'()*+,;=:@/?#[]").find(c) != std::string_view::npos;
}

// A dot-atom (RFC 5322): atoms of atext joined by single dots.
bool isDotAtom(std::string_view text)
{
    static constexpr std::string_view special = "!#$%&'*+-/=?^_`{|}~";
    for (std::string_view atom : split(text, '.')) {
        if (atom.empty()) return false;
        for (char c : atom) {
            if (!isAlnum(c) && special.find(c) == std::string_view::npos && static_cast<unsigned char>(c) < 0x80)
                return false;
        }
    }
    return true;
}

bool isQuotedString(std::string_view text)
{
    if (text.size() < 2 || text.front() != '"' || text.back() != '"') return false;
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == '\\') ++i;
        else if (text[i] == '"' || static_cast<unsigned char>(text[i]) < 0x20) return false;
    }
    return true;
}

bool semverNumber(std::string_view part)
{
    if (part.empty() || !std::all_of(part.begin(), part.end(), isDigit)) return false;
    return part.size() == 1 || part.front() != '0';
}

bool semverIdentifiers(std::string_view text, bool numericNoLeadingZero)
{
    for (std::string_view id : split(text, '.')) {
        if (id.empty() || !std::all_of(id.begin(), id.end(), [](char c) { return isAlnum(c) || c == '-'; }))
            return false;
        if (numericNoLeadingZero && std::all_of(id.begin(), id.end(), isDigit) && !semverNumber(id)) return false;
    }
    return true;
}

} // namespace

std::string pairKey(const df::KeyValue& pair) { return unquote(pair.key.value); }

std::string pairValue(const df::KeyValue& pair) { return pair.value ? unquote(pair.value->value) : std::string(); }

bool pairValueHasVariable(const df::KeyValue& pair, char32_t escape)
{
    return pair.value && !df::findVariableRefs(pair.value->value, escape).empty();
}

df::Range pairReportRange(const df::Instruction& instruction, const df::KeyValue& pair)
{
    if (pair.range.start.line == instruction.range.start.line) return pair.range;
    return {instruction.range.start, pair.range.end};
}

std::vector<std::string> schemaLabelsOfType(const Config& config, std::string_view type)
{
    std::vector<std::string> labels;
    for (const auto& [label, labelType] : config.labelSchema) {
        if (toLower(labelType) == type) labels.push_back(label);
    }
    return labels;
}

bool isUri(std::string_view text)
{
    auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || !isAlpha(text[0])) return false;
    for (char c : text.substr(0, colon)) {
        if (!isAlnum(c) && c != '+' && c != '-' && c != '.') return false;
    }
    std::string_view rest = text.substr(colon + 1);
    if (std::count(rest.begin(), rest.end(), '#') > 1) return false;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == '%') {
            if (i + 2 >= rest.size() || !isHex(rest[i + 1]) || !isHex(rest[i + 2])) return false;
            i += 2;
        } else if (!uriChar(rest[i])) {
            return false;
        }
    }
    if (!startsWith(rest, "//")) return rest.find_first_of("[]") == std::string_view::npos;
    // authority = [userinfo@]host[:port]; brackets only around an IP-literal host
    std::size_t authorityEnd = std::min(rest.find_first_of("/?#", 2), rest.size());
    if (rest.find_first_of("[]", authorityEnd) != std::string_view::npos) return false;
    std::string_view authority = rest.substr(2, authorityEnd - 2);
    if (auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
    if (!authority.empty() && authority.front() == '[') {
        auto close = authority.find(']');
        if (close == std::string_view::npos) return false;
        authority.remove_prefix(close + 1);
    } else {
        std::size_t hostEnd = std::min(authority.find(':'), authority.size());
        if (authority.substr(0, hostEnd).find_first_of("[]") != std::string_view::npos) return false;
        authority.remove_prefix(hostEnd);
    }
    if (authority.empty()) return true;
    if (authority.front() != ':') return false;
    authority.remove_prefix(1);
    return std::all_of(authority.begin(), authority.end(), isDigit);
}

bool isRfc3339(std::string_view text)
{
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't')
        || text[13] != ':' || text[16] != ':')
        return false;
    int year = number(text, 0, 4), month = number(text, 5, 2), day = number(text, 8, 2);
    int hour = number(text, 11, 2), minute = number(text, 14, 2), second = number(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 60)
        return false;
    static constexpr int daysIn[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > daysIn[month - 1] || (month == 2 && day == 29 && !leap)) return false;
    std::size_t pos = 19;
    if (text[pos] == '.') {
        std::size_t digits = ++pos;
        while (pos < text.size() && isDigit(text[pos])) ++pos;
        if (pos == digits) return false;
    }
    std::string_view zone = text.substr(pos);
    if (zone == "Z" || zone == "z") return true;
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') return false;
    int zoneHour = number(zone, 1, 2), zoneMinute = number(zone, 4, 2);
    return zoneHour >= 0 && zoneHour <= 23 && zoneMinute >= 0 && zoneMinute <= 59;
}

bool isSemVer(std::string_view text)
{
    std::string_view build;
    if (auto plus = text.find('+'); plus != std::string_view::npos) {
        build = text.substr(plus + 1);
        if (!semverIdentifiers(build, false)) return false;
        text = text.substr(0, plus);
    }
    if (auto dash = text.find('-'); dash != std::string_view::npos) {
        if (!semverIdentifiers(text.substr(dash + 1), true)) return false;
        text = text.substr(0, dash);
    }
    auto core = split(text, '.');
    return core.size() == 3 && std::all_of(core.begin(), core.end(), semverNumber);
}

bool isGitHash(std::string_view text)
{
    if (text.size() != 7 && text.size() != 40) return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return isDigit(c) || (c >= 'a' && c <= 'f'); });
}

bool isEmailAddress(std::string_view text)
{
    auto at = text.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == text.size()) return false;
    std::string_view local = text.substr(0, at), domain = text.substr(at + 1);
    if (!isDotAtom(local) && !isQuotedString(local)) return false;
    if (domain.front() == '[') {
        return domain.back() == ']' && domain.size() > 2
            && domain.substr(1, domain.size() - 2).find_first_of("[]\\ ") == std::string_view::npos;
    }
    return isDotAtom(domain);
}

void LabelValueRule::check(const LintContext& ctx, std::vector<Finding>& out) const
{
    const std::vector<std::string> labels = schemaLabelsOfType(ctx.config(), schemaType());
    if (labels.empty()) return;
    for (const df::Instruction* instruction : ctx.instructions()) {
        if (instruction->keyword != df::Keyword::Label) continue;
        for (const df::KeyValue& pair : instruction->pairs) {
            std::string key = pairKey(pair);
            if (std::find(labels.begin(), labels.end(), key) == labels.end()) continue;
            if (pairValueHasVariable(pair, ctx.file().escape) || valid(pairValue(pair))) continue;
            out.push_back(finding(pairReportRange(*instruction, pair), message(key)));
        }
    }
}

} // namespace dw::lint::support
