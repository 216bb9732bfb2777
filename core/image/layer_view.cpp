#include "image/layer_view.h"

#include <atomic>
#include <map>

namespace dw::image {
namespace {

bool isFileKind(EntryKind kind)
{
    return kind != EntryKind::Directory && kind != EntryKind::Whiteout && kind != EntryKind::OpaqueWhiteout;
}

/// Removes `path` and everything under it; calls `removed` for each.
template <typename Callback>
void eraseSubtree(std::map<std::string, LayerViewEntry>& tree, const std::string& path, bool keepSelf, Callback removed)
{
    auto it = tree.lower_bound(path);
    if (it != tree.end() && it->first == path) {
        if (keepSelf) ++it;
        else {
            removed(it->second);
            it = tree.erase(it);
        }
    }
    const std::string prefix = path + "/";
    while (it != tree.end() && it->first.compare(0, prefix.size(), prefix) == 0) {
        removed(it->second);
        it = tree.erase(it);
    }
}

} // namespace

std::vector<LayerViewEntry> layerView(const Image& image, const LayerAnalysis& analysis, std::size_t layer,
                                      const std::atomic<bool>* cancel)
{
    if (image.layers.empty()) return {};
    if (layer >= image.layers.size()) layer = image.layers.size() - 1;
    std::map<std::string, LayerViewEntry> tree;
    std::vector<LayerViewEntry> deleted;
    for (std::size_t index = 0; index <= layer; ++index) {
        if (cancel && cancel->load(std::memory_order_relaxed)) return {};
        const bool current = index == layer;
        const auto& entries = image.layers[index].entries;
        auto noteDeleted = [&](const LayerViewEntry& gone) {
            if (current && isFileKind(gone.kind)) {
                LayerViewEntry marked = gone;
                marked.change = FileChange::Deleted;
                deleted.push_back(std::move(marked));
            }
        };
        // Whiteouts hide what the layers below hold, whatever their order inside the layer's tar.
        for (const LayerEntry& entry : entries) {
            if (entry.kind == EntryKind::Whiteout) eraseSubtree(tree, entry.path, false, noteDeleted);
            else if (entry.kind == EntryKind::OpaqueWhiteout) eraseSubtree(tree, entry.path, true, noteDeleted);
        }
        for (const LayerEntry& entry : entries) {
            if (entry.kind == EntryKind::Whiteout || entry.kind == EntryKind::OpaqueWhiteout) continue;
            LayerViewEntry& node = tree[entry.path];
            const bool existed = !node.path.empty();
            node.path = entry.path;
            node.kind = entry.kind;
            node.size = entry.size;
            node.mode = entry.mode;
            node.uid = entry.uid;
            node.gid = entry.gid;
            node.linkTarget = entry.linkTarget;
            node.layer = index;
            node.change = !current ? FileChange::Unchanged : existed ? FileChange::Modified : FileChange::Added;
        }
    }
    std::vector<LayerViewEntry> out;
    out.reserve(tree.size() + deleted.size());
    for (auto& [path, node] : tree) {
        if (isFileKind(node.kind)) {
            const auto final = analysis.tree.find(path);
            node.wasted = final == analysis.tree.end() || final->second.originLayer != node.layer;
        }
        out.push_back(std::move(node));
    }
    for (auto& gone : deleted) {
        gone.wasted = true;
        out.push_back(std::move(gone));
    }
    return out;
}

std::string permissionText(EntryKind kind, std::uint32_t mode)
{
    std::string text(10, '-');
    switch (kind) {
    case EntryKind::Directory: text[0] = 'd'; break;
    case EntryKind::Symlink: text[0] = 'l'; break;
    case EntryKind::CharDevice: text[0] = 'c'; break;
    case EntryKind::BlockDevice: text[0] = 'b'; break;
    case EntryKind::Fifo: text[0] = 'p'; break;
    default: break;
    }
    const char letters[] = "rwxrwxrwx";
    for (int bit = 0; bit < 9; ++bit)
        if (mode & (0400u >> bit)) text[std::size_t(bit + 1)] = letters[bit];
    if (mode & 04000) text[3] = (mode & 0100) ? 's' : 'S';
    if (mode & 02000) text[6] = (mode & 0010) ? 's' : 'S';
    if (mode & 01000) text[9] = (mode & 0001) ? 't' : 'T';
    return text;
}

} // namespace dw::image
