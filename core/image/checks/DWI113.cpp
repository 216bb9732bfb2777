#include "image/content_checks_support.h"
#include "image/content_scanner_tree.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

/// "usr/bin/gcc-12" -> true: a compiler or build tool's name in a directory called bin (usr/bin, usr/local/go/bin,
/// usr/lib/jvm/java-17/bin ...). Versioned names ("gcc-12", "clang-17", "x86_64-linux-gnu-g++-12") count.
bool isBuildTool(std::string_view path)
{
    const std::size_t slash = path.rfind('/');
    if (slash == std::string_view::npos) return false;
    const std::string_view directory = path.substr(0, slash);
    if (!(directory == "bin" || directory.ends_with("/bin"))) return false;
    std::string_view name = path.substr(slash + 1);
    for (std::string_view triplet : {"x86_64-linux-gnu-", "aarch64-linux-gnu-", "arm-linux-gnueabihf-"})
        if (name.starts_with(triplet)) name.remove_prefix(triplet.size());
    const std::size_t dash = name.rfind('-');
    if (dash != std::string_view::npos && dash + 1 < name.size() &&
        std::all_of(name.begin() + static_cast<std::ptrdiff_t>(dash) + 1, name.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }))
        name = name.substr(0, dash); // "gcc-12"
    static constexpr std::array<std::string_view, 17> kTools{"gcc",   "cc",    "g++",   "c++",      "clang", "clang++",
                                                             "make",  "gmake", "cmake", "ninja",    "go",    "rustc",
                                                             "cargo", "javac", "tcc",   "gfortran", "cpp"};
    return std::find(kTools.begin(), kTools.end(), name) != kTools.end();
}

// Compilers and build tools (gcc, clang, make, cmake, go, rustc, javac ...) in a bin directory of the final filesystem;
// a tool deleted by a later layer is gone and not reported.
class DWI113 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI113",
            .severity = findings::Severity::Info,
            .refs = {},
            .title = {"Build tools left in the final image", "最终镜像中留有构建工具"},
            .explanation =
                {"Compilers and build tools are needed to build the application, not to run it. In the final image "
                 "they add size and vulnerabilities, and give an attacker who gets in a ready toolchain.",
                 "编译器和构建工具只在构建应用时需要，运行时并不需要。留在最终镜像中会增加体积和漏洞数量，还会给入侵者"
                 "提供现成的工具链。"},
            .remedy = {"Build in one stage and copy only the result into a slim final stage: `FROM golang:1.22 AS build` "
                    "... `FROM gcr.io/distroless/static` + `COPY --from=build /out/app /app`.",
                    "在一个阶段中构建，只把结果复制到精简的最终阶段：`FROM golang:1.22 AS build` …… `FROM "
                    "gcr.io/distroless/static` 加 `COPY --from=build /out/app /app`。"},
            .practice = findings::Practice::MultiStage,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        std::vector<std::string> tools;
        for (const auto& [path, final] : finalFilesystemOf(ctx)) {
            const EntryKind kind = final.entry->kind;
            if (kind != EntryKind::File && kind != EntryKind::Symlink && kind != EntryKind::Hardlink) continue;
            if (isBuildTool(path)) tools.push_back("/" + std::string(path));
        }
        if (tools.empty()) return;
        out.push_back(content_checks::makeFinding(info(), ctx, {"still contains build tools", "仍包含构建工具"},
                                                  content_checks::listed(tools, 15)));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI113()
{
    return std::make_unique<DWI113>();
}

} // namespace dw::image::checks
