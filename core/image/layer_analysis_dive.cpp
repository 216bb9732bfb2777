#include "image/layer_analysis_internal.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dw::image::detail {
namespace {

constexpr std::string_view kWhiteoutPrefix = ".wh.";
constexpr std::string_view kOpaqueMarker = ".wh..wh..opq";
constexpr std::string_view kDoubleWhiteoutPrefix = ".wh..wh..";

// A node of dive's file tree. Nodes live in a vector and point at each other by index, so that copying a tree is
// copying a vector and no recursion is needed to build, copy or free a hostile, very deep tree. A removed node
// stays in the vector, unreachable.
struct Node {
    std::string name;
    std::uint32_t parent = 0;
    bool isDir = false; ///< false for the parents dive creates on the way to a path ("implicit" directories)
    std::uint64_t size = 0;
    std::map<std::string, std::uint32_t, std::less<>> children; ///< by name, bytewise: Go's sort.Strings order

    bool isWhiteout() const { return std::string_view(name).starts_with(kWhiteoutPrefix); }
};

/// Takes the next non-empty segment off the front of `rest`; false when none is left.
bool nextSegment(std::string_view& rest, std::string_view& segment)
{
    while (!rest.empty()) {
        const std::size_t slash = rest.find('/');
        segment = rest.substr(0, slash);
        rest.remove_prefix(slash == std::string_view::npos ? rest.size() : slash + 1);
        if (!segment.empty()) return true;
    }
    return false;
}

// dive's FileTree with the operations its efficiency score uses: AddPath, GetNode, Stack (with its RemovePath)
// and the child-first, name-ordered visit.
class DiveTree {
  public:
    DiveTree() : nodes_(1) {}

    /// Room for `count` nodes: a layer's tree has about one per entry, and growing by doubling could leave
    /// half the vector unused.
    void reserve(std::size_t count) { nodes_.reserve(count); }

    // AddPath: missing parents are created without data; a segment starting with ".wh..wh.." (the opaque marker)
    // is never created, and the path stops there; the last node gets the data, replacing what it had.
    void addPath(std::string_view path, bool isDir, std::uint64_t size)
    {
        std::uint32_t node = 0;
        std::string_view rest = path;
        std::string_view segment;
        bool more = nextSegment(rest, segment);
        while (more) {
            const auto found = nodes_[node].children.find(segment);
            if (found != nodes_[node].children.end()) {
                node = found->second;
            } else {
                if (segment.starts_with(kDoubleWhiteoutPrefix)) return;
                const auto created = static_cast<std::uint32_t>(nodes_.size());
                nodes_.push_back(Node{std::string(segment), node, false, 0, {}});
                nodes_[node].children.emplace(std::string(segment), created);
                node = created;
            }
            more = nextSegment(rest, segment);
            if (!more) {
                nodes_[node].isDir = isDir;
                nodes_[node].size = size;
            }
        }
    }

    /// GetNode; nullopt when the path does not exist.
    std::optional<std::uint32_t> find(std::string_view path) const
    {
        std::uint32_t node = 0;
        std::string_view segment;
        for (std::string_view rest = path; nextSegment(rest, segment);) {
            const auto found = nodes_[node].children.find(segment);
            if (found == nodes_[node].children.end()) return std::nullopt;
            node = found->second;
        }
        return node;
    }

    /// Sum of the sizes of a node and everything below it.
    std::uint64_t subtreeSize(std::uint32_t start) const
    {
        std::uint64_t total = 0;
        std::vector<std::uint32_t> pending{start};
        while (!pending.empty()) {
            const Node& node = nodes_[pending.back()];
            pending.pop_back();
            total += node.size;
            for (const auto& [name, child] : node.children)
                pending.push_back(child);
        }
        return total;
    }

    /// Visits every node but the root, children first, siblings in name order, with dive's Path() of the node
    /// ("/a/b"; a whiteout node's own ".wh." prefix removed). Stops early when `visit` returns false.
    template <class Visit> bool visitChildFirst(Visit&& visit) const
    {
        struct Frame {
            std::uint32_t node;
            std::map<std::string, std::uint32_t, std::less<>>::const_iterator next;
            std::size_t parentPathLength;
        };
        std::string path;
        std::vector<Frame> frames{{0, nodes_[0].children.begin(), 0}};
        while (!frames.empty()) {
            Frame& top = frames.back();
            if (top.next != nodes_[top.node].children.end()) {
                const auto& [name, child] = *top.next;
                ++top.next;
                const std::size_t parentLength = path.size();
                path += '/';
                path += name;
                frames.push_back({child, nodes_[child].children.begin(), parentLength});
                continue;
            }
            const Frame done = top;
            frames.pop_back();
            if (done.node != 0) {
                const Node& node = nodes_[done.node];
                bool keepGoing;
                if (node.isWhiteout())
                    keepGoing = visit(done.node, path.substr(0, done.parentPathLength + 1) +
                                                     node.name.substr(kWhiteoutPrefix.size()));
                else
                    keepGoing = visit(done.node, std::string_view(path));
                if (!keepGoing) return false;
            }
            path.resize(done.parentPathLength);
        }
        return true;
    }

