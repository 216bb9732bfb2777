#include "lint/support_dockwarden.h"
#include "lint/support_instructions.h"
#include "util/text.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace dw::lint::rules {
namespace {

bool isOff(const std::string& value) { return value == "false" || value == "0" || value == "no" || value == "off"; }

std::vector<std::string> lowerWords(const sh::Command& command)
{
    std::vector<std::string> words;
    for (const sh::Word& word : command.words) words.push_back(support::toLower(word.text));
    return words;
}

/// `setting value` or `setting=value` among the words, where the setting name ends with `suffix`.
std::optional<std::string> settingValue(const std::vector<std::string>& words, std::string_view suffix)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string_view word = words[i];
        if (word.starts_with("--")) word.remove_prefix(2);
        if (auto eq = word.find('='); eq != std::string_view::npos && word.substr(0, eq).ends_with(suffix))
            return std::string(word.substr(eq + 1));
        if (word.ends_with(suffix) && i + 1 < words.size()) return words[i + 1];
    }
    return std::nullopt;
}

/// An environment variable that can switch verification off, and what a value of it reports (nullopt: that value
/// leaves verification on). The judge gets the name as written, the value, and the value in lower case.
struct SwitchVariable {
    std::string_view name; ///< lower case
    std::optional<std::string> (*judge)(const std::string& rawName, const std::string& value, const std::string& lower);
};

using Verdict = std::optional<std::string>;

/// NAME=value when the value switches the check off (npm_config_strict_ssl=false).
Verdict namedWhenOff(const std::string& rawName, const std::string& value, const std::string& lower)
{
    return isOff(lower) ? Verdict(rawName + "=" + value) : std::nullopt;
}

/// NAME when it is set at all (PIP_TRUSTED_HOST=pypi.internal).
Verdict namedWhenSet(const std::string& rawName, const std::string& value, const std::string&)
{
    return value.empty() ? std::nullopt : Verdict(rawName);
}

constexpr SwitchVariable kSwitchVariables[] = {
    {"docker_content_trust",
     [](const std::string&, const std::string& value, const std::string& lower) -> Verdict {
         if (isOff(lower)) return "DOCKER_CONTENT_TRUST=" + value;
         return std::nullopt;
     }},
    {"git_ssl_no_verify", [](const std::string&, const std::string&, const std::string&) -> Verdict {
         return "GIT_SSL_NO_VERIFY";
     }},
    {"node_tls_reject_unauthorized",
     [](const std::string&, const std::string&, const std::string& lower) -> Verdict {
         if (lower == "0") return "NODE_TLS_REJECT_UNAUTHORIZED=0";
         return std::nullopt;
     }},
    {"pythonhttpsverify",
     [](const std::string&, const std::string&, const std::string& lower) -> Verdict {
         if (lower == "0") return "PYTHONHTTPSVERIFY=0";
         return std::nullopt;
     }},
    {"npm_config_strict_ssl", namedWhenOff},
    {"yarn_strict_ssl", namedWhenOff},
    {"conda_ssl_verify", namedWhenOff},
    {"pip_trusted_host", namedWhenSet},
    {"goinsecure", namedWhenSet},
    {"gosumdb",
     [](const std::string&, const std::string&, const std::string& lower) -> Verdict {
         if (lower == "off") return "GOSUMDB=off";
         return std::nullopt;
     }},
    {"goflags",
     [](const std::string&, const std::string&, const std::string& lower) -> Verdict {
         if (lower.find("-insecure") != std::string::npos) return "GOFLAGS=-insecure";
         return std::nullopt;
     }},
};

/// False for a name that is none of kSwitchVariables, whatever its value.
bool mayNameSwitch(std::string_view name)
{
    return std::any_of(std::begin(kSwitchVariables), std::end(kSwitchVariables),
                       [&](const SwitchVariable& known) { return util::equalsLower(name, known.name); });
}

