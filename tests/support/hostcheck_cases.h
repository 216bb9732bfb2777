// Fixtures and case tables for tests/tst_hostcheck.cpp: hardened baselines and one row per way each check
// fires or stays silent.
#pragma once

#include "engine/api_decode.h"
#include "hostcheck/check_support.h"
#include "hostcheck/registry.h"
#include "hostcheck/category.h"
#include <QFile>
#include <QTest>
#include <algorithm>
#include <functional>
#include <set>
#include <string>
using namespace dw;
using namespace dw::hostcheck;

namespace {

// ---- baselines: hardened objects on which no check fires (DWH230 reports either way) ------------------------
// The container publishes no port (DWH509 would list any); port cases publish their own.

engine::ContainerDetails hardenedContainer()
{
    engine::ContainerDetails c;
    c.id = "c0ffee000000aaaa";
    c.name = "/dw-test";
    c.image = "sha256:1111";
    c.appArmorProfile = "docker-default";
    c.state.status = "running";
    c.state.running = true;
    c.state.healthStatus = "healthy";
    c.config.user = "1000:1000";
    c.config.env = {"PATH=/usr/bin:/bin", "APP_MODE=prod", "DB_PASSWORD_FILE=/run/secrets/db", "GPG_KEY=ABCDEF"};
    c.config.healthcheck = engine::Healthcheck{{"CMD", "true"}, 30'000'000'000, 0, 0, 3};
    engine::HostConfig& h = c.hostConfig;
    h.capDrop = {"ALL"};
    h.capAdd = {"NET_BIND_SERVICE"};
    h.securityOpt = {"no-new-privileges"};
    h.networkMode = "appnet";
    h.ipcMode = "private";
    h.readonlyRootfs = true;
    h.memory = 256 << 20;
    h.nanoCpus = 500'000'000;
    h.pidsLimit = 100;
    h.restartPolicy = {"on-failure", 5};
    h.ulimits = {{"nofile", 1024, 2048}};
    c.networkSettings.ports = {{"9090/tcp", "", ""}}; // exposed by the image, not published
    c.networkSettings.networks = {engine::EndpointSettings{"appnet", "n1", "e1", "172.20.0.2", "", "", {}}};
    c.mounts = {
        engine::MountPoint{"bind", "", "/srv/app/config", "/config", "", "ro", false, "rprivate"},
        engine::MountPoint{"volume", "data", "/var/lib/docker/volumes/data/_data", "/data", "local", "", true, ""}};
    return c;
}

HostContext hardenedHost()
{
    HostContext host;
    host.endpointUrl = "unix:///var/run/docker.sock";
    host.contentTrustEnv = "1";
    host.hostHasAppArmor = true;
    engine::NetworkInfo bridge;
    bridge.name = "bridge";
    bridge.driver = "bridge";
    bridge.options = {{"com.docker.network.bridge.enable_icc", "false"}};
    host.defaultBridge = bridge;
    host.processesByContainerId["c0ffee000000aaaa"] = {
        {"UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"},
        {{"1000", "1", "0", "0", "10:00", "?", "00:00:00", "/app/server --port 8080"}}};
    host.imageCreatedById["sha256:1111"] = 1'777'629'600; // 2026-05-01, 27 days before now
    host.nowUnixSeconds = 1'780'000'000;
    return host;
}

engine::DaemonInfo hardenedDaemon()
{
    engine::DaemonInfo d;
    d.serverVersion = "27.3.1";
    d.loggingDriver = "journald";
    d.liveRestoreEnabled = true;
    d.securityOptions = {"name=apparmor", "name=seccomp,profile=builtin", "name=userns", "name=cgroupns"};
    d.insecureRegistryCidrs = {"127.0.0.0/8", "::1/128"};
    d.registryIndexConfigs = {engine::RegistryIndexConfig{"docker.io", {}, true, true}};
    d.swarmState = "inactive";
    d.driver = "overlay2";
    d.authorizationPlugins = {"opa-docker-authz"};
    return d;
}

engine::VersionInfo hardenedVersion()
{
    engine::VersionInfo v;
    v.version = "27.3.1";
    v.apiVersion = "1.47";
    return v;
}

engine::ImageDetails hardenedImage()
{
    engine::ImageDetails image;
    image.id = "sha256:1111";
    image.repoTags = {"registry.example/app:1.4.2", "registry.example/app:1.4"};
    image.repoDigests = {"registry.example/app@sha256:2222"};
    image.created = "2026-05-01T10:00:00.123456789Z"; // 1777629600
    image.config.user = "app";
    image.config.env = {"PATH=/usr/bin:/bin", "GPG_KEYS=ABC DEF"};
    image.config.healthcheck = engine::Healthcheck{{"CMD", "true"}, 0, 0, 0, 0};
    return image;
}

ImageContext hardenedImages()
{
    ImageContext images;
    engine::ContainerSummary user;
    user.id = "c0ffee000000aaaa";
    user.imageId = "sha256:1111";
    images.containers = {user};
    images.nowUnixSeconds = 1'780'000'000; // 2026-05-28
    return images;
}

bool hasRule(const std::vector<HostFinding>& findings, const std::string& rule)
{
    return std::any_of(findings.begin(), findings.end(), [&](const HostFinding& f) { return f.rule == rule; });
}

const HostFinding* findRule(const std::vector<HostFinding>& findings, const std::string& rule)
{
    for (const HostFinding& f : findings)
        if (f.rule == rule) return &f;
    return nullptr;
}

QByteArray describe(const std::vector<HostFinding>& findings)
{
    std::string text;
    for (const HostFinding& f : findings)
        text += f.rule + ": " + f.message.en + " [" + f.evidence + "]\n";
    return QByteArray::fromStdString(text);
}

// ---- the cases: a change to a baseline, the check it concerns, and whether that check must fire ------------

struct ContainerCase {
    const char* name;
    const char* rule;
    bool fires;
    std::function<void(engine::ContainerDetails&, HostContext&)> change;
    findings::Severity severity = findings::Severity::Ignore; ///< Ignore = the check's default
};

const std::vector<ContainerCase>& containerCases()
{
    using C = engine::ContainerDetails;
    using H = HostContext;
    static const std::vector<ContainerCase> cases{
        {"apparmor unconfined", "DWH502", true, [](C& c, H&) { c.appArmorProfile = "unconfined"; }},
        {"apparmor empty, host unknown", "DWH502", true,
         [](C& c, H& h) {
             c.appArmorProfile.clear();
             h.hostHasAppArmor.reset();
         }},
        {"apparmor empty, host without apparmor", "DWH502", false,
         [](C& c, H& h) {
             c.appArmorProfile.clear();
             h.hostHasAppArmor = false;
         }},
        {"selinux label=disable", "DWH503", true,
         [](C& c, H&) { c.hostConfig.securityOpt.push_back("label=disable"); }},
        {"selinux label:disable", "DWH503", true,
         [](C& c, H&) { c.hostConfig.securityOpt.push_back("label:disable"); }},
        {"selinux type label", "DWH503", false,
         [](C& c, H&) { c.hostConfig.securityOpt.push_back("label=type:container_t"); }},
        {"cap add SYS_ADMIN", "DWH504", true, [](C& c, H&) { c.hostConfig.capAdd = {"CAP_SYS_ADMIN"}; },
         findings::Severity::Error},
        {"cap add ALL", "DWH504", true, [](C& c, H&) { c.hostConfig.capAdd = {"all"}; }, findings::Severity::Error},
        {"cap add SYS_PTRACE", "DWH504", true, [](C& c, H&) { c.hostConfig.capAdd = {"SYS_PTRACE"}; },
         findings::Severity::Warning},
        {"cap add default ones", "DWH504", false,
         [](C& c, H&) {
             c.hostConfig.capAdd = {"CHOWN", "CAP_NET_RAW"};
         }},
        {"privileged", "DWH505", true, [](C& c, H&) { c.hostConfig.privileged = true; }},
        {"not privileged", "DWH505", false, [](C&, H&) {}},
        {"host / read-write", "DWH506", true,
         [](C& c, H&) {
             c.mounts.push_back({"bind", "", "/", "/host", "", "", true, "rslave"});
         },
         findings::Severity::Error},
        {"host /etc/ read-only", "DWH506", true,
         [](C& c, H&) {
             c.mounts.push_back({"bind", "", "/etc/", "/hostetc", "", "ro", false, ""});
         },
         findings::Severity::Warning},
        {"host /etc/app subdirectory", "DWH506", false,
         [](C& c, H&) {
             c.mounts.push_back({"bind", "", "/etc/app", "/etc/app", "", "", true, ""});
         }},
        {"sshd running", "DWH507", true,
         [](C& c, H& h) {
             h.processesByContainerId[c.id].rows.push_back(
                 {"0", "7", "1", "0", "10:00", "?", "00:00:00", "/usr/sbin/sshd -D"});
         }},
        {"sshd processes unknown", "DWH507", false, [](C& c, H& h) { h.processesByContainerId.erase(c.id); }},
        {"privileged port 80", "DWH508", true,
         [](C& c, H&) {
             c.networkSettings.ports = {{"80/tcp", "127.0.0.1", "80"}};
         }},
        {"port range from 80", "DWH508", true,
         [](C& c, H&) {
             c.networkSettings.ports = {{"80/tcp", "127.0.0.1", "80-90"}};
         }},
        {"unreadable host port", "DWH508", false,
         [](C& c, H&) {
             c.networkSettings.ports = {{"80/tcp", "127.0.0.1", "http"}};
         }},
        {"port 1024", "DWH508", false,
         [](C& c, H&) {
             c.networkSettings.ports = {{"80/tcp", "127.0.0.1", "1024"}};
         }},
        {"published on 127.0.0.1", "DWH509", true,
         [](C& c, H&) {
             c.networkSettings.ports = {{"8080/tcp", "127.0.0.1", "8080"}, {"9090/tcp", "", ""}};
         }},
        {"binding of a created container", "DWH509", true,
         [](C& c, H&) {
             c.networkSettings.ports.clear();
             c.hostConfig.portBindings = {{"53/udp", "", ""}};
         }},
        {"publish-all before start", "DWH509", true,
         [](C& c, H&) {
             c.networkSettings.ports.clear();
             c.hostConfig.publishAllPorts = true;
         }},
        {"only exposed", "DWH509", false, [](C&, H&) {}},
        {"host network", "DWH510", true, [](C& c, H&) { c.hostConfig.networkMode = "host"; }},
        {"container network", "DWH510", false, [](C& c, H&) { c.hostConfig.networkMode = "container:abc"; }},
        {"no memory limit", "DWH511", true, [](C& c, H&) { c.hostConfig.memory = 0; }},
        {"memory limit", "DWH511", false, [](C&, H&) {}},
        {"no cpu limit", "DWH512", true, [](C& c, H&) { c.hostConfig.nanoCpus = 0; }},
        {"cpu shares only", "DWH512", false,
         [](C& c, H&) {
             c.hostConfig.nanoCpus = 0;
             c.hostConfig.cpuShares = 512;
         }},
        {"writable rootfs", "DWH513", true, [](C& c, H&) { c.hostConfig.readonlyRootfs = false; }},
        {"read-only rootfs", "DWH513", false, [](C&, H&) {}},
        {"bound to 0.0.0.0", "DWH514", true,
         [](C& c, H&) {
             c.networkSettings.ports = {{"8080/tcp", "0.0.0.0", "8080"}};
         }},
        {"bound to ::", "DWH514", true,
         [](C& c, H&) {
             c.networkSettings.ports = {{"8080/tcp", "::", "8080"}};
         }},
        {"binding without host ip (not running)", "DWH514", true,
         [](C& c, H&) {
             c.networkSettings.ports.clear();
             c.hostConfig.portBindings = {{"8080/tcp", "", "8080"}};
         }},
        {"bound to 127.0.0.1", "DWH514", false,
         [](C& c, H&) {
             c.networkSettings.ports = {{"8080/tcp", "127.0.0.1", "8080"}};
         }},
        {"exposed, not published", "DWH514", false,
         [](C& c, H&) {
             c.networkSettings.ports = {{"8080/tcp", "127.0.0.1", "8080"}, {"443/tcp", "", ""}};
         }},
        {"restart always", "DWH515", true,
         [](C& c, H&) {
             c.hostConfig.restartPolicy = {"always", 0};
         }},
        {"restart unless-stopped", "DWH515", true,
         [](C& c, H&) {
             c.hostConfig.restartPolicy = {"unless-stopped", 0};
         }},
        {"restart on-failure:10", "DWH515", true,
         [](C& c, H&) {
             c.hostConfig.restartPolicy = {"on-failure", 10};
         }},
        {"restart no", "DWH515", false,
         [](C& c, H&) {
             c.hostConfig.restartPolicy = {"no", 0};
         }},
        {"pid host", "DWH516", true, [](C& c, H&) { c.hostConfig.pidMode = "host"; }},
        {"pid container", "DWH516", false, [](C& c, H&) { c.hostConfig.pidMode = "container:abc"; }},
        {"ipc host", "DWH517", true, [](C& c, H&) { c.hostConfig.ipcMode = "host"; }},
        {"ipc shareable", "DWH517", false, [](C& c, H&) { c.hostConfig.ipcMode = "shareable"; }},
        {"device passed", "DWH518", true,
         [](C& c, H&) {
             c.hostConfig.devices = {{"/dev/fuse", "/dev/fuse", "rwm"}};
         }},
        {"no device", "DWH518", false, [](C&, H&) {}},
        {"no ulimits", "DWH519", true, [](C& c, H&) { c.hostConfig.ulimits.clear(); }},
        {"nofile ulimit", "DWH519", false, [](C&, H&) {}},
        {"rshared propagation", "DWH520", true, [](C& c, H&) { c.mounts.front().propagation = "rshared"; }},
        {"rslave propagation", "DWH520", false, [](C& c, H&) { c.mounts.front().propagation = "rslave"; }},
        {"uts host", "DWH521", true, [](C& c, H&) { c.hostConfig.utsMode = "host"; }},
        {"uts private", "DWH521", false, [](C&, H&) {}},
        {"seccomp unconfined", "DWH522", true,
         [](C& c, H&) { c.hostConfig.securityOpt.push_back("seccomp=unconfined"); }},
        {"seccomp:unconfined", "DWH522", true,
         [](C& c, H&) { c.hostConfig.securityOpt.push_back("seccomp:unconfined"); }},
        {"seccomp profile file", "DWH522", false,
         [](C& c, H&) { c.hostConfig.securityOpt.push_back("seccomp=/etc/app.json"); }},
        {"cgroup parent", "DWH525", true, [](C& c, H&) { c.hostConfig.cgroupParent = "/custom.slice"; }},
        {"default cgroup parent", "DWH525", false, [](C&, H&) {}},
        {"no-new-privileges missing", "DWH526", true, [](C& c, H&) { c.hostConfig.securityOpt.clear(); }},
        {"no-new-privileges:true", "DWH526", false,
         [](C& c, H&) { c.hostConfig.securityOpt = {"no-new-privileges:true"}; }},
        {"no health check", "DWH527", true,
         [](C& c, H&) {
             c.config.healthcheck.reset();
             c.state.healthStatus.clear();
         }},
        {"healthcheck NONE", "DWH527", true,
         [](C& c, H&) {
             c.config.healthcheck->test = {"NONE"};
             c.state.healthStatus.clear();
         }},
        {"health check", "DWH527", false, [](C&, H&) {}},
        {"image 91 days old", "DWH528", true,
         [](C&, H& h) { h.imageCreatedById["sha256:1111"] = 1'780'000'000 - 91 * 86400; }},
        {"image 90 days old", "DWH528", false,
         [](C&, H& h) { h.imageCreatedById["sha256:1111"] = 1'780'000'000 - 90 * 86400 - 86399; }},
        {"old image, container stopped", "DWH528", false,
         [](C& c, H& h) {
             h.imageCreatedById["sha256:1111"] = 1'700'000'000;
             c.state.running = false;
             c.state.status = "exited";
         }},
        {"old image, now unknown", "DWH528", false,
         [](C&, H& h) {
             h.imageCreatedById["sha256:1111"] = 1'700'000'000;
             h.nowUnixSeconds = 0;
         }},
        {"image creation unknown", "DWH528", false, [](C&, H& h) { h.imageCreatedById.clear(); }},
        {"pids limit null", "DWH529", true, [](C& c, H&) { c.hostConfig.pidsLimit.reset(); }},
        {"pids limit -1", "DWH529", true, [](C& c, H&) { c.hostConfig.pidsLimit = -1; }},
        {"pids limit 0", "DWH529", true, [](C& c, H&) { c.hostConfig.pidsLimit = 0; }},
        {"pids limit 100", "DWH529", false, [](C&, H&) {}},
        {"default bridge", "DWH530", true, [](C& c, H&) { c.networkSettings.networks.front().networkName = "bridge"; }},
        {"network mode default", "DWH530", true,
         [](C& c, H&) {
             c.networkSettings.networks.clear();
             c.hostConfig.networkMode = "default";
         }},
        {"user-defined network", "DWH530", false, [](C&, H&) {}},
        {"userns host", "DWH531", true, [](C& c, H&) { c.hostConfig.usernsMode = "host"; }},
        {"userns default", "DWH531", false, [](C&, H&) {}},
        {"docker.sock mounted", "DWH532", true,
         [](C& c, H&) {
             c.mounts.push_back({"bind", "", "/var/run/docker.sock", "/var/run/docker.sock", "", "", true, ""});
         }},
        {"other socket mounted", "DWH532", false,
         [](C& c, H&) {
             c.mounts.push_back({"bind", "", "/run/app.sock", "/run/app.sock", "", "", true, ""});
         }},
        {"user empty", "DWH540", true, [](C& c, H&) { c.config.user.clear(); }},
        {"user 0:0", "DWH540", true, [](C& c, H&) { c.config.user = "0:0"; }},
        {"user root:staff", "DWH540", true, [](C& c, H&) { c.config.user = "root:staff"; }},
        {"user app", "DWH540", false, [](C& c, H&) { c.config.user = "app"; }},
        {"secret by name", "DWH541", true, [](C& c, H&) { c.config.env.push_back("DB_PASSWORD=hunter2"); }},
        {"secret by value", "DWH541", true,
         [](C& c, H&) { c.config.env.push_back("GIT_AUTH=ghp_abcdefghijklmnopqrstuvwxyz0123456789"); }},
        {"secret name without value", "DWH541", false, [](C& c, H&) { c.config.env.push_back("API_TOKEN="); }},
        {"nothing dropped", "DWH542", true, [](C& c, H&) { c.hostConfig.capDrop.clear(); }},
        {"nothing dropped but privileged", "DWH542", false,
         [](C& c, H&) {
             c.hostConfig.capDrop.clear();
             c.hostConfig.privileged = true;
         }},
    };
    return cases;
}

struct DaemonCase {
    const char* name;
    const char* rule;
    bool fires;
    std::function<void(engine::DaemonInfo&, engine::VersionInfo&, HostContext&)> change;
    findings::Severity severity = findings::Severity::Ignore;
};

const std::vector<DaemonCase>& daemonCases()
{
    using D = engine::DaemonInfo;
    using V = engine::VersionInfo;
    using H = HostContext;
    static const std::vector<DaemonCase> cases{
        {"icc on", "DWH202", true,
         [](D&, V&, H& h) { h.defaultBridge->options["com.docker.network.bridge.enable_icc"] = "true"; }},
        {"icc option absent", "DWH202", true, [](D&, V&, H& h) { h.defaultBridge->options.clear(); }},
        {"bridge unknown", "DWH202", false, [](D&, V&, H& h) { h.defaultBridge.reset(); }},
        {"debug", "DWH203", true, [](D& d, V&, H&) { d.debug = true; }},
        {"not debug", "DWH203", false, [](D&, V&, H&) {}},
        {"insecure registry cidr", "DWH205", true,
         [](D& d, V&, H&) { d.insecureRegistryCidrs.push_back("10.0.0.0/8"); }},
        {"insecure index", "DWH205", true,
         [](D& d, V&, H&) {
             d.registryIndexConfigs.push_back({"reg.local:5000", {}, false, false});
         }},
        {"only loopback", "DWH205", false, [](D&, V&, H&) {}},
        {"aufs", "DWH206", true, [](D& d, V&, H&) { d.driver = "aufs"; }},
        {"overlay2", "DWH206", false, [](D& d, V&, H&) { d.driver = "overlay2"; }},
        {"plain tcp", "DWH207", true,
         [](D&, V&, H& h) {
             h.endpointUrl = "tcp://10.0.0.5:2375";
             h.plainTcpWithoutTls = true;
         }},
        {"unix socket", "DWH207", false, [](D&, V&, H&) {}},
        {"no userns", "DWH209", true, [](D& d, V&, H&) { d.securityOptions = {"name=seccomp,profile=default"}; }},
        {"rootless counts as remapped", "DWH209", false,
         [](D& d, V&, H&) {
             d.securityOptions = {"name=seccomp,profile=default", "name=rootless"};
         }},
        {"no authorization plugin", "DWH212", true, [](D& d, V&, H&) { d.authorizationPlugins.clear(); }},
        {"authorization plugin", "DWH212", false, [](D&, V&, H&) {}},
        {"log driver none", "DWH213", true, [](D& d, V&, H&) { d.loggingDriver = "none"; }, findings::Severity::Warning},
        {"log driver json-file", "DWH213", true, [](D& d, V&, H&) { d.loggingDriver = "json-file"; },
         findings::Severity::Info},
        {"log driver journald", "DWH213", false, [](D&, V&, H&) {}},
        {"live restore off", "DWH215", true, [](D& d, V&, H&) { d.liveRestoreEnabled = false; }},
        {"live restore off in swarm", "DWH215", false,
         [](D& d, V&, H&) {
             d.liveRestoreEnabled = false;
             d.swarmState = "active";
         }},
        {"no seccomp", "DWH217", true, [](D& d, V&, H&) { d.securityOptions = {"name=userns"}; }},
        {"seccomp unconfined", "DWH217", true,
         [](D& d, V&, H&) {
             d.securityOptions = {"name=userns", "name=seccomp,profile=unconfined"};
         }},
        {"seccomp default", "DWH217", false,
         [](D& d, V&, H&) {
             d.securityOptions = {"name=userns", "name=seccomp,profile=default"};
         }},
        {"experimental", "DWH218", true, [](D&, V& v, H&) { v.experimental = true; }},
        {"not experimental", "DWH218", false, [](D&, V&, H&) {}},
        {"rootless", "DWH230", true, [](D& d, V&, H&) { d.securityOptions.push_back("name=rootless"); }},
        {"rootful", "DWH230", true, [](D&, V&, H&) {}},
        {"content trust unset", "DWH231", true, [](D&, V&, H& h) { h.contentTrustEnv.reset(); }},
        {"content trust 0", "DWH231", true, [](D&, V&, H& h) { h.contentTrustEnv = "0"; }},
        {"content trust 1", "DWH231", false, [](D&, V&, H&) {}},
        {"engine 20.10", "DWH232", true, [](D&, V& v, H&) { v.version = "20.10.24+dfsg1"; }, findings::Severity::Warning},
        {"engine 19.03", "DWH232", true, [](D&, V& v, H&) { v.version = "19.03.15"; }, findings::Severity::Error},
        {"engine 25.0", "DWH232", false, [](D&, V& v, H&) { v.version = "25.0.0"; }},
        {"swarm active", "DWH501", true, [](D& d, V&, H&) { d.swarmState = "active"; }},
        {"swarm locked", "DWH501", true, [](D& d, V&, H&) { d.swarmState = "locked"; }},
        {"swarm inactive", "DWH501", false, [](D&, V&, H&) {}},
        {"swarm state not reported", "DWH501", false, [](D& d, V&, H&) { d.swarmState.clear(); }},
    };
    return cases;
}

struct ImageCase {
    const char* name;
    const char* rule;
    bool fires;
    std::function<void(engine::ImageDetails&, ImageContext&)> change;
};

const std::vector<ImageCase>& imageCases()
{
    using I = engine::ImageDetails;
    using X = ImageContext;
    static const std::vector<ImageCase> cases{
        {"user root", "DWH401", true, [](I& i, X&) { i.config.user = "root"; }},
        {"user empty", "DWH401", true, [](I& i, X&) { i.config.user.clear(); }},
        {"user nobody", "DWH401", false, [](I& i, X&) { i.config.user = "nobody"; }},
        {"no healthcheck", "DWH406", true, [](I& i, X&) { i.config.healthcheck.reset(); }},
        {"healthcheck NONE", "DWH406", false, [](I& i, X&) { i.config.healthcheck->test = {"NONE"}; }},
        {"secret env", "DWH410", true, [](I& i, X&) { i.config.env.push_back("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI"); }},
        {"secret value", "DWH410", true, [](I& i, X&) { i.config.env.push_back("KEYID=AKIAABCDEFGHIJKLMNOP"); }},
        {"harmless env", "DWH410", false, [](I& i, X&) { i.config.env.push_back("LANG=C.UTF-8"); }},
        {"latest tag", "DWH420", true, [](I& i, X&) { i.repoTags.push_back("registry.example/app:latest"); }},
        {"digest only", "DWH420", true, [](I& i, X&) { i.repoTags.clear(); }},
        {"version tags", "DWH420", false, [](I&, X&) {}},
        {"dangling", "DWH421", true,
         [](I& i, X&) {
             i.repoTags.clear();
             i.repoDigests.clear();
         }},
        {"dangling old daemon", "DWH421", true,
         [](I& i, X&) {
             i.repoTags = {"<none>:<none>"};
             i.repoDigests = {"<none>@<none>"};
         }},
        {"named", "DWH421", false, [](I&, X&) {}},
        {"two repositories", "DWH422", true, [](I& i, X&) { i.repoTags.push_back("localhost:5000/mirror:1.4.2"); }},
        {"two tags of one repository", "DWH422", false, [](I&, X&) {}},
        {"no repo digest", "DWH423", true, [](I& i, X&) { i.repoDigests.clear(); }},
        {"repo digest", "DWH423", false, [](I&, X&) {}},
        {"unused", "DWH424", true, [](I&, X& x) { x.containers.front().imageId = "sha256:9999"; }},
        {"used by a container", "DWH424", false, [](I&, X&) {}},
        {"older than 180 days", "DWH425", true, [](I& i, X&) { i.created = "2025-10-01T00:00:00+02:00"; }},
        {"now unknown", "DWH425", false,
         [](I& i, X& x) {
             i.created = "2020-01-01T00:00:00Z";
             x.nowUnixSeconds = 0;
         }},
        {"recent", "DWH425", false, [](I&, X&) {}},
    };
    return cases;
}

std::string readData(const QString& relative)
{
    QFile file(QStringLiteral(DW_TEST_DATA "/") + relative);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll().toStdString();
}

} // namespace
