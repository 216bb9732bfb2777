#include "util/text.h"
#include "image/content_checks_support.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// The image's default user is root: Config.User empty, root or 0 (with or without a group). dockle only catches empty
// and 'root'; numeric 0 is the same user.
class DWI201 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI201",
            .severity = findings::Severity::Warning,
            .refs = {"dockle:CIS-DI-0001", "cis-docker:4.1"},
            .title = {"Image runs as root by default", "镜像默认以 root 身份运行"},
            .explanation = {"Without a USER, every container of the image runs its processes as root unless the "
                            "operator thinks of overriding it. A bug in the application then runs with full rights in "
                            "the container and is one kernel flaw away from root on the host.",
                            "镜像没有设置 USER 时，除非运维人员想到覆盖，否则每个容器都以 root "
                            "运行进程。应用中的漏洞因此拥有容器内的全部权限，离主机 root 只差一个内核缺陷。"},
            .remedy = {"Create an unprivileged user and switch to it at the end of the Dockerfile: `RUN useradd -r -u "
                    "10001 app` then `USER 10001`.",
                    "创建一个非特权用户，并在 Dockerfile 末尾切换到该用户：`RUN useradd -r -u 10001 app`，然后 `USER "
                    "10001`。"},
            .practice = findings::Practice::LeastPrivilegeUser,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image || !util::isRootUser(ctx.image->config.user)) return;
        const std::string& user = ctx.image->config.user;
        out.push_back(content_checks::makeFinding(
            info(), ctx,
            {user.empty() ? "runs as root (no USER set)" : "runs as root (USER " + user + ")",
             user.empty() ? "以 root 身份运行（未设置 USER）" : "以 root 身份运行（USER " + user + "）"},
            "Config.User=\"" + user + "\""));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI201()
{
    return std::make_unique<DWI201>();
}

} // namespace dw::image::checks
