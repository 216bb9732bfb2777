// What a rule sees: the parsed file, the instructions to check, the configuration, and cached helpers.
#pragma once

#include "dockerfile/ast.h"
#include "lint/config.h"
#include "shell/shell_script.h"
#include "util/secrets.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace dw::lint {

class DockerIgnore;
class LintMemo;
namespace buildkit {
struct DispatchRecord;
}

struct LintInput {
    const df::Dockerfile* file = nullptr;
    const Config* config = nullptr;
    std::map<std::string, std::string> buildArgs; ///< `--build-arg NAME=VALUE`
    const DockerIgnore* dockerignore = nullptr;   ///< the .dockerignore beside the Dockerfile, if any
    LintMemo* memo = nullptr;                     ///< shell models kept from the document's last lint
};

class LintContext {
public:
    /// `onbuildPass`: the context shows only the instructions inside ONBUILD (hadolint's second pass).
    LintContext(const LintInput& input, bool onbuildPass);
    LintContext(const LintContext&) = delete; // defaultShell_ may point into the object
    LintContext& operator=(const LintContext&) = delete;

    const df::Dockerfile& file() const { return *input_.file; }
    const Config& config() const { return *input_.config; }
    const std::map<std::string, std::string>& buildArgs() const { return input_.buildArgs; }
    const DockerIgnore* dockerignore() const { return input_.dockerignore; }
    bool onbuildPass() const { return onbuildPass_; }

    /// The instructions to check, in source order: the top-level ones, or in the ONBUILD pass the inner
    /// instructions of every ONBUILD.
    const std::vector<const df::Instruction*>& instructions() const { return instructions_; }

    /// The shell model of a RUN: its shell-form text, for `RUN <<EOF` alone the heredoc body, for exec form the
    /// array read as one command (or the script of ["sh", "-c", script]). Empty when the stage's SHELL is not
    /// a POSIX shell.
    const sh::Script& shell(const df::Instruction& run) const
    {
        // Some forty rules ask for every RUN's script: one parsed already is found here, without a call.
        const std::size_t index = topLevelIndex(run);
        if (index < topLevelScripts_.size() && topLevelScripts_[index].script) return *topLevelScripts_[index].script;
        return parseShell(run);
    }
    /// Source range of bytes [begin, end) of the text that shell(run) parsed (sh::Word / sh::Command offsets);
    /// for exec form, where the script is synthesised, an empty Range (line 0): nothing there can be edited,
    /// and the linter drops fixes that contain such a range.
    df::Range scriptRange(const df::Instruction& run, std::size_t begin, std::size_t end) const;
    /// The SHELL in effect for an instruction (default ["/bin/sh", "-c"]), honouring `# hadolint shell=`.
    const std::vector<std::string>& shellFor(const df::Instruction& instruction) const;
    bool isPosixShell(const df::Instruction& instruction) const;

    /// The stage an instruction belongs to, or nullptr before the first FROM (or in the ONBUILD pass).
    const df::Stage* stageOf(const df::Instruction& instruction) const;

    /// The stages the final image is built from: the last stage first, then the stage it names in FROM, and so
    /// on (each stage once). Empty for a file without FROM.
    const std::vector<int>& finalStageChain() const { return finalStageChain_; }
    /// Whether `stage` (an index in file().stages) is on finalStageChain().
    bool inFinalStageChain(int stage) const
    {
        return stage >= 0 && static_cast<std::size_t>(stage) < inFinalChain_.size() && inFinalChain_[stage];
    }

    /// secrets::findSecret(text) and secrets::isSecretName(name); remembered across edits when the lint has a memo.
    std::optional<secrets::SecretMatch> secretIn(const std::string& text) const;
    bool isSecretName(const std::string& name) const;

    /// What the first buildkit::dispatchStages() of this lint computed, replayed by the others.
    std::shared_ptr<buildkit::DispatchRecord>& dispatchRecord() const { return dispatchRecord_; }

private:
    void computeShells();
    void computeFinalStageChain();

    LintInput input_;
    const std::vector<std::string>* defaultShell_; ///< the default SHELL, or pragmaShell_
    std::vector<std::string> pragmaShell_;          ///< from `# hadolint shell=`
    std::unordered_map<const df::Instruction*, std::shared_ptr<const std::vector<std::string>>> shells_;
    bool onbuildPass_;
    std::vector<const df::Instruction*> instructions_;
    std::vector<int> finalStageChain_;
    std::vector<bool> inFinalChain_; ///< by stage index
    enum class ScriptSource { Line, Heredoc, ExecForm };
    struct ParsedScript {
        std::shared_ptr<const sh::Script> script;
        ScriptSource source = ScriptSource::Line;
    };
    /// What topLevelIndex() answers for an instruction inside ONBUILD: no index of file().instructions.
    static constexpr std::size_t kNotTopLevel = static_cast<std::size_t>(-1);
    /// `run`'s index in file().instructions; kNotTopLevel for an instruction inside ONBUILD.
    std::size_t topLevelIndex(const df::Instruction& run) const
    {
        const std::vector<df::Instruction>& all = file().instructions;
        const std::less<const df::Instruction*> before; // a total order, also for pointers into other arrays
        if (before(&run, all.data()) || !before(&run, all.data() + all.size())) return kNotTopLevel;
        return static_cast<std::size_t>(&run - all.data());
    }
    ParsedScript& scriptSlot(const df::Instruction& run) const;
    const sh::Script& parseShell(const df::Instruction& run) const; ///< shell() the first time for `run`
    mutable std::vector<ParsedScript> topLevelScripts_; ///< by index in file().instructions: one lookup per call
    mutable std::unordered_map<const df::Instruction*, ParsedScript> innerScripts_; ///< ONBUILD's instructions
    mutable std::shared_ptr<buildkit::DispatchRecord> dispatchRecord_;
};

} // namespace dw::lint
