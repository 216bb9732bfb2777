// Fuzz harness body: every Engine API decoder (engine/api_decode.h) on the same body, and the host checks on
// whatever decodes.
//
// Invariant: a refused body gets the documented error: one ASCII line, its JSON Pointer empty or starting '/'.
#pragma once

#include "harness_support.h"

#include "engine/api_decode.h"
#include "hostcheck/registry.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dw::fuzz {

inline void checkDecodeError(const engine::DecodeError& error, std::string_view body)
{
    for (const char c : error.message)
        if (static_cast<unsigned char>(c) >= 0x80 || c == '\n' || c == '\r' || c == '\0')
            invariantFailed("decode error message is not one ASCII line: " + error.message, body);
    if (!error.path.empty() && error.path.front() != '/')
        invariantFailed("decode error path is no JSON Pointer: " + error.path, body);
    if (error.message.empty()) invariantFailed("decode error without a message", body);
}

/// Runs one decoder; checks the error when it refuses the body.
template <typename Decoder> inline auto decodeChecked(Decoder decode, std::string_view body)
{
    engine::DecodeError error;
    auto value = decode(body, error);
    if (!value) checkDecodeError(error, body);
    return value;
}

inline int runEngineDecodeHarness(const std::uint8_t* data, std::size_t size)
{
    const std::string text = asString(data, size);
    const std::string_view body = text;
    hostcheck::HostContext host;
    host.endpointUrl = "tcp://10.0.0.5:2375";
    host.plainTcpWithoutTls = true;
    host.nowUnixSeconds = 1'780'000'000;
    hostcheck::ImageContext images;
    images.nowUnixSeconds = host.nowUnixSeconds;

    const auto version = decodeChecked(engine::decodeVersion, body);
    if (const auto info = decodeChecked(engine::decodeDaemonInfo, body)) {
        hostcheck::applyDaemonFacts(host, *info);
        (void)hostcheck::checkDaemon(*info, version.value_or(engine::VersionInfo{}), host);
    }
    if (auto list = decodeChecked(engine::decodeContainerList, body)) images.containers = std::move(*list);
    if (auto list = decodeChecked(engine::decodeImageList, body)) {
        hostcheck::applyImageFacts(host, *list);
        images.images = std::move(*list);
    }
    if (auto networks = decodeChecked(engine::decodeNetworkList, body); networks && !networks->empty())
        host.defaultBridge = networks->front();
    if (auto top = decodeChecked(engine::decodeContainerTop, body)) host.processesByContainerId["fuzz"] = *top;
    if (const auto container = decodeChecked(engine::decodeContainerDetails, body)) {
        host.processesByContainerId[container->id] = host.processesByContainerId["fuzz"];
        (void)hostcheck::checkContainer(*container, host);
    }
    if (const auto image = decodeChecked(engine::decodeImageDetails, body)) (void)hostcheck::checkImage(*image, images);
    (void)decodeChecked(engine::decodeImageHistory, body);
    (void)decodeChecked(engine::decodeNetworkDetails, body);
    (void)decodeChecked(engine::decodeVolumeList, body);
    (void)decodeChecked(engine::decodeSystemDf, body);
    (void)decodeChecked(engine::decodeEvent, body);
    return 0;
}

} // namespace dw::fuzz
