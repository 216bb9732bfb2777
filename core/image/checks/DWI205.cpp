#include "image/content_checks_support.h"
#include "util/secrets.h"

#include <cctype>
#include <set>
#include <string_view>

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

/// What one history entry leaks, redacted; the raw secrets only to avoid reporting one twice.
struct Found {
    std::vector<std::string> shown;
    std::set<std::string> raw;

    void add(const std::string& label, const std::string& secret)
    {
        if (!raw.insert(secret).second) return;
        shown.push_back(label + secrets::redact(secret));
    }
    void assignment(const std::string& name, const std::string& value, const std::string& prefix)
    {
        if (const auto hit = secrets::findAssignedSecret(name, value)) add(prefix + name + "=", hit->secret);
    }
};

bool isVariableName(std::string_view name)
{
    if (name.starts_with("--")) name.remove_prefix(2);
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front()))) return false;
    for (char c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
    return true;
}

/// NAME=value words (`export TOKEN=...`, `--password=...`), `--password value` and `-u user:password` options,
/// and token formats.
void scanScript(const std::string& script, Found& found)
{
    for (const std::string& segment : content_checks::commandSegments(script)) {
        const std::vector<std::string> words = content_checks::shellWords(segment);
        for (std::size_t w = 0; w < words.size(); ++w) {
            const std::string& word = words[w];
            const std::size_t eq = word.find('=');
            if (eq != std::string::npos && eq > 0 && isVariableName(std::string_view(word).substr(0, eq))) {
                found.assignment(word.substr(0, eq), word.substr(eq + 1), "");
            } else if (eq == std::string::npos && word.starts_with("--") && secrets::isSecretName(word.substr(2)) &&
                       w + 1 < words.size() && !words[w + 1].starts_with('-') &&
                       !secrets::isPlaceholderSecret(words[w + 1])) {
                found.add(word + " ", words[w + 1]);
            } else if ((word == "-u" || word == "--user") && w + 1 < words.size()) { // curl -u user:password
                const std::size_t colon = words[w + 1].find(':');
                if (colon != std::string::npos && !secrets::isPlaceholderSecret(words[w + 1].substr(colon + 1)))
                    found.add(word + " " + words[w + 1].substr(0, colon + 1), words[w + 1].substr(colon + 1));
            }
        }
    }
    const unsigned families = secrets::PrivateKeys | secrets::TokenFormats | secrets::WebTokens | secrets::UrlPasswords;
    for (const secrets::SecretMatch& token : secrets::findAllSecrets(script, families, 8))
        found.add(token.kindEn + " ", token.secret);
}

// Secrets in RUN and ARG history: build arguments in the "|N NAME=value" prefix, ARG defaults, NAME=value words and
// --password-style options of RUN scripts, and credential-shaped tokens anywhere in them.
class DWI205 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI205",
            .severity = findings::Severity::Error,
            .refs = {"dockle:CIS-DI-0010", "cis-docker:4.10", "trivy:DS-0031", "cwe:CWE-798"},
            .title = {"Secret in the build history", "构建历史中含有机密"},
            .explanation =
                {"The build records every RUN command line and the build arguments it used in the image history, which "
                 "`docker history --no-trunc` prints for anyone who has the image. A token passed with `--build-arg` "
                 "or typed into a RUN line is published with the image.",
                 "构建会把每条 RUN 命令行及其使用的构建参数写进镜像历史，任何拿到镜像的人都能用 `docker history "
                 "--no-trunc` 看到。通过 `--build-arg` 传入或直接写在 RUN 中的令牌会随镜像一起公开。"},
            .remedy = {"Pass build secrets with `docker build --secret id=token,env=TOKEN` and read them in `RUN "
                    "--mount=type=secret,id=token`; rotate the secret that leaked.",
                    "用 `docker build --secret id=token,env=TOKEN` 传递构建机密，并在 `RUN "
                    "--mount=type=secret,id=token` 中读取；轮换已泄露的机密。"},
            .practice = findings::Practice::NoSecrets,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        const std::vector<HistoryEntry>& history = ctx.image->config.history;
        for (std::size_t i = 0; i < history.size(); ++i) {
            const content_checks::HistoryStep step = content_checks::parseHistoryStep(history[i].createdBy);
            if (step.instruction != "RUN" && step.instruction != "ARG") continue;
            Found found;
            for (const auto& [name, value] : step.buildArgs)
                found.assignment(name, value, "build arg ");
            if (step.instruction == "ARG") {
                for (const std::string& word : content_checks::shellWords(step.body))
                    if (const std::size_t eq = word.find('='); eq != std::string::npos && eq > 0)
                        found.assignment(word.substr(0, eq), word.substr(eq + 1), "ARG ");
            } else {
                scanScript(step.body, found);
            }
            if (found.shown.empty()) continue;
            const std::string list = content_checks::listed(found.shown, 5);
            out.push_back(content_checks::makeFinding(
                info(), ctx,
                {"has secrets in its build history (" + step.instruction + " in history[" + std::to_string(i) + "]" +
                     "): " + list,
                 "的构建历史中含有机密（history[" + std::to_string(i) + "] 的 " + step.instruction + "）：" + list},
                "history[" + std::to_string(i) + "]: " + list, content_checks::layerOfHistory(*ctx.image, i)));
        }
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI205()
{
    return std::make_unique<DWI205>();
}

} // namespace dw::image::checks
