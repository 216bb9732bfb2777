// The Dockerfile syntax tree: every instruction, flag, argument and heredoc with its exact source range.
//
// Lines are 1-based. Columns are 1-based and count Unicode code points on the physical line; `offset` is the
// byte offset into Dockerfile::source. A Range's end is exclusive (one past the last character), as in LSP
// and SARIF. A range may span several physical lines when an instruction is continued with the escape
// character; tokens that come from a continued logical line are mapped back to where their bytes stand.
#pragma once

#include "util/inline_vector.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::df {

struct Position {
    int line = 0;
    int column = 0;
    std::size_t offset = 0;

    friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
    Position start;
    Position end;

    friend bool operator==(const Range&, const Range&) = default;
};

enum class Keyword {
    From,
    Run,
    Cmd,
    Label,
    Maintainer,
    Expose,
    Env,
    Add,
    Copy,
    Entrypoint,
    Volume,
    User,
    Workdir,
    Arg,
    Onbuild,
    Stopsignal,
    Healthcheck,
    Shell,
    Unknown,
};

/// Upper-case name of a keyword ("FROM"); "" for Unknown.
std::string_view keywordName(Keyword keyword);
/// Case-insensitive lookup; Keyword::Unknown when the word is no Dockerfile instruction.
Keyword keywordFromName(std::string_view word);

/// A piece of text as written in the source, with its position.
struct Word {
    std::string value; ///< decoded text (JSON strings unescaped; otherwise as written)
    Range range;
};

/// A `--name=value` or `--name` builder flag. Quotes in the flag word are resolved as BuildKit does.
struct Flag {
    std::string raw;   ///< the decoded word, e.g. "--mount=type=cache,target=/root/.cache"
    std::string name;  ///< "mount"
    std::optional<std::string> value; ///< "type=cache,target=/root/.cache"; nullopt for a bare `--link`
    Range range;
};

struct Heredoc {
    std::string name;        ///< the delimiter word without quotes
    bool expand = true;      ///< false when the delimiter was quoted: no variable expansion in the body
    bool chomp = false;      ///< `<<-`: leading tabs are stripped from body lines
    int fileDescriptor = 0;  ///< `3<<EOF`
    std::string content;     ///< the body as written, every line with its newline, terminator excluded
    Range marker;            ///< the `<<EOF` word on the instruction line
    Range body;              ///< the body lines (empty range at the terminator when the body is empty)
};

/// One `key=value` (or legacy `key value`) pair of ENV, LABEL or ARG.
struct KeyValue {
    Word key;
    std::optional<Word> value; ///< raw value text as written (quotes kept); nullopt for `ARG name`
    bool legacy = false;       ///< ENV/LABEL `key value` form
    Range range;
};

struct Instruction {
    Keyword keyword = Keyword::Unknown;
    Word keywordWord;              ///< the keyword as written (case kept)
    Range range;                   ///< whole instruction: keyword to end of last continuation line, heredoc bodies included
    std::vector<Flag> flags;
    std::string argText;           ///< everything after the flags on the logical line, trimmed (continuations joined)
    Range argRange;
    /// Where argText's bytes stand in the source: one run per stretch of consecutive source bytes (a new run
    /// after each joined continuation line), sorted by textIndex. See argSourceOffset().
    struct OffsetRun {
        std::uint32_t textIndex = 0;
        std::uint32_t sourceOffset = 0;
    };
    util::InlineVector<OffsetRun, 4> argTextRuns; ///< four inline: most instructions span at most four lines
    bool jsonForm = false;         ///< exec (JSON array) form of RUN/CMD/ENTRYPOINT/SHELL/HEALTHCHECK CMD/COPY/ADD/VOLUME
    std::vector<Word> args;        ///< the argument chain, as BuildKit's parser builds it (see buildkit_dump.h)
    std::vector<KeyValue> pairs;   ///< ENV, LABEL, ARG
    std::vector<Heredoc> heredocs; ///< RUN/COPY/ADD in shell form
    std::unique_ptr<Instruction> inner; ///< ONBUILD's instruction
    std::vector<std::string> comments;  ///< the comment block directly above (text after '#', trimmed)
    int stage = -1;                ///< index into Dockerfile::stages, -1 before the first FROM
    bool emptyContinuationLine = false; ///< a blank line inside the continuation (deprecated)

