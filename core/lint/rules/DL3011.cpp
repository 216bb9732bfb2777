#include "lint/support_instructions.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

bool isOutOfRange(std::string_view port)
{
    if (port.empty() || port.find_first_not_of("0123456789") != std::string_view::npos) return false; // variables ...
    port.remove_prefix(std::min(port.find_first_not_of('0'), port.size()));
    return port.size() > 5 || (port.size() == 5 && port > "65535");
}

// `8080`, `8080/tcp`, `4000-4100/udp`: true if a port or a range bound is above 65535.
bool hasInvalidPort(std::string_view spec)
{
    spec = spec.substr(0, spec.find('/'));
    const std::size_t dash = spec.find('-');
    if (dash == std::string_view::npos) return isOutOfRange(spec);
    return isOutOfRange(spec.substr(0, dash)) || isOutOfRange(spec.substr(dash + 1));
}

class DL3011 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3011",
            .severity = Severity::Error,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3011", "trivy:DS-0008"},
            .title = {"EXPOSE names a port above 65535", "EXPOSE 声明的端口大于 65535"},
            .explanation = {
                "TCP and UDP port numbers are 16-bit values, so 65535 is the highest port that exists. A larger "
                "number is usually a typo (an extra digit, or a host:container mapping written the wrong way) and "
                "the image metadata it produces is useless. Use a port between 1 and 65535.",
                "TCP 和 UDP 端口号是 16 位数值，最大只有 65535。更大的数字通常是笔误（多了一位，或把主机端口与容器端口的"
                "映射写错），生成的镜像元数据毫无用处。请使用 1 到 65535 之间的端口。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword != df::Keyword::Expose) continue;
            for (const df::Word& port : instruction->args) {
                if (!hasInvalidPort(support::unquote(port.value))) continue;
                out.push_back(finding(support::rangeOnFirstLine(*instruction, port.range),
                                      {"EXPOSE names port " + port.value + ", above the highest port 65535",
                                       "EXPOSE 声明的端口 " + port.value + " 超过了最大端口 65535"}));
                break; // one finding per instruction, as hadolint reports it
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3011() { return std::make_unique<DL3011>(); }

} // namespace dw::lint::rules
