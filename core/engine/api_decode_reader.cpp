// The bounded JSON parser (a SAX handler that builds the document and knows its path) and JsonNode's reads.
#include "engine/api_decode_reader.h"

#include <cmath>
#include <limits>

namespace dw::engine {

const char* decodeErrorIdName(DecodeErrorId id)
{
    switch (id) {
    case DecodeErrorId::Syntax:
        return "syntax";
    case DecodeErrorId::InvalidUtf8:
        return "invalid-utf8";
    case DecodeErrorId::TooDeep:
        return "too-deep";
    case DecodeErrorId::TooLarge:
        return "too-large";
    case DecodeErrorId::WrongType:
        return "wrong-type";
    case DecodeErrorId::OutOfRange:
        return "out-of-range";
    }
    return "unknown";
}

namespace decode {
namespace {

constexpr std::size_t kMaxMessageChars = 240;

/// Keeps messages one printable ASCII line whatever bytes the input held.
std::string printable(std::string_view text)
{
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char c : text) {
        if (out.size() >= kMaxMessageChars) {
            out += "...";
            break;
        }
        if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    return out;
}

const char* typeName(const Json& value)
{
    if (value.is_number_integer() || value.is_number_unsigned() || value.is_number_float()) return "number";
    return value.type_name();
}

/// Builds the document like nlohmann's own DOM parser, but refuses deep nesting and remembers the path.
class BoundedDomBuilder {
  public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    explicit BoundedDomBuilder(Json& root) : root_(root) {}
    /// Streams a top-level array: each element is built alone and handed to `onElement` once complete, so
    /// the whole document is never held. `onElement` returns false to stop (its own error already recorded).
    BoundedDomBuilder(Json& root, const ElementHandler& onElement) : root_(root), onElement_(&onElement) {}

    bool null() { return add(Json(nullptr)); }
    bool boolean(bool value) { return add(Json(value)); }
    bool number_integer(number_integer_t value) { return add(Json(value)); }
    bool number_unsigned(number_unsigned_t value) { return add(Json(value)); }
    bool number_float(number_float_t value, const string_t&) { return add(Json(value)); }
    bool string(string_t& value) { return add(Json(std::move(value))); }
    bool binary(binary_t&) { return add(Json(nullptr)); } // not produced by the JSON reader
    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(string_t& value)
    {
        open_.back().key = value;
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex)
    {
        errorOffset = position;
        errorPath = currentPath();
        errorId = ex.id == 406 ? DecodeErrorId::OutOfRange : DecodeErrorId::Syntax;
        std::string_view what = ex.what();
        if (what.find("UTF-8") != std::string_view::npos || what.find("UTF-16") != std::string_view::npos ||
            what.find("surrogate") != std::string_view::npos)
            errorId = DecodeErrorId::InvalidUtf8;
        // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 5: " prefix.
        if (const auto id = what.find("] "); !what.empty() && what.front() == '[' && id != std::string_view::npos)
            what.remove_prefix(id + 2);
        if (what.starts_with("parse error"))
            if (const auto colon = what.find(": "); colon != std::string_view::npos) what.remove_prefix(colon + 2);
        errorText = printable(what);
        return false;
    }

    std::optional<DecodeErrorId> errorId;
    std::size_t errorOffset = 0;
    std::string errorPath;
    std::string errorText;

  private:
    struct Frame {
        Json* container;
        std::string key; ///< the member being read, for objects
    };

    /// Streaming elements: a handler was given and the top-level value is an array (anything else is built
    /// whole, so that a syntax error still wins over the wrong type).
    bool streaming() const { return onElement_ != nullptr && !notAnArray; }

    Json* slot()
    {
        if (open_.empty()) return &root_;
        Frame& frame = open_.back();
        if (frame.container->is_object()) return &(*frame.container)[frame.key];
        if (streaming() && open_.size() == 1) {
            ++elements_;
            return &element_;
        }
        frame.container->push_back(Json());
        return &frame.container->back();
    }

