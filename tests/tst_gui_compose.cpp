// Compose files and shell scripts in the workbench, as a user meets them: an opened folder lists Compose files
// beside Dockerfiles; a Compose file opens with YAML colouring, squiggles on the keys that cause findings,
// Problems rows (the Dockerfile a service builds included, with its own file name), hover texts, quick fixes as one
// undo step, and completion of service keys; a script's `docker run` lines are checked the same way.
#include "support/gui_fixture.h"

#include "editor/folder_model.h"
#include "editor/folder_view.h"
#include "editor/outline_model.h"
#include "findings/problems_model.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexeryaml.h>

#include <QAbstractItemModelTester>
#include <QMenu>
#include <QTemporaryDir>
#include <QTreeView>

using namespace dw;
using test::findAction;
using test::hasIndicatorAt;

namespace {

const char* const kCompose = "services:\n"
                             "  web:\n"
                             "    build: ./app\n"
                             "    privileged: true   # to be removed\n"
                             "    ports:\n"
                             "      - \"8080:80\"\n";

QStringList problemRules(const ui::ProblemsModel& model, const QString& shownFile = {})
{
    QStringList rules;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (!shownFile.isEmpty() && model.index(row, ui::ProblemsModel::FileColumn).data().toString() != shownFile) continue;
        rules << index.data(ui::ProblemsModel::RuleRole).toString();
    }
    return rules;
}



void write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write the fixture");
    file.write(text);
}

} // namespace

