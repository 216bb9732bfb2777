#include "image/image_compare.h"

#include <map>
#include <set>
#include <tuple>

namespace dw::image {
namespace {

bool isFileNode(const MergedNode& node)
{
    return node.kind != EntryKind::Directory;
}

/// What identifies "the same finding" across two images: the rule and the path it is about (or the message when
/// it is about the image as a whole).
std::string findingKey(const findings::Finding& finding)
{
    const auto* where = std::get_if<findings::ImageLocation>(&finding.location);
    const std::string place = where && !where->path.empty() ? where->path : finding.evidence;
    return finding.rule + '\n' + place;
}

FindingChange changeOf(const findings::Finding& finding)
{
    FindingChange change;
    change.rule = finding.rule;
    change.severity = finding.severity;
    change.message = finding.message.en;
    if (const auto* where = std::get_if<findings::ImageLocation>(&finding.location)) {
        if (where->layer) change.where = "layer " + std::to_string(*where->layer);
        if (!where->path.empty()) change.where += (change.where.empty() ? "/" : " /") + where->path;
    }
    return change;
}

void diffFindings(const std::vector<findings::Finding>& before, const std::vector<findings::Finding>& after,
                  ImageComparison& out)
{
    std::multiset<std::string> beforeKeys, afterKeys;
    for (const auto& finding : before)
        if (finding.sameAs.empty()) beforeKeys.insert(findingKey(finding));
    for (const auto& finding : after)
        if (finding.sameAs.empty()) afterKeys.insert(findingKey(finding));
    std::multiset<std::string> pending = beforeKeys;
    for (const auto& finding : after) {
        if (!finding.sameAs.empty()) continue;
        const auto found = pending.find(findingKey(finding));
        if (found != pending.end()) pending.erase(found);
        else out.findingsNew.push_back(changeOf(finding));
    }
    pending = afterKeys;
    for (const auto& finding : before) {
        if (!finding.sameAs.empty()) continue;
        const auto found = pending.find(findingKey(finding));
        if (found != pending.end()) pending.erase(found);
        else out.findingsFixed.push_back(changeOf(finding));
    }
}

} // namespace

ImageComparison compareImages(const ImageReport& before, const std::vector<findings::Finding>& beforeFindings,
                              const ImageReport& after, const std::vector<findings::Finding>& afterFindings)
{
    ImageComparison out;
    // Layers: the common bottom run of identical diff ids is shared; the rest is each image's own.
    const auto& left = before.image.layers;
    const auto& right = after.image.layers;
    std::size_t common = 0;
    while (common < left.size() && common < right.size() && !left[common].diffId.empty() &&
           left[common].diffId == right[common].diffId)
        ++common;
    out.sharedLayers = common;
    for (std::size_t i = 0; i < common; ++i) out.layers.push_back({i, i, true});
    for (std::size_t i = common; i < std::max(left.size(), right.size()); ++i) {
        LayerPair pair;
        if (i < left.size()) pair.before = i;
        if (i < right.size()) pair.after = i;
        out.layers.push_back(pair);
    }

    // Files of the final file systems.
    const MergedTree& a = before.layers.tree;
    const MergedTree& b = after.layers.tree;
    for (const auto& [path, node] : b) {
        if (!isFileNode(node)) continue;
        const auto old = a.find(path);
        if (old == a.end() || !isFileNode(old->second)) {
            out.added.push_back({path, 0, node.size, false});
            continue;
        }
        const bool contentChanged = old->second.size != node.size || old->second.contentHash != node.contentHash ||
                                    old->second.kind != node.kind;
        const bool modeChanged = old->second.mode != node.mode;
        if (contentChanged || modeChanged) out.changed.push_back({path, old->second.size, node.size, modeChanged});
    }
    for (const auto& [path, node] : a)
        if (isFileNode(node) && (b.find(path) == b.end() || !isFileNode(b.at(path)))) out.removed.push_back({path, node.size, 0, false});

    // Packages by type and name.
    std::map<std::pair<std::string, std::string>, std::string> oldPackages, newPackages;
    for (const auto& package : before.packages.packages)
        oldPackages[{std::string(packageTypeName(package.type)), package.name}] = package.fullVersion();
    for (const auto& package : after.packages.packages)
        newPackages[{std::string(packageTypeName(package.type)), package.name}] = package.fullVersion();
    for (const auto& [key, version] : newPackages) {
        const auto old = oldPackages.find(key);
        if (old == oldPackages.end()) out.packagesAdded.push_back({key.first, key.second, {}, version});
        else if (old->second != version) out.packagesChanged.push_back({key.first, key.second, old->second, version});
    }
    for (const auto& [key, version] : oldPackages)
        if (!newPackages.count(key)) out.packagesRemoved.push_back({key.first, key.second, version, {}});

    diffFindings(beforeFindings, afterFindings, out);
    out.sizeDelta = std::int64_t(after.layers.sizeBytes) - std::int64_t(before.layers.sizeBytes);
    return out;
}

} // namespace dw::image
