// The training lessons as a table: title (with a tick when done), what the learner edits (Dockerfile, Compose,
// docker run), and the learner's status (done, hints taken, not started); behind a proxy in the Training view.
#pragma once

#include "training/progress.h"

#include <QAbstractTableModel>

#include <vector>

namespace dw::ui {

class LessonListModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { TitleColumn, KindColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DoneRole, OrderRole };

    explicit LessonListModel(QObject* parent = nullptr);

    void setLessons(std::vector<training::Lesson> lessons);
    const std::vector<training::Lesson>& lessons() const { return lessons_; }
    /// The lesson of a row, or null.
    const training::Lesson* lessonAt(int row) const;
    int rowOf(const QString& id) const;
    void setProgress(const training::LearnerProgress& progress);
    void setLanguage(findings::Language language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    const training::LessonProgress* progressOf(const training::Lesson& lesson) const;

    std::vector<training::Lesson> lessons_;
    training::LearnerProgress progress_;
    findings::Language language_ = findings::Language::English;
};

} // namespace dw::ui
