// The Host view while a first collection is still running, against the recorded host of the fault-injection daemon
// with one request held open: the rows show as soon as the lists are in (marked as not checked yet), the findings as
// soon as the inspect data is, no score before the end, and Cancel drops the partial view.
#include "support/fake_daemon.h"
#include "support/gui_fixture.h"
#include "support/recorded_host.h"

#include "dashboard/dashboard_view.h"
#include "host/host_session.h"
#include "host/host_table_model.h"
#include "shell/appearance.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <memory>

using namespace dw;
using dw::test::FakeReply;

class TestGuiHostStages : public QObject {
    Q_OBJECT

    std::unique_ptr<test::RecordedHost> host_;

    engine::EndpointRequest request() const
    {
        engine::EndpointRequest request;
        request.host = host_->endpoint().url;
        return request;
    }

    /// Holds GET `path` open (the answer never ends) until the daemon stops.
    void hold(const std::string& path) { host_->route(path, FakeReply{FakeReply::Kind::Stall, 200, "[", {}, 0}); }

    static bool waitConnectingWithRows(ui::HostView& view, ui::HostTable table, int rows)
    {
        return QTest::qWaitFor([&] { return view.model(table)->rowCount() == rows; }, 20000) &&
               view.session()->state() == ui::HostSession::State::Connecting;
    }

    /// With DW_SHOT_DIR set, saves what the view shows, to be looked at.
    static void shoot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DW_SHOT_DIR");
        if (!dir.isEmpty()) widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    static void cancelAndCheck(ui::HostView& view, ui::JobRunner& jobs)
    {
        QVERIFY(view.cancelButton()->isVisibleTo(&view));
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QCOMPARE(view.session()->state(), ui::HostSession::State::Cancelled);
        QVERIFY(jobs.waitForIdle(20000));
        QVERIFY(!view.session()->viewData());
        QCOMPARE(view.model(ui::HostTable::Containers)->rowCount(), 0);
        QVERIFY(view.statusText().contains(QStringLiteral("cancelled")));
    }

  private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        ui::applyLanguage(QStringLiteral("en")); // a failed test may have left another language
        host_ = std::make_unique<test::RecordedHost>();
        std::string error;
        QVERIFY2(host_->start(&error), error.c_str());
    }

    void cleanup()
    {
        host_.reset();
    }

    void rowsShowBeforeTheDetails()
    {
        hold(std::string("/v1.41/containers/") + test::kRunningId + "/json");
        ui::JobRunner jobs;
        ui::HostView view(&jobs);
        view.resize(1200, 700);
        view.show();
        view.connectTo(request());
        QVERIFY(waitConnectingWithRows(view, ui::HostTable::Containers, 5));
        const ui::HostTableModel& containers = *view.model(ui::HostTable::Containers);
        QVERIFY(containers.isChecking());
        const int running = containers.rowOf(QString::fromLatin1(test::kRunningId));
        QVERIFY(running >= 0);
        QCOMPARE(containers.rowAt(running)->name, QStringLiteral("dw-running"));
        QCOMPARE(containers.index(running, ui::HostTableModel::SeverityColumn).data().toString(), QStringLiteral("Checking…"));
        QVERIFY(!containers.index(running, ui::HostTableModel::SeverityColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(view.model(ui::HostTable::Images)->rowCount(), 1);
        QCOMPARE(view.scoreLabel()->text(), QStringLiteral("…"));
        QVERIFY2(view.summaryLabel()->text().contains(QStringLiteral("listed 5 containers and 1 images")),
                 qPrintable(view.summaryLabel()->text()));
        QVERIFY(view.progressBar()->isVisibleTo(&view));
        QVERIFY(!view.refreshButton()->isEnabled());
        QVERIFY(!view.session()->report()); // nothing partial passes for a checked host (dashboard, history, reports)
        shoot(view, QStringLiteral("host-checking-en"));

        ui::applyLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(containers.index(running, ui::HostTableModel::SeverityColumn).data().toString(), QStringLiteral("检查中…"));
        QTRY_VERIFY2(view.summaryLabel()->text().contains(QStringLiteral("已列出 5 个容器和 1 个镜像")),
                     qPrintable(view.summaryLabel()->text()));
        shoot(view, QStringLiteral("host-checking-zh"));
        ui::applyLanguage(QStringLiteral("en"));
        QTRY_VERIFY(view.summaryLabel()->text().contains(QStringLiteral("listed 5 containers")));
        cancelAndCheck(view, jobs);
    }

    void findingsShowBeforeTheProcesses()
    {
        host_->route(std::string("/v1.41/containers/") + test::kRunningId + "/top",
                     FakeReply{FakeReply::Kind::Stall, 200, "{", {}, 0});
        ui::JobRunner jobs;
        ui::HostView view(&jobs);
        view.resize(1200, 700);
        view.show();
        view.connectTo(request());
        const ui::HostTableModel& containers = *view.model(ui::HostTable::Containers);
        QVERIFY(QTest::qWaitFor([&] { return view.session()->previewStage() == engine::InventoryStage::Details; }, 20000));
        QCOMPARE(view.session()->state(), ui::HostSession::State::Connecting);
        QVERIFY(!containers.isChecking());
        const ui::HostRow* running = containers.rowAt(containers.rowOf(QString::fromLatin1(test::kRunningId)));
        QVERIFY(running && running->findingCount > 0);
        QVERIFY(containers.index(containers.rowOf(running->id), ui::HostTableModel::SeverityColumn).data().toString() !=
                QStringLiteral("Checking…"));
        QCOMPARE(view.scoreLabel()->text(), QStringLiteral("…"));
        QVERIFY2(view.summaryLabel()->text().contains(QStringLiteral("so far")), qPrintable(view.summaryLabel()->text()));
        QVERIFY(!view.session()->report());
        shoot(view, QStringLiteral("host-processes-en"));
        cancelAndCheck(view, jobs);
    }

    void completeReportReplacesThePreview()
    {
        ui::JobRunner jobs;
        ui::HostView view(&jobs);
        view.connectTo(request());
        QVERIFY(QTest::qWaitFor([&] { return view.session()->state() == ui::HostSession::State::Live; }, 20000));
        QVERIFY(view.session()->report());
        QVERIFY(!view.session()->previewStage());
        QVERIFY(!view.model(ui::HostTable::Containers)->isChecking());
        QVERIFY(view.scoreLabel()->text() != QStringLiteral("…"));
        QVERIFY(!view.summaryLabel()->text().contains(QStringLiteral("so far")));
        QVERIFY(!view.progressBar()->isVisibleTo(&view));
        jobs.cancelAllAndWait();
    }
};

QTEST_MAIN(TestGuiHostStages)
#include "tst_gui_host_stages.moc"
