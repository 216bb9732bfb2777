#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

namespace dw::lint::rules {
namespace {

class ExposeInvalidFormat final : public buildkit::DispatchRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "ExposeInvalidFormat",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::RuntimeHardening,
            .refs = {"buildkit:ExposeInvalidFormat"},
            .title = {"EXPOSE names an IP address or a host port", "EXPOSE 中写了 IP 地址或主机端口"},
            .explanation = {
                "EXPOSE only documents which container ports the image listens on; it cannot bind an address or "
                "publish a host port. An `ip:host:container` or `host:container` spec is reduced to the container "
                "port, so the rest is misleading, and BuildKit plans to reject it. List only `port[/protocol]` and "
                "choose host ports and addresses at run time with `docker run -p`.",
                "EXPOSE 只是说明镜像中哪些容器端口在监听，无法绑定地址或发布主机端口。`ip:主机端口:容器端口` 或 "
                "`主机端口:容器端口` 的写法只会保留容器端口，其余部分只会造成误解，BuildKit 也计划将来拒绝这种写法。"
                "请只写 `端口[/协议]`，主机端口和地址在运行时用 `docker run -p` 指定。"},
        };
        return info;
    }

    void prepare(const LintContext& ctx, std::vector<Finding>& out, buildkit::DispatchHooks& hooks) const override
    {
        hooks.before = [this, &ctx, &out](const df::Instruction& instruction, const buildkit::StageState& state) {
            if (instruction.keyword != df::Keyword::Expose) return;
            for (const auto& port : buildkit::exposedPorts(instruction, state.env, ctx.file().escape)) {
                if (port.ip.empty() && port.hostPort.empty()) continue;
                out.push_back(finding(buildkit::reportRange(instruction, port.word->range),
                                      {"EXPOSE instruction should not define an IP address or host-port mapping, found '" +
                                           port.spec + "'",
                                       "EXPOSE 指令不应定义 IP 地址或主机端口映射，发现 '" + port.spec + "'"}));
            }
        };
        hooks.only = {df::Keyword::Expose};
    }
};

} // namespace

std::unique_ptr<Rule> make_ExposeInvalidFormat() { return std::make_unique<ExposeInvalidFormat>(); }

} // namespace dw::lint::rules
