#include "image/layer_analysis_checks.h"

#include <algorithm>
#include <memory>
#include <string>

namespace dw::image::checks {
namespace {

// Package-manager caches in the final image: bytes under the directories of packageCacheDirs() (apt lists and
// archives, apk, yum, dnf, pip, npm, yarn and Go caches).
class DWI304 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI304",
            .severity = findings::Severity::Info,
            .refs = {"dockle:DKL-DI-0005", "dockle:DKL-DI-0004"},
            .title = {"Package-manager caches left in the image", "镜像中留有包管理器缓存"},
            .explanation =
                {"Package indexes, downloaded packages and language-package caches are only needed while building. "
                 "Left in a layer they add size to every pull and can give away what was installed and from where.",
                 "软件包索引、下载的软件包和语言包缓存只在构建时需要。留在层中会让每次拉取都更大，"
                 "还可能泄露安装了什么以及从哪里安装。"},
            .remedy = {"Clean up in the same RUN (`apt-get install ... && rm -rf /var/lib/apt/lists/*`, "
                    "`apk add --no-cache`, `pip install --no-cache-dir`, `npm cache clean --force`), or keep caches "
                    "out of the image with `RUN --mount=type=cache,target=...`.",
                    "在同一个 RUN 中清理（`apt-get install ... && rm -rf /var/lib/apt/lists/*`、"
                    "`apk add --no-cache`、`pip install --no-cache-dir`、`npm cache clean --force`），或用 "
                    "`RUN --mount=type=cache,target=...` 让缓存不进入镜像。"},
            .practice = findings::Practice::BuildCache,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.layers || ctx.layers->cacheBytes == 0) return;
        const LayerAnalysis& layers = *ctx.layers;
        const CacheDir& largest =
            *std::max_element(layers.caches.begin(), layers.caches.end(),
                              [](const CacheDir& a, const CacheDir& b) { return a.bytes < b.bytes; });
        std::string evidence;
        for (const CacheDir& cache : layers.caches) {
            if (!evidence.empty()) evidence += "; ";
            evidence += cache.dir + " (" + cache.manager + ", " + std::to_string(cache.files) + " files, " +
                        layer_checks::humanBytes(cache.bytes) + ", layer";
            if (cache.layers.size() > 1) evidence += "s";
            for (std::size_t i = 0; i < cache.layers.size(); ++i)
                evidence += (i ? ", " : " ") + std::to_string(cache.layers[i]);
            evidence += ")";
        }
        const std::string bytes = layer_checks::humanBytes(layers.cacheBytes);
        const std::string dirs = std::to_string(layers.caches.size());
        const std::optional<std::size_t> layer =
            largest.layers.size() == 1 ? std::optional<std::size_t>(largest.layers.front()) : std::nullopt;
        out.push_back(layer_checks::makeFinding(info(), ctx,
                                                {"keeps " + bytes + " of package-manager caches in " + dirs +
                                                     " director" + (layers.caches.size() == 1 ? "y" : "ies"),
                                                 "在 " + dirs + " 个目录中保留了 " + bytes + " 的包管理器缓存"},
                                                evidence, layer, largest.dir));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI304()
{
    return std::make_unique<DWI304>();
}

} // namespace dw::image::checks
