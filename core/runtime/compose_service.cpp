// One Compose service's keys into a ContainerSpec, the way `docker compose create` turns them into the Engine
// API's container configuration.
#include "runtime/compose_internal.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <set>

namespace dw::runtime::compose {
namespace {

const std::set<std::string_view>& serviceKeys()
{
    static const std::set<std::string_view> keys{
        "annotations", "attach", "blkio_config", "build", "cap_add", "cap_drop", "cgroup", "cgroup_parent",
        "command", "configs", "container_name", "cpu_count", "cpu_percent", "cpu_period", "cpu_quota",
        "cpu_rt_period", "cpu_rt_runtime", "cpu_shares", "cpus", "cpuset", "credential_spec", "depends_on",
        "deploy", "develop", "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "domainname",
        "driver_opts", "entrypoint", "env_file", "environment", "expose", "extends", "external_links",
        "extra_hosts", "gpus", "group_add", "healthcheck", "hostname", "image", "init", "ipc", "isolation",
        "label_file", "labels", "links", "logging", "mac_address", "mem_limit", "mem_reservation",
        "mem_swappiness", "memswap_limit", "models", "network_mode", "networks", "oom_kill_disable",
        "oom_score_adj", "pid", "pids_limit", "platform", "ports", "post_start", "pre_stop", "privileged",
        "profiles", "provider", "pull_policy", "read_only", "restart", "runtime", "scale", "secrets",
        "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "storage_opt", "sysctls",
        "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volumes", "volumes_from",
        "working_dir"};
    return keys;
}

bool isKnownServiceKey(std::string_view key)
{
    return serviceKeys().count(key) || key.starts_with("x-");
}

class ServiceReader {
  public:
    ServiceReader(Context& context, ContainerSpec& spec) : context_(context), spec_(spec) {}

    void read(const YamlNode& service)
    {
        for (const auto& [key, value] : service.entries) {
            if (!isKnownServiceKey(key.text)) {
                context_.problem("DWC003", key, "unknown key `" + key.text + "` in service `" + spec_.name + "`",
                                 "服务 `" + spec_.name + "` 中有未知的键 `" + key.text + "`");
                continue;
            }
            readKey(key, value);
        }
    }

  private:
    void note(const YamlNode& key, const YamlNode& value) { spec_.keys[key.text] = context_.entrySite(key, value); }

    void item(const std::string& key, std::string text, std::string about, const YamlNode& node, bool shortSyntax = true)
    {
        spec_.items[key].push_back(ItemSite{std::move(text), std::move(about), context_.site(node), shortSyntax});
    }

    bool scalar(const YamlNode& key, const YamlNode& value, std::string& out)
    {
        if (!value.isScalar()) {
            context_.typeError(key.text, value, "a single value", "单个值");
            return false;
        }
        out = value.text;
        return true;
    }

    bool boolean(const YamlNode& key, const YamlNode& value, bool& out)
    {
        if (yamlBool(value, out)) return true;
        context_.typeError(key.text, value, "true or false", "true 或 false");
        return false;
    }

    // A list of scalars; a single string is accepted where `single` says so (tmpfs, env_file, dns ...).
    bool strings(const YamlNode& key, const YamlNode& value, std::vector<const YamlNode*>& out, bool single = false)
    {
        if (single && value.isScalar()) {
            out.push_back(&value);
            return true;
        }
        if (!value.isSequence()) {
            context_.typeError(key.text, value, "a list", "列表");
            return false;
        }
        for (const YamlNode& entry : value.items) {
            if (!entry.isScalar()) {
                context_.typeError(key.text, entry, "a list of strings", "字符串列表");
                return false;
            }
            out.push_back(&entry);
        }
        return true;
    }

