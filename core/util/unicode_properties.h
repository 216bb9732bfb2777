// ICU's character properties, for the few places that must classify characters above U+007F the way Go does.
// libicuuc is opened by dlopen on first use: linked, it cost every start of the programs about half a
// millisecond, and most runs never meet such a character in those places. Without ICU (it cannot be loaded), no
// character is a letter, digit or space, lower-casing changes nothing and every category mask is 0.
#pragma once

#include <cstdint>

namespace dw::util::unicode {

bool isAlpha(char32_t code);      ///< u_isalpha
bool isDigit(char32_t code);      ///< u_isdigit
bool isWhiteSpace(char32_t code); ///< u_isUWhiteSpace
char32_t toLower(char32_t code);  ///< u_tolower
/// U_GET_GC_MASK: the bit of the character's general category, to test against U_GC_*_MASK.
std::uint32_t categoryMask(char32_t code);

} // namespace dw::util::unicode
