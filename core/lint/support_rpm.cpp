#include "lint/support_rpm.h"

#include "dockerfile/variables.h"
#include "util/text.h"

#include <algorithm>

namespace dw::lint::rpm {
namespace {

bool isVersionChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '~' ||
           c == '^' || c == '_' || c == ':' || c == '+';
}

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

} // namespace

const packages::OptionSpec& yumOptions()
{
    static const packages::OptionSpec spec{
        .shortWithValue = {'c', 'd', 'e', 'x', 'R'},
        .longWithValue = {"config", "debuglevel", "errorlevel", "exclude", "excludepkgs", "installroot",
                          "releasever", "setopt", "enablerepo", "disablerepo", "repo", "repoid", "repofrompath",
                          "color", "rpmverbosity", "forcearch", "downloaddir", "destdir", "comment",
                          "disableplugin", "enableplugin", "advisory", "advisories", "bz", "bzs", "cve", "cves",
                          "sec-severity", "secseverity", "disableexcludes", "disableexcludepkgs", "from-repo",
                          "use-host-config-from"},
        .longWithoutValue = {},
    };
    return spec;
}

const packages::OptionSpec& zypperOptions()
{
    static const packages::OptionSpec spec{
        .shortWithValue = {'c', 'D', 'R', 'p', 'r', 't'},
        .longWithValue = {"config", "reposd-dir", "cache-dir", "raw-cache-dir", "solv-cache-dir",
                          "pkg-cache-dir", "root", "plus-repo", "plus-content", "installroot", "repo", "from",
                          "type", "download", "userdata"},
        .longWithoutValue = {},
    };
    return spec;
}

constexpr std::string_view kDnfNames[] = {"dnf", "dnf5", "microdnf"};

bool isDnf(std::string_view name)
{
    return std::find(std::begin(kDnfNames), std::end(kDnfNames), name) != std::end(kDnfNames);
}

bool runsDnf(const sh::Script& script)
{
    return std::any_of(std::begin(kDnfNames), std::end(kDnfNames),
                       [&script](std::string_view name) { return script.hasCommand(name); });
}

std::optional<Invocation> invocationOf(const sh::Command& command, std::string_view tool)
{
    Invocation out;
    out.args = packages::parseArgs(command, tool == "zypper" ? zypperOptions() : yumOptions());
    const auto& operands = out.args.operands;
    std::size_t next = 0;
    if (next < operands.size()) {
        out.verb = operands[next++];
        if (tool != "zypper" && (out.verb->text == "group" || out.verb->text == "module") &&
            next < operands.size()) {
            out.qualifier = out.verb->text;
            out.verb = operands[next++];
        }
    }
    out.operands.assign(operands.begin() + static_cast<std::ptrdiff_t>(next), operands.end());
    return out;
}

bool verbIs(const Invocation& invocation, std::initializer_list<std::string_view> verbs)
{
    return invocation.verb && std::find(verbs.begin(), verbs.end(), invocation.verb->text) != verbs.end();
}

bool assumesYes(const Invocation& invocation)
{
    if (invocation.args.hasAny({"y", "assumeyes"})) return true;
    for (const packages::Option& option : invocation.args.options) {
        if (option.name != "setopt" || !option.value) continue;
        const std::string& value = *option.value;
        if (support::startsWith(value, "assumeyes=") && packages::isTruthy(value.substr(10))) return true;
    }
    return false;
}

bool hasRpmVersion(std::string_view package)
{
    if (support::endsWith(package, ".rpm")) return true;
    const std::size_t dash = package.find('-');
    if (dash == std::string_view::npos) return false;
    bool digitStart = false;
    std::string_view rest = package.substr(dash + 1);
    while (true) {
        const std::size_t next = rest.find('-');
        const std::string_view part = rest.substr(0, next);
        if (!std::all_of(part.begin(), part.end(), isVersionChar)) return false;
        if (!part.empty() && part.front() >= '0' && part.front() <= '9') digitStart = true;
        if (next == std::string_view::npos) break;
        rest = rest.substr(next + 1);
    }
    return digitStart;
}

bool mountCovers(const df::Instruction& run, std::string_view dir)
{
    return packages::anyCacheMountTarget(run,
                                         [dir](std::string_view target) { return packages::isAtOrBelow(dir, target); });
}

bool removesAny(const sh::Command& command, std::initializer_list<std::string_view> dirs)
{
    if (command.name() != "rm") return false;
    for (const std::string_view operand : command.argsNoFlags())
        for (std::string_view dir : dirs)
            if (packages::isAtOrBelow(operand, dir)) return true;
    return false;
}

std::string_view baseImage(const LintContext& ctx, int stage)
{
    const auto& stages = ctx.file().stages;
    // A base stage always comes earlier, so the walk ends; the hop limit only guards against a bad tree.
    for (std::size_t hops = 0; stage >= 0 && stage < static_cast<int>(stages.size()) && hops <= stages.size();
         ++hops) {
        const df::Stage& s = stages[static_cast<std::size_t>(stage)];
        if (s.baseStage < 0)
            return support::hasVariable(s.image.value) ? std::string_view() : std::string_view(s.image.value);
        stage = s.baseStage;
    }
    return {};
}

