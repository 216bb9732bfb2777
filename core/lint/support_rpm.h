// Helpers for the rules that read yum, dnf, microdnf and zypper commands in RUN (DL3030-DL3041), and a few
// shared by the other RUN rules of the same group: cache mounts that cover a directory, the base image a
// stage starts from, and the ARG/ENV values a RUN can see.
#pragma once

#include "lint/support_packages.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::lint::rpm {

/// Option table shared by yum, dnf, dnf5 and microdnf.
const packages::OptionSpec& yumOptions();
/// Option table of zypper (global options and those of install/remove/update).
const packages::OptionSpec& zypperOptions();

/// dnf, dnf5 or microdnf.
bool isDnf(std::string_view name);
/// True when the script runs dnf, dnf5 or microdnf (through the script's name set: most answer in three tests).
bool runsDnf(const sh::Script& script);

/// A yum/dnf/zypper invocation sorted into options and operands, with its subcommand resolved: for
/// `dnf -y group install x` the verb is "install" and `group` is remembered as the qualifier.
struct Invocation {
    packages::ParsedArgs args;
    const sh::Word* verb = nullptr;      ///< the action word ("install", "in", "clean" ...), nullptr if none
    std::string qualifier;               ///< "group" or "module" when the verb follows one of them
    std::vector<const sh::Word*> operands; ///< operands after the verb: packages, specs, `all` ...
};
/// `command` sorted as an invocation of `tool` (yum/dnf/microdnf/dnf5 use yumOptions, zypper zypperOptions),
/// whatever its name.
std::optional<Invocation> invocationOf(const sh::Command& command, std::string_view tool);
/// The invocation of `command` when it is named `tool`; nullopt for any other command. Ten rules ask this of every
/// command, so the name test is inline.
inline std::optional<Invocation> invocation(const sh::Command& command, std::string_view tool)
{
    if (command.name() != tool) return std::nullopt;
    return invocationOf(command, tool);
}
/// True if the invocation's verb is one of `verbs`.
bool verbIs(const Invocation& invocation, std::initializer_list<std::string_view> verbs);

/// True if the invocation answers its own prompts: `-y`, `--assumeyes`, or `--setopt=assumeyes=1`.
bool assumesYes(const Invocation& invocation);

/// True if `package` (`name-version[-release]`) names a version the way hadolint reads RPM specs: a '-'
/// followed by dash-separated parts made of [A-Za-z0-9.~^_:+], one of them starting with a digit; `.rpm`
/// files count as versioned.
bool hasRpmVersion(std::string_view package);

/// True if a cache or tmpfs mount of the RUN targets `dir` or one of its parents.
bool mountCovers(const df::Instruction& run, std::string_view dir);

/// True if `command` is `rm` with an operand at or below one of `dirs` (`rm -rf /var/cache/yum/*`).
bool removesAny(const sh::Command& command, std::initializer_list<std::string_view> dirs);

/// The external image a stage is built from, following `FROM <earlier stage>`, as written; "" when the stage
/// index is invalid or the reference contains a variable.
std::string_view baseImage(const LintContext& ctx, int stage);
/// True when `image` (as from baseImage) is known or likely to lack GNU tools and bash: alpine, busybox,
/// distroless, scratch, wolfi/chainguard and Windows images (in any case), and unknown ("") images.
bool lacksGnuUserland(std::string_view image);

/// The ARG and ENV values a RUN can expand, tracked as hadolint's version-pinning rules do: ARGs stay known
/// for the rest of the file, ENV values belong to their stage and are inherited by `FROM <stage>`. An ARG
/// without a default (and no --build-arg) is known, with the value "0".
class BuildVariables {
public:
    explicit BuildVariables(const LintContext& ctx);
    /// Records the effect of the next of ctx.instructions(); call it for each of them in order. Nothing is
    /// expanded until a value is asked for: most files never install with yum.
    void visitNext() { ++visited_; }
    /// `word` (raw text, quotes included) with the known references expanded, quotes removed and the unknown
    /// references left as written. The escape character is the shell's, or the Dockerfile's for ARG/ENV.
    std::string expand(std::string_view word, char32_t escape = U'\\') const;

private:
    void catchUp() const;
    void apply(const df::Instruction& instruction) const;
    std::string expandNow(std::string_view word, char32_t escape) const;
    std::optional<std::string> lookup(std::string_view name) const;

    const LintContext& ctx_;
    // Filled on demand by catchUp(), hence mutable.
    std::size_t visited_ = 0;
    mutable std::size_t applied_ = 0;
    mutable std::map<std::string, std::string, std::less<>> args_;
    mutable std::map<std::string, std::string, std::less<>> env_;
    mutable std::vector<std::map<std::string, std::string, std::less<>>> stageEnv_;
    mutable int stage_ = -1;
};

/// The operands of a yum/dnf `install` or `module install` that name no version, as written: packages need
/// `-<version>` (after expanding the known variables), modules `:<stream>`. Groups (`group install`,
/// `@name`), paths, URLs and command substitutions are left alone.
std::vector<const sh::Word*> unpinnedSpecs(const Invocation& invocation, const BuildVariables& variables);

/// A RUN whose installs name packages without a version (unpinnedSpecs), and the message that lists them.
struct UnpinnedRun {
    const df::Instruction* run = nullptr;
    LocalizedText message;
};
/// The walk of DL3033 (yum) and DL3041 (dnf): every RUN of ctx.instructions(), with the build variables tracked
/// along, whose commands include installs that `installOf` recognises (nullopt for any other command).
/// `mayInstall`, when given, passes over the scripts that cannot hold such an install before any command is looked
/// at.
std::vector<UnpinnedRun> unpinnedInstallRuns(const LintContext& ctx,
                                             std::optional<Invocation> (*installOf)(const sh::Command& command),
                                             bool (*mayInstall)(const sh::Script& script) = nullptr);

} // namespace dw::lint::rpm
