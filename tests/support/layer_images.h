// In-memory images for tests/tst_layer_analysis.cpp: entries, layers and images built by hand, the worked
// example of dive's section of the check catalogue, and a way to run one image check.
#pragma once

#include "image/image_check.h"
#include "image/layer_analysis.h"

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace dw::image::test_images {

inline QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

inline LayerEntry file(std::string path, std::uint64_t size, std::uint64_t hash = 0, std::uint32_t mode = 0644)
{
    LayerEntry entry;
    entry.path = std::move(path);
    entry.size = size;
    entry.contentHash = hash;
    entry.mode = mode;
    return entry;
}

inline LayerEntry ofKind(std::string path, EntryKind kind)
{
    LayerEntry entry;
    entry.path = std::move(path);
    entry.kind = kind;
    entry.mode = kind == EntryKind::Directory ? 0755 : 0;
    return entry;
}

inline LayerEntry dir(std::string path)
{
    return ofKind(std::move(path), EntryKind::Directory);
}

inline LayerEntry whiteout(std::string path)
{
    return ofKind(std::move(path), EntryKind::Whiteout);
}

inline LayerEntry opaque(std::string path)
{
    return ofKind(std::move(path), EntryKind::OpaqueWhiteout);
}

inline Layer layer(std::vector<LayerEntry> entries, std::string createdBy = {})
{
    Layer result;
    result.diffId = "sha256:" + std::to_string(entries.size());
    result.entries = std::move(entries);
    for (const LayerEntry& entry : result.entries)
        result.size += entry.size;
    if (!createdBy.empty()) result.history = HistoryEntry{"2024-01-01T00:00:00Z", std::move(createdBy), "", false};
    return result;
}

inline Image image(std::vector<Layer> layers)
{
    Image result;
    result.id = "sha256:feed";
    result.layers = std::move(layers);
    return result;
}

// The catalogue's worked example: layer 0 adds a (100 B) and b (50 B), layer 1 rewrites a (120 B), layer 2
// deletes b.
inline Image workedExample()
{
    return image({layer({file("a", 100, 1), file("b", 50, 2)}), layer({file("a", 120, 3)}), layer({whiteout("b")})});
}

inline const ImageAnalysisCheck& checkById(std::string_view id)
{
    for (const auto& check : imageAnalysisChecks())
        if (check->info().id == id) return *check;
    qFatal("no check %s", std::string(id).c_str());
}

inline std::vector<ImageFinding> runCheck(std::string_view id, const Image& img, const LayerAnalysis* layers,
                                          const EfficiencyThresholds* thresholds = nullptr)
{
    ImageCheckContext ctx;
    ctx.image = &img;
    ctx.subject = "app:1.0";
    ctx.layers = layers;
    ctx.efficiencyThresholds = thresholds;
    std::vector<ImageFinding> out;
    checkById(id).check(ctx, out);
    return out;
}

} // namespace dw::image::test_images
