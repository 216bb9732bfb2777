#include "lint/support_instructions.h"

namespace dw::lint::rules {
namespace {

// A source that needs ADD: an archive to unpack or something to download. A source that starts with a
// variable may be a URL, so it is given the benefit of the doubt.
bool needsAdd(const support::PathArg& source)
{
    return support::isLocalArchive(source.value) || support::isRemoteSource(source.value) ||
           support::startsWith(source.value, "$");
}

class DL3020 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3020",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::CopyOverAdd,
            .refs = {"hadolint:DL3020", "trivy:DS-0005", "cis-docker:4.9", "dockle:CIS-DI-0009"},
            .title = {"ADD copies plain files or folders: use COPY", "ADD 用于复制普通文件或目录：请改用 COPY"},
            .explanation = {
                "ADD also downloads URLs and unpacks local archives, so a reader has to check every source to know "
                "what it really does, and a file renamed to `.tar` can change the result. COPY only copies, which "
                "makes the intent obvious and the build predictable. Keep ADD for archives that must be unpacked "
                "and for remote sources; use COPY for everything else.",
                "ADD 还会下载 URL、解压本地归档，读者必须逐个检查来源才能确定它的实际行为，文件改名为 `.tar` 也可能改变"
                "结果。COPY 只做复制，意图清晰、构建可预期。只在需要解压归档或获取远程资源时使用 ADD，其余情况请用 COPY。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Add) continue;
            const std::vector<support::PathArg> paths = support::copyPaths(*instruction);
            if (paths.size() < 2) continue;
            bool plain = false;
            for (std::size_t i = 0; i + 1 < paths.size(); ++i) plain = plain || !needsAdd(paths[i]);
            if (!plain) continue;
            Finding f = finding(instruction->range);
            // Flags only ADD understands have no COPY equivalent.
            if (!instruction->flag("checksum") && !instruction->flag("keep-git-dir") && !instruction->flag("unpack")) {
                const bool lower = instruction->keywordWord.value == "add";
                f.fixes.push_back(support::makeFix("Replace ADD with COPY", "将 ADD 替换为 COPY",
                                                   {support::replaceEdit(instruction->keywordWord.range,
                                                                         lower ? "copy" : "COPY")}));
            }
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3020() { return std::make_unique<DL3020>(); }

} // namespace dw::lint::rules
