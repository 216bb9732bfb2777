// Shared by the fuzz harnesses: how a broken invariant is reported. libFuzzer records an abort as a crash and
// keeps the input; the regression test (tests/tst_fuzz_regressions.cpp) dies the same way, naming the file.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace dw::fuzz {

/// Prints what failed and a bounded excerpt of the offending text, then aborts.
[[noreturn]] inline void invariantFailed(std::string_view what, std::string_view text = {})
{
    constexpr std::size_t kExcerpt = 2000;
    std::fprintf(stderr, "\n*** fuzz invariant failed: %.*s\n", static_cast<int>(what.size()), what.data());
    if (!text.empty()) {
        const std::size_t shown = text.size() < kExcerpt ? text.size() : kExcerpt;
        std::fprintf(stderr, "--- text (%zu bytes%s) ---\n%.*s\n---\n", text.size(), shown < text.size() ? ", cut" : "",
                     static_cast<int>(shown), text.data());
    }
    std::abort();
}

inline std::string asString(const std::uint8_t* data, std::size_t size)
{
    return size == 0 ? std::string() : std::string(reinterpret_cast<const char*>(data), size);
}

} // namespace dw::fuzz