    /// Hands the element just completed to the handler and forgets it.
    bool elementDone()
    {
        if (!streaming() || open_.size() != 1) return true;
        const bool goOn = (*onElement_)(element_, elements_ - 1);
        element_ = Json();
        if (!goOn) stoppedByHandler = true;
        return goOn;
    }

    bool add(Json&& value)
    {
        if (streaming() && open_.empty()) notAnArray = true;
        *slot() = std::move(value);
        return elementDone();
    }

    bool open(Json&& container)
    {
        if (streaming() && open_.empty() && !container.is_array()) notAnArray = true;
        if (open_.size() >= kMaxJsonDepth) {
            errorId = DecodeErrorId::TooDeep;
            errorPath = currentPath();
            errorText = "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels";
            return false;
        }
        Json* target = slot();
        *target = std::move(container);
        open_.push_back(Frame{target, std::string()});
        return true;
    }

    bool close()
    {
        open_.pop_back();
        return elementDone();
    }

    std::string currentPath() const
    {
        std::string path;
        for (std::size_t i = 0; i < open_.size(); ++i) {
            const Frame& frame = open_[i];
            if (frame.container->is_object())
                path = childPath(path, frame.key);
            else if (streaming() && i == 0)
                path = childPath(path, elements_ == 0 ? 0 : elements_ - 1);
            else
                path = childPath(path, frame.container->empty() ? 0 : frame.container->size() - 1);
        }
        return path;
    }

  public:
    bool stoppedByHandler = false;
    bool notAnArray = false; ///< asked to stream an array, but the top-level value is something else

