#include "report/json_writer.h"

#include <charconv>

namespace dw::report::formats {

void appendJsonString(std::string& out, std::string_view text)
{
    // Plain printable ASCII is copied; anything else (escapes, UTF-8 to validate) goes through nlohmann, so the
    // bytes are the same as a dump of the tree would give.
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x80 || c == '"' || c == '\\') {
            out += nlohmann::ordered_json(std::string(text)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
            return;
        }
    }
    out += '"';
    out += text;
    out += '"';
}

JsonWriter JsonWriter::continuing(std::string& out, std::size_t depth, int valuesBefore)
{
    JsonWriter writer(out);
    writer.counts_.assign(depth, 1);
    if (depth > 0) writer.counts_.back() = valuesBefore;
    return writer;
}

void JsonWriter::splice(std::string_view text, int values)
{
    out_ += text;
    counts_.back() += values;
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

void JsonWriter::key(std::string_view name)
{
    beforeValue();
    appendJsonString(out_, name);
    out_ += ": ";
    afterKey_ = true;
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