bool lacksGnuUserland(std::string_view image)
{
    if (image.empty() || util::equalsLower(image, "scratch")) return true;
    for (std::string_view marker :
         {"alpine", "busybox", "distroless", "wolfi", "chainguard", "nanoserver", "servercore", "windows"})
        if (util::containsLower(image, marker)) return true;
    return false;
}

BuildVariables::BuildVariables(const LintContext& ctx) : ctx_(ctx) {}

void BuildVariables::catchUp() const
{
    const std::vector<const df::Instruction*>& instructions = ctx_.instructions();
    for (; applied_ < visited_ && applied_ < instructions.size(); ++applied_) apply(*instructions[applied_]);
}

void BuildVariables::apply(const df::Instruction& instruction) const
{
    switch (instruction.keyword) {
    case df::Keyword::From: {
        if (stageEnv_.empty()) stageEnv_.resize(ctx_.file().stages.size());
        if (stage_ >= 0 && stage_ < static_cast<int>(stageEnv_.size()))
            stageEnv_[static_cast<std::size_t>(stage_)] = env_;
        stage_ = instruction.stage;
        env_.clear();
        const df::Stage* stage = ctx_.stageOf(instruction);
        if (stage && stage->baseStage >= 0 && stage->baseStage < static_cast<int>(stageEnv_.size()))
            env_ = stageEnv_[static_cast<std::size_t>(stage->baseStage)];
        break;
    }
    case df::Keyword::Arg:
        for (const df::KeyValue& pair : instruction.pairs) {
            const auto given = ctx_.buildArgs().find(pair.key.value);
            if (given != ctx_.buildArgs().end()) args_[pair.key.value] = given->second;
            else
                args_[pair.key.value] =
                    pair.value ? expandNow(pair.value->value, ctx_.file().escape) : std::string("0");
        }
        break;
    case df::Keyword::Env:
        for (const df::KeyValue& pair : instruction.pairs)
            env_[pair.key.value] = pair.value ? expandNow(pair.value->value, ctx_.file().escape) : std::string();
        break;
    default:
        break;
    }
}

std::optional<std::string> BuildVariables::lookup(std::string_view name) const
{
    if (auto it = env_.find(name); it != env_.end()) return it->second;
    if (auto it = args_.find(name); it != args_.end()) return it->second;
    return std::nullopt;
}

std::string BuildVariables::expand(std::string_view word, char32_t escape) const
{
    catchUp();
    return expandNow(word, escape);
}

std::string BuildVariables::expandNow(std::string_view word, char32_t escape) const
{
    df::LexOptions options;
    options.escape = escape;
    options.skipUnsetEnv = true;
    const df::Expansion result =
        df::expandWord(word, [this](std::string_view name) { return lookup(name); }, options);
    return result.ok ? result.value : std::string(word);
}

std::vector<const sh::Word*> unpinnedSpecs(const Invocation& invocation, const BuildVariables& variables)
{
    std::vector<const sh::Word*> out;
    if (invocation.qualifier == "group") return out;
    const bool module = invocation.qualifier == "module";
    for (const sh::Word* word : invocation.operands) {
        const std::string_view raw = word->raw();
        if (contains(raw, "$(") || contains(raw, "`")) continue;
        const std::string spec = variables.expand(raw);
        if (spec.empty() || spec.front() == '@' || spec.front() == '/' || contains(spec, "://")) continue;
        if (module ? !contains(spec, ":") : !hasRpmVersion(spec)) out.push_back(word);
    }
    return out;
}

namespace {

LocalizedText unpinnedMessage(const std::vector<const sh::Word*>& unpinned)
{
    std::string names;
    for (const sh::Word* word : unpinned) support::appendCodeItem(names, word->raw());
    return {"No version given for " + names + ": write `<package>-<version>` (modules: `<module>:<stream>`)",
            names + " 未指定版本：请写成 `<软件包>-<版本>`（模块写成 `<模块>:<流>`）"};
}

} // namespace

std::vector<UnpinnedRun> unpinnedInstallRuns(const LintContext& ctx,
                                             std::optional<Invocation> (*installOf)(const sh::Command& command),
                                             bool (*mayInstall)(const sh::Script& script))
{
    std::vector<UnpinnedRun> runs;
    BuildVariables variables(ctx);
    for (const df::Instruction* instruction : ctx.instructions()) {
        variables.visitNext();
        if (instruction->keyword != df::Keyword::Run) continue;
        const sh::Script& script = ctx.shell(*instruction);
        if (mayInstall && !mayInstall(script)) continue;
        std::vector<const sh::Word*> unpinned;
        for (const sh::Command& command : script.commands) {
            const std::optional<Invocation> install = installOf(command);
            if (!install) continue;
            for (const sh::Word* word : unpinnedSpecs(*install, variables)) unpinned.push_back(word);
        }
        if (!unpinned.empty()) runs.push_back({instruction, unpinnedMessage(unpinned)});
    }
    return runs;
}

} // namespace dw::lint::rpm
