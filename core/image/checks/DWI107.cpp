#include "image/content_checks_support.h"
#include "image/packages_inspector.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dw::image::checks {
namespace {

/// Names sharing one numeric id in a passwd or group file: id -> names, only ids used more than once.
std::map<std::string, std::vector<std::string>> sharedIds(std::string_view text)
{
    std::map<std::string, std::vector<std::string>> names;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (line.empty() || line.front() == '#') continue;
        const std::size_t first = line.find(':');
        const std::size_t second = first == std::string_view::npos ? first : line.find(':', first + 1);
        const std::size_t third = second == std::string_view::npos ? second : line.find(':', second + 1);
        if (third == std::string_view::npos) continue;
        const std::string_view id = line.substr(second + 1, third - second - 1);
        if (id.empty()) continue;
        names[std::string(id)].emplace_back(line.substr(0, first));
    }
    std::erase_if(names, [](const auto& item) { return item.second.size() < 2; });
    return names;
}

// The same UID in etc/passwd or GID in etc/group twice (dockle DKL-LI-0002): two accounts that the kernel cannot
// tell apart, so files and processes of one belong to the other too.
class DWI107 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI107",
            .severity = findings::Severity::Warning,
            .refs = {"dockle:DKL-LI-0002"},
            .title = {"Two accounts share a UID or GID", "两个账号共用同一个 UID 或 GID"},
            .explanation = {"The kernel knows users and groups only by number. Two names with one UID are the same "
                            "user: files, processes and permissions of one belong to the other, and a second UID 0 is "
                            "a second root.",
                            "内核只按数字识别用户和组。两个名字共用一个 UID 就是同一个用户：一方的文件、进程和权限都属于另一方；"
                            "第二个 UID 为 0 的账号就是第二个 root。"},
            .remedy = {"Give every account its own id when creating it (`useradd -u 10001 app`, `groupadd -g 10001 app`) "
                    "and remove the duplicate lines from etc/passwd or etc/group in the Dockerfile.",
                    "创建账号时为每个账号分配独立的 id（`useradd -u 10001 app`、`groupadd -g 10001 app`），并在 "
                    "Dockerfile 中删除 etc/passwd 或 etc/group 里的重复行。"},
            .practice = findings::Practice::LeastPrivilegeUser,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        for (const auto& [file, kind] : {std::pair{"etc/passwd", "UID"}, std::pair{"etc/group", "GID"}}) {
            const auto found = finalCapturedFile(*ctx.image, file);
            if (!found) continue;
            for (const auto& [id, names] : sharedIds(found->file->content)) {
                std::string list;
                for (const auto& name : names) list += (list.empty() ? "" : ", ") + name;
                out.push_back(makeFinding(info(), ctx,
                                          {"has several accounts with " + std::string(kind) + " " + id + " (" + list + ")",
                                           "有多个账号使用 " + std::string(kind) + " " + id + "（" + list + "）"},
                                          "/" + found->path + ": " + list + " share " + kind + " " + id,
                                          found->file->layerIndex, found->path));
            }
        }
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI107()
{
    return std::make_unique<DWI107>();
}

} // namespace dw::image::checks
