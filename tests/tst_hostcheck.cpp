// The host checks (core/hostcheck): one row that fires and one that does not per check, the recorded
// containers of tests/data/engine/v1.41, secret redaction, the small parsers and the risk score.
#include "engine/api_decode.h"
#include "hostcheck/check_support.h"
#include "hostcheck/registry.h"
#include "hostcheck/risk_score.h"

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
    h.portBindings = {{"8080/tcp", "127.0.0.1", "8080"}};
    c.networkSettings.ports = h.portBindings;
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
    lint::Severity severity = lint::Severity::Ignore; ///< Ignore = the check's default
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
         lint::Severity::Error},
        {"cap add ALL", "DWH504", true, [](C& c, H&) { c.hostConfig.capAdd = {"all"}; }, lint::Severity::Error},
        {"cap add SYS_PTRACE", "DWH504", true, [](C& c, H&) { c.hostConfig.capAdd = {"SYS_PTRACE"}; },
         lint::Severity::Warning},
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
         lint::Severity::Error},
        {"host /etc/ read-only", "DWH506", true,
         [](C& c, H&) {
             c.mounts.push_back({"bind", "", "/etc/", "/hostetc", "", "ro", false, ""});
         },
         lint::Severity::Warning},
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
        {"bound to 127.0.0.1", "DWH514", false, [](C&, H&) {}},
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
    lint::Severity severity = lint::Severity::Ignore;
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
        {"insecure registry cidr", "DWH205", true,
         [](D& d, V&, H&) { d.insecureRegistryCidrs.push_back("10.0.0.0/8"); }},
        {"insecure index", "DWH205", true,
         [](D& d, V&, H&) {
             d.registryIndexConfigs.push_back({"reg.local:5000", {}, false, false});
         }},
        {"only loopback", "DWH205", false, [](D&, V&, H&) {}},
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
        {"log driver none", "DWH213", true, [](D& d, V&, H&) { d.loggingDriver = "none"; }, lint::Severity::Warning},
        {"log driver json-file", "DWH213", true, [](D& d, V&, H&) { d.loggingDriver = "json-file"; },
         lint::Severity::Info},
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
        {"engine 20.10", "DWH232", true, [](D&, V& v, H&) { v.version = "20.10.24+dfsg1"; }, lint::Severity::Warning},
        {"engine 19.03", "DWH232", true, [](D&, V& v, H&) { v.version = "19.03.15"; }, lint::Severity::Error},
        {"engine 25.0", "DWH232", false, [](D&, V& v, H&) { v.version = "25.0.0"; }},
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

class TestHostCheck : public QObject {
    Q_OBJECT

  private slots:
    void everyCheckIsDocumented();
    void everyCheckHasCases();
    void baselinesAreClean();
    void containerChecks_data();
    void containerChecks();
    void daemonChecks_data();
    void daemonChecks();
    void imageChecks_data();
    void imageChecks();
    void secretsAreRedacted();
    void recordedContainers_data();
    void recordedContainers();
    void recordedDaemon();
    void recordedImage();
    void rfc3339_data();
    void rfc3339();
    void engineVersion_data();
    void engineVersion();
    void riskScore_data();
    void riskScore();
};

void TestHostCheck::everyCheckIsDocumented()
{
    std::set<std::string_view> ids;
    for (const CheckInfo* info : allCheckInfos()) {
        const QByteArray id(info->id.data(), qsizetype(info->id.size()));
        QVERIFY2(ids.insert(info->id).second, "duplicate id " + id);
        QVERIFY2(info->id.size() == 6 && info->id.starts_with("DWH"), id);
        QVERIFY2(!info->refs.empty(), "no refs: " + id);
        for (const lint::LocalizedText* text : {&info->title, &info->explanation, &info->fix}) {
            QVERIFY2(!text->en.empty(), "missing English text: " + id);
            QVERIFY2(!text->zh.empty(), "missing Chinese text: " + id);
            QVERIFY2(text->en != text->zh, "untranslated text: " + id);
        }
        QVERIFY2(info->fix.en.find("docker") != std::string::npos, "fix names no docker command: " + id);
        if (info->id.starts_with("DWH5")) { // a container's fix shows the run flag and the Compose key
            QVERIFY2(info->fix.en.find("docker run") != std::string::npos, "fix names no docker run flag: " + id);
            QVERIFY2(info->fix.en.find("Compose") != std::string::npos, "fix names no Compose key: " + id);
        }
        for (std::string_view ref : info->refs)
            QVERIFY2(ref.starts_with("cis-docker:") || ref.starts_with("dockle:"), "unknown ref kind: " + id);
    }
    QCOMPARE(ids.size(),
             hostcheck::containerChecks().size() + hostcheck::daemonChecks().size() + hostcheck::imageChecks().size());
}