    // Stack: grafts every node of `upper` onto this tree, children first; a whiteout removes its path, any other
    // node is AddPath'ed (its data replacing what was there). Walks both trees side by side instead of looking
    // each path up from the root, which ends the same way: a parent created on the way down is the one AddPath
    // would create for the first child, and gets its own data when its visit comes after its children's.
    void stack(const DiveTree& upper)
    {
        struct Frame {
            std::uint32_t upperNode;
            std::uint32_t node;
            std::map<std::string, std::uint32_t, std::less<>>::const_iterator next;
        };
        std::vector<Frame> frames{{0, 0, upper.nodes_[0].children.begin()}};
        while (!frames.empty()) {
            Frame& top = frames.back();
            if (top.next == upper.nodes_[top.upperNode].children.end()) {
                const Frame done = top;
                frames.pop_back();
                if (done.upperNode == 0) continue;
                const Node& grafted = upper.nodes_[done.upperNode];
                if (grafted.isWhiteout()) {
                    nodes_[nodes_[done.node].parent].children.erase(grafted.name.substr(kWhiteoutPrefix.size()));
                } else {
                    nodes_[done.node].isDir = grafted.isDir;
                    nodes_[done.node].size = grafted.size;
                }
                continue;
            }
            const std::string& name = top.next->first;
            const std::uint32_t upperChild = top.next->second;
            ++top.next;
            const std::uint32_t parent = top.node;
            if (upper.nodes_[upperChild].isWhiteout() && upper.nodes_[upperChild].children.empty()) {
                nodes_[parent].children.erase(name.substr(kWhiteoutPrefix.size()));
                continue;
            }
            std::uint32_t child;
            const auto found = nodes_[parent].children.find(name);
            if (found != nodes_[parent].children.end()) {
                child = found->second;
            } else {
                child = static_cast<std::uint32_t>(nodes_.size());
                nodes_.push_back(Node{name, parent, false, 0, {}});
                nodes_[parent].children.emplace(name, child);
            }
            frames.push_back({upperChild, child, upper.nodes_[upperChild].children.begin()});
        }
    }

    const Node& node(std::uint32_t index) const { return nodes_[index]; }

  private:
    std::vector<Node> nodes_; ///< nodes_[0] is the root
};

DiveTree treeOfLayer(const Layer& layer)
{
    DiveTree tree;
    tree.reserve(layer.entries.size() + layer.entries.size() / 16 + 16);
    for (const LayerEntry& entry : layer.entries) {
        switch (entry.kind) {
        case EntryKind::Whiteout: {
            // dive keeps the marker under its own name, ".wh.<name>", beside its siblings
            const std::size_t slash = entry.path.rfind('/');
            const std::string parent = slash == std::string::npos ? std::string() : entry.path.substr(0, slash + 1);
            const std::string name = slash == std::string::npos ? entry.path : entry.path.substr(slash + 1);
            tree.addPath(parent + std::string(kWhiteoutPrefix) + name, false, entry.size);
            break;
        }
        case EntryKind::OpaqueWhiteout:
            // dive never adds the marker, only the parents on the way to it
            tree.addPath(entry.path + "/" + std::string(kOpaqueMarker), false, entry.size);
            break;
        default:
            tree.addPath(entry.path, entry.kind == EntryKind::Directory, entry.size);
        }
    }
    return tree;
}

struct PathSizes {
    std::uint64_t hashHigh = 0; ///< XXH3-128 of the path: its identity (a collision is ~1e-26 likely for 1e6 paths)
    std::uint64_t hashLow = 0;
    std::uint64_t total = 0;
    std::uint64_t smallest = std::numeric_limits<std::uint64_t>::max();
    std::uint32_t count = 0;             ///< 0 marks an empty slot
    std::uint32_t repeatedPathIndex = 0; ///< into PathTallies::repeatedPaths once count >= 2
};

// The sizes seen at each path over all layers, in an open-addressing table keyed by the path's 128-bit hash:
// no string and no allocation per path. Only paths seen twice or more keep their text (dive's inefficient paths).
class PathTallies {
  public:
    /// Room for `expectedPaths` without growing.
    explicit PathTallies(std::size_t expectedPaths)
    {
        std::size_t size = 1024;
        while (size * 7 < expectedPaths * 10 + 10)
            size *= 2;
        slots_.resize(size);
    }

    void add(std::string_view path, std::uint64_t size)
    {
        if ((used_ + 1) * 10 > slots_.size() * 7) grow();
        const XXH128_hash_t hash = XXH3_128bits(path.data(), path.size());
        PathSizes& sizes = slotFor(slots_, hash.high64, hash.low64);
        if (sizes.count == 0) {
            sizes.hashHigh = hash.high64;
            sizes.hashLow = hash.low64;
            ++used_;
        }
        sizes.total += size;
        sizes.smallest = std::min(sizes.smallest, size);
        if (++sizes.count == 2) {
            sizes.repeatedPathIndex = static_cast<std::uint32_t>(repeatedPaths.size());
            repeatedPaths.emplace_back(path);
        }
    }

