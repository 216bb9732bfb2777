#include "lint/support_dockwarden.h"

namespace dw::lint::rules {
namespace {

bool isHttp(const std::string& lower) { return lower.starts_with("http://") || lower.starts_with("https://"); }

bool isGit(const std::string& lower)
{
    if (lower.starts_with("git@") || lower.starts_with("git://") || lower.starts_with("ssh://")) return true;
    const std::string base = lower.substr(0, lower.find_first_of("#?"));
    return isHttp(lower) && base.ends_with(".git");
}

bool isCommitId(std::string_view ref)
{
    return (ref.size() == 40 || ref.size() == 64) &&
           ref.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

/// A Git URL whose ref is a full commit id names one immutable revision: `repo.git#<sha>[:dir]`, or the query
/// form `repo.git?ref=<sha>` / `?commit=<sha>` / `?checksum=<sha>`.
bool pinnedToCommit(const std::string& lower)
{
    if (const auto hash = lower.find('#'); hash != std::string::npos) {
        const std::string_view fragment = std::string_view(lower).substr(hash + 1);
        return isCommitId(fragment.substr(0, fragment.find(':')));
    }
    const auto query = lower.find('?');
    if (query == std::string::npos) return false;
    std::string_view rest = std::string_view(lower).substr(query + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view field = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
        for (std::string_view key : {"ref=", "commit=", "checksum="})
            if (field.starts_with(key) && isCommitId(field.substr(key.size()))) return true;
    }
    return false;
}

class DW1003 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1003",
            .severity = Severity::Warning,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::SignedImages,
            .refs = {"cis-docker:4.9", "cis-docker:4.12", "cwe:CWE-494"},
            .title = {"ADD downloads a remote file without `--checksum`", "ADD 下载远程文件却未指定 `--checksum`"},
            .explanation = {
                "A file that ADD fetches from a URL goes into the image unchecked: if the server, a mirror or "
                "anyone on the path changes it, the build silently ships the new content, and two builds can "
                "differ. Add `--checksum=sha256:<digest>` (BuildKit verifies it and fails the build on a "
                "mismatch), pin Git sources to a full commit id, or download in a RUN and verify the checksum or "
                "signature there.",
                "ADD 从 URL 取回的文件不经任何校验就进入镜像：一旦服务器、镜像站或传输路径上的人改动了文件，构建会悄无声息地"
                "打包新内容，两次构建结果也可能不同。请加上 `--checksum=sha256:<摘要>`（BuildKit 会校验，不一致时构建失败），"
                "Git 来源请固定到完整的提交 ID，或改在 RUN 中下载并校验校验和或签名。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* in : ctx.instructions()) {
            if (in->keyword != df::Keyword::Add || in->flag("checksum") || in->args.size() < 2) continue;
            for (std::size_t i = 0; i + 1 < in->args.size(); ++i) {
                const df::Word& source = in->args[i];
                const std::string lower = support::toLower(source.value);
                const df::Range range = dwsupport::onFirstLine(*in, source.range);
                if (isGit(lower)) {
                    if (pinnedToCommit(lower)) continue;
                    out.push_back(finding(range, {"ADD fetches the Git repository `" + source.value +
                                                      "` by a movable reference and without `--checksum`",
                                                  "ADD 按可变引用获取 Git 仓库 `" + source.value +
                                                      "`，且未指定 `--checksum`"}));
                } else if (isHttp(lower)) {
                    out.push_back(finding(range, {"ADD downloads `" + source.value + "` without `--checksum`",
                                                  "ADD 下载 `" + source.value + "` 时未指定 `--checksum`"}));
                }
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1003() { return std::make_unique<DW1003>(); }

} // namespace dw::lint::rules
