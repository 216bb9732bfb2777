#include "lint/support_dockwarden.h"
#include "util/text.h"

#include <algorithm>

namespace dw::lint::rules {
namespace {

using dwsupport::PackageManager;

bool isSshServerPackage(const std::string& name, PackageManager manager)
{
    if (name == "openssh-server" || name == "dropbear" || name.starts_with("dropbear-") || name == "tinysshd" ||
        name == "tinyssh")
        return true;
    if (manager == PackageManager::Apk) return name == "openssh"; // Alpine's `openssh` pulls in the server
    if (manager == PackageManager::Apt) return name == "ssh";     // Debian's `ssh` metapackage, ditto
    return false;
}

bool isSshDaemon(std::string_view name) { return name == "sshd" || name == "dropbear" || name == "tinysshd"; }

/// `service ssh start`, `rc-service sshd start`, `/etc/init.d/ssh start`, `systemctl enable ssh`.
bool startsSshService(const sh::Command& command)
{
    const std::string_view name = command.name();
    if (name == "service" || name == "rc-service" || name == "systemctl") {
        const auto args = command.argsNoFlags();
        const auto named = [&](std::size_t i) { return i < args.size() && (args[i] == "ssh" || args[i] == "sshd"); };
        if (name != "systemctl") return named(0);
        return !args.empty() && (args[0] == "enable" || args[0] == "start") && named(1);
    }
    if (name == "ssh" || name == "sshd") return command.words.front().text.find("init.d/") != std::string::npos;
    return false;
}

class DW1011 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1011",
            .severity = Severity::Warning,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::RuntimeHardening,
            .refs = {"cis-docker:5.7", "trivy:DS-0004"},
            .title = {"The image ships or starts an SSH server", "镜像中安装或启动了 SSH 服务"},
            .explanation = {
                "An SSH daemon in a container is one more privileged, network-facing service to patch, configure "
                "and protect from password guessing, and it brings host keys and login accounts into the image. "
                "Containers are reached with `docker exec` (or `kubectl exec`), which needs no server in the "
                "image and is governed by the platform's access control. Remove the SSH server package, the "
                "command that starts it and `EXPOSE 22`.",
                "容器里的 SSH 守护进程是又一个需要打补丁、配置并防范密码爆破的特权网络服务，还会把主机密钥和登录账号带进镜像。"
                "进入容器应使用 `docker exec`（或 `kubectl exec`）：它不需要镜像里有任何服务端，并受平台的访问控制约束。"
                "请删除 SSH 服务端软件包、启动它的命令以及 `EXPOSE 22`。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* in : ctx.instructions()) {
            switch (in->keyword) {
            case df::Keyword::Run: checkRun(ctx, *in, out); break;
            case df::Keyword::Cmd:
            case df::Keyword::Entrypoint: checkStart(ctx, *in, out); break;
            case df::Keyword::Expose: checkExpose(*in, out); break;
            default: break;
            }
        }
    }

private:
    void checkRun(const LintContext& ctx, const df::Instruction& run, std::vector<Finding>& out) const
    {
        for (const sh::Command& command : ctx.shell(run).commands) {
            checkPackages(ctx, run, command, out);
            if (startsSshService(command))
                out.push_back(finding(dwsupport::runRange(ctx, run, command.begin, command.end),
                                      {"The build enables or starts the SSH service", "构建过程启用或启动了 SSH 服务"}));
        }
    }

    void checkPackages(const LintContext& ctx, const df::Instruction& run, const sh::Command& command,
                       std::vector<Finding>& out) const
    {
        const auto packages = dwsupport::installedPackages(command);
        if (packages.empty()) return; // most commands install nothing: no need to ask which manager
        const PackageManager manager = dwsupport::installManager(command);
        for (const sh::Word* word : packages) {
            // Every server name holds "ssh" or "dropbear", and a package name is a piece of its word: most words
            // are passed over without building the name.
            if (!util::containsLower(word->text, "ssh") && !util::containsLower(word->text, "dropbear")) continue;
            const std::string name = dwsupport::packageName(word->text, manager);
            if (!isSshServerPackage(name, manager)) continue;
            const bool clientExists = name == "openssh" || name == "ssh";
            const std::string client = "openssh-client";
            out.push_back(finding(dwsupport::runRange(ctx, run, word->begin, word->end),
                                  {"The package `" + name + "` installs an SSH server" +
                                       (clientExists ? "; install `" + client + "` if only the client is needed" : ""),
                                   "软件包 `" + name + "` 会安装 SSH 服务端" +
                                       (clientExists ? "；如果只需要客户端，请安装 `" + client + "`" : "")}));
        }
    }

    void checkStart(const LintContext& ctx, const df::Instruction& in, std::vector<Finding>& out) const
    {
        bool found = false;
        if (in.jsonForm) {
            for (const df::Word& arg : in.args) {
                const std::string base = arg.value.substr(arg.value.rfind('/') + 1);
                found = found || isSshDaemon(base) || base.find("sshd ") != std::string::npos;
            }
        } else {
            for (const sh::Command& command : ctx.shell(in).commands)
                found = found || isSshDaemon(command.name()) || startsSshService(command);
        }
        if (found)
            out.push_back(finding(in.range, {in.name() + " starts an SSH daemon in the container",
                                             in.name() + " 在容器中启动了 SSH 守护进程"}));
    }

    void checkExpose(const df::Instruction& in, std::vector<Finding>& out) const
    {
        for (const df::Word& port : in.args) {
            const std::string value = support::toLower(port.value);
            if (value != "22" && value != "22/tcp") continue;
            out.push_back(finding(dwsupport::onFirstLine(in, port.range),
                                  {"EXPOSE 22 advertises an SSH port", "EXPOSE 22 对外声明了 SSH 端口"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1011() { return std::make_unique<DW1011>(); }

} // namespace dw::lint::rules
