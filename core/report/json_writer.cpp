#include "report/json_writer.h"

#include <array>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dw::report::formats {

namespace {

/// Length of the well-formed UTF-8 sequence that starts at text[at] (a lead byte), or 0 when it is not one
/// (Unicode's table of well-formed byte sequences: no overlong forms, no surrogates, nothing past U+10FFFF).
std::size_t utf8SequenceLength(std::string_view text, std::size_t at)
{
    const auto byteAt = [&](std::size_t k) { return static_cast<unsigned char>(text[at + k]); };
    const auto trail = [&](std::size_t k, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return at + k < text.size() && byteAt(k) >= low && byteAt(k) <= high;
    };
    const unsigned char lead = byteAt(0);
    if (lead >= 0xC2 && lead <= 0xDF) return trail(1) ? 2 : 0;
    if (lead == 0xE0) return trail(1, 0xA0) && trail(2) ? 3 : 0;
    if (lead == 0xED) return trail(1, 0x80, 0x9F) && trail(2) ? 3 : 0;
    if (lead >= 0xE1 && lead <= 0xEF) return trail(1) && trail(2) ? 3 : 0;
    if (lead == 0xF0) return trail(1, 0x90) && trail(2) && trail(3) ? 4 : 0;
    if (lead >= 0xF1 && lead <= 0xF3) return trail(1) && trail(2) && trail(3) ? 4 : 0;
    if (lead == 0xF4) return trail(1, 0x80, 0x8F) && trail(2) && trail(3) ? 4 : 0;
    return 0;
}

/// The escape nlohmann writes for a byte below 0x20, '"' or '\\'.
void appendEscape(std::string& out, unsigned char byte)
{
    switch (byte) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\t': out += "\\t"; return;
    case '\n': out += "\\n"; return;
    case '\f': out += "\\f"; return;
    case '\r': out += "\\r"; return;
    default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char code[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 0xF]};
        out.append(code, sizeof code);
    }
    }
}

constexpr auto kPlainJsonBytes = [] {
    std::array<bool, 256> table{};
    for (int byte = 0x20; byte < 0x80; ++byte)
        table[static_cast<std::size_t>(byte)] = byte != '"' && byte != '\\';
    return table;
}();

bool isPlainJsonByte(unsigned char byte) { return kPlainJsonBytes[byte]; }

/// The first offset at or after `at` whose byte is not plain printable ASCII (or the size), 16 bytes at a time
/// where the CPU has SSE2: most of a report's text is plain.
std::size_t skipPlain(std::string_view text, std::size_t at)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; at + 16 <= text.size(); at += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
        // Signed: bytes from 0x80 up are negative, so "less than a space" also catches them.
        const __m128i special = _mm_or_si128(_mm_cmplt_epi8(block, space),
                                             _mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)));
        if (const int mask = _mm_movemask_epi8(special))
            return at + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    while (at < text.size() && isPlainJsonByte(static_cast<unsigned char>(text[at])))
        ++at;
    return at;
}

/// Keys and values up to this many bytes are written through a stack buffer, in one append.
constexpr std::size_t kShortText = JsonKey::kShortLength;
/// An indent of up to kShortText spaces is copied from here whole (a fixed-size copy needs no call).
constexpr std::array<char, kShortText> kSpaces = [] {
    std::array<char, kShortText> spaces{};
    spaces.fill(' ');
    return spaces;
}();
/// The separator, line break, indent (at most kShortText), quotes, name (at most kShortText) and ": ".
constexpr std::size_t kMemberPrefixRoom = 2 * kShortText + 8;

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    // The same bytes as nlohmann's dump (ensure_ascii off): well-formed UTF-8 and DEL are copied, bytes below 0x20,
    // '"' and '\\' escaped. Only ill-formed UTF-8, which nlohmann replaces by U+FFFD in its own way, goes through it.
    const std::size_t plainEnd = skipPlain(text, 0);
    if (plainEnd == text.size() && text.size() <= kShortText) { // most values: one append
        char buffer[kShortText + 2];
        buffer[0] = '"';
        std::memcpy(buffer + 1, text.data(), text.size());
        buffer[text.size() + 1] = '"';
        out.append(buffer, text.size() + 2);
        return;
    }
    const std::size_t mark = out.size();
    out.reserve(mark + text.size() + 2);
    out += '"';
    std::size_t copiedTo = 0;
    for (std::size_t at = plainEnd; at < text.size(); at = skipPlain(text, at)) {
        const auto byte = static_cast<unsigned char>(text[at]);
        if (byte >= 0x80) {
            const std::size_t length = utf8SequenceLength(text, at);
            if (length == 0) {
                out.resize(mark);
                out += nlohmann::ordered_json(std::string(text)).dump(-1, ' ', false,
                                                                       nlohmann::ordered_json::error_handler_t::replace);
                return;
            }
            at += length;
        } else {
            out.append(text.substr(copiedTo, at - copiedTo));
            appendEscape(out, byte);
            copiedTo = ++at;
        }
    }
    out.append(text.substr(copiedTo));
    out += '"';
}

