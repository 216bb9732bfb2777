// Both languages, everywhere: the translation file is complete (no unfinished, vanished or obsolete entries, and
// nothing in the sources that lupdate would add), and switching the language at run time changes the visible
// texts of every main view at once, the findings included.
#include "support/gui_fixture.h"

#include "guide/guide_view.h"
#include "training/training_view.h"

#include "findings/problems_model.h"
#include "findings/problems_view.h"
#include "settings/settings_dialog.h"
#include "findings/severity_style.h"
#include "shell/placeholder_view.h"

#include <QComboBox>
#include <QDomDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QTemporaryDir>

using namespace dw;

namespace {

struct TsEntries {
    QStringList sources;
    QStringList unfinished;
};

TsEntries readTs(const QString& path)
{
    TsEntries entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return entries;
    QDomDocument document;
    document.setContent(&file);
    const QDomNodeList messages = document.elementsByTagName(QStringLiteral("message"));
    for (int i = 0; i < messages.count(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        const QString source = message.firstChildElement(QStringLiteral("source")).text();
        const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
        entries.sources << source;
        const QString type = translation.attribute(QStringLiteral("type"));
        const bool empty = translation.text().trimmed().isEmpty();
        if (!type.isEmpty() || empty) entries.unfinished << QStringLiteral("%1 [%2]").arg(source, type.isEmpty() ? QStringLiteral("empty") : type);
    }
    return entries;
}

QStringList menuTitles(QMainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) titles << action->text();
    return titles;
}

} // namespace

