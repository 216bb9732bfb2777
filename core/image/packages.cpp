// The inventory of the final view, and the layer that installed each package's current version.
#include "image/packages.h"

#include "image/packages_inspector.h"

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>

namespace dw::image {
namespace {

using Parser = std::function<PackageParse(std::string_view, std::size_t)>;
using PackageKey = std::tuple<std::string, std::string, std::string>; // name, full version, arch

PackageKey keyOf(const Package& p)
{
    return {p.name, p.fullVersion(), p.arch};
}

/// Moves each package's layerIndex down to the lowest layer of an unbroken run of database versions that
/// already listed it (a package installed in layer 1 and untouched since is "layer 1", even if layer 4
/// rewrote the database to add another package).
void attributeLayers(const Image& image, const FinalFile& final, const Parser& parse, std::vector<Package>& packages)
{
    auto versions = capturedVersions(image, final.path, final.file->layerIndex);
    std::vector<std::set<PackageKey>> older;
    for (std::size_t i = 1; i < versions.size(); ++i) {
        std::set<PackageKey> keys;
        for (const Package& p : parse(versions[i]->content, versions[i]->layerIndex).packages)
            keys.insert(keyOf(p));
        older.push_back(std::move(keys));
    }
    for (Package& p : packages) {
        const PackageKey key = keyOf(p);
        for (std::size_t i = 0; i < older.size() && older[i].contains(key); ++i)
            p.layerIndex = versions[i + 1]->layerIndex;
    }
}

void readDatabase(const Image& image, std::string_view path, const Parser& parse, PackageInventory& inventory,
                  bool listDatabase = true)
{
    auto final = finalCapturedFile(image, path);
    if (!final) return;
    if (listDatabase) inventory.databases.push_back(final->path);
    if (final->file->truncated)
        inventory.warnings.push_back(final->path + ": larger than the " + std::to_string(final->file->content.size()) +
                                     " bytes kept; only those were read");
    PackageParse parsed = parse(final->file->content, final->file->layerIndex);
    attributeLayers(image, *final, parse, parsed.packages);
    for (std::string& warning : parsed.warnings)
        inventory.warnings.push_back(final->path + ": " + warning);
    for (Package& p : parsed.packages)
        inventory.packages.push_back(std::move(p));
}

} // namespace

PackageInventory readPackages(const Image& image)
{
    PackageInventory inventory;
    readDatabase(
        image, "var/lib/dpkg/status", [](auto text, auto layer) { return parseDpkgStatus(text, layer); }, inventory);
    const auto statusD = finalFilesIn(image, "var/lib/dpkg/status.d");
    std::size_t statusDFiles = 0;
    for (const std::string& path : statusD) {
        if (path.ends_with(".md5sums")) continue;
        ++statusDFiles;
        readDatabase(
            image, path, [](auto text, auto layer) { return parseDpkgStatus(text, layer, false); }, inventory, false);
    }
    if (statusDFiles)
        inventory.databases.push_back("var/lib/dpkg/status.d/ (" + std::to_string(statusDFiles) + " files)");
    readDatabase(image, "lib/apk/db/installed", parseApkInstalled, inventory);

    const std::size_t before = inventory.databases.size();
    readDatabase(image, "var/lib/rpm/rpmdb.sqlite", parseRpmSqlite, inventory);
    if (inventory.databases.size() == before)
        readDatabase(image, "usr/lib/sysimage/rpm/rpmdb.sqlite", parseRpmSqlite, inventory);
    if (inventory.databases.size() == before)
        for (std::string_view legacy :
             {"var/lib/rpm/Packages", "var/lib/rpm/Packages.db", "usr/lib/sysimage/rpm/Packages.db"})
            if (existsInFinalView(image, legacy))
                inventory.warnings.push_back(std::string(legacy) +
                                             ": rpm database in BerkeleyDB or ndb format, not read (only sqlite is)");

    auto order = [](const Package& a, const Package& b) {
        return std::tuple(a.type, a.name, a.fullVersion(), a.arch) <
               std::tuple(b.type, b.name, b.fullVersion(), b.arch);
    };
    std::ranges::sort(inventory.packages, order);
    auto same = [](const Package& a, const Package& b) { return a.type == b.type && keyOf(a) == keyOf(b); };
    // std::unique, not std::ranges::unique: clang 14 cannot use libstdc++ 12's subrange (the asan build)
    inventory.packages.erase(std::unique(inventory.packages.begin(), inventory.packages.end(), same),
                             inventory.packages.end());
    return inventory;
}

} // namespace dw::image
