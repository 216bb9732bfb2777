// Fuzz harness body: the shell model of RUN scripts (dw::sh::parse and every query on its result).
//
// Invariant: every command and word range lies inside the script.
#pragma once

#include "harness_support.h"

#include "shell/shell_script.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace dw::fuzz {

inline void checkShellRange(std::size_t begin, std::size_t end, const std::string& text, const char* what)
{
    if (begin > end || end > text.size())
        invariantFailed(std::string("shell: ") + what + " range outside the script", text);
}

inline int runShellHarness(const std::uint8_t* data, std::size_t size)
{
    const std::string text = asString(data, size);
    const sh::Script script = sh::parse(text);
    for (const sh::Command& command : script.commands) {
        checkShellRange(command.begin, command.end, text, "command");
        for (const auto* words : {&command.assignments, &command.words, &command.redirections})
            for (const sh::Word& word : *words)
                checkShellRange(word.begin, word.end, text, "word");
        (void)command.name();
        (void)command.args();
        (void)command.argsNoFlags();
        (void)command.hasFlag("y");
        (void)command.hasFlag("yes");
        (void)command.hasAnyFlag({"q", "quiet", ""});
        (void)command.flagValue("t");
        (void)command.flagValue("target");
        (void)command.flagValue("");
        (void)command.hasArg("--");
        (void)command.isSubcommand("install");
        (void)script.pipeline(command.pipeline);
        (void)script.nextInPipeline(command);
    }
    (void)script.commandsNamed("apt-get");
    (void)script.commandsNamedAny({"curl", "wget", ""});
    (void)script.hasCommand("sh");
    (void)script.hasPipe();
    (void)script.pipeline(-1);
    return 0;
}

} // namespace dw::fuzz
