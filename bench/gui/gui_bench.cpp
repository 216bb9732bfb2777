// gui_bench: the editor's figures, measured in-process offscreen (not a test: nothing here asserts a time).
//   start      construct the main window, open the sample, show it, until its findings are on screen
//   keystroke  one character typed into a 1,000-line Dockerfile until the new squiggles are shown (lint delay 0),
//              and the lint alone; medians of 30
//   memory     resident memory added by ten open 1,000-line Dockerfiles, linted
#include "editor/dockerfile_editor.h"
#include "editor/editor_area.h"
#include "jobs/job_runner.h"
#include "bench_support.h"
#include "scan/dockerfile_scan.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

using dw::bench::residentKiB;

/// A realistic 1,000-line Dockerfile: stages, RUN chains, ENV and LABEL blocks, COPY, comments.
QString dockerfileOfLines(int lines)
{
    QString text = QStringLiteral("# syntax=docker/dockerfile:1\nARG BASE=debian:12-slim\n");
    int line = 2, stage = 0;
    while (line < lines) {
        text += QStringLiteral("FROM ${BASE} AS stage%1\n").arg(stage++);
        text += QStringLiteral("LABEL org.opencontainers.image.source=\"https://example.com/%1\"\n").arg(stage);
        text += QStringLiteral("ENV APP_HOME=/srv/app%1 PATH=/srv/app%1/bin:$PATH\n").arg(stage);
        text += QStringLiteral("RUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl=7.88 ca-certificates \\\n"
                               "    && rm -rf /var/lib/apt/lists/*\n");
        text += QStringLiteral("COPY --chown=10001:10001 src/ $APP_HOME/\nWORKDIR $APP_HOME\n# build step %1\n").arg(stage);
        text += QStringLiteral("RUN make -j4 && make install\nUSER 10001\nEXPOSE 8080\n");
        line += 14;
    }
    return text;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool settle(dw::ui::MainWindow& window)
{
    for (int i = 0; i < 2000; ++i) {
        QApplication::processEvents();
        window.jobs()->waitForIdle(5);
        bool pending = false;
        for (dw::ui::EditorTab* tab : window.editorArea()->tabs())
            pending = pending || !tab->editor()->reportIsCurrent();
        if (!pending) return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    const auto processStart = std::chrono::steady_clock::now();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(resources);
    QApplication::setApplicationName(QStringLiteral("dockwarden-gui-bench"));
    QFile sampleFile(QStringLiteral(":/samples/Dockerfile"));
    sampleFile.open(QIODevice::ReadOnly);
    const QString sample = QString::fromUtf8(sampleFile.readAll());

    // start
    QElapsedTimer timer;
    timer.start();
    auto* window = new dw::ui::MainWindow;
    window->openInitialFiles({}, sample);
    window->show();
    settle(*window);
    const double startMs = timer.nsecsElapsed() / 1e6;
    const double sinceProcessMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - processStart).count();
    std::printf("start: window with the sample's findings shown in %.0f ms (%.0f ms since the process started)\n",
                startMs, sinceProcessMs);

    // keystroke
    const QString big = dockerfileOfLines(1000);
    dw::ui::EditorTab* tab = window->editorArea()->newUntitled(big);
    tab->setLintDelay(0);
    settle(*window);
    auto* editor = tab->editor();
    std::vector<double> toSquiggles, lintOnly, lintFromScratch, drawing;
    for (int i = 0; i < 30; ++i) {
        editor->setCursorPosition(500, 0);
        // From the key event to the moment the new findings are drawn into the editor (reportChanged is emitted
        // right after the squiggles, markers and messages were updated).
        QEventLoop loop;
        const auto connection = QObject::connect(tab, &dw::ui::EditorTab::reportChanged, &loop, &QEventLoop::quit);
        QElapsedTimer keystroke;
        keystroke.start();
        QTest::keyClick(editor, Qt::Key_A);
        loop.exec();
        toSquiggles.push_back(keystroke.nsecsElapsed() / 1e6);
        QObject::disconnect(connection);
        QTest::keyClick(editor, Qt::Key_Backspace);
        settle(*window);
        // The lint of a one-character edit as the tab runs it (with the memo of the text before the edit), and
        // the same scan from scratch.
        const std::string current = editor->bytes();
        std::string edited = current;
        edited.insert(edited.size() / 2, "a");
        auto scanOf = [](const std::string& text, std::shared_ptr<dw::lint::LintMemo> memo) {
            dw::scan::DockerfileScanRequest request;
            request.path = "Dockerfile";
            request.source = text;
            request.memo = std::move(memo);
            QElapsedTimer lint;
            lint.start();
            (void)dw::scan::scanDockerfile(std::move(request));
            return lint.nsecsElapsed() / 1e6;
        };
        auto memo = std::make_shared<dw::lint::LintMemo>();
        scanOf(edited, memo);
        lintOnly.push_back(scanOf(current, memo));
        lintFromScratch.push_back(scanOf(current, nullptr));
        QElapsedTimer draw;
        draw.start();
        editor->showReport(tab->lastReport(), editor->revision());
        drawing.push_back(draw.nsecsElapsed() / 1e6);
    }
    std::printf("keystroke: 1,000-line Dockerfile, keystroke to updated squiggles %.1f ms (median of 30); the lint "
                "alone %.1f ms (%.1f ms without the tab's memo), drawing its %zu findings into the editor %.1f ms\n",
                median(toSquiggles), median(lintOnly), median(lintFromScratch),
                editor->report() ? editor->report()->findings.size() : std::size_t(0), median(drawing));

    // A 10,000-line file: how long the GUI thread is busy with one keystroke (the lint runs beside it), and when
    // the squiggles follow.
    {
        dw::ui::EditorTab* huge = window->editorArea()->newUntitled(dockerfileOfLines(10000));
        huge->setLintDelay(0);
        settle(*window);
        std::vector<double> busy, squiggles;
        for (int i = 0; i < 10; ++i) {
            huge->editor()->setCursorPosition(5000, 0);
            QEventLoop loop;
            const auto connection = QObject::connect(huge, &dw::ui::EditorTab::reportChanged, &loop, &QEventLoop::quit);
            QElapsedTimer keystroke;
            keystroke.start();
            QTest::keyClick(huge->editor(), Qt::Key_A);
            busy.push_back(keystroke.nsecsElapsed() / 1e6);
            loop.exec();
            squiggles.push_back(keystroke.nsecsElapsed() / 1e6);
            QObject::disconnect(connection);
            QTest::keyClick(huge->editor(), Qt::Key_Backspace);
            settle(*window);
        }
        std::printf("keystroke: 10,000-line Dockerfile, the GUI thread busy %.1f ms per keystroke, squiggles after %.1f ms "
                    "(medians of 10)\n", median(busy), median(squiggles));
        huge->editor()->setModified(false);
        window->editorArea()->closeTab(huge);
        settle(*window);
    }

    // memory
    settle(*window);
    const long before = residentKiB();
    for (int i = 0; i < 10; ++i) window->editorArea()->newUntitled(big);
    settle(*window);
    const long after = residentKiB();
    std::printf("memory: ten open 1,000-line Dockerfiles add %.1f MiB resident (%.1f MiB each; process %.1f MiB)\n",
                (after - before) / 1024.0, (after - before) / 10240.0, after / 1024.0);
    for (dw::ui::EditorTab* open : window->editorArea()->tabs()) open->editor()->setModified(false);
    delete window;
    return 0;
}
