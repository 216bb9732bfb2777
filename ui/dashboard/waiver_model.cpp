#include "dashboard/waiver_model.h"

#include "findings/severity_style.h"

#include <QBrush>

#include <algorithm>

namespace dw::ui {

WaiverModel::WaiverModel(QObject* parent) : QAbstractTableModel(parent) {}

void WaiverModel::setWaivers(std::vector<findings::Waiver> waivers)
{
    beginResetModel();
    waivers_ = std::move(waivers);
    endResetModel();
}

void WaiverModel::setToday(QDate today)
{
    beginResetModel();
    today_ = today;
    endResetModel();
}

WaiverModel::Status WaiverModel::statusOf(const findings::Waiver& waiver) const
{
    if (waiver.expires.empty()) return Status::NoEnd;
    const QDate last = QDate::fromString(QString::fromStdString(waiver.expires), Qt::ISODate);
    if (!last.isValid() || last < today_) return Status::Expired;
    return today_.daysTo(last) <= 14 ? Status::ExpiresSoon : Status::Active;
}

int WaiverModel::count(Status status) const
{
    return int(std::count_if(waivers_.begin(), waivers_.end(), [&](const auto& waiver) { return statusOf(waiver) == status; }));
}

int WaiverModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(waivers_.size());
}

int WaiverModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaiverModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const findings::Waiver& waiver = waivers_[std::size_t(index.row())];
    const Status status = statusOf(waiver);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RuleColumn: return QString::fromStdString(waiver.rule);
        case TargetColumn: return waiver.target.empty() ? tr("(everything)") : QString::fromStdString(waiver.target);
        case ReasonColumn: return QString::fromStdString(waiver.reason);
        case ExpiresColumn: return waiver.expires.empty() ? tr("no end") : QString::fromStdString(waiver.expires);
        case StatusColumn:
            switch (status) {
            case Status::NoEnd: return tr("in effect, no end");
            case Status::Active: return tr("in effect");
            case Status::ExpiresSoon: return tr("expires in %n day(s)", nullptr,
                                                int(today_.daysTo(QDate::fromString(QString::fromStdString(waiver.expires), Qt::ISODate))));
            case Status::Expired: return tr("expired: the finding is reported again");
            }
        }
        return {};
    case Qt::ForegroundRole:
        if (status == Status::Expired) return QBrush(severityColor(findings::Severity::Error));
        if (status == Status::ExpiresSoon) return QBrush(severityColor(findings::Severity::Warning));
        return {};
    case Qt::ToolTipRole: return QString::fromStdString(waiver.origin);
    case StatusRole: return int(status);
    default: return {};
    }
}

QVariant WaiverModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case RuleColumn: return tr("Rule");
    case TargetColumn: return tr("Applies to");
    case ReasonColumn: return tr("Reason");
    case ExpiresColumn: return tr("Last day");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace dw::ui
