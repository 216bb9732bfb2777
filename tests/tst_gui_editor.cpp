// The editor as a user drives it, offscreen: typing shows squiggles and Problems rows, quick fixes change the text
// as one undo step and the finding goes, pragmas silence a rule, the CLI and the editor agree, files reload when
// they change on disk, and the window says clearly when there is no Docker daemon.
#include "support/gui_fixture.h"

#include "editor/autosave.h"
#include "editor/dockerfile_lexer.h"
#include "editor/folder_model.h"
#include "editor/folder_view.h"
#include "editor/outline_model.h"
#include "settings/rules_model.h"
#include "settings/rules_page.h"
#include "settings/settings_dialog.h"
#include "findings/problems_model.h"
#include "findings/problems_proxy.h"
#include "findings/problems_view.h"
#include "scan/dockerfile_scan.h"
#include "shell/placeholder_view.h"

#include <QPushButton>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>

using namespace dw;
using test::findAction;
using test::hasIndicatorAt;
using test::problemRules;

class TestGuiEditor : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::isolateSettings(); }

    void startsWithTheSampleAndNoDaemon()
    {
        ui::MainWindow window;
        window.openInitialFiles({}, QStringLiteral("FROM python:3.12\nMAINTAINER ops@example.com\n"));
        window.show();
        QVERIFY(test::settle(window));
        QCOMPARE(window.editorArea()->count(), 1);
        QVERIFY(window.problemsModel()->rowCount() > 0);
        QVERIFY(problemRules(*window.problemsModel()).contains(QStringLiteral("DL4000")));
        // The probe of the (missing) daemon ends in a clear sentence, in the status bar and in the Host view.
        QTRY_VERIFY_WITH_TIMEOUT(window.daemonStatusText().contains(QStringLiteral("No Docker daemon")), 10000);
        window.showPage(ui::MainWindow::HostPage);
        QVERIFY(window.hostView()->statusText().contains(QStringLiteral("No Docker daemon was found")));
        QVERIFY(window.hostView()->actionButton()->isVisible());
        QCOMPARE(window.navigation()->count(), int(ui::MainWindow::PageCount));
        QVERIFY(!window.navigation()->accessibleName().isEmpty());
        window.editorArea()->currentTab()->editor()->setModified(false);
    }

    void typingShowsSquigglesAndProblems()
    {
        ui::MainWindow window;
        window.show();
        ui::EditorTab* tab = window.editorArea()->newUntitled();
        QVERIFY(test::settle(window));
        QVERIFY(!problemRules(*window.problemsModel()).contains(QStringLiteral("DL3006")));
        auto* editor = tab->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("FROM ubuntu"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("MAINTAINER me"));
        QVERIFY(test::settle(window));
        const QStringList rules = problemRules(*window.problemsModel(), tab->key());
        QVERIFY2(rules.contains(QStringLiteral("DL3006")), qPrintable(rules.join(u',')));
        QVERIFY(rules.contains(QStringLiteral("DL4000")));
        // The squiggle lies over "ubuntu" (DL3006) and MAINTAINER (DL4000), not over the space between.
        QVERIFY(hasIndicatorAt(editor, 6));
        QVERIFY(hasIndicatorAt(editor, 13));
        // The Problems view shows the rows, and activating one moves the caret there.
        QTableView* table = window.problemsView()->table();
        QVERIFY(table->model()->rowCount() > 0);
        QModelIndex maintainer;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, ui::ProblemsModel::RuleColumn).data().toString() == QLatin1String("DL4000"))
                maintainer = table->model()->index(row, 0);
        QVERIFY(maintainer.isValid());
        emit table->activated(maintainer);
        int line = -1, index = -1;
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        // Fixing the text by hand makes the finding go.
        editor->setText(QStringLiteral("FROM ubuntu:24.04\n"));
        QVERIFY(test::settle(window));
        QVERIFY(!problemRules(*window.problemsModel(), tab->key()).contains(QStringLiteral("DL4000")));
        editor->setModified(false);
    }

    void quickFixIsOneUndoStep()
    {
        ui::MainWindow window;
        window.show();
        const QString original = QStringLiteral("FROM debian:12\nRUN apt-get install -y curl\n");
        ui::EditorTab* tab = window.editorArea()->newUntitled(original);
        QVERIFY(test::settle(window));
        QVERIFY(problemRules(*window.problemsModel(), tab->key()).contains(QStringLiteral("DL3015")));
        auto* editor = tab->editor();
        editor->setCursorPosition(1, 3);
        std::unique_ptr<QMenu> menu(editor->createQuickFixMenu(nullptr));
        QAction* fix = findAction(menu.get(), QStringLiteral("(DL3015)"));
        QVERIFY(fix);
        QVERIFY(fix->isEnabled());
        fix->trigger();
        QVERIFY(editor->text().contains(QStringLiteral("--no-install-recommends")));
        QVERIFY(test::settle(window));
        QVERIFY(!problemRules(*window.problemsModel(), tab->key()).contains(QStringLiteral("DL3015")));
        editor->undo();
        QCOMPARE(editor->text(), original);
        editor->redo();
        QVERIFY(editor->text().contains(QStringLiteral("--no-install-recommends")));
        editor->setModified(false);
    }

    void fixAllAndPragmas()
    {
        ui::MainWindow window;
        window.show();
        ui::EditorTab* tab = window.editorArea()->newUntitled(
            QStringLiteral("FROM debian:12\nRUN apt-get install curl\nMAINTAINER me\nCMD ./run\n"));
        QVERIFY(test::settle(window));
        auto* editor = tab->editor();
        const int applied = editor->applyAllFixes();
        QVERIFY(applied >= 2);
        QVERIFY(editor->text().contains(QStringLiteral("-y")));
        QVERIFY(test::settle(window));
        editor->undo(); // all of them in one step
        QVERIFY(!editor->text().contains(QStringLiteral("--no-install-recommends")));
        QVERIFY(test::settle(window));
        // "Ignore on this line" writes the hadolint pragma above the line, and the rule goes quiet there.
        editor->setCursorPosition(2, 0);
        std::unique_ptr<QMenu> menu(editor->createQuickFixMenu(nullptr));
        QAction* ignore = findAction(menu.get(), QStringLiteral("DL4000 —"));
        QVERIFY(ignore);
        ignore->trigger();
        QVERIFY(editor->text().contains(QStringLiteral("# hadolint ignore=DL4000\nMAINTAINER me")));
        QVERIFY(test::settle(window));
        QVERIFY(!problemRules(*window.problemsModel(), tab->key()).contains(QStringLiteral("DL4000")));
        editor->setModified(false);
    }

    void editorAgreesWithTheCli_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("sample-like") << QByteArray("FROM python:3.12\nMAINTAINER a@b.c\nENV API_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\n"
                                                   "WORKDIR app\nRUN apt-get update\nRUN apt-get install curl git\nADD x.txt /x/\n"
                                                   "EXPOSE 22\nCMD python app.py\n");
        QTest::newRow("multi-stage") << QByteArray("# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build\nCOPY . .\n"
                                                   "RUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\n"
                                                   "USER 10001\nENTRYPOINT [\"/app\"]\n");
        QTest::newRow("heredoc and onbuild") << QByteArray("FROM alpine:3.20\nRUN <<EOF\napk add curl\nEOF\nONBUILD ADD . /src\n"
                                                          "HEALTHCHECK CMD wget -q localhost\n");
        QTest::newRow("syntax error") << QByteArray("FROM alpine\nRUN \\\nCOPY\nFROBNICATE x\n");
    }

    void editorAgreesWithTheCli()
    {
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QProcess cli;
        cli.setWorkingDirectory(dir.path());
        cli.start(QStringLiteral(DW_CLI_PATH), {QStringLiteral("lint"), QStringLiteral("--no-fold"), QStringLiteral("--format"),
                                                QStringLiteral("json"), path});
        QVERIFY(cli.waitForFinished(60000));
        QStringList fromCli;
        const QJsonArray findings = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                        .object()[QStringLiteral("files")].toArray()[0].toObject()[QStringLiteral("findings")].toArray();
        for (const auto& f : findings)
            fromCli << QStringLiteral("%1:%2:%3").arg(f.toObject()[QStringLiteral("rule")].toString())
                           .arg(f.toObject()[QStringLiteral("line")].toInt()).arg(f.toObject()[QStringLiteral("column")].toInt());
        ui::MainWindow window;
        QString error;
        ui::EditorTab* tab = window.editorArea()->openFile(path, error);
        QVERIFY2(tab, qPrintable(error));
        QVERIFY(test::settle(window));
        QStringList fromEditor;
        for (const findings::Finding& f : tab->lastReport()->findings)
            fromEditor << QStringLiteral("%1:%2:%3").arg(QString::fromStdString(f.rule))
                              .arg(findings::fileLocationOf(f)->span.line).arg(findings::fileLocationOf(f)->span.column);
        QCOMPARE(fromEditor, fromCli);
        QVERIFY(!fromEditor.isEmpty());
    }

    void reloadsAfterAnExternalChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM alpine:3.20\n");
        file.close();
        ui::MainWindow window;
        QString error;
        ui::EditorTab* tab = window.editorArea()->openFile(path, error);
        QVERIFY(tab);
        QVERIFY(test::settle(window));
        QTest::qWait(1100); // a new modification time, even on file systems with one-second stamps
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("FROM alpine:3.20\nMAINTAINER someone\n");
        file.close();
        QTRY_VERIFY_WITH_TIMEOUT(tab->editor()->text().contains(QStringLiteral("MAINTAINER")), 10000);
        QVERIFY(!tab->isModified());
        QVERIFY(test::settle(window));
        QVERIFY(problemRules(*window.problemsModel(), tab->key()).contains(QStringLiteral("DL4000")));
        // With unsaved edits the user is asked; "keep my edits" leaves the buffer alone.
        window.editorArea()->setExternalChangePolicy(false);
        tab->editor()->append(QStringLiteral("# mine\n"));
        QTest::qWait(1100);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("FROM alpine:3.21\n");
        file.close();
        QTest::qWait(1500);
        QVERIFY(tab->editor()->text().contains(QStringLiteral("# mine")));
        tab->editor()->setModified(false);
    }

    void savesAndRemembersRecentFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.Dockerfile"));
        ui::MainWindow window;
        ui::EditorTab* tab = window.editorArea()->newUntitled(QStringLiteral("FROM alpine:3.20\n"));
        tab->editor()->append(QStringLiteral("USER 1000\n"));
        QVERIFY(tab->isModified());
        QString error;
        QVERIFY(tab->saveTo(path, error));
        QVERIFY(!tab->isModified());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("FROM alpine:3.20\nUSER 1000\n"));
        QCOMPARE(tab->key(), QFileInfo(path).absoluteFilePath());
    }

    void autosaveRestoresUnsavedWorkAfterACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM alpine:3.20\n");
        file.close();
        ui::Autosave::clear();
        {
            auto* window = new ui::MainWindow;
            QString error;
            ui::EditorTab* saved = window->editorArea()->openFile(path, error);
            QVERIFY(saved);
            saved->editor()->append(QStringLiteral("USER 1000\n"));
            ui::EditorTab* untitled = window->editorArea()->newUntitled();
            untitled->editor()->setText(QStringLiteral("FROM scratch\nCOPY app /app\n"));
            window->autosave()->saveNow();
            QCOMPARE(ui::Autosave::pending().size(), 2);
            delete window; // no closeEvent: as if the program had crashed
        }
        ui::MainWindow window;
        window.openInitialFiles({}, QStringLiteral("FROM sample\n"));
        QVERIFY(test::settle(window));
        ui::EditorTab* restoredFile = window.editorArea()->tabFor(QFileInfo(path).absoluteFilePath());
        QVERIFY(restoredFile);
        QCOMPARE(restoredFile->editor()->text(), QStringLiteral("FROM alpine:3.20\nUSER 1000\n"));
        QVERIFY(restoredFile->isModified());
        bool untitledBack = false;
        for (ui::EditorTab* tab : window.editorArea()->tabs())
            untitledBack = untitledBack || tab->editor()->text() == QLatin1String("FROM scratch\nCOPY app /app\n");
        QVERIFY(untitledBack);
        // Saving removes that tab's copy; a clean quit removes the rest.
        QVERIFY(window.editorArea()->save(restoredFile));
        window.autosave()->saveNow();
        QCOMPARE(ui::Autosave::pending().size(), 1);
        for (ui::EditorTab* tab : window.editorArea()->tabs()) tab->editor()->setModified(false);
        window.close();
        QCOMPARE(ui::Autosave::pending().size(), 0);
    }

    void opensAFolder()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString& name, const QByteArray& text) {
            QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral("Dockerfile"), "FROM ubuntu\nMAINTAINER me\n");
        write(QStringLiteral("services/api/Dockerfile.prod"), "FROM alpine:3.20\nUSER 1000\n");
        write(QStringLiteral("tools/build.Dockerfile"), "FROM debian\nRUN apt-get install curl\n");
        write(QStringLiteral(".git/Dockerfile"), "FROM nope\n");
        write(QStringLiteral("node_modules/x/Dockerfile"), "FROM nope\n");
        write(QStringLiteral("README.md"), "not a Dockerfile\n");
        ui::MainWindow window;
        window.show();
        QAbstractItemModelTester tester(window.folderModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.openFolder(dir.path());
        QVERIFY(test::settle(window));
        ui::FolderModel* model = window.folderModel();
        QCOMPARE(model->rowCount(), 3);
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row) names << model->index(row, 0).data().toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Dockerfile"), QStringLiteral("services/api/Dockerfile.prod"),
                                     QStringLiteral("tools/build.Dockerfile")}));
        QCOMPARE(model->index(0, ui::FolderModel::ErrorsColumn).data().toInt(), 1); // DL4000
        QVERIFY(model->index(0, ui::FolderModel::ScoreColumn).data().toInt() < 100);
        QVERIFY(window.folderView()->isVisible());
        // Activating a row opens the file.
        QTreeView* tree = window.folderView()->tree();
        emit tree->activated(tree->model()->index(2, 0));
        QVERIFY(window.editorArea()->tabFor(dir.filePath(QStringLiteral("tools/build.Dockerfile"))));
        QVERIFY(test::settle(window));
    }

    void languageHelp()
    {
        ui::MainWindow window;
        window.show();
        QAbstractItemModelTester tester(window.outlineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::EditorTab* tab = window.editorArea()->newUntitled(
            QStringLiteral("ARG VERSION=1\nFROM golang:1.22 AS build\nRUN go build\nFROM alpine:${VERSION}\nCOPY --from=build /a /a\n"));
        QVERIFY(test::settle(window));
        auto* editor = tab->editor();
        // The outline lists the stages and follows the cursor.
        QCOMPARE(window.outlineModel()->rowCount(), 2);
        QVERIFY(window.outlineModel()->index(0).data().toString().contains(QStringLiteral("build")));
        editor->setCursorPosition(4, 3);
        QApplication::processEvents();
        QCOMPARE(window.outlineView()->currentIndex().row(), 1);
        // Typing "--" after COPY offers COPY's flags.
        editor->setCursorPosition(5, 0);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("COPY --"));
        QVERIFY(editor->isListActive());
        editor->cancelList();
        QTest::keyClicks(editor, QStringLiteral("from="));
        QVERIFY(editor->isListActive());
        QTest::keyClick(editor, Qt::Key_Return); // takes the first stage, "build"
        QVERIFY2(editor->text().contains(QStringLiteral("COPY --from=build")), qPrintable(editor->text()));
        // Go to definition of the stage, and of the variable.
        editor->setCursorPosition(4, 14);
        QVERIFY(editor->goToDefinition());
        int line = -1, index = -1;
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        editor->setCursorPosition(3, 16);
        QVERIFY(editor->goToDefinition());
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);
        // Rename the stage everywhere, as one undo step.
        editor->setCursorPosition(1, 20);
        QCOMPARE(editor->symbolUnderCaret(), QStringLiteral("build"));
        QString error;
        QVERIFY(editor->renameSymbol(QStringLiteral("compile"), error));
        QVERIFY(editor->text().contains(QStringLiteral("AS compile")));
        QVERIFY(editor->text().contains(QStringLiteral("COPY --from=compile /a")));
        QVERIFY(!editor->text().contains(QStringLiteral("build /a")));
        editor->undo();
        QVERIFY(editor->text().contains(QStringLiteral("AS build")));
        QVERIFY(!editor->renameSymbol(QStringLiteral("9 bad"), error));
        // Hover documentation of an instruction and a flag, in the chosen language.
        const std::string text = editor->bytes();
        QVERIFY(editor->documentationAt(static_cast<int>(text.find("COPY --from=build /a"))).contains(QStringLiteral("COPY")));
        QVERIFY(editor->documentationAt(static_cast<int>(text.find("--from=build /a")) + 2).contains(QStringLiteral("--from")));
        editor->setLanguage(findings::Language::SimplifiedChinese);
        QVERIFY(editor->documentationAt(static_cast<int>(text.find("COPY --from=build /a"))).contains(QStringLiteral("复制")));
        editor->setModified(false);
    }

    void modelsPassTheModelTester()
    {
        ui::ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::ProblemsProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto lint = [](const std::string& text, const std::string& path) {
            scan::DockerfileScanRequest request;
            request.path = path;
            request.source = text;
            return std::make_shared<const scan::ScanReport>(scan::scanDockerfile(std::move(request)));
        };
        model.setReport(QStringLiteral("a"), lint("FROM ubuntu\nMAINTAINER x\n", "a"));
        model.setReport(QStringLiteral("b"), lint("FROM debian\nRUN apt-get install curl\n", "b"));
        const int both = model.rowCount();
        QVERIFY(both > 4);
        model.setReport(QStringLiteral("a"), lint("FROM ubuntu:24.04\n", "a"));
        QVERIFY(model.rowCount() < both);
        model.renameFile(QStringLiteral("b"), QStringLiteral("c"));
        QCOMPARE(problemRules(model, QStringLiteral("b")).size(), 0);
        QVERIFY(!problemRules(model, QStringLiteral("c")).isEmpty());
        model.setLanguage(findings::Language::SimplifiedChinese);
        proxy.setSeverityShown(findings::Severity::Info, false);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0).data(ui::ProblemsModel::SeverityRole).toInt() != int(findings::Severity::Info));
        proxy.setText(QStringLiteral("DL3008"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText({});
        proxy.sort(ui::ProblemsModel::SeverityColumn);
        model.removeFile(QStringLiteral("c"));
        model.removeFile(QStringLiteral("a"));
        QCOMPARE(model.rowCount(), 0);
    }

    void quotesMatchLikeBrackets()
    {
        ui::DockerfileEditor editor;
        editor.show();
        auto moveTo = [&editor](int position) {
            editor.SendScintilla(QsciScintilla::SCI_GOTOPOS, position);
            QApplication::processEvents(); // the caret's new place is announced with the next UI update
        };
        editor.setText(QStringLiteral("FROM alpine\nRUN echo \"a \\\"b\\\" c\" 'd'\n"));
        const std::string text = editor.bytes();
        const int open = static_cast<int>(text.find('"'));
        const int close = static_cast<int>(text.find("\" '"));
        moveTo(open);
        QCOMPARE(editor.matchedQuotes(), std::make_pair(open, close));
        moveTo(close + 1);
        QCOMPARE(editor.matchedQuotes(), std::make_pair(open, close));
        const int single = static_cast<int>(text.find('\''));
        moveTo(single);
        QCOMPARE(editor.matchedQuotes(), std::make_pair(single, single + 2));
        moveTo(2);
        QCOMPARE(editor.matchedQuotes(), std::make_pair(-1, -1));
    }

    void lexerStylesTheParts()
    {
        ui::DockerfileEditor editor;
        editor.setText(QStringLiteral("# syntax=docker/dockerfile:1\nFROM alpine AS base\nRUN --mount=type=cache,target=/x echo \"$HOME\" <<EOF\nbody\nEOF\n# note\n"));
        editor.SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1);
        auto styleAt = [&editor](int position) {
            return static_cast<int>(editor.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, position));
        };
        const std::string text = editor.bytes();
        auto at = [&text](const char* needle) { return static_cast<int>(text.find(needle)); };
        QCOMPARE(styleAt(at("# syntax")), int(ui::DockerfileLexer::Directive));
        QCOMPARE(styleAt(at("FROM")), int(ui::DockerfileLexer::Instruction));
        QCOMPARE(styleAt(at("--mount")), int(ui::DockerfileLexer::Flag));
        QCOMPARE(styleAt(at("\"$HOME\"")), int(ui::DockerfileLexer::String));
        QCOMPARE(styleAt(at("<<EOF")), int(ui::DockerfileLexer::Operator));
        QCOMPARE(styleAt(at("body")), int(ui::DockerfileLexer::HeredocBody));
        // A RUN heredoc is a shell script: its variables, strings and comments are highlighted; a COPY heredoc is
        // a file's content and is not.
        editor.setText(QStringLiteral("FROM alpine\nRUN <<EOF\necho \"$HOME\" # say\nEOF\nCOPY <<EOF /x\n$HOME\nEOF\n"));
        editor.SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1);
        const std::string heredocs = editor.bytes();
        QCOMPARE(styleAt(int(heredocs.find("\"$HOME\""))), int(ui::DockerfileLexer::String));
        QCOMPARE(styleAt(int(heredocs.find("# say"))), int(ui::DockerfileLexer::Comment));
        QCOMPARE(styleAt(int(heredocs.rfind("$HOME"))), int(ui::DockerfileLexer::HeredocBody));
        QVERIFY(editor.SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, 1) & QsciScintilla::SC_FOLDLEVELHEADERFLAG);
        QVERIFY((editor.SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, 2) & QsciScintilla::SC_FOLDLEVELNUMBERMASK) >
                (editor.SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, 1) & QsciScintilla::SC_FOLDLEVELNUMBERMASK));
        editor.setText(QStringLiteral("# syntax=docker/dockerfile:1\nFROM alpine AS base\nRUN --mount=type=cache,target=/x echo \"$HOME\" <<EOF\nbody\nEOF\n# note\n"));
        editor.SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1);
        QCOMPARE(styleAt(at("# note")), int(ui::DockerfileLexer::Comment));
        // FROM is a fold point: the stage folds.
        QVERIFY(editor.SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, 1) & QsciScintilla::SC_FOLDLEVELHEADERFLAG);
    }

    void versionAndHelpNeedNoDisplay()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DW_GUI_PATH), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("dockwarden "));
        process.start(QStringLiteral(DW_GUI_PATH), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.readAllStandardOutput().contains("usage: dockwarden"));
        process.start(QStringLiteral(DW_GUI_PATH), {});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("no display"));
    }
};

QTEST_MAIN(TestGuiEditor)
#include "tst_gui_editor.moc"
