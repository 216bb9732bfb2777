// A table of plain texts with given column titles: the processes of a container (GET /containers/{id}/top), the
// packages and vulnerabilities of an image.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <string>
#include <vector>

namespace dw::ui {

class TextTableModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    explicit TextTableModel(QObject* parent = nullptr);

    void setTable(const std::vector<std::string>& titles, const std::vector<std::vector<std::string>>& rows);
    void clear() { setTable({}, {}); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    QStringList titles_;
    std::vector<QStringList> rows_;
};

} // namespace dw::ui
