// The Dashboard: its table models hold the numbers of a host scan (the charts read the same models), the riskiest
// objects lead to the Host view, the trend follows the recorded scans, and the waiver centre adds, edits and
// removes waivers in the config file the command line reads, with expired and expiring ones marked.
#include "support/gui_fixture.h"

#include "dashboard/dashboard_models.h"
#include "dashboard/dashboard_view.h"
#include "dashboard/waiver_model.h"
#include "editor/waiver_dialog.h"
#include "findings/catalogue.h"
#include "lint/config_writer.h"
#include "scan/host_objects.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <fstream>

using namespace dw;

namespace {

findings::Finding hostFinding(const char* rule, findings::Severity severity, findings::ObjectKind kind, const char* id,
                              const char* name)
{
    findings::Finding finding;
    finding.rule = rule;
    finding.severity = severity;
    finding.title = &findings::findRule(rule)->title;
    finding.location = findings::HostObjectLocation{kind, id, name};
    return finding;
}

std::shared_ptr<const scan::ScanReport> sampleReport()
{
    auto report = std::make_shared<scan::ScanReport>();
    report->kind = findings::Engine::Host;
    report->target = "unix:///run/test.sock";
    using findings::ObjectKind;
    using findings::Severity;
    report->findings = {hostFinding("DWH505", Severity::Error, ObjectKind::Container, "c1", "web"),
                        hostFinding("DWH511", Severity::Warning, ObjectKind::Container, "c1", "web"),
                        hostFinding("DWH511", Severity::Warning, ObjectKind::Container, "c2", "worker"),
                        hostFinding("DWH209", Severity::Warning, ObjectKind::Daemon, "d", "host")};
    report->risk = scan::riskScoreOf(findings::Engine::Host, report->findings);
    return report;
}

} // namespace

