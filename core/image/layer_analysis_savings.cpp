// What the final tree tells about savings: its largest files and the package-manager caches left in it; and
// which history steps are RUN steps (for the RUN-merge savings of layer_analysis.cpp).
#include "image/layer_analysis.h"

#include "image/layer_analysis_internal.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>

namespace dw::image {
namespace {

std::vector<std::string_view> segmentsOf(std::string_view path)
{
    std::vector<std::string_view> segments;
    while (!path.empty()) {
        const std::size_t slash = path.find('/');
        if (slash != 0) segments.push_back(path.substr(0, slash));
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    return segments;
}

struct SplitPattern {
    std::vector<std::string_view> segments;
    const char* manager;
};

const std::vector<SplitPattern>& splitCachePatterns()
{
    static const std::vector<SplitPattern> patterns = [] {
        std::vector<SplitPattern> split;
        for (const CacheDirPattern& pattern : packageCacheDirs())
            split.push_back({segmentsOf(pattern.pattern), pattern.manager});
        return split;
    }();
    return patterns;
}

// The pattern matches a directory that holds the file (never the file itself).
bool holds(const std::vector<std::string_view>& pattern, const std::vector<std::string_view>& file)
{
    if (file.size() <= pattern.size()) return false;
    for (std::size_t i = 0; i < pattern.size(); ++i)
        if (pattern[i] != "*" && pattern[i] != file[i]) return false;
    return true;
}

} // namespace

const std::vector<CacheDirPattern>& packageCacheDirs()
{
    static const std::vector<CacheDirPattern> dirs{
        {"var/lib/apt/lists", "apt"},
        {"var/cache/apt", "apt"},
        {"var/cache/apk", "apk"},
        {"etc/apk/cache", "apk"},
        {"var/cache/yum", "yum"},
        {"var/cache/dnf", "dnf"},
        {"root/.cache/pip", "pip"},
        {"home/*/.cache/pip", "pip"},
        {"root/.npm", "npm"},
        {"home/*/.npm", "npm"},
        {"usr/local/share/.cache/yarn", "yarn"},
        {"root/.cache/yarn", "yarn"},
        {"home/*/.cache/yarn", "yarn"},
        {"root/.cache/go-build", "go"},
        {"home/*/.cache/go-build", "go"},
        {"go/pkg/mod", "go"},
        {"root/go/pkg/mod", "go"},
        {"home/*/go/pkg/mod", "go"},
    };
    return dirs;
}

bool isRunStep(const std::string& createdBy)
{
    std::string_view step = createdBy;
    while (!step.empty() && std::isspace(static_cast<unsigned char>(step.front())))
        step.remove_prefix(1);
    if (step.starts_with("RUN ")) return true; // BuildKit
    if (step.find("#(nop)") != std::string_view::npos) return false;
    // the classic builder: the shell command itself, after "|N NAME=value ..." when build arguments were set
    if (step.size() > 1 && step[0] == '|' && std::isdigit(static_cast<unsigned char>(step[1]))) return true;
    for (std::string_view shell : {"/bin/sh -c ", "/bin/bash -c ", "/bin/ash -c ", "cmd /S /C ", "powershell "})
        if (step.starts_with(shell)) return true;
    return false;
}

namespace detail {

std::vector<FileRef> largestFiles(const MergedTree& tree, std::size_t count)
{
    // A heap of the `count` largest seen so far (its top the smallest of them): no copy of every path.
    using Candidate = std::pair<std::uint64_t, const std::string*>;
    const auto larger = [](const Candidate& a, const Candidate& b) {
        return a.first != b.first ? a.first > b.first : *a.second < *b.second;
    };
    std::vector<Candidate> heap;
    heap.reserve(count + 1);
    for (const auto& [path, node] : tree) {
        if (node.kind != EntryKind::File || count == 0) continue;
        const Candidate candidate{node.size, &path};
        if (heap.size() == count && !larger(candidate, heap.front())) continue;
        heap.push_back(candidate);
        std::push_heap(heap.begin(), heap.end(), larger);
        if (heap.size() > count) {
            std::pop_heap(heap.begin(), heap.end(), larger);
            heap.pop_back();
        }
    }
    std::sort_heap(heap.begin(), heap.end(), larger);
    std::vector<FileRef> files;
    files.reserve(heap.size());
    for (const auto& [size, path] : heap)
        files.push_back({*path, size, tree.find(*path)->second.originLayer});
    return files;
}

std::vector<CacheDir> cacheDirs(const MergedTree& tree)
{
    std::map<std::string, CacheDir> byDir;
    std::map<std::string, std::set<std::size_t>> layersByDir;
    for (const auto& [path, node] : tree) {
        if (node.kind != EntryKind::File) continue;
        const std::vector<std::string_view> file = segmentsOf(path);
        for (const SplitPattern& pattern : splitCachePatterns()) {
            if (!holds(pattern.segments, file)) continue;
            std::string dir;
            for (std::size_t i = 0; i < pattern.segments.size(); ++i) {
                if (i > 0) dir += '/';
                dir += file[i];
            }
            CacheDir& cache = byDir[dir];
            cache.dir = dir;
            cache.manager = pattern.manager;
            ++cache.files;
            cache.bytes += node.size;
            layersByDir[dir].insert(node.originLayer);
            break;
        }
    }
    std::vector<CacheDir> caches;
    for (auto& [dir, cache] : byDir) {
        if (cache.bytes == 0) continue;
        cache.layers.assign(layersByDir[dir].begin(), layersByDir[dir].end());
        caches.push_back(std::move(cache));
    }
    return caches;
}

} // namespace detail
} // namespace dw::image
