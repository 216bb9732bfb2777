// What the image engine knows about one image once its archive has streamed by: the config, the history,
// and every layer's tar entries (never the file bodies, except the few that an inspector asked to keep).
//
// Memory is bounded by the number of paths: a layer keeps one LayerEntry per tar entry, and file bodies are
// seen once, while streaming, by the ContentInspectors (content_inspector.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dw::image {

enum class EntryKind : std::uint8_t {
    File,
    Directory,
    Symlink,
    Hardlink,
    CharDevice,
    BlockDevice,
    Fifo,
    Whiteout,       ///< ".wh.<name>": deletes <name> from the layers below; `path` is the deleted path
    OpaqueWhiteout, ///< ".wh..wh..opq": hides everything below in its directory; `path` is that directory
};

/// One entry of a layer tar. Paths are cleaned: relative to the image root without a leading "/" or "./",
/// "//" collapsed, no "." segments, and never a ".." segment (an entry that would climb out of the root is
/// reported as a warning and skipped). The root itself is never an entry.
struct LayerEntry {
    std::string path;              ///< "etc/passwd"
    EntryKind kind = EntryKind::File;
    std::uint64_t size = 0;        ///< tar header size of a regular file's body; 0 for every other kind
    std::uint32_t mode = 0;        ///< permission bits including setuid/setgid/sticky (07777)
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::string linkTarget;        ///< symlink target as written, or the cleaned path a hard link points to
    std::uint64_t contentHash = 0; ///< XXH64 (seed 0) of a regular file's body; 0 for every other kind
};

/// One entry of the config's "history" array.
struct HistoryEntry {
    std::string created;   ///< RFC 3339 as written
    std::string createdBy; ///< "/bin/sh -c #(nop)  CMD [\"sh\"]", "RUN /bin/sh -c apk add ..."
    std::string comment;
    bool emptyLayer = false; ///< "empty_layer": true: made no layer (ENV, CMD, ...)
};

/// The parts of the image config (application/vnd.oci.image.config.v1+json) the analyses read.
struct ImageConfig {
    std::string architecture;
    std::string os;
    std::string variant;
    std::string created;
    std::string user;
    std::vector<std::string> env;        ///< "KEY=value"
    std::vector<std::string> entrypoint;
    std::vector<std::string> cmd;
    std::optional<std::vector<std::string>> healthcheckTest; ///< config.Healthcheck.Test; nullopt = none set
    std::map<std::string, std::string> labels;
    std::vector<std::string> exposedPorts; ///< "80/tcp"
    std::vector<std::string> volumes;      ///< config.Volumes keys: "/data"
    std::string workingDir;
    std::vector<std::string> diffIds;    ///< rootfs.diff_ids, bottom layer first
    std::vector<HistoryEntry> history;   ///< bottom first, empty layers included
};

struct Layer {
    std::string diffId;            ///< "sha256:<hex>" of the uncompressed tar, computed while reading
    std::string source;            ///< where the blob was in the archive: "abc/layer.tar", "blobs/sha256/<hex>"
    std::uint64_t archiveBytes = 0; ///< the blob's size in the archive (compressed size when compressed)
    std::uint64_t size = 0;         ///< sum of the entries' sizes (dive's layer size)
    std::vector<LayerEntry> entries; ///< in archive order
    std::optional<HistoryEntry> history; ///< the non-empty history entry that made this layer, when known
};

/// A file body an inspector asked to keep (os-release, package databases, ...), at most its wanted bytes.
struct CapturedFile {
    std::size_t layerIndex = 0;
    std::string path;
    std::string content;
    bool truncated = false; ///< the file was longer than what was kept
};

/// Something an inspector noticed in a file body while the layer streamed by (a private key, a token, ...).
/// The evidence is already redacted: it never holds a secret's value.
struct ContentHit {
    std::size_t layerIndex = 0;
    std::string rule;     ///< the check that will report it, "DWI101"
    std::string path;     ///< "root/.ssh/id_rsa"
    std::string evidence; ///< "-----BEGIN OPENSSH PRIVATE KEY----- at line 1", "AWS access key id AKIA…XYZW"
};

struct Image {
    std::string id;                     ///< "sha256:<hex>" of the config blob
    std::vector<std::string> repoTags;  ///< "busybox:1.36", from the archive's manifest or the daemon
    ImageConfig config;
    std::vector<Layer> layers;          ///< bottom first, in rootfs.diff_ids order
    std::vector<CapturedFile> captured; ///< in layer order
    std::vector<ContentHit> contentHits; ///< in layer order
    std::vector<std::string> warnings;  ///< problems that did not stop the analysis ("hard link to a missing file")
};

} // namespace dw::image
