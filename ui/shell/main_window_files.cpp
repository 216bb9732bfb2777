// The main window's files: start-up files and autosaved buffers, folders, recent files, and the rule settings
// and waivers written into .dockwarden.yaml (the rest of MainWindow is in main_window.cpp).
#include "shell/main_window.h"

#include "editor/autosave.h"
#include "editor/dockerfile_editor.h"
#include "editor/editor_area.h"
#include "editor/folder_model.h"
#include "editor/folder_view.h"
#include "editor/outline_model.h"
#include "editor/waiver_dialog.h"
#include "lint/config_writer.h"
#include "findings/problems_model.h"
#include "findings/problems_view.h"
#include "jobs/job_runner.h"
#include "settings/settings_dialog.h"
#include "shell/appearance.h"
#include "shell/navigation_icons.h"
#include "shell/placeholder_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QDir>
#include <QHBoxLayout>
#include <QPointer>
#include <QLabel>
#include <QInputDialog>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace dw::ui {
namespace {

constexpr int kMaxRecentFiles = 10;

} // namespace

void MainWindow::openInitialFiles(const QStringList& paths, const QString& sampleText)
{
    QStringList toOpen = paths;
    if (toOpen.isEmpty()) toOpen = QSettings().value(QStringLiteral("files/open")).toStringList();
    QStringList failed;
    for (const QString& path : toOpen) {
        QString error;
        if (!editors_->openFile(path, error)) failed << error;
    }
    // Unsaved work of a session that ended without quitting comes back first.
    const int restored = autosave_->restore();
    if (editors_->count() == 0) editors_->newUntitled(sampleText, tr("Sample Dockerfile"));
    if (restored > 0)
        statusBar()->showMessage(tr("Restored %n unsaved Dockerfile(s) from the last session", nullptr, restored), 10000);
    if (!failed.isEmpty() && !paths.isEmpty())
        QMessageBox::warning(this, tr("Cannot open file"), failed.join(QLatin1Char('\n')));
    else if (!failed.isEmpty())
        statusBar()->showMessage(tr("Some files of the last session are gone: %1").arg(failed.join(QStringLiteral("; "))), 8000);
}

void MainWindow::openFolder(const QString& folder)
{
    showPage(EditorPage);
    folderView_->setFolderName(QDir(folder).dirName());
    folderView_->setProgress(0, 0);
    folderView_->show();
    if (editorRow_->sizes().value(0) < 200) editorRow_->setSizes({320, qMax(600, width() - 320)});
    QPointer<FolderView> view(folderView_);
    jobs_->run<std::vector<FolderEntry>>(
        QStringLiteral("folder"), this,
        [folder, view](const std::atomic<bool>& cancel) {
            const QStringList files = findDockerfiles(folder);
            auto report = [view](int done, int total) {
                QMetaObject::invokeMethod(view, [view, done, total] { if (view) view->setProgress(done, total); },
                                          Qt::QueuedConnection);
            };
            report(0, static_cast<int>(files.size()));
            return lintFolder(folder, files, cancel, report);
        },
        [this, folder](std::vector<FolderEntry> entries) {
            const int count = static_cast<int>(entries.size());
            folderModel_->setEntries(folder, std::move(entries));
            folderView_->setProgress(count, count);
            statusBar()->showMessage(tr("%n Dockerfile(s) in %1", nullptr, count).arg(folder), 6000);
        });
}

void MainWindow::openFileDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Files"), QString(),
        tr("Dockerfiles and Compose files (Dockerfile Dockerfile.* *.Dockerfile *.dockerfile Containerfile compose.yaml "
           "compose.yml compose.*.yaml compose.*.yml docker-compose.yaml docker-compose.yml docker-compose.*.yaml "
           "docker-compose.*.yml);;Dockerfiles (Dockerfile Dockerfile.* *.Dockerfile *.dockerfile Containerfile);;"
           "Compose files (compose.yaml compose.yml compose.*.yaml compose.*.yml docker-compose.yaml docker-compose.yml "
           "docker-compose.*.yaml docker-compose.*.yml);;Shell scripts (*.sh *.bash);;All files (*)"));
    for (const QString& path : paths) openRecent(path);
}

void MainWindow::openRecent(const QString& path)
{
    QString error;
    showPage(EditorPage);
    if (!editors_->openFile(path, error)) QMessageBox::warning(this, tr("Cannot open file"), error);
}

void MainWindow::addRecent(const QString& path)
{
    recentFiles_.removeAll(path);
    recentFiles_.prepend(path);
    while (recentFiles_.size() > kMaxRecentFiles) recentFiles_.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), recentFiles_);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!recentMenu_) return;
    recentMenu_->clear();
    for (const QString& path : recentFiles_) {
        QAction* action = recentMenu_->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (recentFiles_.isEmpty()) recentMenu_->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(settings_, rulesFile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this, &MainWindow::applySettings);
    connect(dialog, &SettingsDialog::rulesSaved, this, [this](const QString& path) {
        applySettings(settings_); // every open file is linted again with the new choices
        statusBar()->showMessage(tr("Rule choices saved in %1").arg(path), 6000);
    });
    dialog->open();
}

bool MainWindow::waive(EditorTab* tab, const QString& rule, const QString& reason)
{
    const QString config = rulesFile();
    const QString target = tab->path().isEmpty() ? tab->key() : QFileInfo(config).dir().relativeFilePath(tab->path());
    findings::Waiver waiver;
    if (reason.isEmpty()) {
        WaiverDialog dialog(rule, target, this);
        if (dialog.exec() != QDialog::Accepted) return false;
        waiver = dialog.waiver();
    } else {
        waiver = {rule.toStdString(), target.toStdString(), reason.toStdString(), {}, {}};
    }
    std::string error;
    if (!lint::appendWaiver(config.toStdString(), waiver, error)) {
        QMessageBox::warning(this, tr("Waiver not written"), QString::fromStdString(error));
        return false;
    }
    applySettings(settings_); // lint again: the waived finding leaves the problems
    statusBar()->showMessage(tr("%1 waived in %2").arg(rule, config), 6000);
    return true;
}

QString MainWindow::rulesFile() const
{
    // The .dockwarden.yaml the CLI would read for the current file: the nearest one upwards, else a new one beside
    // the file (or in the opened folder, or the working directory for an untitled buffer).
    EditorTab* tab = editors_->currentTab();
    QString start = tab && !tab->path().isEmpty() ? QFileInfo(tab->path()).absolutePath()
                    : !folderModel_->folder().isEmpty() ? folderModel_->folder()
                                                        : QDir::currentPath();
    for (QDir dir(start);; ) {
        const QString candidate = dir.filePath(QStringLiteral(".dockwarden.yaml"));
        if (QFileInfo::exists(candidate)) return candidate;
        if (!dir.cdUp()) break;
    }
    return QDir(start).filePath(QStringLiteral(".dockwarden.yaml"));
}

} // namespace dw::ui
