#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

namespace dw::lint::rules {
namespace {

class ExposeProtoCasing final : public buildkit::DispatchRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "ExposeProtoCasing",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:ExposeProtoCasing"},
            .title = {"The protocol of an EXPOSE port is not lowercase", "EXPOSE 端口的协议名不是小写"},
            .explanation = {
                "Protocols in EXPOSE are `tcp`, `udp` and `sctp`. The builder accepts other casings today, but "
                "tools that read the image configuration may not, and `80/TCP` and `80/tcp` can end up as different "
                "entries. Write the protocol in lowercase; the fix does.",
                "EXPOSE 中的协议名为 `tcp`、`udp` 和 `sctp`。构建器目前也接受其他大小写写法，但读取镜像配置的工具未必接受，"
                "而且 `80/TCP` 与 `80/tcp` 可能成为两个不同的条目。请把协议名写成小写；快速修复会这样做。"},
        };
        return info;
    }

    void prepare(const LintContext& ctx, std::vector<Finding>& out, buildkit::DispatchHooks& hooks) const override
    {
        hooks.before = [this, &ctx, &out](const df::Instruction& instruction, const buildkit::StageState& state) {
            const df::Dockerfile& file = ctx.file();
            if (instruction.keyword != df::Keyword::Expose) return;
            for (const auto& port : buildkit::exposedPorts(instruction, state.env, file.escape)) {
                if (buildkit::isAllLower(port.proto)) continue;
                Finding f = finding(buildkit::reportRange(instruction, port.word->range),
                                    {"Defined protocol '" + port.spec + "' in EXPOSE instruction should be lowercase",
                                     "EXPOSE 指令中定义的协议 '" + port.spec + "' 应使用小写"});
                const std::string& written = port.word->value;
                if (written == port.spec && buildkit::sourceText(file, port.word->range) == written) {
                    std::string fixed = written.substr(0, written.size() - port.proto.size()) + support::toLower(port.proto);
                    f.fixes.push_back(support::makeFix("Write '" + fixed + "'", "改写为 '" + fixed + "'",
                                                       {support::replaceEdit(port.word->range, fixed)}));
                }
                out.push_back(std::move(f));
            }
        };
        hooks.only = {df::Keyword::Expose};
    }
};

} // namespace

std::unique_ptr<Rule> make_ExposeProtoCasing() { return std::make_unique<ExposeProtoCasing>(); }

} // namespace dw::lint::rules