class TestGuiDashboard : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::isolateSettings(); }

    void modelsHoldTheScansNumbers()
    {
        ui::DashboardView view;
        view.resize(1200, 800);
        view.show();
        for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
                 view.models()->severities(), view.models()->practices(), view.models()->riskiest(), view.models()->trend(), view.waivers()})
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        const auto report = sampleReport();
        view.setReport(report);
        QStandardItemModel* severities = view.models()->severities();
        QCOMPARE(severities->rowCount(), 3);
        QCOMPARE(severities->item(0, 1)->data(Qt::DisplayRole).toInt(), report->risk.errors);
        QCOMPARE(severities->item(1, 1)->data(Qt::DisplayRole).toInt(), report->risk.warnings);
        QCOMPARE(report->risk.errors, 1);
        QCOMPARE(report->risk.warnings, 3);
        int practiceTotal = 0;
        for (int row = 0; row < view.models()->practices()->rowCount(); ++row)
            practiceTotal += view.models()->practices()->item(row, 1)->data(Qt::DisplayRole).toInt();
        QCOMPARE(practiceTotal, 4);
        // Riskiest: containers and images only, the worst first.
        QStandardItemModel* riskiest = view.models()->riskiest();
        QCOMPARE(riskiest->rowCount(), 2);
        QCOMPARE(riskiest->item(0, ui::DashboardModels::NameColumn)->text(), QStringLiteral("web"));
        QCOMPARE(riskiest->item(0, ui::DashboardModels::PointsColumn)->data(Qt::DisplayRole).toInt(), 14);
        QCOMPARE(view.scoreLabel()->text(), QString::number(report->risk.score));
        // The donut reads the severity model.
        const auto* pie = static_cast<QPieSeries*>(view.chartView(0)->chart()->series().value(0));
        QVERIFY(pie);
        QCOMPARE(pie->count(), 3);
        QCOMPARE(int(pie->slices().at(1)->value()), 3);

        const auto* bars = static_cast<QHorizontalBarSeries*>(view.chartView(1)->chart()->series().value(0));
        QCOMPARE(bars->barSets().size(), 1);
        QCOMPARE(bars->barSets().first()->count(), view.models()->practices()->rowCount());

        // Double-clicking a riskiest row asks for the object.
        QSignalSpy activated(&view, &ui::DashboardView::objectActivated);
        QTableView* table = view.riskiestTable();
        const QModelIndex first = table->model()->index(0, 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(1).toString(), QStringLiteral("c1"));

        // The trend: oldest first, one row per recorded scan.
        history::ScanRecord older, newer;
        older.unixTime = 1'790'000'000;
        older.riskScore = 40;
        older.errors = 3;
        newer.unixTime = 1'790'086'400;
        newer.riskScore = 70;
        newer.errors = 1;
        view.setHistory({newer, older});
        QCOMPARE(view.models()->trend()->rowCount(), 2);
        QCOMPARE(view.models()->trend()->item(0, ui::DashboardModels::ScoreColumn)->data(Qt::DisplayRole).toInt(), 40);
        QCOMPARE(view.models()->trend()->item(1, ui::DashboardModels::ScoreColumn)->data(Qt::DisplayRole).toInt(), 70);
        const auto* score = static_cast<QLineSeries*>(view.chartView(2)->chart()->series().value(0));
        QCOMPARE(score->count(), 2);
        QCOMPARE(int(score->at(1).y()), 70);
    }

    void waiverCentreEditsTheConfig()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral(".dockwarden.yaml"));
        {
            std::ofstream(config.toStdString()) << "# team rules\nwaivers:\n"
                                                   "  - rule: DWH505\n    target: \"lab-*\"\n    reason: lab\n    expires: 2026-12-10\n"
                                                   "  - rule: DL3008\n    reason: pinned upstream\n    expires: 2026-01-31\n"
                                                   "  - rule: DWI101\n    reason: test key\n";
        }
        ui::DashboardView view;
        view.waivers()->setToday(QDate(2026, 12, 3));
        view.setConfigPathProvider([config] { return config; });
        view.show();
        ui::WaiverModel& waivers = *view.waivers();
        QCOMPARE(waivers.rowCount(), 3);
        QCOMPARE(waivers.count(ui::WaiverModel::Status::ExpiresSoon), 1);
        QCOMPARE(waivers.count(ui::WaiverModel::Status::Expired), 1);
        QCOMPARE(waivers.count(ui::WaiverModel::Status::NoEnd), 1);
        QVERIFY(waivers.index(1, ui::WaiverModel::StatusColumn).data().toString().startsWith(QStringLiteral("expired")));
        QVERIFY(waivers.index(0, ui::WaiverModel::StatusColumn).data(Qt::ForegroundRole).isValid());

        // Add one through the dialog, as a user would.
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<ui::WaiverDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->ruleEdit(), QStringLiteral("DWH511"));
            QTest::keyClicks(dialog->targetEdit(), QStringLiteral("batch-*"));
            QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("batch jobs have no memory limit"));
            dialog->accept();
        });
        QTest::mouseClick(view.addWaiverButton(), Qt::LeftButton);
        QCOMPARE(waivers.rowCount(), 4);
        std::string error;
        auto written = lint::readWaivers(config.toStdString(), error);
        QCOMPARE(written.size(), std::size_t(4));
        QCOMPARE(written[3].rule, std::string("DWH511"));
        QCOMPARE(written[3].target, std::string("batch-*"));

        // Remove the expired one.
        view.waiverTable()->setCurrentIndex(view.waiverTable()->model()->index(1, 0));
        QTest::mouseClick(view.removeWaiverButton(), Qt::LeftButton);
        written = lint::readWaivers(config.toStdString(), error);
        QCOMPARE(written.size(), std::size_t(3));
        for (const auto& waiver : written) QVERIFY(waiver.rule != "DL3008");
        std::ifstream in(config.toStdString());
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        QVERIFY(text.find("# team rules") != std::string::npos);
    }
};

QTEST_MAIN(TestGuiDashboard)
#include "tst_gui_dashboard.moc"
