// Fuzz harness body: BuildKit-style variable expansion (expandWord, expandWords, findVariableRefs).
//
// Input: one byte of options (bit 0: backtick escape, 1: raw quotes, 2: raw escapes, 3: skip unset variables),
// then the word; an optional \x01 ends the word and is followed by NAME=VALUE lines that define variables on
// top of a few fixed ones. Invariant: every VariableRef lies inside the word.
#pragma once

#include "harness_support.h"

#include "dockerfile/variables.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace dw::fuzz {

inline std::map<std::string, std::string, std::less<>> variablesFrom(std::string_view definitions)
{
    std::map<std::string, std::string, std::less<>> variables{
        {"A", "a b"}, {"EMPTY", ""}, {"HOME", "/root"}, {"PATH", "/usr/bin:/bin"}, {"Q", "'\"$A\\"}, {"X", "${A}$A"}};
    while (!definitions.empty()) {
        const std::size_t eol = definitions.find('\n');
        const std::string_view line = definitions.substr(0, eol);
        definitions = eol == std::string_view::npos ? std::string_view() : definitions.substr(eol + 1);
        const std::size_t eq = line.find('=');
        if (eq != std::string_view::npos) variables[std::string(line.substr(0, eq))] = std::string(line.substr(eq + 1));
    }
    return variables;
}

inline int runVariablesHarness(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) return 0;
    const unsigned bits = data[0];
    const std::string input = asString(data + 1, size - 1);
    const std::size_t split = input.find('\x01');
    const std::string_view word = std::string_view(input).substr(0, split);
    const auto variables =
        variablesFrom(split == std::string::npos ? std::string_view() : std::string_view(input).substr(split + 1));
    const df::VariableLookup lookup = [&variables](std::string_view name) -> std::optional<std::string> {
        const auto it = variables.find(name);
        if (it == variables.end()) return std::nullopt;
        return it->second;
    };

    df::LexOptions options;
    options.escape = (bits & 1u) ? U'`' : U'\\';
    options.rawQuotes = (bits & 2u) != 0;
    options.rawEscapes = (bits & 4u) != 0;
    options.skipUnsetEnv = (bits & 8u) != 0;

    (void)df::expandWord(word, lookup, options);
    df::Expansion info;
    (void)df::expandWords(word, lookup, options, &info);
    for (const char32_t escape : {options.escape, options.escape == U'`' ? U'\\' : U'`'}) {
        for (const auto& ref : df::findVariableRefs(word, escape)) {
            if (ref.begin > ref.end || ref.end > word.size())
                invariantFailed("findVariableRefs: reference '" + ref.name + "' outside the word", word);
        }
    }
    return 0;
}

} // namespace dw::fuzz
