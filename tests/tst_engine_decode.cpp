// Engine API decoding: responses recorded from a real dockerd (API 1.41), hand-written responses in the shape of
// API 1.51, and hostile bodies that must give a DecodeError with the JSON path, never a crash.
#include "engine/api_decode.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <string>

using namespace dw::engine;

Q_DECLARE_METATYPE(dw::engine::DecodeErrorId)

namespace {

std::string readData(const QString& relative)
{
    QFile file(QStringLiteral(DW_TEST_DATA "/engine/") + relative);
    if (!file.open(QIODevice::ReadOnly)) qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll().toStdString();
}

bool contains(const std::vector<std::string>& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

/// Decodes a recorded file with the decoder its name calls for; false with `error` set when decoding fails.
bool decodeByFileName(const QString& name, const std::string& body, DecodeError& error)
{
    if (name == QLatin1String("containers.json")) return decodeContainerList(body, error).has_value();
    if (name.startsWith(QLatin1String("container_"))) return decodeContainerDetails(body, error).has_value();
    if (name == QLatin1String("images.json")) return decodeImageList(body, error).has_value();
    if (name.startsWith(QLatin1String("image_history"))) return decodeImageHistory(body, error).has_value();
    if (name.startsWith(QLatin1String("image_"))) return decodeImageDetails(body, error).has_value();
    if (name == QLatin1String("info.json")) return decodeDaemonInfo(body, error).has_value();
    if (name == QLatin1String("version.json")) return decodeVersion(body, error).has_value();
    if (name == QLatin1String("networks.json")) return decodeNetworkList(body, error).has_value();
    if (name == QLatin1String("volumes.json")) return decodeVolumeList(body, error).has_value();
    if (name == QLatin1String("system_df.json")) return decodeSystemDf(body, error).has_value();
    error.message = "no decoder for test file " + name.toStdString();
    return false;
}

} // namespace

class TestEngineDecode : public QObject {
    Q_OBJECT

  private slots:
    void everyRecordedFileDecodes_data();
    void everyRecordedFileDecodes();
    void privilegedContainer();
    void riskyContainer();
    void hostNamespacesContainer();
    void hardenedContainer();
    void runningContainer();
    void containerList();
    void images();
    void daemon();
    void networksVolumesDiskUsage();
    void events();
    void containerProcesses();
    void newerApiContainer();
    void newerApiImages();
    void newerApiInfo();
    void missingAndNullFieldsKeepDefaults();
    void hostileBodies_data();
    void hostileBodies();
    void errorsNameEndpointAndPathInAscii();
    void hugeBodyIsRefusedBeforeParsing();
    void largeStringBelowTheLimitDecodes();
    void extremeNestingIsRefused();
};

void TestEngineDecode::everyRecordedFileDecodes_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& version : {QStringLiteral("v1.41"), QStringLiteral("v1.51")}) {
        const QDir dir(QStringLiteral(DW_TEST_DATA "/engine/") + version);
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString& file : files)
            QTest::newRow(qPrintable(version + u'/' + file)) << version + u'/' + file;
    }
}

void TestEngineDecode::everyRecordedFileDecodes()
{
    QFETCH(QString, file);
    const std::string body = readData(file);
    QVERIFY(body.size() < 50 * 1024);
    DecodeError error;
    QVERIFY2(decodeByFileName(file.section(u'/', -1), body, error), error.message.c_str());
}

