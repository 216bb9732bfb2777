// Helpers for the rules that read package-manager commands in RUN (apt-get, apk, pip, npm, gem): option
// scanning that knows which options take a value, the install-like invocations of each tool, and BuildKit
// cache mounts.
#pragma once

#include "lint/rule_support.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::lint::packages {

/// Which options of a tool take a value, so that the value is not mistaken for an operand.
struct OptionSpec {
    std::vector<char> shortWithValue;            ///< letters of `-t value` / `-tvalue` options
    std::vector<std::string_view> longWithValue; ///< names of `--name value` options, without dashes
    /// When not empty, every long option missing from both lists is taken to have a value as well (for
    /// tools whose unknown options are usually extension build switches, such as gem's).
    std::vector<std::string_view> longWithoutValue;
};

/// One option as written. A short cluster (`-qy`) gives one Option per letter.
struct Option {
    std::string name;                 ///< the letter, or the long name without dashes
    std::optional<std::string> value; ///< `-tx`, `-t x`, `--name=x`, `--name x`
    const sh::Word* word = nullptr;   ///< the word that names the option
};

/// A command's words after the name, sorted into options and operands.
struct ParsedArgs {
    std::vector<Option> options;
    std::vector<const sh::Word*> operands;        ///< neither options nor option values, before a bare `--`
    std::vector<const sh::Word*> afterDoubleDash; ///< every word after a bare `--`

    bool has(std::string_view name) const;
    bool hasAny(std::initializer_list<std::string_view> names) const;
    /// Value of the first occurrence of the option that has one.
    std::optional<std::string> value(std::string_view name) const;
    /// The first operand ("install" in `apt-get -y install curl`), or nullptr.
    const sh::Word* subcommand() const;
    /// Operands after the first one equal to `subcommand` (repeats of it skipped): the packages.
    std::vector<const sh::Word*> operandsAfter(std::string_view subcommand) const;
};

/// Sorts `command.words[from..]` (from = 1 skips the command name).
ParsedArgs parseArgs(const sh::Command& command, const OptionSpec& spec, std::size_t from = 1);
/// parseArgs(command, spec, from).subcommand() without building the lists: the first operand, or nullptr.
const sh::Word* firstOperand(const sh::Command& command, const OptionSpec& spec, std::size_t from = 1);

const OptionSpec& aptOptions(); ///< apt-get, apt, aptitude
const OptionSpec& apkOptions();
const OptionSpec& pipOptions(); ///< pip, pip3, pipx, `python -m pip`

/// `apt-get ... install ...`: the parsed arguments when `command` is apt-get with subcommand `subcommand`.
std::optional<ParsedArgs> aptGet(const sh::Command& command, std::string_view subcommand);
/// `apk ... add ...`.
std::optional<ParsedArgs> apkAdd(const sh::Command& command);

/// A `pip install` in any of its spellings: pip, pip3, pip3.12, pipx, `python3 -m pip`.
struct PipInstall {
    ParsedArgs args;                 ///< the words after the pip program (for `python -m pip`, after `pip`)
    const sh::Word* install = nullptr; ///< the `install` word
    bool wrapper = false;            ///< pipx or pipenv: a tool that manages its own environments and cache
    bool pipenv = false;
};
std::optional<PipInstall> pipInstall(const sh::Command& command);

/// Targets of the RUN's `--mount=type=cache` and `--mount=type=tmpfs` flags (trailing '/' removed): their
/// contents never end up in the image layer.
std::vector<std::string> cacheMountTargets(const df::Instruction& run);
/// Where the `--mount` spec puts a cache or tmpfs directory (trailing '/' removed), as a view into `spec`;
/// nullopt for other mounts.
std::optional<std::string_view> cacheMountTargetOf(const std::string& spec);
/// True if `test` (a callable taking a std::string_view) holds for one of cacheMountTargets(run), found without
/// copying them.
template <typename Test>
bool anyCacheMountTarget(const df::Instruction& run, Test&& test)
{
    for (const df::Flag& mount : run.flags) {
        if (mount.name != "mount" || !mount.value) continue;
        if (const std::optional<std::string_view> target = cacheMountTargetOf(*mount.value); target && test(*target))
            return true;
    }
    return false;
}
/// True if `path` is `dir` or lies below it (`/var/lib/apt/lists` is under `/var/lib/apt`).
bool isAtOrBelow(std::string_view path, std::string_view dir);
/// True if a cache or tmpfs mount of the RUN targets `dir` or a directory below it.
bool hasCacheMountAt(const df::Instruction& run, std::string_view dir);

/// True for the values pip reads as "on": 1, true, on, yes (any case).
bool isTruthy(std::string_view value);

/// The source position just after `word` of the RUN's script, where a fix inserts an option.
df::Position positionAfter(const LintContext& ctx, const df::Instruction& run, const sh::Word& word);
/// The source range of `word` of the RUN's script.
df::Range wordRange(const LintContext& ctx, const df::Instruction& run, const sh::Word& word);

} // namespace dw::lint::packages
