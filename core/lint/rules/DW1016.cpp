#include "lint/support_dockwarden.h"

#include <charconv>

namespace dw::lint::rules {
namespace {

class DW1016 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1016",
            .severity = Severity::Info,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::RuntimeHardening,
            .refs = {"cis-docker:5.8"},
            .title = {"EXPOSE names a privileged port (below 1024)", "EXPOSE 声明了特权端口（小于 1024）"},
            .explanation = {
                "Binding a port below 1024 traditionally needs root or the NET_BIND_SERVICE capability, so an image "
                "that listens on 80 or 443 tends to be run as root or with extra privileges. Docker itself lowers "
                "the limit inside containers, but other runtimes, rootless setups and Kubernetes security policies "
                "may not. Listen on an unprivileged port such as 8080 or 8443 inside the container and map it to "
                "80/443 when publishing (`-p 80:8080`). Port 22 is also reported by DW1011.",
                "传统上绑定小于 1024 的端口需要 root 或 NET_BIND_SERVICE 能力，因此监听 80、443 的镜像往往以 root 或额外权限"
                "运行。Docker 自身会在容器内放宽这一限制，但其他运行时、rootless 部署和 Kubernetes 的安全策略未必如此。"
                "请在容器内监听 8080、8443 这类非特权端口，发布时再映射到 80/443（`-p 80:8080`）。端口 22 还会由 DW1011 报告。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* in : ctx.instructions()) {
            if (in->keyword != df::Keyword::Expose || !dwsupport::shipsInFinalImage(ctx, *in)) continue;
            for (const df::Word& word : in->args) {
                const std::string& value = word.value;
                int port = 0;
                const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), port);
                if (error != std::errc() || end == value.data() || port <= 0 || port >= 1024) continue;
                if (end != value.data() + value.size() && *end != '/' && *end != '-') continue;
                out.push_back(finding(dwsupport::onFirstLine(*in, word.range),
                                      {"Port " + std::to_string(port) + " is privileged; listen on a port above 1023 "
                                                                        "and map it when publishing",
                                       "端口 " + std::to_string(port) + " 是特权端口；请监听 1023 以上的端口，发布时再映射"}));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1016() { return std::make_unique<DW1016>(); }

} // namespace dw::lint::rules
