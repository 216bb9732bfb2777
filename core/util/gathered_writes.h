// Short pieces of output joined into longer runs before they reach their destination: each piece written on its own
// to a pipe or file would be a system call of its own, and a lint of many files makes many short pieces.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace dw::util {

class GatheredWrites {
  public:
    using Sink = std::function<void(std::string_view text)>;

    static constexpr std::size_t kRunBytes = 64 * 1024;

    /// `sink` gets the pieces joined into runs of at most kRunBytes; a piece that long or longer goes to it alone.
    explicit GatheredWrites(Sink sink);
    GatheredWrites(const GatheredWrites&) = delete;
    GatheredWrites& operator=(const GatheredWrites&) = delete;
    /// Hands on what is gathered; a sink that throws here is ignored (the owner is already being torn down).
    ~GatheredWrites();

    void add(std::string_view piece);
    /// Hands what is gathered to the sink, if anything is.
    void flush();

  private:
    Sink sink_;
    std::string pending_;
};

} // namespace dw::util
