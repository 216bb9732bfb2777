#include "lint/support_dockwarden.h"

#include <optional>

namespace dw::lint::rules {
namespace {

/// Whether a chmod mode makes files writable by everyone. Sticky directories (`1777`, `+t`) are the
/// accepted exception, like /tmp. nullopt when the word is no mode at all.
std::optional<bool> worldWritable(std::string_view mode)
{
    if (mode.empty()) return std::nullopt;
    if (mode.find_first_not_of("01234567") == std::string_view::npos) {
        if (mode.size() > 4) return std::nullopt;
        const int others = mode.back() - '0';
        const bool sticky = mode.size() == 4 && ((mode.front() - '0') & 1);
        return (others & 2) && !sticky;
    }
    bool writable = false;
    bool sticky = false;
    std::string_view rest = mode;
    while (!rest.empty()) { // clauses like `u+x,go+w`, `a=rwx`, `o+rwt`
        const auto comma = rest.find(',');
        std::string_view clause = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        const auto op = clause.find_first_of("+-=");
        if (op == std::string_view::npos) return std::nullopt;
        const std::string_view who = clause.substr(0, op);
        if (who.find_first_not_of("ugoa") != std::string_view::npos) return std::nullopt;
        const std::string_view perms = clause.substr(op + 1);
        if (clause[op] == '-') continue;
        if (perms.find('t') != std::string_view::npos) sticky = true;
        const bool everyone = who.find_first_of("oa") != std::string_view::npos;
        if (everyone && perms.find('w') != std::string_view::npos) writable = true;
    }
    return writable && !sticky;
}

class DW1012 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1012",
            .severity = Severity::Warning,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::LeastPrivilegeUser,
            .refs = {"cwe:CWE-732"},
            .title = {"Files are made writable by every user", "文件被设置为所有用户可写"},
            .explanation = {
                "Modes such as 777, 666, `o+w` or `a+w` let any process in the container, whatever user it runs "
                "as, replace programs, scripts and configuration, which undoes the protection a non-root USER "
                "gives and turns a small foothold into control of the application. Give ownership to the user "
                "that needs to write (`COPY --chown=app:app`, `chown`) and keep modes like 755 for directories "
                "and 644 for files; use a sticky directory (1777, like /tmp) only for shared scratch space. There "
                "is no automatic fix because the right owner and mode depend on the application.",
                "777、666、`o+w`、`a+w` 这类权限让容器中的任何进程，无论以哪个用户运行，都能替换程序、脚本和配置，"
                "这抵消了非 root USER 带来的保护，让一个小小的突破口变成对整个应用的控制。请把所有权交给需要写入的用户"
                "（`COPY --chown=app:app`、`chown`），目录保持 755、文件保持 644 之类的权限；只有共享的临时目录才使用带粘滞位"
                "的 1777（如 /tmp）。正确的属主和权限取决于应用，因此不提供自动修复。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* in : ctx.instructions()) {
            if (in->keyword == df::Keyword::Copy || in->keyword == df::Keyword::Add) {
                const df::Flag* chmod = in->flag("chmod");
                if (chmod && chmod->value && worldWritable(*chmod->value).value_or(false))
                    out.push_back(finding(chmod->range, {in->name() + " --chmod=" + *chmod->value +
                                                             " makes the copied files writable by every user",
                                                         in->name() + " --chmod=" + *chmod->value +
                                                             " 让复制的文件对所有用户可写"}));
            } else if (in->keyword == df::Keyword::Run) {
                checkRun(ctx, *in, out);
            }
        }
    }

private:
    void checkRun(const LintContext& ctx, const df::Instruction& run, std::vector<Finding>& out) const
    {
        for (const sh::Command& command : ctx.shell(run).commands) {
            const std::string_view name = command.name();
            std::optional<std::string> mode;
            if (name == "chmod") {
                for (std::size_t i = 1; i < command.words.size() && !mode; ++i) {
                    const std::string& word = command.words[i].text;
                    if (word.starts_with("--")) continue;
                    if (word.starts_with("-") && !worldWritable(word.substr(1)).has_value()) continue; // -R
                    mode = word;
                }
            } else if (name == "mkdir" || name == "install") {
                mode = command.flagValue("m");
                if (!mode) mode = command.flagValue("mode");
            }
            if (!mode || !worldWritable(*mode).value_or(false)) continue;
            out.push_back(finding(dwsupport::runRange(ctx, run, command.begin, command.end),
                                  {"`" + std::string(name) + "` with mode `" + *mode + "` makes files writable by every user",
                                   "`" + std::string(name) + "` 使用权限 `" + *mode + "`，让文件对所有用户可写"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1012() { return std::make_unique<DW1012>(); }

} // namespace dw::lint::rules
