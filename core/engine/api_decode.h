// The one place where Docker Engine API JSON becomes typed data (engine/api_types.h).
//
// Every decoder has the shape `std::optional<T> decodeX(std::string_view body, DecodeError& error)`:
// it returns the value, or std::nullopt with `error` filled. Decoders never throw.
//
// Tolerance: missing fields and nulls keep the struct's defaults (Docker sends null for many empty lists and
// maps), unknown fields are ignored, so responses of API 1.24 ... 1.51 all decode. What is rejected:
// a body that is not JSON, not UTF-8, nested deeper than kMaxJsonDepth, larger than kMaxBodyBytes, or a field
// whose JSON type differs from the one the API documents (a string where a list belongs, 1.5 for an integer,
// a number beyond 64 bits). The error then names the JSON Pointer path of the offending value.
#pragma once

#include "engine/api_types.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::engine {

/// Bodies larger than this are refused before parsing (the biggest real ones, /containers/json of a host
/// with thousands of containers, are a few MB).
inline constexpr std::size_t kMaxBodyBytes = 64u * 1024u * 1024u;
/// Arrays/objects nested deeper than this are refused (real responses stay below 10).
inline constexpr std::size_t kMaxJsonDepth = 64;

/// Stable ids of decoding errors.
enum class DecodeErrorId {
    Syntax,      ///< not JSON, or truncated
    InvalidUtf8, ///< a string with bytes that are not UTF-8
    TooDeep,     ///< nesting deeper than kMaxJsonDepth
    TooLarge,    ///< body larger than kMaxBodyBytes
    WrongType,   ///< a value of another JSON type than the API documents
    OutOfRange,  ///< an integer that does not fit the field (beyond 64 bits, or a fraction)
};

/// Stable text of an id: "syntax", "invalid-utf8", "too-deep", "too-large", "wrong-type", "out-of-range".
const char* decodeErrorIdName(DecodeErrorId id);

struct DecodeError {
    DecodeErrorId id = DecodeErrorId::Syntax;
    std::string endpoint;       ///< the API path the body came from, e.g. "/containers/{id}/json"
    std::string path;           ///< JSON Pointer of the offending value, "" for the whole body: "/HostConfig/CapAdd/2"
    std::size_t byteOffset = 0; ///< for Syntax / InvalidUtf8 / TooDeep: where in the body it went wrong
    std::string message; ///< one line, ASCII only: "/containers/{id}/json: /HostConfig/CapAdd/2: wrong-type: expected a
                         ///< string, got number"
};

std::optional<VersionInfo> decodeVersion(std::string_view body, DecodeError& error);
std::optional<DaemonInfo> decodeDaemonInfo(std::string_view body, DecodeError& error);
std::optional<std::vector<ContainerSummary>> decodeContainerList(std::string_view body, DecodeError& error);
std::optional<ContainerDetails> decodeContainerDetails(std::string_view body, DecodeError& error);
std::optional<std::vector<ImageSummary>> decodeImageList(std::string_view body, DecodeError& error);
std::optional<ImageDetails> decodeImageDetails(std::string_view body, DecodeError& error);
std::optional<std::vector<ImageHistoryEntry>> decodeImageHistory(std::string_view body, DecodeError& error);
std::optional<std::vector<NetworkInfo>> decodeNetworkList(std::string_view body, DecodeError& error);
/// GET /networks/{id}: one NetworkInfo with its Containers.
std::optional<NetworkInfo> decodeNetworkDetails(std::string_view body, DecodeError& error);
std::optional<VolumeList> decodeVolumeList(std::string_view body, DecodeError& error);
std::optional<ContainerProcesses> decodeContainerTop(std::string_view body, DecodeError& error);
std::optional<SystemDf> decodeSystemDf(std::string_view body, DecodeError& error);
/// One line of the /events stream.
std::optional<Event> decodeEvent(std::string_view line, DecodeError& error);

} // namespace dw::engine
