// The host inventory's staged collection, against the recorded host served by the fault-injection daemon: the lists
// arrive before any detail, the details before the slow calls (/top, /system/df), the disk usage only when asked,
// failures of single objects land in `problems` in a fixed order, and a cancel during the details fails the whole.
#include "engine/inventory.h"
#include "support/fake_daemon.h"
#include "support/recorded_host.h"

#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

using dw::engine::HostInventory;
using dw::engine::InventoryOptions;
using dw::engine::InventoryStage;
using dw::test::FakeDaemon;
using dw::test::FakeReply;
using dw::test::kImageId;
using dw::test::kRunningId;
using dw::test::ok;

namespace {

constexpr const char* kTop = "{\"Titles\":[\"UID\",\"PID\",\"CMD\"],\"Processes\":[[\"root\",\"4242\",\"sshd -D\"]]}";

FakeReply status(int code) { return FakeReply{FakeReply::Kind::Normal, code, "{\"message\":\"broken\"}", {}, 0}; }

/// A container list of `count` exited containers, none of them inspectable.
std::string containerList(int count)
{
    std::string list = "[";
    for (int i = 0; i < count; ++i) {
        if (i) list += ",";
        const std::string n = std::to_string(i);
        list += "{\"Id\":\"" + std::string(60, 'a') + n + "\",\"Names\":[\"/c" + n +
                "\"],\"Image\":\"x\",\"ImageID\":\"sha256:x\",\"State\":\"exited\",\"Status\":\"Exited\",\"Created\":1}";
    }
    return list + "]";
}

/// Index of the first request for which `matches` holds, or -1.
template <typename Predicate>
long firstRequest(const std::vector<std::string>& requests, Predicate matches)
{
    const auto found = std::find_if(requests.begin(), requests.end(), matches);
    return found == requests.end() ? -1 : long(found - requests.begin());
}

bool isList(const std::string& request)
{
    for (const char* list : {"/containers/json?all=1", "/images/json", "/networks", "/volumes", "/info", "/version"})
        if (request == std::string("GET /v1.41") + list) return true;
    return false;
}

} // namespace

class TestInventory : public QObject {
    Q_OBJECT

    std::unique_ptr<dw::test::RecordedHost> host_;
    dw::test::FakeDaemon* daemon_ = nullptr; ///< host_'s

    dw::engine::Endpoint endpoint() const { return host_->endpoint(); }

private slots:
    void init()
    {
        host_ = std::make_unique<dw::test::RecordedHost>();
        std::string error;
        QVERIFY2(host_->start(&error), error.c_str());
        daemon_ = &host_->daemon();
        daemon_->route(std::string("/v1.41/containers/") + kRunningId + "/top", ok(kTop));
    }

    void cleanup()
    {
        daemon_ = nullptr;
        host_.reset();
    }

    void arrivesInStages()
    {
        std::vector<std::pair<InventoryStage, HostInventory>> stages;
        InventoryOptions options;
        options.onStage = [&stages](InventoryStage stage, const HostInventory& sofar) { stages.emplace_back(stage, sofar); };
        dw::engine::Client client(endpoint());
        const auto inventory = dw::engine::collectInventory(client, options);
        QVERIFY2(inventory, inventory ? "" : inventory.error().message.c_str());
        QCOMPARE(stages.size(), std::size_t(2));

        QCOMPARE(stages[0].first, InventoryStage::Lists);
        const HostInventory& lists = stages[0].second;
        QCOMPARE(lists.apiVersion, std::string("1.41"));
        QVERIFY(!lists.version.version.empty());
        QVERIFY(!lists.info.id.empty());
        QCOMPARE(lists.containerSummaries.size(), std::size_t(5));
        QCOMPARE(lists.imageSummaries.size(), std::size_t(1));
        QCOMPARE(lists.networks.size(), inventory.value().networks.size());
        QCOMPARE(lists.volumes.volumes.size(), inventory.value().volumes.volumes.size());
        QVERIFY(lists.containers.empty());
        QVERIFY(lists.images.empty());
        QVERIFY(lists.imageHistories.empty());

        QCOMPARE(stages[1].first, InventoryStage::Details);
        const HostInventory& details = stages[1].second;
        // Only dw-running is inspectable; the other four answer 404, as if removed since the list: no problem.
        QCOMPARE(details.containers.size(), std::size_t(1));
        QVERIFY(!details.containers[0].processes);
        QCOMPARE(details.images.size(), std::size_t(1));
        QCOMPARE(details.imageHistories.size(), std::size_t(1));
        QVERIFY(!details.imageHistories[0].empty());
        QVERIFY(!details.diskUsage);
        QVERIFY(details.problems.empty());

        const HostInventory& complete = inventory.value();
        QVERIFY(complete.containers[0].processes);
        QCOMPARE(complete.containers[0].processes->rows.at(0).at(2), std::string("sshd -D"));
        QVERIFY(complete.diskUsage);
        QVERIFY(complete.problems.empty());
        QCOMPARE(complete.imageHistories.size(), complete.images.size());
    }

