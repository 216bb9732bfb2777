#include "lint/support_packages.h"

namespace dw::lint::rules {
namespace {

// gem's own switches; any other `--option` is taken to be an extension build switch with a value.
const packages::OptionSpec& gemOptions()
{
    static const packages::OptionSpec spec{
        .shortWithValue = {'v', 'i', 'n', 's', 'g', 'P'},
        .longWithValue = {"version", "install-dir", "bindir", "build-root", "source", "platform", "file",
                          "without", "trust-policy", "config-file", "target-rbconfig"},
        .longWithoutValue = {"no-document", "document", "no-ri", "no-rdoc", "ri", "rdoc", "user-install",
                             "no-user-install", "conservative", "minimal-deps", "force", "no-force", "local",
                             "remote", "both", "prerelease", "no-prerelease", "development", "development-all",
                             "ignore-dependencies", "default", "env-shebang", "no-env-shebang", "wrappers",
                             "no-wrappers", "format-executable", "no-format-executable", "post-install-message",
                             "no-post-install-message", "suggestions", "no-suggestions", "lock", "no-lock",
                             "explain", "vendor", "clear-sources", "update-sources", "no-update-sources",
                             "backtrace", "debug", "verbose", "no-verbose", "quiet", "silent", "norc",
                             "http-proxy", "no-http-proxy"},
    };
    return spec;
}

class DL3028 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3028",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImmutableTags,
            .refs = {"hadolint:DL3028"},
            .title = {"gem install names a gem without a version", "gem install 安装的 gem 未指定版本"},
            .explanation = {
                "Without a version, gem installs the newest release available when the image is built, so "
                "rebuilds can silently change behaviour or pull in a compromised release. Write `name:version` "
                "(`gem install bundler:2.5.6`) or pass `-v 2.5.6`; for applications, install from a committed "
                "Gemfile.lock with `bundle install`.",
                "不指定版本时，gem 会安装构建镜像时可用的最新版本，重新构建可能悄悄改变行为，或引入被篡改的版本。请写成 "
                "`名称:版本`（`gem install bundler:2.5.6`）或传入 `-v 2.5.6`；对于应用程序，请用 `bundle install` "
                "按已提交的 Gemfile.lock 安装。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            std::string unpinned;
            for (const sh::Command* command : ctx.shell(*run).commandsNamed("gem")) {
                const packages::ParsedArgs args = packages::parseArgs(*command, gemOptions());
                const sh::Word* sub = args.subcommand();
                if (!sub || (sub->text != "install" && sub->text != "i") || args.hasAny({"v", "version"})) continue;
                for (const sh::Word* gem : args.operandsAfter(sub->text)) {
                    const std::string& name = gem->text;
                    if (gem->hasExpansion || name.find(':') != std::string::npos || support::endsWith(name, ".gem"))
                        continue;
                    support::appendCodeItem(unpinned, name);
                }
            }
            if (unpinned.empty()) continue;
            out.push_back(finding(run->range, {"gem install without a pinned version: " + unpinned,
                                               "gem install 未固定版本的 gem：" + unpinned}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3028() { return std::make_unique<DL3028>(); }

} // namespace dw::lint::rules
