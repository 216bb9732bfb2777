#include "hostcheck/check_support.h"

#include <cctype>
#include <memory>
#include <set>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.4: capabilities added beyond Docker's default set; SYS_ADMIN, NET_ADMIN and ALL make it an error.
class DWH504 final : public ContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH504",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.4"},
            .title = {"Container adds Linux capabilities", "容器添加了 Linux 能力"},
            .explanation =
                {"Every capability added with `--cap-add` widens what root in the container may do to the kernel. "
                 "SYS_ADMIN is close to full root, NET_ADMIN lets the container rewrite host-visible networking, "
                 "ALL grants everything.",
                 "每个通过 `--cap-add` 添加的能力都扩大了容器内 root 对内核的操作范围。SYS_ADMIN 接近完整 "
                 "root，NET_ADMIN 可改写网络配置，ALL 授予全部能力。"},
            .remedy = {"Start from none and add back only what is needed: `docker run --cap-drop ALL --cap-add "
                    "NET_BIND_SERVICE`; Compose: trim `cap_add:` and set `cap_drop: [ALL]`.",
                    "从零开始，仅加回必需的能力：`docker run --cap-drop ALL --cap-add NET_BIND_SERVICE`；Compose：精简 "
                    "`cap_add:` 并设置 "
                    "`cap_drop: [ALL]`。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

    void check(const engine::ContainerDetails& c, [[maybe_unused]] const HostContext& host,
               std::vector<HostFinding>& out) const override
    {
        static const std::set<std::string> kDefault{
            "AUDIT_WRITE",      "CHOWN",   "DAC_OVERRIDE", "FOWNER", "FSETID",  "KILL",   "MKNOD",
            "NET_BIND_SERVICE", "NET_RAW", "SETFCAP",      "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"};
        std::vector<std::string> added;
        bool dangerous = false;
        for (const std::string& raw : c.hostConfig.capAdd) {
            std::string cap = raw;
            for (char& ch : cap)
                ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            if (cap.starts_with("CAP_")) cap.erase(0, 4);
            if (kDefault.count(cap)) continue;
            dangerous = dangerous || cap == "SYS_ADMIN" || cap == "NET_ADMIN" || cap == "ALL";
            added.push_back(cap);
        }
        if (added.empty()) return;
        const std::string name = support::containerName(c);
        const std::string list = support::joined(added);
        HostFinding finding = support::makeFinding(
            info(), name,
            {"Container '" + name + "' adds capabilities " + list, "容器 '" + name + "' 添加了能力 " + list},
            "HostConfig.CapAdd=[" + support::joined(c.hostConfig.capAdd) + "]");
        if (dangerous) finding.severity = findings::Severity::Error;
        out.push_back(std::move(finding));
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH504()
{
    return std::make_unique<DWH504>();
}

} // namespace dw::hostcheck::checks
