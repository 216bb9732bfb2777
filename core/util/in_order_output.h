// Output made in pieces on several threads and put out in the pieces' order as soon as every piece before them is
// in: a lint of many files prints each file's part while later files are still being linted, and holds only the
// parts that were finished before their turn.
#pragma once

#include "util/gathered_writes.h"

#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

namespace dw::util {

class InOrderOutput {
  public:
    using Sink = GatheredWrites::Sink;

    /// Pieces numbered 0 to count - 1; `sink` gets their text in that order, gathered into runs of at most
    /// kGatherBytes (GatheredWrites). What is gathered when the output is destroyed is put out then.
    InOrderOutput(std::size_t count, Sink sink);
    InOrderOutput(const InOrderOutput&) = delete;
    InOrderOutput& operator=(const InOrderOutput&) = delete;

    /// Hands in piece `index` (each index once); thread-safe. It goes out at once, with the waiting pieces that
    /// follow it, when it is the next in order, or waits for the ones before it.
    void put(std::size_t index, std::string piece);
    /// Hands what is gathered to the sink. The pieces not yet in order stay waiting.
    void flush();
    /// The number of pieces handed to the sink or gathered for it: all of them once every piece is in.
    std::size_t written() const;

    static constexpr std::size_t kGatherBytes = GatheredWrites::kRunBytes;

  private:
    mutable std::mutex lock_;
    std::vector<std::string> waiting_; ///< by index: the pieces that came before their turn
    std::vector<bool> arrived_;
    std::size_t next_ = 0; ///< the index of the next piece to put out
    GatheredWrites gathered_;
};

} // namespace dw::util
