#include "host/host_table_model.h"

#include "findings/problems_model.h"
#include "findings/severity_style.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QHash>
#include <QPalette>

namespace dw::ui {

HostTableModel::HostTableModel(HostTable table, QObject* parent) : QAbstractTableModel(parent), table_(table)
{
    ownHeaders_ = hostColumnTitles(table_);
}

void HostTableModel::retranslate()
{
    ownHeaders_ = hostColumnTitles(table_);
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!rows_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void HostTableModel::setReport(const std::shared_ptr<const scan::ScanReport>& report)
{
    applyRows(report ? hostRows(table_, *report) : std::vector<HostRow>{});
}

void HostTableModel::applyRows(std::vector<HostRow> rows)
{
    QHash<QString, std::size_t> incoming;
    for (std::size_t i = 0; i < rows.size(); ++i) incoming.insert(rows[i].id, i);

    // Gone rows first, from the bottom up in contiguous runs, so the indexes of the rest stay valid.
    for (int row = rowCount() - 1; row >= 0;) {
        if (incoming.contains(rows_[std::size_t(row)].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(rows_[std::size_t(first - 1)].id)) --first;
        beginRemoveRows({}, first, row);
        rows_.erase(rows_.begin() + first, rows_.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Rows that stay are updated in place, with one dataChanged per run of changed rows (when a host's findings
    // arrive, every row changes: one signal, not a thousand re-sorts of the proxy).
    std::vector<bool> placed(rows.size(), false);
    int changedFrom = -1;
    auto flushChanged = [&](int end) {
        if (changedFrom >= 0) emit dataChanged(index(changedFrom, 0), index(end - 1, columnCount() - 1));
        changedFrom = -1;
    };
    for (int row = 0; row < rowCount(); ++row) {
        HostRow& current = rows_[std::size_t(row)];
        const std::size_t from = incoming.value(current.id);
        placed[from] = true;
        HostRow& next = rows[from];
        if (current.sameAs(next)) {
            flushChanged(row);
            continue;
        }
        current = std::move(next);
        if (changedFrom < 0) changedFrom = row;
    }
    flushChanged(rowCount());
    // New rows at the end, in the report's order.
    std::vector<HostRow> added;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!placed[i]) added.push_back(std::move(rows[i]));
    if (added.empty()) return;
    beginInsertRows({}, rowCount(), rowCount() + int(added.size()) - 1);
    for (HostRow& row : added) rows_.push_back(std::move(row));
    endInsertRows();
}

void HostTableModel::setStale(bool stale)
{
    if (stale_ == stale) return;
    stale_ = stale;
    if (!rows_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
}

void HostTableModel::setChecking(bool checking)
{
    if (checking_ == checking) return;
    checking_ = checking;
    if (!rows_.empty()) emit dataChanged(index(0, SeverityColumn), index(rowCount() - 1, RiskColumn));
}

const HostRow* HostTableModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &rows_[std::size_t(row)] : nullptr;
}

int HostTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (rows_[std::size_t(row)].id == id) return row;
    return -1;
}

int HostTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int HostTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstOwnColumn + int(ownHeaders_.size());
}

QVariant HostTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    const HostRow& row = rows_[std::size_t(index.row())];
    const int column = index.column();
    const int own = column - FirstOwnColumn;
    const bool unchecked = checking_ && !row.findingCount && column <= RiskColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (unchecked) return column == SeverityColumn ? tr("Checking…") : QVariant();
        switch (column) {
        case SeverityColumn: return row.findingCount ? severityDisplayName(row.worst) : QString();
        case FindingsColumn: return row.findingCount;
        case RiskColumn: return row.findingCount ? riskLevelName(row.riskPoints) : QString();
        default: return own < row.cells.size() ? row.cells[own] : QVariant();
        }
    case SortRole:
        switch (column) {
        case SeverityColumn: return row.findingCount ? 10 - int(row.worst) : 0;
        case FindingsColumn: return row.findingCount;
        case RiskColumn: return row.riskPoints;
        default: return own < row.sortKeys.size() ? row.sortKeys[own] : QVariant();
        }
    case Qt::DecorationRole:
        if (column == SeverityColumn && row.findingCount) return severityIcon(row.worst);
        return {};
    case Qt::ForegroundRole:
        if (stale_ || unchecked) return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (column == RiskColumn && row.findingCount) return QBrush(severityColor(row.worst));
        return {};
    case Qt::FontRole:
        if (column == RiskColumn && row.findingCount) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == FindingsColumn) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (unchecked) return tr("Listed; its details are still being read and checked.");
        if (column == RiskColumn && row.findingCount)
            return tr("%1 risk points of at most 40 in the host's score").arg(row.riskPoints);
        return {};
    case IdRole: return row.id;
    case SearchTextRole: {
        QStringList parts{row.id, row.name};
        for (const QVariant& cell : row.cells) parts << cell.toString();
        if (row.findingCount) parts << severityDisplayName(row.worst) << riskLevelName(row.riskPoints);
        return parts.join(QLatin1Char(' '));
    }
    case FindingCountRole: return row.findingCount;
    case SeverityRole: return int(row.worst);
    case ImageIdRole: return row.image;
    default: return {};
    }
}

QVariant HostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case FindingsColumn: return tr("Findings");
    case RiskColumn: return tr("Risk");
    default: return ownHeaders_.value(section - FirstOwnColumn);
    }
}

} // namespace dw::ui
