// The findings of one object of a scan (a container, an image, the daemon) as a table: severity, rule, message.
#pragma once

#include "scan/scan_report.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace dw::ui {

class ObjectFindingsModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, RuleRole };

    explicit ObjectFindingsModel(QObject* parent = nullptr);

    /// Shows report->findings[i] for each i of `indices` (folded ones are left out).
    void setFindings(std::shared_ptr<const scan::ScanReport> report, const std::vector<std::size_t>& indices);
    void setLanguage(findings::Language language);
    const findings::Finding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    std::shared_ptr<const scan::ScanReport> report_;
    std::vector<std::size_t> indices_;
    findings::Language language_ = findings::Language::English;
};

} // namespace dw::ui
