#include "lint/support_dockwarden.h"

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

/// The positional words of a command (the subcommand first), option values skipped as `spec` says.
std::vector<const sh::Word*> positionalWords(const sh::Command& command, const OptionSpec& spec)
{
    std::vector<const sh::Word*> out;
    bool optionsDone = false;
    for (std::size_t i = 1; i < command.words.size(); ++i) {
        const std::string& text = command.words[i].text;
        if (optionsDone || text.size() < 2 || text.front() != '-') {
            out.push_back(&command.words[i]);
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
    return out;
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

PackageManager managerFamily(std::string_view name)
{
    if (contains({"apt-get", "apt", "aptitude"}, name)) return PackageManager::Apt;
    if (name == "apk") return PackageManager::Apk;
    if (contains({"yum", "dnf", "microdnf", "tdnf"}, name)) return PackageManager::Rpm;
    if (name == "zypper") return PackageManager::Zypper;
    return PackageManager::None;
}

} // namespace

std::vector<int> finalStageChain(const df::Dockerfile& file)
{
    std::vector<int> chain;
    int stage = static_cast<int>(file.stages.size()) - 1;
    while (stage >= 0 && std::find(chain.begin(), chain.end(), stage) == chain.end()) {
        chain.push_back(stage);
        stage = file.stages[stage].baseStage;
    }
    return chain;
}

bool shipsInFinalImage(const LintContext& ctx, const df::Instruction& instruction)
{
    if (ctx.onbuildPass()) return true;
    if (instruction.stage < 0) return false;
    const auto chain = finalStageChain(ctx.file());
    return std::find(chain.begin(), chain.end(), instruction.stage) != chain.end();
}

const df::Stage* finalBaseStage(const df::Dockerfile& file)
{
    const auto chain = finalStageChain(file);
    if (chain.empty()) return nullptr;
    const df::Stage& root = file.stages[chain.back()];
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

PackageManager installManager(const sh::Command& command)
{
    const PackageManager manager = managerFamily(command.name());
    const OptionSpec* spec = optionSpec(manager);
    if (!spec) return PackageManager::None;
    const auto positional = positionalWords(command, *spec);
    if (positional.empty()) return PackageManager::None;
    const std::string& sub = positional.front()->text;
    switch (manager) {
    case PackageManager::Apt:
    case PackageManager::Rpm: return sub == "install" ? manager : PackageManager::None;
    case PackageManager::Apk: return sub == "add" ? manager : PackageManager::None;
    case PackageManager::Zypper: return sub == "install" || sub == "in" ? manager : PackageManager::None;
    case PackageManager::None: break;
    }
    return PackageManager::None;
}

std::vector<const sh::Word*> installedPackages(const sh::Command& command)
{
    const PackageManager manager = installManager(command);
    if (manager == PackageManager::None) return {};
    auto positional = positionalWords(command, *optionSpec(manager));
    positional.erase(positional.begin());
    return positional;
}

std::string packageName(std::string_view word, PackageManager manager)
{
    std::string name = support::toLower(word);
    name = name.substr(0, name.find_first_of("=<>~@"));
    if (auto colon = name.find(':'); colon != std::string::npos) name.resize(colon);
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
    if (contains({"sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "fish", "perl", "ruby", "node", "php"}, name))
        return true;
    return name.starts_with("python");
}

std::string redact(std::string_view secret)
{
    const std::size_t shown = std::min<std::size_t>(4, secret.size() / 4);
    return std::string(secret.substr(0, shown)) + "***";
}

bool isPlaceholderSecret(std::string_view value)
{
    if (value.empty() || value.find('$') != std::string_view::npos) return true;
    const std::string lower = support::toLower(value);
    if (lower.find_first_not_of(lower.front()) == std::string::npos) return true; // "xxxx", "****"
    if (lower.find_first_not_of("x*.-_#? ") == std::string::npos) return true;
    if ((lower.find('<') != std::string::npos && lower.find('>') != std::string::npos) || lower.starts_with("{{") ||
        lower.find("%s") != std::string::npos)
        return true;
    if ((lower.front() == '/' || lower.starts_with("./") || lower.starts_with("~/")) &&
        lower.find(' ') == std::string::npos)
        return true;
    if (lower.size() < 6 && lower.find_first_not_of("0123456789") == std::string::npos) return true;
    static const std::vector<std::string_view> words{
        "changeme", "change_me", "change-me", "changeit", "replaceme", "replace_me", "placeholder", "dummy",
        "secret",   "password",  "passwd",    "token",    "none",      "null",       "nil",         "empty",
        "true",     "false",     "yes",       "no",       "on",        "off",        "default",     "test",
        "todo",     "tbd",       "redacted",  "hidden",   "unset",     "disabled",   "enabled",     "required",
        "optional", "***"};
    if (std::find(words.begin(), words.end(), lower) != words.end()) return true;
    for (std::string_view marker : {"example", "changeme", "change_me", "placeholder", "dummy", "your_", "your-",
                                    "yourpassword", "yourtoken", "replace_with", "replace-with", "fake"})
        if (lower.find(marker) != std::string::npos) return true;
    return false;
}


namespace {

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

/// Length of the run at `at` of ASCII letters and digits (only upper-case letters when `upperOnly`) and the
/// characters in `extra`.
std::size_t runLength(std::string_view text, std::size_t at, std::string_view extra, bool upperOnly = false)
{
    std::size_t end = at;
    while (end < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[end]);
        const bool letter = upperOnly ? (std::isupper(c) || std::isdigit(c)) : std::isalnum(c) != 0;
        if (!letter && extra.find(static_cast<char>(c)) == std::string_view::npos) break;
        ++end;
    }
    return end - at;
}

/// A token that starts with a fixed prefix followed by a run of token characters.
struct TokenShape {
    std::string_view prefix;
    std::string_view extra;  ///< characters allowed in the run besides letters and digits
    std::size_t min = 0;
    std::size_t max = 0;     ///< 0: no upper bound; otherwise the run must end exactly there
    bool upperOnly = false;
    LocalizedText kind;
};

const std::vector<TokenShape>& tokenShapes()
{
    static const LocalizedText aws{"an AWS access key id", "AWS 访问密钥 ID"};
    static const LocalizedText github{"a GitHub token", "GitHub 令牌"};
    static const LocalizedText slack{"a Slack token", "Slack 令牌"};
    static const LocalizedText stripe{"a Stripe live key", "Stripe 正式环境密钥"};
    static const std::vector<TokenShape> shapes{
        {"AKIA", "", 16, 16, true, aws},           {"ASIA", "", 16, 16, true, aws},
        {"ghp_", "", 36, 36, false, github},       {"gho_", "", 36, 36, false, github},
        {"ghu_", "", 36, 36, false, github},       {"ghs_", "", 36, 36, false, github},
        {"ghr_", "", 36, 36, false, github},       {"github_pat_", "_", 22, 0, false, github},
        {"glpat-", "_-", 20, 0, false, {"a GitLab token", "GitLab 令牌"}},
        {"xoxa-", "-", 10, 0, false, slack},       {"xoxb-", "-", 10, 0, false, slack},
        {"xoxp-", "-", 10, 0, false, slack},       {"xoxo-", "-", 10, 0, false, slack},
        {"xoxs-", "-", 10, 0, false, slack},       {"xoxr-", "-", 10, 0, false, slack},
        {"AIza", "_-", 35, 0, false, {"a Google API key", "Google API 密钥"}},
        {"sk_live_", "", 20, 0, false, stripe},    {"rk_live_", "", 20, 0, false, stripe},
        {"npm_", "", 36, 36, false, {"an npm access token", "npm 访问令牌"}},
    };
    return shapes;
}

std::optional<SecretToken> findShaped(std::string_view text)
{
    for (const TokenShape& shape : tokenShapes()) {
        for (auto at = text.find(shape.prefix); at != std::string_view::npos; at = text.find(shape.prefix, at + 1)) {
            if (at > 0 && isWordChar(text[at - 1])) continue;
            const std::size_t body = at + shape.prefix.size();
            const std::size_t run = runLength(text, body, shape.extra, shape.upperOnly);
            if (run < shape.min) continue;
            if (shape.max && (run != shape.max || (body + run < text.size() && isWordChar(text[body + run]))))
                continue;
            return SecretToken{shape.kind, std::string(text.substr(at, body + run - at))};
        }
    }
    return std::nullopt;
}

std::optional<SecretToken> findPrivateKey(std::string_view text)
{
    for (auto at = text.find("-----BEGIN "); at != std::string_view::npos; at = text.find("-----BEGIN ", at + 1)) {
        const auto close = text.find("-----", at + 11);
        if (close == std::string_view::npos) return std::nullopt;
        const std::string_view label = text.substr(at + 11, close - at - 11);
        if (label.ends_with("PRIVATE KEY") || label.ends_with("PRIVATE KEY BLOCK"))
            return SecretToken{{"a private key block", "私钥块"}, std::string(text.substr(at, close + 5 - at))};
    }
    return std::nullopt;
}

std::optional<SecretToken> findJwt(std::string_view text)
{
    for (auto at = text.find("eyJ"); at != std::string_view::npos; at = text.find("eyJ", at + 1)) {
        if (at > 0 && isWordChar(text[at - 1])) continue;
        std::size_t pos = at;
        bool ok = true;
        for (int part = 0; part < 3 && ok; ++part) {
            if (part > 0) ok = pos < text.size() && text[pos++] == '.';
            if (ok && part < 2) ok = text.substr(pos, 3) == "eyJ";
            const std::size_t run = ok ? runLength(text, pos, "_-") : 0;
            ok = ok && run >= (part < 2 ? 11 : 8);
            pos += run;
        }
        if (ok) return SecretToken{{"a JSON Web Token", "JSON Web Token（JWT）"}, std::string(text.substr(at, pos - at))};
    }
    return std::nullopt;
}

/// `scheme://user:password@host` with a literal password.
std::optional<SecretToken> findUrlPassword(std::string_view text)
{
    for (auto at = text.find("://"); at != std::string_view::npos; at = text.find("://", at + 1)) {
        if (at == 0 || runLength(text, at - 1, "+.-") == 0) continue; // no scheme before "://"
        const std::size_t user = at + 3;
        const std::size_t userEnd = text.find_first_of("/ \t\n:@", user);
        if (userEnd == std::string_view::npos || userEnd == user || text[userEnd] != ':') continue;
        const std::size_t passEnd = text.find_first_of("/ \t\n@", userEnd + 1);
        if (passEnd == std::string_view::npos || passEnd == userEnd + 1 || text[passEnd] != '@') continue;
        const std::string_view password = text.substr(userEnd + 1, passEnd - userEnd - 1);
        if (!isPlaceholderSecret(password))
            return SecretToken{{"a URL with an embedded password", "内嵌密码的 URL"}, std::string(password)};
    }
    return std::nullopt;
}

/// `password=...`, `token: ...`, `apiKey=...` inside a longer value (JVM options, connection strings).
std::optional<SecretToken> findInlineSetting(std::string_view text)
{
    const std::string lower = support::toLower(text);
    for (std::string_view key : {"password", "passwd", "pwd", "secret", "token", "apikey", "api_key", "api-key"}) {
        for (auto at = lower.find(key); at != std::string::npos; at = lower.find(key, at + 1)) {
            std::size_t pos = at + key.size();
            while (pos < lower.size() && (lower[pos] == ' ' || lower[pos] == '\t')) ++pos;
            if (pos >= lower.size() || (lower[pos] != '=' && lower[pos] != ':')) continue;
            ++pos;
            while (pos < lower.size() && (lower[pos] == ' ' || lower[pos] == '\t')) ++pos;
            const std::size_t end = std::min(lower.find_first_of(" \t\n&;,'\"", pos), lower.size());
            const std::string_view value = text.substr(pos, end - pos);
            if (!value.empty() && !isPlaceholderSecret(value))
                return SecretToken{{"an inline password or token setting", "内联的密码或令牌设置"}, std::string(value)};
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<SecretToken> findSecretToken(std::string_view text)
{
    for (auto finder : {findPrivateKey, findShaped, findJwt, findUrlPassword, findInlineSetting}) {
        auto token = finder(text);
        if (token && support::toLower(token->secret).find("example") == std::string::npos) return token;
    }
    return std::nullopt;
}

} // namespace dw::lint::dwsupport
