#include "dockerfile/json_array.h"

namespace dw::df {
namespace {

constexpr int kMaxDepth = 10000;

class JsonReader {
public:
    explicit JsonReader(std::string_view text) : text_(text) {}

    JsonArrayStatus readTopLevelArray(std::vector<JsonString>& items)
    {
        skipSpace();
        if (!consume('[')) return JsonArrayStatus::Invalid;
        bool allStrings = true;
        skipSpace();
        if (!consume(']')) {
            for (;;) {
                skipSpace();
                if (peek() == '"') {
                    JsonString item;
                    item.begin = pos_;
                    if (!readString(&item.value)) return JsonArrayStatus::Invalid;
                    item.end = pos_;
                    items.push_back(std::move(item));
                } else {
                    if (!readValue(1)) return JsonArrayStatus::Invalid;
                    allStrings = false;
                }
                skipSpace();
                if (consume(',')) continue;
                if (consume(']')) break;
                return JsonArrayStatus::Invalid;
            }
        }
        skipSpace();
        if (pos_ != text_.size()) return JsonArrayStatus::Invalid;
        return allStrings ? JsonArrayStatus::StringArray : JsonArrayStatus::NotStringArray;
    }

private:
    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
    bool atEnd() const { return pos_ >= text_.size(); }
    bool consume(char c)
    {
        if (peek() != c || atEnd()) return false;
        ++pos_;
        return true;
    }
    void skipSpace()
    {
        while (!atEnd() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
            ++pos_;
    }
    bool consumeWord(std::string_view word)
    {
        if (text_.substr(pos_, word.size()) != word) return false;
        pos_ += word.size();
        return true;
    }

    bool readValue(int depth)
    {
        if (depth > kMaxDepth) return false;
        skipSpace();
        switch (peek()) {
        case '"': return readString(nullptr);
        case '[': return readContainer(']', depth);
        case '{': return readContainer('}', depth);
        case 't': return consumeWord("true");
        case 'f': return consumeWord("false");
        case 'n': return consumeWord("null");
        default: return readNumber();
        }
    }

    bool readContainer(char close, int depth)
    {
        ++pos_;
        skipSpace();
        if (consume(close)) return true;
        for (;;) {
            skipSpace();
            if (close == '}') {
                if (peek() != '"' || !readString(nullptr)) return false;
                skipSpace();
                if (!consume(':')) return false;
            }
            if (!readValue(depth + 1)) return false;
            skipSpace();
            if (consume(',')) continue;
            return consume(close);
        }
    }

    bool readDigits()
    {
        std::size_t start = pos_;
        while (!atEnd() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
        return pos_ > start;
    }

    bool readNumber()
    {
        consume('-');
        if (consume('0')) {
        } else if (!readDigits()) {
            return false;
        }
        if (consume('.') && !readDigits()) return false;
        if (peek() == 'e' || peek() == 'E') {
            ++pos_;
            if (peek() == '+' || peek() == '-') ++pos_;
            if (!readDigits()) return false;
        }
        return true;
    }

    static void appendUtf8(std::string& out, char32_t cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    bool readHex4(char32_t& value)
    {
        if (pos_ + 4 > text_.size()) return false;
        value = 0;
        for (int i = 0; i < 4; ++i) {
            char c = text_[pos_++];
            value <<= 4;
            if (c >= '0' && c <= '9') value |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f') value |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') value |= char32_t(c - 'A' + 10);
            else return false;
        }
        return true;
    }

    bool readEscape(std::string* out)
    {
        char c = peek();
        if (atEnd()) return false;
        ++pos_;
        char simple = 0;
        switch (c) {
        case '"': simple = '"'; break;
        case '\\': simple = '\\'; break;
        case '/': simple = '/'; break;
        case 'b': simple = '\b'; break;
        case 'f': simple = '\f'; break;
        case 'n': simple = '\n'; break;
        case 'r': simple = '\r'; break;
        case 't': simple = '\t'; break;
        case 'u': break;
        default: return false;
        }
        if (simple) {
            if (out) *out += simple;
            return true;
        }
        char32_t unit = 0;
        if (!readHex4(unit)) return false;
        char32_t cp = unit;
        if (unit >= 0xD800 && unit < 0xDC00) {
            std::size_t save = pos_;
            char32_t low = 0;
            if (text_.substr(pos_, 2) == "\\u" && (pos_ += 2, readHex4(low)) && low >= 0xDC00 && low < 0xE000) {
                cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            } else {
                pos_ = save;
                cp = 0xFFFD;
            }
        } else if (unit >= 0xDC00 && unit < 0xE000) {
            cp = 0xFFFD;
        }
        if (out) appendUtf8(*out, cp);
        return true;
    }

    // Copies one UTF-8 sequence, or U+FFFD for an invalid byte (as Go's decoder does).
    void copyUtf8(std::string* out)
    {
        auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text_[i]); };
        unsigned char lead = byte(pos_);
        int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
        bool valid = length > 0 && pos_ + length <= text_.size();
        for (int i = 1; valid && i < length; ++i) valid = (byte(pos_ + i) & 0xC0) == 0x80;
        if (valid && length >= 3) {
            unsigned char second = byte(pos_ + 1);
            if (lead == 0xE0 && second < 0xA0) valid = false;
            if (lead == 0xED && second >= 0xA0) valid = false;
            if (lead == 0xF0 && second < 0x90) valid = false;
            if (lead == 0xF4 && second >= 0x90) valid = false;
        }
        if (!valid) {
            if (out) appendUtf8(*out, 0xFFFD);
            ++pos_;
            return;
        }
        if (out) out->append(text_.substr(pos_, length));
        pos_ += length;
    }

    bool readString(std::string* out)
    {
        ++pos_;
        while (!atEnd()) {
            unsigned char c = static_cast<unsigned char>(text_[pos_]);
            if (c == '"') {
                ++pos_;
                return true;
            }
            if (c < 0x20) return false;
            if (c == '\\') {
                ++pos_;
                if (!readEscape(out)) return false;
            } else if (c < 0x80) {
                if (out) *out += char(c);
                ++pos_;
            } else {
                copyUtf8(out);
            }
        }
        return false;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

} // namespace

JsonArrayStatus parseJsonArray(std::string_view text, std::vector<JsonString>& items)
{
    items.clear();
    JsonReader reader(text);
    auto status = reader.readTopLevelArray(items);
    if (status == JsonArrayStatus::Invalid) items.clear();
    return status;
}

} // namespace dw::df