void TestHostCheck::everyCheckHasCases()
{
    std::set<std::string> firing, silent;
    for (const ContainerCase& c : containerCases())
        (c.fires ? firing : silent).insert(c.rule);
    for (const DaemonCase& c : daemonCases())
        (c.fires ? firing : silent).insert(c.rule);
    for (const ImageCase& c : imageCases())
        (c.fires ? firing : silent).insert(c.rule);
    for (const CheckInfo* info : allCheckInfos()) {
        const std::string id(info->id);
        QVERIFY2(firing.count(id), ("no firing case for " + id).c_str());
        if (id != "DWH230") // rootless-or-not reports either way
            QVERIFY2(silent.count(id), ("no silent case for " + id).c_str());
    }
}

void TestHostCheck::baselinesAreClean()
{
    const std::vector<HostFinding> container = checkContainer(hardenedContainer(), hardenedHost());
    QVERIFY2(container.empty(), describe(container).constData());
    std::vector<HostFinding> daemon = checkDaemon(hardenedDaemon(), hardenedVersion(), hardenedHost());
    QCOMPARE(daemon.size(), std::size_t(1));
    QCOMPARE(daemon.front().rule, std::string("DWH230"));
    const std::vector<HostFinding> image = checkImage(hardenedImage(), hardenedImages());
    QVERIFY2(image.empty(), describe(image).constData());
}

void TestHostCheck::containerChecks_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < containerCases().size(); ++i)
        QTest::newRow((std::string(containerCases()[i].rule) + " " + containerCases()[i].name).c_str()) << int(i);
}

void TestHostCheck::containerChecks()
{
    QFETCH(int, index);
    const ContainerCase& testCase = containerCases()[std::size_t(index)];
    engine::ContainerDetails container = hardenedContainer();
    HostContext host = hardenedHost();
    testCase.change(container, host);
    const std::vector<HostFinding> findings = checkContainer(container, host);
    const HostFinding* finding = findRule(findings, testCase.rule);
    QVERIFY2((finding != nullptr) == testCase.fires, describe(findings).constData());
    if (!finding) return;
    QCOMPARE(finding->subject, std::string("dw-test"));
    QVERIFY(finding->message.en.find("dw-test") != std::string::npos);
    QVERIFY(!finding->evidence.empty());
    if (testCase.severity != lint::Severity::Ignore) QCOMPARE(finding->severity, testCase.severity);
}

void TestHostCheck::daemonChecks_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < daemonCases().size(); ++i)
        QTest::newRow((std::string(daemonCases()[i].rule) + " " + daemonCases()[i].name).c_str()) << int(i);
}

void TestHostCheck::daemonChecks()
{
    QFETCH(int, index);
    const DaemonCase& testCase = daemonCases()[std::size_t(index)];
    engine::DaemonInfo daemon = hardenedDaemon();
    engine::VersionInfo version = hardenedVersion();
    HostContext host = hardenedHost();
    testCase.change(daemon, version, host);
    const std::vector<HostFinding> findings = checkDaemon(daemon, version, host);
    const HostFinding* finding = findRule(findings, testCase.rule);
    QVERIFY2((finding != nullptr) == testCase.fires, describe(findings).constData());
    if (!finding) return;
    QCOMPARE(finding->subject, std::string("daemon"));
    if (testCase.severity != lint::Severity::Ignore) QCOMPARE(finding->severity, testCase.severity);
}

