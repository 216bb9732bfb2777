// Helpers shared by Dockwarden's own rules (rules/DW1xxx.cpp): the final image's stages, package lists of
// install commands, RUN cache mounts and finding ranges that keep line-based `ignore` pragmas working.
#pragma once

#include "lint/rule_support.h"
#include "util/secrets.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::lint::dwsupport {

/// Whether `instruction` adds to the image `docker build` produces by default: its stage is on
/// LintContext::finalStageChain(). Always true in the ONBUILD pass (triggers run in downstream images).
bool shipsInFinalImage(const LintContext& ctx, const df::Instruction& instruction);

/// The external image at the root of the final stage chain, or nullptr when the chain ends in a stage whose
/// image is a variable or when there is no stage at all.
const df::Stage* finalBaseStage(const LintContext& ctx);

/// `name` with Docker Hub's registry and `library/` prefix removed ("docker.io/library/node" -> "node");
/// mirrors that keep the `library/` path ("mirror.gcr.io/library/node") are reduced the same way.
std::string hubName(const support::ImageRef& ref);

/// A range for a finding about bytes [begin, end) of a RUN's script: the precise range when it starts on the
/// instruction's first line, otherwise the whole instruction (pragmas address the instruction's line).
df::Range runRange(const LintContext& ctx, const df::Instruction& run, std::size_t begin, std::size_t end);
/// The same rule for a range inside any instruction (an ENV pair, an EXPOSE port ...).
df::Range onFirstLine(const df::Instruction& instruction, const df::Range& precise);

enum class PackageManager { None, Apt, Apk, Rpm, Zypper };

/// The package manager a command name belongs to: apt-get, apt, aptitude; apk; yum, dnf, microdnf, tdnf; zypper.
PackageManager managerFamily(std::string_view name);
/// The package manager of an install command: `apt-get|apt|aptitude install`, `apk add`,
/// `yum|dnf|microdnf|tdnf install`, `zypper install|in`; None for anything else.
PackageManager installManager(const sh::Command& command);
/// The package words of such an install command (option values such as `apk add --virtual .deps` skipped).
std::vector<const sh::Word*> installedPackages(const sh::Command& command);
/// A package word without version or architecture: "sudo=1.9*" -> "sudo", "curl>=8" -> "curl",
/// "openssh-server:amd64" -> "openssh-server", and for rpm managers "sudo-1.9.15" -> "sudo". Lower-cased.
std::string packageName(std::string_view word, PackageManager manager = PackageManager::None);

/// The `target` of every `RUN --mount=type=cache,...` flag of `run`.
std::vector<std::string> cacheMountTargets(const df::Instruction& run);

/// True for POSIX shells and the interpreters people pipe downloads into (sh, bash, python3, perl ...).
bool isShellOrInterpreter(std::string_view name);

/// secrets::redact (util/secrets.h): a few characters of the start and end around "***".
std::string redact(std::string_view secret);

/// secrets::isPlaceholderSecret: empty, `$REFERENCES`, paths, booleans, templates, stand-ins (`changeme`).
bool isPlaceholderSecret(std::string_view value);

struct SecretToken {
    LocalizedText kind; ///< "an AWS access key id"
    std::string secret; ///< the matched secret (for URL and `password=...` forms, only the password)
};
/// The first credential-shaped token in `text`, as secrets::findSecret finds it (util/secrets.h): private key
/// blocks, cloud and API token formats, JWTs, `scheme://user:password@host` and `password=...` settings.
std::optional<SecretToken> findSecretToken(std::string_view text);
/// The same for a match found already (LintContext::secretIn).
std::optional<SecretToken> secretToken(std::optional<secrets::SecretMatch> found);

} // namespace dw::lint::dwsupport
