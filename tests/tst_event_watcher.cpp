// The /events watcher: against the fault-injection server (garbage, closed streams, unreachable daemon, stop)
// and against a private dockerd (objects created and removed with the docker CLI show up in the inventory).
#include "engine/event_watcher.h"
#include "engine/event_watcher_refresh.h"
#include "support/dockerd_fixture.h"
#include "support/fake_daemon.h"
#include "support/recorded_host.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

using dw::engine::ChangeKind;
using dw::engine::ConnectionState;
using dw::engine::ConnectionStatus;
using dw::engine::Event;
using dw::engine::HostInventory;
using dw::engine::InventoryChange;
using dw::engine::InventorySnapshot;
using dw::engine::InventoryWatcher;
using dw::engine::WatchedObject;
using dw::engine::WatcherOptions;
using dw::test::FakeDaemon;
using dw::test::FakeReply;
using Kind = dw::test::FakeReply::Kind;
using dw::test::kImageId;
using dw::test::kPingDate;
using dw::test::kRunningId;
using dw::test::ok;
using dw::test::recorded;
using dw::test::serveRecordedHost;
using namespace std::chrono_literals;

namespace {

/// The filter every subscription sends, percent-encoded.
constexpr const char* kEventsTarget = "/v1.41/events?filters=%7B%22type%22%3A%5B%22container%22%2C%22image%22%2C%22"
                                      "network%22%2C%22volume%22%2C%22daemon%22%5D%7D";
std::string containerEvent(const std::string& action, const std::string& id, const std::string& name)
{
    return R"({"Type":"container","Action":")" + action + R"(","Actor":{"ID":")" + id +
           R"(","Attributes":{"name":")" + name + R"("}},"scope":"local","time":1700000001})" + "\n";
}

/// A stream that sends `body` and then stays open until the server stops.
FakeReply openStream(std::string body)
{
    return FakeReply{Kind::Stall, 200, body.empty() ? std::string("\n") : std::move(body), {}, 0};
}

/// What a watcher reported, safe to read from the test thread.
struct Recorder {
    mutable std::mutex mutex;
    std::vector<InventoryChange> changes;
    std::vector<ConnectionStatus> states;

    void attach(WatcherOptions& options)
    {
        options.onChange = [this](const InventoryChange& change) {
            std::lock_guard lock(mutex);
            changes.push_back(change);
        };
        options.onConnection = [this](const ConnectionStatus& status) {
            std::lock_guard lock(mutex);
            states.push_back(status);
        };
    }
    std::optional<InventoryChange> find(ChangeKind kind, WatchedObject object, const std::string& name) const
    {
        std::lock_guard lock(mutex);
        for (const auto& change : changes)
            if (change.kind == kind && change.object == object && change.name == name) return change;
        return std::nullopt;
    }
    bool has(ChangeKind kind, WatchedObject object, const std::string& name) const
    {
        return find(kind, object, name).has_value();
    }
    int count(ConnectionState state) const
    {
        std::lock_guard lock(mutex);
        return static_cast<int>(std::count_if(states.begin(), states.end(),
                                              [&](const ConnectionStatus& s) { return s.state == state; }));
    }
    std::vector<ConnectionStatus> statesCopy() const
    {
        std::lock_guard lock(mutex);
        return states;
    }
};

InventorySnapshot emptySnapshot(std::int64_t daemonTime)
{
    InventorySnapshot snapshot;
    snapshot.inventory.apiVersion = "1.41";
    snapshot.daemonTime = daemonTime;
    return snapshot;
}

WatcherOptions fastOptions(Recorder& recorder)
{
    WatcherOptions options;
    options.initialBackoff = 20ms;
    options.maxBackoff = 80ms;
    options.coalesceWindow = 20ms;
    options.client.connectTimeout = 2000ms;
    recorder.attach(options);
    return options;
}

std::set<std::string> containerIds(const HostInventory& inventory)
{
    std::set<std::string> ids;
    for (const auto& c : inventory.containers) ids.insert(c.details.id);
    return ids;
}

} // namespace

class TestEventWatcher : public QObject {
    Q_OBJECT

    std::unique_ptr<dw::test::RecordedHost> host_;
    dw::test::FakeDaemon* daemon_ = nullptr; ///< host_'s