void TestEngineDecode::privilegedContainer()
{
    DecodeError error;
    const auto container =
        decodeContainerDetails(readData(QStringLiteral("v1.41/container_dw-privileged.json")), error);
    QVERIFY2(container, error.message.c_str());
    QCOMPARE(container->name, "/dw-privileged");
    QVERIFY(container->hostConfig.privileged);
    QCOMPARE(container->hostConfig.networkMode, "none");
    QCOMPARE(container->state.status, "created");
    QVERIFY(!container->state.running);
    QCOMPARE(container->config.user, "1000"); // inherited from the image's USER
    QVERIFY(container->config.healthcheck.has_value());
    QCOMPARE(container->config.healthcheck->intervalNs, 30'000'000'000LL);
}

void TestEngineDecode::riskyContainer()
{
    DecodeError error;
    const auto container = decodeContainerDetails(readData(QStringLiteral("v1.41/container_dw-risky.json")), error);
    QVERIFY2(container, error.message.c_str());
    const HostConfig& host = container->hostConfig;
    QVERIFY(!host.privileged);
    QVERIFY(contains(host.capAdd, "CAP_SYS_ADMIN"));
    QVERIFY(contains(host.capAdd, "CAP_NET_ADMIN"));
    QVERIFY(host.capDrop.empty()); // null in the response
    QCOMPARE(host.pidMode, "host");
    QCOMPARE(host.restartPolicy.name, "always");
    QVERIFY(contains(host.securityOpt, "apparmor=unconfined"));
    QCOMPARE(container->appArmorProfile, "unconfined");
    QVERIFY(contains(host.binds, "/:/host:rslave"));
    QVERIFY(!host.pidsLimit.has_value()); // null = unlimited
    QCOMPARE(host.memory, 0);

    QCOMPARE(host.portBindings.size(), 1u);
    QCOMPARE(host.portBindings[0].containerPort, "22/tcp");
    QCOMPARE(host.portBindings[0].hostIp, "0.0.0.0");
    QCOMPARE(host.portBindings[0].hostPort, "22");

    QCOMPARE(host.devices.size(), 1u);
    QCOMPARE(host.devices[0].pathOnHost, "/dev/null");
    QCOMPARE(host.devices[0].pathInContainer, "/dev/xnull");
    QCOMPARE(host.devices[0].cgroupPermissions, "rwm");

    QCOMPARE(container->mounts.size(), 2u);
    const MountPoint& root = container->mounts[0];
    QCOMPARE(root.type, "bind");
    QCOMPARE(root.source, "/");
    QCOMPARE(root.destination, "/host");
    QCOMPARE(root.propagation, "rslave");
    QVERIFY(root.rw);
    QCOMPARE(container->mounts[1].source, "/var/run/docker.sock");
    QCOMPARE(container->mounts[1].propagation, "rprivate");

    QCOMPARE(container->config.user, "0");
    QVERIFY(contains(container->config.env, "DB_PASSWORD=hunter2"));
    QCOMPARE(container->config.exposedPorts, (std::vector<std::string>{"22/tcp", "8080/tcp"}));
    QCOMPARE(container->config.labels.at("org.opencontainers.image.title"), "dw-fixture");
    QCOMPARE(container->networkSettings.networks.size(), 1u);
    QCOMPARE(container->networkSettings.networks[0].networkName, "bridge");
}

void TestEngineDecode::hostNamespacesContainer()
{
    DecodeError error;
    const auto container = decodeContainerDetails(readData(QStringLiteral("v1.41/container_dw-hostnet.json")), error);
    QVERIFY2(container, error.message.c_str());
    QCOMPARE(container->hostConfig.networkMode, "host");
    QCOMPARE(container->hostConfig.ipcMode, "host");
    QCOMPARE(container->hostConfig.utsMode, "host");
    QCOMPARE(container->hostConfig.usernsMode, "host");
    QCOMPARE(container->hostConfig.pidMode, "");
}

void TestEngineDecode::hardenedContainer()
{
    DecodeError error;
    const auto container = decodeContainerDetails(readData(QStringLiteral("v1.41/container_dw-hardened.json")), error);
    QVERIFY2(container, error.message.c_str());
    const HostConfig& host = container->hostConfig;
    QVERIFY(host.readonlyRootfs);
    QCOMPARE(host.memory, 64 * 1024 * 1024);
    QCOMPARE(host.nanoCpus, 500'000'000);
    QCOMPARE(host.cpuShares, 512);
    QCOMPARE(host.pidsLimit, std::optional<int64_t>(50));
    QCOMPARE(host.securityOpt, std::vector<std::string>{"no-new-privileges"});
    QCOMPARE(host.capDrop, std::vector<std::string>{"ALL"});
    QCOMPARE(host.restartPolicy.name, "on-failure");
    QCOMPARE(host.restartPolicy.maximumRetryCount, 3);
    QCOMPARE(host.tmpfs.count("/tmp"), 1u);
    QCOMPARE(container->config.user, "1000");
    QCOMPARE(container->mounts.size(), 1u);
    QCOMPARE(container->mounts[0].type, "volume");
    QCOMPARE(container->mounts[0].name, "dw-data");
    QCOMPARE(container->mounts[0].mode, "ro");
    QVERIFY(!container->mounts[0].rw);
}

void TestEngineDecode::runningContainer()
{
    DecodeError error;
    const auto container = decodeContainerDetails(readData(QStringLiteral("v1.41/container_dw-running.json")), error);
    QVERIFY2(container, error.message.c_str());
    QVERIFY(container->state.running);
    QCOMPARE(container->state.status, "running");
    QVERIFY(container->state.pid > 0);
    QCOMPARE(container->state.healthStatus, "starting");
    QCOMPARE(container->args, (std::vector<std::string>{"3600"}));
}

void TestEngineDecode::containerList()
{
    DecodeError error;
    const auto list = decodeContainerList(readData(QStringLiteral("v1.41/containers.json")), error);
    QVERIFY2(list, error.message.c_str());
    QCOMPARE(list->size(), 5u);
    const auto risky = std::find_if(list->begin(), list->end(),
                                    [](const ContainerSummary& c) { return contains(c.names, "/dw-risky"); });
    QVERIFY(risky != list->end());
    QCOMPARE(risky->image, "dw-fixture:1.0");
    QCOMPARE(risky->state, "created");
    QCOMPARE(risky->mounts.size(), 2u);
    QCOMPARE(risky->mounts[0].propagation, "rslave");
    QVERIFY(!risky->imageManifestDescriptor);
    const auto running =
        std::find_if(list->begin(), list->end(), [](const ContainerSummary& c) { return c.state == "running"; });
    QVERIFY(running != list->end());
    QCOMPARE(running->networkMode, "none");
    QCOMPARE(running->networks, std::vector<std::string>{"none"});
}

void TestEngineDecode::images()
{
    DecodeError error;
    const auto list = decodeImageList(readData(QStringLiteral("v1.41/images.json")), error);
    QVERIFY2(list, error.message.c_str());
    QCOMPARE(list->size(), 1u);
    QCOMPARE(list->front().repoTags, (std::vector<std::string>{"dw-fixture:1.0", "dw-fixture:latest"}));
    QVERIFY(list->front().repoDigests.empty()); // null: built locally, never pushed
    QCOMPARE(list->front().containers, -1);
    QVERIFY(list->front().manifests.empty());

    const auto image = decodeImageDetails(readData(QStringLiteral("v1.41/image_dw-fixture.json")), error);
    QVERIFY2(image, error.message.c_str());
    QCOMPARE(image->id, list->front().id);
    QCOMPARE(image->config.user, "1000");
    QCOMPARE(image->config.exposedPorts, std::vector<std::string>{"8080/tcp"});
    QVERIFY(contains(image->config.env, "APP_MODE=test"));
    QVERIFY(image->config.healthcheck);
    QCOMPARE(image->config.healthcheck->test, (std::vector<std::string>{"CMD", "/bin/busybox", "true"}));
    QCOMPARE(image->rootFsType, "layers");
    QCOMPARE(image->layers.size(), 2u); // COPY busybox + RUN --install
    QCOMPARE(image->size, 1982256);

    const auto history = decodeImageHistory(readData(QStringLiteral("v1.41/image_history_dw-fixture.json")), error);
    QVERIFY2(history, error.message.c_str());
    QCOMPARE(history->size(), 8u);
    QVERIFY(history->front().createdBy.find("CMD [\"/bin/sh\"]") != std::string::npos);
    QCOMPARE(history->front().tags.size(), 2u);
    QCOMPARE(history->back().size, 1982256);
}

void TestEngineDecode::daemon()
{
    DecodeError error;
    const auto info = decodeDaemonInfo(readData(QStringLiteral("v1.41/info.json")), error);
    QVERIFY2(info, error.message.c_str());
    QCOMPARE(info->serverVersion, "20.10.24+dfsg1");
    QCOMPARE(info->containers, 5);
    QCOMPARE(info->containersRunning, 1);
    QCOMPARE(info->driver, "vfs");
    QVERIFY(!info->liveRestoreEnabled);
    QCOMPARE(info->securityOptions, std::vector<std::string>{"name=seccomp,profile=default"});
    QCOMPARE(info->insecureRegistryCidrs, std::vector<std::string>{"127.0.0.0/8"});
    QCOMPARE(info->registryIndexConfigs.size(), 1u);
    QVERIFY(info->registryIndexConfigs[0].secure);
    QVERIFY(contains(info->runtimes, "runc"));
    QCOMPARE(info->swarmState, "inactive");
    QVERIFY(info->cdiSpecDirs.empty());

    const auto version = decodeVersion(readData(QStringLiteral("v1.41/version.json")), error);
    QVERIFY2(version, error.message.c_str());
    QCOMPARE(version->apiVersion, "1.41");
    QCOMPARE(version->minApiVersion, "1.12");
    QCOMPARE(version->version, "20.10.24+dfsg1");
    QVERIFY(!version->experimental); // "false" as a string in Components[Engine].Details
    QCOMPARE(version->components.size(), 4u);
    QCOMPARE(version->components[1].name, "containerd");
}

void TestEngineDecode::networksVolumesDiskUsage()
{
    DecodeError error;
    const auto networks = decodeNetworkList(readData(QStringLiteral("v1.41/networks.json")), error);
    QVERIFY2(networks, error.message.c_str());
    QCOMPARE(networks->size(), 2u); // --bridge=none: no default bridge network
    QVERIFY(std::any_of(networks->begin(), networks->end(),
                        [](const NetworkInfo& n) { return n.name == "host" && n.driver == "host"; }));

    const auto volumes = decodeVolumeList(readData(QStringLiteral("v1.41/volumes.json")), error);
    QVERIFY2(volumes, error.message.c_str());
    QCOMPARE(volumes->volumes.size(), 1u);
    QCOMPARE(volumes->volumes[0].name, "dw-data");
    QCOMPARE(volumes->volumes[0].driver, "local");
    QVERIFY(volumes->warnings.empty());

    const auto df = decodeSystemDf(readData(QStringLiteral("v1.41/system_df.json")), error);
    QVERIFY2(df, error.message.c_str());
    QCOMPARE(df->layersSize, 1982256);
    QCOMPARE(df->images.size(), 1u);
    QCOMPARE(df->containers.size(), 5u);
    QCOMPARE(df->volumes.size(), 1u);
    QVERIFY(df->volumes[0].usageRefCount.has_value());
    QCOMPARE(*df->volumes[0].usageRefCount, 1);
    QVERIFY(df->buildCache.empty()); // null
}

void TestEngineDecode::events()
{
    const std::string stream = readData(QStringLiteral("v1.41/events.jsonl"));
    std::vector<Event> events;
    std::size_t start = 0;
    while (start < stream.size()) {
        std::size_t end = stream.find('\n', start);
        if (end == std::string::npos) end = stream.size();
        DecodeError error;
        const auto event = decodeEvent(std::string_view(stream).substr(start, end - start), error);
        QVERIFY2(event, error.message.c_str());
        events.push_back(*event);
        start = end + 1;
    }
    QCOMPARE(events.size(), 8u);
    QCOMPARE(events[0].type, "container");
    QCOMPARE(events[0].action, "create");
    QCOMPARE(events[0].actorId.size(), 64u);
    QVERIFY(events[0].actorAttributes.count("name"));
    QVERIFY(events[0].timeNano / 1'000'000'000 == events[0].time);
    QVERIFY(std::any_of(events.begin(), events.end(), [](const Event& e) { return e.type == "network"; }));
}

void TestEngineDecode::newerApiContainer()
{
    DecodeError error;
    const auto container = decodeContainerDetails(readData(QStringLiteral("v1.51/container_details.json")), error);
    QVERIFY2(container, error.message.c_str());
    QCOMPARE(container->state.healthStatus, "healthy");
    QCOMPARE(container->hostConfig.pidsLimit, std::optional<int64_t>(0));
    QCOMPARE(container->hostConfig.mounts.size(), 2u);
    QCOMPARE(container->hostConfig.mounts[0].type, "image");
    QCOMPARE(container->hostConfig.mounts[1].propagation, "rshared");
    QCOMPARE(container->mounts[1].propagation, "rshared");
    QCOMPARE(container->hostConfig.portBindings.size(), 2u); // 443/tcp: null, exposed but not published
    QCOMPARE(container->hostConfig.portBindings[0].containerPort, "443/tcp");
    QCOMPARE(container->hostConfig.portBindings[1].hostIp, "");
    QCOMPARE(container->networkSettings.ports.size(), 3u);
    QCOMPARE(container->config.healthcheck->retries, 3);

    const auto list = decodeContainerList(readData(QStringLiteral("v1.51/containers.json")), error);
    QVERIFY2(list, error.message.c_str());
    QCOMPARE(list->size(), 1u);
    const ContainerSummary& web = list->front();
    QVERIFY(web.imageManifestDescriptor);
    QCOMPARE(web.imageManifestDescriptor->size, 2286);
    QCOMPARE(web.ports.size(), 3u);
    QCOMPARE(web.ports[0].containerPort, "80/tcp");
    QCOMPARE(web.ports[0].hostIp, "0.0.0.0");
    QCOMPARE(web.ports[0].hostPort, "8080");
    QCOMPARE(web.ports[2].hostPort, "");
    QCOMPARE(web.mounts[0].type, "image");
}

void TestEngineDecode::newerApiImages()
{
    DecodeError error;
    const auto list = decodeImageList(readData(QStringLiteral("v1.51/images.json")), error);
    QVERIFY2(list, error.message.c_str());
    QCOMPARE(list->size(), 2u);
    const ImageSummary& nginx = list->front();
    QVERIFY(nginx.descriptor);
    QCOMPARE(nginx.descriptor->mediaType, "application/vnd.oci.image.index.v1+json");
    QCOMPARE(nginx.manifests.size(), 2u);
    QCOMPARE(nginx.manifests[0].kind, "image");
    QCOMPARE(nginx.manifests[0].platformArchitecture, "amd64");
    QCOMPARE(nginx.manifests[0].sizeContent, 72195292);
    QCOMPARE(nginx.manifests[1].kind, "attestation");
    QCOMPARE(nginx.manifests[1].attestationFor, nginx.manifests[0].id);
    QVERIFY(list->back().repoTags.empty());
    QVERIFY(list->back().labels.empty());

    const auto image = decodeImageDetails(readData(QStringLiteral("v1.51/image_details.json")), error);
    QVERIFY2(image, error.message.c_str());
    QVERIFY(image->descriptor);
    QCOMPARE(image->descriptor->size, 10229);
    QCOMPARE(image->config.user, "");
    QVERIFY(!image->config.healthcheck);
    QCOMPARE(image->lastTagTime, "2025-06-01T08:00:00Z");
}

void TestEngineDecode::newerApiInfo()
{
    DecodeError error;
    const auto info = decodeDaemonInfo(readData(QStringLiteral("v1.51/info.json")), error);
    QVERIFY2(info, error.message.c_str());
    QCOMPARE(info->cdiSpecDirs, (std::vector<std::string>{"/etc/cdi", "/var/run/cdi"}));
    QCOMPARE(info->containerdAddress, "/run/containerd/containerd.sock");
    QCOMPARE(info->containerdContainersNamespace, "moby");
    QVERIFY(info->liveRestoreEnabled);
    QCOMPARE(info->registryIndexConfigs.size(), 2u);
    QVERIFY(!info->registryIndexConfigs[1].secure);
    QVERIFY(info->registryMirrors.empty());
    QCOMPARE(info->warnings.size(), 1u);
}

void TestEngineDecode::missingAndNullFieldsKeepDefaults()
{
    DecodeError error;
    const auto empty = decodeContainerDetails("{}", error);
    QVERIFY2(empty, error.message.c_str());
    QVERIFY(!empty->hostConfig.privileged);
    QVERIFY(!empty->config.healthcheck);

    const auto nulls = decodeContainerDetails(
        R"({"HostConfig": null, "Config": {"Healthcheck": null, "Env": null, "ExposedPorts": null},
            "Mounts": null, "State": null, "NetworkSettings": {"Ports": null, "Networks": null},
            "SomeFieldFrom2030": {"Nested": [1, 2, {"x": null}]}})",
        error);
    QVERIFY2(nulls, error.message.c_str());
    QVERIFY(nulls->mounts.empty());
    QVERIFY(nulls->config.env.empty());
    QVERIFY(!nulls->config.healthcheck);

    const auto noImages = decodeImageList("[]", error);
    QVERIFY2(noImages, error.message.c_str());
    QVERIFY(noImages->empty());

    const auto oldEvent = decodeEvent(R"({"status": "die", "id": "abc", "from": "busybox", "time": 1})", error);
    QVERIFY2(oldEvent, error.message.c_str());
    QCOMPARE(oldEvent->action, "die");
    QCOMPARE(oldEvent->actorId, "abc");
}

