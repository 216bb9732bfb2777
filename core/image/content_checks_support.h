// Helpers of the content and config checks (image/checks/DWI1*.cpp and DWI2*.cpp): the finding, the content
// hits of one rule, and the build history read back into instructions.
//
// Messages name layers and history entries by their 0-based index, as the CLI's layer table and the layer checks
// do: "layer 0" is the bottom layer, "history[3]" the fourth entry of the config's history.
#pragma once

#include "findings/check_info.h"
#include "image/image_check.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dw::image::content_checks {

using image::makeFinding; // image_check.h

/// "layer 2" for index 2.
std::string layerName(std::size_t index);

/// One finding per ContentHit of `info.id`: "<what> in <path> (layer N)", or "..., deleted in layer M but still
/// shipped in layer N" when a later layer removed or rewrote the file. Hits in documentation or package test
/// folders (isLikelyFixturePath) are reported as info, "(probably a test fixture)".
/// `severityOf`, when given, picks the severity of a hit (DWI105: empty password vs hash).
void reportContentHits(const findings::CheckInfo& info, const ImageCheckContext& ctx, const findings::LocalizedText& what,
                       std::vector<ImageFinding>& out, findings::Severity (*severityOf)(const ContentHit&) = nullptr);

/// 04755 -> "4755", 0777 -> "0777".
std::string octalMode(std::uint32_t mode);

/// "a, b, c (and 12 more)": at most `shown` items.
std::string listed(const std::vector<std::string>& items, std::size_t shown = 10);

/// One history entry read back into the instruction that made it.
struct HistoryStep {
    std::string instruction; ///< "RUN", "ADD", "ENV", "ARG", ... upper-case; "" when unknown
    std::string body;        ///< the script of a RUN, the arguments of other instructions
    std::vector<std::pair<std::string, std::string>> buildArgs; ///< the "|2 A=1 B=2" prefix of a RUN
};

/// Classic builder: "/bin/sh -c #(nop)  ENV A=b", "/bin/sh -c apk add x", "|1 T=x /bin/sh -c make";
/// BuildKit: "RUN /bin/sh -c make # buildkit", "ENV A=b", "ADD app.tar / # buildkit", "RUN |1 T=x /bin/sh -c ...".
HistoryStep parseHistoryStep(std::string_view createdBy);

/// The layer that history entry `historyIndex` made: the count of non-empty entries before it; nullopt for an
/// empty-layer entry or when the history names more layers than the image has.
std::optional<std::size_t> layerOfHistory(const Image& image, std::size_t historyIndex);

/// A finding about history entry `historyIndex`: the step's script (redacted, at most 200 bytes) as evidence and
/// the layer the step made, when it made one.
ImageFinding historyFinding(const findings::CheckInfo& info, const ImageCheckContext& ctx, findings::LocalizedText what,
                            std::size_t historyIndex, const std::string& stepBody);

/// The simple commands of a RUN script, split at `&&`, `||`, `;`, `|` and line breaks (quotes respected).
std::vector<std::string> commandSegments(std::string_view script);
/// The words of a command, quotes removed ("a 'b c'" -> a, b c).
std::vector<std::string> shellWords(std::string_view command);

/// A command of a RUN segment with its leading `sudo`, `env` and VAR=value words skipped: the program name
/// ("apt-get", "apk") and its first non-option word ("update"); empty strings when there is no command.
struct SegmentCommand {
    std::string program;            ///< basename: "/usr/bin/apt-get" -> "apt-get"
    std::string action;             ///< first word after the program that is not an option or an option's value
    std::vector<std::string> words; ///< every word of the segment
    bool viaSudo = false;
};
SegmentCommand segmentCommand(std::string_view segment);

/// A RUN step of the image's history with its script split into commands.
struct RunStep {
    std::size_t historyIndex = 0;
    std::string body; ///< the script
    std::vector<SegmentCommand> commands;
};
/// Every RUN step of the image's history, in order.
std::vector<RunStep> runSteps(const Image& image);

} // namespace dw::image::content_checks
