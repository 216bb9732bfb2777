#include "lint/support_dockwarden.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

bool firstArgIn(const sh::Command& command, std::initializer_list<std::string_view> values)
{
    const std::string* first = command.argNoFlag(0);
    return first && std::find(values.begin(), values.end(), *first) != values.end();
}

bool anyArgIn(const sh::Command& command, std::initializer_list<std::string_view> values)
{
    const auto args = command.argsNoFlags();
    return std::any_of(args.begin(), args.end(), [&](std::string_view arg) {
        return std::find(values.begin(), values.end(), arg) != values.end();
    });
}

/// The build a command runs ("go build", "mvn package" ...), or "" when it is no compile or bundle step.
std::string buildStep(const sh::Command& command)
{
    const std::string_view name = command.name();
    if (name == "go" && firstArgIn(command, {"build", "install"})) return "go " + *command.argNoFlag(0);
    if (name == "cargo" && firstArgIn(command, {"build", "install"})) return "cargo " + *command.argNoFlag(0);
    if ((name == "mvn" || name == "mvnw") && anyArgIn(command, {"package", "install", "verify", "compile"}))
        return "mvn package";
    if ((name == "gradle" || name == "gradlew") &&
        anyArgIn(command, {"build", "assemble", "jar", "bootJar", "shadowJar", "installDist"}))
        return "gradle build";
    if (name == "dotnet" && firstArgIn(command, {"publish", "build"}))
        return "dotnet " + *command.argNoFlag(0);
    if (name == "npm" && firstArgIn(command, {"run", "run-script"}) && command.argNoFlag(1) &&
        *command.argNoFlag(1) == "build")
        return "npm run build";
    if ((name == "yarn" || name == "pnpm") &&
        (firstArgIn(command, {"build"}) ||
         (firstArgIn(command, {"run"}) && command.argNoFlag(1) && *command.argNoFlag(1) == "build")))
        return std::string(name) + " build";
    static const std::vector<std::string_view> compilers{"gcc", "g++", "cc", "c++", "clang", "clang++", "javac",
                                                         "rustc", "make", "cmake", "ninja"};
    if (std::find(compilers.begin(), compilers.end(), name) != compilers.end() &&
        !command.hasAnyFlag({"version", "help", "dumpversion", "print-search-dirs"}) && !command.hasArg("-v") &&
        !command.hasArg("-version"))
        return std::string(name);
    return "";
}

/// The RUN also removes packages (`apt-get purge`, `apk del` ...): the usual single-layer "build, then drop the
/// toolchain" pattern of official images.
bool removesToolchain(const sh::Script& script)
{
    for (const sh::Command& command : script.commands) {
        const std::string_view name = command.name();
        if ((name == "apt-get" || name == "apt") && firstArgIn(command, {"purge", "remove", "autoremove"}))
            return true;
        if (name == "apk" && firstArgIn(command, {"del"})) return true;
        if ((name == "yum" || name == "dnf" || name == "microdnf") &&
            firstArgIn(command, {"remove", "erase", "autoremove"}))
            return true;
    }
    return false;
}

class DW1010 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1010",
            .severity = Severity::Info,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::MultiStage,
            .refs = {"cis-docker:4.3"},
            .title = {"The image is compiled without a separate build stage", "镜像在没有独立构建阶段的情况下编译"},
            .explanation = {
                "When the compile or bundle step runs in the stage that becomes the image, the compilers, build "
                "tools, dependency caches, sources and intermediate files all ship with it: a bigger image and "
                "more tools for an attacker to use. Build in a first stage (`FROM golang:1.22 AS build`) and copy "
                "only the result into a small runtime stage (`COPY --from=build /out/app /app` on distroless, "
                "alpine or scratch). A RUN that builds and then purges its build packages in the same layer is "
                "accepted.",
                "编译或打包步骤如果在最终成为镜像的阶段中运行，编译器、构建工具、依赖缓存、源代码和中间文件都会一起发布："
                "镜像更大，攻击者可利用的工具也更多。请在第一个阶段中构建（`FROM golang:1.22 AS build`），只把产物复制到"
                "小巧的运行阶段（在 distroless、alpine 或 scratch 上执行 `COPY --from=build /out/app /app`）。"
                "在同一层中构建后随即卸载构建软件包的 RUN 不在此列。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        const std::vector<int>& chain = ctx.finalStageChain();
        if (chain.empty() || chain.size() != file.stages.size()) return; // there is a separate build stage
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            const sh::Script& script = ctx.shell(*run);
            if (removesToolchain(script)) continue;
            for (const sh::Command& command : script.commands) {
                const std::string step = buildStep(command);
                if (step.empty()) continue;
                out.push_back(finding(dwsupport::runRange(ctx, *run, command.begin, command.end),
                                      {"`" + step + "` runs in the stage that becomes the image; build in a separate "
                                                    "stage and copy only the result",
                                       "`" + step + "` 在最终成为镜像的阶段中运行；请在单独的阶段中构建，只复制产物"}));
                return;
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1010() { return std::make_unique<DW1010>(); }

} // namespace dw::lint::rules