  private:
    Json& root_;
    const ElementHandler* onElement_ = nullptr;
    Json element_;             ///< the element being built, when streaming
    std::size_t elements_ = 0; ///< elements started so far, when streaming
    std::vector<Frame> open_;
};

void reportParseFailure(const BoundedDomBuilder& builder, DecodeReport& report, DecodeError& error)
{
    const DecodeErrorId id = builder.errorId.value_or(DecodeErrorId::Syntax);
    std::string what = builder.errorText;
    if (id != DecodeErrorId::TooDeep) what += " (at byte " + std::to_string(builder.errorOffset) + ")";
    report.fail(id, builder.errorPath, what);
    error.byteOffset = builder.errorOffset;
}

} // namespace

std::string childPath(const std::string& path, std::string_view key)
{
    std::string out = path + '/';
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string childPath(const std::string& path, std::size_t index)
{
    return path + '/' + std::to_string(index);
}

std::optional<Json> parseBody(std::string_view body, std::string_view endpoint, DecodeError& error)
{
    DecodeReport report(endpoint, error);
    if (body.size() > kMaxBodyBytes) {
        report.fail(DecodeErrorId::TooLarge, std::string(),
                    "body of " + std::to_string(body.size()) + " bytes exceeds the limit of " +
                        std::to_string(kMaxBodyBytes) + " bytes");
        return std::nullopt;
    }
    Json document;
    BoundedDomBuilder builder(document);
    const bool ok = Json::sax_parse(body.begin(), body.end(), &builder);
    if (ok && !builder.errorId) return document;
    reportParseFailure(builder, report, error);
    return std::nullopt;
}

bool parseArrayBody(std::string_view body, DecodeReport& report, DecodeError& error, const ElementHandler& onElement)
{
    if (body.size() > kMaxBodyBytes) {
        report.fail(DecodeErrorId::TooLarge, std::string(),
                    "body of " + std::to_string(body.size()) + " bytes exceeds the limit of " +
                        std::to_string(kMaxBodyBytes) + " bytes");
        return false;
    }
    Json array;
    BoundedDomBuilder builder(array, onElement);
    const bool ok = Json::sax_parse(body.begin(), body.end(), &builder);
    if (builder.stoppedByHandler) return false; // the handler's error is already in the report
    if (ok && !builder.errorId && builder.notAnArray) {
        report.fail(DecodeErrorId::WrongType, std::string(), std::string("expected an array, got ") + typeName(array));
        return false;
    }
    if (ok && !builder.errorId) return true;
    reportParseFailure(builder, report, error);
    return false;
}

void DecodeReport::fail(DecodeErrorId id, const std::string& path, const std::string& what)
{
    if (failed_) return;
    failed_ = true;
    error_.id = id;
    error_.endpoint = endpoint_;
    error_.path = printable(path);
    error_.byteOffset = 0;
    error_.message = endpoint_ + ": " + (path.empty() ? std::string("(document)") : error_.path) + ": " +
                     decodeErrorIdName(id) + ": " + what;
}

JsonNode JsonNode::operator[](std::string_view key) const
{
    if (isNull() || !requireKind(Json::value_t::object, "an object")) return JsonNode(nullptr, path_, report_);
    const auto it = value_->find(key);
    if (it == value_->end()) return JsonNode(nullptr, childPath(path_, key), report_);
    return JsonNode(&*it, childPath(path_, key), report_);
}

bool JsonNode::expectObject() const
{
    if (isNull()) {
        if (!failed()) wrongType("an object");
        return false;
    }
    return requireKind(Json::value_t::object, "an object");
}

bool JsonNode::expectArray() const
{
    if (isNull()) {
        if (!failed()) wrongType("an array");
        return false;
    }
    return requireKind(Json::value_t::array, "an array");
}

bool JsonNode::requireKind(Json::value_t kind, const char* expected) const
{
    if (failed()) return false;
    if (value_->type() == kind) return true;
    wrongType(expected);
    return false;
}

void JsonNode::wrongType(const char* expected) const
{
    const char* got = value_ ? typeName(*value_) : "nothing";
    report_.fail(DecodeErrorId::WrongType, path_, std::string("expected ") + expected + ", got " + got);
}

void JsonNode::read(std::string& out) const
{
    if (!isNull() && requireKind(Json::value_t::string, "a string")) out = value_->get_ref<const std::string&>();
}

void JsonNode::read(bool& out) const
{
    if (!isNull() && requireKind(Json::value_t::boolean, "a boolean")) out = value_->get<bool>();
}

void JsonNode::read(int64_t& out) const
{
    if (isNull() || failed()) return;
    if (value_->is_number_integer() && !value_->is_number_unsigned()) {
        out = value_->get<int64_t>();
        return;
    }
    if (value_->is_number_unsigned()) {
        const uint64_t value = value_->get<uint64_t>();
        if (value <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
            out = static_cast<int64_t>(value);
            return;
        }
        report_.fail(DecodeErrorId::OutOfRange, path_, "integer " + std::to_string(value) + " does not fit 64 bits");
        return;
    }
    if (value_->is_number_float()) {
        const double value = value_->get<double>();
        // Integral values a JSON encoder wrote with an exponent are fine; fractions and huge values are not.
        if (std::trunc(value) == value && std::fabs(value) < 9.2e18) {
            out = static_cast<int64_t>(value);
            return;
        }
        const std::string text = printable(value_->dump());
        report_.fail(DecodeErrorId::OutOfRange, path_,
                     std::trunc(value) == value ? "number " + text + " does not fit a 64-bit integer"
                                                : "expected an integer, got " + text);
        return;
    }
    wrongType("an integer");
}

void JsonNode::read(std::optional<int64_t>& out) const
{
    if (isNull()) return;
    int64_t value = 0;
    read(value);
    if (!failed()) out = value;
}

void JsonNode::read(std::vector<std::string>& out) const
{
    forEachElement([&out](const JsonNode& element) {
        std::string value;
        element.read(value);
        out.push_back(std::move(value));
    });
}

void JsonNode::read(std::map<std::string, std::string>& out) const
{
    forEachMember([&out](const std::string& key, const JsonNode& member) {
        std::string value;
        member.read(value);
        out[key] = std::move(value);
    });
}

void JsonNode::readBoolOrString(bool& out) const
{
    if (!isNull() && !failed() && value_->is_string()) {
        const std::string& text = value_->get_ref<const std::string&>();
        if (text == "true" || text == "false") {
            out = text == "true";
            return;
        }
    }
    read(out);
}

void JsonNode::readKeys(std::vector<std::string>& out) const
{
    forEachMember([&out](const std::string& key, const JsonNode&) { out.push_back(key); });
}

} // namespace decode
} // namespace dw::engine
