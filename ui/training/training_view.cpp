#include "training/training_view.h"

#include "editor/dockerfile_editor.h"
#include "editor/editor_area.h"
#include "editor/editor_tab.h"
#include "findings/catalogue.h"
#include "training/lesson_list_model.h"
#include "jobs/job_runner.h"
#include "util/file_io.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <ctime>

namespace dw::ui {
namespace {

QString fromStd(const std::string& text) { return QString::fromStdString(text); }

/// A lesson text as HTML: paragraphs, `code`, and lines indented by four spaces as a code block.
QString lessonHtml(const std::string& text)
{
    QString html;
    QStringList code;
    QString paragraph;
    auto flushParagraph = [&] {
        if (paragraph.trimmed().isEmpty()) return;
        QString escaped = paragraph.trimmed().toHtmlEscaped();
        escaped.replace(QRegularExpression(QStringLiteral("`([^`]+)`")), QStringLiteral("<code>\\1</code>"));
        html += QStringLiteral("<p>") + escaped + QStringLiteral("</p>");
        paragraph.clear();
    };
    auto flushCode = [&] {
        if (code.isEmpty()) return;
        html += QStringLiteral("<pre>") + code.join(QLatin1Char('\n')).toHtmlEscaped() + QStringLiteral("</pre>");
        code.clear();
    };
    for (const QString& line : fromStd(text).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("    "))) {
            flushParagraph();
            code << line.mid(4);
        } else if (line.trimmed().isEmpty()) {
            flushParagraph();
            flushCode();
        } else {
            flushCode();
            paragraph += line + QLatin1Char(' ');
        }
    }
    flushParagraph();
    flushCode();
    return html;
}

} // namespace

TrainingView::TrainingView(QWidget* parent)
    : QWidget(parent), progressDirectory_(fromStd(training::defaultProgressDirectory())),
      learnerLabel_(new QLabel(this)), learnerEdit_(new QLineEdit(this)), summaryLabel_(new QLabel(this)),
      classButton_(new QPushButton(this)), model_(new LessonListModel(this)), proxy_(new QSortFilterProxyModel(this)),
      lessonsView_(new QTreeView(this)), lessonText_(new QTextBrowser(this)), doneBanner_(new QLabel(this)),
      startButton_(new QPushButton(this)), hintButton_(new QPushButton(this)), resetButton_(new QPushButton(this)),
      problemsLabel_(new QLabel(this))
{
    learnerEdit_->setObjectName(QStringLiteral("learnerName"));
    learnerEdit_->setClearButtonEnabled(true);
    learnerLabel_->setBuddy(learnerEdit_);
    auto* top = new QHBoxLayout;
    top->addWidget(learnerLabel_);
    top->addWidget(learnerEdit_, 1);
    top->addWidget(summaryLabel_, 1);
    top->addWidget(classButton_);

    proxy_->setSourceModel(model_);
    proxy_->setSortRole(LessonListModel::OrderRole);
    lessonsView_->setObjectName(QStringLiteral("lessonList"));
    lessonsView_->setModel(proxy_);
    lessonsView_->setRootIsDecorated(false);
    lessonsView_->setUniformRowHeights(true);
    lessonsView_->setSortingEnabled(false);
    lessonsView_->header()->setStretchLastSection(false);
    lessonsView_->header()->setSectionResizeMode(LessonListModel::TitleColumn, QHeaderView::Stretch);
    lessonsView_->header()->setSectionResizeMode(LessonListModel::KindColumn, QHeaderView::ResizeToContents);
    lessonsView_->header()->setSectionResizeMode(LessonListModel::StatusColumn, QHeaderView::ResizeToContents);

    lessonText_->setObjectName(QStringLiteral("lessonText"));
    lessonText_->setOpenLinks(false);
    doneBanner_->setObjectName(QStringLiteral("lessonDone"));
    doneBanner_->setWordWrap(true);
    doneBanner_->setStyleSheet(QStringLiteral("QLabel { background: #2e7d32; color: white; padding: 6px; border-radius: 4px; }"));
    doneBanner_->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(startButton_);
    buttons->addWidget(hintButton_);
    buttons->addWidget(resetButton_);
    buttons->addStretch(1);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(doneBanner_);
    detailLayout->addWidget(lessonText_, 1);
    detailLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(lessonsView_);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    problemsLabel_->setObjectName(QStringLiteral("lessonProblems"));
    problemsLabel_->setWordWrap(true);
    problemsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemsLabel_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(problemsLabel_);

    connect(learnerEdit_, &QLineEdit::editingFinished, this, [this] {
        if (learnerEdit_->text().trimmed() != fromStd(progress_.learner)) setLearner(learnerEdit_->text());
    });
    connect(lessonsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        goal_.reset();
        render();
    });
    connect(lessonsView_, &QTreeView::activated, this, [this] { startLesson(); });
    connect(startButton_, &QPushButton::clicked, this, [this] { startLesson(); });
    connect(hintButton_, &QPushButton::clicked, this, [this] { showNextHint(); });
    connect(resetButton_, &QPushButton::clicked, this, &TrainingView::startOver);
    connect(classButton_, &QPushButton::clicked, this, &TrainingView::chooseClassSummary);
    retranslate();
}

