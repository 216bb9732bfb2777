// The inspect data of a host object as a tree (key, value), secrets redacted until the user reveals one value.
// The raw JSON shown beside the tree is the same document with the same values revealed.
#pragma once

#include "engine/inspect_secrets.h"

#include <QAbstractItemModel>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace dw::ui {

class InspectTreeModel : public QAbstractItemModel {
    Q_OBJECT

  public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role {
        SecretRole = Qt::UserRole + 1, ///< true for a value that holds a secret
        RevealedRole,                  ///< true once the user revealed it
        PointerRole,                   ///< the JSON pointer of the node
    };

    explicit InspectTreeModel(QObject* parent = nullptr);

    /// Shows `document` (the daemon's inspect answer); empty clears.
    void setDocument(nlohmann::json document);
    void clear();
    /// Shows the secret at `index` as the daemon sent it. False when it is not a secret.
    bool reveal(const QModelIndex& index);
    /// Hides every revealed value again.
    void hideAll();
    int secretCount() const { return int(secrets_.size()); }
    int revealedCount() const { return int(revealed_.size()); }
    /// The document as indented JSON, secrets redacted except the revealed ones.
    QString jsonText() const;
    /// The index of the node at a JSON pointer ("/Config/Env/0"), for tests and "go to".
    QModelIndex indexOfPointer(const QString& pointer) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  signals:
    void revealedChanged();

  private:
    struct Node {
        QString key;
        QString value;       ///< scalars as text, containers as "{3}" / "[2]"
        std::string pointer;
        int parent = -1;
        int row = 0;         ///< index among its parent's children
        std::vector<int> children;
        int secret = -1;     ///< index into secrets_
    };
    int build(const nlohmann::json& node, const QString& key, const std::string& pointer, int parent, int row, int depth);

    nlohmann::json document_;
    std::vector<engine::InspectSecret> secrets_;
    std::set<std::string> revealed_;
    std::vector<Node> nodes_; ///< nodes_[0] is the invisible root
};

} // namespace dw::ui
