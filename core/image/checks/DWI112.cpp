#include "image/content_checks_support.h"
#include "image/content_scanner_tree.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

/// Where the first ".git" segment of `path` starts, or npos (".github" is not one).
std::size_t gitSegment(std::string_view path)
{
    if (path == ".git" || path.starts_with(".git/")) return 0;
    for (std::size_t at = path.find("/.git"); at != std::string::npos; at = path.find("/.git", at + 1)) {
        const std::size_t end = at + 5;
        if (end == path.size() || path[end] == '/') return at + 1;
    }
    return std::string::npos;
}

// A .git directory in the final filesystem (one finding per repository).
class DWI112 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI112",
            .severity = findings::Severity::Warning,
            .refs = {"dockle:DKL-LI-0003"},
            .title = {".git directory in the image", "镜像中有 .git 目录"},
            .explanation =
                {"A .git directory carries the whole history of the source: old versions of files, deleted secrets, "
                 "remote URLs and sometimes credentials. It also makes the image bigger for nothing.",
                 ".git "
                 "目录包含源码的全部历史：文件的旧版本、已删除的机密、远程仓库地址，有时还有凭据。它还会无谓地增大镜像"
                 "。"},
            .remedy = {"Add `.git` to .dockerignore so `COPY . .` leaves it out, or copy only the build output into the "
                    "final stage.",
                    "在 .dockerignore 中加入 `.git`，让 `COPY . .` 不再复制它；或只把构建产物复制到最终阶段。"},
            .practice = findings::Practice::NoSecrets,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        std::string lastRoot;
        for (const auto& [path, final] : finalFilesystemOf(ctx)) {
            const std::size_t at = gitSegment(path);
            if (at == std::string::npos) continue;
            const std::string root(path.substr(0, at + 4));
            if (root == lastRoot) continue;
            if (root == path && final.entry->kind != EntryKind::Directory) continue; // a worktree's ".git" file
            lastRoot = root;
            out.push_back(content_checks::makeFinding(
                info(), ctx,
                {"ships a git repository in /" + root + " (" + content_checks::layerName(final.layerIndex) + ")",
                 "包含 git 仓库：/" + root + "（层 " + std::to_string(final.layerIndex) + "）"},
                "/" + root, final.layerIndex, root));
        }
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI112()
{
    return std::make_unique<DWI112>();
}

} // namespace dw::image::checks
