// JSON written straight into a string, laid out exactly as nlohmann's dump(2) lays it out (two-space indent,
// "key": value, empty containers as {} and []), with invalid UTF-8 replaced by U+FFFD. Lets the big documents (a
// lint run over hundreds of files) skip building a tree of nlohmann values only to print it.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace dw::report::formats {

/// A member's name. A string literal is checked when the code is compiled (plain printable ASCII without '"' or
/// '\\', at most kShortLength bytes) and goes out without a look at its bytes; any other name is looked at when
/// it is written, and escaped if it needs to be.
class JsonKey {
  public:
    static constexpr std::size_t kShortLength = 64;

    template <std::size_t N>
    consteval JsonKey(const char (&literal)[N]) : text_(literal, N - 1), knownPlain_(true)
    {
        if (!isPlainAndShort(text_)) throw "a JSON key literal must be plain ASCII of at most 64 bytes";
    }
    JsonKey(std::string_view text) : text_(text) {}
    JsonKey(const std::string& text) : text_(text) {}

    std::string_view text() const { return text_; }
    /// True for a checked literal; false when nobody has looked (the name may still be plain).
    bool knownPlain() const { return knownPlain_; }

  private:
    static constexpr bool isPlainAndShort(std::string_view text)
    {
        if (text.size() > kShortLength) return false;
        for (const char c : text)
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') return false;
        return true;
    }

    std::string_view text_;
    bool knownPlain_ = false;
};

class JsonWriter {
  public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    /// A writer for values that go, right after another writer's text so far, into the array that writer has open
    /// at `depth` containers deep, after `valuesBefore` values: commas and indentation come out as if one writer
    /// wrote everything. Lets the values of a long array be written on several threads; the caller puts the text
    /// out and tells the other writer with countSpliced().
    static JsonWriter continuing(std::string& out, std::size_t depth, int valuesBefore);
    /// Counts `values` values that a continuing() writer wrote and the caller put out itself, right after this
    /// writer's text so far.
    void countSpliced(int values) { counts_.back() += values; }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// The next value is this key's (inside an object).
    void key(JsonKey name);

    void string(std::string_view text);
    void number(std::int64_t value);
    /// key(name) followed by string(text) or number(value), in one append when both are short and plain (a
    /// report's rule ids, severities, titles and line numbers).
    void member(JsonKey name, std::string_view text);
    void member(JsonKey name, std::int64_t value);
    struct NumberMember {
        JsonKey name;
        std::int64_t value;
    };
    /// member(name, value) for each in turn, put out in one append (a finding's line and column numbers).
    void members(std::initializer_list<NumberMember> numbers);
    void null();
    /// A value built elsewhere, indented to where it goes.
    void value(const nlohmann::ordered_json& json);

    /// Members written again from text kept earlier: recordedMembers() gives the text of the members written since
    /// `mark` (a written() taken right after beginObject(), at this depth), and replayMembers() puts such text out
    /// in the object open now, which must be as deep. Lets a caller keep what comes out the same every time.
    std::size_t written() const { return out_.size(); }
    std::size_t depth() const { return counts_.size(); }
    std::string_view recordedMembers(std::size_t mark) const { return std::string_view(out_).substr(mark); }
    void replayMembers(std::string_view recorded, int members);

    template <typename Strings>
    void strings(const Strings& list)
    {
        beginArray();
        for (const auto& text : list) string(text);
        endArray();
    }

  private:
    /// Writes the separator, line break, indent and quoted `name` with its colon into `buffer` (room for
    /// kMemberPrefixRoom bytes) and counts the member; 0, counting nothing, when the name needs escapes or is long.
    std::size_t memberPrefix(char* buffer, JsonKey name);
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void newline();

    std::string& out_;
    std::vector<int> counts_; ///< values written so far in each open container
    bool afterKey_ = false;
};

/// `text` as a JSON string literal, as nlohmann writes it (ensure_ascii off, invalid UTF-8 replaced).
void appendJsonString(std::string& out, std::string_view text);

} // namespace dw::report::formats
