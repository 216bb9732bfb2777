#include "image/content_checks_support.h"
#include "image/content_scanner_tree.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// Setuid or setgid regular files (and hard links) in the final filesystem; directories do not count. Like dockle there
// is no allow-list: the finding lists them so that the expected ones (passwd, su) can be told apart.
class DWI110 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI110",
            .severity = findings::Severity::Warning,
            .refs = {"dockle:CIS-DI-0008", "cis-docker:4.8"},
            .title = {"Setuid or setgid files in the image", "镜像中有 setuid 或 setgid 文件"},
            .explanation =
                {"A setuid or setgid program runs with the rights of its owner or group, usually root, whoever starts "
                 "it. Each one is a way for a compromised process to gain privileges; most containers need none of "
                 "them.",
                 "setuid 或 setgid 程序不论由谁启动，都以其属主或属组（通常是 "
                 "root）的权限运行。每一个这样的文件都可能被已被攻破的进程用来提权，而大多数容器一个都不需要。"},
            .remedy = {"Remove the bits in the Dockerfile: `RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +`, "
                    "or keep only the programs you need; run the container with `--security-opt no-new-privileges`.",
                    "在 Dockerfile 中去掉这些权限位：`RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} "
                    "+`，或只保留确实需要的程序；并以 `--security-opt no-new-privileges` 运行容器。"},
            .practice = findings::Practice::LeastPrivilegeUser,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        std::vector<std::string> files;
        for (const auto& [path, final] : finalFilesystemOf(ctx)) {
            const LayerEntry& entry = *final.entry;
            if (entry.kind != EntryKind::File && entry.kind != EntryKind::Hardlink) continue;
            if (entry.mode & 06000)
                files.push_back("/" + std::string(path) + " (" + content_checks::octalMode(entry.mode) + ")");
        }
        if (files.empty()) return;
        const std::string count = std::to_string(files.size());
        out.push_back(content_checks::makeFinding(
            info(), ctx, {"has " + count + " setuid/setgid file(s)", "有 " + count + " 个 setuid/setgid 文件"},
            content_checks::listed(files, 20)));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI110()
{
    return std::make_unique<DWI110>();
}

} // namespace dw::image::checks
