// Searches over bytes that test 16 bytes at a time where the CPU has SSE2 (every x86-64 does), and one at a time
// elsewhere. The secret scan runs them over every byte of every instruction, which made them a tenth of a lint.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dw::util {

/// ASCII letter, digit or underscore.
constexpr bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// Offset of the first byte at or after `from` that is `a` or `b`, or npos.
inline std::size_t findEither(std::string_view text, std::size_t from, char a, char b)
{
    std::size_t at = from;
#if defined(__SSE2__)
    const __m128i wantA = _mm_set1_epi8(a);
    const __m128i wantB = _mm_set1_epi8(b);
    for (; at + 16 <= text.size(); at += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
        const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(block, wantA), _mm_cmpeq_epi8(block, wantB)));
        if (mask != 0) return at + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    for (; at < text.size(); ++at)
        if (text[at] == a || text[at] == b) return at;
    return std::string_view::npos;
}

/// What text.find(needle, from) gives, found through the needle's byte at `anchor` instead of its first: worth it
/// when that byte is rare in the texts searched and the first is not (a lint's texts are full of 'e' and '-').
inline std::size_t findAnchored(std::string_view text, std::string_view needle, std::size_t anchor, std::size_t from = 0)
{
    if (anchor >= needle.size()) return text.find(needle, from); // the empty needle among them
    if (from > text.size() || text.size() - from < needle.size()) return std::string_view::npos;
    const char key = needle[anchor];
    const std::size_t lastStart = text.size() - needle.size();
    for (std::size_t at = text.find(key, from + anchor); at != std::string_view::npos; at = text.find(key, at + 1)) {
        const std::size_t start = at - anchor;
        if (start > lastStart) break;
        std::size_t matched = 0;
        while (matched < needle.size() && text[start + matched] == needle[matched]) ++matched;
        if (matched == needle.size()) return start;
    }
    return std::string_view::npos;
}

/// Calls `visit(offset)`, in order, for each offset at or after `from` whose byte is one of `firsts` and that
/// starts a word (offset 0, or the byte before is not a word byte), until `visit` returns true. Returns that
/// offset, or npos.
template <std::size_t N, typename Visit>
std::size_t findWordStarts(std::string_view text, std::size_t from, const std::array<char, N>& firsts, Visit visit)
{
    const auto startsWord = [&](std::size_t at) {
        if (at > 0 && isWordByte(text[at - 1])) return false;
        for (const char first : firsts)
            if (text[at] == first) return true;
        return false;
    };
    std::size_t at = from;
    if (at == 0 && !text.empty()) { // the block loop reads the byte before each block
        if (startsWord(0) && visit(std::size_t{0})) return 0;
        at = 1;
    }
#if defined(__SSE2__)
    const __m128i caseBit = _mm_set1_epi8(0x20);
    __m128i wants[N]; // broadcast once: inside the loop each costs more than its compare
    for (std::size_t i = 0; i < N; ++i) wants[i] = _mm_set1_epi8(firsts[i]);
    for (; at + 16 <= text.size(); at += 16) {
        const char* p = text.data() + at;
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        __m128i wanted = _mm_setzero_si128();
        for (const __m128i& want : wants)
            wanted = _mm_or_si128(wanted, _mm_cmpeq_epi8(block, want));
        if (_mm_movemask_epi8(wanted) == 0) continue;
        // Signed compares: bytes of 0x80 and above are negative, so neither letters nor digits.
        const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p - 1));
        const __m128i folded = _mm_or_si128(before, caseBit);
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                             _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(before, _mm_set1_epi8('0' - 1)),
                                            _mm_cmplt_epi8(before, _mm_set1_epi8('9' + 1)));
        const __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(before, _mm_set1_epi8('_')));
        for (unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(word, wanted))); mask != 0;
             mask &= mask - 1) {
            const std::size_t found = at + static_cast<std::size_t>(__builtin_ctz(mask));
            if (visit(found)) return found;
        }
    }
#endif
    for (; at < text.size(); ++at)
        if (startsWord(at) && visit(at)) return at;
    return std::string_view::npos;
}

} // namespace dw::util
