#include "lint/support_packages.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

// `PIP_NO_CACHE_DIR=1 pip ...`, `export PIP_NO_CACHE_DIR=yes`, `env PIP_NO_CACHE_DIR=on pip ...`.
bool scriptDisablesCache(const sh::Script& script)
{
    const std::string_view key = "PIP_NO_CACHE_DIR=";
    const auto disables = [key](const sh::Word& word) {
        return support::startsWith(word.text, key) && packages::isTruthy(std::string_view(word.text).substr(key.size()));
    };
    return std::any_of(script.commands.begin(), script.commands.end(), [&](const sh::Command& command) {
        return std::any_of(command.assignments.begin(), command.assignments.end(), disables) ||
               std::any_of(command.words.begin(), command.words.end(), disables);
    });
}

// A cache or tmpfs mount on pip's cache directory (~/.cache/pip, ~/.cache, or a PIP_CACHE_DIR named .../pip).
bool cacheOnMount(const df::Instruction& run)
{
    const std::vector<std::string> targets = packages::cacheMountTargets(run);
    return std::any_of(targets.begin(), targets.end(), [](const std::string& target) {
        return support::endsWith(target, "/.cache") || support::endsWith(target, "/pip");
    });
}

class DL3042 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3042",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::BuildCache,
            .refs = {"hadolint:DL3042"},
            .title = {"pip install keeps its download cache in the image; add `--no-cache-dir`",
                      "pip install 会把下载缓存留在镜像中；请加上 `--no-cache-dir`"},
            .explanation = {
                "pip saves every downloaded wheel and source archive under ~/.cache/pip. Inside an image build "
                "that cache is never reused, it only makes the layer larger. Add `--no-cache-dir` to "
                "`pip install`, or set `ENV PIP_NO_CACHE_DIR=1` once for the stage. With BuildKit you can "
                "instead mount `--mount=type=cache,target=/root/.cache/pip`, which keeps the cache out of the "
                "image and speeds up later builds.",
                "pip 会把下载的每个 wheel 和源码包保存在 ~/.cache/pip 下。在镜像构建中这份缓存不会被再次使用，只会让层"
                "变大。请给 `pip install` 加上 `--no-cache-dir`，或在该阶段设置一次 `ENV PIP_NO_CACHE_DIR=1`。使用 "
                "BuildKit 时也可以挂载 `--mount=type=cache,target=/root/.cache/pip`，既让缓存不进入镜像，又能加快"
                "后续构建。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const auto& stages = ctx.file().stages;
        std::vector<bool> stageDisables(stages.size(), false); // ENV PIP_NO_CACHE_DIR in effect at stage end
        bool disabled = false;
        for (const df::Instruction* instruction : ctx.instructions()) {
            const int stage = instruction->stage;
            if (instruction->keyword == df::Keyword::From && stage >= 0) {
                const int base = stages[static_cast<std::size_t>(stage)].baseStage;
                disabled = base >= 0 && stageDisables[static_cast<std::size_t>(base)];
            } else if (instruction->keyword == df::Keyword::Env) {
                for (const df::KeyValue& pair : instruction->pairs)
                    if (pair.key.value == "PIP_NO_CACHE_DIR")
                        disabled = pair.value && packages::isTruthy(support::unquote(pair.value->value));
            } else if (instruction->keyword == df::Keyword::Run && !disabled) {
                checkRun(ctx, *instruction, out);
            }
            if (stage >= 0 && !ctx.onbuildPass()) stageDisables[static_cast<std::size_t>(stage)] = disabled;
        }
    }

private:
    void checkRun(const LintContext& ctx, const df::Instruction& run, std::vector<Finding>& out) const
    {
        const sh::Script& script = ctx.shell(run);
        std::vector<TextEdit> edits;
        for (const sh::Command& command : script.commands) {
            const auto pip = packages::pipInstall(command);
            if (!pip || pip->wrapper || pip->args.has("no-cache-dir")) continue;
            edits.push_back(support::insertEdit(packages::positionAfter(ctx, run, *pip->install), " --no-cache-dir"));
        }
        // The settings that excuse a pip install are looked for only once there is one (most RUNs have none).
        if (edits.empty() || scriptDisablesCache(script) || cacheOnMount(run)) return;
        Finding f = finding(run.range);
        f.fixes.push_back(support::makeFix("Add --no-cache-dir", "添加 --no-cache-dir", std::move(edits)));
        out.push_back(std::move(f));
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3042() { return std::make_unique<DL3042>(); }

} // namespace dw::lint::rules