JsonWriter JsonWriter::continuing(std::string& out, std::size_t depth, int valuesBefore)
{
    JsonWriter writer(out);
    writer.counts_.assign(depth, 1);
    if (depth > 0) writer.counts_.back() = valuesBefore;
    return writer;
}

void JsonWriter::newline()
{
    out_ += '\n';
    out_.append(2 * counts_.size(), ' ');
}

void JsonWriter::beforeValue()
{
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (counts_.empty()) return;
    if (counts_.back()++) out_ += ',';
    newline();
}

std::size_t JsonWriter::memberPrefix(char* buffer, JsonKey key)
{
    const std::string_view name = key.text();
    const std::size_t indent = 2 * counts_.size();
    if (afterKey_ || counts_.empty() || indent > kShortText ||
        (!key.knownPlain() && (name.size() > kShortText || skipPlain(name, 0) != name.size())))
        return 0;
    std::size_t length = 0;
    if (counts_.back()++) buffer[length++] = ',';
    buffer[length++] = '\n';
    std::memcpy(buffer + length, kSpaces.data(), kSpaces.size()); // the name overwrites what is past the indent
    length += indent;
    buffer[length++] = '"';
    std::memcpy(buffer + length, name.data(), name.size());
    length += name.size();
    for (const char c : {'"', ':', ' '})
        buffer[length++] = c;
    return length;
}

void JsonWriter::key(JsonKey name)
{
    // A report writes tens of thousands of keys: the comma, the line break, the indent and a plain quoted name go
    // out in one append.
    char buffer[kMemberPrefixRoom];
    if (const std::size_t length = memberPrefix(buffer, name)) {
        out_.append(buffer, length);
        afterKey_ = true;
        return;
    }
    beforeValue();
    appendJsonString(out_, name.text());
    out_ += ": ";
    afterKey_ = true;
}

void JsonWriter::member(JsonKey name, std::string_view text)
{
    char buffer[kMemberPrefixRoom + kShortText + 2];
    if (text.size() <= kShortText && skipPlain(text, 0) == text.size()) {
        if (std::size_t length = memberPrefix(buffer, name)) {
            buffer[length++] = '"';
            std::memcpy(buffer + length, text.data(), text.size());
            length += text.size();
            buffer[length++] = '"';
            out_.append(buffer, length);
            return;
        }
    }
    key(name);
    string(text);
}

void JsonWriter::member(JsonKey name, std::int64_t value) { members({{name, value}}); }

void JsonWriter::members(std::initializer_list<NumberMember> numbers)
{
    constexpr std::size_t kRoomEach = kMemberPrefixRoom + 24;
    constexpr std::size_t kMostAtOnce = 4;
    char buffer[kMostAtOnce * kRoomEach];
    std::size_t length = 0;
    for (const auto& [name, value] : numbers) {
        if (length + kRoomEach > sizeof buffer) {
            out_.append(buffer, length);
            length = 0;
        }
        const std::size_t prefix = memberPrefix(buffer + length, name);
        if (prefix == 0) { // a name that needs escapes, or an indent too deep for the buffer
            out_.append(buffer, length);
            length = 0;
            key(name);
            number(value);
            continue;
        }
        length += prefix;
        length = static_cast<std::size_t>(std::to_chars(buffer + length, buffer + sizeof buffer, value).ptr - buffer);
    }
    out_.append(buffer, length);
}

void JsonWriter::replayMembers(std::string_view recorded, int members)
{
    if (counts_.back()) out_ += ',';
    out_ += recorded;
    counts_.back() += members;
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    out_ += bracket;
    counts_.push_back(0);
}

void JsonWriter::close(char bracket)
{
    const bool empty = counts_.back() == 0;
    counts_.pop_back();
    if (!empty) newline();
    out_ += bracket;
}

void JsonWriter::string(std::string_view text)
{
    beforeValue();
    appendJsonString(out_, text);
}

void JsonWriter::number(std::int64_t value)
{
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out_.append(digits, end);
}

void JsonWriter::null()
{
    beforeValue();
    out_ += "null";
}

void JsonWriter::value(const nlohmann::ordered_json& json)
{
    beforeValue();
    // A dumped string never holds a raw line break (nlohmann escapes them), so each one starts a line to indent.
    const std::string text = json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    const std::string indent(2 * counts_.size(), ' ');
    for (const char c : text) {
        out_ += c;
        if (c == '\n') out_ += indent;
    }
}

} // namespace dw::report::formats
