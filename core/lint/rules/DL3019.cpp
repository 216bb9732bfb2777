#include "lint/support_packages.h"

namespace dw::lint::rules {
namespace {

class DL3019 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3019",
            .severity = Severity::Info,
            .family = RuleFamily::Hadolint,
            .practice = Practice::BuildCache,
            .refs = {"hadolint:DL3019", "trivy:DS-0025", "dockle:DKL-DI-0004"},
            .title = {"apk add keeps its package index in the image; use `--no-cache`",
                      "apk add 会把软件包索引留在镜像中；请使用 `--no-cache`"},
            .explanation = {
                "Unless told otherwise, apk keeps the downloaded repository index (and, when caching is "
                "enabled, the packages) under /var/cache/apk, where it adds weight to the layer and goes stale. "
                "`apk add --no-cache` fetches a fresh index, installs, and leaves nothing behind, so neither "
                "`apk update` nor `rm -rf /var/cache/apk/*` is needed. With BuildKit, a "
                "`--mount=type=cache,target=/var/cache/apk` mount keeps the cache out of the image as well and "
                "reuses it between builds.",
                "默认情况下，apk 会把下载的仓库索引（启用缓存时还有软件包）保存在 /var/cache/apk 下，既增加层的体积，"
                "又很快过时。`apk add --no-cache` 会获取最新索引、完成安装且不留下任何缓存，因此不再需要 `apk update` "
                "或 `rm -rf /var/cache/apk/*`。使用 BuildKit 时，挂载 `--mount=type=cache,target=/var/cache/apk` "
                "同样能让缓存不进入镜像，并在多次构建之间复用。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            std::vector<TextEdit> edits;
            const sh::Script& script = ctx.shell(*run);
            if (!script.hasCommand("apk")) continue; // most RUNs run no apk
            for (const sh::Command& command : script.commands) {
                const auto args = packages::apkAdd(command);
                if (!args || args->has("no-cache")) continue;
                edits.push_back(support::insertEdit(packages::positionAfter(ctx, *run, *args->subcommand()),
                                                    " --no-cache"));
            }
            // A cache mount excuses the RUN; it is looked for only once there is an `apk add` to excuse.
            if (edits.empty() || packages::hasCacheMountAt(*run, "/var/cache/apk") ||
                packages::hasCacheMountAt(*run, "/etc/apk/cache"))
                continue;
            Finding f = finding(run->range);
            f.fixes.push_back(support::makeFix("Add --no-cache", "添加 --no-cache", std::move(edits)));
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3019() { return std::make_unique<DL3019>(); }

} // namespace dw::lint::rules