    dw::engine::Endpoint fakeEndpoint() const { return host_->endpoint(); }

private slots:
    void init()
    {
        host_ = std::make_unique<dw::test::RecordedHost>();
        std::string error;
        QVERIFY2(host_->start(&error), error.c_str());
        daemon_ = &host_->daemon();
    }

    void cleanup()
    {
        daemon_ = nullptr;
        host_.reset();
    }

    void httpDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: rejected
        QTest::newRow("fake daemon") << kPingDate << qint64(1700000000);
        QTest::newRow("epoch") << "Thu, 01 Jan 1970 00:00:00 GMT" << qint64(0);
        QTest::newRow("leap day") << "Tue, 29 Feb 2028 12:00:01 GMT" << qint64(1835438401);
        QTest::newRow("no weekday") << "14 Nov 2023 22:13:20 GMT" << qint64(-1);
        QTest::newRow("other zone") << "Tue, 14 Nov 2023 22:13:20 CET" << qint64(-1);
        QTest::newRow("bad month") << "Tue, 14 Noz 2023 22:13:20 GMT" << qint64(-1);
        QTest::newRow("hour 24") << "Tue, 14 Nov 2023 24:13:20 GMT" << qint64(-1);
        QTest::newRow("trailing text") << "Tue, 14 Nov 2023 22:13:20 GMT x" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }

    void httpDate()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = dw::engine::parseHttpDate(text.toStdString());
        QCOMPARE(parsed.has_value(), seconds >= 0);
        if (parsed) QCOMPARE(qint64(*parsed), seconds);
    }

    void eventBatch_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("containerAttribute");
        QTest::addColumn<QString>("touches"); // container id, "images", "networks", "volumes", "daemon" or ""
        QTest::newRow("container create") << "container" << "create" << "" << "c1";
        QTest::newRow("container health") << "container" << "health_status: healthy" << "" << "c1";
        QTest::newRow("container exec") << "container" << "exec_start: sh" << "" << "";
        QTest::newRow("container resize") << "container" << "resize" << "" << "";
        QTest::newRow("image tag") << "image" << "tag" << "" << "images";
        QTest::newRow("image push") << "image" << "push" << "" << "";
        QTest::newRow("network create") << "network" << "create" << "" << "networks";
        QTest::newRow("network connect") << "network" << "connect" << "c9" << "c9";
        QTest::newRow("network connect without container") << "network" << "connect" << "" << "";
        QTest::newRow("volume create") << "volume" << "create" << "" << "volumes";
        QTest::newRow("volume mount") << "volume" << "mount" << "" << "";
        QTest::newRow("daemon reload") << "daemon" << "reload" << "" << "daemon";
        QTest::newRow("plugin") << "plugin" << "enable" << "" << "";
        QTest::newRow("no action") << "container" << "" << "" << "";
    }

    void eventBatch()
    {
        QFETCH(QString, type);
        QFETCH(QString, action);
        QFETCH(QString, containerAttribute);
        QFETCH(QString, touches);
        Event event;
        event.type = type.toStdString();
        event.action = action.toStdString();
        event.actorId = "c1";
        if (!containerAttribute.isEmpty()) event.actorAttributes["container"] = containerAttribute.toStdString();
        dw::engine::watch::EventBatch batch;
        QCOMPARE(batch.add(event), !touches.isEmpty());
        QCOMPARE(batch.empty(), touches.isEmpty());
        const std::string t = touches.toStdString();
        QCOMPARE(batch.containers.count(t), std::size_t(t.rfind('c', 0) == 0 ? 1 : 0));
        QCOMPARE(!batch.imageCause.empty(), t == "images");
        QCOMPARE(!batch.networkCause.empty(), t == "networks");
        QCOMPARE(!batch.volumeCause.empty(), t == "volumes");
        QCOMPARE(batch.daemonCause, t == "daemon" ? event.action : std::string());
    }

    void urlEncode()
    {
        QCOMPARE(dw::engine::watch::urlEncode(R"({"a":["b c"]})"), std::string("%7B%22a%22%3A%5B%22b%20c%22%5D%7D"));
        QCOMPARE(dw::engine::watch::urlEncode("A-z_0.9~"), std::string("A-z_0.9~"));
    }

    void garbageLinesAreSkipped()
    {
        daemon_->route(std::string(kEventsTarget) + "&since=1699999999",
                       openStream("garbage\n{\"Type\": \n[1,2]\n\xff\xfe\n" +
                                  containerEvent("create", kRunningId, "dw-running") +
                                  R"({"Type":"plugin","Action":"enable","Actor":{"ID":"p"}})" + "\n"));
        Recorder recorder;
        InventoryWatcher watcher(fakeEndpoint(), emptySnapshot(1700000000), fastOptions(recorder));
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.has(ChangeKind::Added, WatchedObject::Container, "dw-running"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.stats().ignoredEvents, std::uint64_t(1), 30000);
        const auto stats = watcher.stats();
        QCOMPARE(stats.undecodableLines, std::uint64_t(4));
        QCOMPARE(stats.events, std::uint64_t(2));
        QVERIFY2(QString::fromStdString(stats.lastProblem).startsWith("skipped a line of the event stream"),
                 stats.lastProblem.c_str());
        const auto added = recorder.find(ChangeKind::Added, WatchedObject::Container, "dw-running");
        QCOMPARE(added->id, std::string(kRunningId));
        QCOMPARE(added->cause, std::string("create"));
        QVERIFY(added->container);
        QCOMPARE(added->container->details.state.status, std::string("running"));
        const HostInventory inventory = watcher.snapshot();
        QCOMPARE(inventory.containers.size(), std::size_t(1));
        QCOMPARE(inventory.containerSummaries.size(), std::size_t(1));
        QCOMPARE(inventory.containerSummaries[0].id, std::string(kRunningId));
        watcher.stop();
        QCOMPARE(watcher.connection().state, ConnectionState::Stopped);
        QCOMPARE(watcher.stats().subscriptions, std::uint64_t(1));
    }

    void removalsFollowTheDaemon()
    {
        dw::engine::Client client(fakeEndpoint());
        auto snapshot = dw::engine::takeInventorySnapshot(client);
        QVERIFY2(snapshot, snapshot ? "" : snapshot.error().message.c_str());
        QCOMPARE(snapshot.value().daemonTime, std::int64_t(1700000000));
        QCOMPARE(snapshot.value().inventory.images.size(), std::size_t(1));
        QCOMPARE(snapshot.value().inventory.containers.size(), std::size_t(1));
        // Now the daemon has lost the container, the image and the volume.
        daemon_->route("/v1.41/images/json", ok("[]"));
        daemon_->route("/v1.41/volumes", ok(R"({"Volumes":[],"Warnings":null})"));
        daemon_->route(std::string(kEventsTarget) + "&since=1699999999",
                       openStream(containerEvent("destroy", kRunningId, "dw-running") +
                                  R"({"Type":"image","Action":"delete","Actor":{"ID":"sha256:7742"}})" + "\n" +
                                  R"({"Type":"volume","Action":"destroy","Actor":{"ID":"dw-data"}})" + "\n"));
        Recorder recorder;
        InventoryWatcher watcher(fakeEndpoint(), std::move(snapshot.value()), fastOptions(recorder));
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.has(ChangeKind::Removed, WatchedObject::Container, "dw-running"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.has(ChangeKind::Removed, WatchedObject::Image, "dw-fixture:1.0"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.has(ChangeKind::Removed, WatchedObject::Volume, "dw-data"), 30000);
        const auto image = recorder.find(ChangeKind::Removed, WatchedObject::Image, "dw-fixture:1.0");
        QCOMPARE(image->id, std::string(kImageId));
        QVERIFY(image->image); // the last known state travels with the removal
        const HostInventory inventory = watcher.snapshot();
        QVERIFY(inventory.containers.empty());
        QCOMPARE(inventory.containerSummaries.size(), std::size_t(4)); // the other four were never inspectable
        QVERIFY(inventory.images.empty());
        QVERIFY(inventory.imageHistories.empty());
        QVERIFY(inventory.imageSummaries.empty());
        QVERIFY(inventory.volumes.volumes.empty());
        QCOMPARE(inventory.networks.size(), std::size_t(2));
        // The destroy needed no inspect: the only container request was the snapshot's.
        int inspects = 0;
        for (const auto& request : daemon_->requests())
            inspects += request.find(std::string("/containers/") + kRunningId + "/json") != std::string::npos;
        QCOMPARE(inspects, 1);
    }

    void closedStreamReconnectsAndResyncs()
    {
        // The first subscription (from the snapshot's time) ends at once; the next one (from the daemon's
        // clock, after a resync) stays open.
        daemon_->route(std::string(kEventsTarget) + "&since=1689999999", FakeReply{Kind::Lines, 200, "x\n", {}, 0});
        daemon_->route(std::string(kEventsTarget) + "&since=1699999999", openStream({}));
        Recorder recorder;
        InventoryWatcher watcher(fakeEndpoint(), emptySnapshot(1690000000), fastOptions(recorder));
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(watcher.stats().resyncs == 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(ConnectionState::Connected), 2, 30000);
        const auto states = recorder.statesCopy();
        QCOMPARE(states[0].state, ConnectionState::Connecting);
        QCOMPARE(states[1].state, ConnectionState::Connected);
        QCOMPARE(states[2].state, ConnectionState::Reconnecting);
        QCOMPARE(states[2].lastError, std::string("the daemon closed the event stream"));
        QCOMPARE(states[2].retryIn, 20ms);
        QCOMPARE(states[3].state, ConnectionState::Connected);
        QVERIFY(recorder.has(ChangeKind::Resynced, WatchedObject::Inventory, ""));
        const HostInventory inventory = watcher.snapshot();
        QCOMPARE(containerIds(inventory), std::set<std::string>{kRunningId});
        QCOMPARE(inventory.containerSummaries.size(), std::size_t(5));
        QCOMPARE(inventory.images.size(), std::size_t(1));
        QCOMPARE(inventory.imageHistories.size(), std::size_t(1));
        QCOMPARE(inventory.networks.size(), std::size_t(2));
        QCOMPARE(inventory.volumes.volumes.size(), std::size_t(1));
        QVERIFY(inventory.diskUsage);
        const auto stats = watcher.stats();
        QCOMPARE(stats.subscriptions, std::uint64_t(2));
        QCOMPARE(stats.undecodableLines, std::uint64_t(1));
    }

    void unreachableDaemonBacksOff()
    {
        const dw::engine::Endpoint endpoint = fakeEndpoint();
        host_->stop(); // nothing listens on the socket any more
        Recorder recorder;
        WatcherOptions options = fastOptions(recorder);
        options.maxBackoff = 160ms;
        InventoryWatcher watcher(endpoint, emptySnapshot(1700000000), options);
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count(ConnectionState::Reconnecting) >= 6, 30000);
        watcher.stop();
        const auto states = recorder.statesCopy();
        QCOMPARE(recorder.count(ConnectionState::Connected), 0);
        QCOMPARE(states.back().state, ConnectionState::Stopped);
        const std::vector<std::chrono::milliseconds> expected{20ms, 40ms, 80ms, 160ms, 160ms};
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const ConnectionStatus& s = states[i + 1];
            QCOMPARE(s.state, ConnectionState::Reconnecting);
            QCOMPARE(s.retryIn, expected[i]);
            QCOMPARE(s.failedAttempts, int(i + 1));
            QVERIFY2(QString::fromStdString(s.lastError).startsWith("cannot connect to unix://"), s.lastError.c_str());
        }
        QCOMPARE(watcher.stats().subscriptions, std::uint64_t(0));
    }

    void stopWhileConnectedReturns()
    {
        daemon_->route(std::string(kEventsTarget) + "&since=1699999999", openStream({}));
        Recorder recorder;
        auto watcher = std::make_unique<InventoryWatcher>(fakeEndpoint(), emptySnapshot(1700000000),
                                                          fastOptions(recorder));
        watcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(ConnectionState::Connected), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(daemon_->requests().size() >= 2, 30000); // _ping and the subscription
        std::atomic<bool> stopped{false};
        QElapsedTimer timer;
        timer.start();
        std::thread stopper([&] {
            watcher->stop();
            stopped = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(stopped.load(), 15000);
        qInfo("stop() while the stream was open took %lld ms", static_cast<long long>(timer.elapsed()));
        stopper.join();
        QCOMPARE(recorder.statesCopy().back().state, ConnectionState::Stopped);
        watcher.reset();
    }

    void burstCostsOneReread()
    {
        std::string burst;
        for (const char* action : {"create", "start", "health_status: healthy", "exec_start: sh", "pause", "unpause"})
            burst += containerEvent(action, kRunningId, "dw-running");
        daemon_->route(std::string(kEventsTarget) + "&since=1699999999", openStream(burst));
        Recorder recorder;
        WatcherOptions options = fastOptions(recorder);
        options.coalesceWindow = 2000ms; // the burst is one chunk: it is queued long before the window ends
        InventoryWatcher watcher(fakeEndpoint(), emptySnapshot(1700000000), options);
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.has(ChangeKind::Added, WatchedObject::Container, "dw-running"), 30000);
        watcher.stop();
        const auto stats = watcher.stats();
        QCOMPARE(stats.events, std::uint64_t(6));
        QCOMPARE(stats.ignoredEvents, std::uint64_t(1)); // exec_start
        QCOMPARE(stats.batches, std::uint64_t(1));
        QCOMPARE(stats.changes, std::uint64_t(1));
        const auto added = recorder.find(ChangeKind::Added, WatchedObject::Container, "dw-running");
        QCOMPARE(added->cause, std::string("unpause"));
        int inspects = 0;
        for (const auto& request : daemon_->requests())
            inspects += request.find(std::string("/containers/") + kRunningId + "/json") != std::string::npos;
        QCOMPARE(inspects, 1);
    }

    void fallingBehindResyncs()
    {
        std::string burst;
        for (int i = 0; i < 3; ++i) burst += containerEvent("start", kRunningId, "dw-running");
        daemon_->route(std::string(kEventsTarget) + "&since=1699999999", openStream(burst));
        Recorder recorder;
        WatcherOptions options = fastOptions(recorder);
        options.maxQueuedEvents = 2;
        // A third queued event overflows the queue; the long window keeps the apply thread from draining it
        // between the events of the burst, so exactly one resync follows.
        options.coalesceWindow = 2000ms;
        InventoryWatcher watcher(fakeEndpoint(), emptySnapshot(1700000000), options);
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.has(ChangeKind::Resynced, WatchedObject::Inventory, ""), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.stats().events, std::uint64_t(3), 30000);
        QCOMPARE(watcher.stats().resyncs, std::uint64_t(1));
        QCOMPARE(containerIds(watcher.snapshot()), std::set<std::string>{kRunningId});
    }

    void realDaemon();
};

