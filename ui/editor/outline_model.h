// The stages of the current Dockerfile, for the Outline panel: name (or number) and base image, with the offset of
// each FROM to jump to; or the services of a Compose file (the run lines of a script) with their image. Fed with
// the last lint's report of the file.
#pragma once

#include "language/language_service.h"
#include "scan/scan_report.h"

#include <QAbstractListModel>

#include <memory>
#include <vector>

namespace dw::df {
struct Dockerfile;
}

namespace dw::ui {

class OutlineModel : public QAbstractListModel {
    Q_OBJECT

  public:
    enum Role { OffsetRole = Qt::UserRole + 1, StageRole };

    explicit OutlineModel(QObject* parent = nullptr);

    /// The outline of `file` (null clears it); keeps it for rowOfOffset().
    void setDocument(std::shared_ptr<const df::Dockerfile> file);
    /// The outline of a Compose file or a script (from its scan report).
    void setItems(std::vector<scan::OutlineItem> items);
    /// The row of the stage holding `offset`, or -1.
    int rowOfOffset(std::size_t offset) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

  private:
    std::shared_ptr<const df::Dockerfile> file_;
    std::vector<language::OutlineEntry> entries_;
    std::vector<scan::OutlineItem> items_;
};

} // namespace dw::ui