void TestHostCheck::imageChecks_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < imageCases().size(); ++i)
        QTest::newRow((std::string(imageCases()[i].rule) + " " + imageCases()[i].name).c_str()) << int(i);
}

void TestHostCheck::imageChecks()
{
    QFETCH(int, index);
    const ImageCase& testCase = imageCases()[std::size_t(index)];
    engine::ImageDetails image = hardenedImage();
    ImageContext images = hardenedImages();
    testCase.change(image, images);
    const std::vector<HostFinding> findings = checkImage(image, images);
    QVERIFY2(hasRule(findings, testCase.rule) == testCase.fires, describe(findings).constData());
}

void TestHostCheck::secretsAreRedacted()
{
    const std::vector<std::string> secrets{"hunter2", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "wJalrXUtnFEMI"};
    engine::ContainerDetails container = hardenedContainer();
    container.config.env = {"DB_PASSWORD=hunter2", "GIT_AUTH=ghp_abcdefghijklmnopqrstuvwxyz0123456789",
                            "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI"};
    engine::ImageDetails image = hardenedImage();
    image.config.env = container.config.env;
    std::vector<HostFinding> findings = checkContainer(container, hardenedHost());
    const std::vector<HostFinding> imageFindings = checkImage(image, hardenedImages());
    findings.insert(findings.end(), imageFindings.begin(), imageFindings.end());
    QVERIFY(hasRule(findings, "DWH541"));
    QVERIFY(hasRule(findings, "DWH410"));
    for (const HostFinding& f : findings) {
        for (const std::string& secret : secrets)
            for (const std::string* text : {&f.message.en, &f.message.zh, &f.evidence, &f.fix.en, &f.fix.zh})
                QVERIFY2(text->find(secret) == std::string::npos, (f.rule + " leaks a secret: " + *text).c_str());
    }
    const HostFinding* finding = findRule(findings, "DWH541");
    QVERIFY(finding->evidence.find("DB_PASSWORD=<redacted>") != std::string::npos);
    QVERIFY(finding->evidence.find("GIT_AUTH=<redacted>") != std::string::npos);
}

void TestHostCheck::recordedContainers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("risky") << QStringLiteral("v1.41/container_dw-risky.json")
                           << QStringList{"DWH503", "DWH504", "DWH506", "DWH508", "DWH511", "DWH512",
                                          "DWH513", "DWH514", "DWH515", "DWH516", "DWH518", "DWH526",
                                          "DWH529", "DWH532", "DWH540", "DWH541"}
                           << QStringList{"DWH502", "DWH505", "DWH510"};
    QTest::newRow("privileged") << QStringLiteral("v1.41/container_dw-privileged.json")
                                << QStringList{"DWH505", "DWH503"} << QStringList{"DWH540", "DWH541", "DWH532"};
    QTest::newRow("hostnet") << QStringLiteral("v1.41/container_dw-hostnet.json") << QStringList{"DWH510"}
                             << QStringList{"DWH505", "DWH530"};
    QTest::newRow("hardened") << QStringLiteral("v1.41/container_dw-hardened.json") << QStringList{}
                              << QStringList{"DWH504", "DWH511", "DWH512", "DWH513", "DWH515", "DWH526",
                                             "DWH527", "DWH529", "DWH540", "DWH541", "DWH542"};
    QTest::newRow("v1.51 web") << QStringLiteral("v1.51/container_details.json") << QStringList{}
                               << QStringList{"DWH505", "DWH526", "DWH540", "DWH541"};
}

void TestHostCheck::recordedContainers()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const std::string body = readData(QStringLiteral("engine/") + file);
    if (body.empty()) QSKIP("recorded file not present");
    const std::string infoBody = readData(QStringLiteral("engine/v1.41/info.json"));
    engine::DecodeError error;
    const std::optional<engine::ContainerDetails> container = engine::decodeContainerDetails(body, error);
    QVERIFY2(container, error.message.c_str());
    HostContext host;
    if (const std::optional<engine::DaemonInfo> daemon = engine::decodeDaemonInfo(infoBody, error))
        applyDaemonFacts(host, *daemon);
    const std::vector<HostFinding> findings = checkContainer(*container, host);
    for (const QString& rule : expected)
        QVERIFY2(hasRule(findings, rule.toStdString()),
                 (rule.toUtf8() + " missing in\n" + describe(findings)).constData());
    for (const QString& rule : absent)
        QVERIFY2(!hasRule(findings, rule.toStdString()),
                 (rule.toUtf8() + " unexpected in\n" + describe(findings)).constData());
    for (const HostFinding& f : findings) {
        QVERIFY2(f.evidence.find("hunter2") == std::string::npos, f.evidence.c_str());
        QVERIFY2(f.message.en.find("hunter2") == std::string::npos, f.message.en.c_str());
    }
}

