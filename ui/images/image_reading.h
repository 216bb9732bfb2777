// Internal to the Images view: reading and checking an image on a worker thread (open and compare share it).
#pragma once

#include "engine/client.h"
#include "scan/image_scan.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace dw::ui {

/// Reads and checks an image on a worker: through a client of `endpoint` for a daemon image, else from disk.
inline scan::ScanReport readImage(const image::ImageSourceSpec& source, const std::optional<engine::Endpoint>& endpoint,
                           const scan::ImageScanOptions& options,
                           const std::function<void(const std::string&, std::uint64_t, std::uint64_t)>& reporter,
                           const std::atomic<bool>& cancel)
{
    std::unique_ptr<engine::Client> client;
    if (endpoint) {
        engine::ClientOptions clientOptions;
        clientOptions.cancel = &cancel;
        client = std::make_unique<engine::Client>(*endpoint, clientOptions);
        client->negotiateVersion();
    }
    scan::ScanControl control;
    control.cancel = &cancel;
    control.progress = [reporter](const scan::ScanProgress& step) { reporter(step.stage, step.done, step.total); };
    return scan::scanImage(source, client.get(), options, control);
}

} // namespace dw::ui
