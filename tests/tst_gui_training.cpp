// The Training page as a workshop uses it: a learner types their name, starts a lesson, fixes the file in the real
// editor and sees the lesson marked done the moment the goal is met; hints come one by one up to the fix; the
// progress survives a restart; every lesson's reference solution completes it; a trainer's broken lesson file is
// named while the rest load; the class summary is written; File › Export report writes HTML and PDF.
#include "support/gui_fixture.h"
#include "support/process_run.h"

#include "report/report_export_dialog.h"
#include "training/lesson_list_model.h"
#include "training/training_view.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>

using namespace dw;

namespace {

QString dataHome() { return QString::fromLocal8Bit(qgetenv("XDG_DATA_HOME")); }

QPushButton* button(QWidget* parent, const QString& text)
{
    for (QPushButton* candidate : parent->findChildren<QPushButton*>())
        if (candidate->text().remove(QLatin1Char('&')) == text) return candidate;
    return nullptr;
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs) QTest::qWait(20);
    return condition();
}

} // namespace

class TestGuiTraining : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::isolateSettings(); }

    void lessonsAreListed()
    {
        ui::MainWindow window;
        window.show();
        window.showPage(ui::MainWindow::TrainingPage);
        ui::TrainingView* training = window.trainingView();
        QAbstractItemModelTester tester(training->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(training->model()->rowCount() >= 16);
        QVERIFY(training->problemsLabel()->isHidden());
        QVERIFY(!training->lessonList()->accessibleName().isEmpty());
        QVERIFY(!training->findChild<QLineEdit*>(QStringLiteral("learnerName"))->accessibleName().isEmpty());
        QCOMPARE(training->lessonList()->model()->index(0, 0).data(ui::LessonListModel::IdRole).toString(),
                 QStringLiteral("minimal-base-image"));
        QVERIFY(training->lessonText()->toPlainText().contains(QStringLiteral("Goal")));
    }

    void learnerFixesALessonInTheEditor()
    {
        ui::MainWindow window;
        window.show();
        window.showPage(ui::MainWindow::TrainingPage);
        ui::TrainingView* training = window.trainingView();
        auto* name = training->findChild<QLineEdit*>(QStringLiteral("learnerName"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Lin Wei"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(training->learner(), QStringLiteral("Lin Wei"));

        training->selectLesson(QStringLiteral("least-privilege-user"));
        QTest::mouseClick(button(training, QStringLiteral("Start lesson")), Qt::LeftButton);
        ui::EditorTab* tab = window.editorArea()->currentTab();
        QVERIFY(tab);
        QVERIFY(tab->displayName().contains(QStringLiteral("Dockerfile")));
        QVERIFY(test::settle(window));
        QVERIFY(training->doneBanner()->isHidden());
        QVERIFY(training->lessonText()->toPlainText().contains(QStringLiteral("still reported")));

        // The fix: a USER line before EXPOSE (line 9), typed as a learner types it.
        ui::DockerfileEditor* editor = tab->editor();
        editor->setFocus();
        editor->setCursorPosition(8, 0);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClick(editor, Qt::Key_Up);
        QTest::keyClicks(editor, QStringLiteral("USER 1000:1000"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(test::settle(window));
        QVERIFY2(waitFor([&] { return training->doneBanner()->isVisible(); }), qPrintable(editor->text()));
        QVERIFY(training->lessonText()->toPlainText().contains(QStringLiteral("fixed")));
        const int row = training->model()->rowOf(QStringLiteral("least-privilege-user"));
        QVERIFY(training->model()->index(row, 0).data(ui::LessonListModel::DoneRole).toBool());
        QCOMPARE(training->model()->index(row, ui::LessonListModel::StatusColumn).data().toString(), QStringLiteral("Done"));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Lesson complete")));

        QFile saved(dataHome() + QStringLiteral("/dockwarden/training/Lin_Wei.json"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("\"done\": true"));

        // Start over puts the flawed file back; the lesson stays done.
        QTest::mouseClick(button(training, QStringLiteral("Start over")), Qt::LeftButton);
        QVERIFY(!editor->text().contains(QStringLiteral("USER 1000:1000")));
        QVERIFY(test::settle(window));
        QVERIFY(training->doneBanner()->isVisible());
    }

    void hintsComeOneByOneUpToTheFix()
    {
        ui::MainWindow window;
        window.show();
        ui::TrainingView* training = window.trainingView();
        training->setLearner(QStringLiteral("Ana"));
        training->selectLesson(QStringLiteral("pinned-tags"));
        QVERIFY(!training->lessonText()->toPlainText().contains(QStringLiteral("Hint 1")));
        QPushButton* hint = button(training, QStringLiteral("Show hint"));
        QVERIFY(hint && hint->isEnabled());
        QTest::mouseClick(hint, Qt::LeftButton);
        QVERIFY(training->lessonText()->toPlainText().contains(QStringLiteral("Hint 1")));
        QVERIFY(!training->lessonText()->toPlainText().contains(QStringLiteral("The fix")));
        while (training->showNextHint()) {}
        QVERIFY(training->lessonText()->toPlainText().contains(QStringLiteral("The fix")));
        QVERIFY(!hint->isEnabled());
        QVERIFY(training->progress().lessons.at("pinned-tags").hintsShown >= 2);

        ui::MainWindow again; // the progress is kept per learner
        again.trainingView()->setLearner(QStringLiteral("Ana"));
        QCOMPARE(again.trainingView()->progress().lessons.at("pinned-tags").hintsShown,
                 training->progress().lessons.at("pinned-tags").hintsShown);
    }

    void everyReferenceSolutionCompletesItsLesson()
    {
        ui::MainWindow window;
        window.show();
        ui::TrainingView* training = window.trainingView();
        training->setLearner(QStringLiteral("Reference"));
        for (const training::Lesson& lesson : training->model()->lessons()) {
            training->selectLesson(QString::fromStdString(lesson.id));
            ui::EditorTab* tab = training->startLesson();
            QVERIFY(tab);
            QVERIFY(test::settle(window));
            QVERIFY2(training->doneBanner()->isHidden(), lesson.id.c_str());
            tab->restoreText(QString::fromStdString(lesson.solution));
            QVERIFY(test::settle(window));
            QVERIFY2(waitFor([&] { return training->doneBanner()->isVisible(); }), lesson.id.c_str());
        }
        QCOMPARE(training->progress().doneCount(), training->model()->rowCount());
    }

    void brokenTrainerLessonIsNamed()
    {
        const QString folder = dataHome() + QStringLiteral("/dockwarden/lessons");
        QDir().mkpath(folder);
        QFile broken(folder + QStringLiteral("/99-broken.yaml"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("id: broken\norder: [\n");
        broken.close();
        ui::MainWindow window;
        window.show();
        ui::TrainingView* training = window.trainingView();
        QVERIFY(!training->problemsLabel()->isHidden());
        QVERIFY(training->problemsLabel()->text().contains(QStringLiteral("99-broken.yaml")));
        QVERIFY(training->model()->rowCount() >= 16);
        QFile::remove(broken.fileName());
    }

    void classSummaryIsWritten()
    {
        ui::MainWindow window;
        ui::TrainingView* training = window.trainingView();
        training->setLearner(QStringLiteral("Summary Learner"));
        training->selectLesson(QStringLiteral("copy-over-add"));
        training->showNextHint();
        QTemporaryDir out;
        QString error;
        const QString csv = out.filePath(QStringLiteral("class.csv"));
        QVERIFY2(training->exportClassSummary(dataHome() + QStringLiteral("/dockwarden/training"), csv, error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Summary Learner"));
        const QString pdf = out.filePath(QStringLiteral("class.pdf"));
        QVERIFY2(training->exportClassSummary(dataHome() + QStringLiteral("/dockwarden/training"), pdf, error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void exportReportFromTheFileMenu()
    {
        ui::MainWindow window;
        window.show();
        window.openInitialFiles({}, QStringLiteral("FROM python:latest\nRUN pip install flask\n"));
        QVERIFY(test::settle(window));
        QVERIFY(window.exportReportAction());
        QVERIFY(!window.exportReportAction()->text().isEmpty());
        for (const auto& [format, name] : std::vector<std::pair<int, QString>>{{1, QStringLiteral("r.html")}, {0, QStringLiteral("r.pdf")}}) {
            ui::ReportExportDialog* dialog = window.openExportReport();
            QVERIFY(dialog);
            QAbstractItemModelTester tester(dialog->sourcesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(dialog->sourcesModel()->rowCount(), 1);
            QTemporaryDir dir;
            const QString path = dir.filePath(name);
            dialog->setFormat(format);
            dialog->setPath(path);
            dialog->setReportLanguage(findings::Language::SimplifiedChinese);
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QVERIFY(waitFor([&] { return QFileInfo::exists(path) && window.statusBar()->currentMessage().contains(path); }));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (format == 1) QVERIFY(bytes.contains("<html lang=\"zh-CN\">") && bytes.contains("DL3007"));
            else QVERIFY(bytes.startsWith("%PDF"));
        }
    }
};

QTEST_MAIN(TestGuiTraining)
#include "tst_gui_training.moc"
