#include "lint/rule_support.h"

#include <algorithm>
#include <array>

namespace dw::lint::rules {
namespace {

// Programs that manage an interactive machine (logins, editors, services, processes, mounts): in a build
// step they either do nothing lasting or cannot work at all.
constexpr std::array<std::string_view, 9> kPointless = {"free",     "kill", "mount", "ps",  "service",
                                                        "shutdown", "ssh",  "top",   "vim"};

class DL3001 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3001",
            .severity = Severity::Info,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3001"},
            .title = {"RUN calls an interactive or system-management tool that has no effect in an image build",
                      "RUN 调用了在镜像构建中没有意义的交互式或系统管理工具"},
            .explanation = {
                "Each RUN step executes in a throw-away container with no init system, no terminal and no "
                "running services. Tools such as `ssh`, `vim`, `service`, `shutdown`, `ps`, `top`, `free`, "
                "`kill` or `mount` either do nothing that survives into the image or fail outright. Install "
                "configuration files with COPY, start services from the container's entrypoint at run time, and "
                "drop the call from the build.",
                "每个 RUN 步骤都在一个临时容器中执行，没有 init 系统、终端，也没有正在运行的服务。`ssh`、`vim`、"
                "`service`、`shutdown`、`ps`、`top`、`free`、`kill`、`mount` 等工具要么不会在镜像中留下任何结果，"
                "要么直接失败。请用 COPY 放入配置文件，在容器运行时由入口程序启动服务，并从构建步骤中删去这些调用。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            for (const sh::Command& command : ctx.shell(*run).commands) {
                const std::string_view name = command.name();
                if (std::find(kPointless.begin(), kPointless.end(), name) == kPointless.end()) continue;
                out.push_back(finding(run->range, {"`" + std::string(name) + "` has no lasting effect in an image build",
                                                   "`" + std::string(name) + "` 在镜像构建中不会产生持久效果"}));
                break;
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3001() { return std::make_unique<DL3001>(); }

} // namespace dw::lint::rules