void TestEngineDecode::hostileBodies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("asList"); // decode as /containers/json instead of /containers/{id}/json
    QTest::addColumn<DecodeErrorId>("id");
    QTest::addColumn<QString>("path");

    const auto row = [](const char* file, DecodeErrorId id, const char* path, bool asList = false) {
        QTest::newRow(file) << QString::fromLatin1(file) << asList << id << QString::fromLatin1(path);
    };
    row("capadd_number.json", DecodeErrorId::WrongType, "/HostConfig/CapAdd/2");
    row("hostconfig_string.json", DecodeErrorId::WrongType, "/HostConfig");
    row("portbinding_hostip_number.json", DecodeErrorId::WrongType, "/HostConfig/PortBindings/22~1tcp/0/HostIp");
    row("label_value_object.json", DecodeErrorId::WrongType, "/Config/Labels/org.opencontainers.image.title");
    row("pidslimit_fraction.json", DecodeErrorId::OutOfRange, "/HostConfig/PidsLimit");
    row("mounts_object.json", DecodeErrorId::WrongType, "/Mounts");
    row("memory_beyond_64_bits.json", DecodeErrorId::OutOfRange, "/HostConfig/Memory");
    row("memory_overflow_double.json", DecodeErrorId::OutOfRange, "/HostConfig/Memory");
    row("truncated.json", DecodeErrorId::Syntax, "");
    row("invalid_utf8.json", DecodeErrorId::InvalidUtf8, "/Name");
    row("lone_surrogate.json", DecodeErrorId::InvalidUtf8, "/Name");
    row("deep_nesting.json", DecodeErrorId::TooDeep, "");
    row("html_error_page.json", DecodeErrorId::Syntax, "");
    row("empty.json", DecodeErrorId::Syntax, "");
    row("trailing_garbage.json", DecodeErrorId::Syntax, "");
    row("list_is_object.json", DecodeErrorId::WrongType, "", true);
}

