#include "lint/support_dockwarden.h"
#include "util/text.h"

#include <functional>
#include <set>

namespace dw::lint::rules {
namespace {

struct WantedLabel {
    std::string_view oci;
    std::string_view labelSchema; ///< the older label-schema.org name that says the same
    std::string_view what;
    std::string_view whatZh;
};

constexpr WantedLabel kWanted[] = {
    {"org.opencontainers.image.source", "org.label-schema.vcs-url", "where its source code lives", "源代码地址"},
    {"org.opencontainers.image.version", "org.label-schema.version", "which version it is", "版本号"},
};

class DW1007 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1007",
            .severity = Severity::Info,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL3049"},
            .title = {"The final image lacks OCI source and version labels", "最终镜像缺少 OCI 的 source 和 version 标签"},
            .explanation = {
                "Labels are how people and tools find out what an image is: `org.opencontainers.image.source` "
                "links it to its repository (registries such as GHCR use it to connect the package to the code, "
                "and scanners to point at the fix), and `org.opencontainers.image.version` says which release is "
                "running. Set them in the final stage, typically from build arguments: "
                "`ARG VERSION` then `LABEL org.opencontainers.image.source=\"https://github.com/org/repo\" "
                "org.opencontainers.image.version=\"$VERSION\"`. The older label-schema.org names are accepted.",
                "标签让人和工具知道镜像是什么：`org.opencontainers.image.source` 把镜像和代码仓库关联起来（GHCR 等镜像仓库"
                "用它连接软件包与代码，扫描器用它指向修复），`org.opencontainers.image.version` 说明运行的是哪个版本。"
                "请在最终阶段设置它们，通常取自构建参数：先 `ARG VERSION`，再 `LABEL "
                "org.opencontainers.image.source=\"https://github.com/org/repo\" "
                "org.opencontainers.image.version=\"$VERSION\"`。旧的 label-schema.org 名称同样认可。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        const std::vector<int>& chain = ctx.finalStageChain();
        if (chain.empty()) return;
        std::set<std::string, std::less<>> labels;
        for (int stage : chain) {
            const df::Stage& s = file.stages[stage];
            for (std::size_t i = s.fromIndex; i < s.endIndex; ++i) {
                const df::Instruction& in = file.instructions[i];
                if (in.keyword != df::Keyword::Label) continue;
                for (const df::KeyValue& pair : in.pairs) {
                    if (pair.value && support::unquote(pair.value->value).empty()) continue;
                    labels.insert(support::toLower(support::unquote(pair.key.value)));
                }
            }
        }
        const df::Instruction& from = file.instructions[file.stages[chain.front()].fromIndex];
        for (const WantedLabel& wanted : kWanted) {
            if (labels.contains(wanted.oci) || labels.contains(wanted.labelSchema)) continue;
            out.push_back(finding(from.range,
                                  {util::concat({"The final image has no `", wanted.oci, "` label saying ", wanted.what}),
                                   util::concat({"最终镜像没有说明", wanted.whatZh, "的 `", wanted.oci, "` 标签"})}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1007() { return std::make_unique<DW1007>(); }

} // namespace dw::lint::rules