    /// Upper-case keyword name; for Unknown the keyword as written.
    std::string name() const;
    /// Source offset of argText[index]; index == argText.size() gives the offset just past its last byte.
    std::size_t argSourceOffset(std::size_t index) const;
    const Flag* flag(std::string_view name) const;
    std::vector<const Flag*> flagsNamed(std::string_view name) const;
    int line() const { return range.start.line; }
};

struct Comment {
    std::string text; ///< after '#', trimmed
    Range range;
};

struct Directive {
    std::string name;  ///< lower-case: "syntax", "escape", "check", ...
    std::string value;
    Range range;
};

enum class ErrorKind {
    Parser,      ///< BuildKit's parser rejects the file (`docker build` fails before anything runs)
    UnknownInstruction, ///< the parser accepts it, but no such instruction exists
    Instruction, ///< the parser accepts it, but `docker build` rejects the instruction (arguments, flags, names)
};

struct SyntaxError {
    ErrorKind kind = ErrorKind::Parser;
    std::string message;
    Range range;
};

/// A build stage: a FROM and the instructions up to the next FROM.
struct Stage {
    int index = 0;
    std::string name;           ///< alias from `AS name`, lower-cased as BuildKit does; "" when none
    Word nameWord;              ///< alias as written
    Word image;                 ///< base image reference as written (may contain variables)
    std::optional<Word> platform; ///< value of --platform
    std::size_t fromIndex = 0;  ///< index of the FROM in Dockerfile::instructions
    std::size_t endIndex = 0;   ///< one past the stage's last instruction
    int baseStage = -1;         ///< index of an earlier stage used as base image, -1 for an external image
};

/// A place where one stage uses another: `FROM <stage>`, `COPY --from=<stage>`, `RUN --mount=from=<stage>`.
struct StageReference {
    enum class Kind { From, CopyFrom, MountFrom };
    Kind kind = Kind::From;
    int stage = 0;                ///< the stage referred to
    std::size_t instruction = 0;  ///< index in Dockerfile::instructions of the instruction that refers to it
    Range range;                  ///< the reference as written (the image word or the flag)
};

struct Dockerfile {
    std::string source;
    char32_t escape = U'\\';
    std::vector<Directive> directives;
    std::vector<Instruction> instructions;
    std::vector<Comment> comments;
    std::vector<SyntaxError> errors;
    std::vector<Stage> stages;
    std::vector<StageReference> stageReferences;
    std::vector<std::size_t> lineStarts; ///< byte offset of every physical line
    /// Column of every kColumnStride-th byte offset, so positionAt() counts at most a stride of bytes even on
    /// a megabyte-long line.
    std::vector<std::uint32_t> columnCheckpoints;
    /// Index in lineStarts of the line holding every kColumnStride-th byte offset: positionAt() finds a line by
    /// stepping from there, over the few line starts of one stride, instead of a binary search.
    std::vector<std::uint32_t> lineCheckpoints;
    static constexpr std::size_t kColumnStride = 64;
    /// Set by indexLines() when no byte of `source` is above 0x7F: then a column is a byte count, and
    /// codePointsIn() need not look at the bytes.
    bool sourceIsAscii = false;

    /// Fills lineStarts, columnCheckpoints and lineCheckpoints from `source`.
    void indexLines();

    const Directive* directive(std::string_view name) const;
    bool hasParserErrors() const;
    int lineCount() const { return static_cast<int>(lineStarts.size()); }
    /// The text of 1-based physical line `line` without its line break.
    std::string_view lineText(int line) const;
    /// Position of a byte offset into `source`.
    Position positionAt(std::size_t offset) const;
    /// {positionAt(begin), positionAt(end)}; the end counted on from the start when both are on one line.
    Range rangeOf(std::size_t begin, std::size_t end) const;
    /// positionAt(offset) for an offset known to be on 0-based physical line `index` (its line break included):
    /// only that line's columns are counted.
    Position positionOnLine(int index, std::size_t offset) const
    {
        const std::size_t begin = lineStarts[static_cast<std::size_t>(index)];
        return {index + 1, 1 + static_cast<int>(codePointsIn(begin, offset)), offset};
    }
    /// The number of UTF-8 characters (bytes that are not continuation bytes) in source[from, to).
    std::size_t codePointsIn(std::size_t from, std::size_t to) const
    {
        return sourceIsAscii ? to - from : to - from - continuationBytesIn(from, to);
    }
    /// Index of the stage whose name or index `ref` names ("builder", "0"), among stages before `before`.
    std::optional<int> findStage(std::string_view ref, int before) const;

private:
    std::size_t continuationBytesIn(std::size_t from, std::size_t to) const;
};

} // namespace dw::df