void TestEngineDecode::hostileBodies()
{
    QFETCH(QString, file);
    QFETCH(bool, asList);
    QFETCH(DecodeErrorId, id);
    QFETCH(QString, path);

    const std::string body = readData(QStringLiteral("hostile/") + file);
    DecodeError error;
    const bool decoded =
        asList ? decodeContainerList(body, error).has_value() : decodeContainerDetails(body, error).has_value();
    QVERIFY(!decoded);
    QCOMPARE(decodeErrorIdName(error.id), decodeErrorIdName(id));
    if (id == DecodeErrorId::TooDeep) // the path of the 64th level: /HostConfig/CapAdd/0/0/...
        QVERIFY2(error.path.rfind("/HostConfig/CapAdd/0/0/", 0) == 0, error.path.c_str());
    else if (!path.isEmpty() || id == DecodeErrorId::WrongType)
        QCOMPARE(QString::fromStdString(error.path), path);
    QVERIFY(!error.message.empty());
}

void TestEngineDecode::errorsNameEndpointAndPathInAscii()
{
    DecodeError error;
    QVERIFY(!decodeContainerDetails(readData(QStringLiteral("hostile/capadd_number.json")), error));
    QCOMPARE(error.endpoint, "/containers/{id}/json");
    QCOMPARE(error.message, "/containers/{id}/json: /HostConfig/CapAdd/2: wrong-type: expected a string, got number");

    QVERIFY(!decodeContainerDetails(readData(QStringLiteral("hostile/invalid_utf8.json")), error));
    QVERIFY2(error.byteOffset > 0, error.message.c_str());
    QVERIFY2(std::all_of(error.message.begin(), error.message.end(), [](char c) { return c >= 0x20 && c < 0x7f; }),
             error.message.c_str());

    QVERIFY(!decodeImageList(readData(QStringLiteral("hostile/truncated.json")), error));
    QCOMPARE(error.endpoint, "/images/json");
    QVERIFY2(error.message.find("(at byte ") != std::string::npos, error.message.c_str());

    QVERIFY(!decodeContainerDetails(readData(QStringLiteral("hostile/memory_beyond_64_bits.json")), error));
    QCOMPARE(error.message,
             "/containers/{id}/json: /HostConfig/Memory: out-of-range: number 1e+20 does not fit a 64-bit integer");

    QVERIFY(!decodeContainerDetails(readData(QStringLiteral("hostile/memory_overflow_double.json")), error));
    QVERIFY2(error.message.find("number overflow parsing '1e400'") != std::string::npos, error.message.c_str());
    QVERIFY2(error.message.find("json.exception") == std::string::npos, error.message.c_str());

    QVERIFY(!decodeContainerDetails("null", error));
    QCOMPARE(error.message, "/containers/{id}/json: (document): wrong-type: expected an object, got null");
}

