#include "dockerfile/logical_line.h"
#include "lint/rule_support.h"
#include "lint/support_buildkit.h"
#include "util/text.h"

namespace dw::lint::rules {
namespace {

// True when `value` contains a blank that is not inside quotes (it would split a `key=value` pair).
// BuildKit splits `key=value` words on every Unicode space, so a value holding a CR, a form feed or a no-break
// space (written fine in the legacy form) would fall apart when rewritten (fuzz_dockerfile found `l\x01\rstash`).
bool hasOtherSpace(std::string_view value)
{
    for (std::size_t pos = 0; pos < value.size();) {
        std::size_t width = 1;
        const char32_t c = df::detail::decodeUtf8(value, pos, width);
        if (c != U' ' && c != U'\t' && df::detail::isGoSpace(c)) return true;
        pos += width;
    }
    return false;
}

bool hasUnquotedBlank(std::string_view value)
{
    char quote = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        char c = value[i];
        if (quote) {
            if (c == quote) quote = 0;
            else if (c == '\\' && quote == '"') ++i;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '\\') {
            ++i;
        } else if (c == ' ' || c == '\t') {
            return true;
        }
    }
    return false;
}

class LegacyKeyValueFormat final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "LegacyKeyValueFormat",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:LegacyKeyValueFormat"},
            .title = {"ENV or LABEL uses the legacy `key value` form", "ENV 或 LABEL 使用了旧式的 `key value` 写法"},
            .explanation = {
                "In the legacy form `ENV key value` everything after the first blank is the value, so one "
                "instruction can set only one variable and it is easy to misread where the value ends. Write "
                "`ENV key=value` (quote values that contain blanks); the fix does this.",
                "旧式写法 `ENV key value` 会把第一个空白之后的全部内容当作值，因此一条指令只能设置一个变量，而且值在哪里结束"
                "容易看错。请写成 `ENV key=value`（含空白的值要加引号）；快速修复会按此改写。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->stage < 0) continue;
            if (instruction->keyword != df::Keyword::Env && instruction->keyword != df::Keyword::Label) continue;
            const std::string& name = instruction->keywordWord.value;
            for (const auto& pair : instruction->pairs) {
                if (!pair.legacy) continue;
                Finding f = finding(buildkit::reportRange(*instruction, pair.range),
                                    {util::concat({"\"", name, " key=value\" should be used instead of legacy \"", name,
                                                   " key value\" format"}),
                                     util::concat({"应使用 \"", name, " key=value\"，而不是旧式的 \"", name,
                                                   " key value\" 写法"})});
                if (auto fix = keyValueFix(ctx.file(), pair)) f.fixes.push_back(std::move(*fix));
                out.push_back(std::move(f));
            }
        }
    }

private:
    static std::optional<Fix> keyValueFix(const df::Dockerfile& file, const df::KeyValue& pair)
    {
        if (!pair.value || pair.key.range.start.line != pair.value->range.end.line) return std::nullopt;
        if (buildkit::sourceText(file, pair.value->range) != pair.value->value) return std::nullopt;
        if (buildkit::sourceText(file, pair.key.range) != pair.key.value) return std::nullopt;
        // A quote, escape or '=' in the key would change how `key=value` parses (fuzz_dockerfile found `ENV " A r`).
        if (pair.key.value.find_first_of("\"'`\\=") != std::string::npos) return std::nullopt;
        const std::string& value = pair.value->value;
        if (hasOtherSpace(value) || hasOtherSpace(pair.key.value)) return std::nullopt;
        std::string written;
        if (!hasUnquotedBlank(value)) {
            if (file.escape != U'\\' && value.find(static_cast<char>(file.escape)) != std::string::npos) return std::nullopt;
            written = value;
        } else if (value.find_first_of("\"'\\`") == std::string::npos) {
            written = "\"" + value + "\"";
        } else {
            return std::nullopt;
        }
        df::Range range{pair.key.range.start, pair.value->range.end};
        return support::makeFix("Use key=value", "改用 key=value",
                                {support::replaceEdit(range, pair.key.value + "=" + written)});
    }
};

} // namespace

std::unique_ptr<Rule> make_LegacyKeyValueFormat() { return std::make_unique<LegacyKeyValueFormat>(); }

} // namespace dw::lint::rules