    void readKey(const YamlNode& key, const YamlNode& value)
    {
        engine::HostConfig& host = spec_.container.hostConfig;
        engine::ContainerConfig& config = spec_.container.config;
        const std::string& name = key.text;
        std::string text;
        bool flag = false;
        std::vector<const YamlNode*> list;
        note(key, value);
        if (value.isNull()) return; // `key:` with nothing after it: Compose reads it as unset
        if (name == "image") {
            if (scalar(key, value, text)) config.image = text;
        } else if (name == "user") {
            if (scalar(key, value, text)) config.user = text;
        } else if (name == "privileged") {
            if (boolean(key, value, flag)) host.privileged = flag;
        } else if (name == "read_only") {
            if (boolean(key, value, flag)) host.readonlyRootfs = flag;
        } else if (name == "cap_add" || name == "cap_drop" || name == "security_opt") {
            if (!strings(key, value, list)) return;
            auto& target = name == "cap_add" ? host.capAdd : name == "cap_drop" ? host.capDrop : host.securityOpt;
            for (const YamlNode* entry : list) {
                target.push_back(entry->text);
                item(name, entry->text, entry->text, *entry);
            }
        } else if (name == "pid" || name == "ipc" || name == "uts" || name == "network_mode" || name == "userns_mode" ||
                   name == "cgroup_parent" || name == "cgroup") {
            if (!scalar(key, value, text)) return;
            if (name == "pid") host.pidMode = text;
            else if (name == "ipc") host.ipcMode = text;
            else if (name == "uts") host.utsMode = text;
            else if (name == "network_mode") host.networkMode = text;
            else if (name == "userns_mode") host.usernsMode = text;
            else if (name == "cgroup_parent") host.cgroupParent = text;
            else host.cgroupnsMode = text;
        } else if (name == "ports") {
            readPorts(key, value);
        } else if (name == "volumes") {
            readVolumes(key, value);
        } else if (name == "tmpfs") {
            if (!strings(key, value, list, true)) return;
            for (const YamlNode* entry : list) {
                const std::size_t colon = entry->text.find(':');
                host.tmpfs[entry->text.substr(0, colon)] = colon == std::string::npos ? "" : entry->text.substr(colon + 1);
                item(name, entry->text, entry->text.substr(0, colon), *entry);
            }
        } else if (name == "devices") {
            readDevices(key, value);
        } else if (name == "ulimits") {
            readUlimits(key, value);
        } else if (name == "mem_limit" || name == "memswap_limit" || name == "mem_reservation") {
            if (!scalar(key, value, text)) return;
            const auto bytes = parseByteSize(text);
            if (!bytes && text != "-1") return context_.typeError(name, value, "a byte size such as 512m", "字节大小，如 512m");
            (name == "mem_limit" ? host.memory : name == "memswap_limit" ? host.memorySwap : host.memoryReservation) =
                bytes.value_or(-1);
        } else if (name == "cpus") {
            if (!scalar(key, value, text)) return;
            const auto cpus = parseCpus(text);
            if (!cpus) return context_.typeError(name, value, "a number of CPUs such as 0.5", "CPU 数，如 0.5");
            host.nanoCpus = *cpus;
        } else if (name == "cpu_shares" || name == "cpu_quota" || name == "cpu_period" || name == "pids_limit") {
            if (!scalar(key, value, text)) return;
            std::int64_t number = 0;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
            if (error != std::errc() || end != text.data() + text.size())
                return context_.typeError(name, value, "an integer", "整数");
            if (name == "cpu_shares") host.cpuShares = number;
            else if (name == "cpu_quota") host.cpuQuota = number;
            else if (name == "cpu_period") host.cpuPeriod = number;
            else host.pidsLimit = number;
        } else if (name == "cpuset") {
            if (scalar(key, value, text)) host.cpusetCpus = text;
        } else if (name == "restart") {
            if (!scalar(key, value, text)) return;
            const auto policy = parseRestartPolicy(text);
            if (!policy)
                return context_.typeError(name, value, "no, always, on-failure[:N] or unless-stopped",
                                          "no、always、on-failure[:N] 或 unless-stopped");
            host.restartPolicy = *policy;
        } else if (name == "deploy") {
            readDeploy(key, value);
        } else if (name == "healthcheck") {
            readHealthcheck(key, value);
        } else if (name == "environment") {
            readEnvironment(key, value);
        } else if (name == "env_file") {
            readEnvFiles(key, value);
        } else if (name == "profiles") {
            if (strings(key, value, list))
                for (const YamlNode* entry : list) spec_.profiles.push_back(entry->text);
        } else if (name == "container_name") {
            if (scalar(key, value, text)) spec_.container.name = "/" + text;
        } else if (name == "networks") {
            if (value.isSequence()) {
                for (const YamlNode& entry : value.items)
                    if (entry.isScalar()) networks_.push_back(entry.text);
            } else if (value.isMap()) {
                for (const auto& entry : value.entries) networks_.push_back(entry.first.text);
            } else {
                context_.typeError(name, value, "a list or a map of networks", "网络的列表或映射");
            }
        } else if (name == "sysctls" || name == "labels") {
            if (!value.isMap() && !value.isSequence()) context_.typeError(name, value, "a map or a list", "映射或列表");
        } else if (name == "secrets" || name == "configs") {
            if (!value.isSequence()) context_.typeError(name, value, "a list", "列表");
        } else if (name == "oom_kill_disable" || name == "init" || name == "tty" || name == "stdin_open") {
            if (boolean(key, value, flag) && name == "oom_kill_disable") host.oomKillDisable = flag;
        }
    }

