// Commands that run another command (`sudo apt-get ...`, `env X=1 pip ...`, `gosu app ./run`): the wrapped
// command is added to the script as a command of its own, right after its wrapper, so rules see it.
#include "shell/shell_script.h"

#include <algorithm>
#include <array>

namespace dw::sh::detail {
namespace {

struct Wrapper {
    std::string_view name;
    std::string_view optionsWithValue; ///< short options that take a value
    std::array<std::string_view, 6> longWithValue;
    int positionalBeforeCommand = 0;   ///< words to skip after the options (`gosu USER cmd`, `timeout 5 cmd`)
    bool takesAssignments = false;     ///< `env A=1 cmd`, `sudo A=1 cmd`
};

constexpr std::array<Wrapper, 12> kWrappers{{
    {"sudo", "ugpChUrtDT", {"--user", "--group", "--prompt", "--close-from", "--host", "--other-user"}, 0, true},
    {"env", "uCS", {"--unset", "--chdir", "--split-string", "", "", ""}, 0, true},
    {"exec", "a", {}, 0, false},
    {"command", "", {}, 0, false},
    {"time", "fo", {"--format", "--output", "", "", "", ""}, 0, false},
    {"nice", "n", {"--adjustment", "", "", "", "", ""}, 0, false},
    {"nohup", "", {}, 0, false},
    {"timeout", "sk", {"--signal", "--kill-after", "", "", "", ""}, 1, false},
    {"xargs", "IndPLsEa", {"--max-args", "--max-procs", "--delimiter", "--max-lines", "--arg-file", "--replace"}, 0, false},
    {"busybox", "", {}, 0, false},
    {"gosu", "", {}, 1, false},
    {"su-exec", "", {}, 1, false},
}};

const Wrapper* findWrapper(std::string_view name)
{
    if (name.empty()) return nullptr;
    for (const auto& wrapper : kWrappers) // the first byte first: every command of every script comes here
        if (wrapper.name.front() == name.front() && wrapper.name == name) return &wrapper;
    return nullptr;
}

bool isAssignment(const std::string& word)
{
    auto equals = word.find('=');
    if (equals == std::string::npos || equals == 0) return false;
    return std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(equals),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

// Index of the first word of the wrapped command, or 0 when there is none.
std::size_t wrappedStart(const Command& command, const Wrapper& wrapper)
{
    const auto& words = command.words;
    std::size_t i = 1;
    if (wrapper.name == "command" && words.size() > 1 && (words[1].text == "-v" || words[1].text == "-V")) return 0;
    while (i < words.size()) {
        const std::string& word = words[i].text;
        if (word == "--") {
            ++i;
            break;
        }
        if (word.size() < 2 || word[0] != '-') break;
        if (word[1] == '-') {
            bool needsValue = word.find('=') == std::string::npos &&
                              std::find(wrapper.longWithValue.begin(), wrapper.longWithValue.end(), word) != wrapper.longWithValue.end();
            i += needsValue ? 2 : 1;
            continue;
        }
        const char last = word.back();
        bool needsValue = word.size() == 2 && wrapper.optionsWithValue.find(last) != std::string_view::npos;
        i += needsValue ? 2 : 1;
    }
    if (wrapper.takesAssignments)
        while (i < words.size() && isAssignment(words[i].text)) ++i;
    i += static_cast<std::size_t>(wrapper.positionalBeforeCommand);
    return i < words.size() ? i : 0;
}

} // namespace

void addWrappedCommands(std::vector<Command>& commands)
{
    for (std::size_t index = 0; index < commands.size(); ++index) {
        const Wrapper* wrapper = findWrapper(commands[index].name());
        if (!wrapper) continue;
        const std::size_t start = wrappedStart(commands[index], *wrapper);
        if (start == 0) continue;
        Command wrapped = commands[index];
        wrapped.words.erase(wrapped.words.begin(), wrapped.words.begin() + static_cast<std::ptrdiff_t>(start));
        wrapped.assignments.clear();
        wrapped.wrapped = true;
        wrapped.updateName();
        wrapped.begin = wrapped.words.front().begin;
        commands.insert(commands.begin() + static_cast<std::ptrdiff_t>(index) + 1, std::move(wrapped));
    }
}

} // namespace dw::sh::detail
