// Layer analysis: what each layer adds, changes and deletes, the image's final file tree, dive's efficiency
// figures, and what a cleaner build would save.
//
// Two views of the same layers are computed side by side:
//  - dive's figures (efficiency, wastedBytes, userSizeBytes, userWastedPercent, inefficient paths), computed the
//    way dive computes them, quirks included, so that the numbers match dive's on the same image (definitions in
//    dive's section of the check catalogue: leaves only, a directory whiteout weighs its whole subtree, layer 0 is
//    "the base", wastedBytes counts every copy including the one that stays, opaque directories are ignored, and a
//    whiteout of a path missing below stops dive's walk of the rest of that layer);
//  - our own honest figures, from an overlay-correct merge of the layers (whiteouts and opaque directories
//    honoured): per-layer added / modified / deleted files, bytes each layer ships that the final image never
//    shows, reclaimable bytes = sum over paths of (all copies - the smallest copy), re-adds with identical
//    content (a chmod or chown that copied a file into a new layer), caches left behind, and what merging
//    consecutive RUN layers would save.
//
// Paths are the image model's: relative to the image root, no leading "/".
#pragma once

#include "image/image_model.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dw::image {

/// One path of the final (merged) image.
struct MergedNode {
    EntryKind kind = EntryKind::File; ///< never a whiteout kind
    std::uint64_t size = 0;
    std::uint32_t mode = 0;
    std::size_t originLayer = 0;   ///< the layer whose entry the final image shows (the last one that wrote it)
    std::uint64_t contentHash = 0; ///< XXH64 of a regular file's body, as in LayerEntry
};

/// The final file tree, path -> node, in path order. Parent directories that no layer lists are not invented.
using MergedTree = std::map<std::string, MergedNode>;

/// One layer. "Files" are every non-directory entry (regular files, links, devices, fifos): directories that a
/// layer lists again only because it changed something inside them are not counted as modified.
struct LayerSummary {
    std::size_t index = 0;
    std::string diffId;
    std::string createdBy;  ///< the history entry that made the layer; "" when unknown
    bool isRun = false;     ///< createdBy is a RUN step (BuildKit "RUN ..." or the classic builder's "/bin/sh -c ...")
    std::uint64_t size = 0; ///< dive's layer size: sum of the entries' tar sizes
    std::size_t entryCount = 0;

    std::size_t addedFiles = 0; ///< files at paths that did not exist below
    std::uint64_t addedBytes = 0;
    std::size_t modifiedFiles = 0;    ///< files written over a path that existed below
    std::uint64_t modifiedBytes = 0;  ///< the new copies' sizes
    std::size_t sameContentFiles = 0; ///< of the modified files: same bytes as the copy below (only mode/owner changed)
    std::uint64_t sameContentBytes = 0;
    std::size_t deletedFiles = 0; ///< files below that this layer's whiteouts and opaque directories remove
    std::uint64_t deletedBytes = 0;
    std::size_t missingWhiteouts = 0; ///< whiteouts of paths that nothing below had

    std::uint64_t wastedBytes = 0; ///< this layer's bytes the final image never shows: later overwritten or deleted
};

/// A path that dive counts more than once (n >= 2): dive's "Inefficient Files" row.
struct InefficientPath {
    std::string path;
    std::size_t count = 0;         ///< n: occurrences over all layers (a whiteout is an occurrence)
    std::uint64_t totalBytes = 0;  ///< T: sum of the occurrences' sizes
    std::uint64_t minBytes = 0;    ///< m: the smallest occurrence
    bool sameContentReAdd = false; ///< a later copy had the same bytes as the one below it (chmod/chown re-add)
};

/// A regular file, where it came from.
struct FileRef {
    std::string path;
    std::uint64_t size = 0;
    std::size_t layer = 0; ///< the layer that wrote it
};

/// A file one layer added and a later layer deleted: invisible in the final image, still shipped.
struct DeletedLaterFile {
    std::string path;
    std::uint64_t size = 0;
    std::size_t addedIn = 0;
    std::size_t deletedIn = 0;
};

/// A package-manager cache directory left in the final image.
struct CacheDir {
    std::string dir;     ///< "var/lib/apt/lists", "home/app/.cache/pip"
    std::string manager; ///< "apt", "apk", "yum", "dnf", "pip", "npm", "yarn", "go"
    std::size_t files = 0;
    std::uint64_t bytes = 0;
    std::vector<std::size_t> layers; ///< layers that wrote the files still there, ascending
};

