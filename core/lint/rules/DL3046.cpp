#include "lint/support_rpm.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

const packages::OptionSpec& useraddOptions()
{
    static const packages::OptionSpec spec{
        .shortWithValue = {'b', 'c', 'd', 'e', 'f', 'g', 'G', 'k', 'K', 'p', 'P', 'R', 's', 'u', 'Z'},
        .longWithValue = {"base-dir", "comment", "home-dir", "expiredate", "inactive", "gid", "groups", "skel",
                          "key", "password", "prefix", "root", "shell", "uid", "selinux-user", "selinux-range"},
        .longWithoutValue = {},
    };
    return spec;
}

// hadolint's threshold: a UID of six digits or more.
bool isLongUid(const std::optional<std::string>& uid)
{
    return uid && uid->size() > 5 &&
           std::all_of(uid->begin(), uid->end(), [](char c) { return c >= '0' && c <= '9'; });
}

class DL3046 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3046",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::LeastPrivilegeUser,
            .refs = {"hadolint:DL3046"},
            .title = {"useradd with a large UID and without `-l` bloats the image",
                      "useradd 使用了很大的 UID 却未加 `-l`，会让镜像膨胀"},
            .explanation = {
                "useradd records the new user in /var/log/lastlog and /var/log/faillog, files indexed by UID. "
                "With a UID of six digits or more they become huge sparse files, and image layers do not keep "
                "files sparse, so the image can grow by gigabytes. Add `-l` (`--no-log-init`) to skip those "
                "entries, or pick a smaller UID.",
                "useradd 会把新用户记录到按 UID 编址的 /var/log/lastlog 和 /var/log/faillog 中。UID 达到六位数或更多时，"
                "这些文件会变成巨大的稀疏文件，而镜像层不会保留稀疏性，镜像可能因此增大数 GB。请加上 `-l`"
                "（`--no-log-init`）跳过这些记录，或改用较小的 UID。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            std::vector<TextEdit> edits;
            for (const sh::Command& command : ctx.shell(*run).commands) {
                if (command.name() != "useradd") continue;
                const packages::ParsedArgs args = packages::parseArgs(command, useraddOptions());
                if (args.hasAny({"l", "no-log-init"})) continue;
                if (!isLongUid(args.value("u")) && !isLongUid(args.value("uid"))) continue;
                edits.push_back(
                    support::insertEdit(packages::positionAfter(ctx, *run, command.words.front()), " -l"));
            }
            if (edits.empty()) continue;
            Finding f = finding(run->range);
            // An exec-form array has no source position per word, so only shell form gets the edit.
            if (!run->jsonForm)
                f.fixes.push_back(
                    support::makeFix("Add -l (--no-log-init)", "添加 -l（--no-log-init）", std::move(edits)));
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3046() { return std::make_unique<DL3046>(); }

} // namespace dw::lint::rules
