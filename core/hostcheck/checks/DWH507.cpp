#include "hostcheck/check_support.h"

#include <memory>

namespace dw::hostcheck::checks {
namespace {

// CIS 5.7: an sshd process runs in the container (only when /containers/{id}/top was fetched).
class DWH507 final : public support::SingleContainerCheck {
  public:
    const CheckInfo& info() const override
    {
        static const CheckInfo info{
            .id = "DWH507",
            .severity = findings::Severity::Warning,
            .refs = {"cis-docker:5.7"},
            .title = {"SSH daemon runs inside the container", "容器内运行着 SSH 服务"},
            .explanation =
                {"An sshd in a container is one more service to patch and one more set of keys and passwords to "
                 "manage; `docker exec` already gives operators a shell.",
                 "容器内的 sshd 多了一个需要打补丁的服务和一套需要管理的密钥与密码；`docker exec` 已能提供 shell。"},
            .remedy = {"Remove the SSH server from the image and use `docker exec -it <container> sh`; stop publishing "
                    "it with `docker run -p 22:22`; Compose: drop port 22 from `ports:`.",
                    "从镜像中删除 SSH 服务，改用 `docker exec -it <容器> sh`；不要再用 `docker run -p 22:22` "
                    "发布；Compose：从 `ports:` 中删除 "
                    "22 端口。"},
            .practice = findings::Practice::RuntimeHardening,
        };
        return info;
    }

  protected:
    std::optional<support::Problem> problem(const engine::ContainerDetails& c, const HostContext& host) const override
    {
        const auto processes = host.processesByContainerId.find(c.id);
        if (processes == host.processesByContainerId.end()) return std::nullopt;
        const std::vector<std::string>& titles = processes->second.titles;
        std::size_t column = titles.empty() ? 0 : titles.size() - 1; // the command is the last column of ps output
        for (std::size_t i = 0; i < titles.size(); ++i)
            if (titles[i] == "CMD" || titles[i] == "COMMAND") column = i;
        for (const std::vector<std::string>& row : processes->second.rows) {
            if (column >= row.size()) continue;
            const std::string& command = row[column];
            const std::string program = command.substr(0, command.find(' '));
            const std::string base =
                program.substr(program.rfind('/') == std::string::npos ? 0 : program.rfind('/') + 1);
            if (base == "sshd" || base.starts_with("sshd:"))
                return support::Problem{{"runs an SSH daemon", "运行着 SSH 服务"}, "top: " + program};
        }
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<ContainerCheck> make_DWH507()
{
    return std::make_unique<DWH507>();
}

} // namespace dw::hostcheck::checks