/// A run of two or more consecutive RUN layers and what one RUN instead of several would save.
struct RunMergeSaving {
    std::size_t firstLayer = 0;
    std::size_t lastLayer = 0;
    std::size_t files = 0;   ///< files written in one of these layers and overwritten or deleted by a later one
    std::uint64_t bytes = 0; ///< their sizes
};

struct LayerAnalysis {
    std::vector<LayerSummary> layers; ///< bottom first
    MergedTree tree;
    std::uint64_t sizeBytes = 0; ///< sum of the layer sizes

    // dive's figures
    double efficiency = 1.0;         ///< sum of m / sum of T over every path; 1 when nothing was counted
    std::uint64_t wastedBytes = 0;   ///< sum of T over the inefficient paths (every copy counted)
    std::uint64_t userSizeBytes = 0; ///< sum of the sizes of layers 1..n-1
    double userWastedPercent = 0.0;  ///< wastedBytes / userSizeBytes as a ratio; +infinity when only layer 0
                                     ///< has bytes and something is wasted (dive divides by zero there too)
    std::vector<InefficientPath> inefficientPaths; ///< largest T first, then by path
    std::vector<std::size_t> diveStoppedLayers;    ///< layers whose walk dive abandons at a whiteout of a missing path

    // our figures
    std::uint64_t reclaimableBytes = 0; ///< sum over paths of (T - m): what a perfect rebuild could drop
    std::vector<FileRef> largestFiles;  ///< regular files of the final image, largest first
    std::size_t deletedLaterFiles = 0;  ///< files added in one layer and deleted in a later one
    std::uint64_t deletedLaterBytes = 0;
    std::vector<DeletedLaterFile> largestDeletedLater; ///< the largest of them, largest first
    std::vector<RunMergeSaving> runMerges;             ///< only runs that would save something
    std::uint64_t runMergeSavingsBytes = 0;
    std::vector<CacheDir> caches; ///< only directories holding bytes, by dir
    std::uint64_t cacheBytes = 0;
};

struct LayerAnalysisOptions {
    std::size_t largestFiles = 20;        ///< length of LayerAnalysis::largestFiles
    std::size_t largestDeletedLater = 10; ///< length of LayerAnalysis::largestDeletedLater
};

LayerAnalysis analyzeLayers(const Image& image, const LayerAnalysisOptions& options = {});

/// The cache directories DWI304 looks for, as patterns where "*" stands for one path segment (a user's name).
struct CacheDirPattern {
    const char* pattern; ///< "home/*/.cache/pip"
    const char* manager; ///< "pip"
};
const std::vector<CacheDirPattern>& packageCacheDirs();

/// True when a history entry's created_by is a RUN step: BuildKit's "RUN ...", or the classic builder's
/// "/bin/sh -c ..." / "|2 A=1 B=2 /bin/sh -c ..." without "#(nop)".
bool isRunStep(const std::string& createdBy);

/// dive's CI thresholds. nullopt switches a rule off.
struct EfficiencyThresholds {
    std::optional<double> lowestEfficiency = 0.9;         ///< fails when the threshold > efficiency
    std::optional<std::uint64_t> highestWastedBytes;      ///< fails when wastedBytes > threshold; off by default
    std::optional<double> highestUserWastedPercent = 0.1; ///< fails when userWastedPercent > threshold (a ratio)
};

struct DiveCiError {
    std::string message; ///< names the file, the key and, where known, the line
};

/// Parses a `.dive-ci` file (YAML, keys under `rules:`). Keys left out keep dive's defaults; "disabled", "off",
/// "false" or an empty value switch a rule off; ratios must lie in 0..1; byte counts are humanised ("20MB",
/// "1.5 GiB", "20000000"). Other keys are ignored. Returns nullopt and fills `error` on malformed YAML or a bad
/// value (dive refuses to evaluate a misconfigured rule too).
std::optional<EfficiencyThresholds> parseDiveCi(const std::string& yamlText, const std::string& fileName,
                                                DiveCiError& error);
std::optional<EfficiencyThresholds> loadDiveCiFile(const std::string& path, DiveCiError& error);

/// A humanised byte count as dive reads it (go-humanize ParseBytes): a number with optional "." and thousands
/// ",", then an optional unit, case-insensitive: b, k/kb (1000), ki/kib (1024), m/mb, mi/mib, ... up to e/eb, ei/eib.
/// nullopt when malformed or too large for 64 bits.
std::optional<std::uint64_t> parseHumanBytes(const std::string& text);

} // namespace dw::image
