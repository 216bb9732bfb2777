#include "editor/outline_model.h"

#include "dockerfile/ast.h"

namespace dw::ui {

OutlineModel::OutlineModel(QObject* parent) : QAbstractListModel(parent) {}

void OutlineModel::setDocument(std::shared_ptr<const df::Dockerfile> file)
{
    std::vector<language::OutlineEntry> entries = file ? language::outline(*file) : std::vector<language::OutlineEntry>{};
    const bool sameShape = entries.size() == entries_.size() && items_.empty();
    file_ = std::move(file);
    if (sameShape) {
        // Same stages as before (the usual case while typing): update in place, so the selection stays.
        entries_ = std::move(entries);
        if (!entries_.empty()) emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    entries_ = std::move(entries);
    items_.clear();
    endResetModel();
}

void OutlineModel::setItems(std::vector<scan::OutlineItem> items)
{
    if (!file_ && entries_.empty() && items.size() == items_.size()) {
        items_ = std::move(items);
        if (!items_.empty()) emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    file_.reset();
    entries_.clear();
    items_ = std::move(items);
    endResetModel();
}

int OutlineModel::rowOfOffset(std::size_t offset) const
{
    for (std::size_t i = 0; i < items_.size(); ++i)
        if (items_[i].span.offset <= offset && offset <= items_[i].span.endOffset) return static_cast<int>(i);
    if (!file_) return -1;
    const int stage = language::stageAt(*file_, offset);
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].stage == stage) return static_cast<int>(i);
    return -1;
}

int OutlineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(entries_.size() + items_.size());
}

QVariant OutlineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    if (!items_.empty()) {
        const scan::OutlineItem& item = items_[static_cast<std::size_t>(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return item.detail.empty() ? QString::fromStdString(item.name)
                                       : tr("%1  ←  %2").arg(QString::fromStdString(item.name), QString::fromStdString(item.detail));
        case Qt::ToolTipRole:
            return tr("Lines %1–%2").arg(item.span.line).arg(item.span.endLine);
        case OffsetRole:
            return qulonglong(item.span.offset);
        case StageRole:
            return index.row();
        }
        return {};
    }
    const language::OutlineEntry& entry = entries_[static_cast<std::size_t>(index.row())];
    const QString name = entry.name.empty() ? tr("stage %1").arg(entry.stage) : QString::fromStdString(entry.name);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  ←  %2").arg(name, QString::fromStdString(entry.image));
    case Qt::ToolTipRole:
        return tr("Stage %1, lines %2–%3").arg(entry.stage).arg(entry.range.start.line).arg(entry.range.end.line);
    case OffsetRole:
        return qulonglong(entry.range.start.offset);
    case StageRole:
        return entry.stage;
    }
    return {};
}

} // namespace dw::ui
