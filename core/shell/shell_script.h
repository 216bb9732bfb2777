// A POSIX-shell command model for RUN scripts: enough structure for lint rules to ask "which commands run,
// with which arguments and flags, joined how", without executing or expanding anything.
//
// Offsets are byte offsets into the script text that was parsed. The parser never fails: unbalanced quotes
// or parentheses end the current word or group at the end of the input.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <optional>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dw::sh {

struct Word {
    std::string text;         ///< quotes removed and backslash escapes resolved; `$VAR`/`$(...)` left as written
    std::uint32_t begin = 0;  ///< byte offset of the first character (inputs are far below 4 GiB)
    std::uint32_t end = 0;    ///< one past the last character
    bool quoted = false;      ///< some part of it was quoted
    bool hasExpansion = false;///< contains an unquoted or double-quoted `$`/backtick expansion

    /// The word exactly as written.
    const std::string& raw() const { return raw_ ? *raw_ : text; }
    void setRaw(std::string_view written)
    {
        if (written == text) raw_.reset();
        else raw_ = std::make_shared<const std::string>(written);
    }

private:
    /// Only when it differs from `text` (most words have no quotes or escapes); shared, so a Word stays small
    /// (scripts of every RUN of a file are kept while the rules run) and cheap to copy.
    std::shared_ptr<const std::string> raw_;
};

/// How a command is joined to the one that follows it.
enum class Separator { None, And, Or, Semicolon, Pipe, Background };

struct Command {
    std::vector<Word> assignments; ///< leading `NAME=value` words
    std::vector<Word> words;       ///< the command name and its arguments (redirections removed)
    std::vector<Word> redirections;///< `>file`, `2>&1`, `< in` ... as single words (operator + target)
    std::size_t begin = 0;
    std::size_t end = 0;
    Separator next = Separator::None; ///< operator after this command
    int pipeline = 0;      ///< commands joined by `|` share a pipeline number (0, 1, ... in source order)
    int depth = 0;         ///< nesting: 0 at top level, +1 inside (...), {...}, $(...), `...`, if/for/while bodies
    bool inSubstitution = false; ///< inside $(...) or backticks
    bool wrapped = false;  ///< run through a wrapper (sudo, env, exec, gosu, xargs ...): the wrapper precedes it in
                           ///< Script::commands, and this entry holds the wrapped command's own words

    /// The command name with any leading path removed ("/usr/bin/apt-get" -> "apt-get"); "" when none.
    /// Kept beside the words because every rule asks for it, often once per command of every RUN.
    std::string_view name() const { return name_; }
    /// Recomputes name() from words; the parser calls it whenever it changes them.
    void updateName();
    /// Arguments after the name (words[1..]).
    std::vector<std::string> args() const;
    /// Arguments that are not flags (do not start with '-'), in order, after the name, as views of the words
    /// (valid while the command is). A bare `--` ends flag parsing: everything after it counts as an argument.
    std::vector<std::string_view> argsNoFlags() const;
    /// argsNoFlags()[index] without building the list; nullptr when there are not that many.
    const std::string* argNoFlag(std::size_t index) const;
    /// True if the command has the flag. `flag` is given without dashes: "y" matches `-y` and a combined
    /// short cluster like `-qy`; "yes" matches `--yes` and `--yes=...`. Words after a bare `--` are ignored.
    bool hasFlag(std::string_view flag) const;
    bool hasAnyFlag(std::initializer_list<std::string_view> flags) const;
    /// The index in `flags` of the first of them (in the list's order) that the command has, in one walk over
    /// the words; nullopt when it has none.
    std::optional<std::size_t> firstFlagOf(std::initializer_list<std::string_view> flags) const;
    /// Value of an option: `-t value`, `-tvalue`, `-t=value`, `--target value`, `--target=value`, and
    /// `-xzf value` for a short cluster ending in the flag. First occurrence; nullopt if there is no value.
    std::optional<std::string> flagValue(std::string_view flag) const;
    /// True if any argument word (not the name) equals `arg` exactly.
    bool hasArg(std::string_view arg) const;
    /// For `apt-get -y install a b`: true when the first non-flag argument is `subcommand`.
    bool isSubcommand(std::string_view subcommand) const;

private:
    /// What firstFlagOf() answers; with `earliestInList` false, the first match in the words' order instead, which
    /// ends the walk (all hasAnyFlag() needs).
    std::optional<std::size_t> flagIndex(std::initializer_list<std::string_view> flags, bool earliestInList) const;

    std::string name_;
};

struct Script {
    std::string text;
    std::vector<Command> commands; ///< every simple command in source order, nested ones included

    /// Commands whose name() is `name`.
    std::vector<const Command*> commandsNamed(std::string_view name) const;
    bool hasCommand(std::string_view name) const;
    /// True if two commands are joined by `|` anywhere in the script.
    bool hasPipe() const;

    /// Commands whose name() is any of `names`, in source order.
    std::vector<const Command*> commandsNamedAny(std::initializer_list<std::string_view> names) const;
    /// The simple commands of pipeline number `number`, in order (`a | b | c` -> a, b, c).
    std::vector<const Command*> pipeline(int number) const;
    /// The command that reads `command`'s output through `|`, or nullptr. A compound command such as
    /// `(a; b) | c` has no Command of its own, so its inner commands have no successor here.
    const Command* nextInPipeline(const Command& command) const;

private:
    friend Script parse(std::string_view script);
    /// One bit per command name present (a hash of the name), set by parse(): most queries ask for a name the
    /// script does not run, and end after one test. All bits set, so nothing is ruled out, in a Script built
    /// by hand.
    std::uint64_t nameBits_ = ~std::uint64_t{0};
};

/// Parses a shell script (the text of a shell-form RUN, or a heredoc body).
Script parse(std::string_view script);

} // namespace dw::sh
