// What one parse of a document leaves for the next: every instruction as built from its lines, found again by
// the exact bytes of those lines. An edit changes the bytes of one or a few logical lines; every other
// instruction is copied from the memo and moved to where its lines now stand instead of being built again.
// A logical line's instruction depends only on its own bytes and the escape character (BuildKit's grammar has
// no other state between lines once directives are read), so a reused instruction is the one a full parse
// would build. Heredoc bodies, comments, ranges that reach past the line, stages and validation are still
// computed by the parse itself.
#pragma once

#include "dockerfile/ast.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace dw::df {

class ParseMemo {
  public:
    ParseMemo();
    ~ParseMemo();
    ParseMemo(ParseMemo&&) noexcept;
    ParseMemo& operator=(ParseMemo&&) noexcept;

    /// How many instructions the last parse took from the memo, and how many it built.
    std::size_t reused() const;
    std::size_t built() const;
    /// Entries kept (those the last parse used or built).
    std::size_t size() const;

    // The parser's side.
    std::size_t lastInstructionCount() const;
    void setLastInstructionCount(std::size_t count);
    void beginParse();
    void endParse(); ///< forgets entries the parse did not use
    /// The instruction built from `lines` (the source bytes of its physical lines, line breaks included), moved
    /// to start at `offset` on 1-based line `line`; false when the memo has none.
    bool find(std::string_view lines, char32_t escape, std::size_t offset, int line, Instruction& out,
              std::string& error);
    void store(std::string_view lines, char32_t escape, std::size_t offset, int line, const Instruction& built,
               const std::string& error);

  private:
    struct State;
    std::unique_ptr<State> state_;
};

/// A deep copy (ONBUILD's inner instruction included).
Instruction cloneInstruction(const Instruction& instruction);

/// Parses with the memo of earlier parses of the same document; the result equals parse(source).
Dockerfile parse(std::string source, ParseMemo& memo);

} // namespace dw::df
