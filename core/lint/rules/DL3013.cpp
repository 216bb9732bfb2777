#include "lint/support_packages.h"

#include <algorithm>
#include <array>

namespace dw::lint::rules {
namespace {

constexpr std::array<std::string_view, 6> kVcsPrefixes = {"git+", "hg+", "svn+", "bzr+", "git://", "svn://"};

bool isVcs(std::string_view package)
{
    return std::any_of(kVcsPrefixes.begin(), kVcsPrefixes.end(),
                       [package](std::string_view prefix) { return support::startsWith(package, prefix); });
}

// `git+https://host/org/repo.git@v1.2#egg=x` is pinned by the `@ref` after the host part.
bool isPinnedVcs(std::string_view url)
{
    url = url.substr(0, url.find('#'));
    const std::size_t scheme = url.find("://");
    if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
    const std::size_t path = url.find('/');
    return path != std::string_view::npos && url.find('@', path) != std::string_view::npos;
}

bool isPinned(std::string_view package)
{
    if (isVcs(package)) return isPinnedVcs(package);
    // PEP 440 specifiers: ==, ===, !=, ~=, >=, <=, >, <.
    if (package.find_first_of("<>") != std::string_view::npos) return true;
    for (std::string_view op : {"==", "!=", "~="})
        if (package.find(op) != std::string_view::npos) return true;
    // Local wheels and sdists, paths and archive URLs name one exact artifact.
    return support::endsWith(package, ".whl") || support::endsWith(package, ".tar.gz") ||
           package.find('/') != std::string_view::npos || package == "." || package == "..";
}

class DL3013 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3013",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImmutableTags,
            .refs = {"hadolint:DL3013"},
            .title = {"pip install names a package without a version", "pip install 安装的软件包未指定版本"},
            .explanation = {
                "A bare package name makes pip take the newest release on PyPI at build time, so rebuilding "
                "can pull in a new major version, a yanked release or a compromised upload. Pin each package "
                "(`pip install requests==2.31.0`) or install from a requirements or constraints file "
                "(`pip install -r requirements.txt`, ideally with hashes); VCS URLs should name a tag or commit "
                "(`git+https://...@v1.2`).",
                "只写包名时，pip 会在构建时安装 PyPI 上最新的版本，重新构建可能引入新的大版本、已撤回的版本，甚至被"
                "篡改的上传。请为每个软件包固定版本（`pip install requests==2.31.0`），或从需求/约束文件安装"
                "（`pip install -r requirements.txt`，最好带哈希）；VCS 地址应指明标签或提交（`git+https://...@v1.2`）。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            std::string unpinned;
            for (const sh::Command& command : ctx.shell(*run).commands) {
                const auto pip = packages::pipInstall(command);
                if (!pip || pip->pipenv) continue;
                // Requirements, constraints and the local project decide the versions elsewhere.
                const packages::ParsedArgs& args = pip->args;
                if (args.hasAny({"r", "requirement", "c", "constraint"})) continue;
                const std::vector<const sh::Word*> names = args.operandsAfter("install");
                if (std::any_of(names.begin(), names.end(), [](const sh::Word* word) { return word->text == "."; }))
                    continue;
                for (const sh::Word* package : names) {
                    if (package->hasExpansion || isPinned(package->text)) continue;
                    support::appendCodeItem(unpinned, package->text);
                }
            }
            if (unpinned.empty()) continue;
            out.push_back(finding(run->range, {"pip install without a pinned version: " + unpinned,
                                               "pip install 未固定版本的软件包：" + unpinned}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3013() { return std::make_unique<DL3013>(); }

} // namespace dw::lint::rules
