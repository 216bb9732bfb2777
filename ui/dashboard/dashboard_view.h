// The Dashboard: the current host's score and, as charts each backed by a table (switch with the tab under each
// chart), its findings by severity (a donut), by practice (bars), its riskiest containers and images (double-click
// goes to them in the Host view) and the trend of the score and counts over the recorded scans. A second tab is
// the waiver centre: every waiver of the config file with its status; add, edit and remove write the file the
// command line reads.
#pragma once

#include "findings/vocabulary.h"
#include "history/history_store.h"
#include "scan/scan_report.h"

#include <QWidget>

#include <array>
#include <functional>
#include <memory>

class QLabel;
class QStackedWidget;
class QPushButton;
class QTabWidget;
class QTableView;

class QChart;
class QChartView;

namespace dw::ui {

class DashboardModels;
class PlaceholderView;
class WaiverModel;

class DashboardView : public QWidget {
    Q_OBJECT

  public:
    enum Tab { OverviewTab, WaiversTab };

    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    void setReport(std::shared_ptr<const scan::ScanReport> report);
    void setHistory(std::vector<history::ScanRecord> scans);
    /// Where the waiver centre reads and writes (the config the CLI would read).
    void setConfigPathProvider(std::function<QString()> provider);
    /// Reads the waivers again from the config file.
    void reloadWaivers();
    /// Writes `waivers` to the config file; false (and a message) when it cannot.
    bool saveWaivers(const std::vector<findings::Waiver>& waivers);

    DashboardModels* models() const { return models_; }
    WaiverModel* waivers() const { return waivers_; }
    QTabWidget* tabs() const { return tabs_; }
    QTableView* riskiestTable() const { return riskiestTable_; }
    QTableView* practiceTable() const { return practiceTable_; }
    QLabel* scoreLabel() const { return score_; }
    QChartView* chartView(int index) const { return charts_[std::size_t(index)]; }
    QString configPath() const;
    QPushButton* addWaiverButton() const { return addWaiver_; }
    QPushButton* editWaiverButton() const { return editWaiver_; }
    QPushButton* removeWaiverButton() const { return removeWaiver_; }
    QTableView* waiverTable() const { return waiverTable_; }

  signals:
    /// The user asked to see a container or an image of the host.
    void objectActivated(int objectKind, const QString& id);
    /// The user asked about a practice (int(findings::Practice)): its Guide card.
    void practiceActivated(int practice);
    void waiversChanged();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    QWidget* panel(QChartView* chart, QTableView* table, QTabWidget** tabs);
    void rebuildCharts();
    void styleChart(QChart* chart);
    void retranslate();
    void updateSummary();
    void editWaiver(int row);

    DashboardModels* models_;
    WaiverModel* waivers_;
    std::function<QString()> configPath_;
    QTabWidget* tabs_;
    QLabel* score_;
    QLabel* summary_;
    std::array<QChartView*, 3> charts_{};
    std::array<QTabWidget*, 4> panelTabs_{};
    QTableView* severityTable_;
    QTableView* practiceTable_;
    QTableView* riskiestTable_;
    QTableView* trendTable_;
    QLabel* riskiestTitle_;
    QLabel* waiverFile_;
    QLabel* waiverSummary_;
    QTableView* waiverTable_;
    QPushButton* addWaiver_;
    QPushButton* editWaiver_;
    QPushButton* removeWaiver_;
    QPushButton* reloadWaivers_;
    PlaceholderView* empty_;
    QStackedWidget* overviewStack_ = nullptr;
};

} // namespace dw::ui
