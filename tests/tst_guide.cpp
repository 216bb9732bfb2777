// The Guide's cards as data: both languages complete, examples present, every rule and check of the catalogue
// reachable from exactly one card, every id a card names a real one.
#include "findings/catalogue.h"
#include "guide/guide_cards.h"
#include "guide/guide_index.h"

#include <QtTest>

#include <set>

using namespace dw;

class TestGuide : public QObject {
    Q_OBJECT

private slots:
    void cardsAreCompleteInBothLanguages()
    {
        std::set<std::string_view> ids;
        int image = 0, runtime = 0;
        for (const guide::GuideCard& card : guide::guideCards()) {
            const QByteArray id(card.id.data(), qsizetype(card.id.size()));
            QVERIFY2(ids.insert(card.id).second, "duplicate card " + id);
            for (const findings::LocalizedText* text : {&card.title, &card.summary, &card.why, &card.how}) {
                QVERIFY2(!text->en.empty() && !text->zh.empty(), "missing text in " + id);
                QVERIFY2(text->en != text->zh, "untranslated text in " + id);
            }
            QVERIFY2(!card.badExample.empty() && !card.goodExample.empty() && card.badExample != card.goodExample,
                     "examples of " + id);
            (card.area == guide::Area::Image ? image : runtime) += 1;
            QVERIFY2(!guide::rulesOfCard(card).empty(), "no rules watch " + id);
        }
        QVERIFY(image >= 12); // one per image practice of the article
        QVERIFY(runtime >= 8); // the runtime baseline
    }

    void everyCheckNamedExists()
    {
        for (const guide::GuideCard& card : guide::guideCards())
            for (std::string_view check : card.checks)
                QVERIFY2(findings::findRule(check), ("unknown id " + std::string(check) + " in " + std::string(card.id)).c_str());
    }

    void everyRuleLeadsToACard()
    {
        for (const findings::RuleDescription& rule : findings::catalogue()) {
            const guide::GuideCard* card = guide::cardOfRule(rule.id);
            QVERIFY2(card, ("no card for " + std::string(rule.id)).c_str());
            const auto rules = guide::rulesOfCard(*card);
            QVERIFY(std::find(rules.begin(), rules.end(), rule.id) != rules.end());
        }
        QCOMPARE(guide::cardOfRule("SC2086"), guide::findCard("static-analysis"));
        QVERIFY(!guide::cardOfRule("NOPE123"));
    }

    void runtimeCardsTakeTheirChecksFromThePractice()
    {
        QCOMPARE(guide::cardOfRule("DWH505")->id, std::string_view("runtime-capabilities"));
        QCOMPARE(guide::cardOfRule("DWH513")->id, std::string_view("runtime-read-only-rootfs"));
        QCOMPARE(guide::cardOfRule("DL3006")->id, std::string_view("pinned-tags"));
        QCOMPARE(guide::cardOfRule("DWH207")->id, std::string_view("runtime-daemon"));
        findings::Finding finding;
        finding.rule = "DWH505";
        std::vector<findings::Finding> list{finding, finding};
        list[1].sameAs = "DWH999"; // folded: not counted
        QCOMPARE(guide::countFindings(*guide::findCard("runtime-capabilities"), list), 1);
        QCOMPARE(guide::cardOfPractice(findings::Practice::MultiStage)->id, std::string_view("multi-stage-builds"));
        QCOMPARE(guide::cardOfPractice(findings::Practice::RuntimeHardening)->area, guide::Area::Runtime);
    }
};

QTEST_GUILESS_MAIN(TestGuide)
#include "tst_guide.moc"
