#include "images/file_tree_model.h"

#include "findings/severity_style.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace dw::ui {

FileTreeModel::FileTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

namespace {

int childNamed(FileTree& tree, int parent, const QString& name)
{
    FileTree::Node node;
    node.name = name;
    node.parent = parent;
    node.row = int(tree.nodes[std::size_t(parent)].children.size());
    const int id = int(tree.nodes.size());
    tree.nodes.push_back(std::move(node));
    tree.nodes[std::size_t(parent)].children.push_back(id);
    return id;
}

} // namespace

std::shared_ptr<FileTree> FileTreeModel::build(std::vector<image::LayerViewEntry> entries, const QSet<QString>& findingPaths)
{
    auto tree = std::make_shared<FileTree>();
    tree->entries = std::move(entries);
    const auto& list = tree->entries;
    // Deleted entries come after the live ones; sort them in so every directory is walked once.
    std::vector<std::size_t> order(list.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&list](std::size_t a, std::size_t b) { return list[a].path < list[b].path; });
    QHash<QString, int> nodeOfPath;
    nodeOfPath.reserve(qsizetype(list.size()));
    tree->nodes.reserve(list.size() + 1);
    for (const std::size_t at : order) {
        const image::LayerViewEntry& entry = list[at];
        const QString path = QString::fromStdString(entry.path);
        int node = 0;
        qsizetype start = 0;
        while (start < path.size()) {
            qsizetype slash = path.indexOf(QLatin1Char('/'), start);
            if (slash < 0) slash = path.size();
            if (slash > start) {
                const QString prefix = path.left(slash);
                auto found = nodeOfPath.constFind(prefix);
                if (found == nodeOfPath.constEnd()) found = nodeOfPath.insert(prefix, childNamed(*tree, node, path.mid(start, slash - start)));
                node = found.value();
            }
            start = slash + 1;
        }
        if (node == 0) continue;
        FileTree::Node& leaf = tree->nodes[std::size_t(node)];
        leaf.entry = int(at);
        leaf.change = entry.change;
        if (entry.kind != image::EntryKind::Directory) {
            ++tree->files;
            leaf.size = entry.size;
            leaf.wasted = entry.wasted;
        }
        leaf.finding = findingPaths.contains(path);
    }
    // Sizes, changes, waste and findings roll up to the directories (children come after their parents).
    for (std::size_t id = tree->nodes.size() - 1; id > 0; --id) {
        const FileTree::Node& node = tree->nodes[id];
        FileTree::Node& parent = tree->nodes[std::size_t(node.parent)];
        if (node.change != image::FileChange::Deleted) parent.size += node.size;
        if (node.wasted) parent.wasted = true;
        if (node.finding) parent.finding = true;
        // A directory with changes below it is modified (unless the layer made the directory itself).
        if (node.change != image::FileChange::Unchanged && parent.change == image::FileChange::Unchanged && node.parent > 0)
            parent.change = image::FileChange::Modified;
    }
    return tree;
}

void FileTreeModel::setTree(std::shared_ptr<FileTree> tree)
{
    beginResetModel();
    tree_ = tree ? std::move(tree) : std::make_shared<FileTree>();
    endResetModel();
}

QModelIndex FileTreeModel::indexOfPath(const QString& path) const
{
    int node = 0;
    for (const QString& part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        int next = -1;
        for (const int child : tree_->nodes[std::size_t(node)].children)
            if (tree_->nodes[std::size_t(child)].name == part) next = child;
        if (next < 0) return {};
        node = next;
    }
    return node == 0 ? QModelIndex() : createIndex(tree_->nodes[std::size_t(node)].row, 0, quintptr(node));
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0)) return {};
    const auto& children = tree_->nodes[parent.isValid() ? std::size_t(parent.internalId()) : 0].children;
    if (row >= int(children.size())) return {};
    return createIndex(row, column, quintptr(children[std::size_t(row)]));
}

QModelIndex FileTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) return {};
    const int parent = tree_->nodes[std::size_t(child.internalId())].parent;
    if (parent <= 0) return {};
    return createIndex(tree_->nodes[std::size_t(parent)].row, 0, quintptr(parent));
}

int FileTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) return 0;
    return int(tree_->nodes[parent.isValid() ? std::size_t(parent.internalId()) : 0].children.size());
}

int FileTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FileTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) return {};
    const Node& node = tree_->nodes[std::size_t(index.internalId())];
    const image::LayerViewEntry* entry = node.entry >= 0 ? &tree_->entries[std::size_t(node.entry)] : nullptr;
    const bool directory = !entry || entry->kind == image::EntryKind::Directory;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (entry && entry->kind == image::EntryKind::Symlink)
                return QString(node.name + QStringLiteral(" → ") + QString::fromStdString(entry->linkTarget));
            return node.name;
        case SizeColumn: return QLocale().formattedDataSize(qint64(node.size));
        case PermissionsColumn: return entry ? QString::fromStdString(image::permissionText(entry->kind, entry->mode)) : QString();
        case OwnerColumn: return entry ? QStringLiteral("%1:%2").arg(entry->uid).arg(entry->gid) : QString();
        case ChangeColumn:
            switch (node.change) {
            case image::FileChange::Added: return tr("added");
            case image::FileChange::Modified: return tr("modified");
            case image::FileChange::Deleted: return tr("deleted");
            case image::FileChange::Unchanged: return QString();
            }
            return {};
        case LayerColumn: return entry && !directory ? QVariant(qulonglong(entry->layer)) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        switch (node.change) {
        case image::FileChange::Added: return QBrush(severityColor(findings::Severity::Info));
        case image::FileChange::Modified: return QBrush(severityColor(findings::Severity::Warning));
        case image::FileChange::Deleted: return QBrush(severityColor(findings::Severity::Error));
        case image::FileChange::Unchanged: return {};
        }
        return {};
    case Qt::FontRole:
        if (node.change == image::FileChange::Deleted || node.finding) {
            QFont font;
            font.setStrikeOut(node.change == image::FileChange::Deleted && !directory);
            font.setBold(node.finding);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn && node.finding && !directory) return severityIcon(findings::Severity::Warning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == LayerColumn) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PathRole: {
        QStringList parts;
        for (int at = int(index.internalId()); at > 0; at = tree_->nodes[std::size_t(at)].parent) parts.prepend(tree_->nodes[std::size_t(at)].name);
        return parts.join(QLatin1Char('/'));
    }
    case ChangeRole: return int(node.change);
    case WastedRole: return node.wasted;
    case FindingRole: return node.finding;
    case IsDirectoryRole: return directory;
    case SortRole:
        switch (index.column()) {
        case SizeColumn: return qulonglong(node.size);
        case LayerColumn: return entry ? qulonglong(entry->layer) : 0ULL;
        default: return data(index, Qt::DisplayRole);
        }
    default: return {};
    }
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case SizeColumn: return tr("Size");
    case PermissionsColumn: return tr("Permissions");
    case OwnerColumn: return tr("Owner");
    case ChangeColumn: return tr("Change");
    case LayerColumn: return tr("Layer");
    }
    return {};
}

} // namespace dw::ui
