#include "lint/support_dockwarden.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <vector>

namespace dw::lint::rules {
namespace {

/// One package manager whose download cache this rule looks for.
struct CacheTool {
    std::vector<std::string_view> names;       ///< command names
    std::vector<std::string_view> subcommands; ///< first positional argument; empty: any argument
    std::vector<std::string_view> dirs;        ///< path fragments of its cache ("/.npm")
    std::vector<std::string_view> skipFlags;   ///< flags that avoid the cache
    std::vector<std::string_view> cleanups;    ///< `<name> <args...>` that empties the cache
    LocalizedText what;
    LocalizedText hint;
};

const CacheTool kTools[] = {
    {{"npm"}, {"install", "i", "ci", "add", "update", "up", "in"}, {".npm"}, {}, {"cache clean"},
     {"npm keeps its download cache (~/.npm) in the layer", "npm 把下载缓存（~/.npm）留在了这一层"},
     {"add `&& npm cache clean --force` or use `RUN --mount=type=cache,target=/root/.npm`",
      "请追加 `&& npm cache clean --force`，或使用 `RUN --mount=type=cache,target=/root/.npm`"}},
    {{"composer", "composer.phar"}, {"install", "update", "require", "create-project", "upgrade"},
     {"composer/cache", ".composer", "/tmp/cache", "COMPOSER_HOME", "COMPOSER_CACHE_DIR"},
     {"no-cache"},
     {"clear-cache", "clearcache", "cc"},
     {"Composer keeps its download cache in the layer", "Composer 把下载缓存留在了这一层"},
     {"add `--no-cache`, run `composer clear-cache` in the same RUN, or use a cache mount",
      "请加上 `--no-cache`，或在同一 RUN 中执行 `composer clear-cache`，或使用缓存挂载"}},
    {{"gem"}, {"install"}, {}, {"no-document", "no-doc", "N", "no-rdoc"}, {},
     {"gem install also generates ri/rdoc documentation into the layer", "gem install 会把 ri/rdoc 文档一并生成到这一层"},
     {"add `--no-document`", "请加上 `--no-document`"}},
    {{"mvn", "mvnw"}, {}, {".m2"}, {}, {},
     {"Maven keeps its local repository (~/.m2) in the layer", "Maven 把本地仓库（~/.m2）留在了这一层"},
     {"use `RUN --mount=type=cache,target=/root/.m2`, or build in an earlier stage",
      "请使用 `RUN --mount=type=cache,target=/root/.m2`，或在前面的构建阶段中构建"}},
    {{"gradle", "gradlew"}, {}, {".gradle"}, {}, {},
     {"Gradle keeps its caches (~/.gradle) in the layer", "Gradle 把缓存（~/.gradle）留在了这一层"},
     {"use `RUN --mount=type=cache,target=/root/.gradle`, or build in an earlier stage",
      "请使用 `RUN --mount=type=cache,target=/root/.gradle`，或在前面的构建阶段中构建"}},
};

bool mentionsDir(std::string_view path, const CacheTool& tool)
{
    return std::any_of(tool.dirs.begin(), tool.dirs.end(),
                       [&](std::string_view dir) { return path.find(dir) != std::string_view::npos; });
}

/// The same RUN empties the cache: `npm cache clean`, `rm -rf ~/.npm`, or a cache mount covers the directory.
bool cacheHandled(const LintContext& ctx, const df::Instruction& run, const CacheTool& tool)
{
    for (const std::string& target : dwsupport::cacheMountTargets(run))
        if (mentionsDir(target, tool)) return true;
    const sh::Script& script = ctx.shell(run);
    for (const sh::Command& command : script.commands) {
        const std::string_view name = command.name();
        if (name == "rm") {
            const auto args = command.argsNoFlags();
            if (std::any_of(args.begin(), args.end(), [&](std::string_view a) { return mentionsDir(a, tool); }))
                return true;
        }
        if (std::find(tool.names.begin(), tool.names.end(), name) == tool.names.end()) continue;
        const auto args = command.argsNoFlags();
        std::string joined;
        for (const std::string_view arg : args) {
            if (!joined.empty()) joined += ' ';
            joined += arg;
        }
        for (std::string_view cleanup : tool.cleanups)
            if (joined.starts_with(cleanup)) return true;
    }
    return false;
}

/// Bit t set when `name` is one of kTools[t].names.
unsigned toolsNamed(std::string_view name)
{
    // Runs for every command of every RUN: names that cannot be a tool's go after one test of their first byte.
    static const auto kFirstBytes = [] {
        std::array<bool, 256> firsts{};
        for (const CacheTool& tool : kTools)
            for (std::string_view toolName : tool.names) firsts[static_cast<unsigned char>(toolName.front())] = true;
        return firsts;
    }();
    if (name.empty() || !kFirstBytes[static_cast<unsigned char>(name.front())]) return 0;
    unsigned bits = 0;
    for (std::size_t t = 0; t < std::size(kTools); ++t)
        if (std::find(kTools[t].names.begin(), kTools[t].names.end(), name) != kTools[t].names.end()) bits |= 1u << t;
    return bits;
}

bool runsTool(const sh::Command& command, const CacheTool& tool)
{
    if (std::find(tool.names.begin(), tool.names.end(), command.name()) == tool.names.end()) return false;
    const auto args = command.argsNoFlags();
    if (args.empty()) return false; // `mvn --version`
    if (!tool.subcommands.empty() &&
        std::find(tool.subcommands.begin(), tool.subcommands.end(), args.front()) == tool.subcommands.end())
        return false;
    for (std::string_view flag : tool.skipFlags)
        if (command.hasFlag(flag)) return false;
    return !(command.name() == "gem" && command.hasFlag("no-ri") && command.hasFlag("no-rdoc"));
}

class DW1009 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1009",
            .severity = Severity::Info,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::BuildCache,
            .refs = {"dockle:DKL-LI-0003"},
            .title = {"A language package manager leaves its cache in the image", "语言包管理器把缓存留在了镜像里"},
            .explanation = {
                "Download caches and generated documentation are useless at run time but stay in the layer that "
                "created them, adding megabytes (often hundreds for Maven and Gradle) to every pull. This rule "
                "covers npm, Composer, RubyGems documentation, Maven and Gradle in stages that end up in the "
                "final image (hadolint already covers apt, apk, pip, yum/dnf, zypper and yarn). Best: mount a "
                "BuildKit cache, e.g. `RUN --mount=type=cache,target=/root/.npm npm ci`, which also speeds up "
                "rebuilds; otherwise clean the cache in the same RUN (`npm cache clean --force`, "
                "`composer clear-cache`) or pass the tool's no-cache option (`composer --no-cache`, "
                "`gem install --no-document`). Official ruby images already configure `--no-document`.",
                "下载缓存和生成的文档在运行时毫无用处，却会留在产生它们的那一层里，让每次拉取多出若干 MB（Maven、Gradle "
                "常常是几百 MB）。本规则检查最终镜像所含阶段中的 npm、Composer、RubyGems 文档、Maven 和 Gradle"
                "（apt、apk、pip、yum/dnf、zypper、yarn 已由 hadolint 检查）。最好挂载 BuildKit 缓存，例如 "
                "`RUN --mount=type=cache,target=/root/.npm npm ci`，还能加快重复构建；否则请在同一 RUN 中清理缓存"
                "（`npm cache clean --force`、`composer clear-cache`），或使用工具的免缓存选项（`composer --no-cache`、"
                "`gem install --no-document`）。官方 ruby 镜像已默认配置 `--no-document`。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        std::optional<bool> rubyImage; // worked out on the first gem command: most files run none
        const auto onRubyImage = [&] {
            if (!rubyImage) {
                const df::Stage* base = dwsupport::finalBaseStage(ctx);
                rubyImage = base && dwsupport::hubName(support::parseImageRef(base->image.value)) == "ruby";
            }
            return *rubyImage;
        };
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run || !dwsupport::shipsInFinalImage(ctx, *run)) continue;
            const sh::Script& script = ctx.shell(*run);
            unsigned named = 0; // bit t: some command is named like kTools[t]; most RUNs name none of them
            for (const sh::Command& command : script.commands) named |= toolsNamed(command.name());
            for (std::size_t t = 0; t < std::size(kTools); ++t) {
                const CacheTool& tool = kTools[t];
                if (!(named & (1u << t)) || (tool.names.front() == "gem" && onRubyImage())) continue;
                auto it = std::find_if(script.commands.begin(), script.commands.end(),
                                       [&](const sh::Command& c) { return runsTool(c, tool); });
                if (it == script.commands.end() || cacheHandled(ctx, *run, tool)) continue;
                out.push_back(finding(dwsupport::runRange(ctx, *run, it->begin, it->end),
                                      {tool.what.en + ": " + tool.hint.en, tool.what.zh + "：" + tool.hint.zh}));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1009() { return std::make_unique<DW1009>(); }

} // namespace dw::lint::rules