/// Environment variables that switch verification off, checked for ENV/ARG and for `X=1 cmd` / `export X=1`.
std::optional<std::string> insecureVariable(const std::string& rawName, const std::string& value)
{
    // Called for every ENV, ARG and `X=1 cmd` of a file: the name is lowered into a stack buffer (no name of
    // interest is longer), the value only once a name matched.
    char buffer[32];
    if (rawName.size() > sizeof buffer) return std::nullopt;
    std::transform(rawName.begin(), rawName.end(), buffer, [](char c) { return util::asciiLower(c); });
    const std::string_view name(buffer, rawName.size());
    for (const SwitchVariable& known : kSwitchVariables)
        if (known.name == name) return known.judge(rawName, value, support::toLower(value));
    return std::nullopt;
}

/// `apk add --allow-untrusted /tmp/pkgs/x.apk`: packages built locally, nothing fetched from a repository.
bool onlyLocalPackages(const sh::Command& command)
{
    const auto packages = dwsupport::installedPackages(command);
    return !packages.empty() && std::all_of(packages.begin(), packages.end(), [](const sh::Word* word) {
        return word->text.ends_with(".apk") || word->text.find('/') != std::string::npos;
    });
}

/// The verification switch a command uses, e.g. "curl --insecure"; nullopt when none.
std::optional<std::string> insecureSwitch(const sh::Command& command)
{
    const std::string_view name = command.name();
    std::optional<std::vector<std::string>> lowered; // only for the commands whose settings are read
    const auto words = [&]() -> const std::vector<std::string>& {
        if (!lowered) lowered = lowerWords(command);
        return *lowered;
    };
    const auto has = [&](std::string_view lowerText) {
        return std::any_of(command.words.begin(), command.words.end(),
                           [&](const sh::Word& w) { return util::equalsLower(w.text, lowerText); });
    };
    const auto contains = [&](std::string_view part) {
        return std::any_of(command.words.begin(), command.words.end(),
                           [&](const sh::Word& w) { return util::containsLower(w.text, part); });
    };
    // Most of the settings looked for are `name=value`: a command with no '=' in any word holds none of them.
    const bool anyEquals = std::any_of(command.words.begin(), command.words.end(),
                                       [](const sh::Word& w) { return w.text.find('=') != std::string::npos; });
    if (name == "curl" && command.hasAnyFlag({"k", "insecure", "proxy-insecure"})) return "curl --insecure";
    if (name == "wget" && command.hasFlag("no-check-certificate")) return "wget --no-check-certificate";
    const bool pip = name.starts_with("pip") || (name.starts_with("python") && has("-m") && has("pip"));
    if (pip && contains("trusted-host")) return std::string(name) + " --trusted-host";
    if (name == "apt-get" || name == "apt" || name == "aptitude") {
        constexpr std::string_view kFlags[] = {"allow-unauthenticated", "allow-insecure-repositories", "force-yes"};
        if (const auto flag = command.firstFlagOf({kFlags[0], kFlags[1], kFlags[2]}))
            return std::string(name) + " --" + std::string(kFlags[*flag]);
        if (anyEquals)
            for (std::string_view option : {"allowinsecurerepositories=true", "allowunauthenticated=true",
                                            "verify-peer=false", "verify-host=false", "allowunauthenticated=1"})
                if (contains(option)) return std::string(name) + " -o ..." + std::string(option);
    }
    if (name == "apk" && command.hasFlag("allow-untrusted") && !onlyLocalPackages(command))
        return "apk --allow-untrusted";
    if ((name == "yum" || name == "dnf" || name == "microdnf" || name == "tdnf") &&
        (command.hasFlag("nogpgcheck") ||
         (anyEquals && (contains("sslverify=0") || contains("sslverify=false") || contains("gpgcheck=0")))))
        return std::string(name) + " --nogpgcheck";
    if (name == "zypper" && command.hasAnyFlag({"no-gpg-checks", "no-check-signatures"}))
        return "zypper --no-gpg-checks";
    if (name == "rpm" && command.hasAnyFlag({"nosignature", "nodigest"})) return "rpm --nosignature";
    if (name == "npm" || name == "yarn" || name == "pnpm") {
        if (auto value = settingValue(words(), "strict-ssl"); value && isOff(*value)) return std::string(name) + " strict-ssl false";
    }
    if (name == "git") {
        if (auto value = settingValue(words(), "sslverify"); value && isOff(*value)) return "git http.sslVerify=false";
    }
    if (name == "conda") {
        if (auto value = settingValue(words(), "ssl_verify"); value && isOff(*value)) return "conda ssl_verify false";
    }
    if (name == "composer") {
        if (auto value = settingValue(words(), "secure-http"); value && isOff(*value))
            return "composer secure-http false";
        if (auto value = settingValue(words(), "disable-tls"); value && (*value == "true" || *value == "1"))
            return "composer disable-tls true";
    }
    constexpr std::string_view kTrustedOption = "trusted=yes";
    if (anyEquals)
        for (const sh::Word& word : command.words) // a local `file:` repository built in the same build is fine
            if (util::containsLower(word.text, kTrustedOption) && !util::containsLower(word.text, "file:"))
                return "[trusted=yes] apt source";
    for (const sh::Word& assignment : command.assignments) {
        const auto eq = assignment.text.find('=');
        if (auto what = insecureVariable(assignment.text.substr(0, eq), assignment.text.substr(eq + 1))) return what;
    }
    if (name == "export")
        for (std::size_t i = 1; i < command.words.size(); ++i) {
            const std::string& text = command.words[i].text;
            const auto eq = text.find('=');
            if (eq == std::string::npos) continue;
            if (auto what = insecureVariable(text.substr(0, eq), text.substr(eq + 1))) return what;
        }
    return std::nullopt;
}

