#include "host/object_findings_model.h"

#include "findings/problems_model.h"
#include "findings/severity_style.h"

#include <algorithm>

namespace dw::ui {

ObjectFindingsModel::ObjectFindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ObjectFindingsModel::setFindings(std::shared_ptr<const scan::ScanReport> report, const std::vector<std::size_t>& indices)
{
    beginResetModel();
    report_ = std::move(report);
    indices_.clear();
    if (report_)
        for (const std::size_t index : indices)
            if (index < report_->findings.size() && report_->findings[index].sameAs.empty()) indices_.push_back(index);
    // The most severe first; within a severity, the report's order (by rule).
    std::stable_sort(indices_.begin(), indices_.end(), [this](std::size_t a, std::size_t b) {
        return int(report_->findings[a].severity) < int(report_->findings[b].severity);
    });
    endResetModel();
}

void ObjectFindingsModel::setLanguage(findings::Language language)
{
    if (language_ == language) return;
    language_ = language;
    if (!indices_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const findings::Finding* ObjectFindingsModel::findingAt(int row) const
{
    if (!report_ || row < 0 || row >= rowCount()) return nullptr;
    return &report_->findings[indices_[std::size_t(row)]];
}

int ObjectFindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(indices_.size());
}

int ObjectFindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectFindingsModel::data(const QModelIndex& index, int role) const
{
    const findings::Finding* finding = index.isValid() ? findingAt(index.row()) : nullptr;
    if (!finding) return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityDisplayName(finding->severity);
        case RuleColumn: return QString::fromStdString(finding->rule);
        case MessageColumn: {
            const std::string& message = finding->message.in(language_);
            return QString::fromStdString(message.empty() ? findings::titleOf(*finding).in(language_) : message);
        }
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(finding->severity)) : QVariant();
    case Qt::ToolTipRole:
        return QString::fromStdString(findings::titleOf(*finding).in(language_));
    case SeverityRole: return int(finding->severity);
    case RuleRole: return QString::fromStdString(finding->rule);
    default: return {};
    }
}

QVariant ObjectFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case RuleColumn: return tr("Rule");
    case MessageColumn: return tr("Finding");
    }
    return {};
}

} // namespace dw::ui
