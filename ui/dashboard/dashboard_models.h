// The numbers behind the dashboard's charts, as table models (each chart reads one through a Qt Charts model
// mapper, and the same model is shown as a table for screen readers and copy and paste): findings by severity, by
// practice, the riskiest containers and images, and the trend of the score and counts over the recorded scans.
#pragma once

#include "history/history_store.h"
#include "scan/scan_report.h"

#include <QObject>
#include <QStandardItemModel>

#include <memory>
#include <vector>

namespace dw::ui {

class DashboardModels : public QObject {
    Q_OBJECT

  public:
    enum RiskiestColumn { KindColumn, NameColumn, WorstColumn, FindingsColumn, PointsColumn };
    enum TrendColumn { TimeColumn, ScoreColumn, ErrorsColumn, WarningsColumn, InfosColumn, TimeMsColumn };
    enum Role { IdRole = Qt::UserRole + 1, ObjectKindRole, SeverityRole };

    explicit DashboardModels(QObject* parent = nullptr);

    /// The host's current report (null clears the first three models).
    void setReport(std::shared_ptr<const scan::ScanReport> report);
    /// The recorded scans of the host, newest first (as HistoryStore::list gives them).
    void setHistory(std::vector<history::ScanRecord> scans);
    void retranslate();

    QStandardItemModel* severities() const { return severities_; }
    QStandardItemModel* practices() const { return practices_; }
    /// On a practices() row's first column: int(findings::Practice).
    static constexpr int PracticeRole = Qt::UserRole + 10;
    QStandardItemModel* riskiest() const { return riskiest_; }
    QStandardItemModel* trend() const { return trend_; }
    std::shared_ptr<const scan::ScanReport> report() const { return report_; }

  signals:
    void updated();

  private:
    void rebuildReportModels();
    void rebuildTrend();

    std::shared_ptr<const scan::ScanReport> report_;
    std::vector<history::ScanRecord> history_;
    QStandardItemModel* severities_;
    QStandardItemModel* practices_;
    QStandardItemModel* riskiest_;
    QStandardItemModel* trend_;
};

} // namespace dw::ui
