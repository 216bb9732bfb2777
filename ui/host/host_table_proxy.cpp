#include "host/host_table_proxy.h"

#include "host/host_table_model.h"

namespace dw::ui {

HostTableProxy::HostTableProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(HostTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void HostTableProxy::setSearchText(const QString& text)
{
    search_ = text.trimmed();
    invalidateFilter();
}

void HostTableProxy::setFindingsOnly(bool only)
{
    findingsOnly_ = only;
    invalidateFilter();
}

void HostTableProxy::setImageFilter(const QString& imageId)
{
    imageId_ = imageId;
    invalidateFilter();
}

bool HostTableProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (findingsOnly_ && index.data(HostTableModel::FindingCountRole).toInt() == 0) return false;
    if (!imageId_.isEmpty() && index.data(HostTableModel::ImageIdRole).toString() != imageId_) return false;
    if (search_.isEmpty()) return true;
    const QString haystack = index.data(HostTableModel::SearchTextRole).toString();
    const auto words = search_.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words)
        if (!haystack.contains(word, Qt::CaseInsensitive)) return false;
    return true;
}

} // namespace dw::ui
