#include "lint/support_dockwarden.h"

#include "util/secrets.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

namespace dw::lint::dwsupport {
namespace {

template <typename List> bool contains(const List& list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool contains(std::initializer_list<std::string_view> list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

/// Option syntax of one package manager: the flags that take a value in the next word.
struct OptionSpec {
    std::string_view shortWithValue;
    std::vector<std::string_view> longWithValue;
};

const OptionSpec kAptOptions{"otc", {"option", "target-release", "default-release", "config-file"}};
const OptionSpec kApkOptions{"tXp", {"virtual", "repository", "root", "arch", "keys-dir", "cache-dir",
                                     "repositories-file"}};
const OptionSpec kRpmOptions{"cxdeR", {"config", "installroot", "releasever", "enablerepo", "disablerepo", "repo",
                                       "repoid", "setopt", "exclude", "downloaddir", "destdir", "forcearch"}};
const OptionSpec kZypperOptions{"trD", {"type", "repo", "from", "root", "download"}};

/// Calls `visit` with each positional word of a command (the subcommand first), option values skipped as `spec`
/// says, until it returns false.
template <typename Visit> void visitPositionalWords(const sh::Command& command, const OptionSpec& spec, Visit visit)
{
    bool optionsDone = false;
    for (std::size_t i = 1; i < command.words.size(); ++i) {
        const std::string& text = command.words[i].text;
        if (optionsDone || text.size() < 2 || text.front() != '-') {
            if (!visit(&command.words[i])) return;
            continue;
        }
        if (text == "--") {
            optionsDone = true;
        } else if (text.starts_with("--")) {
            const std::string_view option = std::string_view(text).substr(2);
            if (text.find('=') == std::string::npos && contains(spec.longWithValue, option)) ++i;
        } else {
            for (std::size_t k = 1; k < text.size(); ++k) {
                if (spec.shortWithValue.find(text[k]) == std::string_view::npos) continue;
                if (k + 1 == text.size()) ++i; // `-t value`; `-tvalue` carries it inline
                break;
            }
        }
    }
}

const OptionSpec* optionSpec(PackageManager manager)
{
    switch (manager) {
    case PackageManager::Apt: return &kAptOptions;
    case PackageManager::Apk: return &kApkOptions;
    case PackageManager::Rpm: return &kRpmOptions;
    case PackageManager::Zypper: return &kZypperOptions;
    case PackageManager::None: break;
    }
    return nullptr;
}

} // namespace

PackageManager managerFamily(std::string_view name)
{
    if (contains({"apt-get", "apt", "aptitude"}, name)) return PackageManager::Apt;
    if (name == "apk") return PackageManager::Apk;
    if (contains({"yum", "dnf", "microdnf", "tdnf"}, name)) return PackageManager::Rpm;
    if (name == "zypper") return PackageManager::Zypper;
    return PackageManager::None;
}

bool shipsInFinalImage(const LintContext& ctx, const df::Instruction& instruction)
{
    return ctx.onbuildPass() || ctx.inFinalStageChain(instruction.stage);
}

const df::Stage* finalBaseStage(const LintContext& ctx)
{
    const std::vector<int>& chain = ctx.finalStageChain();
    if (chain.empty()) return nullptr;
    const df::Stage& root = ctx.file().stages[static_cast<std::size_t>(chain.back())];
    const std::string& image = root.image.value;
    if (image.empty() || support::hasVariable(image) || image.find("{{") != std::string::npos) return nullptr;
    return &root;
}

std::string hubName(const support::ImageRef& ref)
{
    std::string path = support::toLower(ref.path);
    const std::string registry = support::toLower(ref.registry);
    const bool hub = registry.empty() || registry == "docker.io" || registry == "index.docker.io" ||
                     registry == "registry-1.docker.io";
    if (path.starts_with("library/")) return path.substr(8);
    if (auto at = path.find("/library/"); at != std::string::npos) return path.substr(at + 9);
    return hub ? path : registry + "/" + path;
}

df::Range runRange(const LintContext& ctx, const df::Instruction& run, std::size_t begin, std::size_t end)
{
    return onFirstLine(run, ctx.scriptRange(run, begin, end));
}

df::Range onFirstLine(const df::Instruction& instruction, const df::Range& precise)
{
    return precise.start.line == instruction.line() ? precise : instruction.range;
}

namespace {

/// The package manager `command` installs with, and its positional words (the subcommand first); None and no
/// words when it installs nothing.
bool isInstallSubcommand(PackageManager manager, std::string_view sub)
{
    switch (manager) {
    case PackageManager::Apt:
    case PackageManager::Rpm: return sub == "install";
    case PackageManager::Apk: return sub == "add";
    case PackageManager::Zypper: return sub == "install" || sub == "in";
    case PackageManager::None: break;
    }
    return false;
}

/// The manager of an install command, None for anything else; with `packages`, also its package words. One
/// visit of the words, which stops at the subcommand unless it installs: most package-manager commands
/// (update, clean, ...) install nothing, and the rules ask about every command of every RUN.
PackageManager installCall(const sh::Command& command, std::vector<const sh::Word*>* packages)
{
    const PackageManager manager = managerFamily(command.name());
    const OptionSpec* spec = optionSpec(manager);
    if (!spec) return PackageManager::None;
    bool installs = false;
    bool sawSubcommand = false;
    visitPositionalWords(command, *spec, [&](const sh::Word* word) {
        if (sawSubcommand) {
            packages->push_back(word);
            return true;
        }
        sawSubcommand = true;
        installs = isInstallSubcommand(manager, word->text);
        if (!installs || !packages) return false;
        packages->reserve(command.words.size());
        return true;
    });
    return installs ? manager : PackageManager::None;
}

} // namespace

PackageManager installManager(const sh::Command& command)
{
    return installCall(command, nullptr);
}

std::vector<const sh::Word*> installedPackages(const sh::Command& command)
{
    std::vector<const sh::Word*> packages; // filled only for an install command
    installCall(command, &packages);
    return packages;
}

std::string packageName(std::string_view word, PackageManager manager)
{
    // Where the name ends: a version or release marker, or an architecture after ':'. A loop, because
    // find_first_of searches its set once per byte and every package word of every RUN comes here.
    std::size_t end = 0;
    while (end < word.size()) {
        const char c = word[end];
        if (c == '=' || c == '<' || c == '>' || c == '~' || c == '@' || c == ':') break;
        ++end;
    }
    word = word.substr(0, end);
    std::string name = support::toLower(word);
    if (manager == PackageManager::Rpm || manager == PackageManager::Zypper) { // name-version[-release]
        for (std::size_t dash = name.find('-'); dash != std::string::npos; dash = name.find('-', dash + 1))
            if (dash + 1 < name.size() && std::isdigit(static_cast<unsigned char>(name[dash + 1]))) {
                name.resize(dash);
                break;
            }
    }
    return name;
}

std::vector<std::string> cacheMountTargets(const df::Instruction& run)
{
    std::vector<std::string> targets;
    for (const df::Flag* flag : run.flagsNamed("mount")) {
        if (!flag->value) continue;
        std::string type = "bind";
        std::string target;
        std::string_view rest = *flag->value;
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            const std::string_view field = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
            const auto eq = field.find('=');
            if (eq == std::string_view::npos) continue;
            const std::string key = support::toLower(field.substr(0, eq));
            const std::string_view value = field.substr(eq + 1);
            if (key == "type") type = support::toLower(value);
            else if (key == "target" || key == "dst" || key == "destination") target = std::string(value);
        }
        if (type == "cache" && !target.empty()) targets.push_back(target);
    }
    return targets;
}

bool isShellOrInterpreter(std::string_view name)
{
    // Asked for every command of every RUN: sorted by length, most names meet one comparison or none.
    switch (name.size()) {
    case 2: return name == "sh";
    case 3: return name == "ash" || name == "zsh" || name == "ksh" || name == "php";
    case 4:
        return name == "bash" || name == "dash" || name == "mksh" || name == "fish" || name == "perl" || name == "ruby" ||
               name == "node";
    default: return name.starts_with("python");
    }
}

std::string redact(std::string_view secret)
{
    return secrets::redact(secret);
}

bool isPlaceholderSecret(std::string_view value)
{
    return secrets::isPlaceholderSecret(value);
}

std::optional<SecretToken> findSecretToken(std::string_view text)
{
    return secretToken(secrets::findSecret(text));
}

std::optional<SecretToken> secretToken(std::optional<secrets::SecretMatch> found)
{
    if (!found) return std::nullopt;
    return SecretToken{{std::move(found->kindEn), std::move(found->kindZh)}, std::move(found->secret)};
}

} // namespace dw::lint::dwsupport
