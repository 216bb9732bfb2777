// Dockerfile variable expansion with the semantics of BuildKit's shell.Lex (frontend/dockerfile/shell).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::df {

/// The value of a build variable, or nullopt when it is not defined.
using VariableLookup = std::function<std::optional<std::string>(std::string_view name)>;

/// The longest value an expansion produces. `ENV A=${A}${A}` repeated doubles a value per step; past this many
/// bytes the value is cut (Expansion::truncated) instead of growing without bound.
inline constexpr std::size_t kMaxExpansionBytes = 64 * 1024;

struct Expansion {
    std::string value;                  ///< the expanded word: quotes removed, escapes resolved (ProcessWord)
    std::vector<std::string> used;      ///< names referenced, in source order, without duplicates
    std::vector<std::string> undefined; ///< referenced names the lookup did not know, except in the harmless
                                        ///< forms `${X-w}`, `${X:-w}`, `${X+w}`, `${X:+w}`
    bool ok = true;
    bool truncated = false; ///< the value was cut at kMaxExpansionBytes
    std::string
        error; ///< BuildKit-style message, e.g. `failed to process "${X:?}": X: is not allowed to be unset`
};

struct LexOptions {
    char32_t escape = U'\\';
    bool rawQuotes = false;    ///< keep quote characters in the output
    bool rawEscapes = false;   ///< keep escape characters in the output
    bool skipUnsetEnv = false; ///< leave references to unset variables as written
};

/// BuildKit's ProcessWord.
Expansion expandWord(std::string_view word, const VariableLookup& lookup, const LexOptions& options = {});

/// BuildKit's ProcessWords: expansion, then splitting on unquoted whitespace. Empty on error (see `info`).
std::vector<std::string> expandWords(std::string_view text, const VariableLookup& lookup,
                                     const LexOptions& options = {}, Expansion* info = nullptr);

/// A `$NAME` or `${NAME...}` reference; [begin, end) are byte offsets of the whole reference in the word.
struct VariableRef {
    std::string name;
    std::size_t begin = 0;
    std::size_t end = 0;
    bool hasDefault = false; ///< `-`, `:-`, `+` or `:+` form: harmless when the variable is unset
};

/// The references in a word, in source order (nested ones after their enclosing reference), without
/// expanding anything. Quoting and escapes are honoured; on a syntax error the references found so far.
std::vector<VariableRef> findVariableRefs(std::string_view word, char32_t escape = U'\\');

} // namespace dw::df