void TestHostCheck::recordedDaemon()
{
    const std::string infoBody = readData(QStringLiteral("engine/v1.41/info.json"));
    const std::string versionBody = readData(QStringLiteral("engine/v1.41/version.json"));
    if (infoBody.empty() || versionBody.empty()) QSKIP("recorded files not present");
    engine::DecodeError error;
    const std::optional<engine::DaemonInfo> daemon = engine::decodeDaemonInfo(infoBody, error);
    QVERIFY2(daemon, error.message.c_str());
    const std::optional<engine::VersionInfo> version = engine::decodeVersion(versionBody, error);
    QVERIFY2(version, error.message.c_str());
    HostContext host;
    applyDaemonFacts(host, *daemon);
    QCOMPARE(host.hostHasAppArmor, std::optional<bool>(false));
    const std::vector<HostFinding> findings = checkDaemon(*daemon, *version, host);
    // 20.10 without userns-remap or live restore, json-file logging, DOCKER_CONTENT_TRUST unset.
    for (const char* rule : {"DWH209", "DWH213", "DWH215", "DWH230", "DWH231", "DWH232"})
        QVERIFY2(hasRule(findings, rule),
                 (std::string(rule) + " missing in\n" + describe(findings).toStdString()).c_str());
    for (const char* rule : {"DWH202", "DWH205", "DWH207", "DWH217"})
        QVERIFY2(!hasRule(findings, rule),
                 (std::string(rule) + " unexpected in\n" + describe(findings).toStdString()).c_str());
}

void TestHostCheck::recordedImage()
{
    const std::string imageBody = readData(QStringLiteral("engine/v1.41/image_dw-fixture.json"));
    const std::string imagesBody = readData(QStringLiteral("engine/v1.41/images.json"));
    const std::string containersBody = readData(QStringLiteral("engine/v1.41/containers.json"));
    if (imageBody.empty() || imagesBody.empty() || containersBody.empty()) QSKIP("recorded files not present");
    engine::DecodeError error;
    const std::optional<engine::ImageDetails> image = engine::decodeImageDetails(imageBody, error);
    QVERIFY2(image, error.message.c_str());
    ImageContext images;
    images.images = engine::decodeImageList(imagesBody, error).value_or(std::vector<engine::ImageSummary>{});
    images.containers =
        engine::decodeContainerList(containersBody, error).value_or(std::vector<engine::ContainerSummary>{});
    QVERIFY(!images.containers.empty());
    const std::optional<int64_t> created = support::parseRfc3339(image->created);
    QVERIFY(created);
    images.nowUnixSeconds = *created + 86400;
    const std::vector<HostFinding> findings = checkImage(*image, images);
    // dw-fixture:1.0 + dw-fixture:latest, built locally, user 1000, with a HEALTHCHECK, used by five containers.
    for (const char* rule : {"DWH420", "DWH423"})
        QVERIFY2(hasRule(findings, rule),
                 (std::string(rule) + " missing in\n" + describe(findings).toStdString()).c_str());
    for (const char* rule : {"DWH401", "DWH406", "DWH410", "DWH421", "DWH422", "DWH424", "DWH425"})
        QVERIFY2(!hasRule(findings, rule),
                 (std::string(rule) + " unexpected in\n" + describe(findings).toStdString()).c_str());
    QCOMPARE(findRule(findings, "DWH420")->subject, std::string("dw-fixture:1.0"));
}

