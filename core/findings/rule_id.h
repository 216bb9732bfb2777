// Most findings carry a six-byte rule id (DL3008, DW1017, DWI101), and ids are looked up for every finding: such an
// id is compared as one 64-bit number instead of as a string.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dw::findings {

inline constexpr std::size_t kShortRuleIdLength = 6;

/// The first (at most eight) bytes of `id` as one number: two ids of kShortRuleIdLength bytes have the same number
/// exactly when they are equal.
inline std::uint64_t shortIdNumber(std::string_view id)
{
    std::uint64_t number = 0;
    std::memcpy(&number, id.data(), std::min<std::size_t>(id.size(), sizeof number));
    return number;
}

} // namespace dw::findings
