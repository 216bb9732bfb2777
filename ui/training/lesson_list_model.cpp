#include "training/lesson_list_model.h"

#include <QApplication>
#include <QStyle>

namespace dw::ui {

LessonListModel::LessonListModel(QObject* parent) : QAbstractTableModel(parent) {}

void LessonListModel::setLessons(std::vector<training::Lesson> lessons)
{
    beginResetModel();
    lessons_ = std::move(lessons);
    endResetModel();
}

const training::Lesson* LessonListModel::lessonAt(int row) const
{
    return row >= 0 && row < int(lessons_.size()) ? &lessons_[std::size_t(row)] : nullptr;
}

int LessonListModel::rowOf(const QString& id) const
{
    for (std::size_t row = 0; row < lessons_.size(); ++row)
        if (QString::fromStdString(lessons_[row].id) == id) return int(row);
    return -1;
}

void LessonListModel::setProgress(const training::LearnerProgress& progress)
{
    progress_ = progress;
    if (!lessons_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LessonListModel::setLanguage(findings::Language language)
{
    language_ = language;
    if (!lessons_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const training::LessonProgress* LessonListModel::progressOf(const training::Lesson& lesson) const
{
    const auto found = progress_.lessons.find(lesson.id);
    return found == progress_.lessons.end() ? nullptr : &found->second;
}

int LessonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(lessons_.size());
}

int LessonListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LessonListModel::data(const QModelIndex& index, int role) const
{
    const training::Lesson* lesson = index.isValid() ? lessonAt(index.row()) : nullptr;
    if (!lesson) return {};
    const training::LessonProgress* progress = progressOf(*lesson);
    const bool done = progress && progress->done;
    switch (role) {
    case IdRole: return QString::fromStdString(lesson->id);
    case DoneRole: return done;
    case OrderRole: return lesson->order;
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return QApplication::style()->standardIcon(done ? QStyle::SP_DialogApplyButton : QStyle::SP_FileIcon);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) return QString::fromStdString(lesson->source);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return QString::fromStdString(lesson->title.in(language_));
        case KindColumn:
            switch (lesson->kind) {
            case training::LessonKind::Dockerfile: return QStringLiteral("Dockerfile");
            case training::LessonKind::Compose: return QStringLiteral("Compose");
            case training::LessonKind::Shell: return QStringLiteral("docker run");
            }
            return {};
        case StatusColumn:
            if (done) return tr("Done");
            if (progress && progress->hintsShown > 0) return tr("%n hint(s) taken", nullptr, progress->hintsShown);
            if (progress) return tr("Started");
            return tr("Not started");
        }
        return {};
    }
    return {};
}

QVariant LessonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TitleColumn: return tr("Lesson");
    case KindColumn: return tr("File");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace dw::ui