    void listsComeBeforeAnyDetail()
    {
        dw::engine::Client client(endpoint());
        QVERIFY(dw::engine::collectInventory(client));
        const auto requests = daemon_->requests();
        long lastList = -1;
        for (std::size_t i = 0; i < requests.size(); ++i)
            if (isList(requests[i])) lastList = long(i);
        const long firstInspect = firstRequest(requests, [](const std::string& r) { return r.find("/json", 20) != std::string::npos && !isList(r); });
        const long firstTop = firstRequest(requests, [](const std::string& r) { return r.ends_with("/top"); });
        QVERIFY(lastList >= 0 && firstInspect > lastList);
        QVERIFY(firstTop > firstInspect);
        // Nothing is asked twice.
        auto sorted = requests;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY(std::adjacent_find(sorted.begin(), sorted.end(), [](const std::string& a, const std::string& b) {
                    return a == b && a != "GET /_ping";
                }) == sorted.end());
    }

    void diskUsageOnlyWhenAsked()
    {
        InventoryOptions options;
        options.diskUsage = false;
        options.containerProcesses = false;
        dw::engine::Client client(endpoint());
        const auto inventory = dw::engine::collectInventory(client, options);
        QVERIFY(inventory);
        QVERIFY(!inventory.value().diskUsage);
        QVERIFY(inventory.value().problems.empty());
        QVERIFY(!inventory.value().containers.at(0).processes);
        for (const auto& request : daemon_->requests()) {
            QVERIFY2(request.find("/system/df") == std::string::npos, request.c_str());
            QVERIFY2(!request.ends_with("/top"), request.c_str());
        }
    }

    void singleFailuresBecomeProblemsInOrder()
    {
        daemon_->route(std::string("/v1.41/containers/") + kRunningId + "/json", ok("{not json"));
        daemon_->route(std::string("/v1.41/images/") + kImageId + "/history", status(500));
        daemon_->route("/v1.41/system/df", status(500));
        dw::engine::Client client(endpoint());
        const auto inventory = dw::engine::collectInventory(client);
        QVERIFY2(inventory, inventory ? "" : inventory.error().message.c_str());
        const auto& problems = inventory.value().problems;
        QCOMPARE(problems.size(), std::size_t(3));
        QVERIFY2(problems[0].starts_with(std::string("containers ") + kRunningId + ": "), problems[0].c_str());
        QVERIFY2(problems[1].starts_with(std::string("history of image ") + kImageId + ": "), problems[1].c_str());
        QVERIFY2(problems[2].starts_with("cannot read disk usage: "), problems[2].c_str());
        QVERIFY(inventory.value().containers.empty());
        QCOMPARE(inventory.value().imageHistories.size(), std::size_t(1));
        QVERIFY(inventory.value().imageHistories[0].empty());
    }

    void aFailedListFailsTheWhole_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("what");
        QTest::newRow("version") << "/v1.41/version" << "the daemon's version";
        QTest::newRow("containers") << "/v1.41/containers/json?all=1" << "the container list";
        QTest::newRow("images") << "/v1.41/images/json" << "the image list";
        QTest::newRow("volumes") << "/v1.41/volumes" << "the volume list";
    }

    void aFailedListFailsTheWhole()
    {
        QFETCH(QString, path);
        QFETCH(QString, what);
        daemon_->route(path.toStdString(), status(500));
        bool staged = false;
        InventoryOptions options;
        options.onStage = [&staged](InventoryStage, const HostInventory&) { staged = true; };
        dw::engine::Client client(endpoint());
        const auto inventory = dw::engine::collectInventory(client, options);
        QVERIFY(!inventory);
        QVERIFY2(inventory.error().message.starts_with("cannot read " + what.toStdString()), inventory.error().message.c_str());
        QVERIFY(!staged); // no partial host reaches a view
    }

    void cancelDuringTheDetailsFailsTheWhole()
    {
        std::atomic<bool> cancel{false};
        dw::engine::ClientOptions clientOptions;
        clientOptions.cancel = &cancel;
        InventoryOptions options;
        options.onStage = [&cancel](InventoryStage stage, const HostInventory&) {
            if (stage == InventoryStage::Lists) cancel = true;
        };
        dw::engine::Client client(endpoint(), clientOptions);
        const auto inventory = dw::engine::collectInventory(client, options);
        QVERIFY(!inventory);
        QCOMPARE(inventory.error().id, dw::engine::ErrorId::Cancelled);
    }

    void progressCallsNeverOverlap()
    {
        // Enough objects that the four connections answer at the same time.
        daemon_->route("/v1.41/containers/json?all=1", ok(containerList(200)));
        std::atomic<int> inside{0};
        std::atomic<bool> overlapped{false};
        std::vector<std::string> stages;
        InventoryOptions options;
        options.progress = [&](const std::string& stage, std::size_t, std::size_t) {
            if (++inside > 1) overlapped = true;
            if (stages.empty() || stages.back() != stage) stages.push_back(stage);
            QThread::usleep(200);
            --inside;
        };
        dw::engine::Client client(endpoint());
        QVERIFY(dw::engine::collectInventory(client, options));
        QVERIFY(!overlapped);
        QCOMPARE(stages.front(), std::string("daemon"));
        QCOMPARE(stages.back(), std::string("done"));
        QVERIFY(std::count(stages.begin(), stages.end(), std::string("containers")) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
