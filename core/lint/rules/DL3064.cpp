#include "lint/support_labels.h"
#include "util/text.h"

#include <algorithm>
#include <array>

namespace dw::lint::rules {
namespace {

// Variable names that well-known tools and services use for credentials (written in lower case, compared in any case).
constexpr std::array<std::string_view, 48> kKnownNames = {
    "access_token", "application_key", "app_secret", "auth_token", "aws_access_key_id", "aws_secret_access_key",
    "bittrex_api_key", "bittrex_api_secret", "cf_password", "cf_username", "circle_token", "ci_deploy_password",
    "ci_deploy_user", "dockerhub_password", "docker_email", "docker_password", "docker_username",
    "facebook_access_token", "facebook_app_id", "facebook_app_secret", "firebase_api_token", "firebase_token",
    "fossa_api_key", "gh_enterprise_token", "gh_token", "github_enterprise_token", "github_token",
    "heroku_api_key", "heroku_api_user", "npm_auth_token", "npm_token", "okta_authn_groupid",
    "okta_client_orgurl", "okta_client_token", "okta_oauth2_clientid", "okta_oauth2_clientsecret",
    "openai_api_key", "os_password", "os_username", "postgres_password", "slack_token", "stripe_api_key",
    "stripe_device_name", "travis_os_name", "travis_secure_env_vars", "travis_sudo", "vault_client_key",
    "vault_token"};

// Parts of a name that suggest a secret (compared in any case).
constexpr std::array<std::string_view, 7> kSuspiciousParts = {"api_key", "client_key", "password", "private",
                                                              "secret",  "token",      "username"};

/// `lowerName`: the variable's name lower-cased.
bool looksSensitive(std::string_view lowerName)
{
    if (std::find(kKnownNames.begin(), kKnownNames.end(), lowerName) != kKnownNames.end()) return true;
    return std::any_of(kSuspiciousParts.begin(), kSuspiciousParts.end(),
                       [&](std::string_view part) { return lowerName.find(part) != std::string_view::npos; });
}

class DL3064 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3064",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::NoSecrets,
            .refs = {"hadolint:DL3064", "cis-docker:4.10", "trivy:DS-0031", "dockle:CIS-DI-0010"},
            .title = {"The ARG or ENV name suggests a secret, which would be stored in the image",
                      "ARG 或 ENV 的名称看起来是机密信息，它会被保存在镜像中"},
            .explanation = {
                "ENV values are part of the image configuration and ARG values are recorded in the build history, "
                "so anyone who can pull the image can read a password, token or key passed this way. Mount the "
                "secret only for the step that needs it (`RUN --mount=type=secret,id=...`) and give it to the "
                "container at run time instead.",
                "ENV 的值属于镜像配置，ARG 的值会记录在构建历史中，因此任何能拉取镜像的人都能读到以这种方式传入的"
                "密码、令牌或密钥。请只在需要它的步骤中挂载机密（`RUN --mount=type=secret,id=...`），"
                "并在容器运行时再提供它。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        std::string lowerName; // reused for every name
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Arg && instruction->keyword != df::Keyword::Env) continue;
            const df::KeyValue* first = nullptr;
            std::string names;
            for (const df::KeyValue& pair : instruction->pairs) {
                std::string name = support::pairKey(pair);
                lowerName.assign(name);
                for (char& c : lowerName) c = util::asciiLower(c);
                if (!looksSensitive(lowerName)) continue;
                if (!first) first = &pair;
                support::appendCodeItem(names, name);
            }
            if (!first) continue;
            const std::string keyword = instruction->name();
            out.push_back(finding(support::pairReportRange(*instruction, *first),
                                  {keyword + " " + names + " looks like a secret that would be stored in the image",
                                   keyword + " " + names + " 看起来是机密信息，会被保存在镜像中"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3064() { return std::make_unique<DL3064>(); }

} // namespace dw::lint::rules
