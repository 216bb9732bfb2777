// What an editor asks about a Dockerfile besides its findings: the outline of stages, completions at the caret
// (instructions, their flags and flag values, variables, stage names), documentation of instructions and flags in
// both languages, the definition of the stage or variable under the caret, and the edits that rename it everywhere.
// Works on a parsed Dockerfile and byte offsets, so the GUI never parses anything itself.
#pragma once

#include "dockerfile/ast.h"
#include "findings/vocabulary.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::language {

struct OutlineEntry {
    int stage = 0;
    std::string name;       ///< the alias as written, or "" when the stage has none
    std::string image;      ///< the base image as written
    df::Range range;        ///< the whole stage: its FROM to its last instruction
};

std::vector<OutlineEntry> outline(const df::Dockerfile& file);
/// The stage holding `offset`, or -1 before the first FROM.
int stageAt(const df::Dockerfile& file, std::size_t offset);

enum class CompletionKind { Instruction, Flag, FlagValue, Variable, Stage };

struct Completion {
    std::string text;                ///< what replaces the typed prefix
    CompletionKind kind = CompletionKind::Instruction;
    findings::LocalizedText detail;  ///< one line about it (may be empty)
};

struct Completions {
    std::size_t replaceFrom = 0; ///< byte offset where the typed prefix starts (the items replace from here)
    std::vector<Completion> items;
};

/// The completions at `offset` of `file.source`.
Completions complete(const df::Dockerfile& file, std::size_t offset);

/// Short documentation of an instruction ("COPY") or of one of its flags ("COPY", "--from"); null when unknown.
const findings::LocalizedText* instructionDoc(std::string_view keyword);
const findings::LocalizedText* flagDoc(std::string_view keyword, std::string_view flag);

enum class SymbolKind { Stage, Variable };

struct Symbol {
    SymbolKind kind = SymbolKind::Stage;
    std::string name;
    std::size_t definitionOffset = 0;  ///< the name where it is defined (`AS name`, `ARG name`, `ENV name=`)
    std::size_t definitionEnd = 0;
    std::vector<std::pair<std::size_t, std::size_t>> occurrences; ///< every [start, end) of the name, definition included
};

/// The stage or variable whose name (at its definition or a use) is under `offset`.
std::optional<Symbol> symbolAt(const df::Dockerfile& file, std::size_t offset);

struct Replacement {
    std::size_t offset = 0;
    std::size_t endOffset = 0;
    std::string text;
};

/// The edits that rename the symbol under `offset` to `newName` everywhere in the file; empty with `error` set
/// when there is nothing to rename there or the name is not valid for it.
std::vector<Replacement> rename(const df::Dockerfile& file, std::size_t offset, const std::string& newName,
                                std::string& error);

} // namespace dw::language
