#include "image/content_scanner_tree.h"

#include <memory>
#include <vector>

namespace dw::image {
namespace {

using Tree = FinalFilesystem;

/// Removes every path strictly under `directory` ("" = the root).
void eraseBelow(Tree& tree, std::string_view directory)
{
    const std::string prefix = directory.empty() ? std::string() : std::string(directory) + "/";
    auto it = tree.lower_bound(prefix);
    while (it != tree.end() && it->first.starts_with(prefix))
        it = tree.erase(it);
}

bool isAtOrBelow(std::string_view path, std::string_view top)
{
    if (top.empty()) return true;
    return path == top || (path.size() > top.size() && path.starts_with(top) && path[top.size()] == '/');
}

} // namespace

FinalFilesystem finalFilesystem(const Image& image)
{
    Tree tree;
    for (std::size_t index = 0; index < image.layers.size(); ++index) {
        const std::vector<LayerEntry>& entries = image.layers[index].entries;
        // Deletions address the layers below, so they go first whatever their place in the tar.
        for (const LayerEntry& entry : entries) {
            if (entry.kind == EntryKind::Whiteout) {
                tree.erase(entry.path);
                eraseBelow(tree, entry.path);
            } else if (entry.kind == EntryKind::OpaqueWhiteout) {
                eraseBelow(tree, entry.path);
            }
        }
        for (const LayerEntry& entry : entries) {
            if (entry.kind == EntryKind::Whiteout || entry.kind == EntryKind::OpaqueWhiteout) continue;
            auto old = tree.find(entry.path);
            if (entry.kind != EntryKind::Directory && old != tree.end() && old->second.layerIndex < index &&
                old->second.entry->kind == EntryKind::Directory)
                eraseBelow(tree, entry.path);
            tree.insert_or_assign(old, entry.path, FinalEntry{index, &entry});
        }
    }
    return tree;
}

const FinalFilesystem& finalFilesystemOf(const ImageCheckContext& ctx)
{
    static const FinalFilesystem kEmpty;
    if (!ctx.image) return kEmpty;
    if (!ctx.finalFilesystemCache)
        ctx.finalFilesystemCache = std::make_shared<FinalFilesystem>(finalFilesystem(*ctx.image));
    return *ctx.finalFilesystemCache;
}

std::optional<LaterChange> laterChange(const Image& image, std::size_t layerIndex, std::string_view path)
{
    for (std::size_t index = layerIndex + 1; index < image.layers.size(); ++index) {
        for (const LayerEntry& entry : image.layers[index].entries) {
            switch (entry.kind) {
            case EntryKind::Whiteout:
                if (isAtOrBelow(path, entry.path)) return LaterChange{index, true};
                break;
            case EntryKind::OpaqueWhiteout:
                if (path.size() > entry.path.size() && isAtOrBelow(path, entry.path)) return LaterChange{index, true};
                break;
            case EntryKind::Directory:
                if (entry.path == path) return LaterChange{index, false};
                break;
            default:
                if (entry.path == path) return LaterChange{index, false};
                if (isAtOrBelow(path, entry.path)) return LaterChange{index, true}; // a parent became a file
                break;
            }
        }
    }
    return std::nullopt;
}

} // namespace dw::image