class TestGuiLanguage : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::isolateSettings(); }

    void translationFileIsComplete()
    {
        const QString committed = QStringLiteral(DW_SOURCE_DIR "/translations/dockwarden_zh_CN.ts");
        const TsEntries entries = readTs(committed);
        QVERIFY(entries.sources.size() > 100);
        QVERIFY2(entries.unfinished.isEmpty(), qPrintable(entries.unfinished.join(u'\n')));

        // What lupdate finds in the sources today must all be in the committed file already.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(DW_LUPDATE_PATH), {QStringLiteral(DW_SOURCE_DIR "/ui"), QStringLiteral(DW_SOURCE_DIR "/app/gui"),
                                                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                                                       QStringLiteral("-locations"), QStringLiteral("none"),
                                                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QStringList inSources = readTs(fresh).sources;
        QStringList missing;
        for (const QString& source : inSources)
            if (!entries.sources.contains(source)) missing << source;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the .ts (run the dockwarden_ui_lupdate target and translate): ") + missing.join(u'\n')));
        QStringList obsolete;
        for (const QString& source : entries.sources)
            if (!inSources.contains(source)) obsolete << source;
        QVERIFY2(obsolete.isEmpty(), qPrintable(QStringLiteral("no longer in the sources: ") + obsolete.join(u'\n')));
    }

    void switchesLanguageAtRunTime()
    {
        ui::MainWindow window;
        window.openInitialFiles({}, QStringLiteral("FROM python:3.12\nMAINTAINER ops@example.com\n"));
        window.show();
        QVERIFY(test::settle(window));
        ui::AppSettings settings = window.settings();
        settings.language = QStringLiteral("en");
        window.applySettings(settings);
        QApplication::processEvents();
        QCOMPARE(window.navigation()->item(0)->text(), QStringLiteral("Editor"));
        QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
        const QAbstractItemModel* table = window.problemsView()->table()->model();
        QCOMPARE(table->headerData(ui::ProblemsModel::RuleColumn, Qt::Horizontal).toString(), QStringLiteral("Rule"));
        auto messageOf = [table](const QString& rule) {
            for (int row = 0; row < table->rowCount(); ++row)
                if (table->index(row, ui::ProblemsModel::RuleColumn).data().toString() == rule)
                    return table->index(row, ui::ProblemsModel::MessageColumn).data().toString();
            return QString();
        };
        const QString english = messageOf(QStringLiteral("DL4000"));
        QVERIFY(english.contains(QStringLiteral("deprecated")));

        settings.language = QStringLiteral("zh_CN");
        window.applySettings(settings);
        QApplication::processEvents();
        QCOMPARE(window.navigation()->item(0)->text(), QStringLiteral("编辑器"));
        QCOMPARE(window.navigation()->item(1)->text(), QStringLiteral("主机"));
        QVERIFY(menuTitles(window).contains(QStringLiteral("文件(&F)")));
        QCOMPARE(table->headerData(ui::ProblemsModel::RuleColumn, Qt::Horizontal).toString(), QStringLiteral("规则"));
        const QString chinese = messageOf(QStringLiteral("DL4000"));
        QVERIFY2(chinese != english && chinese.contains(QStringLiteral("弃用")), qPrintable(chinese));
        QCOMPARE(window.problemsView()->filterEdit()->placeholderText(), QStringLiteral("按规则、标题、信息或文件筛选"));
        window.showPage(ui::MainWindow::HostPage);
        QTRY_VERIFY_WITH_TIMEOUT(window.hostView()->statusText().contains(QStringLiteral("未找到 Docker 守护进程")), 10000);
        QVERIFY(QApplication::font().families().contains(QStringLiteral("Noto Sans CJK SC")));
        const QStringList pages = {QStringLiteral("编辑器"), QStringLiteral("主机"), QStringLiteral("镜像"),
                                   QStringLiteral("仪表盘"), QStringLiteral("指南"), QStringLiteral("培训")};
        for (int page = 0; page < pages.size(); ++page) QCOMPARE(window.navigation()->item(page)->text(), pages[page]);
        window.showPage(ui::MainWindow::GuidePage);
        window.guideView()->showCard(QStringLiteral("least-privilege-user"));
        QVERIFY(window.guideView()->cardBrowser()->toPlainText().contains(QStringLiteral("为什么重要")));
        window.showPage(ui::MainWindow::TrainingPage);
        ui::TrainingView* training = window.trainingView();
        QVERIFY(training->lessonText()->toPlainText().contains(QStringLiteral("目标")));
        QCOMPARE(training->lessonList()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("课程"));
        QCOMPARE(training->lessonList()->model()->index(0, 0).data().toString(), QStringLiteral("换用精简的基础镜像"));
        QCOMPARE(window.exportReportAction()->text(), QStringLiteral("导出报告(&E)…"));

        // A settings dialog open meanwhile follows the switch too.
        ui::SettingsDialog dialog(window.settings(), window.rulesFile(), &window);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("设置"));
        settings.language = QStringLiteral("en");
        window.applySettings(settings);
        QApplication::processEvents();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
        QCOMPARE(window.navigation()->item(1)->text(), QStringLiteral("Host"));
        QCOMPARE(messageOf(QStringLiteral("DL4000")), english);
        QCOMPARE(training->lessonList()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Lesson"));
        QVERIFY(training->lessonText()->toPlainText().contains(QStringLiteral("Goal")));
        window.editorArea()->currentTab()->editor()->setModified(false);
    }

    void themeSwitchKeepsSeveritiesLegible()
    {
        ui::MainWindow window;
        ui::AppSettings settings = window.settings();
        settings.theme = QStringLiteral("dark");
        window.applySettings(settings);
        const QPalette dark = QApplication::palette();
        QVERIFY(dark.color(QPalette::Window).lightness() < 100);
        // Each severity colour stands out from the dark background.
        for (const auto severity : {findings::Severity::Error, findings::Severity::Warning, findings::Severity::Info,
                                    findings::Severity::Style})
            QVERIFY(std::abs(ui::severityColor(severity).lightness() - dark.color(QPalette::Base).lightness()) > 90);
        settings.theme = QStringLiteral("light");
        window.applySettings(settings);
        const QPalette light = QApplication::palette();
        QVERIFY(light.color(QPalette::Window).lightness() > 150);
        for (const auto severity : {findings::Severity::Error, findings::Severity::Warning, findings::Severity::Info,
                                    findings::Severity::Style})
            QVERIFY(std::abs(ui::severityColor(severity).lightness() - light.color(QPalette::Base).lightness()) > 90);
    }
};

QTEST_MAIN(TestGuiLanguage)
#include "tst_gui_language.moc"
