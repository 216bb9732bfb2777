#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

// The words BuildKit runs its single-word variable expansion on when it dispatches `instruction`: COPY/ADD
// flags, sources and destination, ENV/LABEL keys and values, WORKDIR, USER, VOLUME, STOPSIGNAL and RUN --mount
// values. ARG defaults are handled by the dispatch walk; EXPOSE, CMD, ENTRYPOINT, RUN commands, ONBUILD and
// HEALTHCHECK are not checked.
/// Fills `words` (emptied first, so that one list serves every instruction of a lint) with the instruction's words
/// that BuildKit expands, as views of the instruction's own text.
void expandedWords(const df::Instruction& instruction, std::vector<std::string_view>& words)
{
    words.clear();
    switch (instruction.keyword) {
    case df::Keyword::Copy:
    case df::Keyword::Add: {
        if (const df::Flag* chown = instruction.flag("chown"); chown && chown->value) words.push_back(*chown->value);
        if (instruction.keyword == df::Keyword::Add)
            if (const df::Flag* checksum = instruction.flag("checksum"); checksum && checksum->value)
                words.push_back(*checksum->value);
        for (const df::Word* source : buildkit::copySources(instruction)) words.push_back(source->value);
        if (instruction.args.size() >= 2) words.push_back(instruction.args.back().value);
        break;
    }
    case df::Keyword::Env:
    case df::Keyword::Label:
        for (const auto& pair : instruction.pairs) {
            words.push_back(pair.key.value);
            if (pair.value) words.push_back(pair.value->value);
        }
        break;
    case df::Keyword::Workdir:
    case df::Keyword::User:
    case df::Keyword::Stopsignal: words.push_back(instruction.argText); break;
    case df::Keyword::Volume:
        for (const auto& arg : instruction.args) words.push_back(arg.value);
        break;
    case df::Keyword::Run:
        for (const df::Flag& mount : instruction.flags) {
            if (mount.name != "mount" || !mount.value) continue;
            // Each comma-separated field's value (strings.Split, then what follows the first '=').
            std::string_view rest = *mount.value;
            for (bool last = false; !last;) {
                const std::size_t comma = rest.find(',');
                last = comma == std::string_view::npos;
                const std::string_view field = rest.substr(0, comma);
                if (!last) rest.remove_prefix(comma + 1);
                if (const auto equals = field.find('='); equals != std::string_view::npos)
                    words.push_back(field.substr(equals + 1));
            }
        }
        break;
    default: break;
    }
}

// COPY/ADD heredoc bodies whose variables BuildKit expands (unquoted delimiter).
bool expandsHeredocs(const df::Instruction& instruction)
{
    return instruction.keyword == df::Keyword::Copy || instruction.keyword == df::Keyword::Add;
}

class UndefinedVar final : public buildkit::DispatchRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "UndefinedVar",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:UndefinedVar"},
            .title = {"An instruction uses a variable that is not defined at that point",
                      "指令使用了此处尚未定义的变量"},
            .explanation = {
                "Variables in COPY, ADD, ENV, LABEL, WORKDIR, USER, VOLUME and similar instructions are expanded by "
                "the builder from the ARGs and ENVs of the stage (and what the base image defines). An unknown name "
                "silently becomes an empty string, often because of a typo, because the ARG is declared only before "
                "the first FROM (redeclare it in the stage with `ARG NAME`), or because it is defined later in the "
                "file. Define the variable before using it, or fix its name.",
                "COPY、ADD、ENV、LABEL、WORKDIR、USER、VOLUME 等指令中的变量由构建器依据本阶段的 ARG、ENV（以及基础镜像的"
                "定义）展开。未知的变量会被悄悄替换为空字符串，原因往往是拼写错误、ARG 只在第一个 FROM 之前声明（请在阶段内用 "
                "`ARG NAME` 再次声明），或变量在文件后面才定义。请先定义变量再使用，或改正变量名。"},
        };
        return info;
    }

    void prepare(const LintContext& ctx, std::vector<Finding>& out, buildkit::DispatchHooks& hooks) const override
    {
        hooks.before = [this, &out, escape = ctx.file().escape, words = std::vector<std::string_view>()](
                           const df::Instruction& instruction, const buildkit::StageState& state) mutable {
            expandedWords(instruction, words);
            for (const std::string_view word : words)
                if (buildkit::mayExpand(word)) report(instruction, buildkit::processWord(word, state.env, escape), state, out);
            if (!expandsHeredocs(instruction)) return;
            for (const df::Heredoc& heredoc : instruction.heredocs)
                if (heredoc.expand && buildkit::mayExpand(heredoc.content))
                    report(instruction, buildkit::processWord(heredoc.content, state.env, U'\\', true), state, out);
        };
        hooks.argDefault = [this, &out](const df::Instruction& instruction, const df::KeyValue&,
                                        const buildkit::WordMatch& match, const buildkit::StageState& state) {
            report(instruction, match, state, out);
        };
    }

private:
    void report(const df::Instruction& instruction, const buildkit::WordMatch& match, const buildkit::StageState& state,
                std::vector<Finding>& out) const
    {
        for (const auto& name : match.unmatched) {
            if (std::find(state.args.begin(), state.args.end(), name) != state.args.end()) continue;
            if (name == "BUILDKIT_SBOM_SCAN_CONTEXT" || name == "BUILDKIT_SBOM_SCAN_STAGE") continue;
            const std::string suggestion = buildkit::suggest(name, state.env.keys());
            std::string en = "Usage of undefined variable '$" + name + "'";
            std::string zh = "使用了未定义的变量 '$" + name + "'";
            if (!suggestion.empty()) {
                en += " (did you mean $" + suggestion + "?)";
                zh += "（是否想用 $" + suggestion + "？）";
            }
            out.push_back(finding(instruction.keywordWord.range, {en, zh}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_UndefinedVar() { return std::make_unique<UndefinedVar>(); }

} // namespace dw::lint::rules
