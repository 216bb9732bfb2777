// Builds image archives for tests from in-memory layers: docker save's legacy layout, the OCI layout newer
// engines write (index.json + blobs + manifest.json + legacy symlinks), written as a tar or as a directory.
// Hooks edit the manifest or the config before they are hashed, so tests can make archives that lie.
#pragma once

#include "tar_builder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace dw::test {

inline std::string sha256Of(const std::string& data)
{
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray::fromRawData(data.data(), static_cast<int>(data.size())), QCryptographicHash::Sha256);
    return "sha256:" + hash.toHex().toStdString();
}

inline std::string hexOf(const std::string& digest)
{
    return digest.substr(digest.find(':') + 1);
}

struct FixtureLayer {
    std::string tar; ///< uncompressed
    Compression compression = Compression::None;
    std::string createdBy;
    std::string blob() const { return compress(tar, compression); }
};

struct FixtureImage {
    std::vector<FixtureLayer> layers;
    std::vector<std::string> tags;
    std::function<void(nlohmann::json&)> editConfig;
    std::string rawConfig; ///< used as is when set (e.g. malformed JSON)

    nlohmann::json configJson() const
    {
        nlohmann::json history = nlohmann::json::array();
        history.push_back({{"created", "2024-01-01T00:00:00Z"}, {"created_by", "ENV A=1"}, {"empty_layer", true}});
        nlohmann::json diffIds = nlohmann::json::array();
        for (const FixtureLayer& layer : layers) {
            diffIds.push_back(sha256Of(layer.tar));
            history.push_back({{"created", "2024-01-01T00:00:01Z"}, {"created_by", layer.createdBy}});
        }
        history.push_back({{"created_by", "CMD [\"sh\"]"}, {"empty_layer", true}});
        nlohmann::json config = {{"architecture", "amd64"},
                                 {"os", "linux"},
                                 {"created", "2024-01-01T00:00:02Z"},
                                 {"config",
                                  {{"User", "app"},
                                   {"Env", {"PATH=/bin", "A=1"}},
                                   {"Cmd", {"sh"}},
                                   {"WorkingDir", "/app"},
                                   {"Labels", {{"maintainer", "dw"}}},
                                   {"ExposedPorts", {{"80/tcp", nlohmann::json::object()}}},
                                   {"Healthcheck", {{"Test", {"CMD", "true"}}}}}},
                                 {"rootfs", {{"type", "layers"}, {"diff_ids", diffIds}}},
                                 {"history", history}};
        if (editConfig) editConfig(config);
        return config;
    }
    std::string config() const { return rawConfig.empty() ? configJson().dump() : rawConfig; }
    std::string id() const { return sha256Of(config()); }
};

/// One member of an archive: a file, a directory or a symlink.
struct ArchiveMember {
    enum Kind { File, Dir, Symlink } kind = File;
    std::string path;
    std::string body; ///< file body or symlink target
};

struct ArchiveLayout {
    std::vector<ArchiveMember> members;

    void file(const std::string& path, std::string body)
    {
        if (seen_.insert(path).second) members.push_back({ArchiveMember::File, path, std::move(body)});
    }
    void dir(const std::string& path)
    {
        if (seen_.insert(path).second) members.push_back({ArchiveMember::Dir, path, {}});
    }
    void symlink(const std::string& path, const std::string& target)
    {
        if (seen_.insert(path).second) members.push_back({ArchiveMember::Symlink, path, target});
    }

    std::string tar(Compression compression = Compression::None) const
    {
        TarBuilder builder;
        for (const ArchiveMember& member : members) {
            if (member.kind == ArchiveMember::File)
                builder.file(member.path, member.body);
            else if (member.kind == ArchiveMember::Dir)
                builder.dir(member.path);
            else
                builder.symlink(member.path, member.body);
        }
        return compress(builder.bytes(), compression);
    }

    bool writeTo(const QString& root) const
    {
        for (const ArchiveMember& member : members) {
            const QString path = root + QStringLiteral("/") + QString::fromStdString(member.path);
            if (member.kind == ArchiveMember::Dir) {
                if (!QDir().mkpath(path)) return false;
                continue;
            }
            QDir().mkpath(QFileInfo(path).path());
            if (member.kind == ArchiveMember::Symlink) {
                if (!QFile::link(QString::fromStdString(member.body), path)) return false;
                continue;
            }
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly)) return false;
            file.write(member.body.data(), static_cast<qint64>(member.body.size()));
        }
        return true;
    }

  private:
    std::set<std::string> seen_;
};