namespace {

/// Runs the docker CLI against `host`; returns its stderr when it fails, else an empty string.
QString docker(const QString& host, const QStringList& args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("docker"), QStringList{QStringLiteral("-H"), host} + args);
    if (!process.waitForFinished(180000)) return QStringLiteral("docker %1 did not finish").arg(args.join(' '));
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) return {};
    return QStringLiteral("docker %1: %2").arg(args.join(' '), QString::fromUtf8(process.readAllStandardError()));
}

std::map<std::string, std::vector<std::string>> imageTags(const HostInventory& inventory)
{
    std::map<std::string, std::vector<std::string>> tags;
    for (const auto& image : inventory.images) {
        auto sortedTags = image.repoTags;
        std::sort(sortedTags.begin(), sortedTags.end());
        tags[image.id] = sortedTags;
    }
    return tags;
}

std::set<std::string> networkIds(const HostInventory& inventory)
{
    std::set<std::string> ids;
    for (const auto& network : inventory.networks) ids.insert(network.id);
    return ids;
}

std::set<std::string> volumeNames(const HostInventory& inventory)
{
    std::set<std::string> names;
    for (const auto& volume : inventory.volumes.volumes) names.insert(volume.name);
    return names;
}

} // namespace

void TestEventWatcher::realDaemon()
{
    host_->stop();
    dw::test::DockerdFixture dockerd;
    const QString why = dockerd.start();
    if (!why.isEmpty()) {
        const QStringList dirs{QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")};
        if (::geteuid() == 0 && !QStandardPaths::findExecutable(QStringLiteral("dockerd"), dirs).isEmpty())
            QFAIL(qPrintable(QStringLiteral("dockerd is installed and we are root, but it did not start: ") + why));
        QSKIP(qPrintable(QStringLiteral("no real Docker daemon for this test: ") + why));
    }
    const QString host = QStringLiteral("unix://") + dockerd.socketPath();
    QTemporaryDir context;
    QVERIFY(QFile::copy(QStringLiteral("/bin/busybox"), context.filePath(QStringLiteral("busybox"))));
    QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write("FROM scratch\nCOPY busybox /bin/busybox\nCMD [\"/bin/busybox\", \"sleep\", \"3600\"]\n");
    dockerfile.close();
    QString failed = docker(host, {QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"),
                                   QStringLiteral("dw-watch:1.0"), context.path()});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    dw::engine::Client client(dockerd.endpoint());
    auto snapshot = dw::engine::takeInventorySnapshot(client);
    QVERIFY2(snapshot, snapshot ? "" : snapshot.error().message.c_str());
    QVERIFY(snapshot.value().daemonTime > 0);
    Recorder recorder;
    WatcherOptions options;
    recorder.attach(options);
    InventoryWatcher watcher(dockerd.endpoint(), std::move(snapshot.value()), options);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(ConnectionState::Connected), 1, 30000);

    failed = docker(host, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("w-one"),
                           QStringLiteral("dw-watch:1.0")});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QElapsedTimer sinceCreated;
    sinceCreated.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(ChangeKind::Added, WatchedObject::Container, "w-one"), 30000);
    qInfo("container reported added %lld ms after docker create returned (includes the 100 ms coalescing window)",
          static_cast<long long>(sinceCreated.elapsed()));
    const auto added = recorder.find(ChangeKind::Added, WatchedObject::Container, "w-one");
    QCOMPARE(added->container->details.config.image, std::string("dw-watch:1.0"));
    QCOMPARE(added->container->details.state.status, std::string("created"));
    const std::string containerId = added->id;
    QCOMPARE(containerId.size(), std::size_t(64));

    failed = docker(host, {QStringLiteral("rm"), QStringLiteral("w-one")});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(ChangeKind::Removed, WatchedObject::Container, "w-one"), 30000);
    QCOMPARE(recorder.find(ChangeKind::Removed, WatchedObject::Container, "w-one")->id, containerId);

    failed = docker(host, {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("w-vol")});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(ChangeKind::Added, WatchedObject::Volume, "w-vol"), 30000);

    failed = docker(host, {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--internal"),
                           QStringLiteral("w-net")});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(ChangeKind::Added, WatchedObject::Network, "w-net"), 30000);
    QCOMPARE(recorder.find(ChangeKind::Added, WatchedObject::Network, "w-net")->network->internal, true);

    failed = docker(host, {QStringLiteral("tag"), QStringLiteral("dw-watch:1.0"), QStringLiteral("dw-watch:extra")});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto taggedUpdate = [&] {
        std::lock_guard lock(recorder.mutex);
        for (const auto& change : recorder.changes)
            if (change.kind == ChangeKind::Updated && change.object == WatchedObject::Image && change.image &&
                std::count(change.image->repoTags.begin(), change.image->repoTags.end(), "dw-watch:extra"))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(taggedUpdate(), 30000);

    // What the watcher holds is what a fresh collection sees.
    const auto fresh = dw::engine::collectInventory(client);
    QVERIFY2(fresh, fresh ? "" : fresh.error().message.c_str());
    const HostInventory watched = watcher.snapshot();
    QCOMPARE(containerIds(watched), containerIds(fresh.value()));
    QCOMPARE(imageTags(watched), imageTags(fresh.value()));
    QCOMPARE(watched.imageHistories.size(), watched.images.size());
    QCOMPARE(networkIds(watched), networkIds(fresh.value()));
    QCOMPARE(volumeNames(watched), volumeNames(fresh.value()));
    QVERIFY(volumeNames(watched).count("w-vol"));
    watcher.stop();
    const auto stats = watcher.stats();
    QVERIFY2(stats.problems == 0, stats.lastProblem.c_str());
    QCOMPARE(stats.undecodableLines, std::uint64_t(0));
    QCOMPARE(stats.subscriptions, std::uint64_t(1));
    QCOMPARE(stats.resyncs, std::uint64_t(0));
    qInfo("real daemon: %llu events, %llu ignored, %llu batches, %llu changes", (unsigned long long)stats.events,
          (unsigned long long)stats.ignoredEvents, (unsigned long long)stats.batches,
          (unsigned long long)stats.changes);
}


QTEST_GUILESS_MAIN(TestEventWatcher)
#include "tst_event_watcher.moc"
