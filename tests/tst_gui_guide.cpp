// The Guide view as a user meets it: every card listed and searchable, a card's sections and examples, the current
// findings counted on their cards, a rule expanding to its documentation, "Why? How to fix" from the editor and the
// Problems panel leading to the right card, and from a card back to its findings; in both languages.
#include "support/gui_fixture.h"

#include "dashboard/dashboard_view.h"
#include "findings/finding_html.h"
#include "findings/problems_model.h"
#include "findings/problems_proxy.h"
#include "findings/problems_view.h"
#include "guide/guide_cards.h"
#include "guide/guide_cards_model.h"
#include "guide/guide_index.h"
#include "guide/guide_view.h"
#include "guide/guided_fix_dialog.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListView>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>

using namespace dw;

class TestGuiGuide : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::isolateSettings(); }

    void cardsAreListedAndSearchable()
    {
        ui::MainWindow window;
        window.show();
        window.showPage(ui::MainWindow::GuidePage); // as the user opens it from the navigation
        ui::GuideView* guide = window.guideView();
        QAbstractItemModelTester tester(guide->cardsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(guide->cardList()->model()->rowCount(), int(guide::guideCards().size()));
        QLineEdit* search = guide->findChild<QLineEdit*>();
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("DWH505"));
        QCOMPARE(guide->cardList()->model()->rowCount(), 1);
        QCOMPARE(guide->cardList()->model()->index(0, 0).data(ui::GuideCardsModel::IdRole).toString(),
                 QStringLiteral("runtime-capabilities"));
        search->clear();
        QVERIFY(guide->showCard(QStringLiteral("multi-stage-builds")));
        const QString card = guide->cardBrowser()->toPlainText();
        QVERIFY(card.contains(QStringLiteral("Why it matters")) && card.contains(QStringLiteral("What to do")));
        QVERIFY(card.contains(QStringLiteral("Avoid")) && card.contains(QStringLiteral("Prefer")));
        QVERIFY(card.contains(QStringLiteral("DL3022")));
        QVERIFY(!guide->cardList()->accessibleName().isEmpty());
    }

    void findingsLeadToCardsAndBack()
    {
        ui::MainWindow window;
        window.show();
        ui::EditorTab* tab = window.editorArea()->newUntitled(QStringLiteral("FROM ubuntu:latest\nRUN apt-get install -y curl\n"));
        QVERIFY(test::settle(window));
        ui::GuideView* guide = window.guideView();
        // The card of the latest tag counts the file's finding.
        const int row = guide->cardsModel()->rowOf("pinned-tags");
        QVERIFY(guide->cardsModel()->index(row).data(ui::GuideCardsModel::CountRole).toInt() >= 1);
        // From the editor's quick-fix menu: Why? How to fix.
        tab->editor()->setCursorPosition(0, 6);
        std::unique_ptr<QMenu> menu(tab->editor()->createQuickFixMenu(nullptr));
        QAction* why = test::findAction(menu.get(), QStringLiteral("DL3007"));
        QMenu* whyMenu = nullptr;
        for (QAction* action : menu->actions())
            if (action->menu() && action->text().contains(QStringLiteral("Why"))) whyMenu = action->menu();
        QVERIFY(why && whyMenu);
        QAction* latest = test::findAction(whyMenu, QStringLiteral("DL3007"));
        QVERIFY(latest);
        latest->trigger();
        QCOMPARE(window.currentPage(), ui::MainWindow::GuidePage);
        QCOMPARE(guide->currentCardId(), QStringLiteral("pinned-tags"));
        QVERIFY2(guide->cardBrowser()->toPlainText().contains(QStringLiteral("in the open files")), qPrintable(guide->cardBrowser()->toPlainText()));
        // The rule's documentation is open in place.
        QVERIFY(guide->cardBrowser()->toPlainText().contains(QStringLiteral("References:")));
        // Back: the card's findings in the Problems panel, filtered, with a button that clears the filter.
        emit guide->cardBrowser()->anchorClicked(QUrl(QStringLiteral("findings:")));
        QCOMPARE(window.currentPage(), ui::MainWindow::EditorPage);
        QTableView* table = window.problemsView()->table();
        QVERIFY(table->model()->rowCount() >= 1);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString rule = table->model()->index(r, ui::ProblemsModel::RuleColumn).data().toString();
            QVERIFY2(guide::cardOfRule(rule.toStdString()) == guide::findCard("pinned-tags"), qPrintable(rule));
        }
        QToolButton* clear = window.problemsView()->rulesFilterButton();
        QVERIFY(clear->isVisible());
        clear->click();
        QVERIFY(!clear->isVisible());
        QVERIFY(table->model()->rowCount() > 1);
        // From the Problems panel.
        window.showGuideFor(QStringLiteral("DL3015"));
        QCOMPARE(guide->currentCardId(), QStringLiteral("minimal-base-image"));
        tab->editor()->setModified(false);
    }

    void findingCardsLinkToTheGuide()
    {
        findings::Finding finding;
        finding.rule = "DWH505";
        finding.message = {"Container 'x' runs privileged", "容器 'x' 以特权模式运行"};
        const QString html = ui::findingHtml(finding, findings::Language::English);
        QVERIFY(html.contains(QStringLiteral("href='guide:DWH505'")));
        ui::MainWindow window;
        window.show();
        // The link of the Host and Images views' finding cards ends here.
        window.showGuideFor(QStringLiteral("DWH505"));
        QCOMPARE(window.currentPage(), ui::MainWindow::GuidePage);
        QCOMPARE(window.guideView()->currentCardId(), QStringLiteral("runtime-capabilities"));
        window.showGuideFor(QStringLiteral("NOT-A-RULE"));
        QCOMPARE(window.guideView()->currentCardId(), QStringLiteral("runtime-capabilities"));
    }

    void guidedFixIsReviewedEditedAndOneUndoStep()
    {
        ui::MainWindow window;
        window.show();
        const QString original = QStringLiteral("FROM debian:12\nRUN apt-get update\nCMD [\"app\"]\n");
        ui::EditorTab* tab = window.editorArea()->newUntitled(original);
        QVERIFY(test::settle(window));
        // From the card of least privilege.
        window.showPage(ui::MainWindow::GuidePage);
        QVERIFY(window.guideView()->showCard(QStringLiteral("least-privilege-user")));
        QVERIFY(window.guideView()->cardBrowser()->toHtml().contains(QStringLiteral("guided:add-non-root-user")));
        ui::GuidedFixDialog* dialog = window.openGuidedFixes(QStringLiteral("add-non-root-user"));
        QVERIFY(dialog);
        QCOMPARE(dialog->selectedFix(), QStringLiteral("add-non-root-user"));
        QVERIFY(dialog->diffView()->toPlainText().contains(QStringLiteral("+ USER app")));
        QVERIFY(dialog->diffView()->toPlainText().contains(QStringLiteral("  FROM debian:12")));
        // Edited before applying: the diff follows, and the edit is what lands.
        QString edited = dialog->editor()->toPlainText();
        edited.replace(QStringLiteral("USER app"), QStringLiteral("USER app:app"));
        dialog->editor()->setPlainText(edited);
        QVERIFY(dialog->diffView()->toPlainText().contains(QStringLiteral("+ USER app:app")));
        dialog->accept();
        QCOMPARE(tab->editor()->text(), edited);
        QVERIFY(test::settle(window));
        QVERIFY(!window.problemsModel()->count(findings::Severity::Error, tab->key()) ||
                !tab->lastReport() || std::none_of(tab->lastReport()->findings.begin(), tab->lastReport()->findings.end(),
                                                   [](const findings::Finding& f) { return f.rule == "DW1004"; }));
        tab->editor()->undo();
        QCOMPARE(tab->editor()->text(), original);
        // Nothing to do on a file that already follows the practices: a clear status instead of an empty dialog.
        tab->editor()->setText(QStringLiteral("FROM scratch\nCOPY app /app\n"));
        QVERIFY(!window.openGuidedFixes());
        tab->editor()->setModified(false);
    }

    void dashboardPracticesOpenTheirCards()
    {
        ui::MainWindow window;
        window.show();
        auto report = std::make_shared<scan::ScanReport>();
        report->kind = findings::Engine::Host;
        findings::Finding finding;
        finding.rule = "DL3007";
        finding.location = findings::HostObjectLocation{findings::ObjectKind::Image, "sha256:1", "app:latest"};
        report->findings.push_back(finding);
        window.dashboardView()->setReport(report);
        QVERIFY(test::settle(window));
        QTableView* practices = window.dashboardView()->practiceTable();
        QCOMPARE(practices->model()->rowCount(), 1);
        emit practices->activated(practices->model()->index(0, 1));
        QCOMPARE(window.currentPage(), ui::MainWindow::GuidePage);
        QCOMPARE(window.guideView()->currentCardId(), QStringLiteral("pinned-tags"));
    }

    void followsTheLanguage()
    {
        ui::MainWindow window;
        window.show();
        window.showPage(ui::MainWindow::GuidePage);
        window.guideView()->showCard(QStringLiteral("runtime-read-only-rootfs"));
        ui::AppSettings settings = window.settings();
        settings.language = QStringLiteral("zh_CN");
        window.applySettings(settings);
        QVERIFY(test::settle(window));
        const QString card = window.guideView()->cardBrowser()->toPlainText();
        QVERIFY2(card.contains(QStringLiteral("为什么重要")) || card.contains(QStringLiteral("只读")), qPrintable(card.left(200)));
        QVERIFY(window.guideView()->cardList()->model()->index(0, 0).data().toString().contains(QChar(0x955c)) ||
                !window.guideView()->cardList()->model()->index(0, 0).data().toString().isEmpty());
        settings.language = QStringLiteral("en");
        window.applySettings(settings);
    }
};

QTEST_MAIN(TestGuiGuide)
#include "tst_gui_guide.moc"
