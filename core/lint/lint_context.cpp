#include "lint/lint_context.h"

#include "lint/lint_memo.h"
#include "lint/support_instructions.h"
#include "util/lexical_path.h"
#include "util/text.h"

#include <algorithm>
#include <functional>

namespace dw::lint {
namespace {

const std::vector<std::string> kDefaultShell{"/bin/sh", "-c"};

// `# hadolint shell=powershell` sets the default shell of the whole file.
std::optional<std::string> shellPragma(const df::Dockerfile& file)
{
    for (const auto& comment : file.comments) {
        std::string_view text = comment.text;
        if (text.rfind("hadolint", 0) != 0) continue;
        text.remove_prefix(8);
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
        if (text.rfind("shell", 0) != 0) continue;
        text.remove_prefix(5);
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
        if (text.empty() || text.front() != '=') continue;
        text.remove_prefix(1);
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
        auto end = text.find_first_of(" \t#");
        return std::string(text.substr(0, end));
    }
    return std::nullopt;
}

} // namespace

LintContext::LintContext(const LintInput& input, bool onbuildPass)
    : input_(input), defaultShell_(&kDefaultShell), onbuildPass_(onbuildPass)
{
    if (!onbuildPass) instructions_.reserve(input.file->instructions.size());
    for (const auto& instruction : input.file->instructions) {
        if (!onbuildPass) instructions_.push_back(&instruction);
        else if (instruction.inner) instructions_.push_back(instruction.inner.get());
    }
    computeShells();
    computeFinalStageChain();
}

void LintContext::computeFinalStageChain()
{
    const std::vector<df::Stage>& stages = file().stages;
    inFinalChain_.assign(stages.size(), false);
    int stage = static_cast<int>(stages.size()) - 1;
    while (stage >= 0 && !inFinalChain_[static_cast<std::size_t>(stage)]) {
        inFinalChain_[static_cast<std::size_t>(stage)] = true;
        finalStageChain_.push_back(stage);
        stage = stages[static_cast<std::size_t>(stage)].baseStage;
    }
}

// The SHELL in effect at each instruction: the last SHELL of its stage so far, else the one its base stage
// ended with, else the default (or the `# hadolint shell=` pragma).
void LintContext::computeShells()
{
    if (auto pragma = shellPragma(file())) {
        pragmaShell_ = {*pragma, "-c"};
        defaultShell_ = &pragmaShell_;
    }
    // Nothing to ask about (the ONBUILD pass of a file without ONBUILD).
    if (instructions_.empty()) return;
    // Only instructions under a SHELL other than the default get an entry: most files have no SHELL at all.
    using Shell = std::shared_ptr<const std::vector<std::string>>;
    const Shell defaultShell; // null stands for defaultShell_
    std::vector<Shell> stageEndShell(file().stages.size(), defaultShell);
    Shell current = defaultShell;
    for (const auto& instruction : file().instructions) {
        if (instruction.keyword == df::Keyword::From && instruction.stage >= 0) {
            const df::Stage& stage = file().stages[instruction.stage];
            current = stage.baseStage >= 0 ? stageEndShell[stage.baseStage] : defaultShell;
        }
        if (instruction.keyword == df::Keyword::Shell && instruction.jsonForm && !instruction.args.empty()) {
            auto words = std::make_shared<std::vector<std::string>>();
            for (const auto& arg : instruction.args) words->push_back(arg.value);
            current = std::move(words);
        }
        if (current) {
            shells_[&instruction] = current;
            if (instruction.inner) shells_[instruction.inner.get()] = current;
        }
        if (instruction.stage >= 0) stageEndShell[instruction.stage] = current;
    }
}

namespace {

std::string shellQuote(const std::string& word)
{
    if (!word.empty() && word.find_first_of(" \t\n'\"\\$`|&;<>()*?[]{}#~") == std::string::npos) return word;
    std::string quoted = "'";
    for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// Exec form runs no shell, but its words still name a command: ["sh", "-c", "script"] runs the script, and
// any other array is read as one simple command (as hadolint does).
std::string execFormScript(const df::Instruction& run)
{
    const auto& args = run.args;
    if (args.size() >= 3 && args[1].value == "-c") {
        std::string shell = args[0].value.substr(args[0].value.find_last_of('/') + 1);
        if (shell == "sh" || shell == "bash" || shell == "ash" || shell == "dash" || shell == "zsh") return args[2].value;
    }
    std::string text;
    for (const auto& arg : args) text += (text.empty() ? "" : " ") + shellQuote(arg.value);
    return text;
}

} // namespace

LintContext::ParsedScript& LintContext::scriptSlot(const df::Instruction& run) const
{
    if (const std::size_t index = topLevelIndex(run); index != kNotTopLevel) {
        if (topLevelScripts_.empty()) topLevelScripts_.resize(file().instructions.size());
        return topLevelScripts_[index];
    }
    return innerScripts_[&run];
}

const sh::Script& LintContext::parseShell(const df::Instruction& run) const
{
    ParsedScript& slot = scriptSlot(run);
    if (slot.script) return *slot.script;
    std::string execForm; // the one script with no text of its own in the instruction
    std::string_view text; // stays empty for a shell that is not POSIX
    ScriptSource source = ScriptSource::Line;
    const bool posix = isPosixShell(run);
    if (posix && run.jsonForm) {
        execForm = execFormScript(run);
        text = execForm;
        source = ScriptSource::ExecForm;
    } else if (posix) {
        text = run.argText;
        if (!run.heredocs.empty()) {
            std::string_view marker = text;
            while (!marker.empty() && marker.back() == ' ') marker.remove_suffix(1);
            if (marker.rfind("<<", 0) == 0 && marker.find(' ') == std::string_view::npos) {
                text = run.heredocs.front().content;
                source = ScriptSource::Heredoc;
            }
        }
    }
    slot.source = source;
    slot.script = input_.memo ? input_.memo->script(std::string(text))
                              : std::make_shared<const sh::Script>(sh::parse(text));
    return *slot.script;
}

df::Range LintContext::scriptRange(const df::Instruction& run, std::size_t begin, std::size_t end) const
{
    shell(run);
    const ParsedScript& parsed = scriptSlot(run);
    const df::Dockerfile& f = file();
    if (parsed.source == ScriptSource::ExecForm) return {}; // synthesised text: nothing in the source to point at
    if (parsed.source == ScriptSource::Heredoc) {
        std::size_t base = run.heredocs.front().body.start.offset;
        return {f.positionAt(base + begin), f.positionAt(base + end)};
    }
    if (run.argTextRuns.empty()) return run.range;
    begin = std::min(begin, run.argText.size());
    end = std::max(begin, std::min(end, run.argText.size()));
    const std::size_t endOffset = end > begin ? run.argSourceOffset(end - 1) + 1 : run.argSourceOffset(begin);
    return {f.positionAt(run.argSourceOffset(begin)), f.positionAt(endOffset)};
}

std::optional<secrets::SecretMatch> LintContext::secretIn(const std::string& text) const
{
    return input_.memo ? input_.memo->secretIn(text) : secrets::findSecret(text);
}

bool LintContext::isSecretName(const std::string& name) const
{
    return input_.memo ? input_.memo->isSecretName(name) : secrets::isSecretName(name);
}

const df::Stage* LintContext::stageOf(const df::Instruction& instruction) const
{
    if (instruction.stage < 0 || instruction.stage >= static_cast<int>(file().stages.size())) return nullptr;
    return &file().stages[instruction.stage];
}

const std::vector<std::string>& LintContext::shellFor(const df::Instruction& instruction) const
{
    auto it = shells_.find(&instruction);
    return it == shells_.end() ? *defaultShell_ : *it->second;
}

bool LintContext::isPosixShell(const df::Instruction& instruction) const
{
    const auto& shell = shellFor(instruction);
    if (shell.empty()) return true;
    const std::string_view name = util::baseNameAnySeparator(shell.front());
    static constexpr std::string_view kOtherShells[] = {"pwsh", "pwsh.exe", "powershell", "powershell.exe", "cmd",
                                                        "cmd.exe"};
    return std::none_of(std::begin(kOtherShells), std::end(kOtherShells),
                        [&](std::string_view other) { return util::equalsLower(name, other); });
}

} // namespace dw::lint
