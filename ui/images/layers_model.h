// The layers of an image (dive's left-hand pane): the step that made each, its size, what it added, changed and
// deleted, the bytes it ships that the final image never shows, and how many findings are about it.
#pragma once

#include "scan/scan_report.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace dw::ui {

class LayersModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { IndexColumn, SizeColumn, ChangesColumn, WastedColumn, FindingsColumn, StepColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, LayerRole, FindingCountRole };

    explicit LayersModel(QObject* parent = nullptr);

    /// Shows the layers of an image scan (report->image set); null clears.
    void setReport(std::shared_ptr<const scan::ScanReport> report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    std::shared_ptr<const scan::ScanReport> report_;
    std::vector<int> findingCounts_;
};

/// A history step as one readable line: the classic builder's "/bin/sh -c #(nop) " prefix dropped, RUN named.
QString stepText(const std::string& createdBy);

} // namespace dw::ui
