// Helpers for the instruction-level rules (WORKDIR, COPY/ADD paths, FROM stages, CMD forms, registries).
#pragma once

#include "lint/rule_support.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::lint::support {

/// `text` without the quote characters (' and ") at either end, as hadolint's dropQuotes does.
std::string_view dropQuotes(std::string_view text);

/// A path that is absolute on Linux ("/x") or Windows ("C:\x", "C:/x", "C:"), or that starts with a
/// variable (which may hold an absolute path). Surrounding quotes are ignored.
bool isAbsoluteOrVariablePath(std::string_view path);

/// Where to report a detail of an instruction: `detail` itself when it starts on the instruction's first
/// line, otherwise the span from the instruction's start to the detail's end (so the line stays the
/// instruction's, as hadolint reports it).
df::Range rangeOnFirstLine(const df::Instruction& instruction, const df::Range& detail);

/// One source or destination of COPY/ADD: the word with surrounding quotes dropped (escapes kept, so Windows
/// paths such as `c:\dir` stay intact), and where it stands. A view of the instruction's word: valid while it is.
struct PathArg {
    std::string_view value; ///< "<<EOF" for a heredoc source
    df::Range range;   ///< the word as written (JSON quotes included)
};
/// The sources and the destination (last) of a COPY or ADD, flags excluded.
std::vector<PathArg> copyPaths(const df::Instruction& instruction);

/// True if the value (quotes ignored) ends with one of the archive suffixes ADD unpacks (.tar, .gz, .tgz ...).
bool isLocalArchive(std::string_view path);
/// True for http(s) URLs and git sources (`git@...`, `git://...`), which ADD fetches and COPY cannot.
bool isRemoteSource(std::string_view path);

/// Parses `text` as words of a shell-form command when it is only plain words (quoted or not) with no
/// expansion, globbing, redirection, operator, assignment, escape or comment; nullopt otherwise.
std::optional<std::vector<std::string>> plainCommandWords(std::string_view text);
/// True if the stage has a CMD: an exec-form ENTRYPOINT would then receive it as arguments, so rewriting a
/// shell-form ENTRYPOINT in exec form changes what runs.
bool stageHasCmd(const LintContext& ctx, int stage);
/// By stage index: true for the stages whose layers end up in an image, the final stage and every stage that a
/// later FROM builds on.
std::vector<bool> stagesKeptInImage(const df::Dockerfile& file);
/// `["a", "b"]` with JSON string escaping.
std::string jsonArray(const std::vector<std::string>& words);

/// Value of `key` in a comma-separated `k=v,k2=v2` flag value such as --mount's; nullopt when absent.
std::optional<std::string> csvField(std::string_view value, std::string_view key);
/// csvField() as a view into `value`.
std::optional<std::string_view> csvFieldView(std::string_view value, std::string_view key);

/// True if `registry` matches a trustedRegistries entry; `*` in an entry matches any run of characters.
bool registryMatches(std::string_view pattern, std::string_view registry);

} // namespace dw::lint::support
