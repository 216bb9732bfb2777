// Helpers shared by the BuildKit build-check rules (rules/StageNameCasing.cpp ... ): Go-style quoting,
// BuildKit's "did you mean" suggestions, the global ARG scope, and a model of how BuildKit dispatches the
// instructions of each stage (environment, declared ARGs, SHELL and WORKDIR state).
#pragma once

#include "dockerfile/variables.h"
#include "lint/rule.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::lint::buildkit {

/// Go's `%q` of a string (strconv.Quote): double quotes, with `"`, `\` and control characters escaped.
std::string goQuote(std::string_view text);

/// BuildKit's suggest.Search: the option at Levenshtein distance below 3 that is closest to `value`
/// (the first one on ties); "" when none is close enough or when `value` itself is an option.
std::string suggest(std::string_view value, const std::vector<std::string>& options, bool caseSensitive = true);

/// An ordered list of variables; setting a variable again moves it to the end (llb.EnvList.AddOrReplace).
class Env {
public:
    Env() = default;
    /// An Env that holds what `defaults` holds without copying it: lookups fall back to `defaults`, which must
    /// outlive the result and its copies. Setting a key of `defaults` shadows it and moves it to the end, as set()
    /// does.
    static Env layeredOn(const Env& defaults);

    void set(const std::string& key, const std::string& value);
    std::optional<std::string> get(std::string_view key) const;
    bool has(std::string_view key) const;
    std::vector<std::string> keys() const;
    /// At least the size of the longest value (the longest ever set: replacing a value never lowers it).
    std::size_t maxValueSize() const { return maxValueSize_; }

private:
    struct Entry {
        std::string value;
        std::uint64_t order = 0;
    };
    const Entry* find(std::string_view key) const;

    std::map<std::string, Entry, std::less<>> vars_;
    const Env* base_ = nullptr; ///< layeredOn()'s defaults; never itself layered
    std::uint64_t nextOrder_ = 0;
    std::size_t maxValueSize_ = 0;
};

/// The result of BuildKit's ProcessWordWithMatches.
struct WordMatch {
    std::string result;
    std::vector<std::string> matched;   ///< names that were found
    std::vector<std::string> unmatched; ///< names that were not (except in `${X:-w}`-like forms)
    std::vector<std::string> used;      ///< every name referenced
    bool ok = true;
    bool truncated = false;             ///< cut at df::kMaxExpansionBytes
};
WordMatch processWord(std::string_view word, const Env& env, char32_t escape, bool rawQuotes = false);
/// False when `word` holds no `$`: then processWord() finds no names and expands nothing.
inline bool mayExpand(std::string_view word) { return word.find('$') != std::string_view::npos; }
/// False when processWord(word, env) cannot reach df::kMaxExpansionBytes: every `$` inserts at most one value of
/// `env`, and no `${NAME/pattern/replacement}` (the only form that can repeat text) is present.
bool mayExpandPastLimit(std::string_view word, const Env& env);

/// The ARG scope before the first FROM: BuildKit's predefined platform ARGs (for a linux/amd64 host, with
/// `--build-arg` overrides) and the global ARGs with their values.
struct GlobalArgs {
    Env values;
    std::vector<std::string> declared; ///< keys of every global ARG, with or without a value
    bool ok = true;                    ///< false when a default value failed to expand
    std::vector<const df::KeyValue*> truncated; ///< defaults whose expansion was cut at df::kMaxExpansionBytes
};
/// `withBuildArgs` false: only the defaults written in the Dockerfile count (InvalidDefaultArgInFrom).
GlobalArgs globalArgs(const df::Dockerfile& file, const std::map<std::string, std::string>& buildArgs,
                      bool withBuildArgs);

/// For each stage, the earlier stage it is built on as BuildKit resolves it (the base name expanded with
/// the global ARGs, then compared exactly with the lower-cased stage names), or -1 for an image.
std::vector<int> stageBases(const df::Dockerfile& file, const GlobalArgs& globals);

