#include "lint/rule_support.h"

namespace dw::lint::rules {
namespace {

class DL3007 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3007",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImmutableTags,
            .refs = {"hadolint:DL3007", "trivy:DS-0001", "dockle:DKL-DI-0006"},
            .title = {"The base image uses the `latest` tag", "基础镜像使用了 `latest` 标签"},
            .explanation = {
                "`latest` is only a default name that the publisher moves to each new release, so the build starts "
                "from a different image whenever it changes, including a new major version. Builds stop being "
                "reproducible and a rebuild can break for no visible reason. Name the version you tested, e.g. "
                "`FROM node:20.11-bookworm-slim`, and pin its digest for full immutability.",
                "`latest` 只是一个默认名称，发布者会把它指向每个新版本，因此它一变，构建的起点就变了，甚至可能跨越大版本。"
                "构建不再可复现，重新构建可能无缘无故失败。请写明测试过的版本，例如 "
                "`FROM node:20.11-bookworm-slim`，并固定摘要以确保不可变。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        for (const df::Stage& stage : ctx.file().stages) {
            const support::ImageRef ref = support::parseImageRef(stage.image.value);
            if (ref.tag == "latest" && ref.digest.empty()) out.push_back(finding(stage.image.range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3007() { return std::make_unique<DL3007>(); }

} // namespace dw::lint::rules
