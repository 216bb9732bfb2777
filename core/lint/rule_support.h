// Small helpers shared by the rules in rules/: image references, edits, common word tests.
#pragma once

#include "lint/rule.h"

#include <optional>
#include <string>
#include <string_view>

namespace dw::lint::support {

/// A parsed image reference: [registry/]path[:tag][@digest].
struct ImageRef {
    std::string registry; ///< "" when none was written (Docker Hub)
    std::string path;     ///< "library/ubuntu" is not added: "ubuntu" stays "ubuntu"
    std::string tag;      ///< "" when none
    std::string digest;   ///< "sha256:..." or ""
};
ImageRef parseImageRef(std::string_view reference);

/// True if `text` contains a variable reference ($X or ${X}).
bool hasVariable(std::string_view text);
std::string toLower(std::string_view text);
// Inline, with the first (last) byte compared before the rest: rules ask these tens of thousands of times per
// lint, and nearly every answer is no at the first byte.
inline bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() &&
           (prefix.empty() || (text.front() == prefix.front() && text.substr(0, prefix.size()) == prefix));
}
inline bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() &&
           (suffix.empty() ||
            (text.back() == suffix.back() && text.substr(text.size() - suffix.size()) == suffix));
}

/// Adds `item` to a message's list of code spans: "`a`", then "`a`, `b`", with no temporary strings (the package
/// rules list every unpinned package of a RUN this way).
inline void appendCodeItem(std::string& list, std::string_view item)
{
    if (!list.empty()) list += ", ";
    list += '`';
    list += item;
    list += '`';
}

/// An edit that replaces `range` with `text`, and one that inserts `text` at `position`.
TextEdit replaceEdit(const df::Range& range, std::string text);
TextEdit insertEdit(const df::Position& position, std::string text);
Fix makeFix(std::string titleEn, std::string titleZh, std::vector<TextEdit> edits);

/// The stage an instruction is in is the last one (the image that `docker build` produces by default).
bool inFinalStage(const LintContext& ctx, const df::Instruction& instruction);
/// Indices of stages that end up in the result: the final stage and every stage it is built FROM, directly
/// or through other stages.
std::vector<bool> stagesInFinalImage(const df::Dockerfile& file);

/// The value of an ENV/LABEL/ARG pair with one level of quotes removed and escapes resolved.
std::string unquote(std::string_view value);

} // namespace dw::lint::support