void TestHostCheck::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1 = invalid
    QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
    QTest::newRow("nanoseconds") << "2026-05-01T10:00:00.123456789Z" << qint64(1777629600);
    QTest::newRow("offset") << "2026-05-01T12:00:00+02:00" << qint64(1777629600);
    QTest::newRow("negative offset") << "2026-05-01T05:30:00-04:30" << qint64(1777629600);
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << qint64(1709164800);
    QTest::newRow("no zone") << "2026-05-01T10:00:00" << qint64(-1);
    QTest::newRow("garbage") << "yesterday" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("month 13") << "2026-13-01T10:00:00Z" << qint64(-1);
}

void TestHostCheck::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const std::optional<int64_t> parsed = support::parseRfc3339(text.toStdString());
    QCOMPARE(parsed.has_value(), seconds >= 0);
    if (parsed) QCOMPARE(qint64(*parsed), seconds);
}

void TestHostCheck::engineVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("major"); // -1 = invalid
    QTest::addColumn<int>("minor");
    QTest::newRow("debian") << "20.10.24+dfsg1" << 20 << 10;
    QTest::newRow("v prefix") << "v25.0.3" << 25 << 0;
    QTest::newRow("major only") << "28" << 28 << 0;
    QTest::newRow("ce suffix") << "19.03.15-ce" << 19 << 3;
    QTest::newRow("empty") << "" << -1 << 0;
    QTest::newRow("words") << "dev" << -1 << 0;
}

void TestHostCheck::engineVersion()
{
    QFETCH(QString, text);
    QFETCH(int, major);
    QFETCH(int, minor);
    const std::optional<support::EngineVersion> parsed = support::parseEngineVersion(text.toStdString());
    QCOMPARE(parsed.has_value(), major >= 0);
    if (!parsed) return;
    QCOMPARE(parsed->major, major);
    QCOMPARE(parsed->minor, minor);
}

void TestHostCheck::riskScore_data()
{
    QTest::addColumn<QStringList>("findings"); // "subject/rule/severity"
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("infos");
    QTest::newRow("nothing") << QStringList{} << 100 << 0 << 0 << 0;
    QTest::newRow("one of each") << QStringList{"a/DWH505/error", "a/DWH511/warning", "daemon/DWH230/info"} << 85 << 1
                                 << 1 << 1;
    QTest::newRow("style weighs nothing") << QStringList{"a/DWH505/style"} << 100 << 0 << 0 << 0;
    QTest::newRow("capped per subject") << QStringList{"a/DWH505/error", "a/DWH532/error", "a/DWH504/error",
                                                       "a/DWH506/error", "a/DWH540/error"}
                                        << 60 << 5 << 0 << 0;
    QTest::newRow("floor at zero") << QStringList{"a/DWH505/error", "a/DWH532/error", "a/DWH504/error",
                                                  "a/DWH506/error", "b/DWH505/error", "b/DWH532/error",
                                                  "b/DWH504/error", "b/DWH506/error", "c/DWH505/error",
                                                  "c/DWH532/error", "c/DWH504/error"}
                                   << 0 << 11 << 0 << 0;
}

void TestHostCheck::riskScore()
{
    QFETCH(QStringList, findings);
    QFETCH(int, score);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(int, infos);
    std::vector<HostFinding> list;
    for (const QString& spec : findings) {
        const QStringList parts = spec.split(u'/');
        HostFinding f;
        f.subject = parts[0].toStdString();
        f.rule = parts[1].toStdString();
        f.severity = *lint::severityFromName(parts[2].toStdString());
        list.push_back(f);
    }
    const RiskScore result = computeRiskScore(list);
    QCOMPARE(result.score, score);
    QCOMPARE(result.errors, errors);
    QCOMPARE(result.warnings, warnings);
    QCOMPARE(result.infos, infos);
    int categorized = 0;
    for (const auto& [category, count] : result.findingsByCategory)
        categorized += count;
    QCOMPARE(categorized, int(findings.size()));
    if (findings.size() == 3) {
        QCOMPARE(result.findingsByCategory.at(CheckCategory::Container), 2);
        QCOMPARE(result.findingsByCategory.at(CheckCategory::Daemon), 1);
    }
}

QTEST_APPLESS_MAIN(TestHostCheck)

#include "tst_hostcheck.moc"
