// dockwarden-screenshots OUT_DIR: pictures of every view of the main window at 1280x800, in the light and the
// dark theme and in English and Simplified Chinese, with the sample Dockerfile open (scripts/screenshots.sh).
#include "editor/dockerfile_editor.h"
#include "editor/editor_area.h"
#include "editor/editor_tab.h"
#include "guide/guided_fix_dialog.h"
#include "host/host_session.h"
#include "host/host_view.h"
#include "images/image_view.h"
#include "jobs/job_runner.h"
#include "settings/settings_dialog.h"
#include "report/report_export_dialog.h"
#include "shell/main_window.h"
#include "training/training_view.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QTabWidget>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

void settle(dw::ui::MainWindow& window)
{
    for (int i = 0; i < 20; ++i) {
        window.jobs()->waitForIdle(5000);
        QApplication::processEvents();
    }
}

bool save(QWidget* widget, const QString& path)
{
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(resources);
    QApplication::setOrganizationName(QStringLiteral("Dockwarden"));
    QApplication::setApplicationName(QStringLiteral("dockwarden-screenshots"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    // With a populated daemon (scripts/screenshots.sh starts one when it can): only the Host view, a row selected.
    const bool hostOnly = qEnvironmentVariableIsSet("DW_SCREENSHOT_HOST_ONLY");
    // "live" (a populated daemon: Host, Images, Dashboard) or "empty" (a daemon with nothing on it: Host only).
    const QString hostName = qEnvironmentVariable("DW_SCREENSHOT_HOST_NAME", QStringLiteral("live"));
    QDir().mkpath(out);
    QFile sampleFile(QStringLiteral(":/samples/Dockerfile"));
    sampleFile.open(QIODevice::ReadOnly);
    const QString sample = QString::fromUtf8(sampleFile.readAll());

    bool ok = true;
    dw::ui::MainWindow window;
    window.resize(1280, 800);
    window.openInitialFiles({}, sample);
    window.show();
    // The Compose sample in a folder of its own, its service's build context beside it.
    QTemporaryDir composeDir;
    QFile composeSample(QStringLiteral(":/samples/compose.yaml"));
    composeSample.open(QIODevice::ReadOnly);
    QFile composeFile(composeDir.filePath(QStringLiteral("compose.yaml")));
    composeFile.open(QIODevice::WriteOnly);
    composeFile.write(composeSample.readAll());
    composeFile.close();
    QDir(composeDir.path()).mkpath(QStringLiteral("api"));
    QFile apiDockerfile(composeDir.filePath(QStringLiteral("api/Dockerfile")));
    apiDockerfile.open(QIODevice::WriteOnly);
    apiDockerfile.write("FROM node:20\nCOPY . /app\nRUN npm install\nCMD [\"node\", \"/app/server.js\"]\n");
    apiDockerfile.close();
    const char* pageNames[] = {"editor", "host", "images", "dashboard", "guide", "training"};
    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            dw::ui::AppSettings settings = window.settings();
            settings.theme = theme;
            settings.language = language;
            window.applySettings(settings);
            settle(window);
            const QString suffix = QStringLiteral("%1-%2").arg(theme, language);
            if (hostOnly) {
                window.showPage(dw::ui::MainWindow::HostPage);
                settle(window);
                QTreeView* containers = window.hostView()->tableView(dw::ui::HostTable::Containers);
                containers->setCurrentIndex(containers->model()->index(0, 0));
                settle(window);
                ok = save(&window, QStringLiteral("%1/host-%2-%3.png").arg(out, hostName, suffix)) && ok;
                if (hostName != QLatin1String("live")) continue;
                window.showPage(dw::ui::MainWindow::ImagesPage);
                if (!window.imagesView()->report()) window.imagesView()->openFromDaemon(QStringLiteral("shop/web:1.4"));
                settle(window);
                window.imagesView()->selectLayer(0);
                settle(window);
                ok = save(&window, QStringLiteral("%1/images-live-%2.png").arg(out, suffix)) && ok;
                window.showPage(dw::ui::MainWindow::DashboardPage);
                settle(window);
                ok = save(&window, QStringLiteral("%1/dashboard-live-%2.png").arg(out, suffix)) && ok;
                continue;
            }
            for (int page = 0; page < dw::ui::MainWindow::PageCount; ++page) {
                window.showPage(static_cast<dw::ui::MainWindow::Page>(page));
                settle(window);
                ok = save(&window, QStringLiteral("%1/%2-%3.png").arg(out, QLatin1String(pageNames[page]), suffix)) && ok;
            }
            if (!hostOnly) {
                window.showPage(dw::ui::MainWindow::EditorPage);
                QString error;
                dw::ui::EditorTab* dockerfileTab = window.editorArea()->currentTab();
                dw::ui::EditorTab* composeTab = window.editorArea()->openFile(composeDir.filePath(QStringLiteral("compose.yaml")), error);
                settle(window);
                if (composeTab) {
                    composeTab->editor()->setCursorPosition(23, 6);
                    ok = save(&window, QStringLiteral("%1/compose-%2.png").arg(out, suffix)) && ok;
                }
                window.editorArea()->setCurrentWidget(dockerfileTab);
            }
            // A learner in the middle of a lesson: started, one hint open.
            dw::ui::TrainingView* training = window.trainingView();
            training->setLearner(QStringLiteral("Lin Wei"));
            training->selectLesson(QStringLiteral("least-privilege-user"));
            if (training->progress().lessons.count("least-privilege-user") == 0 ||
                training->progress().lessons.at("least-privilege-user").hintsShown == 0)
                training->showNextHint();
            dw::ui::EditorTab* lessonTab = training->startLesson();
            window.showPage(dw::ui::MainWindow::TrainingPage);
            settle(window);
            ok = save(&window, QStringLiteral("%1/training-lesson-%2.png").arg(out, suffix)) && ok;
            if (lessonTab) {
                lessonTab->editor()->setModified(false);
                window.editorArea()->closeTab(lessonTab);
            }
            if (dw::ui::ReportExportDialog* exportDialog = window.openExportReport()) {
                settle(window);
                ok = save(exportDialog, QStringLiteral("%1/export-report-%2.png").arg(out, suffix)) && ok;
                exportDialog->reject();
                settle(window);
            }
            window.showPage(dw::ui::MainWindow::EditorPage);
            auto* editor = window.editorArea()->currentTab()->editor();
            editor->setCursorPosition(9, 0);
            QMenu* menu = editor->createQuickFixMenu(&window);
            menu->adjustSize();
            ok = save(menu, QStringLiteral("%1/quickfix-%2.png").arg(out, suffix)) && ok;
            delete menu;
            if (dw::ui::GuidedFixDialog* guided = window.openGuidedFixes()) {
                settle(window);
                ok = save(guided, QStringLiteral("%1/guided-fix-%2.png").arg(out, suffix)) && ok;
                guided->reject();
                settle(window);
            }
            dw::ui::SettingsDialog dialog(window.settings(), window.rulesFile(), &window);
            dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)));
            dialog.show();
            settle(window);
            ok = save(&dialog, QStringLiteral("%1/settings-%2.png").arg(out, suffix)) && ok;
            dialog.findChild<QTabWidget*>()->setCurrentIndex(1);
            dialog.resize(900, 600);
            settle(window);
            ok = save(&dialog, QStringLiteral("%1/settings-rules-%2.png").arg(out, suffix)) && ok;
        }
    }
    if (window.editorArea()->currentTab()) window.editorArea()->currentTab()->editor()->setModified(false);
    return ok ? 0 : 1;
}
