#include "lint/support_labels.h"

#include <algorithm>
#include <array>

namespace dw::lint::rules {
namespace {

// Variable names that well-known tools and services use for credentials (compared in upper case).
constexpr std::array<std::string_view, 48> kKnownNames = {
    "ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
    "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD", "CF_USERNAME", "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD",
    "CI_DEPLOY_USER", "DOCKERHUB_PASSWORD", "DOCKER_EMAIL", "DOCKER_PASSWORD", "DOCKER_USERNAME",
    "FACEBOOK_ACCESS_TOKEN", "FACEBOOK_APP_ID", "FACEBOOK_APP_SECRET", "FIREBASE_API_TOKEN", "FIREBASE_TOKEN",
    "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN", "GH_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN",
    "HEROKU_API_KEY", "HEROKU_API_USER", "NPM_AUTH_TOKEN", "NPM_TOKEN", "OKTA_AUTHN_GROUPID",
    "OKTA_CLIENT_ORGURL", "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTID", "OKTA_OAUTH2_CLIENTSECRET",
    "OPENAI_API_KEY", "OS_PASSWORD", "OS_USERNAME", "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY",
    "STRIPE_DEVICE_NAME", "TRAVIS_OS_NAME", "TRAVIS_SECURE_ENV_VARS", "TRAVIS_SUDO", "VAULT_CLIENT_KEY",
    "VAULT_TOKEN"};

// Parts of a name that suggest a secret (compared in lower case).
constexpr std::array<std::string_view, 7> kSuspiciousParts = {"api_key", "client_key", "password", "private",
                                                              "secret",  "token",      "username"};

bool looksSensitive(const std::string& name)
{
    std::string upper = name;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    if (std::find(kKnownNames.begin(), kKnownNames.end(), upper) != kKnownNames.end()) return true;
    const std::string lower = support::toLower(name);
    return std::any_of(kSuspiciousParts.begin(), kSuspiciousParts.end(),
                       [&](std::string_view part) { return lower.find(part) != std::string::npos; });
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
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Arg && instruction->keyword != df::Keyword::Env) continue;
            const df::KeyValue* first = nullptr;
            std::string names;
            for (const df::KeyValue& pair : instruction->pairs) {
                std::string name = support::pairKey(pair);
                if (!looksSensitive(name)) continue;
                if (!first) first = &pair;
                names += (names.empty() ? "`" : ", `") + name + "`";
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
