// Sorting and filtering in front of a HostTableModel: by the columns' sort keys, a search over every column's text,
// "with findings only", and an image id (the containers that run one image).
#pragma once

#include <QSortFilterProxyModel>

namespace dw::ui {

class HostTableProxy : public QSortFilterProxyModel {
    Q_OBJECT

  public:
    explicit HostTableProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setFindingsOnly(bool only);
    /// Only rows whose ImageIdRole is `imageId` (containers running one image); empty shows all.
    void setImageFilter(const QString& imageId);
    QString imageFilter() const { return imageId_; }

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

  private:
    QString search_;
    QString imageId_;
    bool findingsOnly_ = false;
};

} // namespace dw::ui
