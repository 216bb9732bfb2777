#include "image/content_checks_support.h"
#include "image/content_scanner_tree.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// World-writable files and directories in the final filesystem; a directory with the sticky bit (/tmp, 1777) is fine,
// symlinks (always 0777) are not looked at.
class DWI111 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI111",
            .severity = findings::Severity::Warning,
            .refs = {"cwe:CWE-732"},
            .title = {"World-writable files or directories in the image", "镜像中有全局可写的文件或目录"},
            .explanation = {"Any user in the container can change a world-writable file or replace the files of a "
                            "world-writable directory, for example a program or a script that root runs later.",
                            "容器中的任何用户都能修改全局可写的文件，或替换全局可写目录中的文件，例如之后由 root "
                            "运行的程序或脚本。"},
            .remedy = {"Set the modes where the files are created: `COPY --chmod=0644`, `RUN chmod o-w <path>`; for "
                    "shared scratch space use a directory with the sticky bit (`chmod 1777`).",
                    "在创建文件的地方设置权限：`COPY --chmod=0644`、`RUN chmod o-w "
                    "<路径>`；需要共享的临时目录请设置粘滞位（`chmod 1777`）。"},
            .practice = findings::Practice::LeastPrivilegeUser,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        std::vector<std::string> paths;
        for (const auto& [path, final] : finalFilesystemOf(ctx)) {
            const LayerEntry& entry = *final.entry;
            const bool directory = entry.kind == EntryKind::Directory;
            if (!directory && entry.kind != EntryKind::File && entry.kind != EntryKind::Hardlink) continue;
            if (!(entry.mode & 02) || (directory && (entry.mode & 01000))) continue;
            paths.push_back("/" + std::string(path) + (directory ? "/ (" : " (") +
                            content_checks::octalMode(entry.mode) + ")");
        }
        if (paths.empty()) return;
        const std::string count = std::to_string(paths.size());
        out.push_back(content_checks::makeFinding(
            info(), ctx, {"has " + count + " world-writable path(s)", "有 " + count + " 个全局可写的路径"},
            content_checks::listed(paths, 20)));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI111()
{
    return std::make_unique<DWI111>();
}

} // namespace dw::image::checks
