#include "lint/rule_support.h"

#include <algorithm>
#include <iterator>

namespace dw::lint::rules {
namespace {

// go build flags that take the next word as their value (when not written `-flag=value`).
bool takesValue(std::string_view flag)
{
    static constexpr std::string_view names[] = {
        "o", "p", "C", "ldflags", "gcflags", "asmflags", "gccgoflags", "tags", "mod", "modfile", "pkgdir",
        "toolexec", "exec", "overlay", "pgo", "compiler", "buildmode", "installsuffix", "coverpkg", "covermode"};
    return std::find(std::begin(names), std::end(names), flag) != std::end(names);
}

// Local packages, files and meta-packages (`tool`: the tools go.mod declares) need no version.
bool isLocal(std::string_view package)
{
    return package.front() == '.' || package.front() == '/' || support::endsWith(package, ".go") ||
           package == "all" || package == "std" || package == "cmd" || package == "tool";
}

// Floating queries: they resolve to something else as the module's history grows.
bool isFloating(std::string_view version)
{
    return version.empty() || version == "latest" || version == "upgrade" || version == "patch" ||
           version == "none" || version == "master" || version == "main" || version == "HEAD";
}

// The package words of `go install|get|run` that name no fixed version.
std::vector<const sh::Word*> unpinned(const sh::Command& command)
{
    std::vector<const sh::Word*> out;
    const auto& words = command.words;
    if (command.name() != "go" || words.size() < 2) return out;
    const std::string& verb = words[1].text;
    if (verb != "install" && verb != "get" && verb != "run") return out;
    for (std::size_t i = 2; i < words.size(); ++i) {
        const sh::Word& word = words[i];
        const std::string& text = word.text;
        if (text == "--") continue;
        if (text.size() > 1 && text.front() == '-') {
            const std::size_t start = text.find_first_not_of('-');
            const std::string_view name =
                std::string_view(text).substr(start == std::string::npos ? text.size() : start);
            if (name.find('=') == std::string_view::npos && takesValue(name)) ++i;
            continue;
        }
        const std::size_t at = text.rfind('@');
        const bool opaque = word.hasExpansion && at == std::string::npos; // the variable may hold `@version`
        if (!text.empty() && !opaque && !isLocal(text) &&
            (at == std::string::npos || isFloating(std::string_view(text).substr(at + 1))))
            out.push_back(&word);
        if (verb == "run") break; // the words after the package are the program's arguments
    }
    return out;
}

class DL3062 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3062",
            .severity = Severity::Warning,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImmutableTags,
            .refs = {"hadolint:DL3062"},
            .title = {"go install/get/run fetches a module without a fixed version: add `@<version>`",
                      "go install/get/run 获取的模块未固定版本：请加上 `@<版本>`"},
            .explanation = {
                "`go install example.com/tool` (or `@latest`) resolves to whatever version is newest when the "
                "image is built, so rebuilds can pull in different and unreviewed code. Name a release, e.g. "
                "`go install example.com/tool@v1.4.2`. Local paths (`.`, `./cmd/app`, `/src/app`) are built from "
                "your own sources and are not reported.",
                "`go install example.com/tool`（或 `@latest`）会解析为构建时最新的版本，重新构建时可能引入不同且未经审查的"
                "代码。请写明发布版本，例如 `go install example.com/tool@v1.4.2`。本地路径（`.`、`./cmd/app`、`/src/app`）"
                "由你自己的源码构建，不会被报告。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            std::string modules;
            for (const sh::Command* command : ctx.shell(*run).commandsNamed("go"))
                for (const sh::Word* word : unpinned(*command))
                    support::appendCodeItem(modules, word->raw());
            if (modules.empty()) continue;
            out.push_back(finding(run->range, {"No fixed version for " + modules + ": add `@<version>`",
                                               modules + " 未固定版本：请加上 `@<版本>`"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3062() { return std::make_unique<DL3062>(); }

} // namespace dw::lint::rules
