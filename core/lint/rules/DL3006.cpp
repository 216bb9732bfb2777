#include "lint/rule_support.h"
#include "util/text.h"

namespace dw::lint::rules {
namespace {

class DL3006 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3006",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImmutableTags,
            .refs = {"hadolint:DL3006", "trivy:DS-0001", "cis-docker:4.2"},
            .title = {"The base image has no tag: name an explicit version", "基础镜像未指定标签：请写明具体版本"},
            .explanation = {
                "Without a tag, FROM pulls whatever `latest` points to on the day of the build, so two builds of "
                "the same Dockerfile can start from different images. Name a specific version, for example "
                "`FROM debian:12.5-slim`, or pin the digest as well.",
                "不写标签时，FROM 会拉取构建当天 `latest` 指向的镜像，同一个 Dockerfile 两次构建可能基于不同的镜像。"
                "请写明具体版本，例如 `FROM debian:12.5-slim`，最好同时固定摘要（digest）。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Stage& stage : ctx.file().stages) {
            const std::string& image = stage.image.value;
            if (image.empty() || support::hasVariable(image) || util::equalsLower(image, "scratch")) continue;
            if (ctx.file().findStage(image, stage.index)) continue;
            support::ImageRef ref = support::parseImageRef(image);
            if (ref.tag.empty() && ref.digest.empty()) out.push_back(finding(stage.image.range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3006() { return std::make_unique<DL3006>(); }

} // namespace dw::lint::rules
