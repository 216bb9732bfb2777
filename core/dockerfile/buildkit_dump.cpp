#include "dockerfile/buildkit_dump.h"

#include "dockerfile/logical_line.h"
#include "util/unicode_properties.h"

#include <unicode/uchar.h>

#include <cstdio>

namespace dw::df {
namespace {

bool isGoPrintable(char32_t c)
{
    if (c == U' ') return true;
    const std::uint32_t mask = util::unicode::categoryMask(c);
    return (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK | U_GC_P_MASK | U_GC_S_MASK)) != 0;
}

void appendHex(std::string& out, const char* format, unsigned value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, format, value);
    out += buffer;
}

std::string lowerUnicode(std::string_view text)
{
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t width = 1;
        char32_t c = detail::decodeUtf8(text, pos, width);
        if (c == 0xFFFD && width == 1 && text.substr(pos, 3) != "\xEF\xBF\xBD") {
            out += text[pos++];
            continue;
        }
        char32_t lowered = util::unicode::toLower(c);
        if (lowered == c) {
            out.append(text.substr(pos, width));
        } else {
            std::string encoded;
            if (lowered < 0x80) encoded += char(lowered);
            else if (lowered < 0x800) { encoded += char(0xC0 | (lowered >> 6)); encoded += char(0x80 | (lowered & 0x3F)); }
            else if (lowered < 0x10000) { encoded += char(0xE0 | (lowered >> 12)); encoded += char(0x80 | ((lowered >> 6) & 0x3F)); encoded += char(0x80 | (lowered & 0x3F)); }
            else { encoded += char(0xF0 | (lowered >> 18)); encoded += char(0x80 | ((lowered >> 12) & 0x3F)); encoded += char(0x80 | ((lowered >> 6) & 0x3F)); encoded += char(0x80 | (lowered & 0x3F)); }
            out += encoded;
        }
        pos += width;
    }
    return out;
}

std::string dumpInstruction(const Instruction& in)
{
    std::string out = lowerUnicode(in.keywordWord.value);
    if (!in.flags.empty()) {
        out += " [";
        for (std::size_t i = 0; i < in.flags.size(); ++i) {
            if (i) out += ' ';
            out += goQuote(in.flags[i].raw);
        }
        out += ']';
    }
    if (in.inner) out += " (" + dumpInstruction(*in.inner) + ")";
    for (const auto& arg : in.args) out += " " + goQuote(arg.value);
    // TrimSpace of the node dump: an instruction without keyword text would otherwise leave a leading blank.
    std::size_t first = out.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : out.substr(first);
}

} // namespace

std::string goQuote(std::string_view text)
{
    std::string out = "\"";
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t width = 1;
        char32_t c = detail::decodeUtf8(text, pos, width);
        if (c == 0xFFFD && width == 1) {
            appendHex(out, "\\x%02x", static_cast<unsigned char>(text[pos]));
            pos += 1;
            continue;
        }
        switch (c) {
        case U'"': out += "\\\""; break;
        case U'\\': out += "\\\\"; break;
        case U'\a': out += "\\a"; break;
        case U'\b': out += "\\b"; break;
        case U'\f': out += "\\f"; break;
        case U'\n': out += "\\n"; break;
        case U'\r': out += "\\r"; break;
        case U'\t': out += "\\t"; break;
        case U'\v': out += "\\v"; break;
        default:
            if (isGoPrintable(c)) out.append(text.substr(pos, width));
            else if (c < 0x20 || c == 0x7F) appendHex(out, "\\x%02x", static_cast<unsigned>(c));
            else if (c < 0x10000) appendHex(out, "\\u%04x", static_cast<unsigned>(c));
            else appendHex(out, "\\U%08x", static_cast<unsigned>(c));
        }
        pos += width;
    }
    out += '"';
    return out;
}

std::string buildkitDump(const Dockerfile& file)
{
    std::string out;
    for (const auto& in : file.instructions) out += "(" + dumpInstruction(in) + ")\n";
    return out;
}

} // namespace dw::df