    void readPorts(const YamlNode& key, const YamlNode& value)
    {
        if (!value.isSequence()) return context_.typeError(key.text, value, "a list", "列表");
        for (const YamlNode& entry : value.items) {
            if (entry.isScalar()) {
                const auto binding = parseShortPort(entry.text);
                if (!binding) {
                    context_.typeError("ports", entry, "a port such as \"127.0.0.1:8080:80\"", "端口，如 \"127.0.0.1:8080:80\"");
                    continue;
                }
                spec_.container.hostConfig.portBindings.push_back(*binding);
                item("ports", entry.text, binding->containerPort, entry);
            } else if (entry.isMap()) {
                const YamlNode* target = entry.find("target");
                if (!target || !target->isScalar()) {
                    context_.typeError("ports", entry, "a map with `target`", "包含 `target` 的映射");
                    continue;
                }
                engine::PortBinding binding;
                const YamlNode* protocol = entry.find("protocol");
                binding.containerPort = target->text + "/" + (protocol && protocol->isScalar() ? protocol->text : "tcp");
                if (const YamlNode* published = entry.find("published"); published && published->isScalar())
                    binding.hostPort = published->text;
                if (const YamlNode* hostIp = entry.find("host_ip"); hostIp && hostIp->isScalar()) binding.hostIp = hostIp->text;
                spec_.container.hostConfig.portBindings.push_back(binding);
                item("ports", binding.hostIp + ":" + binding.hostPort + ":" + binding.containerPort, binding.containerPort,
                     entry, false);
            } else {
                context_.typeError("ports", entry, "a string or a map", "字符串或映射");
            }
        }
    }

    void addMount(const engine::MountPoint& mount, const std::string& text, const YamlNode& entry, bool shortSyntax)
    {
        spec_.container.mounts.push_back(mount);
        if (mount.type == "bind")
            spec_.container.hostConfig.binds.push_back(mount.source + ":" + mount.destination +
                                                       (mount.mode.empty() ? "" : ":" + mount.mode));
        item("volumes", text, mount.destination, entry, shortSyntax);
    }

    void readVolumes(const YamlNode& key, const YamlNode& value)
    {
        if (!value.isSequence()) return context_.typeError(key.text, value, "a list", "列表");
        for (const YamlNode& entry : value.items) {
            if (entry.isScalar()) {
                const auto mount = parseShortVolume(entry.text, context_.directory);
                if (!mount) {
                    context_.typeError("volumes", entry, "a volume such as \"./data:/data:ro\"", "卷，如 \"./data:/data:ro\"");
                    continue;
                }
                engine::MountPoint resolved = *mount;
                if (resolved.type == "bind" && !entry.text.starts_with('/'))
                    resolved.source = context_.resolvePath(entry.text.substr(0, entry.text.find(':')), entry.file);
                addMount(resolved, entry.text, entry, true);
            } else if (entry.isMap()) {
                readLongVolume(entry);
            } else {
                context_.typeError("volumes", entry, "a string or a map", "字符串或映射");
            }
        }
    }

