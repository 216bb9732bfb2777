#include "runtime/file_checks.h"

#include "findings/catalogue.h"
#include "hostcheck/registry.h"
#include "runtime/source_checks.h"
#include "runtime/spec_edits.h"

#include <algorithm>

namespace dw::runtime {
namespace {

using findings::LocalizedText;
using findings::TextFix;

struct Placement {
    Site site;
    std::vector<TextFix> fixes;
};

void addFix(Placement& placement, LocalizedText title, std::optional<findings::TextEdit> edit)
{
    if (edit) placement.fixes.push_back(TextFix{std::move(title), {std::move(*edit)}});
}

const Site* keySite(const ContainerSpec& spec, const std::string& key)
{
    const auto found = spec.keys.find(key);
    return found == spec.keys.end() ? nullptr : &found->second;
}

// The items of `key` whose text or subject matches `pick`.
template <typename Pick>
std::vector<const ItemSite*> itemsWhere(const ContainerSpec& spec, const std::string& key, Pick pick)
{
    std::vector<const ItemSite*> picked;
    if (const auto found = spec.items.find(key); found != spec.items.end())
        for (const ItemSite& item : found->second)
            if (pick(item)) picked.push_back(&item);
    return picked;
}

bool securityOptIs(const std::string& option, std::string_view key, std::string_view value)
{
    const std::size_t separator = option.find_first_of("=:");
    if (option.substr(0, separator) != key) return false;
    return separator != std::string::npos && option.substr(separator + 1) == value;
}

// A port bound to 127.0.0.1 instead of all addresses, in the syntax it was written in.
std::string loopbackPort(const engine::PortBinding& binding, SourceKind kind)
{
    const std::string container = binding.containerPort.ends_with("/tcp")
                                      ? binding.containerPort.substr(0, binding.containerPort.size() - 4)
                                      : binding.containerPort;
    const std::string published = "127.0.0.1:" + binding.hostPort + ":" + container;
    if (kind == SourceKind::RunLine) return published;
    return "\"" + published + "\"";
}

Placement place(const ContainerSpec& spec, const findings::SubjectFinding& finding, const SpecEditor& editor,
                const LineIndex& lines)
{
    Placement placement{spec.anchor, {}};
    const std::string& id = finding.rule;
    const bool compose = spec.kind == SourceKind::Compose;
    const engine::HostConfig& host = spec.container.hostConfig;
    auto at = [&](const std::string& key) {
        if (const Site* site = keySite(spec, key)) placement.site = *site;
    };
    // The last item of a list goes with its key, so that no `key:` without a value is left behind.
    auto removeItem = [&](const std::string& key, const ItemSite& item, LocalizedText title) {
        const auto items = spec.items.find(key);
        const Site* whole = keySite(spec, key);
        const bool only = items != spec.items.end() && items->second.size() == 1 && whole && compose;
        addFix(placement, std::move(title), editor.remove(only ? *whole : item.site));
    };
    auto removeKey = [&](const std::string& key, LocalizedText title) {
        if (const Site* site = keySite(spec, key)) addFix(placement, std::move(title), editor.remove(*site));
    };
    if (id == "DWH505") {
        at("privileged");
        removeKey("privileged", {compose ? "Remove `privileged: true`" : "Remove `--privileged`",
                                 compose ? "删除 `privileged: true`" : "删除 `--privileged`"});
    } else if (id == "DWH504") {
        at("cap_add");
    } else if (id == "DWH542") {
        addFix(placement, {"Drop every capability (`cap_drop: [ALL]`)", "移除全部能力（`cap_drop: [ALL]`）"},
               editor.addToList("cap_drop", "ALL", "--cap-drop ALL"));
    } else if (id == "DWH502" || id == "DWH503" || id == "DWH522") {
        const std::string_view key = id == "DWH502" ? "apparmor" : id == "DWH503" ? "label" : "seccomp";
        const std::string_view value = id == "DWH502" ? "unconfined" : id == "DWH503" ? "disable" : "unconfined";
        const auto items = itemsWhere(spec, "security_opt", [&](const ItemSite& item) { return securityOptIs(item.text, key, value); });
        if (items.empty() && id == "DWH503") { // added by the daemon: placed on what made it do so
            for (const char* key : {"ipc", "pid", "privileged"})
                if (keySite(spec, key)) at(key);
        }
        if (!items.empty()) {
            placement.site = items.front()->site;
            removeItem("security_opt", *items.front(),
                       {"Remove `" + items.front()->text + "`", "删除 `" + items.front()->text + "`"});
        }
    } else if (id == "DWH526") {
        addFix(placement, {"Add `no-new-privileges:true` to the security options", "在安全选项中加入 `no-new-privileges:true`"},
               editor.addToList("security_opt", "\"no-new-privileges:true\"", "--security-opt no-new-privileges"));
    } else if (id == "DWH513") {
        if (const Site* site = keySite(spec, "read_only")) {
            placement.site = *site;
            if (compose) addFix(placement, {"Set `read_only: true`", "设为 `read_only: true`"}, editor.replace(*site, "read_only: true"));
            else addFix(placement, {"Use `--read-only`", "改用 `--read-only`"}, editor.replace(*site, "--read-only"));
        } else {
            std::vector<std::string> lines{"read_only: true"};
            std::string words = "--read-only";
            if (host.tmpfs.empty()) {
                lines.push_back("tmpfs: [/tmp]");
                words += " --tmpfs /tmp";
            }
            addFix(placement, {"Make the root filesystem read-only, with a tmpfs for /tmp", "将根文件系统设为只读，并为 /tmp 挂载 tmpfs"},
                   editor.add(lines, words));
        }
    } else if (id == "DWH511") {
        at("mem_limit");
        if (!keySite(spec, "mem_limit"))
            addFix(placement, {"Limit memory to 512 MiB (adjust to the service)", "将内存限制为 512 MiB（按服务调整）"},
                   editor.add({"mem_limit: 512m"}, "--memory 512m"));
    } else if (id == "DWH512") {
        addFix(placement, {"Limit the container to one CPU (adjust to the service)", "将容器限制为 1 个 CPU（按服务调整）"},
               editor.add({"cpus: 1.0"}, "--cpus 1"));
    } else if (id == "DWH529") {
        at("pids_limit");
        if (!keySite(spec, "pids_limit"))
            addFix(placement, {"Limit the number of processes to 200", "将进程数限制为 200"}, editor.add({"pids_limit: 200"}, "--pids-limit 200"));
    } else if (id == "DWH519") {
        addFix(placement, {"Set the open-files ulimit", "设置打开文件数的 ulimit"},
               editor.add({"ulimits:", "  nofile: {soft: 1024, hard: 4096}"}, "--ulimit nofile=1024:4096"));
    } else if (id == "DWH515") {
        at("restart");
        if (const Site* site = keySite(spec, "restart"))
            addFix(placement, {"Retry at most 5 times (`on-failure:5`)", "最多重试 5 次（`on-failure:5`）"},
                   editor.replace(*site, compose ? "restart: on-failure:5" : "--restart on-failure:5"));
    } else if (id == "DWH510" || id == "DWH516" || id == "DWH517" || id == "DWH521" || id == "DWH531" || id == "DWH525" ||
               id == "DWH530") {
        const std::string key = id == "DWH510" || id == "DWH530" ? "network_mode"
                                : id == "DWH516"                 ? "pid"
                                : id == "DWH517"                 ? "ipc"
                                : id == "DWH521"                 ? "uts"
                                : id == "DWH531"                 ? "userns_mode"
                                                                 : "cgroup_parent";
        at(key);
        if (id != "DWH530")
            removeKey(key, {"Remove the host namespace setting", "删除共享主机命名空间的设置"});
    } else if (id == "DWH518") {
        at("devices");
    } else if (id == "DWH540") {
        if (const Site* site = keySite(spec, "user")) {
            placement.site = *site;
            addFix(placement, {"Run as user 1000:1000", "以用户 1000:1000 运行"},
                   editor.replace(*site, compose ? "user: \"1000:1000\"" : "--user 1000:1000"));
        } else {
            addFix(placement, {"Run as user 1000:1000", "以用户 1000:1000 运行"}, editor.add({"user: \"1000:1000\""}, "--user 1000:1000"));
        }
    } else if (id == "DWH527") {
        at("healthcheck");
    } else if (id == "DWH541") {
        const auto items = itemsWhere(spec, "environment", [&](const ItemSite& item) {
            return finding.evidence.find(item.key + "=<redacted>") != std::string::npos;
        });
        if (!items.empty()) placement.site = items.front()->site;
        else at("env_file");
    } else if (id == "DWH506" || id == "DWH532" || id == "DWH520") {
        const auto items = itemsWhere(spec, "volumes", [&](const ItemSite& item) {
            return finding.evidence.find("-> " + item.key) != std::string::npos ||
                   finding.evidence.find(item.key + " (") != std::string::npos;
        });
        if (!items.empty()) {
            placement.site = items.front()->site;
            const ItemSite& item = *items.front();
            if (id == "DWH532") {
                removeItem("volumes", item, {"Remove the Docker socket mount", "删除 Docker 套接字挂载"});
            } else if (id == "DWH506" && item.shortSyntax && item.text.find(":ro") == std::string::npos) {
                const std::string_view written = lines.text().substr(item.site.span.offset,
                                                                     item.site.span.endOffset - item.site.span.offset);
                std::string readOnly(written);
                const bool quoted = !readOnly.empty() && (readOnly.back() == '"' || readOnly.back() == '\'');
                if (quoted) readOnly.insert(readOnly.size() - 1, item.text.find(':', item.text.find(':') + 1) == std::string::npos ? ":ro" : ",ro");
                else readOnly += item.text.find(':', item.text.find(':') + 1) == std::string::npos ? ":ro" : ",ro";
                addFix(placement, {"Mount it read-only", "改为只读挂载"}, editor.replace(item.site, readOnly));
            }
        }
    } else if (id == "DWH514" || id == "DWH508" || id == "DWH509") {
        const auto items = itemsWhere(spec, "ports", [](const ItemSite&) { return true; });
        for (const ItemSite* item : items) {
            const auto binding = std::find_if(host.portBindings.begin(), host.portBindings.end(),
                                              [&](const engine::PortBinding& b) { return b.containerPort == item->key; });
            if (binding == host.portBindings.end()) continue;
            const bool open = binding->hostIp.empty() || binding->hostIp == "0.0.0.0" || binding->hostIp == "::";
            if (id == "DWH514" && !open) continue;
            placement.site = item->site;
            if (id == "DWH514" && item->shortSyntax && !binding->hostPort.empty()) {
                const std::string text = loopbackPort(*binding, spec.kind);
                if (compose) {
                    addFix(placement, {"Publish on 127.0.0.1 only", "只在 127.0.0.1 上发布"}, editor.replace(item->site, text));
                } else {
                    const std::string_view written = lines.text().substr(item->site.span.offset,
                                                                         item->site.span.endOffset - item->site.span.offset);
                    const std::size_t value = written.rfind(item->text);
                    if (value != std::string_view::npos) {
                        Site valueSite = item->site;
                        valueSite.span = lines.span(item->site.span.offset + value, item->site.span.offset + value + item->text.size());
                        addFix(placement, {"Publish on 127.0.0.1 only", "只在 127.0.0.1 上发布"}, editor.replace(valueSite, text));
                    }
                }
            }
            break;
        }
        if (id == "DWH509" && items.empty()) at("ports");
    }
    return placement;
}

std::string composeSubject(const std::string& message, const std::string& containerName, const std::string& service,
                           bool chinese)
{
    const std::string english = "Container '" + containerName + "'";
    const std::string zh = "容器 '" + containerName + "'";
    const std::string& prefix = chinese ? zh : english;
    if (!message.starts_with(prefix)) return message;
    return (chinese ? "服务 '" : "Service '") + service + "'" + message.substr(prefix.size());
}

} // namespace

const std::vector<LiveOnlyCheck>& liveOnlyChecks()
{
    static const std::vector<LiveOnlyCheck> checks{
        {"DWH507", {"reads the processes running in the container", "需要读取容器内正在运行的进程"}},
        {"DWH528", {"needs the running container's image and its creation date", "需要运行中容器的镜像及其创建日期"}},
    };
    return checks;
}

bool checkAppliesToFiles(std::string_view id)
{
    return std::none_of(liveOnlyChecks().begin(), liveOnlyChecks().end(), [&](const LiveOnlyCheck& check) { return check.id == id; });
}

std::vector<findings::Finding> checkSpec(const ContainerSpec& spec, const LineIndex& lines)
{
    engine::ContainerDetails container = spec.container; // as the daemon would complete it
    const std::string& containerName = spec.name;
    container.name = "/" + containerName;
    // The daemon turns SELinux labelling off for privileged containers and those that share the host's PID or IPC
    // namespace, unless a label option says otherwise.
    engine::HostConfig& settings = container.hostConfig;
    const bool labelGiven = std::any_of(settings.securityOpt.begin(), settings.securityOpt.end(),
                                        [](const std::string& option) { return option.starts_with("label"); });
    if (!labelGiven && (settings.privileged || settings.pidMode == "host" || settings.ipcMode == "host"))
        settings.securityOpt.push_back("label=disable");
    if (container.appArmorProfile.empty()) {
        container.appArmorProfile = "docker-default";
        for (const std::string& option : container.hostConfig.securityOpt)
            if (option.starts_with("apparmor=") || option.starts_with("apparmor:")) container.appArmorProfile = option.substr(9);
    }
    hostcheck::HostContext host;
    std::vector<hostcheck::HostFinding> raw;
    for (const auto& check : hostcheck::containerChecks()) {
        if (!checkAppliesToFiles(check->info().id)) continue;
        check->check(container, host, raw);
    }
    const SpecEditor editor(spec, lines);
    std::vector<findings::Finding> out;
    for (hostcheck::HostFinding& finding : raw) {
        Placement placement = place(spec, finding, editor, lines);
        findings::Finding converted;
        converted.rule = finding.rule;
        converted.severity = finding.severity;
        converted.refs = std::move(finding.refs);
        if (const findings::RuleDescription* rule = findings::findRule(converted.rule)) converted.title = &rule->title;
        converted.message = std::move(finding.message);
        if (spec.kind == SourceKind::Compose) {
            converted.message.en = composeSubject(converted.message.en, containerName, spec.name, false);
            converted.message.zh = composeSubject(converted.message.zh, containerName, spec.name, true);
        }
        const bool imageDecides = (converted.rule == "DWH540" && !spec.keys.count("user")) ||
                                  (converted.rule == "DWH527" && !spec.keys.count("healthcheck"));
        if (imageDecides && !spec.imageDefaultsKnown) {
            converted.message.en += converted.rule == "DWH540" ? " (unless its image sets a non-root USER)"
                                                               : " (unless its image has a HEALTHCHECK)";
            converted.message.zh += converted.rule == "DWH540" ? "（除非其镜像设置了非 root 的 USER）"
                                                               : "（除非其镜像带有 HEALTHCHECK）";
        }
        converted.evidence = std::move(finding.evidence);
        converted.remedy = std::move(finding.remedy);
        converted.location = findings::FileLocation{placement.site.path, placement.site.span};
        if (placement.site.path == spec.path) converted.fixes = std::move(placement.fixes);
        out.push_back(std::move(converted));
    }
    return out;
}

findings::Finding problemFinding(const SourceProblem& problem)
{
    findings::Finding out;
    out.rule = problem.rule;
    if (const findings::CheckInfo* check = findSourceCheck(problem.rule)) {
        out.severity = check->severity;
        out.remedy = check->remedy;
    }
    if (const findings::RuleDescription* rule = findings::findRule(out.rule)) out.title = &rule->title;
    out.message = problem.message;
    out.location = findings::FileLocation{problem.site.path, problem.site.span};
    return out;
}

} // namespace dw::runtime
