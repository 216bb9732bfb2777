#include "lint/support_dockwarden.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <regex>

namespace dw::lint::rules {
namespace {

struct SecretKind {
    std::regex pattern;
    LocalizedText name;
    int group = 0; ///< the capture group that holds the secret itself
};

const std::vector<SecretKind>& tokenKinds()
{
    static const std::vector<SecretKind> kinds = [] {
        const auto re = [](const char* text) { return std::regex(text, std::regex::ECMAScript | std::regex::optimize); };
        std::vector<SecretKind> k;
        k.push_back({re("-----BEGIN ([A-Z]+ )*PRIVATE KEY( BLOCK)?-----"), {"a private key block", "私钥块"}});
        k.push_back({re("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"), {"an AWS access key id", "AWS 访问密钥 ID"}});
        k.push_back({re("\\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\\b|\\bgithub_pat_[A-Za-z0-9_]{22,}"),
                     {"a GitHub token", "GitHub 令牌"}});
        k.push_back({re("\\bglpat-[A-Za-z0-9_-]{20,}"), {"a GitLab token", "GitLab 令牌"}});
        k.push_back({re("\\bxox[abposr]-[A-Za-z0-9-]{10,}"), {"a Slack token", "Slack 令牌"}});
        k.push_back({re("\\bAIza[0-9A-Za-z_-]{35}"), {"a Google API key", "Google API 密钥"}});
        k.push_back({re("\\b[sr]k_live_[0-9A-Za-z]{20,}"), {"a Stripe live key", "Stripe 正式环境密钥"}});
        k.push_back({re("\\bnpm_[A-Za-z0-9]{36}\\b"), {"an npm access token", "npm 访问令牌"}});
        k.push_back({re("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"),
                     {"a JSON Web Token", "JSON Web Token（JWT）"}});
        k.push_back({re("[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+:([^/\\s@]+)@"),
                     {"a URL with an embedded password", "内嵌密码的 URL"}, 1});
        k.push_back({std::regex("(password|passwd|pwd|secret|token|api[_-]?key)\\s*[=:]\\s*([^\\s&;,'\"]+)",
                                std::regex::ECMAScript | std::regex::icase | std::regex::optimize),
                     {"an inline password or token setting", "内联的密码或令牌设置"}, 2});
        return k;
    }();
    return kinds;
}

/// Values nobody would mistake for a real secret: references, paths, booleans, templates, stand-ins.
bool isPlaceholder(std::string_view value)
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

/// Lower-case name parts: "awsSecretAccessKey" -> aws, secret, access, key; "DB_PASSWORD" -> db, password.
std::vector<std::string> nameParts(std::string_view name)
{
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (!std::isalnum(c)) {
            if (!parts.back().empty()) parts.emplace_back();
            continue;
        }
        const bool boundary = std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(name[i - 1]));
        if (boundary && !parts.back().empty()) parts.emplace_back();
        parts.back() += static_cast<char>(std::tolower(c));
    }
    if (parts.back().empty()) parts.pop_back();
    return parts;
}

/// A variable name that says its value is a secret ("DB_PASSWORD", "githubToken", "API_KEY"), and not a pointer
/// to one ("PASSWORD_FILE", "TOKEN_URL") or a setting about one ("TOKEN_TTL").
bool secretName(std::string_view name)
{
    const std::string lower = support::toLower(name);
    if (lower == "pwd") return false;
    const auto parts = nameParts(name);
    if (parts.empty()) return false;
    static const std::vector<std::string_view> notSecret{
        "file",  "path",   "dir",     "directory", "url",     "uri",      "endpoint", "host",    "hostname",
        "port",  "name",   "user",    "username",  "id",      "type",     "length",   "len",     "size",
        "env",   "header", "var",     "version",   "policy",  "enabled",  "required", "expiry",  "expires",
        "ttl",   "timeout", "method", "mode",      "field",   "location", "format",   "algorithm", "min",
        "max",   "regex",  "pattern", "rounds",    "prompt",  "store",    "provider", "backend", "service",
        "server", "scope", "audience", "issuer",   "lifetime", "count",   "limit",    "hint",    "salt",
        "algo",  "cost",   "iterations", "strength", "complexity", "interval", "days", "hours",  "seconds",
        "minutes", "duration", "age", "attempts",  "retries", "prefix",   "suffix",   "role",    "reset"};
    if (std::find(notSecret.begin(), notSecret.end(), parts.back()) != notSecret.end()) return false;
    static const std::vector<std::string_view> secretWords{
        "password", "passwd", "passphrase", "pass", "pwd", "secret", "token", "apikey", "credential", "credentials",
        "privatekey", "accesskey", "secretkey"};
    static const std::vector<std::string_view> keyQualifiers{"api", "private", "access", "encryption", "signing",
                                                             "master", "session"};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (std::find(secretWords.begin(), secretWords.end(), parts[i]) != secretWords.end()) return true;
        if (parts[i] == "key" && i > 0 &&
            std::find(keyQualifiers.begin(), keyQualifiers.end(), parts[i - 1]) != keyQualifiers.end())
            return true;
    }
    return false;
}