    void readLongVolume(const YamlNode& entry)
    {
        const YamlNode* type = entry.find("type");
        const YamlNode* source = entry.find("source");
        const YamlNode* target = entry.find("target");
        if (!target || !target->isScalar()) return context_.typeError("volumes", entry, "a map with `target`", "包含 `target` 的映射");
        engine::MountPoint mount;
        mount.type = type && type->isScalar() ? type->text : "volume";
        mount.destination = target->text;
        bool readOnly = false;
        if (const YamlNode* ro = entry.find("read_only")) yamlBool(*ro, readOnly);
        mount.rw = !readOnly;
        if (mount.type == "bind") {
            mount.source = source && source->isScalar() ? context_.resolvePath(source->text, source->file) : "";
            mount.propagation = "rprivate";
            if (const YamlNode* bind = entry.find("bind"); bind && bind->isMap())
                if (const YamlNode* propagation = bind->find("propagation"); propagation && propagation->isScalar())
                    mount.propagation = propagation->text;
            spec_.container.hostConfig.mounts.push_back({mount.type, mount.source, mount.destination, readOnly, mount.propagation});
            spec_.container.mounts.push_back(mount);
            item("volumes", mount.source + ":" + mount.destination, mount.destination, entry, false);
            return;
        }
        if (mount.type == "volume" && source && source->isScalar()) {
            mount.name = source->text;
            mount.source = "/var/lib/docker/volumes/" + mount.name + "/_data";
        }
        spec_.container.mounts.push_back(mount);
        item("volumes", mount.destination, mount.destination, entry, false);
    }

    void readDevices(const YamlNode& key, const YamlNode& value)
    {
        if (!value.isSequence()) return context_.typeError(key.text, value, "a list", "列表");
        for (const YamlNode& entry : value.items) {
            engine::DeviceMapping device;
            if (entry.isScalar()) {
                device = parseDevice(entry.text);
            } else if (const YamlNode* source = entry.isMap() ? entry.find("source") : nullptr; source && source->isScalar()) {
                device.pathOnHost = source->text;
                const YamlNode* target = entry.find("target");
                device.pathInContainer = target && target->isScalar() ? target->text : source->text;
                device.cgroupPermissions = "rwm";
            } else {
                context_.typeError("devices", entry, "a device such as /dev/fuse", "设备，如 /dev/fuse");
                continue;
            }
            spec_.container.hostConfig.devices.push_back(device);
            item("devices", device.pathOnHost, device.pathOnHost, entry);
        }
    }

    void readUlimits(const YamlNode& key, const YamlNode& value)
    {
        if (!value.isMap()) return context_.typeError(key.text, value, "a map", "映射");
        for (const auto& [limitKey, limit] : value.entries) {
            engine::Ulimit ulimit;
            ulimit.name = limitKey.text;
            std::optional<engine::Ulimit> parsed;
            if (limit.isScalar()) {
                parsed = parseUlimit(limitKey.text + "=" + limit.text);
            } else if (limit.isMap() && limit.find("soft") && limit.find("hard")) {
                parsed = parseUlimit(limitKey.text + "=" + limit.find("soft")->text + ":" + limit.find("hard")->text);
            }
            if (!parsed) {
                context_.typeError("ulimits." + limitKey.text, limit, "a number or soft and hard numbers", "数字，或 soft 与 hard 两个数字");
                continue;
            }
            spec_.container.hostConfig.ulimits.push_back(*parsed);
        }
    }

    void readDeploy(const YamlNode& key, const YamlNode& value)
    {
        if (!value.isMap()) return context_.typeError(key.text, value, "a map", "映射");
        engine::HostConfig& host = spec_.container.hostConfig;
        if (const YamlNode* resources = value.find("resources"); resources && resources->isMap()) {
            if (const YamlNode* limits = resources->find("limits"); limits && limits->isMap()) {
                const YamlNode* memory = limits->find("memory");
                if (memory && memory->isScalar() && host.memory == 0) {
                    if (const auto bytes = parseByteSize(memory->text)) host.memory = *bytes;
                    spec_.keys["mem_limit"] = context_.site(*memory);
                }
                const YamlNode* cpus = limits->find("cpus");
                if (cpus && cpus->isScalar() && host.nanoCpus == 0) {
                    if (const auto nano = parseCpus(cpus->text)) host.nanoCpus = *nano;
                    spec_.keys["cpus"] = context_.site(*cpus);
                }
                const YamlNode* pids = limits->find("pids");
                if (pids && pids->isScalar() && !host.pidsLimit) {
                    std::int64_t number = 0;
                    if (std::from_chars(pids->text.data(), pids->text.data() + pids->text.size(), number).ec == std::errc())
                        host.pidsLimit = number;
                    spec_.keys["pids_limit"] = context_.site(*pids);
                }
            }
        }
        if (const YamlNode* policy = value.find("restart_policy"); policy && policy->isMap() && !spec_.keys.count("restart")) {
            const YamlNode* condition = policy->find("condition");
            const std::string when = condition && condition->isScalar() ? condition->text : "any";
            host.restartPolicy.name = when == "none" ? "no" : when == "on-failure" ? "on-failure" : "always";
            if (const YamlNode* attempts = policy->find("max_attempts"); attempts && attempts->isScalar()) {
                std::int64_t count = 0;
                std::from_chars(attempts->text.data(), attempts->text.data() + attempts->text.size(), count);
                if (host.restartPolicy.name == "always" && count > 0) host.restartPolicy.name = "on-failure";
                host.restartPolicy.maximumRetryCount = count;
            }
            spec_.keys["restart"] = context_.site(*policy);
        }
    }

