// The file tree of an image after one layer (dive's right-hand pane): name, size, permissions, owner, what the
// layer did to it (added, modified, deleted) and the layer that wrote it. Directories sum their files' sizes.
#pragma once

#include "image/layer_view.h"

#include <QAbstractItemModel>
#include <QSet>

#include <memory>
#include <vector>

namespace dw::ui {

/// A built file tree: what the model shows. Built off the GUI thread (a large image has tens of thousands of
/// paths), then handed to the model in one swap.
struct FileTree {
    struct Node {
        QString name;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        int entry = -1; ///< into entries, -1 for a directory no layer listed
        quint64 size = 0;
        image::FileChange change = image::FileChange::Unchanged;
        bool wasted = false;
        bool finding = false;
    };
    std::vector<image::LayerViewEntry> entries;
    std::vector<Node> nodes{Node{}}; ///< nodes[0] is the invisible root
    int files = 0;
};

class FileTreeModel : public QAbstractItemModel {
    Q_OBJECT

  public:
    enum Column { NameColumn, SizeColumn, PermissionsColumn, OwnerColumn, ChangeColumn, LayerColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< the path inside the image, no leading '/'
        ChangeRole,                  ///< int(image::FileChange); for a directory, the strongest change below it
        WastedRole,                  ///< a file whose bytes the final image does not show (or a directory holding one)
        FindingRole,                 ///< a finding is about this path (or about one below it)
        SortRole,
        IsDirectoryRole,
    };

    explicit FileTreeModel(QObject* parent = nullptr);

    /// Builds a tree from a layer view; `findingPaths` are the paths the image's findings are about. Thread-safe.
    static std::shared_ptr<FileTree> build(std::vector<image::LayerViewEntry> entries, const QSet<QString>& findingPaths);
    /// Shows a built tree.
    void setTree(std::shared_ptr<FileTree> tree);
    /// build() and setTree() at once (small trees, tests).
    void setEntries(std::vector<image::LayerViewEntry> entries, const QSet<QString>& findingPaths)
    {
        setTree(build(std::move(entries), findingPaths));
    }
    void clear() { setEntries({}, {}); }
    QModelIndex indexOfPath(const QString& path) const;
    int fileCount() const { return tree_->files; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    using Node = FileTree::Node;
    std::shared_ptr<FileTree> tree_ = std::make_shared<FileTree>();
};

} // namespace dw::ui
