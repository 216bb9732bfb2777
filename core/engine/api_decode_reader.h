// Internal to the Engine API decoders (api_decode_*.cpp): a bounded JSON parser and a path-aware reader.
//
// parseBody() turns a response body into a nlohmann::json document with the limits of api_decode.h;
// parseArrayBody() does the same for a top-level array one element at a time (long lists, never whole in memory).
// JsonNode reads a value into a typed field: missing or null leaves the field untouched, a value of the wrong
// JSON type records the first error (with its JSON Pointer path) in the shared DecodeReport, and from then on
// every read is a no-op, so a decoder is a flat list of reads without error checks in between.
#pragma once

#include "engine/api_decode.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dw::engine::decode {

using Json = nlohmann::json;

/// Parses `body`; on failure fills `error` (with `endpoint`) and returns std::nullopt.
std::optional<Json> parseBody(std::string_view body, std::string_view endpoint, DecodeError& error);

/// Appends one JSON Pointer token to `path`, escaping '~' and '/' (RFC 6901).
std::string childPath(const std::string& path, std::string_view key);
std::string childPath(const std::string& path, std::size_t index);

/// Collects the first error of one decode call.
class DecodeReport {
  public:
    DecodeReport(std::string_view endpoint, DecodeError& error) : endpoint_(endpoint), error_(error) {}

    bool failed() const { return failed_; }
    void fail(DecodeErrorId id, const std::string& path, const std::string& what);

  private:
    std::string endpoint_;
    DecodeError& error_;
    bool failed_ = false;
};

class JsonNode {
  public:
    JsonNode(const Json* value, std::string path, DecodeReport& report)
        : value_(value), path_(std::move(path)), report_(report)
    {
    }

    /// Missing or JSON null.
    bool isNull() const { return value_ == nullptr || value_->is_null(); }
    bool failed() const { return report_.failed(); }
    const std::string& path() const { return path_; }

    /// The member `key` of an object; a missing node when absent. Fails when this is neither null nor object.
    JsonNode operator[](std::string_view key) const;
    /// Fails unless this is an object (null included) / array; returns whether reading may go on.
    bool expectObject() const;
    bool expectArray() const;

    /// Calls f(JsonNode element) for each element of an array (nothing for null).
    template <typename F> void forEachElement(F&& f) const
    {
        if (isNull() || !requireKind(Json::value_t::array, "an array")) return;
        for (std::size_t i = 0; i < value_->size() && !failed(); ++i)
            f(JsonNode(&(*value_)[i], childPath(path_, i), report_));
    }

    /// Calls f(const std::string& key, JsonNode value) for each member of an object (nothing for null).
    template <typename F> void forEachMember(F&& f) const
    {
        if (isNull() || !requireKind(Json::value_t::object, "an object")) return;
        for (auto it = value_->begin(); it != value_->end() && !failed(); ++it)
            f(it.key(), JsonNode(&it.value(), childPath(path_, it.key()), report_));
    }

    /// Decodes an array of objects with `decodeOne(JsonNode, T&)`.
    template <typename T, typename F> void readList(std::vector<T>& out, F&& decodeOne) const
    {
        forEachElement([&](const JsonNode& element) {
            T item{};
            decodeOne(element, item);
            out.push_back(std::move(item));
        });
    }

    void read(std::string& out) const;
    void read(bool& out) const;
    void read(int64_t& out) const;
    void read(std::optional<int64_t>& out) const;
    void read(std::vector<std::string>& out) const;           ///< array of strings
    void read(std::map<std::string, std::string>& out) const; ///< object of strings
    /// A boolean that some daemons send as "true"/"false" (Version Components[].Details.Experimental).
    void readBoolOrString(bool& out) const;
    /// The keys of an object such as ExposedPorts {"80/tcp": {}}, sorted.
    void readKeys(std::vector<std::string>& out) const;

  private:
    bool requireKind(Json::value_t kind, const char* expected) const;
    void wrongType(const char* expected) const;

    const Json* value_;
    std::string path_;
    DecodeReport& report_;
};

/// Called with each element of a streamed array and its index; returns false to stop.
using ElementHandler = std::function<bool(const Json& element, std::size_t index)>;

/// Parses a body that must be a JSON array with parseBody's limits, handing each element to `onElement` as
/// soon as it is complete and then dropping it. A top-level value that is not an array is a WrongType error.
/// Returns false on any failure, recorded in `report` (the handler records its own).
bool parseArrayBody(std::string_view body, DecodeReport& report, DecodeError& error, const ElementHandler& onElement);

/// Runs `decodeOne(JsonNode element, T& item)` over each element of a top-level array, without ever holding
/// the whole parsed document; never throws.
template <typename T, typename DecodeOne>
std::optional<std::vector<T>> decodeListDocument(std::string_view body, std::string_view endpoint, DecodeError& error,
                                                 DecodeOne&& decodeOne)
{
    try {
        DecodeReport report(endpoint, error);
        std::vector<T> list;
        const bool ok = parseArrayBody(body, report, error, [&](const Json& element, std::size_t index) {
            T item{};
            decodeOne(JsonNode(&element, childPath(std::string(), index), report), item);
            list.push_back(std::move(item));
            return !report.failed();
        });
        if (!ok || report.failed()) return std::nullopt;
        return list;
    } catch (const std::exception& e) { // bad_alloc on absurd input
        DecodeReport(endpoint, error)
            .fail(DecodeErrorId::TooLarge, std::string(), std::string("cannot decode: ") + e.what());
        return std::nullopt;
    }
}

/// Runs `fill(JsonNode root, T& value)` over the parsed body; never throws.
template <typename T, typename Fill>
std::optional<T> decodeDocument(std::string_view body, std::string_view endpoint, DecodeError& error, Fill&& fill)
{
    try {
        std::optional<Json> document = parseBody(body, endpoint, error);
        if (!document) return std::nullopt;
        DecodeReport report(endpoint, error);
        T value{};
        fill(JsonNode(&*document, std::string(), report), value);
        if (report.failed()) return std::nullopt;
        return value;
    } catch (const std::exception& e) { // bad_alloc on absurd input; nlohmann itself is not asked to throw
        DecodeReport(endpoint, error)
            .fail(DecodeErrorId::TooLarge, std::string(), std::string("cannot decode: ") + e.what());
        return std::nullopt;
    }
}

} // namespace dw::engine::decode
