#include "lint/rule_support.h"

#include <map>

namespace dw::lint::rules {
namespace {

bool isRootUser(std::string_view user)
{
    return user == "root" || user == "0" || support::startsWith(user, "root:") || support::startsWith(user, "0:");
}

class DL3002 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3002",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::LeastPrivilegeUser,
            .refs = {"hadolint:DL3002", "trivy:DS-0002", "cis-docker:4.1", "dockle:CIS-DI-0001"},
            .title = {"The stage ends with USER root: its containers run with root privileges",
                      "该阶段最后切换到了 root 用户：容器将以 root 权限运行"},
            .explanation = {
                "The last USER of a stage is the user its containers run as. Root inside a container is root on "
                "the host's kernel: a process that breaks out of the application, or out of the container, starts "
                "with full privileges. Switch to root only for the steps that need it, then create and switch to "
                "an unprivileged account, e.g. `USER app` or `USER 10001:10001`.",
                "阶段中最后一条 USER 决定了容器运行时的用户。容器内的 root 在宿主机内核看来也是 root：一旦进程突破应用"
                "或容器的限制，就拥有完整权限。只在确实需要的步骤中切换到 root，随后创建并切换到非特权账户，例如 "
                "`USER app` 或 `USER 10001:10001`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        if (ctx.onbuildPass()) return;
        std::map<int, const df::Instruction*> lastRootUser; // stage -> USER root still in effect
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::User || instruction->stage < 0) continue;
            const std::string user = support::unquote(instruction->argText);
            if (isRootUser(user)) lastRootUser[instruction->stage] = instruction;
            else lastRootUser.erase(instruction->stage);
        }
        for (const auto& [stage, user] : lastRootUser) out.push_back(finding(user->range));
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3002() { return std::make_unique<DL3002>(); }

} // namespace dw::lint::rules
