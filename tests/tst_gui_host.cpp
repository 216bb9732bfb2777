// The Host view against a real dockerd started by the test: rows for a risky and a hardened container with their
// findings, details with redacted inspect data, rows that appear and disappear live, the daemon stopped and
// started again mid-session, and cancelling a collection.
#include "support/dockerd_fixture.h"
#include "support/gui_fixture.h"
#include "support/process_run.h"

#include "dashboard/dashboard_models.h"
#include "dashboard/dashboard_view.h"
#include "host/host_details.h"
#include "host/host_session.h"
#include "host/host_table_proxy.h"
#include "host/inspect_tree_model.h"
#include "host/object_findings_model.h"
#include "images/image_view.h"
#include "images/layers_model.h"
#include "image/image_analyzer.h"
#include "shell/text_table_model.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>

#include <unistd.h>

using namespace dw;
using test::Run;

class TestGuiHost : public QObject {
    Q_OBJECT

    test::DockerdFixture daemon_;
    QString host_;

    Run docker(const QStringList& args)
    {
        return test::run(QStringLiteral("docker"), QStringList{QStringLiteral("-H"), host_} + args,
                         {{QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0")}});
    }

    static QStringList rowNames(const ui::HostTableModel& model)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row) names << model.rowAt(row)->name;
        return names;
    }

    static QStringList findingRules(const ui::ObjectFindingsModel& model)
    {
        QStringList rules;
        for (int row = 0; row < model.rowCount(); ++row)
            rules << model.index(row, 0).data(ui::ObjectFindingsModel::RuleRole).toString();
        return rules;
    }

    static bool waitLive(ui::HostView& view, int timeoutMs = 60000)
    {
        return QTest::qWaitFor([&] { return view.session()->state() == ui::HostSession::State::Live; }, timeoutMs);
    }

    /// Clicks the row of `id` in the view of `table`, as a user would.
    static void clickRow(ui::HostView& view, ui::HostTable table, const QString& id)
    {
        view.tables()->setCurrentIndex(int(table));
        const int row = view.model(table)->rowOf(id);
        QVERIFY(row >= 0);
        const QModelIndex index = view.proxy(table)->mapFromSource(view.model(table)->index(row, ui::HostTableModel::FirstOwnColumn));
        QTreeView* tree = view.tableView(table);
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    }

    QString idOf(const QString& name)
    {
        const Run inspect = docker({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.Id}}"), name});
        return QString::fromUtf8(inspect.out).trimmed();
    }

  private slots:
    void initTestCase()
    {
        test::isolateSettings();
        DW_START_DOCKERD_OR_SKIP(daemon_);
        host_ = QStringLiteral("unix://") + daemon_.socketPath();
        QTemporaryDir context;
        QVERIFY(test::writeBusyboxContext(context.path()));
        const Run build = docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("dw-fixture:1.0"), context.path()});
        QVERIFY2(build.exitCode == 0, build.err.constData());
        const Run risky = docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("risky"), QStringLiteral("--privileged"),
                                  QStringLiteral("-v"), QStringLiteral("/var/run/docker.sock:/var/run/docker.sock"),
                                  QStringLiteral("-p"), QStringLiteral("0.0.0.0:22:22"),
                                  QStringLiteral("-e"), QStringLiteral("DB_PASSWORD=hunter2-very-secret"), QStringLiteral("dw-fixture:1.0")});
        QVERIFY2(risky.exitCode == 0, risky.err.constData());
        const Run hardened = docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("hardened"),
                                     QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--read-only"),
                                     QStringLiteral("--memory"), QStringLiteral("64m"), QStringLiteral("--cpus"), QStringLiteral("0.5"),
                                     QStringLiteral("--pids-limit"), QStringLiteral("50"), QStringLiteral("--security-opt"), QStringLiteral("no-new-privileges"),
                                     QStringLiteral("--cap-drop"), QStringLiteral("ALL"), QStringLiteral("--user"), QStringLiteral("1000"),
                                     QStringLiteral("--restart"), QStringLiteral("on-failure:5"), QStringLiteral("--health-cmd"), QStringLiteral("/bin/busybox true"),
                                     QStringLiteral("dw-fixture:1.0")});
        QVERIFY2(hardened.exitCode == 0, hardened.err.constData());
    }

    void rowsCarryTheirFindings()
    {
        ui::JobRunner jobs;
        ui::HostView view(&jobs);
        view.resize(1200, 800);
        view.show();
        for (const auto table : {ui::HostTable::Containers, ui::HostTable::Images, ui::HostTable::Networks, ui::HostTable::Volumes}) {
            new QAbstractItemModelTester(view.model(table), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
            new QAbstractItemModelTester(view.proxy(table), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        }
        new QAbstractItemModelTester(view.details()->findingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        new QAbstractItemModelTester(view.details()->inspectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        new QAbstractItemModelTester(view.daemonFindings(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);

        engine::EndpointRequest request;
        request.host = host_.toStdString();
        view.connectTo(request);
        QVERIFY(waitLive(view));
        QVERIFY(!view.banner()->isVisible());
        QVERIFY(view.liveIndicator()->text().contains(QStringLiteral("Live")));
        QVERIFY(!view.scoreLabel()->text().isEmpty());

        ui::HostTableModel& containers = *view.model(ui::HostTable::Containers);
        QCOMPARE(rowNames(containers).size(), 2);
        const int riskyRow = containers.rowOf(idOf(QStringLiteral("risky")));
        const int hardenedRow = containers.rowOf(idOf(QStringLiteral("hardened")));
        QVERIFY(riskyRow >= 0 && hardenedRow >= 0);
        const ui::HostRow* risky = containers.rowAt(riskyRow);
        const ui::HostRow* hardened = containers.rowAt(hardenedRow);
        QCOMPARE(risky->worst, findings::Severity::Error);
        QVERIFY(risky->findingCount > hardened->findingCount);
        QVERIFY(risky->riskPoints > hardened->riskPoints);
        QCOMPARE(containers.index(riskyRow, ui::HostTableModel::RiskColumn).data().toString(), QStringLiteral("High"));
        QVERIFY(hardened->active);
        QCOMPARE(rowNames(*view.model(ui::HostTable::Images)), QStringList{QStringLiteral("dw-fixture:1.0")});
        QVERIFY(rowNames(*view.model(ui::HostTable::Networks)).contains(QStringLiteral("none")));

        // The risky container's details: its findings with the remedy, inspect data with the secret redacted.
        clickRow(view, ui::HostTable::Containers, risky->id);
        ui::HostDetails& details = *view.details();
        QCOMPARE(details.objectId(), risky->id);
        QVERIFY(findingRules(*details.findingsModel()).contains(QStringLiteral("DWH505")));
        QTRY_VERIFY_WITH_TIMEOUT(details.jsonView()->toPlainText().contains(QStringLiteral("\"Privileged\": true")), 10000);
        QVERIFY(!details.jsonView()->toPlainText().contains(QStringLiteral("hunter2-very-secret")));
        QVERIFY(details.inspectModel()->secretCount() >= 1);
        QVERIFY(details.findingText()->toPlainText().contains(QStringLiteral("How to fix")));

        // Revealing one value, on purpose, shows it in the tree and the JSON.
        ui::InspectTreeModel& inspect = *details.inspectModel();
        QModelIndex env;
        for (int i = 0; i < 20 && !env.isValid(); ++i) {
            const QModelIndex candidate = inspect.indexOfPointer(QStringLiteral("/Config/Env/%1").arg(i));
            if (candidate.data(ui::InspectTreeModel::SecretRole).toBool()) env = candidate;
        }
        QVERIFY(env.isValid());
        QVERIFY(!env.siblingAtColumn(1).data().toString().contains(QStringLiteral("hunter2-very-secret")));
        details.inspectView()->expand(env.parent());
        details.tabs()->setCurrentIndex(ui::HostDetails::InspectTab);
        details.inspectView()->scrollTo(env);
        QApplication::processEvents();
        const QRect cell = details.inspectView()->visualRect(env.siblingAtColumn(1));
        QVERIFY(cell.isValid());
        // A real double-click is a press, a release, then the double-click event.
        QTest::mouseClick(details.inspectView()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(details.inspectView()->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(env.siblingAtColumn(1).data().toString().contains(QStringLiteral("hunter2-very-secret")));
        QVERIFY(details.jsonView()->toPlainText().contains(QStringLiteral("hunter2-very-secret")));
        QVERIFY(!details.openImageButton()->isHidden());

        // The hardened container is running: its processes are listed.
        clickRow(view, ui::HostTable::Containers, hardened->id);
        QTRY_VERIFY(details.processesModel()->rowCount() >= 1);

        // Search, "with findings only" and the image's containers filter the rows.
        view.searchEdit()->setText(QStringLiteral("risky"));
        QCOMPARE(view.proxy(ui::HostTable::Containers)->rowCount(), 1);
        view.searchEdit()->clear();
        const QString imageId = view.model(ui::HostTable::Images)->rowAt(0)->id;
        view.showContainersOfImage(imageId);
        QCOMPARE(view.proxy(ui::HostTable::Containers)->rowCount(), 2);
        view.showContainersOfImage(QStringLiteral("sha256:0000"));
        QCOMPARE(view.proxy(ui::HostTable::Containers)->rowCount(), 0);
        view.showContainersOfImage({});
        jobs.cancelAllAndWait();
    }

    void rowsFollowTheDaemonLive()
    {
        ui::JobRunner jobs;
        ui::HostView view(&jobs);
        view.resize(1200, 800);
        view.show();
        new QAbstractItemModelTester(view.model(ui::HostTable::Containers), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        new QAbstractItemModelTester(view.proxy(ui::HostTable::Containers), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        engine::EndpointRequest request;
        request.host = host_.toStdString();
        view.connectTo(request);
        QVERIFY(waitLive(view));
        ui::HostTableModel& containers = *view.model(ui::HostTable::Containers);
        const QString riskyId = idOf(QStringLiteral("risky"));
        clickRow(view, ui::HostTable::Containers, riskyId);
        QCOMPARE(view.details()->objectId(), riskyId);

        const Run created = docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("watched"), QStringLiteral("--network"),
                                    QStringLiteral("none"), QStringLiteral("--cap-add"), QStringLiteral("NET_ADMIN"), QStringLiteral("dw-fixture:1.0")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(rowNames(containers).contains(QStringLiteral("watched")), 15000);
        const ui::HostRow* watched = containers.rowAt(containers.rowOf(idOf(QStringLiteral("watched"))));
        QVERIFY(watched && watched->findingCount > 0);
        // The selection stayed on the risky container.
        QCOMPARE(view.details()->objectId(), riskyId);
        const QModelIndex current = view.tableView(ui::HostTable::Containers)->currentIndex();
        QCOMPARE(current.data(ui::HostTableModel::IdRole).toString(), riskyId);

        QCOMPARE(docker({QStringLiteral("rm"), QStringLiteral("watched")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!rowNames(containers).contains(QStringLiteral("watched")), 15000);
        QCOMPARE(view.tableView(ui::HostTable::Containers)->currentIndex().data(ui::HostTableModel::IdRole).toString(), riskyId);
        QVERIFY(view.session()->changesSeen() >= 2);
        jobs.cancelAllAndWait();
    }

    void cancelStopsTheCollection()
    {
        ui::JobRunner jobs;
        ui::HostView view(&jobs);
        engine::EndpointRequest request;
        request.host = host_.toStdString();
        view.connectTo(request);
        QCOMPARE(view.session()->state(), ui::HostSession::State::Connecting);
        QVERIFY(view.actionButton()->isVisibleTo(&view));
        QTest::mouseClick(view.actionButton(), Qt::LeftButton);
        QCOMPARE(view.session()->state(), ui::HostSession::State::Cancelled);
        QVERIFY(jobs.waitForIdle(20000));
        QCOMPARE(view.session()->state(), ui::HostSession::State::Cancelled);
        QVERIFY(view.statusText().contains(QStringLiteral("cancelled")));
        QTest::mouseClick(view.actionButton(), Qt::LeftButton); // Retry
        QVERIFY(waitLive(view));
        jobs.cancelAllAndWait();
    }

    // Last: it stops the daemon.
    void daemonLostAndBack()
    {
        ui::JobRunner jobs;
        ui::HostView view(&jobs);
        view.resize(1200, 800);
        view.show();
        engine::EndpointRequest request;
        request.host = host_.toStdString();
        view.connectTo(request);
        QVERIFY(waitLive(view));
        const int rows = view.model(ui::HostTable::Containers)->rowCount();
        QVERIFY(rows >= 2);

        daemon_.stop();
        QTRY_VERIFY_WITH_TIMEOUT(view.session()->state() == ui::HostSession::State::Reconnecting, 20000);
        QVERIFY(view.banner()->isVisible());
        QVERIFY(view.statusText().contains(QStringLiteral("lost")));
        QVERIFY(view.model(ui::HostTable::Containers)->isStale());
        QCOMPARE(view.model(ui::HostTable::Containers)->rowCount(), rows); // the last data stays
        QVERIFY(view.liveIndicator()->text().contains(QStringLiteral("Stale")));

        const QString why = daemon_.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(view.session()->state() == ui::HostSession::State::Live, 30000);
        QTRY_VERIFY(!view.banner()->isVisible());
        QVERIFY(!view.model(ui::HostTable::Containers)->isStale());
        QTRY_COMPARE_WITH_TIMEOUT(view.model(ui::HostTable::Containers)->rowCount(), rows, 15000);
        jobs.cancelAllAndWait();
    }

    void mainWindowStatusBarFollowsTheHost()
    {
        qputenv("DOCKER_HOST", host_.toUtf8());
        ui::MainWindow window;
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.daemonStatusText().contains(QStringLiteral("live")), 60000);
        window.showPage(ui::MainWindow::HostPage);
        QVERIFY(window.hostView()->isVisible());

        // The dashboard holds the numbers of this scan, and the scan was recorded for the trend.
        const auto report = window.hostView()->session()->report();
        QVERIFY(report);
        QTRY_COMPARE(window.dashboardView()->models()->severities()->item(0, 1)->data(Qt::DisplayRole).toInt(), report->risk.errors);
        QCOMPARE(window.dashboardView()->models()->severities()->item(1, 1)->data(Qt::DisplayRole).toInt(), report->risk.warnings);
        QCOMPARE(window.dashboardView()->scoreLabel()->text(), QString::number(report->risk.score));
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboardView()->models()->trend()->rowCount() >= 1, 10000);
        QCOMPARE(window.dashboardView()->models()->riskiest()->item(0, ui::DashboardModels::NameColumn)->text(), QStringLiteral("risky"));

        // From the host's image to the Images view (read from the daemon) and back to the containers running it.
        ui::HostView& host = *window.hostView();
        const QString imageId = host.model(ui::HostTable::Images)->rowAt(0)->id;
        clickRow(host, ui::HostTable::Images, imageId);
        QVERIFY(host.details()->openImageButton()->isVisible());
        QTest::mouseClick(host.details()->openImageButton(), Qt::LeftButton);
        QCOMPARE(window.pages()->currentIndex(), int(ui::MainWindow::ImagesPage));
        QVERIFY(QTest::qWaitFor([&] { return !window.imagesView()->isBusy(); }, 60000));
        QVERIFY2(window.imagesView()->report() && window.imagesView()->report()->ok(), qPrintable(window.imagesView()->statusText()));
        QCOMPARE(window.imagesView()->layersModel()->rowCount(), 1);
        QVERIFY(window.imagesView()->summaryLabel()->text().contains(QStringLiteral("dw-fixture")));
        emit window.imagesView()->containersRequested(QString::fromStdString(window.imagesView()->report()->image->image.id));
        QCOMPARE(window.pages()->currentIndex(), int(ui::MainWindow::HostPage));
        QCOMPARE(host.proxy(ui::HostTable::Containers)->rowCount(), 2);
        window.jobs()->cancelAllAndWait();
        qputenv("DOCKER_HOST", "unix:///nonexistent/dockwarden-test.sock");
    }
};

QTEST_MAIN(TestGuiHost)
#include "tst_gui_host.moc"
