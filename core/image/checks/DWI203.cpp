#include "image/content_checks_support.h"
#include "util/secrets.h"
#include "util/text.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dw::image::checks {
namespace {

// "file:0123 in / " (classic builder) or "rootfs.tar.gz / " (BuildKit): the last word, after " in " when present.
std::string_view addDestination(std::string_view body)
{
    body = util::trimmed(body);
    if (const std::size_t in = body.rfind(" in "); in != std::string_view::npos) return util::trimmed(body.substr(in + 4));
    const std::size_t space = body.find_last_of(" \t");
    return space == std::string_view::npos ? body : body.substr(space + 1);
}

// ADD in the build history. Like dockle, the base image's root filesystem is excused, but only when it really is one:
// the very first step of the history, extracted into "/". Every other ADD is reported (an image built FROM scratch
// whose first ADD drops a key into /root/.ssh is not a base rootfs). An ADD of a URL is a warning, others info.
class DWI203 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI203",
            .severity = findings::Severity::Info,
            .refs = {"dockle:CIS-DI-0009", "cis-docker:4.9"},
            .title = {"ADD used in the build", "构建中使用了 ADD"},
            .explanation =
                {"ADD silently unpacks local archives and downloads URLs without checking what arrives, so the image "
                 "may contain more, or other, files than the Dockerfile suggests. COPY only copies.",
                 "ADD 会自动解压本地归档并下载 URL，且不校验下载内容，因此镜像中的文件可能比 Dockerfile "
                 "看上去的更多或不同。COPY 只做复制。"},
            .remedy = {"Use `COPY` for files and directories; for downloads use `ADD --checksum=sha256:...` or `RUN curl` "
                    "with a checksum check; unpack archives explicitly.",
                    "复制文件和目录请用 `COPY`；下载请用 `ADD --checksum=sha256:...`，或用 `RUN curl` "
                    "并校验摘要；归档请显式解压。"},
            .practice = findings::Practice::CopyOverAdd,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        const std::vector<HistoryEntry>& history = ctx.image->config.history;
        for (std::size_t i = 0; i < history.size(); ++i) {
            const content_checks::HistoryStep step = content_checks::parseHistoryStep(history[i].createdBy);
            if (step.instruction != "ADD") continue;
            if (i == 0 && addDestination(step.body) == "/") continue;
            const bool remote =
                step.body.find("http://") != std::string::npos || step.body.find("https://") != std::string::npos;
            const std::string source = secrets::redactAll(step.body).substr(0, 80);
            ImageFinding finding =
                content_checks::makeFinding(info(), ctx,
                                            {(remote ? "downloads with ADD: " : "uses ADD: ") + source,
                                             (remote ? "使用 ADD 下载：" : "使用了 ADD：") + source},
                                            "history[" + std::to_string(i) + "].created_by: " +
                                                secrets::redactAll(history[i].createdBy).substr(0, 200),
                                            content_checks::layerOfHistory(*ctx.image, i));
            if (remote) finding.finding.severity = findings::Severity::Warning;
            out.push_back(std::move(finding));
        }
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI203()
{
    return std::make_unique<DWI203>();
}

} // namespace dw::image::checks
