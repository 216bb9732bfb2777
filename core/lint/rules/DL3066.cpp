#include "lint/rule_support.h"

#include "dockerfile/variables.h"

#include <algorithm>
#include <set>

namespace dw::lint::rules {
namespace {

class DL3066 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3066",
            .severity = Severity::Info,
            .family = RuleFamily::Hadolint,
            .practice = Practice::LeastPrivilegeUser,
            .refs = {"hadolint:DL3066"},
            .title = {"USER names the user instead of giving a numeric user id",
                      "USER 使用了用户名而不是数字用户 ID"},
            .explanation = {
                "A user name only means something inside the image's /etc/passwd. Kubernetes' `runAsNonRoot` cannot "
                "verify a name, and host-side tools, volume ownership and security policies all work with numbers. "
                "Create the user with a fixed id and write it as a number, for example `USER 10001:10001`.",
                "用户名只在镜像内的 /etc/passwd 中有意义。Kubernetes 的 `runAsNonRoot` 无法校验用户名，"
                "宿主机工具、卷的属主和安全策略也都使用数字。请以固定 ID 创建用户并用数字书写，例如 `USER 10001:10001`。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        std::set<std::string> args; // ARG names declared so far (globally or in a stage)
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword == df::Keyword::Arg) {
                for (const df::KeyValue& pair : instruction->pairs) args.insert(pair.key.value);
                continue;
            }
            if (instruction->keyword != df::Keyword::User || instruction->args.empty()) continue;
            const df::Word& word = instruction->args.front();
            const std::string user = word.value.substr(0, word.value.find(':'));
            if (std::all_of(user.begin(), user.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
            // An id passed in as a build argument is the usual way to keep it configurable.
            const auto refs = df::findVariableRefs(user, ctx.file().escape);
            auto isArg = [&](const df::VariableRef& ref) { return args.count(ref.name) > 0; };
            if (std::any_of(refs.begin(), refs.end(), isArg)) continue;
            out.push_back(finding(word.range));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3066() { return std::make_unique<DL3066>(); }

} // namespace dw::lint::rules