    /// For the last layer: a path not seen below is seen once and for all, so it only adds to the sums and
    /// never takes a slot (a one-layer image of a million paths needs no table at all).
    void addFinal(std::string_view path, std::uint64_t size)
    {
        const XXH128_hash_t hash = XXH3_128bits(path.data(), path.size());
        if (slotFor(slots_, hash.high64, hash.low64).count == 0)
            onceOnlyBytes += size;
        else
            add(path, size);
    }

    const std::vector<PathSizes>& slots() const { return slots_; }
    std::uint64_t onceOnlyBytes = 0; ///< sizes of the paths addFinal() saw for the first time
    std::vector<std::string> repeatedPaths;

  private:
    static PathSizes& slotFor(std::vector<PathSizes>& slots, std::uint64_t high, std::uint64_t low)
    {
        const std::size_t mask = slots.size() - 1;
        for (std::size_t at = static_cast<std::size_t>(low) & mask;; at = (at + 1) & mask) {
            PathSizes& slot = slots[at];
            if (slot.count == 0 || (slot.hashHigh == high && slot.hashLow == low)) return slot;
        }
    }

    void grow()
    {
        std::vector<PathSizes> bigger(slots_.size() * 2);
        for (const PathSizes& slot : slots_)
            if (slot.count > 0) slotFor(bigger, slot.hashHigh, slot.hashLow) = slot;
        slots_ = std::move(bigger);
    }

    std::vector<PathSizes> slots_; ///< a power of two long, at most 70 % used
    std::size_t used_ = 0;
};

} // namespace

DiveFigures diveFigures(const Image& image)
{
    DiveFigures figures;
    std::size_t entriesBelowTop = 0;
    for (std::size_t index = 0; index + 1 < image.layers.size(); ++index)
        entriesBelowTop += image.layers[index].entries.size();
    PathTallies tallies(entriesBelowTop);
    // The top layer's paths need a slot only when seen below, unless it has whiteouts: a whiteout's path may
    // also be a sibling's, and then one path is counted twice within the layer.
    const bool topHasWhiteouts =
        !image.layers.empty() && std::any_of(image.layers.back().entries.begin(), image.layers.back().entries.end(),
                                             [](const LayerEntry& entry) { return entry.kind == EntryKind::Whiteout; });

    // The tree of all layers below the one being walked, as dive's StackTreeRange(trees, 0, i-1) builds it:
    // layer 0's tree, then layers 0..i-1 stacked on it (so for layer 0, layer 0's own tree).
    DiveTree stacked;
    DiveTree previous;
    for (std::size_t index = 0; index < image.layers.size(); ++index) {
        DiveTree current = treeOfLayer(image.layers[index]);
        if (index == 1) stacked = previous; // layer 0's tree, copied only when a second layer needs it
        if (index >= 1) stacked.stack(previous);
        const DiveTree& below = index == 0 ? current : stacked;

        const bool finished = current.visitChildFirst([&](std::uint32_t nodeIndex, std::string_view path) {
            const Node& node = current.node(nodeIndex);
            if (!node.children.empty()) return true; // leaves only
            std::uint64_t size = node.size;
            if (node.isWhiteout()) {
                const std::optional<std::uint32_t> found = below.find(path);
                if (!found) return false; // dive's visitor errors out and the rest of the layer is skipped
                size = below.node(*found).isDir ? below.subtreeSize(*found) : 0;
            }
            if (index + 1 == image.layers.size() && !topHasWhiteouts)
                tallies.addFinal(path, size);
            else
                tallies.add(path, size);
            return true;
        });
        if (!finished) figures.stoppedLayers.push_back(index);
        previous = std::move(current);
    }

    std::uint64_t smallestSum = tallies.onceOnlyBytes;
    std::uint64_t totalSum = tallies.onceOnlyBytes;
    for (const PathSizes& sizes : tallies.slots()) {
        if (sizes.count == 0) continue;
        smallestSum += sizes.smallest;
        totalSum += sizes.total;
        figures.reclaimableBytes += sizes.total - sizes.smallest;
        if (sizes.count < 2) continue;
        figures.wastedBytes += sizes.total;
        figures.inefficientPaths.push_back({tallies.repeatedPaths[sizes.repeatedPathIndex].substr(1), sizes.count,
                                            sizes.total, sizes.smallest, false});
    }
    figures.efficiency = totalSum == 0 ? 1.0 : double(smallestSum) / double(totalSum);
    std::sort(figures.inefficientPaths.begin(), figures.inefficientPaths.end(),
              [](const InefficientPath& a, const InefficientPath& b) {
                  return a.totalBytes != b.totalBytes ? a.totalBytes > b.totalBytes : a.path < b.path;
              });

    for (std::size_t index = 1; index < image.layers.size(); ++index)
        for (const LayerEntry& entry : image.layers[index].entries)
            figures.userSizeBytes += entry.size;
    if (figures.userSizeBytes > 0)
        figures.userWastedPercent = double(figures.wastedBytes) / double(figures.userSizeBytes);
    else if (figures.wastedBytes > 0)
        figures.userWastedPercent = std::numeric_limits<double>::infinity();
    return figures;
}

} // namespace dw::image::detail
