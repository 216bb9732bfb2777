// Short documentation of every instruction and of the flags BuildKit accepts, in English and Simplified Chinese,
// written for the editor's hover and completion.
#include "language/instruction_docs.h"

#include <algorithm>
#include <cctype>

namespace dw::language {
namespace {

bool equalsNoCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
}

const std::vector<InstructionDoc>& table()
{
    static const std::vector<InstructionDoc> docs = {
        {"FROM", {"Starts a build stage from a base image; `AS name` names the stage for later `--from`.",
                  "以基础镜像开始一个构建阶段；`AS name` 为该阶段命名，供后面的 `--from` 引用。"},
         {{"--platform", {"The platform of the base image, e.g. linux/amd64 or $BUILDPLATFORM.",
                          "基础镜像的平台，例如 linux/amd64 或 $BUILDPLATFORM。"}}}},
        {"RUN", {"Runs a command in a new layer. Join related commands with && to keep layers few.",
                 "在新的镜像层中执行命令。相关命令用 && 连接，减少层数。"},
         {{"--mount", {"Mounts a cache, secret, SSH agent, bind or tmpfs for this command only; nothing of it stays in the layer.",
                       "仅为本条命令挂载缓存、密钥、SSH agent、bind 或 tmpfs；挂载内容不会留在镜像层中。"}},
          {"--network", {"The network of the command: default, none or host.", "命令使用的网络：default、none 或 host。"}},
          {"--security", {"insecure runs the command with all capabilities (needs the entitlement); sandbox is the default.",
                          "insecure 以全部权限运行命令（需要授权）；默认是 sandbox。"}}}},
        {"CMD", {"The default command of the container; use the JSON form [\"exe\", \"arg\"] so signals reach it.",
                 "容器的默认命令；请使用 JSON 形式 [\"exe\", \"arg\"]，让进程能收到信号。"}, {}},
        {"LABEL", {"Adds metadata to the image, e.g. org.opencontainers.image.source and .version.",
                   "为镜像添加元数据，例如 org.opencontainers.image.source 和 .version。"}, {}},
        {"MAINTAINER", {"Deprecated: record the maintainer with LABEL org.opencontainers.image.authors.",
                        "已弃用：请用 LABEL org.opencontainers.image.authors 记录维护者。"}, {}},
        {"EXPOSE", {"Documents the ports the container listens on; it publishes nothing by itself.",
                    "声明容器监听的端口；它本身并不会发布端口。"}, {}},
        {"ENV", {"Sets environment variables for later instructions and the running container. Never put secrets here: they stay in the image.",
                 "为后续指令和运行中的容器设置环境变量。不要在这里写密钥：它们会留在镜像中。"}, {}},
        {"ADD", {"Copies files, and also fetches URLs and unpacks local tar archives. Prefer COPY for plain files.",
                 "复制文件，并能下载 URL、解压本地 tar 包。普通文件请优先使用 COPY。"},
         {{"--chown", {"Owner of the copied files (user:group).", "复制后文件的属主（用户:组）。"}},
          {"--chmod", {"Permissions of the copied files.", "复制后文件的权限。"}},
          {"--link", {"Copies into an independent layer that survives base image changes in the cache.",
                      "复制到独立的层中，基础镜像变化时该层仍可复用缓存。"}},
          {"--checksum", {"Verifies a downloaded file against sha256:<digest>.", "用 sha256:<摘要> 校验下载的文件。"}},
          {"--keep-git-dir", {"Keeps the .git directory when adding a Git repository.", "添加 Git 仓库时保留 .git 目录。"}},
          {"--exclude", {"Leaves out paths matching the pattern.", "排除匹配该模式的路径。"}}}},
        {"COPY", {"Copies files from the build context or, with --from, from another stage or image.",
                  "从构建上下文复制文件；使用 --from 时从其他阶段或镜像复制。"},
         {{"--from", {"Copies from a named stage, a stage index or an image instead of the build context.",
                      "从指定名称或序号的阶段、或从某个镜像复制，而不是从构建上下文复制。"}},
          {"--chown", {"Owner of the copied files (user:group).", "复制后文件的属主（用户:组）。"}},
          {"--chmod", {"Permissions of the copied files.", "复制后文件的权限。"}},
          {"--link", {"Copies into an independent layer that survives base image changes in the cache.",
                      "复制到独立的层中，基础镜像变化时该层仍可复用缓存。"}},
          {"--parents", {"Keeps the parent directories of the sources.", "保留源文件的上级目录结构。"}},
          {"--exclude", {"Leaves out paths matching the pattern.", "排除匹配该模式的路径。"}}}},
        {"ENTRYPOINT", {"The executable the container runs; CMD supplies its default arguments. Use the JSON form.",
                        "容器运行的可执行文件；CMD 提供其默认参数。请使用 JSON 形式。"}, {}},
        {"VOLUME", {"Declares a mount point whose data lives outside the container's layer.",
                    "声明一个挂载点，其数据存放在容器层之外。"}, {}},
        {"USER", {"The user (and group) that later instructions and the container run as. End with a non-root user.",
                  "后续指令和容器运行时使用的用户（和组）。最后应切换到非 root 用户。"}, {}},
        {"WORKDIR", {"The working directory of later instructions; use an absolute path.",
                     "后续指令的工作目录；请使用绝对路径。"}, {}},
        {"ARG", {"A build argument, set with --build-arg. Its value is visible in the image history: no secrets.",
                 "构建参数，用 --build-arg 设置。其值会出现在镜像历史中：不要用来传递密钥。"}, {}},
        {"ONBUILD", {"An instruction that runs when another image is built FROM this one.",
                     "当其他镜像以本镜像为基础（FROM）构建时才执行的指令。"}, {}},
        {"STOPSIGNAL", {"The signal that stops the container (default SIGTERM).", "停止容器时发送的信号（默认 SIGTERM）。"}, {}},
        {"HEALTHCHECK", {"How the engine checks that the container still works; NONE disables an inherited check.",
                         "容器引擎如何检查容器是否仍正常工作；NONE 会关闭继承来的检查。"},
         {{"--interval", {"Time between checks (default 30s).", "两次检查的间隔（默认 30s）。"}},
          {"--timeout", {"Time after which one check counts as failed (default 30s).", "单次检查超过该时间即视为失败（默认 30s）。"}},
          {"--start-period", {"Grace time after start when failures do not count.", "容器启动后的宽限时间，期间的失败不计入。"}},
          {"--start-interval", {"Time between checks during the start period.", "宽限期内两次检查的间隔。"}},
          {"--retries", {"Failures in a row before the container is unhealthy (default 3).", "连续失败多少次后容器被判为不健康（默认 3）。"}}}},
        {"SHELL", {"The shell that runs the shell form of RUN, CMD and ENTRYPOINT, e.g. [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"].",
                   "执行 shell 形式的 RUN、CMD 和 ENTRYPOINT 所用的 shell，例如 [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]。"}, {}},
    };
    return docs;
}

} // namespace

const std::vector<InstructionDoc>& instructionDocs()
{
    return table();
}

const InstructionDoc* findInstructionDoc(std::string_view keyword)
{
    for (const InstructionDoc& doc : table())
        if (equalsNoCase(doc.keyword, keyword)) return &doc;
    return nullptr;
}

const findings::LocalizedText* instructionDoc(std::string_view keyword)
{
    const InstructionDoc* doc = findInstructionDoc(keyword);
    return doc ? &doc->text : nullptr;
}

const findings::LocalizedText* flagDoc(std::string_view keyword, std::string_view flag)
{
    const InstructionDoc* doc = findInstructionDoc(keyword);
    if (!doc) return nullptr;
    for (const FlagDoc& entry : doc->flags)
        if (entry.name == flag) return &entry.text;
    return nullptr;
}

} // namespace dw::language
