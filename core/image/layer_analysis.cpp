#include "image/layer_analysis.h"

#include "image/layer_analysis_internal.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace dw::image {
namespace {

bool isDirectory(EntryKind kind)
{
    return kind == EntryKind::Directory;
}

bool isWhiteoutKind(EntryKind kind)
{
    return kind == EntryKind::Whiteout || kind == EntryKind::OpaqueWhiteout;
}

// The history entry of each layer: the reader's match when it made one, else the config's non-empty history
// entries in order when there are exactly as many as layers.
std::vector<std::string> createdByOfLayers(const Image& image)
{
    std::vector<std::string> createdBy(image.layers.size());
    std::vector<const HistoryEntry*> nonEmpty;
    for (const HistoryEntry& entry : image.config.history)
        if (!entry.emptyLayer) nonEmpty.push_back(&entry);
    const bool countsMatch = nonEmpty.size() == image.layers.size();
    for (std::size_t i = 0; i < image.layers.size(); ++i) {
        if (image.layers[i].history)
            createdBy[i] = image.layers[i].history->createdBy;
        else if (countsMatch)
            createdBy[i] = nonEmpty[i]->createdBy;
    }
    return createdBy;
}

// Groups of two or more consecutive RUN layers: the group index of each layer, or -1.
std::vector<int> runGroups(const std::vector<LayerSummary>& layers, std::vector<RunMergeSaving>& groups)
{
    std::vector<int> groupOf(layers.size(), -1);
    for (std::size_t first = 0; first < layers.size();) {
        std::size_t last = first;
        while (layers[first].isRun && last + 1 < layers.size() && layers[last + 1].isRun)
            ++last;
        if (last > first) {
            for (std::size_t i = first; i <= last; ++i)
                groupOf[i] = int(groups.size());
            groups.push_back({first, last, 0, 0});
        }
        first = last + 1;
    }
    return groupOf;
}

// The overlay-correct merge of the layers, bottom up, that fills our own per-layer figures as it goes.
class MergePass {
  public:
    MergePass(LayerAnalysis& out) : out_(out), groupOf_(runGroups(out.layers, groups_)) {}

    void applyLayer(const Layer& layer, std::size_t index)
    {
        // A layer's whiteouts and opaque directories act on the layers below it, so they go first.
        for (const LayerEntry& entry : layer.entries) {
            if (entry.kind == EntryKind::Whiteout) {
                const bool existed = removeSubtree(entry.path, true, index);
                if (!existed) ++out_.layers[index].missingWhiteouts;
            } else if (entry.kind == EntryKind::OpaqueWhiteout) {
                removeSubtree(entry.path, false, index);
            }
        }
        for (const LayerEntry& entry : layer.entries)
            if (!isWhiteoutKind(entry.kind)) write(entry, index);
    }

    void finish(std::size_t largestDeletedLater)
    {
        for (const RunMergeSaving& group : groups_) {
            if (group.bytes == 0 && group.files == 0) continue;
            out_.runMerges.push_back(group);
            out_.runMergeSavingsBytes += group.bytes;
        }
        const auto larger = [](const DeletedLaterFile& a, const DeletedLaterFile& b) {
            return a.size != b.size ? a.size > b.size : a.path < b.path;
        };
        const std::size_t keep = std::min(largestDeletedLater, deletedLater_.size());
        std::partial_sort(deletedLater_.begin(), deletedLater_.begin() + std::ptrdiff_t(keep), deletedLater_.end(),
                          larger);
        deletedLater_.resize(keep);
        out_.largestDeletedLater = std::move(deletedLater_);
    }

    const std::set<std::string>& sameContentPaths() const { return sameContentPaths_; }

  private:
    // The copy at `path` stops being visible because layer `by` overwrote or deleted it.
    void shadow(const MergedNode& node, std::size_t by)
    {
        out_.layers[node.originLayer].wastedBytes += node.size;
        const int group = groupOf_[node.originLayer];
        if (node.originLayer < by && group >= 0 && group == groupOf_[by]) {
            if (!isDirectory(node.kind)) ++groups_[std::size_t(group)].files;
            groups_[std::size_t(group)].bytes += node.size;
        }
    }