void TrainingView::setLanguage(findings::Language language)
{
    language_ = language;
    model_->setLanguage(language);
    render();
}

void TrainingView::setProgressDirectory(const QString& directory)
{
    progressDirectory_ = directory;
    if (!progress_.learner.empty()) setLearner(fromStd(progress_.learner));
}

void TrainingView::loadLessons(const QString& directory)
{
    training::LessonSet set = training::loadLessonsWith(directory.isEmpty() ? training::defaultLessonDirectory()
                                                                            : directory.toStdString());
    lessonErrors_ = std::move(set.errors);
    const QString current = currentLessonId();
    model_->setLessons(std::move(set.lessons));
    proxy_->sort(0);
    selectLesson(current.isEmpty() && model_->rowCount() > 0 ? fromStd(model_->lessons().front().id) : current);
    retranslate();
}

void TrainingView::setLearner(const QString& name)
{
    const QString trimmed = name.trimmed();
    training::LearnerProgress progress;
    progress.learner = trimmed.toStdString();
    if (!trimmed.isEmpty()) {
        std::string error;
        const std::string path = QDir(progressDirectory_).filePath(fromStd(training::progressFileName(progress.learner))).toStdString();
        if (QFile::exists(fromStd(path))) {
            if (auto loaded = training::loadProgress(path, error)) progress = std::move(*loaded);
            else emit statusMessage(tr("The progress of %1 cannot be read: %2").arg(trimmed, fromStd(error)));
        }
    }
    progress_ = std::move(progress);
    if (learnerEdit_->text() != trimmed) learnerEdit_->setText(trimmed);
    model_->setProgress(progress_);
    retranslate();
}

QString TrainingView::learner() const { return fromStd(progress_.learner); }

void TrainingView::selectLesson(const QString& id)
{
    const int row = model_->rowOf(id);
    if (row < 0) return;
    lessonsView_->setCurrentIndex(proxy_->mapFromSource(model_->index(row, 0)));
}

const training::Lesson* TrainingView::currentLesson() const
{
    const QModelIndex index = proxy_->mapToSource(lessonsView_->currentIndex());
    return index.isValid() ? model_->lessonAt(index.row()) : nullptr;
}

QString TrainingView::currentLessonId() const
{
    const training::Lesson* lesson = currentLesson();
    return lesson ? fromStd(lesson->id) : QString();
}

training::LessonProgress& TrainingView::progressOfCurrent() { return progress_.lessons[currentLesson()->id]; }

EditorTab* TrainingView::startLesson()
{
    const training::Lesson* lesson = currentLesson();
    if (!lesson || !editors_) return nullptr;
    const QString name = tr("Lesson %1 · %2").arg(model_->rowOf(fromStd(lesson->id)) + 1).arg(fromStd(lesson->fileName));
    EditorTab* tab = editors_->tabFor(name);
    if (!tab) {
        tab = editors_->newUntitled({}, name);
        tab->editor()->setFileType(lesson->kind == training::LessonKind::Dockerfile ? scan::FileType::Dockerfile
                                   : lesson->kind == training::LessonKind::Compose  ? scan::FileType::Compose
                                                                                     : scan::FileType::Shell);
        tab->setInitialText(fromStd(lesson->start));
    }
    if (lessonTab_ != tab) {
        if (lessonTab_) disconnect(lessonTab_, nullptr, this, nullptr);
        lessonTab_ = tab;
        connect(tab, &EditorTab::reportChanged, this, &TrainingView::onTabLinted);
    }
    lessonTabId_ = fromStd(lesson->id);
    progress_.lessons.try_emplace(lesson->id); // started
    saveProgress();
    model_->setProgress(progress_);
    editors_->setCurrentWidget(tab);
    emit statusMessage(tr("Lesson started: fix %1 in the editor; the lesson is marked done as soon as its goal is met.")
                           .arg(tab->displayName()));
    checkText(tab->editor()->bytes());
    return tab;
}

