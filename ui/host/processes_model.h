// The processes of a running container (GET /containers/{id}/top) as a table with the daemon's column titles.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <string>
#include <vector>

namespace dw::ui {

class ProcessesModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    explicit ProcessesModel(QObject* parent = nullptr);

    void setProcesses(const std::vector<std::string>& titles, const std::vector<std::vector<std::string>>& rows);
    void clear() { setProcesses({}, {}); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    QStringList titles_;
    std::vector<QStringList> rows_;
};

} // namespace dw::ui