void TestEngineDecode::hugeBodyIsRefusedBeforeParsing()
{
    std::string body = R"({"Name": ")";
    body.append(100u * 1024u * 1024u, 'a');
    body += "\"}";
    DecodeError error;
    QVERIFY(!decodeContainerDetails(body, error));
    QCOMPARE(error.id, DecodeErrorId::TooLarge);
    QVERIFY2(error.message.find("exceeds the limit") != std::string::npos, error.message.c_str());
}

void TestEngineDecode::largeStringBelowTheLimitDecodes()
{
    std::string body = R"({"Config": {"Env": ["BLOB=)";
    body.append(8u * 1024u * 1024u, 'x');
    body += "\"]}}";
    DecodeError error;
    const auto container = decodeContainerDetails(body, error);
    QVERIFY2(container, error.message.c_str());
    QCOMPARE(container->config.env.front().size(), 8u * 1024u * 1024u + 5u);
}

void TestEngineDecode::extremeNestingIsRefused()
{
    const std::size_t depth = 1'000'000;
    std::string body(depth, '[');
    body.append(depth, ']');
    DecodeError error;
    QVERIFY(!decodeImageList(body, error));
    QCOMPARE(error.id, DecodeErrorId::TooDeep);

    std::string objects;
    for (int i = 0; i < 100'000; ++i)
        objects += R"({"a":)";
    QVERIFY(!decodeDaemonInfo(objects, error)); // truncated as well as deep: depth is noticed first
    QCOMPARE(error.id, DecodeErrorId::TooDeep);
}

void TestEngineDecode::containerProcesses()
{
    DecodeError error;
    const auto top = decodeContainerTop(R"({"Titles":["UID","PID","CMD"],"Processes":[["root","1","/usr/sbin/sshd -D"],["app","7","sleep 9"]]})", error);
    QVERIFY(top);
    QCOMPARE(top->titles, (std::vector<std::string>{"UID", "PID", "CMD"}));
    QCOMPARE(top->rows.size(), std::size_t(2));
    QCOMPARE(top->rows[0][2], std::string("/usr/sbin/sshd -D"));
    QVERIFY(!decodeContainerTop(R"({"Titles":["UID"],"Processes":[["root",1]]})", error));
    QCOMPARE(QString::fromStdString(error.path), QStringLiteral("/Processes/0/1"));
}

QTEST_GUILESS_MAIN(TestEngineDecode)
#include "tst_engine_decode.moc"