    void readHealthcheck(const YamlNode& key, const YamlNode& value)
    {
        if (!value.isMap()) return context_.typeError(key.text, value, "a map", "映射");
        engine::Healthcheck check;
        bool disable = false;
        if (const YamlNode* off = value.find("disable")) yamlBool(*off, disable);
        if (const YamlNode* test = value.find("test")) {
            if (test->isScalar()) check.test = {"CMD-SHELL", test->text};
            for (const YamlNode& part : test->items) check.test.push_back(part.text);
        }
        if (disable || (!check.test.empty() && check.test.front() == "NONE")) check.test = {"NONE"};
        spec_.container.config.healthcheck = check;
    }

    void addEnv(const std::string& name, const std::string& valueText, const YamlNode& at, bool shortSyntax)
    {
        spec_.container.config.env.push_back(name + "=" + valueText);
        item("environment", name, name, at, shortSyntax);
    }

    void readEnvironment(const YamlNode& key, const YamlNode& value)
    {
        if (value.isSequence()) {
            for (const YamlNode& entry : value.items) {
                if (!entry.isScalar()) {
                    context_.typeError("environment", entry, "NAME=value", "NAME=value");
                    continue;
                }
                const std::size_t equals = entry.text.find('=');
                if (equals != std::string::npos) {
                    addEnv(entry.text.substr(0, equals), entry.text.substr(equals + 1), entry, true);
                } else if (const auto found = context_.variables.find(entry.text); found != context_.variables.end()) {
                    addEnv(entry.text, found->second, entry, true);
                }
            }
        } else if (value.isMap()) {
            for (const auto& [name, entry] : value.entries) {
                if (entry.isNull()) {
                    if (const auto found = context_.variables.find(name.text); found != context_.variables.end())
                        addEnv(name.text, found->second, name, false);
                } else if (entry.isScalar()) {
                    YamlNode whole = name;
                    whole.end = std::max(name.end, entry.end);
                    addEnv(name.text, entry.text, whole, false);
                } else {
                    context_.typeError("environment." + name.text, entry, "a single value", "单个值");
                }
            }
        } else {
            context_.typeError(key.text, value, "a list or a map", "列表或映射");
        }
    }

    void readEnvFiles(const YamlNode& key, const YamlNode& value)
    {
        std::vector<std::pair<const YamlNode*, bool>> files; // path node, required
        if (value.isScalar()) files.emplace_back(&value, true);
        for (const YamlNode& entry : value.items) {
            if (entry.isScalar()) {
                files.emplace_back(&entry, true);
            } else if (const YamlNode* path = entry.isMap() ? entry.find("path") : nullptr; path && path->isScalar()) {
                bool required = true;
                if (const YamlNode* flag = entry.find("required")) yamlBool(*flag, required);
                files.emplace_back(path, required);
            }
        }
        if (files.empty() && !value.isSequence()) return context_.typeError(key.text, value, "a path or a list of paths", "路径或路径列表");
        for (const auto& [path, required] : files) {
            std::string error;
            const std::string resolved = context_.resolvePath(path->text, path->file);
            const auto text = context_.readOther(resolved, error);
            if (!text) {
                if (required)
                    context_.problem("DWC004", *path, "env_file " + path->text + " cannot be read: " + error,
                                     "无法读取 env_file " + path->text + "：" + error);
                continue;
            }
            for (const auto& [name, envValue] : parseEnvFile(*text, context_.variables)) addEnv(name, envValue, *path, true);
        }
    }

