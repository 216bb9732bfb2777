// Shared setup of the GUI suites: settings in a private directory (QStandardPaths test mode), no Docker daemon
// unless a test points at one, and helpers that wait for the background lint.
#pragma once

#include "editor/dockerfile_editor.h"
#include "editor/editor_area.h"
#include "findings/problems_model.h"
#include "host/host_view.h"
#include "jobs/job_runner.h"
#include "shell/main_window.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace dw::test {

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("DockwardenTests"));
    // One settings file per suite: suites run in parallel and must not see each other's language or files.
    QApplication::setApplicationName(QFileInfo(QApplication::applicationFilePath()).fileName());
    qputenv("DOCKER_HOST", "unix:///nonexistent/dockwarden-test.sock");
    qputenv("DOCKER_CONTEXT", "");
    // The scan history (recorded by the GUI) goes to a private directory too, removed when the suite exits.
    static QTemporaryDir data(QDir::tempPath() + QStringLiteral("/dw-gui-tests-%1-XXXXXX").arg(QApplication::applicationName()));
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    QSettings().clear();
}

/// Waits until the window's background jobs are done and their results were shown.
inline bool settle(ui::MainWindow& window, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    do {
        QApplication::processEvents();
        if (!window.jobs()->waitForIdle(100)) continue;
        QApplication::processEvents();
        // A lint may be waiting for the typing pause.
        bool pending = false;
        for (ui::EditorTab* tab : window.editorArea()->tabs())
            pending = pending || (tab->editor()->revision() != 0 && !tab->editor()->reportIsCurrent());
        if (!pending) return true;
        QTest::qWait(20);
    } while (timer.elapsed() < timeoutMs);
    return false;
}

/// True when a finding's squiggle (indicators 8..11, one per severity) covers `position`.
inline bool hasIndicatorAt(ui::DockerfileEditor* editor, int position)
{
    for (int indicator = 8; indicator < 12; ++indicator)
        if (editor->SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT, indicator, position) != 0) return true;
    return false;
}

/// The rule ids of the Problems view's rows, in order; with `fileKey`, only those of that file (FileRole).
inline QStringList problemRules(const ui::ProblemsModel& model, const QString& fileKey = {})
{
    QStringList rules;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (!fileKey.isEmpty() && index.data(ui::ProblemsModel::FileRole).toString() != fileKey) continue;
        rules << index.data(ui::ProblemsModel::RuleRole).toString();
    }
    return rules;
}

/// The first action of `menu` (or of its submenus) whose text contains `text`, or null.
inline QAction* findAction(QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->text().contains(text)) return action;
        if (action->menu())
            if (QAction* inner = findAction(action->menu(), text)) return inner;
    }
    return nullptr;
}

} // namespace dw::test
