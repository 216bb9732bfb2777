// The Training page, for workshops: the learner's name, the lessons with their status, and the chosen lesson's
// explanation, goal and hints. "Start lesson" opens its flawed file in a real editor tab; every lint of that tab
// checks the goal again, and the lesson is marked done (and the learner's progress saved) the moment it is met.
// Hints come one at a time, the last one shows the fix. A trainer merges a class's progress files into a summary
// (PDF or CSV) and can add lessons in a folder of YAML files; a malformed one is named, the others load.
#pragma once

#include "training/progress.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

namespace dw::ui {

class EditorArea;
class EditorTab;
class JobRunner;
class LessonListModel;

class TrainingView : public QWidget {
    Q_OBJECT

  public:
    explicit TrainingView(QWidget* parent = nullptr);

    void setEditorArea(EditorArea* editors) { editors_ = editors; }
    void setJobRunner(JobRunner* jobs) { jobs_ = jobs; }
    void setLanguage(findings::Language language);
    /// Where progress files are kept (default: training::defaultProgressDirectory()).
    void setProgressDirectory(const QString& directory);
    /// Loads the built-in lessons and those of `directory` (default: training::defaultLessonDirectory()).
    void loadLessons(const QString& directory = {});

    /// Switches to a learner: their progress is read from the progress directory (a new name starts empty).
    void setLearner(const QString& name);
    QString learner() const;
    void selectLesson(const QString& id);
    QString currentLessonId() const;
    /// Opens the current lesson's starting file in an editor tab (or shows the tab when it is open).
    EditorTab* startLesson();
    /// Reveals the next hint; false when all are shown.
    bool showNextHint();
    /// Puts the starting file back into the lesson's tab (one undo step).
    void startOver();
    /// The goal of the current lesson judged on `text`, updating the page (and the progress when it is met).
    training::GoalState checkText(const std::string& text);
    /// Merges the progress files of `folder` into `out` (.pdf or .csv); false with `error`.
    bool exportClassSummary(const QString& folder, const QString& out, QString& error);

    const training::LearnerProgress& progress() const { return progress_; }
    LessonListModel* model() const { return model_; }
    QTreeView* lessonList() const { return lessonsView_; }
    QTextBrowser* lessonText() const { return lessonText_; }
    QLabel* problemsLabel() const { return problemsLabel_; }
    QLabel* doneBanner() const { return doneBanner_; }

  signals:
    void lessonCompleted(const QString& id);
    void statusMessage(const QString& message);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void render();
    void saveProgress();
    void onTabLinted();
    void chooseClassSummary();
    const training::Lesson* currentLesson() const;
    training::LessonProgress& progressOfCurrent();

    findings::Language language_ = findings::Language::English;
    QString progressDirectory_;
    training::LearnerProgress progress_;
    std::vector<std::string> lessonErrors_;
    std::optional<training::GoalState> goal_;
    QPointer<EditorArea> editors_;
    JobRunner* jobs_ = nullptr;
    QPointer<EditorTab> lessonTab_;
    QString lessonTabId_;

    QLabel* learnerLabel_;
    QLineEdit* learnerEdit_;
    QLabel* summaryLabel_;
    QPushButton* classButton_;
    LessonListModel* model_;
    QSortFilterProxyModel* proxy_;
    QTreeView* lessonsView_;
    QTextBrowser* lessonText_;
    QLabel* doneBanner_;
    QPushButton* startButton_;
    QPushButton* hintButton_;
    QPushButton* resetButton_;
    QLabel* problemsLabel_;
};

} // namespace dw::ui