class DW1017 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1017",
            .severity = Severity::Warning,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::SignedImages,
            .refs = {"cis-docker:4.11", "cis-docker:4.5", "cwe:CWE-295"},
            .title = {"TLS or signature verification is switched off", "关闭了 TLS 或签名校验"},
            .explanation = {
                "Switches like `curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, "
                "`apt-get --allow-unauthenticated`, `apk --allow-untrusted`, `git -c http.sslVerify=false` or "
                "`NODE_TLS_REJECT_UNAUTHORIZED=0` accept whatever a server or a man in the middle sends, so "
                "tampered packages and scripts end up in the image unnoticed; set with ENV, the weakness also "
                "stays active in every container. Fix the cause instead: install the CA certificates the build "
                "needs (`ca-certificates`, or COPY your internal CA and run `update-ca-certificates`), import "
                "the repository's signing key, and use https URLs.",
                "`curl -k`、`wget --no-check-certificate`、`pip --trusted-host`、`apt-get --allow-unauthenticated`、"
                "`apk --allow-untrusted`、`git -c http.sslVerify=false`、`NODE_TLS_REJECT_UNAUTHORIZED=0` 这类开关会接受"
                "服务器或中间人发来的任何内容，被篡改的软件包和脚本会悄无声息地进入镜像；如果用 ENV 设置，这一弱点还会在"
                "每个容器中持续生效。请从根源解决：安装构建所需的 CA 证书（`ca-certificates`，或 COPY 内部 CA 后执行 "
                "`update-ca-certificates`），导入软件源的签名密钥，并使用 https 地址。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* in : ctx.instructions()) {
            if (in->keyword == df::Keyword::Env || in->keyword == df::Keyword::Arg) {
                for (const df::KeyValue& pair : in->pairs) {
                    if (!pair.value) continue;
                    const std::string name = support::unquote(pair.key.value);
                    if (!mayNameSwitch(name)) continue; // most names: the value is never unquoted
                    if (auto what = insecureVariable(name, support::unquote(pair.value->value)))
                        out.push_back(finding(dwsupport::onFirstLine(*in, pair.range), message(*what)));
                }
            } else if (in->keyword == df::Keyword::Run) {
                for (const sh::Command& command : ctx.shell(*in).commands)
                    if (auto what = insecureSwitch(command))
                        out.push_back(
                            finding(dwsupport::runRange(ctx, *in, command.begin, command.end), message(*what)));
            }
        }
    }

private:
    static LocalizedText message(const std::string& what)
    {
        return {"`" + what + "` switches off TLS or signature verification", "`" + what + "` 关闭了 TLS 或签名校验"};
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1017() { return std::make_unique<DW1017>(); }

} // namespace dw::lint::rules
