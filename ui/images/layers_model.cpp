#include "images/layers_model.h"

#include "findings/severity_style.h"
#include "image/image_analyzer.h"

#include <QBrush>
#include <QLocale>

namespace dw::ui {

QString stepText(const std::string& createdBy)
{
    QString text = QString::fromStdString(createdBy).simplified();
    static const QString nop = QStringLiteral("/bin/sh -c #(nop) ");
    static const QString shell = QStringLiteral("/bin/sh -c ");
    if (text.startsWith(nop)) text = text.mid(nop.size()).trimmed();
    else if (text.startsWith(shell)) text = QStringLiteral("RUN ") + text.mid(shell.size());
    else if (text.startsWith(QStringLiteral("RUN ") + shell)) text = QStringLiteral("RUN ") + text.mid(4 + shell.size());
    if (text.endsWith(QStringLiteral(" # buildkit"))) text.chop(11);
    return text;
}

LayersModel::LayersModel(QObject* parent) : QAbstractTableModel(parent) {}

void LayersModel::setReport(std::shared_ptr<const scan::ScanReport> report)
{
    beginResetModel();
    report_ = report && report->image ? std::move(report) : nullptr;
    findingCounts_.assign(report_ ? report_->image->layers.layers.size() : 0, 0);
    if (report_)
        for (const auto& finding : report_->findings)
            if (const auto* where = std::get_if<findings::ImageLocation>(&finding.location))
                if (where->layer && *where->layer < findingCounts_.size() && finding.sameAs.empty()) ++findingCounts_[*where->layer];
    endResetModel();
}

int LayersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !report_ ? 0 : int(report_->image->layers.layers.size());
}

int LayersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const image::LayerSummary& layer = report_->image->layers.layers[std::size_t(index.row())];
    const int findingCount = findingCounts_[std::size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn: return index.row();
        case SizeColumn: return locale.formattedDataSize(qint64(layer.size));
        case ChangesColumn:
            return tr("+%1 ~%2 −%3").arg(layer.addedFiles).arg(layer.modifiedFiles).arg(layer.deletedFiles);
        case WastedColumn: return layer.wastedBytes ? locale.formattedDataSize(qint64(layer.wastedBytes)) : QString();
        case FindingsColumn: return findingCount ? QVariant(findingCount) : QVariant();
        case StepColumn: return layer.createdBy.empty() ? tr("(step not recorded)") : stepText(layer.createdBy);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StepColumn) return QString::fromStdString(layer.createdBy);
        if (index.column() == ChangesColumn)
            return tr("%1 files added, %2 modified (%3 with the same content), %4 deleted")
                .arg(layer.addedFiles).arg(layer.modifiedFiles).arg(layer.sameContentFiles).arg(layer.deletedFiles);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == WastedColumn && layer.wastedBytes) return QBrush(severityColor(findings::Severity::Warning));
        if (index.column() == FindingsColumn && findingCount) return QBrush(severityColor(findings::Severity::Error));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IndexColumn || index.column() == SizeColumn || index.column() == WastedColumn ||
            index.column() == FindingsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case SizeColumn: return qulonglong(layer.size);
        case WastedColumn: return qulonglong(layer.wastedBytes);
        case FindingsColumn: return findingCount;
        case ChangesColumn: return qulonglong(layer.addedFiles + layer.modifiedFiles + layer.deletedFiles);
        default: return data(index, Qt::DisplayRole);
        }
    case LayerRole: return index.row();
    case FindingCountRole: return findingCount;
    default: return {};
    }
}

QVariant LayersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case IndexColumn: return tr("Layer");
    case SizeColumn: return tr("Size");
    case ChangesColumn: return tr("Changes");
    case WastedColumn: return tr("Wasted");
    case FindingsColumn: return tr("Findings");
    case StepColumn: return tr("Step");
    }
    return {};
}

} // namespace dw::ui
