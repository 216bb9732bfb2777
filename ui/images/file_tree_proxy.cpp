#include "images/file_tree_proxy.h"

#include "images/file_tree_model.h"

namespace dw::ui {

FileTreeProxy::FileTreeProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(FileTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FileTreeProxy::setNameFilter(const QString& text)
{
    name_ = text.trimmed();
    invalidateFilter();
}

void FileTreeProxy::setChangesOnly(bool only)
{
    changesOnly_ = only;
    invalidateFilter();
}

void FileTreeProxy::setWastedOnly(bool only)
{
    wastedOnly_ = only;
    invalidateFilter();
}

void FileTreeProxy::setFindingsOnly(bool only)
{
    findingsOnly_ = only;
    invalidateFilter();
}

bool FileTreeProxy::isFiltering() const
{
    return !name_.isEmpty() || changesOnly_ || wastedOnly_ || findingsOnly_;
}

bool FileTreeProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Directories are shown through their matching children (recursive filtering), never for themselves.
    if (isFiltering() && index.data(FileTreeModel::IsDirectoryRole).toBool()) return false;
    if (changesOnly_ && index.data(FileTreeModel::ChangeRole).toInt() == int(image::FileChange::Unchanged)) return false;
    if (wastedOnly_ && !index.data(FileTreeModel::WastedRole).toBool()) return false;
    if (findingsOnly_ && !index.data(FileTreeModel::FindingRole).toBool()) return false;
    if (!name_.isEmpty() && !index.data(FileTreeModel::PathRole).toString().contains(name_, Qt::CaseInsensitive)) return false;
    return true;
}

} // namespace dw::ui
