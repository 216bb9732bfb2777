#include "lint/support_instructions.h"

namespace dw::lint::rules {
namespace {

class DL3026 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3026",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::SignedImages,
            .refs = {"hadolint:DL3026", "cis-docker:4.2"},
            .title = {"The image comes from a registry outside the trusted list",
                      "镜像来自受信任列表之外的镜像仓库"},
            .explanation = {
                "The project's configuration (`trustedRegistries`) lists the registries images may come from; "
                "this image, used by FROM, `COPY --from` or `RUN --mount=from=`, comes from another one. Content "
                "from an unvetted registry can change or be replaced without the checks your own registries "
                "apply. Mirror the image into a trusted registry and reference it there, or add the registry to "
                "the list if it has been reviewed. Images without a registry name come from Docker Hub "
                "(`docker.io`).",
                "项目配置（`trustedRegistries`）列出了允许使用的镜像仓库，而这个被 FROM、`COPY --from` 或 "
                "`RUN --mount=from=` 使用的镜像来自其他仓库。未经审核的仓库中的内容可能被更改或替换，且不受你自己仓库的"
                "检查约束。请把镜像同步到受信任的仓库并从那里引用；如果该仓库已经过审核，也可以把它加入列表。未写仓库名"
                "的镜像来自 Docker Hub（`docker.io`）。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const std::vector<std::string>& trusted = ctx.config().trustedRegistries;
        if (trusted.empty() || ctx.onbuildPass()) return;
        const df::Dockerfile& file = ctx.file();
        for (const df::Stage& stage : file.stages) {
            if (stage.baseStage >= 0 || support::toLower(stage.image.value) == "scratch") continue;
            report(trusted, stage.image.value, stage.image.range, out);
        }
        for (const df::Instruction* instruction : ctx.instructions()) {
            auto checkRef = [&](std::string_view ref, const df::Flag& flag) {
                ref = support::dropQuotes(ref);
                const bool digits = !ref.empty() && ref.find_first_not_of("0123456789") == std::string_view::npos;
                if (digits || file.findStage(ref, instruction->stage + 1)) return; // a stage, not an image
                report(trusted, ref, support::rangeOnFirstLine(*instruction, flag.range), out);
            };
            if (instruction->keyword == df::Keyword::Copy) {
                if (const df::Flag* from = instruction->flag("from"); from && from->value) checkRef(*from->value, *from);
            } else if (instruction->keyword == df::Keyword::Run) {
                for (const df::Flag* mount : instruction->flagsNamed("mount")) {
                    if (!mount->value) continue;
                    if (auto from = support::csvField(*mount->value, "from")) checkRef(*from, *mount);
                }
            }
        }
    }

private:
    void report(const std::vector<std::string>& trusted, std::string_view image, const df::Range& range,
                std::vector<Finding>& out) const
    {
        if (image.empty() || support::hasVariable(image)) return;
        const std::string registry = support::parseImageRef(image).registry;
        // No registry name means Docker Hub, which configurations name as docker.io or hub.docker.com.
        const std::vector<std::string> names =
            registry.empty() ? std::vector<std::string>{"docker.io", "hub.docker.com"} : std::vector{registry};
        for (const std::string& pattern : trusted)
            for (const std::string& name : names)
                if (support::registryMatches(pattern, name)) return;
        const std::string shown = registry.empty() ? "docker.io" : registry;
        out.push_back(finding(range, {"Image `" + std::string(image) + "` comes from the untrusted registry " + shown,
                                      "镜像 `" + std::string(image) + "` 来自不受信任的仓库 " + shown}));
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3026() { return std::make_unique<DL3026>(); }

} // namespace dw::lint::rules
