#include "runtime/sources_doc.h"

#include "hostcheck/registry.h"
#include "runtime/file_checks.h"
#include "runtime/source_checks.h"

#include <map>
#include <string_view>

namespace dw::runtime {
namespace {

struct FileBehaviour {
    std::string_view pointsAt; ///< the Compose key / run option a finding is placed on
    std::string_view fix;      ///< what the first quick fix writes ("" = none)
};

// How file_checks.cpp places each container check's finding and fixes it.
const std::map<std::string_view, FileBehaviour>& behaviours()
{
    static const std::map<std::string_view, FileBehaviour> table{
        {"DWH502", {"the `apparmor=unconfined` security option", "remove that option"}},
        {"DWH503", {"the `label=disable` security option, else `privileged` / `pid` / `ipc` (the daemon then disables labelling itself)", "remove that option"}},
        {"DWH504", {"`cap_add` / `--cap-add`", ""}},
        {"DWH505", {"`privileged` / `--privileged`", "remove it"}},
        {"DWH506", {"the volume entry", "mount it read-only (`:ro`)"}},
        {"DWH508", {"the port entry", ""}},
        {"DWH509", {"the first port entry", ""}},
        {"DWH510", {"`network_mode` / `--network`", "remove it"}},
        {"DWH511", {"`mem_limit` or the service", "add `mem_limit: 512m` / `--memory 512m`"}},
        {"DWH512", {"the service or command", "add `cpus: 1.0` / `--cpus 1`"}},
        {"DWH513", {"`read_only` or the service", "add `read_only: true` and `tmpfs: [/tmp]` / `--read-only --tmpfs /tmp`"}},
        {"DWH514", {"the port entry", "bind it to 127.0.0.1"}},
        {"DWH515", {"`restart` / `--restart`", "use `on-failure:5`"}},
        {"DWH516", {"`pid` / `--pid`", "remove it"}},
        {"DWH517", {"`ipc` / `--ipc`", "remove it"}},
        {"DWH518", {"`devices` / `--device`", ""}},
        {"DWH519", {"the service or command", "add a `nofile` ulimit"}},
        {"DWH520", {"the volume entry", ""}},
        {"DWH521", {"`uts` / `--uts`", "remove it"}},
        {"DWH522", {"the `seccomp=unconfined` security option", "remove that option"}},
        {"DWH525", {"`cgroup_parent` / `--cgroup-parent`", "remove it"}},
        {"DWH526", {"the service or command", "add `no-new-privileges:true` to the security options"}},
        {"DWH527", {"`healthcheck` or the service", ""}},
        {"DWH529", {"`pids_limit` or the service", "add `pids_limit: 200` / `--pids-limit 200`"}},
        {"DWH530", {"`network_mode: bridge` / the command (no `--network`)", ""}},
        {"DWH531", {"`userns_mode` / `--userns`", "remove it"}},
        {"DWH532", {"the volume entry", "remove the mount"}},
        {"DWH540", {"`user` or the service", "run as `1000:1000`"}},
        {"DWH541", {"the environment entry (values never shown)", ""}},
        {"DWH542", {"the service or command", "add `cap_drop: [ALL]` / `--cap-drop ALL`"}},
    };
    return table;
}

std::string cell(std::string_view text) { return text.empty() ? std::string("—") : std::string(text); }

} // namespace

std::string runtimeSourcesMarkdown()
{
    std::string out =
        "# Checks by source\n\n"
        "Generated from the code (core/runtime/sources_doc.cpp); a test keeps it current. The container checks of\n"
        "the host engine (docs/host-checks.md) have one implementation that runs on three sources: a live container\n"
        "(`dockwarden-cli host`, the Host view), a Compose service (`dockwarden-cli lint compose.yaml`, the editor) and\n"
        "a `docker run` / `docker create` line (`dockwarden-cli lint --type shell`, `dockwarden-cli check-run`).\n"
        "A Compose service or a run line is read into the same container configuration that the daemon would\n"
        "report right after `docker create`, including what the daemon adds by itself (it disables SELinux\n"
        "labelling for privileged containers and those sharing the host's PID or IPC namespace), and the checks run\n"
        "on that. On a file, a finding points at the key or option that causes it, or at the service name or the\n"
        "command when something is missing; quick fixes are text edits that keep comments and layout.\n\n"
        "When a Compose service builds its image (`build:`), its Dockerfile is linted into the same report with the\n"
        "service's build arguments, and its USER and HEALTHCHECK stand in for the image's defaults. Otherwise the\n"
        "image is unknown: DWH540 and DWH527 then say \"unless the image sets ...\".\n\n"
        "| Check | Title | Live host | Compose | `docker run` | On a file, points at | Quick fix |\n"
        "|---|---|---|---|---|---|---|\n";
    for (const auto& check : hostcheck::containerChecks()) {
        const std::string_view id = check->info().id;
        const bool onFiles = checkAppliesToFiles(id);
        const auto behaviour = behaviours().find(id);
        out += "| " + std::string(id) + " | " + check->info().title.en + " | yes | " + (onFiles ? "yes" : "no") + " | " +
               (onFiles ? "yes" : "no") + " | " +
               (behaviour != behaviours().end() ? cell(behaviour->second.pointsAt) : std::string("—")) + " | " +
               (behaviour != behaviours().end() ? cell(behaviour->second.fix) : std::string("—")) + " |\n";
    }
    out += "\n## Checks that need a live host\n\n";
    for (const LiveOnlyCheck& check : liveOnlyChecks())
        out += "- " + std::string(check.id) + ": " + check.reason.en + ".\n";
    out += "\nThe daemon checks (DWH2nn, DWH23n, DWH501) and the image inventory checks (DWH4nn) are about a host, not\n"
           "about a container's settings, and never run on files.\n";
    out += "\n## Checks of the file itself\n\n"
           "| Check | Title | Compose | `docker run` |\n|---|---|---|---|\n";
    for (const findings::CheckInfo& check : sourceChecks()) {
        const bool compose = check.id != "DWC007";
        const bool run = check.id == "DWC006" || check.id == "DWC007";
        out += "| " + std::string(check.id) + " | " + check.title.en + " | " + (compose ? "yes" : "no") + " | " +
               (run ? "yes" : "no") + " |\n";
    }
    out += "| DL3006 | Always tag the version of an image explicitly (the `image:` of a service, the image of a run "
           "line) | yes | yes |\n"
           "| DL3007 | Using latest is prone to errors (as above) | yes | yes |\n";
    return out;
}

} // namespace dw::runtime
