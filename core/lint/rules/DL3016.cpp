#include "lint/support_packages.h"

#include <algorithm>
#include <array>

namespace dw::lint::rules {
namespace {

const packages::OptionSpec& npmOptions()
{
    static const packages::OptionSpec spec{
        .shortWithValue = {'w'},
        .longWithValue = {"registry", "loglevel", "prefix", "cache", "userconfig", "globalconfig", "tag",
                          "save-prefix", "omit", "include", "workspace", "install-strategy", "before", "otp",
                          "scope", "cpu", "os", "libc", "location", "script-shell", "proxy", "https-proxy",
                          "cafile", "ca", "auth-type", "fetch-retries", "fetch-timeout", "maxsockets"},
        .longWithoutValue = {},
    };
    return spec;
}

constexpr std::array<std::string_view, 4> kGitPrefixes = {"git://", "git+ssh://", "git+http://", "git+https://"};
constexpr std::array<std::string_view, 3> kTarballs = {".tar", ".tar.gz", ".tgz"};
constexpr std::array<std::string_view, 5> kLocalPrefixes = {"/", "./", "../", "~/", "file:"};

bool isPinned(std::string_view spec)
{
    const auto startsWithAny = [spec](const auto& prefixes) {
        return std::any_of(prefixes.begin(), prefixes.end(),
                           [spec](std::string_view prefix) { return support::startsWith(spec, prefix); });
    };
    if (spec.find('#') != std::string_view::npos) return true; // git URL or `user/repo` with #commit or #semver:
    if (startsWithAny(kGitPrefixes)) return false;
    if (std::any_of(kTarballs.begin(), kTarballs.end(),
                    [spec](std::string_view suffix) { return support::endsWith(spec, suffix); }))
        return true;
    if (startsWithAny(kLocalPrefixes) || spec == "." || spec == "..") return true;
    // `name@version` or `@scope/name@version`: the scope's own '@' does not count.
    if (support::startsWith(spec, "@")) {
        const std::size_t slash = spec.find('/');
        spec = slash == std::string_view::npos ? std::string_view{} : spec.substr(slash + 1);
    }
    return spec.find('@') != std::string_view::npos;
}

class DL3016 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3016",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImmutableTags,
            .refs = {"hadolint:DL3016"},
            .title = {"npm install names a package without a version", "npm install 安装的软件包未指定版本"},
            .explanation = {
                "`npm install name` resolves to the newest release on the registry at build time, so the image "
                "changes whenever a new version (or a malicious one) is published. Name the version with "
                "`name@1.2.3`, give git URLs a `#commit` or `#semver:` ref, or install from a committed "
                "package-lock.json with `npm ci`.",
                "`npm install 包名` 会在构建时解析为仓库中最新的版本，每当有新版本（或恶意版本）发布，镜像内容就会变化。"
                "请用 `包名@1.2.3` 写明版本，为 git 地址加上 `#提交` 或 `#semver:` 引用，或者用 `npm ci` 按已提交的 "
                "package-lock.json 安装。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            std::string unpinned;
            for (const sh::Command* command : ctx.shell(*run).commandsNamed("npm")) {
                const packages::ParsedArgs args = packages::parseArgs(*command, npmOptions());
                const sh::Word* sub = args.subcommand();
                if (!sub || (sub->text != "install" && sub->text != "i" && sub->text != "add")) continue;
                for (const sh::Word* package : args.operandsAfter(sub->text)) {
                    if (package->hasExpansion || isPinned(package->text)) continue;
                    support::appendCodeItem(unpinned, package->text);
                }
            }
            if (unpinned.empty()) continue;
            out.push_back(finding(run->range, {"npm install without a pinned version: " + unpinned,
                                               "npm install 未固定版本的软件包：" + unpinned}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3016() { return std::make_unique<DL3016>(); }

} // namespace dw::lint::rules
