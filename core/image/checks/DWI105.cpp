#include "image/content_checks_support.h"
#include "image/content_scanner.h"

#include <memory>
#include <string>
#include <vector>

namespace dw::image::checks {
namespace {

findings::Severity severityOf(const ContentHit& hit)
{
    return hit.evidence.starts_with(kEmptyPasswordEvidence) ? findings::Severity::Error : findings::Severity::Warning;
}

// Shadow files whose accounts have a password hash (a warning) or no password at all (an error); locked accounts (`*`,
// `!`) are fine.
class DWI105 final : public ImageAnalysisCheck {
  public:
    const findings::CheckInfo& info() const override
    {
        static const findings::CheckInfo info{
            .id = "DWI105",
            .severity = findings::Severity::Warning,
            .refs = {"dockle:DKL-LI-0001", "cwe:CWE-521"},
            .title = {"Account with a password set or an empty password", "账号设置了密码或密码为空"},
            .explanation = {"Images normally lock every account and run without passwords. A hash in the shadow file "
                            "is the same password in every container started from the image, open to offline cracking; "
                            "an empty field lets anyone log in to that account without one.",
                            "镜像中的账号通常都是锁定的，不需要密码。shadow "
                            "文件中的哈希意味着从该镜像启动的每个容器都使用同一个密码，且可被离线破解；字段为空则任何人"
                            "都能无需密码登录该账号。"},
            .remedy = {"Lock the account in the Dockerfile (`RUN passwd -l root` or `usermod -L app`) instead of setting "
                    "a password, and use keys or the orchestrator for any login the container really needs.",
                    "在 Dockerfile 中锁定账号（`RUN passwd -l root` 或 `usermod -L "
                    "app`），不要设置密码；容器确需登录时使用密钥或由编排平台提供。"},
            .practice = findings::Practice::LeastPrivilegeUser,
        };
        return info;
    }

    void check(const ImageCheckContext& ctx, std::vector<ImageFinding>& out) const override
    {
        content_checks::reportContentHits(
            info(), ctx,
            {"ships a shadow file with a password set or left empty", "包含设置了密码或密码为空的 shadow 文件"}, out,
            &severityOf);
    }
};

} // namespace

std::unique_ptr<ImageAnalysisCheck> make_DWI105()
{
    return std::make_unique<DWI105>();
}

} // namespace dw::image::checks
