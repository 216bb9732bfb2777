#include "runtime/source_checks.h"

namespace dw::runtime {

using findings::Practice;
using findings::Severity;

const std::vector<findings::CheckInfo>& sourceChecks()
{
    static const std::vector<findings::CheckInfo> checks{
        {.id = "DWC001",
         .severity = Severity::Error,
         .refs = {},
         .title = {"File cannot be read as YAML", "文件无法按 YAML 解析"},
         .explanation = {"Compose rejects the whole file when its YAML is malformed, its bytes are not UTF-8, or it is "
                         "too large or too deeply nested to read safely; no service in it can be checked.",
                         "YAML 语法错误、内容不是 UTF-8 编码，或文件过大、嵌套过深而无法安全读取时，Compose "
                         "会拒绝整个文件，其中的服务也都无法检查。"},
         .remedy = {"Fix the YAML at the reported line (indentation, an unclosed quote or bracket, a tab).",
                    "按提示的行修正 YAML（缩进、未闭合的引号或括号、制表符）。"},
         .practice = Practice::StaticAnalysis},
        {.id = "DWC002",
         .severity = Severity::Error,
         .refs = {},
         .title = {"Compose key has the wrong type", "Compose 键的类型错误"},
         .explanation = {"A value of the wrong kind (a string where a boolean belongs, a map where a list belongs) "
                         "makes Compose refuse the file, or read the setting differently from what was meant.",
                         "值的类型不对（该写布尔值却写成字符串、该写列表却写成映射）会使 Compose "
                         "拒绝该文件，或以与本意不同的方式理解该设置。"},
         .remedy = {"Write the value in the form the Compose specification gives for the key.",
                    "按 Compose 规范为该键规定的形式书写取值。"},
         .practice = Practice::StaticAnalysis},
        {.id = "DWC003",
         .severity = Severity::Warning,
         .refs = {},
         .title = {"Unknown Compose key", "未知的 Compose 键"},
         .explanation = {"A key that the Compose specification does not define is usually a typo, and the setting it "
                         "was meant to make (a limit, a security option) is then silently missing.",
                         "Compose 规范中没有的键通常是拼写错误，其本应生效的设置（如资源限制、安全选项）因此悄然缺失。"},
         .remedy = {"Correct the key's spelling, or prefix private keys with `x-`.",
                    "改正键名拼写；自定义的键请以 `x-` 开头。"},
         .practice = Practice::StaticAnalysis},
        {.id = "DWC004",
         .severity = Severity::Error,
         .refs = {},
         .title = {"`extends` or `include` cannot be resolved", "`extends` 或 `include` 无法解析"},
         .explanation = {"The file or service it names does not exist, cannot be read, or leads back to itself; the "
                         "service is then checked without what it would inherit.",
                         "所引用的文件或服务不存在、无法读取，或形成循环引用；该服务只能在缺少继承内容的情况下检查。"},
         .remedy = {"Point `extends` / `include` at an existing file and service, relative to this file, and break "
                    "any cycle.",
                    "让 `extends` / `include` 指向相对于本文件存在的文件与服务，并消除循环引用。"},
         .practice = Practice::StaticAnalysis},
        {.id = "DWC005",
         .severity = Severity::Error,
         .refs = {},
         .title = {"Variable cannot be interpolated", "变量无法插值"},
         .explanation = {"A `${VAR:?message}` whose variable is unset, or a malformed `${...}`, stops Compose before "
                         "anything runs.",
                         "`${VAR:?message}` 所需的变量未设置，或 `${...}` 格式错误时，Compose 会在运行前直接报错。"},
         .remedy = {"Set the variable in the environment or in the `.env` file beside the Compose file, or give it a "
                    "default with `${VAR:-default}`.",
                    "在环境变量或 Compose 文件旁的 `.env` 文件中设置该变量，或用 `${VAR:-default}` 提供默认值。"},
         .practice = Practice::StaticAnalysis},
        {.id = "DWC006",
         .severity = Severity::Error,
         .refs = {},
         .title = {"Container has no image to run", "容器没有可运行的镜像"},
         .explanation = {"A Compose service needs `image:` or `build:`, and a `docker run` line needs an image after "
                         "its options; without one nothing can be created, and nothing about the image can be checked.",
                         "Compose 服务必须有 `image:` 或 `build:`，`docker run` 命令行必须在选项之后给出镜像；"
                         "缺少时既无法创建容器，也无法检查镜像。"},
         .remedy = {"Add `image:` or `build:` to the service, or the image name to the command line.",
                    "为服务添加 `image:` 或 `build:`，或在命令行中写上镜像名。"},
         .practice = Practice::StaticAnalysis},
        {.id = "DWC007",
         .severity = Severity::Warning,
         .refs = {},
         .title = {"`docker run` option cannot be read", "无法识别的 `docker run` 选项"},
         .explanation = {"An option that `docker run` does not know, or one missing its value, makes the command fail; "
                         "the settings after it may also be read wrongly.",
                         "`docker run` 不认识的选项或缺少取值的选项会导致命令失败，其后的设置也可能被误读。"},
         .remedy = {"Check the option's spelling and give it its value (`--memory 512m`, `--user 1000:1000`).",
                    "检查选项拼写并给出取值（如 `--memory 512m`、`--user 1000:1000`）。"},
         .practice = Practice::StaticAnalysis},
    };
    return checks;
}

const findings::CheckInfo* findSourceCheck(std::string_view id)
{
    for (const findings::CheckInfo& check : sourceChecks())
        if (check.id == id) return &check;
    return nullptr;
}

} // namespace dw::runtime
