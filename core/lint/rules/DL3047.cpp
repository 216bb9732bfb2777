#include "lint/support_rpm.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

const packages::OptionSpec& wgetOptions()
{
    static const packages::OptionSpec spec{
        .shortWithValue = {'O', 'o', 'a', 'e', 'P', 't', 'T', 'w', 'U', 'i', 'B', 'Q', 'l', 'A', 'R', 'D', 'I', 'X'},
        .longWithValue = {"output-document", "output-file", "append-output", "execute", "directory-prefix",
                          "tries", "timeout", "wait", "user-agent", "input-file", "base", "quota", "level",
                          "accept", "reject", "domains", "include-directories", "exclude-directories", "header",
                          "user", "password", "post-data", "post-file", "method", "body-data", "body-file",
                          "ca-certificate", "ca-directory", "certificate", "private-key", "load-cookies",
                          "save-cookies", "referer", "bind-address", "limit-rate", "progress"},
        .longWithoutValue = {},
    };
    return spec;
}

bool quietEnough(const sh::Command& command)
{
    const packages::ParsedArgs args = packages::parseArgs(command, wgetOptions());
    if (args.hasAny({"progress", "q", "quiet", "no-verbose", "o", "output-file", "a", "append-output"}))
        return true;
    return std::any_of(command.words.begin() + 1, command.words.end(),
                       [](const sh::Word& word) { return word.text == "-nv"; });
}

class DL3047 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3047",
            .severity = Severity::Info,
            .family = RuleFamily::Hadolint,
            .practice = Practice::StaticAnalysis,
            .refs = {"hadolint:DL3047"},
            .title = {"wget without a progress setting floods the build log",
                      "wget 未设置进度显示方式，会刷满构建日志"},
            .explanation = {
                "Without a terminal, wget's default progress indicator prints a line for every few kilobytes, so "
                "a large download buries the rest of the build output. Use `--progress=dot:giga`, or make wget "
                "quieter with `-nv` (`--no-verbose`), `-q`, or send its log to a file with `-o`. BusyBox wget "
                "(Alpine) only understands `-q`.",
                "没有终端时，wget 默认的进度指示每下载几 KB 就输出一行，大文件的下载会把其余构建输出淹没。请使用 "
                "`--progress=dot:giga`，或用 `-nv`（`--no-verbose`）、`-q` 让 wget 安静一些，也可以用 `-o` 把日志写入文件。"
                "BusyBox 的 wget（Alpine）只支持 `-q`。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            std::vector<const sh::Command*> loud = ctx.shell(*run).commandsNamed("wget");
            std::erase_if(loud, [](const sh::Command* command) { return quietEnough(*command); });
            if (loud.empty()) continue; // the base image is looked up only for a RUN that gets a finding
            // BusyBox wget rejects --progress; -q works with both.
            const bool busybox =
                rpm::lacksGnuUserland(rpm::baseImage(ctx, ctx.onbuildPass() ? -1 : run->stage));
            const std::string option = busybox ? " -q" : " --progress=dot:giga";
            std::vector<TextEdit> edits;
            edits.reserve(loud.size());
            for (const sh::Command* command : loud)
                edits.push_back(
                    support::insertEdit(packages::positionAfter(ctx, *run, command->words.front()), option));
            Finding f = finding(run->range);
            // An exec-form array has no source position per word, so only shell form gets the edit.
            if (!run->jsonForm)
                f.fixes.push_back(busybox ? support::makeFix("Add -q", "添加 -q", std::move(edits))
                                          : support::makeFix("Add --progress=dot:giga", "添加 --progress=dot:giga",
                                                             std::move(edits)));
            out.push_back(std::move(f));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3047() { return std::make_unique<DL3047>(); }

} // namespace dw::lint::rules
