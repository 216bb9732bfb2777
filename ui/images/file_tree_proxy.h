// Filters of the image file tree: a name, "changes in this layer only", "wasted only", "with findings only".
// A directory shows when something below it matches.
#pragma once

#include <QSortFilterProxyModel>

namespace dw::ui {

class FileTreeProxy : public QSortFilterProxyModel {
    Q_OBJECT

  public:
    explicit FileTreeProxy(QObject* parent = nullptr);

    void setNameFilter(const QString& text);
    void setChangesOnly(bool only);
    void setWastedOnly(bool only);
    void setFindingsOnly(bool only);
    bool isFiltering() const;

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

  private:
    QString name_;
    bool changesOnly_ = false;
    bool wastedOnly_ = false;
    bool findingsOnly_ = false;
};

} // namespace dw::ui
