#include "image/content_checks_support.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

// A VOLUME on /sys, /dev or /proc (dockle's exact list): a volume there shadows the kernel's own filesystem.
class DWI213 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI213",
            .severity = findings::Severity::Error,
            .refs = {"dockle:DKL-DI-0002"},
            .title = {"VOLUME declared on a system directory", "在系统目录上声明了 VOLUME"},
            .explanation = {"/sys, /dev and /proc are filled in by the kernel and the runtime when the container "
                            "starts. A volume mounted there hides them, or writes what should be the kernel's view "
                            "into a volume that outlives the container and can be shared with others.",
                            "/sys、/dev 和 /proc 由内核和运行时在容器启动时提供。在这些位置挂载卷会遮住它们，或把本应由"
                            "内核提供的内容写进一个比容器活得更久、还可能被其他容器共享的卷。"},
            .remedy = {"Remove the VOLUME instruction for that path from the Dockerfile; declare volumes only for "
                    "application data (`VOLUME /var/lib/app`), or mount them at run time with `docker run -v`.",
                    "从 Dockerfile 中删除该路径的 VOLUME 指令；只为应用数据声明卷（`VOLUME /var/lib/app`），或在运行时用 "
                    "`docker run -v` 挂载。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        for (const std::string& volume : ctx.image->config.volumes) {
            std::string path = volume;
            while (path.size() > 1 && path.back() == '/') path.pop_back();
            if (path != "/sys" && path != "/dev" && path != "/proc") continue;
            out.push_back(makeFinding(info(), ctx, {"declares a VOLUME on " + path, "在 " + path + " 上声明了 VOLUME"},
                                      "Config.Volumes contains \"" + volume + "\""));
        }
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI213()
{
    return std::make_unique<DWI213>();
}

} // namespace dw::image::checks
