#include "lint/rule_support.h"
#include "util/text.h"
#include "lint/support_buildkit.h"

namespace dw::lint::rules {
namespace {

// Whether one of the '_'-separated words of `key` is one of `tokens` (case-insensitive).
bool hasWord(std::string_view key, std::initializer_list<std::string_view> tokens)
{
    std::size_t start = 0;
    while (true) {
        std::size_t end = key.find('_', start);
        std::string_view word = key.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        for (auto token : tokens)
            if (util::equalsLower(word, token)) return true;
        if (end == std::string_view::npos) return false;
        start = end + 1;
    }
}

bool looksSecret(std::string_view key)
{
    return hasWord(key, {"apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret",
                         "token"}) &&
           !hasWord(key, {"public", "file", "version"});
}

class SecretsUsedInArgOrEnv final : public buildkit::DispatchRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "SecretsUsedInArgOrEnv",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::NoSecrets,
            .refs = {"buildkit:SecretsUsedInArgOrEnv", "trivy:DS-0031", "dockle:CIS-DI-0010"},
            .title = {"An ARG or ENV name suggests it carries a secret", "ARG 或 ENV 的名称表明它携带机密信息"},
            .explanation = {
                "Values of ENV are stored in the image configuration, and ARG values are recorded in the build "
                "history and visible to every RUN, so a password, token or key passed this way can be read by anyone "
                "who gets the image. Pass secrets with `RUN --mount=type=secret,id=...` (and `docker build --secret`) "
                "instead; rename the variable if it does not actually hold a secret.",
                "ENV 的值保存在镜像配置中，ARG 的值会记录在构建历史里并对所有 RUN 可见，因此以这种方式传入的密码、令牌或密钥，"
                "任何拿到镜像的人都能读到。请改用 `RUN --mount=type=secret,id=...`（配合 `docker build --secret`）传递机密；"
                "如果该变量其实并不保存机密，请为它改名。"},
        };
        return info;
    }

    void prepare(const LintContext& ctx, std::vector<Finding>& out, buildkit::DispatchHooks& hooks) const override
    {
        hooks.before = [this, &ctx, &out](const df::Instruction& instruction, const buildkit::StageState& state) {
            const bool env = instruction.keyword == df::Keyword::Env;
            if (!env && instruction.keyword != df::Keyword::Arg) return;
            for (const auto& pair : instruction.pairs) {
                const std::string key =
                    env ? buildkit::processWord(pair.key.value, state.env, ctx.file().escape).result : pair.key.value;
                if (!looksSecret(key)) continue;
                const std::string what = std::string(env ? "ENV " : "ARG ") + buildkit::goQuote(key);
                out.push_back(finding(buildkit::reportRange(instruction, pair.key.range),
                                      {"Do not use ARG or ENV instructions for sensitive data (" + what + ")",
                                       "不要用 ARG 或 ENV 指令传递敏感数据（" + what + "）"}));
            }
        };
        hooks.only = {df::Keyword::Env, df::Keyword::Arg};
    }
};

} // namespace

std::unique_ptr<Rule> make_SecretsUsedInArgOrEnv() { return std::make_unique<SecretsUsedInArgOrEnv>(); }

} // namespace dw::lint::rules
