#include "image/content_checks_support.h"
#include "util/secrets.h"

#include <functional>
#include <set>
#include <utility>

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

/// The NAME=VALUE pairs of an ENV history body: "A=1 B=\"x y\"" or the old "NAME value with spaces".
std::vector<std::pair<std::string, std::string>> envPairs(const std::string& body)
{
    std::vector<std::pair<std::string, std::string>> pairs;
    const std::vector<std::string> words = content_checks::shellWords(body);
    if (words.empty()) return pairs;
    if (words.front().find('=') == std::string::npos) {
        const std::size_t space = body.find_first_of(" \t");
        const std::size_t start = space == std::string::npos ? body.size() : body.find_first_not_of(" \t", space);
        pairs.emplace_back(words.front(), start == std::string::npos ? std::string() : body.substr(start));
        return pairs;
    }
    for (const std::string& word : words) {
        const std::size_t equals = word.find('=');
        if (equals != std::string::npos && equals > 0)
            pairs.emplace_back(word.substr(0, equals), word.substr(equals + 1));
    }
    return pairs;
}

// Secrets in the config environment (Config.Env), and in ENV history entries that a later ENV overrode (the old value
// is still in the history). Only names and redacted values are shown.
class DWI204 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI204",
            .severity = findings::Severity::Error,
            .refs = {"dockle:CIS-DI-0010", "cis-docker:4.10", "cwe:CWE-798"},
            .title = {"Secret in the image environment", "镜像环境变量中含有机密"},
            .explanation = {"ENV values are part of the image config: `docker inspect` and `docker history` show them "
                            "to anyone who has the image, every process in every container inherits them, and "
                            "overriding a value later leaves the old one in the history.",
                            "ENV 的值是镜像配置的一部分：任何拿到镜像的人都能通过 `docker inspect` 和 `docker history` "
                            "看到，每个容器中的每个进程都会继承它们，之后覆盖也无法把旧值从历史中去掉。"},
            .remedy =
                {"Remove the value from the Dockerfile, rotate it, and pass it at run time: `docker run --env-file`, "
                 "Compose `secrets:` with a `*_FILE` variable, or `RUN --mount=type=secret` for build steps.",
                 "从 Dockerfile 中删除该值并轮换，在运行时传入：`docker run --env-file`、Compose 的 `secrets:` 配合 "
                 "`*_FILE` 变量，构建步骤则使用 `RUN --mount=type=secret`。"},
            .practice = findings::Practice::NoSecrets,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        std::vector<std::string> names;
        std::vector<std::string> shown;
        std::set<std::string, std::less<>> current(ctx.image->config.env.begin(), ctx.image->config.env.end());
        for (const std::string& entry : ctx.image->config.env) {
            const std::size_t equals = entry.find('=');
            if (equals == std::string::npos) continue;
            const std::string name = entry.substr(0, equals);
            if (const auto found = secrets::findAssignedSecret(name, std::string_view(entry).substr(equals + 1))) {
                names.push_back(name);
                shown.push_back(name + "=" + secrets::redact(found->secret));
            }
        }
        for (const HistoryEntry& entry : ctx.image->config.history) {
            const content_checks::HistoryStep step = content_checks::parseHistoryStep(entry.createdBy);
            if (step.instruction != "ENV") continue;
            for (const auto& [name, value] : envPairs(step.body)) {
                if (current.contains(name + "=" + value)) continue;
                if (const auto found = secrets::findAssignedSecret(name, value)) {
                    names.push_back(name + " (overridden later)");
                    shown.push_back("history ENV " + name + "=" + secrets::redact(found->secret));
                }
            }
        }
        if (names.empty()) return;
        const std::string list = content_checks::listed(names);
        out.push_back(content_checks::makeFinding(
            info(), ctx, {"has secrets in its environment: " + list, "的环境变量中含有机密：" + list},
            content_checks::listed(shown)));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI204()
{
    return std::make_unique<DWI204>();
}

} // namespace dw::image::checks
