#include "lint/dockerignore.h"
#include "lint/support_dockwarden.h"

#include <algorithm>
#include <optional>

namespace dw::lint::rules {
namespace {

bool oneOf(std::string_view value, std::initializer_list<std::string_view> list)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

/// Parts of a file name split at '.', '-' and '_': "fullchain-ca.pem" -> fullchain, ca, pem.
std::vector<std::string> nameParts(std::string_view name)
{
    std::vector<std::string> parts(1);
    for (char c : name) {
        if (c == '.' || c == '-' || c == '_') {
            if (!parts.back().empty()) parts.emplace_back();
        } else {
            parts.back() += c;
        }
    }
    if (parts.back().empty()) parts.pop_back();
    return parts;
}

bool anyPartStarts(std::string_view name, std::initializer_list<std::string_view> prefixes)
{
    for (const auto& part : nameParts(name))
        for (std::string_view prefix : prefixes)
            if (part.starts_with(prefix)) return true;
    return false;
}

/// What kind of secret a path looks like, or nullopt. Certificates, public keys and templates are left alone.
std::optional<LocalizedText> secretFileKind(std::string_view written)
{
    std::string path = support::toLower(written);
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    const auto slash = path.rfind('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    // Built once: this runs for every COPY/ADD source and destination.
    static const LocalizedText sshKey{"an SSH private key", "SSH 私钥"};
    static const LocalizedText credentials{"a credentials file", "凭据文件"};
    static const LocalizedText envFile{"an environment file with settings and secrets", "存放配置与机密的环境变量文件"};
    static const LocalizedText keyFile{"a private key or key store", "私钥或密钥库"};
    static const LocalizedText credentialDir{"a directory of credentials", "存放凭据的目录"};

    if (oneOf(name, {"id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk"})) return sshKey;
    if (oneOf(name, {".ssh", ".aws", ".gnupg", ".kube"})) return credentialDir;
    if (oneOf(name, {".npmrc", ".pypirc", ".netrc", "_netrc", ".git-credentials", ".pgpass", ".dockercfg",
                     "credentials", "credentials.json", "kubeconfig"}))
        return credentials;
    if (path.ends_with(".aws/credentials") || path.ends_with(".docker/config.json") || path.ends_with(".kube/config"))
        return credentials;
    if (name == ".env") return envFile;
    if (name.starts_with(".env.") &&
        !anyPartStarts(name.substr(5), {"example", "sample", "template", "dist", "default", "tpl", "schema"}))
        return envFile;
    const auto dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0) return std::nullopt;
    const std::string ext = name.substr(dot + 1);
    const std::string stem = name.substr(0, dot);
    if (ext == "pem") {
        if (anyPartStarts(stem, {"pub"})) return std::nullopt;
        if (stem.find("key") != std::string::npos || anyPartStarts(stem, {"priv"})) return keyFile;
        const bool certificate = anyPartStarts(
            stem, {"cert", "ca", "chain", "fullchain", "bundle", "crt", "root", "trust", "intermediate"});
        return certificate ? std::nullopt : std::optional<LocalizedText>(keyFile);
    }
    if (ext == "key" && !anyPartStarts(stem, {"gpg", "pgp", "pub", "signing", "apt", "repo", "release", "archive",
                                              "keyring", "asc"}))
        return keyFile;
    if (oneOf(ext, {"p12", "pfx", "kdbx"})) return keyFile;
    if (oneOf(ext, {"jks", "keystore"}) && !anyPartStarts(stem, {"trust", "cacerts"})) return keyFile;
    return std::nullopt;
}

bool isRemote(std::string_view source)
{
    const std::string lower = support::toLower(source);
    return lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("git@") ||
           lower.starts_with("git://") || lower.starts_with("ssh://");
}

class DW1002 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1002",
            .severity = Severity::Error,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::NoSecrets,
            .refs = {"cis-docker:4.10", "dockle:CIS-DI-0010", "trivy:DS-0031"},
            .title = {"COPY/ADD puts a secret-looking file into the image", "COPY/ADD 把疑似机密文件放进了镜像"},
            .explanation = {
                "Keys, .env files and credential files copied into a stage that ends up in the image stay in its "
                "layers for good: deleting them in a later instruction only hides them. Keep them out of the "
                "build context with .dockerignore, and give the build what it needs through "
                "`RUN --mount=type=secret` or `RUN --mount=type=ssh`, or handle them in a build stage that is not "
                "part of the final image. A plain `COPY . .` without a .dockerignore copies every such file that "
                "happens to lie in the context, so add a .dockerignore that lists them (and .git).",
                "复制进最终镜像所在阶段的密钥、.env 文件和凭据文件会永久留在镜像层里：后续指令删除它们只是把它们隐藏起来。"
                "请用 .dockerignore 把它们排除在构建上下文之外，构建需要时改用 `RUN --mount=type=secret` 或 "
                "`RUN --mount=type=ssh`，或只在不进入最终镜像的构建阶段中使用。没有 .dockerignore 时，简单的 "
                "`COPY . .` 会把上下文里所有这类文件一并复制进去，请添加 .dockerignore 列出它们（以及 .git）。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* in : ctx.instructions()) {
            if (in->keyword != df::Keyword::Copy && in->keyword != df::Keyword::Add) continue;
            if (!in->heredocs.empty() || in->args.size() < 2 || !dwsupport::shipsInFinalImage(ctx, *in)) continue;
            bool reported = false;
            for (std::size_t i = 0; i + 1 < in->args.size(); ++i) {
                const df::Word& source = in->args[i];
                if (isRemote(source.value)) continue;
                if (auto kind = secretFileKind(source.value)) {
                    out.push_back(
                        finding(dwsupport::onFirstLine(*in, source.range), message(*in, source.value, *kind)));
                    reported = true;
                }
            }
            // A key renamed on the way in (`COPY deploy-key /root/.ssh/id_ed25519`); a `.env` destination is
            // usually filled from a template, which the source check has already judged.
            const df::Word& dest = in->args.back();
            const std::string destName = dest.value.substr(dest.value.rfind('/') + 1);
            if (!reported && !dest.value.ends_with('/') && !destName.starts_with(".env")) {
                if (auto kind = secretFileKind(dest.value)) {
                    out.push_back(finding(dwsupport::onFirstLine(*in, dest.range), message(*in, dest.value, *kind)));
                    reported = true;
                }
            }
            if (!reported) checkWholeContext(ctx, *in, out);
        }
    }

private:
    LocalizedText message(const df::Instruction& in, const std::string& path, const LocalizedText& kind) const
    {
        return {in.name() + " copies `" + path + "`, " + kind.en + ", into the image",
                in.name() + " 把 `" + path + "`（" + kind.zh + "）复制进了镜像"};
    }

    void checkWholeContext(const LintContext& ctx, const df::Instruction& in, std::vector<Finding>& out) const
    {
        if (in.flag("from") || (ctx.dockerignore() && !ctx.dockerignore()->empty())) return;
        for (std::size_t i = 0; i + 1 < in.args.size(); ++i) {
            const std::string& source = in.args[i].value;
            if (source != "." && source != "./" && source != "/") continue;
            Finding f = finding(dwsupport::onFirstLine(in, in.args[i].range),
                                {in.name() + " copies the whole build context, and there is no .dockerignore to keep "
                                             "keys, .env files and .git out of it",
                                 in.name() + " 复制了整个构建上下文，却没有 .dockerignore 把密钥、.env 文件和 .git 排除在外"});
            f.severity = Severity::Info;
            out.push_back(std::move(f));
            return;
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1002() { return std::make_unique<DW1002>(); }

} // namespace dw::lint::rules
