// One finding of any engine: what rule, how severe, what was seen, and where: a range in a file (Dockerfile), an
// object of a Docker host (daemon, container, image, network, volume), or an image and, within it, a layer and a
// path. Dockerfile findings carry text-edit fixes; host and image findings carry remedy advice (the `docker run`
// flag and the Compose key, the dockerd option, the Dockerfile change). Reports, the history and the GUI read this
// type; the engines produce their own and the scan pipeline (scan/) converts.
#pragma once

#include "findings/vocabulary.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace dw::findings {

/// A range in a text file: 1-based lines and columns (columns count code points), byte offsets authoritative.
struct FileSpan {
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    std::size_t offset = 0;
    std::size_t endOffset = 0;

    friend bool operator==(const FileSpan&, const FileSpan&) = default;
};

struct FileLocation {
    std::string path;
    FileSpan span;
};

enum class ObjectKind { Daemon, Container, Image, Network, Volume };

std::string_view objectKindName(ObjectKind kind); ///< "daemon", "container", "image", "network", "volume"

struct HostObjectLocation {
    ObjectKind kind = ObjectKind::Daemon;
    std::string id;
    std::string name; ///< findings/subject_names.h's display name
};

struct ImageLocation {
    std::string image;                 ///< the image's display name (first tag, else the short id)
    std::optional<std::size_t> layer;  ///< 0-based layer index, when the finding is about a layer
    std::string path;                  ///< a file inside the image, without the leading '/', when about a file
};

using Location = std::variant<FileLocation, HostObjectLocation, ImageLocation>;

/// Replace [span.offset, span.endOffset) of the file with `text`.
struct TextEdit {
    FileSpan span;
    std::string text;
};

struct TextFix {
    LocalizedText title;
    std::vector<TextEdit> edits;
};

/// Against a baseline scan (`--baseline ID`): whether the same finding was already there.
enum class BaselineState { None, New, Unchanged };

struct Finding {
    std::string rule; ///< "DL3008", "StageNameCasing", "DWH505", "DWI101"
    Severity severity = Severity::Warning;
    std::vector<std::string> refs; ///< "hadolint:DL3008", "cis-docker:5.5", "dockle:CIS-DI-0010"
    /// The rule's one-line title: the catalogue's text (static storage, never copied); null when the rule has none
    /// (ShellCheck's SCxxxx). Read it through titleOf().
    const LocalizedText* title = nullptr;
    LocalizedText message;         ///< this occurrence, naming what it is about
    std::string evidence;          ///< what was seen ("HostConfig.Privileged=true"), secrets redacted
    Location location;
    std::vector<TextFix> fixes;    ///< text edits (Dockerfile findings)
    LocalizedText remedy;          ///< what to change (host and image findings; the catalogue's remedy)
    std::string sameAs;            ///< set when an equivalent rule's finding at the same place is the one shown
    BaselineState baseline = BaselineState::None;
};

/// The finding's title, or an empty text.
const LocalizedText& titleOf(const Finding& finding);

/// One line saying where: "Dockerfile:3:5", "container web", "image app:1.0 layer 2 /etc/shadow".
std::string locationText(const Location& location);

/// The location when the finding is in a file, else null.
const FileLocation* fileLocationOf(const Finding& finding);

} // namespace dw::findings
