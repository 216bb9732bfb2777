#include "shell/text_table_model.h"

namespace dw::ui {

TextTableModel::TextTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TextTableModel::setTable(const std::vector<std::string>& titles, const std::vector<std::vector<std::string>>& rows)
{
    beginResetModel();
    titles_.clear();
    for (const auto& title : titles) titles_ << QString::fromStdString(title);
    rows_.clear();
    for (const auto& row : rows) {
        QStringList cells;
        for (const auto& cell : row) cells << QString::fromStdString(cell);
        rows_.push_back(cells);
    }
    endResetModel();
}

int TextTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int TextTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(titles_.size());
}

QVariant TextTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole || index.row() >= rowCount()) return {};
    return rows_[std::size_t(index.row())].value(index.column());
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return titles_.value(section);
}

} // namespace dw::ui
