#include "guide/guided_fixes.h"

#include "dockerfile/parser.h"
#include "util/secrets.h"
#include "util/text.h"

#include <algorithm>
#include <optional>
#include <regex>

namespace dw::guide {
namespace {

struct Edit {
    std::size_t begin;
    std::size_t end;
    std::string text;
};

std::string applied(const std::string& source, std::vector<Edit> edits)
{
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
    std::string out = source;
    for (const Edit& edit : edits) out.replace(edit.begin, edit.end - edit.begin, edit.text);
    return out;
}

// Where a whole instruction's line starts and where the line after it starts.
std::size_t lineStartOf(const std::string& source, std::size_t offset)
{
    const std::size_t newline = offset == 0 ? std::string::npos : source.rfind('\n', offset - 1);
    return newline == std::string::npos ? 0 : newline + 1;
}

std::size_t nextLineStart(const std::string& source, std::size_t offset)
{
    const std::size_t newline = source.find('\n', offset);
    return newline == std::string::npos ? source.size() : newline + 1;
}

// The lines an instruction covers, from the start of its first to the start of the line after its last.
Edit removal(const df::Dockerfile& file, const df::Instruction& instruction)
{
    const std::size_t begin = lineStartOf(file.source, instruction.range.start.offset);
    const std::size_t end = nextLineStart(file.source, instruction.range.end.offset > 0 ? instruction.range.end.offset - 1 : 0);
    return {begin, end, ""};
}

std::string lower(std::string_view text) { return util::asciiLower(text); }

bool parsesCleanly(const df::Dockerfile& file)
{
    return std::none_of(file.errors.begin(), file.errors.end(),
                        [](const df::SyntaxError& e) { return e.kind == df::ErrorKind::Parser; });
}

// The instruction the final stage's runtime lines (CMD, ENTRYPOINT, ...) start at, or its end.
std::size_t runtimeSectionStart(const df::Dockerfile& file, const df::Stage& stage)
{
    for (std::size_t i = stage.fromIndex + 1; i < stage.endIndex; ++i) {
        const df::Keyword keyword = file.instructions[i].keyword;
        if (keyword == df::Keyword::Cmd || keyword == df::Keyword::Entrypoint) return lineStartOf(file.source, file.instructions[i].range.start.offset);
    }
    const df::Instruction& last = file.instructions[stage.endIndex - 1];
    return nextLineStart(file.source, last.range.end.offset > 0 ? last.range.end.offset - 1 : 0);
}

std::optional<GuidedFix> addNonRootUser(const df::Dockerfile& file)
{
    if (file.stages.empty()) return std::nullopt;
    const df::Stage& final = file.stages.back();
    const std::string image = lower(final.image.value);
    if (image == "scratch") return std::nullopt;
    std::optional<std::string> user;
    for (int stage = final.index; stage >= 0 && !user; stage = file.stages[static_cast<std::size_t>(stage)].baseStage) {
        const df::Stage& current = file.stages[static_cast<std::size_t>(stage)];
        for (std::size_t i = current.endIndex; i > current.fromIndex && !user; --i)
            if (file.instructions[i - 1].keyword == df::Keyword::User) user = file.instructions[i - 1].argText;
    }
    if (user && !util::isRootUser(*user)) return std::nullopt;
    std::string lines = "# Run as an unprivileged user\n";
    if (image.find("distroless") != std::string::npos) {
        lines += "USER nonroot\n";
    } else if (image.find("alpine") != std::string::npos || image.find("busybox") != std::string::npos) {
        lines += "RUN addgroup -S app && adduser -S -G app -H -s /sbin/nologin app\nUSER app\n";
    } else {
        lines += "RUN groupadd --system app && useradd --system --gid app --no-create-home --shell /usr/sbin/nologin app\n"
                 "USER app\n";
    }
    const std::size_t at = runtimeSectionStart(file, final);
    std::string insert = lines;
    if (at == file.source.size() && !file.source.empty() && file.source.back() != '\n') insert = "\n" + insert;
    GuidedFix fix;
    fix.id = "add-non-root-user";
    fix.card = "least-privilege-user";
    fix.title = {"Add an unprivileged user and switch to it", "添加非特权用户并切换过去"};
    fix.explanation = {"Creates a system user `app` without a login shell in the final stage and sets USER to it "
                       "before the command runs. Check that the application can still read its files and write where "
                       "it needs to (give those paths to `app` with `COPY --chown=app:app` or `chown`), and that it "
                       "listens on a port above 1024.",
                       "在最终阶段创建一个没有登录 shell 的系统用户 `app`，并在命令运行前把 USER 切换为它。应用前请确认："
                       "程序仍能读取自己的文件、能写入需要写的目录（用 `COPY --chown=app:app` 或 `chown` 把这些路径交给 "
                       "`app`），并且监听的是 1024 以上的端口。"};
    fix.resolves = {"DW1004", "DL3002", "DWH540", "DWH401"};
    fix.proposed = applied(file.source, {{at, at, insert}});
    return fix;
}

std::optional<GuidedFix> secretToBuildSecret(const df::Dockerfile& file)
{
    std::vector<Edit> edits;
    std::vector<std::string> names;
    for (const df::Instruction& instruction : file.instructions) {
        if (instruction.keyword != df::Keyword::Arg && instruction.keyword != df::Keyword::Env) continue;
        if (instruction.pairs.size() != 1) continue;
        const std::string& name = instruction.pairs.front().key.value;
        if (!secrets::isSecretName(name)) continue;
        names.push_back(name);
        edits.push_back(removal(file, instruction));
    }
    if (names.empty()) return std::nullopt;
    for (const df::Instruction& instruction : file.instructions) {
        if (instruction.keyword != df::Keyword::Run) continue;
        std::string mounts;
        for (const std::string& name : names) {
            const std::regex use("\\$\\{?" + name + "\\b");
            if (!std::regex_search(instruction.argText, use)) continue;
            mounts += " --mount=type=secret,id=" + lower(name) + ",env=" + name;
        }
        if (mounts.empty()) continue;
        const std::size_t at = instruction.keywordWord.range.end.offset;
        edits.push_back({at, at, mounts});
    }
    const bool hasSyntax = std::any_of(file.directives.begin(), file.directives.end(),
                                       [](const df::Directive& d) { return d.name == "syntax"; });
    if (!hasSyntax) edits.push_back({0, 0, "# syntax=docker/dockerfile:1\n"});
    std::string build;
    for (const std::string& name : names) build += " --secret id=" + lower(name) + ",env=" + name;
    GuidedFix fix;
    fix.id = "secret-to-build-secret";
    fix.card = "no-secrets";
    fix.title = {"Pass secrets as build secrets instead of ARG or ENV", "把 ARG / ENV 中的机密改为构建机密"};
    fix.explanation = {"Removes the ARG and ENV lines that hold secrets (their values stay in the image's history and "
                       "configuration) and mounts each secret only into the RUN steps that use it, as an environment "
                       "variable of that step. Build with `docker build" + build + " .`; the secret never reaches a "
                       "layer.",
                       "删除存放机密的 ARG 和 ENV 行（它们的值会留在镜像历史和配置里），改为只在用到它的 RUN "
                       "步骤中以环境变量的形式挂载该机密。构建时使用 `docker build" + build + " .`，机密不会写入任何镜像层。"};
    fix.resolves = {"SecretsUsedInArgOrEnv", "DW1001", "DW1002", "DWH410"};
    fix.proposed = applied(file.source, std::move(edits));
    return fix;
}

// The slim runtime image for a build image, when a rule of thumb gives one.
std::string runtimeImageFor(const std::string& image)
{
    const std::string name = lower(image);
    if (name.starts_with("golang")) return "gcr.io/distroless/static-debian12";
    const std::size_t colon = image.find(':');
    if (colon == std::string::npos || image.find('@') != std::string::npos) return image;
    const std::string tag = name.substr(colon + 1);
    if (tag.find("slim") != std::string::npos || tag.find("alpine") != std::string::npos) return image;
    if (name.starts_with("node:") || name.starts_with("python:") || name.starts_with("ruby:")) return image + "-slim";
    return image;
}

std::optional<GuidedFix> multiStageBuild(const df::Dockerfile& file)
{
    if (file.stages.size() != 1) return std::nullopt;
    static const std::regex buildStep(R"((npm|yarn|pnpm) (run )?build|go build|mvn .*package|gradle.* build|cargo build|make( |$)|dotnet publish)");
    const df::Stage& stage = file.stages.front();
    bool builds = false;
    std::string workdir = "/app";
    for (std::size_t i = stage.fromIndex; i < stage.endIndex; ++i) {
        const df::Instruction& instruction = file.instructions[i];
        if (instruction.keyword == df::Keyword::Run && std::regex_search(instruction.argText, buildStep)) builds = true;
        if (instruction.keyword == df::Keyword::Workdir) workdir = instruction.argText;
    }
    if (!builds) return std::nullopt;
    std::vector<Edit> edits;
    const df::Instruction& from = file.instructions[stage.fromIndex];
    if (stage.name.empty()) edits.push_back({from.range.end.offset, from.range.end.offset, " AS build"});
    const std::string buildName = stage.name.empty() ? "build" : stage.nameWord.value;
    std::string runtime;
    for (std::size_t i = stage.fromIndex + 1; i < stage.endIndex; ++i) {
        const df::Instruction& instruction = file.instructions[i];
        const df::Keyword keyword = instruction.keyword;
        const bool moves = keyword == df::Keyword::Cmd || keyword == df::Keyword::Entrypoint || keyword == df::Keyword::Expose ||
                           keyword == df::Keyword::User || keyword == df::Keyword::Healthcheck || keyword == df::Keyword::Label;
        if (!moves) continue;
        Edit moved = removal(file, instruction);
        std::string line = file.source.substr(moved.begin, moved.end - moved.begin);
        if (line.empty() || line.back() != '\n') line += '\n';
        runtime += line;
        edits.push_back(std::move(moved));
    }
    std::string finalStage = "\nFROM " + runtimeImageFor(stage.image.value) + "\nWORKDIR " + workdir + "\nCOPY --from=" +
                             buildName + " " + workdir + " " + workdir + "\n" + runtime;
    if (!file.source.empty() && file.source.back() != '\n') finalStage = "\n" + finalStage;
    edits.push_back({file.source.size(), file.source.size(), finalStage});
    GuidedFix fix;
    fix.id = "multi-stage-build";
    fix.card = "multi-stage-builds";
    fix.title = {"Split into a build stage and a small runtime stage", "拆分为构建阶段和精简的运行阶段"};
    fix.explanation = {"Names the current stage `" + buildName + "`, moves the runtime instructions (CMD, ENTRYPOINT, "
                       "EXPOSE, USER, HEALTHCHECK, LABEL) into a new final stage on a smaller base, and copies the "
                       "working directory over. Narrow the COPY to the build's output (a `dist/` folder, a binary) and "
                       "install only runtime dependencies there, so compilers and sources stay behind.",
                       "把当前阶段命名为 `" + buildName + "`，把运行时指令（CMD、ENTRYPOINT、EXPOSE、USER、HEALTHCHECK、"
                       "LABEL）移到一个基于更小基础镜像的新最终阶段，并把工作目录复制过去。请把 COPY 收窄到构建产物"
                       "（如 `dist/` 目录或二进制文件），并在最终阶段只安装运行时依赖，让编译器和源码留在构建阶段。"};
    fix.resolves = {"DW1010", "DW1005"};
    fix.proposed = applied(file.source, std::move(edits));
    return fix;
}

} // namespace

std::vector<GuidedFix> guidedFixes(const std::string& source)
{
    const df::Dockerfile file = df::parse(source);
    std::vector<GuidedFix> fixes;
    if (!parsesCleanly(file) || file.stages.empty()) return fixes;
    if (auto fix = multiStageBuild(file)) fixes.push_back(std::move(*fix));
    if (auto fix = secretToBuildSecret(file)) fixes.push_back(std::move(*fix));
    if (auto fix = addNonRootUser(file)) fixes.push_back(std::move(*fix));
    return fixes;
}

} // namespace dw::guide