    // Removes everything below `path` and, with `withPath`, the path itself. Returns whether anything was there.
    bool removeSubtree(const std::string& path, bool withPath, std::size_t by)
    {
        bool found = false;
        const auto removeOne = [&](MergedTree::iterator it) {
            const MergedNode& node = it->second;
            shadow(node, by);
            if (!isDirectory(node.kind)) {
                ++out_.layers[by].deletedFiles;
                out_.layers[by].deletedBytes += node.size;
                if (node.kind == EntryKind::File && node.originLayer < by) {
                    ++out_.deletedLaterFiles;
                    out_.deletedLaterBytes += node.size;
                    deletedLater_.push_back({it->first, node.size, node.originLayer, by});
                }
            }
            found = true;
            return out_.tree.erase(it);
        };
        if (withPath) {
            const auto self = out_.tree.find(path);
            if (self != out_.tree.end()) removeOne(self);
        }
        if (path.empty()) { // an opaque marker at the root hides every lower path
            for (auto it = out_.tree.begin(); it != out_.tree.end();)
                it = removeOne(it);
            return found;
        }
        // children sort between "path/" and "path0" ('0' follows '/')
        auto it = out_.tree.lower_bound(path + "/");
        const std::string end = path + "0";
        while (it != out_.tree.end() && it->first < end)
            it = removeOne(it);
        return found;
    }

    void write(const LayerEntry& entry, std::size_t index)
    {
        LayerSummary& summary = out_.layers[index];
        const bool entryIsDir = isDirectory(entry.kind);
        const MergedNode written{entry.kind, entry.size, entry.mode, index, entry.contentHash};
        const auto existing = out_.tree.find(entry.path);
        if (existing == out_.tree.end()) {
            if (!entryIsDir) {
                ++summary.addedFiles;
                summary.addedBytes += entry.size;
            }
            out_.tree.emplace(entry.path, written);
            return;
        }
        const MergedNode below = existing->second;
        if (isDirectory(below.kind) && entryIsDir) { // a directory listed again: new metadata, same contents
            existing->second = written;
            return;
        }
        if (isDirectory(below.kind)) removeSubtree(entry.path, false, index); // a file hides the directory's contents
        shadow(below, index);
        out_.tree[entry.path] = written;
        if (entryIsDir || below.originLayer == index) return; // a second entry of one layer is no modification
        ++summary.modifiedFiles;
        summary.modifiedBytes += entry.size;
        const bool sameContent = below.kind == EntryKind::File && entry.kind == EntryKind::File &&
                                 below.size == entry.size && entry.contentHash != 0 &&
                                 below.contentHash == entry.contentHash;
        if (sameContent) {
            ++summary.sameContentFiles;
            summary.sameContentBytes += entry.size;
            sameContentPaths_.insert(entry.path);
        }
    }

    LayerAnalysis& out_;
    std::vector<RunMergeSaving> groups_;
    std::vector<int> groupOf_;
    std::vector<DeletedLaterFile> deletedLater_;
    std::set<std::string> sameContentPaths_;
};

} // namespace

LayerAnalysis analyzeLayers(const Image& image, const LayerAnalysisOptions& options)
{
    LayerAnalysis out;
    const std::vector<std::string> createdBy = createdByOfLayers(image);
    for (std::size_t i = 0; i < image.layers.size(); ++i) {
        LayerSummary summary;
        summary.index = i;
        summary.diffId = image.layers[i].diffId;
        summary.createdBy = createdBy[i];
        summary.isRun = isRunStep(createdBy[i]);
        summary.entryCount = image.layers[i].entries.size();
        for (const LayerEntry& entry : image.layers[i].entries)
            summary.size += entry.size;
        out.sizeBytes += summary.size;
        out.layers.push_back(std::move(summary));
    }

    // dive's figures first: their trees are gone before the merged tree, which the result keeps, is built.
    detail::DiveFigures dive = detail::diveFigures(image);

    MergePass pass(out);
    for (std::size_t i = 0; i < image.layers.size(); ++i)
        pass.applyLayer(image.layers[i], i);
    pass.finish(options.largestDeletedLater);

    out.efficiency = dive.efficiency;
    out.wastedBytes = dive.wastedBytes;
    out.userSizeBytes = dive.userSizeBytes;
    out.userWastedPercent = dive.userWastedPercent;
    out.reclaimableBytes = dive.reclaimableBytes;
    out.diveStoppedLayers = std::move(dive.stoppedLayers);
    out.inefficientPaths = std::move(dive.inefficientPaths);
    for (InefficientPath& path : out.inefficientPaths)
        path.sameContentReAdd = pass.sameContentPaths().contains(path.path);

    out.largestFiles = detail::largestFiles(out.tree, options.largestFiles);
    out.caches = detail::cacheDirs(out.tree);
    for (const CacheDir& cache : out.caches)
        out.cacheBytes += cache.bytes;
    return out;
}

} // namespace dw::image
