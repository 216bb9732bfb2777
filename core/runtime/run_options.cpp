#include "runtime/run_options.h"

#include <array>

namespace dw::runtime {
namespace {

constexpr std::array kOptions{
    RunOption{"add-host", 0, true, ""},
    RunOption{"annotation", 0, true, ""},
    RunOption{"attach", 'a', true, ""},
    RunOption{"blkio-weight", 0, true, ""},
    RunOption{"blkio-weight-device", 0, true, ""},
    RunOption{"cap-add", 0, true, "cap_add"},
    RunOption{"cap-drop", 0, true, "cap_drop"},
    RunOption{"cgroup-parent", 0, true, "cgroup_parent"},
    RunOption{"cgroupns", 0, true, "cgroup"},
    RunOption{"cidfile", 0, true, ""},
    RunOption{"cpu-count", 0, true, ""},
    RunOption{"cpu-percent", 0, true, ""},
    RunOption{"cpu-period", 0, true, "cpus"},
    RunOption{"cpu-quota", 0, true, "cpus"},
    RunOption{"cpu-rt-period", 0, true, ""},
    RunOption{"cpu-rt-runtime", 0, true, ""},
    RunOption{"cpu-shares", 'c', true, "cpus"},
    RunOption{"cpus", 0, true, "cpus"},
    RunOption{"cpuset-cpus", 0, true, ""},
    RunOption{"cpuset-mems", 0, true, ""},
    RunOption{"detach", 'd', false, ""},
    RunOption{"detach-keys", 0, true, ""},
    RunOption{"device", 0, true, "devices"},
    RunOption{"device-cgroup-rule", 0, true, ""},
    RunOption{"device-read-bps", 0, true, ""},
    RunOption{"device-read-iops", 0, true, ""},
    RunOption{"device-write-bps", 0, true, ""},
    RunOption{"device-write-iops", 0, true, ""},
    RunOption{"disable-content-trust", 0, false, ""},
    RunOption{"dns", 0, true, ""},
    RunOption{"dns-opt", 0, true, ""},
    RunOption{"dns-option", 0, true, ""},
    RunOption{"dns-search", 0, true, ""},
    RunOption{"domainname", 0, true, ""},
    RunOption{"entrypoint", 0, true, ""},
    RunOption{"env", 'e', true, "environment"},
    RunOption{"env-file", 0, true, "env_file"},
    RunOption{"expose", 0, true, ""},
    RunOption{"gpus", 0, true, ""},
    RunOption{"group-add", 0, true, ""},
    RunOption{"health-cmd", 0, true, "healthcheck"},
    RunOption{"health-interval", 0, true, ""},
    RunOption{"health-retries", 0, true, ""},
    RunOption{"health-start-interval", 0, true, ""},
    RunOption{"health-start-period", 0, true, ""},
    RunOption{"health-timeout", 0, true, ""},
    RunOption{"help", 0, false, ""},
    RunOption{"hostname", 'h', true, ""},
    RunOption{"init", 0, false, ""},
    RunOption{"interactive", 'i', false, ""},
    RunOption{"io-maxbandwidth", 0, true, ""},
    RunOption{"io-maxiops", 0, true, ""},
    RunOption{"ip", 0, true, ""},
    RunOption{"ip6", 0, true, ""},
    RunOption{"ipc", 0, true, "ipc"},
    RunOption{"isolation", 0, true, ""},
    RunOption{"kernel-memory", 0, true, ""},
    RunOption{"label", 'l', true, ""},
    RunOption{"label-file", 0, true, ""},
    RunOption{"link", 0, true, ""},
    RunOption{"link-local-ip", 0, true, ""},
    RunOption{"log-driver", 0, true, ""},
    RunOption{"log-opt", 0, true, ""},
    RunOption{"mac-address", 0, true, ""},
    RunOption{"memory", 'm', true, "mem_limit"},
    RunOption{"memory-reservation", 0, true, "mem_reservation"},
    RunOption{"memory-swap", 0, true, "memswap_limit"},
    RunOption{"memory-swappiness", 0, true, ""},
    RunOption{"mount", 0, true, "volumes"},
    RunOption{"name", 0, true, "container_name"},
    RunOption{"network", 0, true, "network_mode"},
    RunOption{"network-alias", 0, true, ""},
    RunOption{"no-healthcheck", 0, false, "healthcheck"},
    RunOption{"oom-kill-disable", 0, false, "oom_kill_disable"},
    RunOption{"oom-score-adj", 0, true, ""},
    RunOption{"pid", 0, true, "pid"},
    RunOption{"pids-limit", 0, true, "pids_limit"},
    RunOption{"platform", 0, true, ""},
    RunOption{"privileged", 0, false, "privileged"},
    RunOption{"publish", 'p', true, "ports"},
    RunOption{"publish-all", 'P', false, "ports"},
    RunOption{"pull", 0, true, ""},
    RunOption{"quiet", 'q', false, ""},
    RunOption{"read-only", 0, false, "read_only"},
    RunOption{"restart", 0, true, "restart"},
    RunOption{"rm", 0, false, ""},
    RunOption{"runtime", 0, true, ""},
    RunOption{"security-opt", 0, true, "security_opt"},
    RunOption{"shm-size", 0, true, ""},
    RunOption{"sig-proxy", 0, false, ""},
    RunOption{"stop-signal", 0, true, ""},
    RunOption{"stop-timeout", 0, true, ""},
    RunOption{"storage-opt", 0, true, ""},
    RunOption{"sysctl", 0, true, "sysctls"},
    RunOption{"tmpfs", 0, true, "tmpfs"},
    RunOption{"tty", 't', false, ""},
    RunOption{"ulimit", 0, true, "ulimits"},
    RunOption{"use-api-socket", 0, false, "volumes"},
    RunOption{"user", 'u', true, "user"},
    RunOption{"userns", 0, true, "userns_mode"},
    RunOption{"uts", 0, true, "uts"},
    RunOption{"volume", 'v', true, "volumes"},
    RunOption{"volume-driver", 0, true, ""},
    RunOption{"volumes-from", 0, true, ""},
    RunOption{"workdir", 'w', true, ""},
};

} // namespace

std::optional<RunOption> findRunOption(std::string_view name)
{
    if (name == "net") name = "network";
    if (name == "net-alias") name = "network-alias";
    for (const RunOption& option : kOptions)
        if (option.name == name) return option;
    return std::nullopt;
}

std::optional<RunOption> findShortRunOption(char shortName)
{
    for (const RunOption& option : kOptions)
        if (option.shortName == shortName) return option;
    return std::nullopt;
}

} // namespace dw::runtime
