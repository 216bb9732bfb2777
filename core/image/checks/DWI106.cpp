#include "image/content_checks_support.h"
#include "image/content_scanner.h"
#include "image/content_scanner_tree.h"

#include <algorithm>
#include <array>
#include <functional>
#include <set>
#include <string_view>

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

/// dockle's names and extensions of credential files (CIS-DI-0010), .env aside.
bool credentialLikeName(std::string_view path)
{
    const std::string_view name = path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/') + 1);
    static constexpr std::array<std::string_view, 15> kNames{
        "credentials.json", "credential.json", "credentials", "credential",   "password.txt",
        "id_rsa",           "id_dsa",          "id_ecdsa",    "id_ed25519",   "secret_token.rb",
        "carrierwave.rb",   "omniauth.rb",     "settings.py", "database.yml", "credentials.xml"};
    if (std::find(kNames.begin(), kNames.end(), name) != kNames.end()) return true;
    static constexpr std::array<std::string_view, 16> kExtensions{
        ".secret", ".ovpn", ".private_key", ".cscfg",  ".rdp",           ".mdf",      ".sdf",  ".bek",
        ".tpm",    ".fve",  ".jks",         ".psafe3", ".agilekeychain", ".keychain", ".pcap", ".gnucache"};
    const std::size_t dot = name.rfind('.');
    return dot != std::string_view::npos && dot > 0 &&
           std::find(kExtensions.begin(), kExtensions.end(), name.substr(dot)) != kExtensions.end();
}

/// Files that installed packages own: their settings.py or test key stores are not the image's secrets.
bool inPackageTree(std::string_view path)
{
    for (std::string_view part : {"site-packages/", "dist-packages/", "node_modules/", "/gems/", "vendor/"})
        if (path.find(part) != std::string_view::npos) return true;
    return path.starts_with("usr/share/") || path.starts_with("usr/lib/") || isLikelyFixturePath(path);
}

// Files whose name or extension says they hold credentials (dockle's list: id_rsa, credentials.json, *.ovpn, *.jks,
// ...) in the final filesystem. Files a content rule already reported, .env files (DWI103 reads them) and the trees of
// installed packages (site-packages, node_modules, usr/share ...) are left out.
class DWI106 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI106",
            .severity = findings::Severity::Warning,
            .refs = {"dockle:CIS-DI-0010", "cis-docker:4.10"},
            .title = {"Credential-like file names in the image", "镜像中有名称像凭据的文件"},
            .explanation = {"Key stores, VPN profiles, SSH keys and credential files are usually copied in by accident "
                            "with the build context. Even when their content is not recognised (an encrypted key, a "
                            "binary key store), their name says they should not be in an image.",
                            "密钥库、VPN 配置、SSH "
                            "密钥和凭据文件通常是随构建上下文被意外复制进来的。即使无法识别其内容（加密的私钥、二进制的"
                            "密钥库），从文件名也能看出它们不该出现在镜像中。"},
            .remedy = {"List such files in .dockerignore, copy only what the application needs (`COPY src/ /app/src/` "
                    "rather than `COPY . .`), and mount credentials at run time.",
                    "在 .dockerignore 中列出这类文件，只复制应用需要的内容（用 `COPY src/ /app/src/` 代替 `COPY . "
                    ".`），并在运行时挂载凭据。"},
            .practice = findings::Practice::NoSecrets,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        if (!ctx.image) return;
        std::set<std::string, std::less<>> reported;
        for (const ContentHit& hit : ctx.image->contentHits)
            reported.insert(hit.path);
        std::vector<std::string> files;
        for (const auto& [path, final] : finalFilesystemOf(ctx)) {
            if (final.entry->kind != EntryKind::File || reported.contains(path) || inPackageTree(path)) continue;
            if (credentialLikeName(path)) files.push_back("/" + std::string(path));
        }
        if (files.empty()) return;
        const std::string count = std::to_string(files.size());
        out.push_back(content_checks::makeFinding(
            info(), ctx, {"has " + count + " file(s) named like credentials", "有 " + count + " 个名称像凭据的文件"},
            content_checks::listed(files, 20)));
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI106()
{
    return std::make_unique<DWI106>();
}

} // namespace dw::image::checks
