#include "lint/support_dockwarden.h"
#include "util/text.h"

namespace dw::lint::rules {
namespace {

class DW1006 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1006",
            .severity = Severity::Info,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::ImmutableTags,
            .refs = {"cis-docker:4.2"},
            .title = {"The base image is not pinned by digest", "基础镜像未用摘要（digest）固定"},
            .explanation = {
                "Tags are mutable: the publisher can push a different image under the same tag, or delete it, so "
                "the same Dockerfile can build on different content from one day to the next, and a tampered "
                "image would be picked up silently. Add the digest you have reviewed, for example "
                "`FROM debian:12-slim@sha256:<digest>` (`docker buildx imagetools inspect debian:12-slim` shows "
                "it); keep the tag for readability and let a bot such as Renovate or Dependabot update the digest.",
                "标签是可变的：发布者可以在同一标签下推送不同的镜像，或直接删除，因此同一个 Dockerfile 今天和明天可能基于"
                "不同的内容构建，被篡改的镜像也会被悄悄用上。请附上你审核过的摘要，例如 "
                "`FROM debian:12-slim@sha256:<摘要>`（可用 `docker buildx imagetools inspect debian:12-slim` 查看）；"
                "保留标签以便阅读，并让 Renovate、Dependabot 等工具自动更新摘要。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Stage& stage : ctx.file().stages) {
            const std::string& image = stage.image.value;
            if (image.empty() || support::hasVariable(image) || image.find("{{") != std::string::npos ||
                util::equalsLower(image, "scratch"))
                continue;
            if (stage.baseStage >= 0 || ctx.file().findStage(image, stage.index)) continue;
            if (!support::parseImageRef(image).digest.empty()) continue;
            out.push_back(finding(stage.image.range,
                                  {util::concat({"`", image, "` is referenced by tag only; pin it with `@sha256:...`"}),
                                   util::concat({"`", image, "` 只用标签引用；请用 `@sha256:...` 固定"})}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1006() { return std::make_unique<DW1006>(); }

} // namespace dw::lint::rules
