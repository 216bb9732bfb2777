#include "lint/support_dockwarden.h"
#include "util/text.h"


namespace dw::lint::rules {
namespace {

/// `root`, `0`, `root:group`, `0:0` ... (the user part decides).
bool isRoot(std::string_view user)
{
    const std::string_view name = user.substr(0, user.find(':'));
    return util::equalsLower(name, "root") || (!name.empty() && name.find_first_not_of('0') == std::string::npos);
}

/// Images whose name says they already run as an unprivileged user (distroless `:nonroot`, `*-unprivileged`).
bool nonRootBase(std::string_view image)
{
    return util::containsLower(image, "nonroot") || util::containsLower(image, "non-root") ||
           util::containsLower(image, "unprivileged") || util::containsLower(image, "rootless");
}

class DW1004 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1004",
            .severity = Severity::Warning,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::LeastPrivilegeUser,
            .refs = {"cis-docker:4.1", "dockle:CIS-DI-0001", "trivy:DS-0002", "cwe:CWE-250"},
            .title = {"The final image runs as root", "最终镜像以 root 身份运行"},
            .explanation = {
                "Without a USER in the final stage (or in the stages it is built FROM), or when the last USER is "
                "root or uid 0, the container's process runs as root. A flaw in the application then gives the "
                "attacker root inside the container, which is one step away from the host if the runtime or kernel "
                "has a hole. Create an unprivileged user (or use one the base image provides, such as `node` or "
                "distroless `nonroot`), give it only the files it must write, and switch to it with `USER name` or "
                "`USER uid:gid` before CMD/ENTRYPOINT. The rule stays quiet for a `FROM scratch` stage that runs "
                "nothing (a static binary): it has no users, and the user is best set at run time there.",
                "最终阶段（及其通过 FROM 继承的阶段）中没有 USER，或最后一个 USER 是 root / uid 0 时，容器进程以 root 运行。"
                "一旦应用有漏洞，攻击者就直接拿到容器内的 root 权限，若运行时或内核存在缺陷，离宿主机也只有一步之遥。"
                "请创建一个非特权用户（或使用基础镜像自带的用户，如 `node`、distroless 的 `nonroot`），只授予它必须写入的"
                "文件权限，并在 CMD/ENTRYPOINT 之前用 `USER 用户名` 或 `USER uid:gid` 切换过去。对于不运行任何命令的 "
                "`FROM scratch` 阶段（静态二进制），本规则不报告：那里没有用户体系，运行时再指定用户更合适。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        const std::vector<int>& chain = ctx.finalStageChain();
        if (chain.empty()) return;
        const df::Stage& finalStage = file.stages[chain.front()];
        const df::Stage& root = file.stages[chain.back()];
        bool runs = false;
        for (int stage : chain) {
            const df::Stage& s = file.stages[stage];
            for (std::size_t i = s.fromIndex; i < s.endIndex; ++i)
                runs = runs || file.instructions[i].keyword == df::Keyword::Run;
        }
        if (util::equalsLower(root.image.value, "scratch") && !runs) return;

        for (int stage : chain) {
            const df::Stage& s = file.stages[stage];
            for (std::size_t i = s.endIndex; i-- > s.fromIndex;) {
                const df::Instruction& in = file.instructions[i];
                if (in.keyword != df::Keyword::User || in.args.empty()) continue;
                const std::string& user = in.args.front().value;
                if (isRoot(user))
                    out.push_back(finding(in.range, {"The last USER of the final image is `" + user + "`, so the "
                                                     "container runs as root",
                                                     "最终镜像的最后一个 USER 是 `" + user + "`，容器将以 root 运行"}));
                return;
            }
        }
        if (nonRootBase(root.image.value)) return;
        const df::Instruction& from = file.instructions[finalStage.fromIndex];
        out.push_back(finding(from.range, {"The final image never switches to a non-root USER",
                                           "最终镜像从未切换到非 root 的 USER"}));
    }

};

} // namespace

std::unique_ptr<Rule> make_DW1004() { return std::make_unique<DW1004>(); }

} // namespace dw::lint::rules