void TrainingView::onTabLinted()
{
    if (!lessonTab_ || lessonTabId_ != currentLessonId()) return;
    checkText(lessonTab_->editor()->bytes());
}

training::GoalState TrainingView::checkText(const std::string& text)
{
    const training::Lesson* lesson = currentLesson();
    if (!lesson) return {};
    goal_ = training::checkLesson(*lesson, text);
    if (goal_->met() && !progressOfCurrent().done) {
        training::LessonProgress& progress = progressOfCurrent();
        progress.done = true;
        progress.completedAt = static_cast<std::int64_t>(std::time(nullptr));
        saveProgress();
        model_->setProgress(progress_);
        retranslate();
        emit lessonCompleted(fromStd(lesson->id));
        emit statusMessage(tr("Lesson complete: %1").arg(fromStd(lesson->title.in(language_))));
    }
    render();
    return *goal_;
}

bool TrainingView::showNextHint()
{
    const training::Lesson* lesson = currentLesson();
    if (!lesson) return false;
    training::LessonProgress& progress = progressOfCurrent();
    if (progress.hintsShown >= int(lesson->hints.size())) return false;
    ++progress.hintsShown;
    saveProgress();
    model_->setProgress(progress_);
    render();
    return true;
}

void TrainingView::startOver()
{
    const training::Lesson* lesson = currentLesson();
    if (!lesson || !lessonTab_ || lessonTabId_ != fromStd(lesson->id)) return;
    lessonTab_->restoreText(fromStd(lesson->start));
}

void TrainingView::saveProgress()
{
    if (progress_.learner.empty()) return; // no name yet: kept in memory only
    std::string error;
    if (!training::saveProgress(progressDirectory_.toStdString(), progress_, error))
        emit statusMessage(tr("The progress was not saved: %1").arg(fromStd(error)));
}

/// Runs on a worker thread: reads only its arguments.
static bool summariseFolder(const std::vector<training::Lesson>& lessons, findings::Language language, const QString& folder,
                       const QString& out, QString& error)
{
    const training::ClassSummary summary = training::readClassFolder(folder.toStdString(), lessons);
    std::string problem;
    if (!training::writeClassSummary(summary, language, out.toStdString(), std::time(nullptr), problem)) {
        error = fromStd(problem);
        return false;
    }
    if (!summary.errors.empty())
        error = TrainingView::tr("%n file(s) skipped: %1", nullptr, int(summary.errors.size())).arg(fromStd(summary.errors.front()));
    return true;
}

bool TrainingView::exportClassSummary(const QString& folder, const QString& out, QString& error)
{
    return summariseFolder(model_->lessons(), language_, folder, out, error);
}

void TrainingView::chooseClassSummary()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with the learners' progress files"));
    if (folder.isEmpty()) return;
    const QString out = QFileDialog::getSaveFileName(this, tr("Save the class summary"),
                                                     QDir(folder).filePath(QStringLiteral("class-summary.pdf")),
                                                     tr("PDF (*.pdf);;CSV (*.csv)"));
    if (out.isEmpty()) return;
    if (!jobs_) return;
    classButton_->setEnabled(false);
    emit statusMessage(tr("Writing the class summary…"));
    jobs_->run<QString>(
        QStringLiteral("training-summary"), this,
        [lessons = model_->lessons(), language = language_, folder, out](const std::atomic<bool>&) {
            QString error;
            return summariseFolder(lessons, language, folder, out, error) ? error : QLatin1Char('!') + error;
        },
        [this, out](QString problem) {
            classButton_->setEnabled(true);
            emit statusMessage(problem.startsWith(QLatin1Char('!'))
                                   ? tr("The class summary was not written: %1").arg(problem.mid(1))
                                   : tr("Class summary written to %1. %2").arg(out, problem));
        });
}

