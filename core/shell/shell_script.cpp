// Command and Script queries; parse() itself is the Parser in shell_parser.cpp / shell_lexer.cpp.
#include "shell/shell_script.h"

#include "shell/shell_parser.h"
#include "util/lexical_path.h"

#include <algorithm>

namespace dw::sh {
namespace detail {
void addWrappedCommands(std::vector<Command>& commands);
}


namespace {

bool isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isFlagWord(std::string_view word) {
    return word.size() > 1 && word.front() == '-';
}
bool isLongFlag(std::string_view word) {
    return word.size() > 2 && word.starts_with("--");
}
bool isShortFlag(std::string_view word) {
    return isFlagWord(word) && word[1] != '-';
}

/// The option letters of a short flag word: "-qy" -> "qy", "-j4" -> "j4", "-oDpkg::Options=x" -> "oDpkg".
std::string_view shortCluster(std::string_view word) {
    std::size_t end = 1;
    while (end < word.size() && isAsciiAlnum(word[end]))
        ++end;
    return word.substr(1, end - 1);
}

/// For "--name=value" and flag "name": "value"; nullopt when the word is not that flag with `=`.
std::optional<std::string_view> longFlagInlineValue(std::string_view word, std::string_view flag) {
    if (!isLongFlag(word)) return std::nullopt;
    const std::string_view body = word.substr(2);
    if (body.size() <= flag.size() || !body.starts_with(flag) || body[flag.size()] != '=')
        return std::nullopt;
    return body.substr(flag.size() + 1);
}

bool isLongFlagNamed(std::string_view word, std::string_view flag) {
    return (isLongFlag(word) && word.substr(2) == flag) || longFlagInlineValue(word, flag).has_value();
}

/// The value glued to a short flag: "-tvalue" -> "value", and "-q=2" -> "2" as apt-get spells it.
std::string attachedValue(std::string_view word) {
    const std::string_view value = word.substr(2);
    return std::string(value.starts_with('=') ? value.substr(1) : value);
}

std::string_view commandBaseName(const Command& command) {
    return command.words.empty() ? std::string_view() : util::baseName(command.words.front().text);
}

/// The bit of Script::nameBits_ that stands for `name`; none for the empty name, which no query matches.
std::uint64_t nameBit(std::string_view name) {
    if (name.empty()) return 0;
    const unsigned mix = static_cast<unsigned>(name.size()) * 31u + static_cast<unsigned char>(name.front()) * 7u +
                         static_cast<unsigned char>(name.back());
    return std::uint64_t{1} << (mix % 64u);
}

/// Index one past the last word that may be a flag: the position of a bare `--`, or the word count.
std::size_t optionsEnd(const Command& command) {
    for (std::size_t i = 1; i < command.words.size(); ++i)
        if (command.words[i].text == "--") return i;
    return command.words.size();
}

} // namespace

void Command::updateName() {
    name_ = std::string(commandBaseName(*this));
}

std::vector<std::string> Command::args() const {
    std::vector<std::string> result;
    for (std::size_t i = 1; i < words.size(); ++i)
        result.push_back(words[i].text);
    return result;
}

std::vector<std::string_view> Command::argsNoFlags() const {
    std::vector<std::string_view> result;
    const std::size_t flagsEnd = optionsEnd(*this);
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (i == flagsEnd) continue;
        if (i < flagsEnd && isFlagWord(words[i].text)) continue;
        result.push_back(words[i].text);
    }
    return result;
}

bool Command::hasFlag(std::string_view flag) const {
    return hasAnyFlag({flag});
}

bool Command::hasAnyFlag(std::initializer_list<std::string_view> flags) const {
    return flagIndex(flags, false).has_value();
}

std::optional<std::size_t> Command::firstFlagOf(std::initializer_list<std::string_view> flags) const {
    return flagIndex(flags, true);
}

