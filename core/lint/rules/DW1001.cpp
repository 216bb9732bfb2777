#include "lint/support_dockwarden.h"
#include "util/secrets.h"

namespace dw::lint::rules {
namespace {

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
            for (const df::KeyValue& pair : in->pairs) checkPair(ctx, *in, pair, out);
        }
    }

private:
    void checkPair(const LintContext& ctx, const df::Instruction& in, const df::KeyValue& pair,
                   std::vector<Finding>& out) const
    {
        const std::string name = support::unquote(pair.key.value);
        const std::string value = pair.value ? support::unquote(pair.value->value) : std::string();
        const df::Range range = dwsupport::onFirstLine(in, pair.range);
        const auto whereText = [&] { return in.name() + " `" + name + "`"; };
        if (auto hit = dwsupport::secretToken(ctx.secretIn(value))) {
            const std::string where = whereText();
            out.push_back(finding(range, {where + " holds what looks like " + hit->kind.en + " (`" +
                                              dwsupport::redact(hit->secret) + "`)",
                                          where + " 的值看起来是" + hit->kind.zh + "（`" +
                                              dwsupport::redact(hit->secret) + "`）"}));
        } else if (auto keyHit = dwsupport::secretToken(ctx.secretIn(name))) {
            out.push_back(finding(range, {in.name() + " uses what looks like " + keyHit->kind.en + " as a name (`" +
                                              dwsupport::redact(keyHit->secret) + "`)",
                                          in.name() + " 的名称看起来是" + keyHit->kind.zh + "（`" +
                                              dwsupport::redact(keyHit->secret) + "`）"}));
        } else if (ctx.isSecretName(name) && !dwsupport::isPlaceholderSecret(value) && !isUrlWithoutPassword(value)) {
            const std::string where = whereText();
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
