#include "lint/support_dockwarden.h"
#include "util/text.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

class DW1014 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1014",
            .severity = Severity::Warning,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::LeastPrivilegeUser,
            .refs = {"dockle:DKL-DI-0001", "cis-docker:4.3"},
            .title = {"sudo is installed into the image", "镜像中安装了 sudo"},
            .explanation = {
                "sudo in a container exists to let a non-root user become root again, which undoes the point of "
                "running as an unprivileged USER: anyone who takes over the process can escalate through it (and "
                "through any misconfigured sudoers rule). Build steps already run as root, so they do not need "
                "it: do the privileged work before the USER instruction, or switch with `USER root` and back. "
                "The quick fix removes `sudo` from the package list when other packages remain.",
                "容器里的 sudo 只是让非 root 用户重新变回 root，这抵消了以非特权 USER 运行的意义：接管进程的人可以借它"
                "（以及任何配置不当的 sudoers 规则）提权。构建步骤本来就以 root 运行，并不需要它：请把需要特权的操作放在 "
                "USER 指令之前，或用 `USER root` 临时切换后再切回。当软件包列表中还有其他包时，快速修复会把 `sudo` 从列表中删除。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        std::vector<Finding> found;
        int packageWords = 0;
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            for (const sh::Command& command : ctx.shell(*run).commands) {
                const auto packages = dwsupport::installedPackages(command);
                if (packages.empty()) continue;
                const auto manager = dwsupport::installManager(command);
                for (std::size_t i = 0; i < packages.size(); ++i) {
                    if (!startsLikeSudo(packages[i]->text) || dwsupport::packageName(packages[i]->text, manager) != "sudo")
                        continue;
                    ++packageWords;
                    Finding f = finding(dwsupport::runRange(ctx, *run, packages[i]->begin, packages[i]->end),
                                        {"`" + std::string(command.name()) + "` installs `sudo`",
                                         "`" + std::string(command.name()) + "` 安装了 `sudo`"});
                    if (packages.size() > 1) {
                        // Remove the word with the blank (and any line continuation) before it.
                        const std::size_t from = previousEnd(command, *packages[i]);
                        const df::Range range{ctx.scriptRange(*run, from, from).start,
                                              ctx.scriptRange(*run, packages[i]->begin, packages[i]->end).end};
                        f.fixes.push_back(support::makeFix("Remove sudo from the package list",
                                                           "从软件包列表中删除 sudo",
                                                           {support::replaceEdit(range, "")}));
                    }
                    found.push_back(std::move(f));
                }
            }
        }
        // Removing the package is only safe when nothing else in the file mentions sudo (a later `sudo ...`
        // or a sudoers entry would break).
        if (!found.empty() && mentions(ctx.file().source, "sudo") > packageWords)
            for (Finding& f : found) f.fixes.clear();
        for (Finding& f : found) out.push_back(std::move(f));
    }

private:
    /// Only a word that starts with "sudo" in some case can name the package: the others skip packageName().
    static bool startsLikeSudo(std::string_view word)
    {
        return util::hasLowerAt(word, 0, "sudo");
    }

    static int mentions(std::string_view text, std::string_view word)
    {
        int count = 0;
        for (auto at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) ++count;
        return count;
    }

    /// End offset of the word before `word` in the command.
    static std::size_t previousEnd(const sh::Command& command, const sh::Word& word)
    {
        std::size_t end = command.begin;
        for (const sh::Word& w : command.words)
            if (w.end <= word.begin) end = std::max<std::size_t>(end, w.end);
        return end;
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1014() { return std::make_unique<DW1014>(); }

} // namespace dw::lint::rules