class TestGuiCompose : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::isolateSettings(); }

    void folderListsComposeFilesBesideDockerfiles()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("compose.yaml"), kCompose);
        write(dir, QStringLiteral("app/Dockerfile"), "FROM debian\nRUN apt-get install curl\n");
        write(dir, QStringLiteral("deploy/docker-compose.prod.yml"), "services:\n  db:\n    image: postgres:16\n");
        write(dir, QStringLiteral("config.yaml"), "not: compose\n");
        ui::MainWindow window;
        window.show();
        QAbstractItemModelTester tester(window.folderModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.openFolder(dir.path());
        QVERIFY(test::settle(window));
        ui::FolderModel* model = window.folderModel();
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, 0).data().toString() + QLatin1Char('=') +
                        model->index(row, ui::FolderModel::KindColumn).data().toString();
        QCOMPARE(rows, (QStringList{QStringLiteral("app/Dockerfile=Dockerfile"), QStringLiteral("compose.yaml=Compose"),
                                    QStringLiteral("deploy/docker-compose.prod.yml=Compose")}));
        QVERIFY(model->index(1, ui::FolderModel::ErrorsColumn).data().toInt() >= 1); // DWH505
        QTreeView* tree = window.folderView()->tree();
        emit tree->activated(tree->model()->index(1, 0));
        ui::EditorTab* tab = window.editorArea()->tabFor(dir.filePath(QStringLiteral("compose.yaml")));
        QVERIFY(tab);
        QCOMPARE(tab->editor()->fileType(), scan::FileType::Compose);
        QVERIFY(qobject_cast<QsciLexerYAML*>(tab->editor()->lexer()));
        QCOMPARE(tab->editor()->accessibleName(), QStringLiteral("Compose file editor"));
        QVERIFY(test::settle(window));
    }

    void composeFindingsFixesAndHover()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("compose.yaml"), kCompose);
        write(dir, QStringLiteral("app/Dockerfile"), "FROM debian\nUSER app\nRUN apt-get install curl\n");
        ui::MainWindow window;
        window.show();
        QString error;
        QVERIFY2(window.editorArea()->openFile(dir.filePath(QStringLiteral("compose.yaml")), error) != nullptr, qPrintable(error));
        ui::EditorTab* tab = window.editorArea()->currentTab();
        QVERIFY(test::settle(window));
        auto* editor = tab->editor();
        const QStringList here = problemRules(*window.problemsModel(), QStringLiteral("compose.yaml"));
        QVERIFY2(here.contains(QStringLiteral("DWH505")) && here.contains(QStringLiteral("DWH514")), qPrintable(here.join(u',')));
        // The Outline lists the services.
        QCOMPARE(window.outlineModel()->rowCount(), 1);
        QCOMPARE(window.outlineModel()->index(0).data().toString(), QStringLiteral("web  ←  build ./app"));
        // The Dockerfile the service builds is linted too, its rows named after it.
        QVERIFY(problemRules(*window.problemsModel(), QStringLiteral("Dockerfile")).contains(QStringLiteral("DL3006")));
        // Its USER was read: no "runs as root" on the service.
        QVERIFY(!here.contains(QStringLiteral("DWH540")));
        const int privileged = editor->text().indexOf(QStringLiteral("privileged"));
        QVERIFY(hasIndicatorAt(editor, privileged + 2));
        QVERIFY(!hasIndicatorAt(editor, 0)); // nothing of the Dockerfile's findings lands in this buffer
        const auto onLine = editor->findingsOnLineOf(privileged);
        // DWH505, and DWH503: the daemon turns SELinux labelling off for a privileged container.
        QCOMPARE(onLine.size(), std::size_t(2));
        const auto privilegedFinding = std::find_if(onLine.begin(), onLine.end(), [](const findings::Finding* f) { return f->rule == "DWH505"; });
        QVERIFY(privilegedFinding != onLine.end());
        const QString hover = editor->hoverText(**privilegedFinding);
        QVERIFY2(hover.contains(QStringLiteral("Container runs privileged")) && hover.contains(QStringLiteral("cap-add")),
                 qPrintable(hover));
        // The quick fix removes the line, comment and all, as one undo step.
        const QString original = editor->text();
        editor->setCursorPosition(3, 6);
        std::unique_ptr<QMenu> menu(editor->createQuickFixMenu(nullptr));
        QAction* fix = findAction(menu.get(), QStringLiteral("Remove `privileged: true`"));
        QVERIFY(fix && fix->isEnabled());
        fix->trigger();
        QVERIFY(!editor->text().contains(QStringLiteral("privileged")));
        QVERIFY(editor->text().contains(QStringLiteral("    ports:\n")));
        QVERIFY(test::settle(window));
        QVERIFY(!problemRules(*window.problemsModel(), QStringLiteral("compose.yaml")).contains(QStringLiteral("DWH505")));
        editor->undo();
        QCOMPARE(editor->text(), original);
        // Fix all: the port is bound to 127.0.0.1, a read-only root, dropped capabilities ...; still valid YAML.
        QVERIFY(test::settle(window));
        QVERIFY(editor->applyAllFixes() >= 3);
        QVERIFY(editor->text().contains(QStringLiteral("\"127.0.0.1:8080:80\"")));
        QVERIFY(test::settle(window));
        QVERIFY(!problemRules(*window.problemsModel(), QStringLiteral("compose.yaml")).contains(QStringLiteral("DWC001")));
        editor->setModified(false);
    }

    void composeKeysComplete()
    {
        ui::MainWindow window;
        window.show();
        QTemporaryDir dir;
        write(dir, QStringLiteral("compose.yaml"), "services:\n  web:\n    image: busybox:1.36\n");
        QString error;
        QVERIFY(window.editorArea()->openFile(dir.filePath(QStringLiteral("compose.yaml")), error) != nullptr);
        auto* editor = window.editorArea()->currentTab()->editor();
        editor->setFocus();
        editor->setCursorPosition(2, 23);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("read_o"));
        QVERIFY(editor->isListActive());
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY2(editor->text().contains(QStringLiteral("read_only")), qPrintable(editor->text()));
        editor->setModified(false);
    }

    void shellScriptRunLines()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("deploy.sh"), "#!/bin/sh\ndocker run -d \\\n  --privileged \\\n  busybox:1.36\n");
        ui::MainWindow window;
        window.show();
        QString error;
        QVERIFY(window.editorArea()->openFile(dir.filePath(QStringLiteral("deploy.sh")), error) != nullptr);
        ui::EditorTab* tab = window.editorArea()->currentTab();
        QCOMPARE(tab->editor()->fileType(), scan::FileType::Shell);
        QVERIFY(qobject_cast<QsciLexerBash*>(tab->editor()->lexer()));
        QVERIFY(test::settle(window));
        QVERIFY(problemRules(*window.problemsModel()).contains(QStringLiteral("DWH505")));
        auto* editor = tab->editor();
        editor->setCursorPosition(2, 4);
        std::unique_ptr<QMenu> menu(editor->createQuickFixMenu(nullptr));
        QAction* fix = findAction(menu.get(), QStringLiteral("--privileged"));
        QVERIFY(fix);
        fix->trigger();
        QCOMPARE(editor->text(), QStringLiteral("#!/bin/sh\ndocker run -d \\\n  busybox:1.36\n"));
        editor->setModified(false);
    }
};

QTEST_MAIN(TestGuiCompose)
#include "tst_gui_compose.moc"
