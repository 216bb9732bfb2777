#include "images/file_list_model.h"

#include "image/image_analyzer.h"

#include <QLocale>

namespace dw::ui {

FileListModel::FileListModel(Kind kind, QObject* parent) : QAbstractTableModel(parent), kind_(kind) {}

void FileListModel::setReport(std::shared_ptr<const scan::ScanReport> report)
{
    beginResetModel();
    report_ = report && report->image ? std::move(report) : nullptr;
    endResetModel();
}

int FileListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !report_) return 0;
    const auto& layers = report_->image->layers;
    return int(kind_ == Kind::Largest ? layers.largestFiles.size() : layers.inefficientPaths.size());
}

int FileListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FileListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const auto& layers = report_->image->layers;
    QString path;
    quint64 size = 0;
    QVariant detail;
    int layer = -1;
    if (kind_ == Kind::Largest) {
        const auto& file = layers.largestFiles[std::size_t(index.row())];
        path = QString::fromStdString(file.path);
        size = file.size;
        layer = int(file.layer);
        detail = layer;
    } else {
        const auto& wasted = layers.inefficientPaths[std::size_t(index.row())];
        path = QString::fromStdString(wasted.path);
        size = wasted.totalBytes;
        detail = wasted.sameContentReAdd ? tr("%1 copies (one only re-added for its mode or owner)").arg(wasted.count)
                                         : tr("%1 copies").arg(wasted.count);
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn: return QString(QLatin1Char('/') + path);
        case SizeColumn: return QLocale().formattedDataSize(qint64(size));
        case DetailColumn: return detail;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case PathRole: return path;
    case LayerRole: return layer;
    case SortRole: return index.column() == SizeColumn ? QVariant(qulonglong(size)) : data(index, Qt::DisplayRole);
    default: return {};
    }
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case PathColumn: return tr("Path");
    case SizeColumn: return kind_ == Kind::Largest ? tr("Size") : tr("All copies");
    case DetailColumn: return kind_ == Kind::Largest ? tr("Layer") : tr("Copies");
    }
    return {};
}

} // namespace dw::ui