struct Hit {
    LocalizedText kind;
    std::string secret;
};

std::optional<Hit> findToken(const std::string& text)
{
    for (const SecretKind& kind : tokenKinds()) {
        for (auto it = std::sregex_iterator(text.begin(), text.end(), kind.pattern); it != std::sregex_iterator(); ++it) {
            const std::string secret = (*it)[kind.group].str();
            if (kind.group != 0 && isPlaceholder(secret)) continue;
            if (support::toLower(secret).find("example") != std::string::npos) continue;
            return Hit{kind.name, secret};
        }
    }
    return std::nullopt;
}

class DW1001 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1001",
            .severity = Severity::Error,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::NoSecrets,
            .refs = {"cis-docker:4.10", "dockle:CIS-DI-0010", "trivy:DS031", "cwe:CWE-798"},
            .title = {"A secret is written into ENV, ARG or LABEL", "ENV、ARG 或 LABEL 中写入了机密信息"},
            .explanation = {
                "ENV, ARG and LABEL values are stored in the image configuration and its build history, so anyone "
                "who can pull the image (or read the Dockerfile in version control) can read them, even when a "
                "later instruction overrides the variable. Remove the value and rotate the credential. Pass "
                "secrets at build time with `RUN --mount=type=secret,id=...` and at run time through the "
                "orchestrator's secret store or an environment file that is not part of the image.",
                "ENV、ARG、LABEL 的值会保存在镜像配置和构建历史中：任何能拉取镜像（或能在版本库中看到 Dockerfile）的人"
                "都能读到，即使后面的指令覆盖了该变量也一样。请删除该值并轮换（作废）这份凭据。构建时用 "
                "`RUN --mount=type=secret,id=...` 传入机密，运行时通过编排平台的 secret 或不打包进镜像的环境变量文件提供。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* in : ctx.instructions()) {
            if (in->keyword != df::Keyword::Env && in->keyword != df::Keyword::Arg && in->keyword != df::Keyword::Label)
                continue;
            for (const df::KeyValue& pair : in->pairs) checkPair(*in, pair, out);
        }
    }

private:
    void checkPair(const df::Instruction& in, const df::KeyValue& pair, std::vector<Finding>& out) const
    {
        const std::string name = support::unquote(pair.key.value);
        const std::string value = pair.value ? support::unquote(pair.value->value) : std::string();
        const std::string where = in.name() + " `" + name + "`";
        const df::Range range = dwsupport::onFirstLine(in, pair.range);
        if (auto hit = findToken(value)) {
            out.push_back(finding(range, {where + " holds what looks like " + hit->kind.en + " (`" +
                                              dwsupport::redact(hit->secret) + "`)",
                                          where + " 的值看起来是" + hit->kind.zh + "（`" +
                                              dwsupport::redact(hit->secret) + "`）"}));
        } else if (auto keyHit = findToken(name)) {
            out.push_back(finding(range, {in.name() + " uses what looks like " + keyHit->kind.en + " as a name (`" +
                                              dwsupport::redact(keyHit->secret) + "`)",
                                          in.name() + " 的名称看起来是" + keyHit->kind.zh + "（`" +
                                              dwsupport::redact(keyHit->secret) + "`）"}));
        } else if (secretName(name) && !isPlaceholder(value) && !isUrlWithoutPassword(value)) {
            out.push_back(finding(range, {where + " sets a secret-looking name to a literal value (`" +
                                              dwsupport::redact(value) + "`)",
                                          where + " 的名称表明它是机密，却写入了字面值（`" + dwsupport::redact(value) +
                                              "`）"}));
        }
    }

    static bool isUrlWithoutPassword(std::string_view value)
    {
        return value.find("://") != std::string_view::npos && value.find('@') == std::string_view::npos;
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1001() { return std::make_unique<DW1001>(); }

} // namespace dw::lint::rules
