#include "lint/support_dockwarden.h"

#include <algorithm>
#include <cctype>

namespace dw::lint::rules {
namespace {

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

class DW1001 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1001",
            .severity = Severity::Error,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::NoSecrets,
            .refs = {"cis-docker:4.10", "dockle:CIS-DI-0010", "trivy:DS-0031", "cwe:CWE-798"},
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
            const df::Keyword keyword = in->keyword;
            if (keyword != df::Keyword::Env && keyword != df::Keyword::Arg && keyword != df::Keyword::Label) continue;
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
        if (auto hit = dwsupport::findSecretToken(value)) {
            out.push_back(finding(range, {where + " holds what looks like " + hit->kind.en + " (`" +
                                              dwsupport::redact(hit->secret) + "`)",
                                          where + " 的值看起来是" + hit->kind.zh + "（`" +
                                              dwsupport::redact(hit->secret) + "`）"}));
        } else if (auto keyHit = dwsupport::findSecretToken(name)) {
            out.push_back(finding(range, {in.name() + " uses what looks like " + keyHit->kind.en + " as a name (`" +
                                              dwsupport::redact(keyHit->secret) + "`)",
                                          in.name() + " 的名称看起来是" + keyHit->kind.zh + "（`" +
                                              dwsupport::redact(keyHit->secret) + "`）"}));
        } else if (secretName(name) && !dwsupport::isPlaceholderSecret(value) && !isUrlWithoutPassword(value)) {
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