  public:
    std::vector<std::string> networks_;

  private:
    Context& context_;
    ContainerSpec& spec_;
};

// Where fixes add keys to the service as written in its own file: after its last line, at its keys' indentation.
InsertPoint insertPointOf(const Context& context, const YamlNode& local)
{
    InsertPoint point;
    if (local.flow || local.entries.empty() || local.file != 0) return point;
    const LoadedFile& file = context.files[0];
    const std::size_t firstKey = local.entries.front().first.begin;
    const std::size_t lineStart = file.lines->lineStart(file.lines->lineOf(firstKey));
    point.indent = file.text.substr(lineStart, firstKey - lineStart);
    if (point.indent.find_first_not_of(' ') != std::string::npos) return point;
    point.offset = file.lines->nextLineStart(local.end > 0 ? local.end - 1 : 0);
    point.possible = true;
    return point;
}

} // namespace

ContainerSpec readService(Context& context, const std::string& name, const YamlNode& nameKey, const YamlNode& service,
                          const YamlNode& local)
{
    ContainerSpec spec;
    spec.kind = SourceKind::Compose;
    spec.name = name;
    spec.path = context.files[static_cast<std::size_t>(nameKey.file)].path;
    spec.anchor = context.site(nameKey);
    spec.container.name = "/" + context.out.projectName + "-" + name + "-1";
    spec.container.hostConfig.networkMode = context.out.projectName + "_default";
    ServiceReader reader(context, spec);
    reader.read(service);
    if (!spec.keys.count("network_mode") && !reader.networks_.empty())
        spec.container.hostConfig.networkMode = context.out.projectName + "_" + reader.networks_.front();
    spec.insert = insertPointOf(context, local);
    const std::size_t index = context.out.services.size();
    if (!spec.container.config.image.empty())
        context.out.images.push_back({index, spec.container.config.image, spec.keys["image"]});
    const YamlNode* build = service.find("build");
    if (build) {
        ComposeBuild job;
        job.service = index;
        job.site = spec.keys["build"];
        const int file = build->file;
        if (build->isScalar()) {
            job.context = context.resolvePath(build->text, file);
        } else if (build->isMap()) {
            const YamlNode* dir = build->find("context");
            job.context = context.resolvePath(dir && dir->isScalar() ? dir->text : ".", file);
            if (const YamlNode* dockerfile = build->find("dockerfile"); dockerfile && dockerfile->isScalar())
                job.dockerfile = dockerfile->text;
            if (const YamlNode* inlineText = build->find("dockerfile_inline"); inlineText && inlineText->isScalar()) {
                job.inlineDockerfile = true;
                job.inlineText = inlineText->text;
            }
            if (const YamlNode* target = build->find("target"); target && target->isScalar()) job.target = target->text;
            if (const YamlNode* args = build->find("args")) {
                for (const auto& [argKey, argValue] : args->entries)
                    if (argValue.isScalar()) job.args[argKey.text] = argValue.text;
                for (const YamlNode& entry : args->items) {
                    const std::size_t equals = entry.text.find('=');
                    if (equals != std::string::npos) job.args[entry.text.substr(0, equals)] = entry.text.substr(equals + 1);
                }
            }
        } else {
            context.typeError("build", *build, "a path or a map", "路径或映射");
        }
        if (job.dockerfile.empty()) job.dockerfile = "Dockerfile";
        if (!job.dockerfile.starts_with('/'))
            job.dockerfile = (std::filesystem::path(job.context) / job.dockerfile).lexically_normal().generic_string();
        context.out.builds.push_back(std::move(job));
    }
    if (spec.container.config.image.empty() && !build)
        context.problem("DWC006", nameKey, "service `" + name + "` has neither `image` nor `build`",
                        "服务 `" + name + "` 既没有 `image` 也没有 `build`");
    return spec;
}

} // namespace dw::runtime::compose

namespace dw::runtime {

const std::vector<std::string_view>& composeServiceKeys()
{
    static const std::vector<std::string_view> keys(compose::serviceKeys().begin(), compose::serviceKeys().end());
    return keys;
}

} // namespace dw::runtime
