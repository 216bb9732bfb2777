#include "lint/dockerignore.h"
#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

// Go's filepath.Clean for slash-separated paths.
std::string cleanPath(std::string_view path)
{
    if (path.empty()) return ".";
    const bool rooted = path.front() == '/';
    std::vector<std::string> parts;
    for (const auto& part : buildkit::splitFields(path, '/')) {
        if (part.empty() || part == ".") continue;
        if (part == "..") {
            if (!parts.empty() && parts.back() != "..") parts.pop_back();
            else if (!rooted) parts.push_back(part);
            continue;
        }
        parts.push_back(part);
    }
    std::string out = rooted ? "/" : "";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
    return out.empty() ? "." : out;
}

bool remoteSource(std::string_view source)
{
    return source.find("://") != std::string_view::npos || support::startsWith(source, "git@");
}

class CopyIgnoredFile final : public buildkit::DispatchRule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "CopyIgnoredFile",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:CopyIgnoredFile"},
            .title = {"COPY or ADD names a file that .dockerignore excludes", "COPY 或 ADD 引用了被 .dockerignore 排除的文件"},
            .explanation = {
                "Files matched by .dockerignore are never sent to the builder, so a COPY or ADD of such a file fails "
                "(or, with wildcards, silently copies less than expected). Either stop ignoring the file in "
                ".dockerignore or do not copy it. The check is skipped when .dockerignore has `!` exception patterns.",
                "被 .dockerignore 匹配的文件不会发送给构建器，因此 COPY 或 ADD 这样的文件会失败（使用通配符时则会悄悄少复制）。"
                "请在 .dockerignore 中取消对该文件的忽略，或者不要复制它。.dockerignore 含有 `!` 例外规则时不做此检查。"},
        };
        return info;
    }

    void prepare(const LintContext& ctx, std::vector<Finding>& out, buildkit::DispatchHooks& hooks) const override
    {
        const DockerIgnore* ignore = ctx.dockerignore();
        if (!ignore || ignore->empty()) return;
        const auto& patterns = ignore->patterns();
        if (std::any_of(patterns.begin(), patterns.end(), [](const std::string& p) { return support::startsWith(p, "!"); }))
            return;
        const bool rootIgnored = std::any_of(patterns.begin(), patterns.end(), [](const std::string& p) {
            return p == "*" || p == "**" || p == "**/*";
        });
        const char32_t escape = ctx.file().escape;
        hooks.before = [this, &out, ignore, rootIgnored, escape](const df::Instruction& instruction, const buildkit::StageState& state) {
            const bool add = instruction.keyword == df::Keyword::Add;
            if (!add && instruction.keyword != df::Keyword::Copy) return;
            if (!add && instruction.flag("from")) return;
            for (const df::Word* source : buildkit::copySources(instruction)) {
                const std::string expanded = buildkit::processWord(source->value, state.env, escape).result;
                if (remoteSource(expanded)) continue;
                const std::string path = cleanPath(expanded);
                const bool ignored = path == "." || support::startsWith(path, "/") ? rootIgnored : ignore->matches(path);
                if (!ignored) continue;
                const std::string quoted = buildkit::goQuote(path);
                out.push_back(finding(buildkit::reportRange(instruction, source->range),
                                      {std::string("Attempting to ") + (add ? "Add" : "Copy") + " file " + quoted +
                                           " that is excluded by .dockerignore",
                                       std::string("试图") + (add ? "添加" : "复制") + "被 .dockerignore 排除的文件 " +
                                           quoted}));
            }
        };
        hooks.only = {df::Keyword::Copy, df::Keyword::Add};
    }
};

} // namespace

std::unique_ptr<Rule> make_CopyIgnoredFile() { return std::make_unique<CopyIgnoredFile>(); }

} // namespace dw::lint::rules