void TrainingView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void TrainingView::retranslate()
{
    learnerLabel_->setText(tr("&Learner:"));
    learnerEdit_->setPlaceholderText(tr("Your name, so that your progress is saved"));
    learnerEdit_->setAccessibleName(tr("Learner name"));
    classButton_->setText(tr("Class summary…"));
    classButton_->setToolTip(tr("Merge the progress files of a class, collected in one folder, into a PDF or CSV table"));
    lessonsView_->setAccessibleName(tr("Lessons"));
    lessonText_->setAccessibleName(tr("Lesson"));
    startButton_->setText(tr("&Start lesson"));
    hintButton_->setText(tr("Show &hint"));
    resetButton_->setText(tr("Start &over"));
    resetButton_->setToolTip(tr("Put the lesson's starting file back into its editor tab"));
    const int total = model_->rowCount();
    summaryLabel_->setText(progress_.learner.empty()
                               ? tr("%n lesson(s); enter a name to keep your progress", nullptr, total)
                               : tr("%1 of %n lesson(s) done", nullptr, total).arg(progress_.doneCount()));
    if (lessonErrors_.empty()) {
        problemsLabel_->hide();
    } else {
        QStringList lines;
        for (const std::string& error : lessonErrors_) lines << fromStd(error);
        problemsLabel_->setText(tr("These lesson files could not be loaded:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        problemsLabel_->show();
    }
    render();
}

void TrainingView::render()
{
    const training::Lesson* lesson = currentLesson();
    startButton_->setEnabled(lesson && editors_);
    hintButton_->setEnabled(false);
    resetButton_->setEnabled(lesson && lessonTab_ && lessonTabId_ == fromStd(lesson->id));
    if (!lesson) {
        lessonText_->setHtml(QStringLiteral("<p>") + tr("Choose a lesson on the left.") + QStringLiteral("</p>"));
        doneBanner_->hide();
        return;
    }
    const auto found = progress_.lessons.find(lesson->id);
    const int hintsShown = found == progress_.lessons.end() ? 0 : found->second.hintsShown;
    const bool done = found != progress_.lessons.end() && found->second.done;
    hintButton_->setEnabled(hintsShown < int(lesson->hints.size()));
    hintButton_->setText(hintsShown + 1 >= int(lesson->hints.size()) ? tr("Show the &fix") : tr("Show &hint"));
    doneBanner_->setText(tr("Lesson complete. Well done: the goal is met and the file still parses."));
    doneBanner_->setVisible(done);

    QString html = QStringLiteral("<h2>") + fromStd(lesson->title.in(language_)).toHtmlEscaped() + QStringLiteral("</h2>");
    html += lessonHtml(lesson->explanation.in(language_));
    html += QStringLiteral("<h3>") + tr("Goal") + QStringLiteral("</h3><ul>");
    const bool checked = goal_.has_value() && lessonTab_ && lessonTabId_ == fromStd(lesson->id);
    for (const std::string& rule : lesson->goalAbsent) {
        const findings::RuleDescription* description = findings::findRule(rule);
        const QString title = description ? fromStd(description->title.in(language_)).toHtmlEscaped() : QString();
        QString state;
        if (checked) {
            const bool firing = std::find(goal_->remaining.begin(), goal_->remaining.end(), rule) != goal_->remaining.end();
            state = firing ? tr("still reported") : tr("fixed");
            state = QStringLiteral(" — <b>") + state + QStringLiteral("</b>");
        }
        html += QStringLiteral("<li><code>") + fromStd(rule) + QStringLiteral("</code> ") + title + state + QStringLiteral("</li>");
    }
    html += QStringLiteral("<li>") + tr("the file still parses");
    if (checked) html += QStringLiteral(" — <b>") + (goal_->parses ? tr("yes") : tr("no: %1").arg(fromStd(goal_->parseProblem).toHtmlEscaped())) + QStringLiteral("</b>");
    html += QStringLiteral("</li></ul>");
    if (!checked) html += QStringLiteral("<p><i>") + tr("Start the lesson to edit its file; the goal is checked as you type.") + QStringLiteral("</i></p>");
    for (int i = 0; i < hintsShown && i < int(lesson->hints.size()); ++i) {
        const bool last = i + 1 == int(lesson->hints.size());
        html += QStringLiteral("<h3>") + (last ? tr("The fix") : tr("Hint %1").arg(i + 1)) + QStringLiteral("</h3>");
        html += lessonHtml(lesson->hints[std::size_t(i)].in(language_));
    }
    lessonText_->setHtml(html);
}

} // namespace dw::ui
