#include "lint/support_dockwarden.h"

#include <optional>

namespace dw::lint::rules {
namespace {

bool tagHas(const std::string& tag, std::initializer_list<std::string_view> words)
{
    for (std::string_view word : words)
        if (tag.find(word) != std::string::npos) return true;
    return false;
}

/// The leaner alternative to suggest for a full base image, or nullopt when `name:tag` is lean enough.
std::optional<LocalizedText> leanerVariant(const std::string& name, const std::string& tag)
{
    if (name == "debian" && !tagHas(tag, {"slim"}))
        return LocalizedText{"a full Debian; `debian:<version>-slim` or a distroless image is much smaller",
                             "完整的 Debian；`debian:<版本>-slim` 或 distroless 镜像小得多"};
    if (name == "ubuntu")
        return LocalizedText{"a full Ubuntu userland; consider an Alpine, Debian slim, Ubuntu chiselled or "
                             "distroless image",
                             "完整的 Ubuntu 用户空间；可考虑 Alpine、Debian slim、Ubuntu chiselled 或 distroless 镜像"};
    if (name == "centos" || name == "fedora")
        return LocalizedText{"a full " + name + " distribution; a minimal variant (fedora-minimal, ubi-minimal, "
                             "ubi-micro) or a distroless image carries far fewer packages",
                             "完整的 " + name + " 发行版；最小化变体（fedora-minimal、ubi-minimal、ubi-micro）或 "
                             "distroless 镜像的软件包少得多"};
    if ((name == "rockylinux" || name == "almalinux" || name == "rockylinux/rockylinux") && !tagHas(tag, {"minimal"}))
        return LocalizedText{"a full " + name + " image; its `-minimal` tags are much smaller",
                             "完整的 " + name + " 镜像；其 `-minimal` 标签小得多"};
    if (name.ends_with("/ubi") || name.ends_with("/ubi8") || name.ends_with("/ubi9") || name.ends_with("/ubi10"))
        return LocalizedText{"the standard Red Hat UBI; `ubi-minimal` or `ubi-micro` carry far fewer packages",
                             "标准的 Red Hat UBI；`ubi-minimal` 或 `ubi-micro` 的软件包少得多"};
    if (name == "oraclelinux" && !tagHas(tag, {"slim"}))
        return LocalizedText{"a full Oracle Linux; its `-slim` tags are much smaller",
                             "完整的 Oracle Linux；其 `-slim` 标签小得多"};
    if ((name == "python" || name == "node" || name == "ruby") &&
        !tagHas(tag, {"slim", "alpine", "windowsservercore", "nanoserver"}))
        return LocalizedText{"the full `" + name + "` image, built on a complete Debian with compilers and "
                             "headers; the `-slim` or `-alpine` variants (or distroless) are much smaller",
                             "完整的 `" + name + "` 镜像，基于带编译器和头文件的完整 Debian；`-slim`、`-alpine` 变体"
                             "（或 distroless）小得多"};
    if ((name == "openjdk" || name == "eclipse-temurin" || name == "ibm-semeru-runtimes" || name == "sapmachine") &&
        !tagHas(tag, {"jre"}))
        return LocalizedText{"a full JDK with the compiler and tools; a JRE tag (`-jre`) or a jlink-built runtime is "
                             "enough to run the application",
                             "带编译器和工具的完整 JDK；运行应用用 JRE 标签（`-jre`）或 jlink 裁剪的运行时就够了"};
    if (name == "golang" || name == "rust" || name == "maven" || name == "gradle")
        return LocalizedText{"a build toolchain (`" + name + "`) in the final image; build in an earlier stage and "
                             "copy only the result into a small runtime image (distroless, alpine or scratch)",
                             "最终镜像中带着构建工具链（`" + name + "`）；请在前面的阶段构建，只把产物复制到小巧的运行时镜像"
                             "（distroless、alpine 或 scratch）中"};
    return std::nullopt;
}

class DW1005 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1005",
            .severity = Severity::Info,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::MinimalBaseImage,
            .refs = {"cis-docker:4.3"},
            .title = {"The final image is based on a full distribution where a smaller variant exists",
                      "最终镜像基于完整发行版，而更小的变体是存在的"},
            .explanation = {
                "Every package in the base image is attack surface and a source of scanner findings, whether the "
                "application uses it or not: the full `node` or `python` images, for example, carry a complete "
                "Debian with compilers and hundreds of known vulnerabilities. Base the final stage on the smallest "
                "image that runs the application (a `-slim` or `-alpine` tag, a JRE instead of a JDK, distroless, "
                "or `scratch` for static binaries) and keep compilers and build tools in an earlier build stage.",
                "基础镜像中的每个软件包都是攻击面，也是漏洞扫描告警的来源，无论应用是否用到它：例如完整的 `node`、`python` "
                "镜像带着整套 Debian、编译器以及数以百计的已知漏洞。请让最终阶段基于能运行应用的最小镜像（`-slim` 或 "
                "`-alpine` 标签、用 JRE 代替 JDK、distroless，静态二进制可用 `scratch`），把编译器和构建工具留在前面的构建阶段。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Stage* base = dwsupport::finalBaseStage(ctx);
        if (!base || ctx.file().findStage(base->image.value, base->index)) return;
        const support::ImageRef ref = support::parseImageRef(base->image.value);
        const std::string name = dwsupport::hubName(ref);
        auto variant = leanerVariant(name, support::toLower(ref.tag));
        if (!variant) return;
        out.push_back(finding(base->image.range, {"The final image starts from `" + base->image.value + "`, " +
                                                      variant->en,
                                                  "最终镜像基于 `" + base->image.value + "`：" + variant->zh}));
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1005() { return std::make_unique<DW1005>(); }

} // namespace dw::lint::rules
