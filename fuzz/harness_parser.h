// Fuzz harness body: the Dockerfile parser alone, fast enough for tens of millions of executions.
//
// Invariants (a failure aborts): every range of the tree lies inside the source with start <= end, instructions
// come in source order without overlapping, argSourceOffset() maps argText inside the source, stages cover the
// instructions in order, the streamed JSON equals the DOM JSON, and parsing the same text twice gives the same
// BuildKit dump.
#pragma once

#include "harness_support.h"

#include "dockerfile/buildkit_dump.h"
#include "dockerfile/json_dump.h"
#include "dockerfile/parser.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

namespace dw::fuzz {

inline void checkRange(const df::Range& range, const df::Dockerfile& file, std::string_view what)
{
    if (range.start.offset > range.end.offset || range.end.offset > file.source.size())
        invariantFailed(std::string(what) + ": range outside the source", file.source);
    if (range.start.line < 1 || range.start.column < 1 || range.end.line < range.start.line)
        invariantFailed(std::string(what) + ": bad line or column", file.source);
    if (file.positionAt(range.start.offset) != range.start)
        invariantFailed(std::string(what) + ": start position disagrees with positionAt()", file.source);
}

inline void checkInstruction(const df::Instruction& instruction, const df::Dockerfile& file, int depth)
{
    if (depth > 8) invariantFailed("ONBUILD nested deeper than the parser allows", file.source);
    checkRange(instruction.range, file, "instruction");
    checkRange(instruction.keywordWord.range, file, "keyword");
    checkRange(instruction.argRange, file, "argument text");
    for (const auto& flag : instruction.flags) checkRange(flag.range, file, "flag");
    for (const auto& word : instruction.args) checkRange(word.range, file, "argument");
    for (const auto& pair : instruction.pairs) {
        checkRange(pair.range, file, "pair");
        checkRange(pair.key.range, file, "pair key");
        if (pair.value) checkRange(pair.value->range, file, "pair value");
    }
    for (const auto& heredoc : instruction.heredocs) {
        checkRange(heredoc.marker, file, "heredoc marker");
        checkRange(heredoc.body, file, "heredoc body");
    }
    std::size_t previous = 0;
    for (std::size_t i = 0; i <= instruction.argText.size(); ++i) {
        const std::size_t offset = instruction.argSourceOffset(i);
        if (offset > file.source.size()) invariantFailed("argSourceOffset() past the source", file.source);
        if (offset < previous) invariantFailed("argSourceOffset() goes backwards", file.source);
        previous = offset;
    }
    if (instruction.inner) checkInstruction(*instruction.inner, file, depth + 1);
}

inline void checkTree(const df::Dockerfile& file)
{
    std::size_t lastEnd = 0;
    for (const auto& instruction : file.instructions) {
        checkInstruction(instruction, file, 0);
        if (instruction.range.start.offset < lastEnd) invariantFailed("instructions overlap", file.source);
        lastEnd = instruction.range.end.offset;
        if (instruction.stage >= static_cast<int>(file.stages.size()))
            invariantFailed("instruction in a stage that does not exist", file.source);
    }
    std::size_t stageStart = 0;
    for (const auto& stage : file.stages) {
        if (stage.fromIndex < stageStart || stage.endIndex < stage.fromIndex ||
            stage.endIndex > file.instructions.size())
            invariantFailed("stage bounds out of order", file.source);
        if (stage.baseStage >= stage.index) invariantFailed("stage based on a later stage", file.source);
        stageStart = stage.endIndex;
    }
    for (const auto& reference : file.stageReferences) {
        if (reference.instruction >= file.instructions.size() || reference.stage < 0 ||
            reference.stage >= static_cast<int>(file.stages.size()))
            invariantFailed("stage reference out of bounds", file.source);
        checkRange(reference.range, file, "stage reference");
    }
    for (const auto& comment : file.comments) checkRange(comment.range, file, "comment");
    for (const auto& directive : file.directives) checkRange(directive.range, file, "directive");
    for (const auto& error : file.errors) checkRange(error.range, file, "error");
}

inline int runParserHarness(const std::uint8_t* data, std::size_t size)
{
    const std::string source = asString(data, size);
    const df::Dockerfile file = df::parse(source);
    if (file.source != source) invariantFailed("the tree does not keep the source", source);
    checkTree(file);

    // The dumps cost many times the parse: one input in 8 (by its size) is parsed twice and dumped, one in 64
    // goes through JSON, so the rest run several times faster.
    if (size % 8 != 0) return 0;
    const std::string dump = df::buildkitDump(file);
    if (df::buildkitDump(df::parse(source)) != dump) invariantFailed("parsing is not deterministic", source);

    if (size % 64 != 0) return 0;
    std::ostringstream streamed;
    df::writeJson(file, streamed);
    if (streamed.str() != df::toJson(file).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n")
        invariantFailed("streamed JSON differs from the DOM JSON", source);
    return 0;
}

} // namespace dw::fuzz
