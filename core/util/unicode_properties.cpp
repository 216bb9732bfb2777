#include "util/unicode_properties.h"

#include "util/shared_library.h"

#include <unicode/uchar.h>

namespace dw::util::unicode {
namespace {

// ICU's entry points carry its version (u_isalpha_72): the renaming macros of its headers give the names.
#define DW_ICU_STRING2(name) #name
#define DW_ICU_STRING(name) DW_ICU_STRING2(name)

struct Icu {
    UBool (*isAlpha)(UChar32) = nullptr;
    UBool (*isDigit)(UChar32) = nullptr;
    UBool (*isWhiteSpace)(UChar32) = nullptr;
    UChar32 (*toLower)(UChar32) = nullptr;
    int8_t (*charType)(UChar32) = nullptr;
};

const Icu& icu()
{
    static const Icu loaded = [] {
        Icu functions;
        SharedLibrary library(nullptr, "libicuuc.so." DW_ICU_STRING(U_ICU_VERSION_MAJOR_NUM), "ICU",
                              "for Unicode character classes");
        library.resolve(DW_ICU_STRING(u_isalpha), functions.isAlpha);
        library.resolve(DW_ICU_STRING(u_isdigit), functions.isDigit);
        library.resolve(DW_ICU_STRING(u_isUWhiteSpace), functions.isWhiteSpace);
        library.resolve(DW_ICU_STRING(u_tolower), functions.toLower);
        library.resolve(DW_ICU_STRING(u_charType), functions.charType);
        return functions; // without ICU the functions stay null: see the header
    }();
    return loaded;
}

UChar32 icuCode(char32_t code) { return static_cast<UChar32>(code); }

} // namespace

bool isAlpha(char32_t code) { return icu().isAlpha && icu().isAlpha(icuCode(code)); }

bool isDigit(char32_t code) { return icu().isDigit && icu().isDigit(icuCode(code)); }

bool isWhiteSpace(char32_t code) { return icu().isWhiteSpace && icu().isWhiteSpace(icuCode(code)); }

char32_t toLower(char32_t code)
{
    return icu().toLower ? static_cast<char32_t>(icu().toLower(icuCode(code))) : code;
}

std::uint32_t categoryMask(char32_t code)
{
    return icu().charType ? U_MASK(icu().charType(icuCode(code))) : 0;
}

} // namespace dw::util::unicode
