// One table of the Host view (containers, images, networks or volumes): a row per object with its worst severity,
// finding count and risk badge first, then the object's own columns. Updated in place from each new host report:
// rows that stay keep their index (so the selection and the scroll position survive a live update), changed ones
// emit dataChanged, gone ones are removed and new ones appended. While the daemon is away the rows show as stale.
#pragma once

#include "findings/vocabulary.h"
#include "scan/host_objects.h"
#include "scan/scan_report.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <map>
#include <memory>
#include <vector>

namespace dw::ui {

enum class HostTable { Containers, Images, Networks, Volumes };

/// One object of the host as a row.
struct HostRow {
    QString id;
    QString name;
    findings::Severity worst = findings::Severity::Ignore;
    int findingCount = 0;
    int riskPoints = 0;
    QVector<QVariant> cells;    ///< the table's own columns, displayed
    QVector<QVariant> sortKeys; ///< the same columns as sort keys (numbers for sizes and times)
    QString image;              ///< containers: the image id they run
    bool active = false;        ///< a running container, an image or volume in use

    bool sameAs(const HostRow& other) const;
};

class HostTableModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { SeverityColumn, FindingsColumn, RiskColumn, FirstOwnColumn };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the object's id (a volume's name)
        SortRole,                  ///< what the proxy sorts by
        SearchTextRole,            ///< every column's text, for the filter
        FindingCountRole,
        SeverityRole,              ///< int(findings::Severity)
        ImageIdRole,               ///< containers: the id of their image
    };

    explicit HostTableModel(HostTable table, QObject* parent = nullptr);

    HostTable table() const { return table_; }
    /// Rebuilds the rows from a host report, keeping the rows that stay where they are.
    void setReport(const std::shared_ptr<const scan::ScanReport>& report);
    /// Applies rows built elsewhere (prepareHostView() on a worker), keeping the rows that stay where they are.
    void setRows(std::vector<HostRow> rows) { applyRows(std::move(rows)); }
    /// Greys the rows out (the daemon went away; the data is the last known).
    void setStale(bool stale);
    bool isStale() const { return stale_; }
    /// The rows come from the lists only and are not checked yet: the finding columns say so instead of "none".
    void setChecking(bool checking);
    bool isChecking() const { return checking_; }
    const HostRow* rowAt(int row) const;
    int rowOf(const QString& id) const;
    /// The headers follow the language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    void applyRows(std::vector<HostRow> rows);

    HostTable table_;
    std::vector<HostRow> rows_;
    QStringList ownHeaders_;
    bool stale_ = false;
    bool checking_ = false;
};

/// The rows of `table` for a host report (used by the model; public for tests).
std::vector<HostRow> hostRows(HostTable table, const scan::ScanReport& report);
std::vector<HostRow> hostRows(HostTable table, const scan::ScanReport& report,
                              const std::map<scan::ObjectKey, scan::ObjectFindings>& objects);
/// The headers of the table's own columns, translated.
QStringList hostColumnTitles(HostTable table);
/// "High", "Medium", "Low", "None", translated.
QString riskLevelName(int riskPoints);

} // namespace dw::ui
