// The file tree of an image after one layer (dive's right-hand pane): name, size, permissions, owner, what the
// layer did to it (added, modified, deleted) and the layer that wrote it. Directories sum their files' sizes.
#pragma once

#include "image/layer_view.h"

#include <QAbstractItemModel>
#include <QSet>

#include <vector>

namespace dw::ui {

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

    /// Rebuilds the tree from a layer view; `findingPaths` are the paths the image's findings are about.
    void setEntries(std::vector<image::LayerViewEntry> entries, const QSet<QString>& findingPaths);
    void clear() { setEntries({}, {}); }
    QModelIndex indexOfPath(const QString& path) const;
    int fileCount() const { return files_; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    struct Node {
        QString name;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        int entry = -1; ///< into entries_, -1 for a directory no layer listed
        quint64 size = 0;
        image::FileChange change = image::FileChange::Unchanged;
        bool wasted = false;
        bool finding = false;
    };
    int childNamed(int parent, const QString& name);

    std::vector<image::LayerViewEntry> entries_;
    std::vector<Node> nodes_; ///< nodes_[0] is the invisible root
    int files_ = 0;
};

} // namespace dw::ui
