#include "host/inspect_tree_model.h"

#include <QFont>

#include <unordered_map>

namespace dw::ui {
namespace {

constexpr int kMaxDepth = 64;

QString scalarText(const nlohmann::json& node)
{
    if (node.is_string()) return QString::fromStdString(node.get_ref<const std::string&>());
    if (node.is_null()) return QStringLiteral("null");
    return QString::fromStdString(node.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string pointerToken(const std::string& key)
{
    std::string escaped;
    for (const char c : key) {
        if (c == '~') escaped += "~0";
        else if (c == '/') escaped += "~1";
        else escaped += c;
    }
    return escaped;
}

} // namespace

InspectTreeModel::InspectTreeModel(QObject* parent) : QAbstractItemModel(parent)
{
    nodes_.push_back({});
}

void InspectTreeModel::clear()
{
    setDocument(nlohmann::json());
}

void InspectTreeModel::setDocument(nlohmann::json document)
{
    beginResetModel();
    document_ = std::move(document);
    secrets_ = engine::findInspectSecrets(document_);
    revealed_.clear();
    nodes_.clear();
    nodes_.push_back({});
    if (document_.is_object() || document_.is_array()) {
        std::vector<int> top;
        int row = 0;
        if (document_.is_object())
            for (auto it = document_.begin(); it != document_.end(); ++it)
                top.push_back(build(it.value(), QString::fromStdString(it.key()), "/" + pointerToken(it.key()), 0, row++, 1));
        else
            for (std::size_t i = 0; i < document_.size(); ++i)
                top.push_back(build(document_[i], QString::number(i), "/" + std::to_string(i), 0, row++, 1));
        nodes_[0].children = std::move(top);
    }
    std::unordered_map<std::string, int> secretAt;
    for (std::size_t i = 0; i < secrets_.size(); ++i) secretAt.emplace(secrets_[i].pointer, int(i));
    for (Node& node : nodes_)
        if (const auto found = secretAt.find(node.pointer); found != secretAt.end() && !node.pointer.empty())
            node.secret = found->second;
    endResetModel();
    emit revealedChanged();
}

int InspectTreeModel::build(const nlohmann::json& node, const QString& key, const std::string& pointer, int parent,
                            int row, int depth)
{
    const int self = int(nodes_.size());
    nodes_.push_back({});
    nodes_[std::size_t(self)].key = key;
    nodes_[std::size_t(self)].pointer = pointer;
    nodes_[std::size_t(self)].parent = parent;
    nodes_[std::size_t(self)].row = row;
    if (node.is_object() || node.is_array()) {
        nodes_[std::size_t(self)].value = node.is_object() ? QStringLiteral("{%1}").arg(node.size())
                                                           : QStringLiteral("[%1]").arg(node.size());
        if (depth >= kMaxDepth) return self;
        std::vector<int> children;
        int childRow = 0;
        if (node.is_object())
            for (auto it = node.begin(); it != node.end(); ++it)
                children.push_back(build(it.value(), QString::fromStdString(it.key()), pointer + "/" + pointerToken(it.key()),
                                         self, childRow++, depth + 1));
        else
            for (std::size_t i = 0; i < node.size(); ++i)
                children.push_back(build(node[i], QString::number(i), pointer + "/" + std::to_string(i), self, childRow++,
                                         depth + 1));
        nodes_[std::size_t(self)].children = std::move(children);
        return self;
    }
    nodes_[std::size_t(self)].value = scalarText(node);
    return self;
}

bool InspectTreeModel::reveal(const QModelIndex& index)
{
    if (!index.isValid()) return false;
    const Node& node = nodes_[std::size_t(index.internalId())];
    if (node.secret < 0 || revealed_.count(node.pointer)) return false;
    revealed_.insert(node.pointer);
    const QModelIndex value = createIndex(index.row(), ValueColumn, index.internalId());
    emit dataChanged(index.siblingAtColumn(KeyColumn), value);
    emit revealedChanged();
    return true;
}

void InspectTreeModel::hideAll()
{
    if (revealed_.empty()) return;
    beginResetModel();
    revealed_.clear();
    endResetModel();
    emit revealedChanged();
}

QString InspectTreeModel::jsonText() const
{
    if (document_.is_null()) return {};
    return QString::fromStdString(engine::redactedInspect(document_, secrets_, revealed_)
                                      .dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

QModelIndex InspectTreeModel::indexOfPointer(const QString& pointer) const
{
    const std::string wanted = pointer.toStdString();
    for (std::size_t i = 1; i < nodes_.size(); ++i)
        if (nodes_[i].pointer == wanted) return createIndex(nodes_[i].row, KeyColumn, quintptr(i));
    return {};
}

QModelIndex InspectTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    const std::size_t parentNode = parent.isValid() ? std::size_t(parent.internalId()) : 0;
    if (parent.isValid() && parent.column() != 0) return {};
    const auto& children = nodes_[parentNode].children;
    if (row >= int(children.size())) return {};
    return createIndex(row, column, quintptr(children[std::size_t(row)]));
}

QModelIndex InspectTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) return {};
    const int parentNode = nodes_[std::size_t(child.internalId())].parent;
    if (parentNode <= 0) return {};
    return createIndex(nodes_[std::size_t(parentNode)].row, 0, quintptr(parentNode));
}

int InspectTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) return 0;
    const std::size_t node = parent.isValid() ? std::size_t(parent.internalId()) : 0;
    return int(nodes_[node].children.size());
}

int InspectTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant InspectTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) return {};
    const Node& node = nodes_[std::size_t(index.internalId())];
    const engine::InspectSecret* secret = node.secret >= 0 ? &secrets_[std::size_t(node.secret)] : nullptr;
    const bool revealed = secret && revealed_.count(node.pointer);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn) return node.key;
        if (secret) return QString::fromStdString(revealed ? secret->original : secret->redacted);
        return node.value;
    case Qt::ToolTipRole:
        if (secret && !revealed) return tr("Redacted: it looks like a secret. Double-click or use the context menu to reveal it.");
        return index.column() == ValueColumn ? node.value.left(2000) : QVariant();
    case Qt::FontRole:
        if (secret && index.column() == ValueColumn) {
            QFont italic;
            italic.setItalic(!revealed);
            return italic;
        }
        return {};
    case SecretRole: return secret != nullptr;
    case RevealedRole: return revealed;
    case PointerRole: return QString::fromStdString(node.pointer);
    default: return {};
    }
}

QVariant InspectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == KeyColumn ? tr("Key") : tr("Value");
}

} // namespace dw::ui