/// What BuildKit knows about a stage while it dispatches its instructions.
struct StageState {
    Env env;                       ///< PATH (all a base image is assumed to define), ENV and ARGs with values
    std::vector<std::string> args; ///< keys declared by ARG in the stage or its base stages
    bool shellSet = false;         ///< a SHELL ran in the stage or a base stage
    bool workdirSet = false;       ///< a WORKDIR ran in the stage or a base stage
};

struct DispatchHooks {
    /// Before each instruction of a stage (the FROM excluded), with the state it is dispatched in.
    std::function<void(const df::Instruction&, const StageState&)> before;
    /// When an ARG default is expanded (no build argument given for it), with the state at that moment.
    std::function<void(const df::Instruction&, const df::KeyValue&, const WordMatch&, const StageState&)> argDefault;
    /// When not empty, `before` is called only for instructions with one of these keywords (ARG counts when
    /// argDefault is set), and the walk may end after the last of them.
    std::vector<df::Keyword> only;
};
/// Walks all stages in order (BuildKit's check mode dispatches every stage).
void dispatchStages(const LintContext& ctx, const DispatchHooks& hooks);
/// One walk for several checks: at each instruction, each set of hooks is called in the order of `all`. A set
/// with neither `before` nor `argDefault` is skipped.
void dispatchStages(const LintContext& ctx, const std::vector<const DispatchHooks*>& all);

/// A check that works on the stage walk. The linter gathers the hooks of every such check and walks the stages
/// once for all of them (linter.cpp); check() walks for this check alone.
class DispatchRule : public Rule {
public:
    /// Fills `hooks`, which write this check's findings into `out`. They run after prepare() has returned: they
    /// must not refer to its locals.
    virtual void prepare(const LintContext& ctx, std::vector<Finding>& out, DispatchHooks& hooks) const = 0;
    /// Runs after the walk.
    virtual void finish(const LintContext&, std::vector<Finding>&) const {}
    void check(const LintContext& ctx, std::vector<Finding>& out) const final;
};
/// globalArgs(file, ctx.buildArgs(), true), computed once per lint.
const GlobalArgs& dispatchedGlobals(const LintContext& ctx);

/// A stage's FROM --platform value, expanded with the global ARGs as BuildKit expands it.
struct StagePlatform {
    const df::Stage* stage = nullptr;
    const df::Instruction* from = nullptr;
    const df::Flag* flag = nullptr; ///< the --platform flag of the FROM
    WordMatch match;
    df::Range range; ///< where BuildKit reports a finding about it
};
/// The stages that have a --platform, in order.
std::vector<StagePlatform> stagePlatforms(const LintContext& ctx);

/// Source words of COPY/ADD (heredoc markers excluded).
std::vector<const df::Word*> copySources(const df::Instruction& instruction);

/// One port of an EXPOSE after variable expansion, split as BuildKit does: [ip:][hostPort:]port[/proto].
struct ExposedPort {
    const df::Word* word = nullptr; ///< the word it came from
    std::string spec;               ///< the expanded port spec
    std::string ip, hostPort, port, proto; ///< proto as written ("" when none)
};
/// The ports BuildKit checks: those whose port part is not empty and whose protocol is tcp, udp or sctp in
/// any case (others make the build fail before the checks run).
std::vector<ExposedPort> exposedPorts(const df::Instruction& expose, const Env& env, char32_t escape);

/// `precise` when it starts on the instruction's first line (where BuildKit reports), else the instruction.
df::Range reportRange(const df::Instruction& instruction, const df::Range& precise);
/// The whole physical line `line`.
df::Range lineRange(const df::Dockerfile& file, int line);
/// Splits `text` at every `separator` (Go's strings.Split).
std::vector<std::string> splitFields(std::string_view text, char separator);
/// Source text of a range.
std::string_view sourceText(const df::Dockerfile& file, const df::Range& range);
/// The last line of an instruction's own text (continuation lines included, heredoc bodies excluded).
int lastLine(const df::Instruction& instruction);
/// The instruction's comment block without parser directives (`# syntax=`, `# check=` at the top of the file).
std::vector<std::string> descriptionComments(const df::Dockerfile& file, const df::Instruction& instruction);

bool isAllLower(std::string_view text);
bool isAllUpper(std::string_view text);
std::string toUpper(std::string_view text);

} // namespace dw::lint::buildkit
