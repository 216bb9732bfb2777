// A list of files of an image with a size and the layer(s) involved: the largest files of the final image, or the
// paths stored more than once (dive's "inefficient files"), as a table.
#pragma once

#include "scan/scan_report.h"

#include <QAbstractTableModel>

#include <memory>

namespace dw::ui {

class FileListModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum class Kind { Largest, Wasted };
    enum Column { PathColumn, SizeColumn, DetailColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, LayerRole, SortRole };

    explicit FileListModel(Kind kind, QObject* parent = nullptr);
    void setReport(std::shared_ptr<const scan::ScanReport> report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    Kind kind_;
    std::shared_ptr<const scan::ScanReport> report_;
};

} // namespace dw::ui