std::optional<std::size_t> Command::flagIndex(std::initializer_list<std::string_view> flags,
                                              bool earliestInList) const {
    const auto named = [](std::string_view word, std::string_view flag) {
        if (flag.empty()) return false;
        return flag.size() == 1 ? isShortFlag(word) && shortCluster(word).find(flag.front()) != std::string_view::npos
                                : isLongFlagNamed(word, flag);
    };
    // One walk over the words, up to a bare `--`: a package list can be long, and most words are no flag at all.
    std::optional<std::size_t> found;
    for (std::size_t i = 1; i < words.size(); ++i) {
        const std::string_view word = words[i].text;
        if (!isFlagWord(word)) continue;
        if (word == "--") break;
        const std::size_t candidates = found ? *found : flags.size();
        for (std::size_t index = 0; index < candidates; ++index) {
            if (!named(word, flags.begin()[index])) continue;
            found = index;
            if (!earliestInList || index == 0) return found;
            break;
        }
    }
    return found;
}

std::optional<std::string> Command::flagValue(std::string_view flag) const {
    if (flag.empty()) return std::nullopt;
    const std::size_t flagsEnd = optionsEnd(*this);
    const auto following = [&](std::size_t i) -> std::optional<std::string> {
        if (i + 1 < flagsEnd) return words[i + 1].text;
        return std::nullopt;
    };
    for (std::size_t i = 1; i < flagsEnd; ++i) {
        const std::string_view word = words[i].text;
        if (flag.size() == 1) {
            if (!isShortFlag(word)) continue;
            if (word[1] == flag.front()) return word.size() > 2 ? attachedValue(word) : following(i);
            const std::string_view cluster = shortCluster(word);
            if (cluster.size() + 1 == word.size() && cluster.back() == flag.front())
                return following(i); // -xzf f
        } else if (isLongFlag(word)) {
            if (word.substr(2) == flag) return following(i);
            if (const auto inlineValue = longFlagInlineValue(word, flag)) return std::string(*inlineValue);
        }
    }
    return std::nullopt;
}

bool Command::hasArg(std::string_view arg) const {
    return std::any_of(words.begin() + (words.empty() ? 0 : 1), words.end(),
                       [arg](const Word& word) { return word.text == arg; });
}

const std::string* Command::argNoFlag(std::size_t index) const {
    const std::size_t flagsEnd = optionsEnd(*this);
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (i == flagsEnd) continue;
        if (i < flagsEnd && isFlagWord(words[i].text)) continue;
        if (index-- == 0) return &words[i].text;
    }
    return nullptr;
}

bool Command::isSubcommand(std::string_view subcommand) const {
    const std::string* first = argNoFlag(0);
    return first && *first == subcommand;
}

std::vector<const Command*> Script::commandsNamed(std::string_view name) const {
    return commandsNamedAny({name});
}

std::vector<const Command*> Script::commandsNamedAny(std::initializer_list<std::string_view> names) const {
    std::vector<const Command*> result;
    std::uint64_t wanted = 0;
    for (const std::string_view name : names) wanted |= nameBit(name);
    if (!(wanted & nameBits_)) return result;
    for (const Command& command : commands) {
        const std::string_view commandName = command.name();
        if (!commandName.empty() && std::find(names.begin(), names.end(), commandName) != names.end())
            result.push_back(&command);
    }
    return result;
}

bool Script::hasCommand(std::string_view name) const {
    if (!(nameBit(name) & nameBits_)) return false;
    return std::any_of(commands.begin(), commands.end(),
                       [name](const Command& command) { return !name.empty() && command.name() == name; });
}

bool Script::hasPipe() const {
    return std::any_of(commands.begin(), commands.end(),
                       [](const Command& command) { return command.next == Separator::Pipe; });
}

std::vector<const Command*> Script::pipeline(int number) const {
    std::vector<const Command*> result;
    for (const Command& command : commands)
        if (command.pipeline == number) result.push_back(&command);
    return result;
}

const Command* Script::nextInPipeline(const Command& command) const {
    if (command.next != Separator::Pipe) return nullptr;
    const auto self = std::find_if(commands.begin(), commands.end(),
                                   [&command](const Command& candidate) { return &candidate == &command; });
    if (self == commands.end()) return nullptr;
    const auto next = std::find_if(self + 1, commands.end(), [&command](const Command& candidate) {
        return candidate.pipeline == command.pipeline;
    });
    return next == commands.end() ? nullptr : &*next;
}

Script parse(std::string_view script) {
    Script result;
    result.text = std::string(script);
    result.commands = detail::Parser(result.text).run();
    detail::addWrappedCommands(result.commands);
    result.nameBits_ = 0;
    for (const Command& command : result.commands) result.nameBits_ |= nameBit(command.name());
    return result;
}

} // namespace dw::sh