/// docker save before Engine 25: <id>/layer.tar, <id>/VERSION, <id>/json, <config hex>.json, manifest.json
/// (after the layers), repositories.
inline ArchiveLayout legacyLayout(const std::vector<FixtureImage>& images,
                                  const std::function<void(nlohmann::json&)>& editManifest = {})
{
    ArchiveLayout layout;
    nlohmann::json manifest = nlohmann::json::array();
    for (const FixtureImage& image : images) {
        nlohmann::json layers = nlohmann::json::array();
        for (const FixtureLayer& layer : image.layers) {
            const std::string dir = hexOf(sha256Of(layer.blob()));
            layout.dir(dir + "/");
            layout.file(dir + "/VERSION", "1.0");
            layout.file(dir + "/json", "{\"id\":\"" + dir + "\"}");
            layout.file(dir + "/layer.tar", layer.blob());
            layers.push_back(dir + "/layer.tar");
        }
        layout.file(hexOf(image.id()) + ".json", image.config());
        manifest.push_back({{"Config", hexOf(image.id()) + ".json"}, {"RepoTags", image.tags}, {"Layers", layers}});
    }
    if (editManifest) editManifest(manifest);
    layout.file("manifest.json", manifest.dump());
    layout.file("repositories", "{}");
    return layout;
}

/// docker save from Engine 25 on: an OCI layout (blobs, index.json, oci-layout) with manifest.json beside it
/// and, when `legacySymlinks`, the old <id>/layer.tar paths as symlinks into blobs/.
inline ArchiveLayout ociLayout(const std::vector<FixtureImage>& images, bool withManifestJson = true,
                               bool legacySymlinks = true)
{
    ArchiveLayout layout;
    layout.dir("blobs/");
    layout.dir("blobs/sha256/");
    nlohmann::json index = {{"schemaVersion", 2},
                            {"mediaType", "application/vnd.oci.image.index.v1+json"},
                            {"manifests", nlohmann::json::array()}};
    nlohmann::json saved = nlohmann::json::array();
    for (const FixtureImage& image : images) {
        nlohmann::json layers = nlohmann::json::array();
        nlohmann::json savedLayers = nlohmann::json::array();
        for (const FixtureLayer& layer : image.layers) {
            const std::string blob = layer.blob();
            const std::string digest = sha256Of(blob);
            layout.file("blobs/sha256/" + hexOf(digest), blob);
            const char* mediaType =
                layer.compression == Compression::Gzip   ? "application/vnd.oci.image.layer.v1.tar+gzip"
                : layer.compression == Compression::Zstd ? "application/vnd.oci.image.layer.v1.tar+zstd"
                                                         : "application/vnd.oci.image.layer.v1.tar";
            layers.push_back({{"mediaType", mediaType}, {"digest", digest}, {"size", blob.size()}});
            savedLayers.push_back("blobs/sha256/" + hexOf(digest));
            if (legacySymlinks) {
                layout.dir(hexOf(digest) + "/");
                layout.symlink(hexOf(digest) + "/layer.tar", "../blobs/sha256/" + hexOf(digest));
            }
        }
        const std::string config = image.config();
        layout.file("blobs/sha256/" + hexOf(sha256Of(config)), config);
        const nlohmann::json manifest = {{"schemaVersion", 2},
                                         {"mediaType", "application/vnd.oci.image.manifest.v1+json"},
                                         {"config",
                                          {{"mediaType", "application/vnd.oci.image.config.v1+json"},
                                           {"digest", sha256Of(config)},
                                           {"size", config.size()}}},
                                         {"layers", layers}};
        const std::string manifestText = manifest.dump();
        layout.file("blobs/sha256/" + hexOf(sha256Of(manifestText)), manifestText);
        nlohmann::json descriptor = {{"mediaType", "application/vnd.oci.image.manifest.v1+json"},
                                     {"digest", sha256Of(manifestText)},
                                     {"size", manifestText.size()}};
        if (!image.tags.empty()) {
            const std::string& tag = image.tags.front();
            descriptor["annotations"] = {{"io.containerd.image.name", "docker.io/library/" + tag},
                                         {"org.opencontainers.image.ref.name", tag.substr(tag.find(':') + 1)}};
        }
        index["manifests"].push_back(descriptor);
        saved.push_back(
            {{"Config", "blobs/sha256/" + hexOf(sha256Of(config))}, {"RepoTags", image.tags}, {"Layers", savedLayers}});
    }
    layout.file("index.json", index.dump());
    layout.file("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
    if (withManifestJson) layout.file("manifest.json", saved.dump());
    return layout;
}

} // namespace dw::test
