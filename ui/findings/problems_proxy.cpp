#include "findings/problems_proxy.h"

#include "findings/problems_model.h"

namespace dw::ui {

ProblemsProxy::ProblemsProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
}

void ProblemsProxy::setSeverityShown(findings::Severity severity, bool shown)
{
    if (shown) hidden_.remove(static_cast<int>(severity));
    else hidden_.insert(static_cast<int>(severity));
    invalidateFilter();
}

bool ProblemsProxy::severityShown(findings::Severity severity) const
{
    return !hidden_.contains(static_cast<int>(severity));
}

void ProblemsProxy::setText(const QString& text)
{
    text_ = text.trimmed();
    invalidateFilter();
}

void ProblemsProxy::setFile(const QString& file)
{
    file_ = file;
    invalidateFilter();
}

void ProblemsProxy::setShowFolded(bool show)
{
    showFolded_ = show;
    invalidateFilter();
}

void ProblemsProxy::setRules(const QSet<QString>& rules)
{
    rules_ = rules;
    invalidateFilter();
}

bool ProblemsProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!rules_.isEmpty() && !rules_.contains(index.data(ProblemsModel::RuleRole).toString())) return false;
    if (hidden_.contains(index.data(ProblemsModel::SeverityRole).toInt())) return false;
    if (!showFolded_ && index.data(ProblemsModel::FoldedRole).toBool()) return false;
    if (!file_.isEmpty() && index.data(ProblemsModel::FileRole).toString() != file_) return false;
    if (!text_.isEmpty() && !index.data(ProblemsModel::SearchTextRole).toString().contains(text_, Qt::CaseInsensitive))
        return false;
    return true;
}

bool ProblemsProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Severity sorts by rank, and position by line then column, not as text.
    if (left.column() == ProblemsModel::SeverityColumn)
        return left.data(ProblemsModel::SeverityRole).toInt() < right.data(ProblemsModel::SeverityRole).toInt();
    if (left.column() == ProblemsModel::LineColumn) {
        const int l = left.data(ProblemsModel::LineRole).toInt(), r = right.data(ProblemsModel::LineRole).toInt();
        if (l != r) return l < r;
        return left.data(ProblemsModel::ColumnRole).toInt() < right.data(ProblemsModel::ColumnRole).toInt();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace dw::ui
