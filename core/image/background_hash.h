// SHA-256 of a long byte stream on a thread of its own, so that hashing a layer (about half of the CPU time
// of reading an uncompressed image, even with the CPU's SHA extensions) overlaps listing its tar entries.
// The caller's chunks are copied into blocks of kBlockBytes; at most kQueuedBlocks wait for the hasher, so
// memory stays bounded whatever the stream's length. Streams shorter than one block are hashed inline and
// never start a thread.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace dw::image {

class BackgroundSha256 {
  public:
    static constexpr std::size_t kBlockBytes = 1 << 20;
    static constexpr std::size_t kQueuedBlocks = 4;

    BackgroundSha256();
    ~BackgroundSha256(); ///< stops the hasher without a result when finish() was not called
    BackgroundSha256(const BackgroundSha256&) = delete;
    BackgroundSha256& operator=(const BackgroundSha256&) = delete;

    void update(std::string_view bytes);
    /// "sha256:<64 lower-case hex digits>" of every byte given; the object is spent afterwards.
    std::string finish();

  private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace dw::image
