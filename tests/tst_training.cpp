// The training mode's core: every built-in lesson can be completed with its reference solution and none is
// complete at the start; the lesson format rejects malformed files with the file's name while the others load;
// learners' progress files round-trip and merge into a class summary (CSV, PDF); the CLI checks lessons.
#include "guide/guide_cards.h"
#include "guide/guide_index.h"
#include "support/process_run.h"
#include "training/progress.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using dw::training::Lesson;

namespace {

const QString kCli = QStringLiteral(DW_CLI_PATH);

constexpr const char* kGoodLesson = R"(id: tiny-lesson
order: 5
card: pinned-tags
kind: dockerfile
file: Dockerfile
title:
  en: Pin the tag
  zh_CN: 固定标签
explanation:
  en: Use a version.
  zh_CN: 写明版本。
goal:
  absent: [DL3007]
hints:
  - en: Look at FROM.
    zh_CN: 看看 FROM。
start: |
  FROM alpine:latest
solution: |
  FROM alpine:3.20
)";

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

void write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestTraining : public QObject {
    Q_OBJECT

    dw::training::LessonSet builtin_;

  private slots:
    void initTestCase() { builtin_ = dw::training::loadLessons(dw::training::builtinLessonSources()); }

    void builtinLessonsCoverThePractices()
    {
        QVERIFY2(builtin_.errors.empty(), builtin_.errors.empty() ? "" : builtin_.errors.front().c_str());
        std::set<std::string> imageCards, runtimeCards;
        for (const Lesson& lesson : builtin_.lessons) {
            const dw::guide::GuideCard* card = dw::guide::findCard(lesson.card);
            QVERIFY2(card, lesson.card.c_str());
            for (const std::string& rule : lesson.goalAbsent)
                QVERIFY2(dw::guide::cardOfRule(rule) == card, (lesson.id + ": " + rule).c_str());
            if (card->area == dw::guide::Area::Image) imageCards.insert(lesson.card);
            else runtimeCards.insert(lesson.card);
            if (card->area == dw::guide::Area::Runtime) QVERIFY(lesson.kind != dw::training::LessonKind::Dockerfile);
            QVERIFY(lesson.hints.size() >= 2);
        }
        int imagePractices = 0;
        for (const dw::guide::GuideCard& card : dw::guide::guideCards())
            imagePractices += card.area == dw::guide::Area::Image;
        QCOMPARE(int(imageCards.size()), imagePractices); // one lesson per image practice of the article
        QVERIFY(runtimeCards.size() >= 3);
    }

    void everyLessonCanBeCompletedAndNoneStartsComplete()
    {
        for (const Lesson& lesson : builtin_.lessons) {
            const auto start = dw::training::checkLesson(lesson, lesson.start);
            QVERIFY2(start.parses, lesson.id.c_str());
            QVERIFY2(!start.met(), (lesson.id + ": the starting file already meets the goal").c_str());
            const auto solved = dw::training::checkLesson(lesson, lesson.solution);
            QVERIFY2(solved.met(), (lesson.id + ": the solution leaves " +
                                    (solved.remaining.empty() ? solved.parseProblem : solved.remaining.front()))
                                       .c_str());
        }
    }

    void goalNeedsAFixNotAPragma()
    {
        std::string error;
        const auto lesson = dw::training::parseLesson(kGoodLesson, error);
        QVERIFY(lesson);
        for (const char* silenced : {"# hadolint ignore=DL3007\nFROM alpine:latest\n",
                                     "FROM alpine:latest # dockwarden ignore=DL3007\n",
                                     "# hadolint global ignore=DL3007\nFROM alpine:latest\n"}) {
            const auto state = dw::training::checkLesson(*lesson, silenced);
            QCOMPARE(state.remaining, std::vector<std::string>{"DL3007"});
        }
        const auto broken = dw::training::checkLesson(*lesson, "FROM alpine:3.20\nFROMM x\n");
        QVERIFY(!broken.parses);
        QVERIFY(!broken.met());
    }

    void malformedLessonsNameTheirFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const std::string good = kGoodLesson;
        QTest::newRow("not YAML") << QByteArray("id: [unclosed\n") << QStringLiteral("not valid YAML");
        QTest::newRow("a list") << QByteArray("- a\n- b\n") << QStringLiteral("a lesson is a YAML mapping");
        QTest::newRow("no id") << QByteArray(replaced(good, "id: tiny-lesson\n", "").c_str())
                               << QStringLiteral("'id' is missing");
        QTest::newRow("bad id") << QByteArray(replaced(good, "tiny-lesson", "Tiny Lesson").c_str())
                                << QStringLiteral("kebab-case");
        QTest::newRow("no Chinese") << QByteArray(replaced(good, "  zh_CN: 固定标签\n", "").c_str())
                                    << QStringLiteral("'title' has no Chinese text");
        QTest::newRow("unknown key") << QByteArray((good + "author: me\n").c_str())
                                     << QStringLiteral("line 21: unknown key 'author'");
        QTest::newRow("bad kind") << QByteArray(replaced(good, "kind: dockerfile", "kind: helm").c_str())
                                  << QStringLiteral("'kind' must be dockerfile, compose or shell");
        QTest::newRow("empty goal") << QByteArray(replaced(good, "absent: [DL3007]", "absent: []").c_str())
                                    << QStringLiteral("'goal' needs 'absent'");
        QTest::newRow("order not a number") << QByteArray(replaced(good, "order: 5", "order: first").c_str())
                                            << QStringLiteral("'order' must be a whole number");
        QTest::newRow("path as file") << QByteArray(replaced(good, "file: Dockerfile", "file: ../x").c_str())
                                      << QStringLiteral("plain file name");
    }

    void malformedLessonsNameTheirFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const auto set = dw::training::loadLessons(
            {{"good.yaml", kGoodLesson, {}}, {"/lessons/broken.yaml", content.toStdString(), {}}});
        QCOMPARE(set.lessons.size(), std::size_t(1));
        QCOMPARE(set.lessons[0].id, std::string("tiny-lesson"));
        QCOMPARE(set.errors.size(), std::size_t(1));
        const QString error = QString::fromStdString(set.errors[0]);
        QVERIFY2(error.startsWith(QStringLiteral("/lessons/broken.yaml: ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void trainerFolderAddsAndOverrides()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.yaml")), kGoodLesson);
        write(dir.filePath(QStringLiteral("b.yml")), "{broken");
        write(dir.filePath(QStringLiteral("notes.txt")), "not a lesson");
        write(dir.filePath(QStringLiteral("c.yaml")),
              QByteArray(replaced(builtin_.lessons[0].source.empty() ? std::string() : kGoodLesson, "tiny-lesson",
                                  builtin_.lessons[0].id)
                             .c_str()));
        auto sources = dw::training::builtinLessonSources();
        for (auto& source : dw::training::lessonSourcesIn(dir.path().toStdString())) sources.push_back(source);
        const auto set = dw::training::loadLessons(sources);
        QCOMPARE(set.lessons.size(), builtin_.lessons.size() + 1);
        QCOMPARE(set.errors.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(set.errors[0]).contains(QStringLiteral("b.yml: ")));
        const auto overridden = std::find_if(set.lessons.begin(), set.lessons.end(),
                                             [&](const Lesson& l) { return l.id == builtin_.lessons[0].id; });
        QVERIFY(overridden->source.find("c.yaml") != std::string::npos);
        QVERIFY(dw::training::lessonSourcesIn(dir.filePath(QStringLiteral("missing")).toStdString()).empty());
    }

    void progressRoundTripsAndRejectsForeignFiles()
    {
        dw::training::LearnerProgress progress;
        progress.learner = "王小明";
        progress.lessons["pinned-tags"] = {true, 2, 1760000000};
        progress.lessons["no-secrets"] = {false, 1, 0};
        std::string error;
        const auto back = dw::training::parseProgress(dw::training::progressJson(progress), error);
        QVERIFY2(back, error.c_str());
        QCOMPARE(back->learner, progress.learner);
        QCOMPARE(back->doneCount(), 1);
        QCOMPARE(back->lessons.at("no-secrets").hintsShown, 1);
        for (const char* foreign : {"[]", "{}", "not json", R"({"format":"other","learner":"a","lessons":{}})",
                                    R"({"format":"dockwarden-training-progress","learner":"","lessons":{}})",
                                    R"({"format":"dockwarden-training-progress","learner":"a","lessons":{"x":{"done":"yes"}}})"})
            QVERIFY2(!dw::training::parseProgress(foreign, error), foreign);
        QCOMPARE(dw::training::progressFileName("../../etc/passwd"), std::string("______etc_passwd.json"));
        QCOMPARE(dw::training::progressFileName("王小明"), std::string("王小明.json"));
        QCOMPARE(dw::training::progressFileName("/"), std::string("learner.json"));
    }

    void classSummaryMergesAFolder()
    {
        QTemporaryDir dir;
        const std::string folder = dir.path().toStdString();
        std::string error;
        dw::training::LearnerProgress ana{"Ana", {{"tiny-lesson", {true, 0, 100}}}};
        dw::training::LearnerProgress li{"=cmd|' /C calc'!A0", {{"tiny-lesson", {false, 1, 0}}}};
        QVERIFY(dw::training::saveProgress(folder, ana, error));
        QVERIFY(dw::training::saveProgress(folder, li, error));
        dw::training::LearnerProgress anaLaptop{"Ana", {{"tiny-lesson", {false, 3, 0}}}};
        write(dir.filePath(QStringLiteral("ana-laptop.json")), QByteArray::fromStdString(dw::training::progressJson(anaLaptop)));
        write(dir.filePath(QStringLiteral("broken.json")), "{");

        const auto set = dw::training::loadLessons({{"good.yaml", kGoodLesson, {}}});
        const auto summary = dw::training::readClassFolder(folder, set.lessons);
        QCOMPARE(summary.learners.size(), std::size_t(2));
        QCOMPARE(summary.errors.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(summary.errors[0]).contains(QStringLiteral("broken.json")));
        const auto& merged = summary.learners[1].learner == "Ana" ? summary.learners[1] : summary.learners[0];
        QVERIFY(merged.lessons.at("tiny-lesson").done);
        QCOMPARE(merged.lessons.at("tiny-lesson").hintsShown, 3);

        const std::string csv = dw::training::classSummaryCsv(summary, dw::findings::Language::English);
        QVERIFY2(csv.rfind("learner,Pin the tag,lessons done\r\n", 0) == 0, csv.c_str());
        QVERIFY(csv.find("Ana,done,1/1\r\n") != std::string::npos);
        QVERIFY2(csv.find("'=cmd|' /C calc'!A0,\"started, hints: 1\",0/1\r\n") != std::string::npos, csv.c_str());
        QVERIFY(dw::training::classSummaryCsv(summary, dw::findings::Language::SimplifiedChinese).find("完成") !=
                std::string::npos);

        const std::string pdf = dw::training::classSummaryPdf(summary, dw::findings::Language::SimplifiedChinese, 0, error);
        QVERIFY2(!pdf.empty(), error.c_str());
        const QString path = dir.filePath(QStringLiteral("summary.pdf"));
        write(path, QByteArray::fromStdString(pdf));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) QFAIL("pdftotext is needed");
        const QString text = QString::fromUtf8(dw::test::run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out);
        for (const QString& expected : {QStringLiteral("培训班学习进度汇总"), QStringLiteral("Ana"), QStringLiteral("固定标签"),
                                        QStringLiteral("完成"), QStringLiteral("broken.json")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void cliChecksLessonsAndSummarises()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("good.yaml")), kGoodLesson);
        write(dir.filePath(QStringLiteral("solved.yaml")),
              QByteArray(replaced(replaced(kGoodLesson, "alpine:latest", "alpine:3.19"), "tiny-lesson", "solved").c_str()));
        write(dir.filePath(QStringLiteral("broken.yaml")), "id: [\n");
        auto result = dw::test::run(kCli, {QStringLiteral("training"), QStringLiteral("check"),
                                           dir.filePath(QStringLiteral("good.yaml")), dir.filePath(QStringLiteral("solved.yaml")),
                                           dir.filePath(QStringLiteral("broken.yaml"))});
        QCOMPARE(result.exitCode, 1);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(QStringLiteral("ok     ") + dir.filePath(QStringLiteral("good.yaml"))), qPrintable(out));
        QVERIFY2(out.contains(dir.filePath(QStringLiteral("solved.yaml")) + QStringLiteral(": its starting file already meets the goal")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("error  ") + dir.filePath(QStringLiteral("broken.yaml")) + QStringLiteral(": line")), qPrintable(out));

        result = dw::test::run(kCli, {QStringLiteral("training"), QStringLiteral("check"), QStringLiteral("--lessons"),
                                      dir.filePath(QStringLiteral("none"))});
        QVERIFY2(result.exitCode == 0, result.out.constData());

        QDir(dir.path()).mkdir(QStringLiteral("class"));
        std::string error;
        QVERIFY(dw::training::saveProgress(dir.filePath(QStringLiteral("class")).toStdString(),
                                           {"Bo", {{"pinned-tags", {true, 0, 1}}}}, error));
        const QString csv = dir.filePath(QStringLiteral("class.csv"));
        result = dw::test::run(kCli, {QStringLiteral("training"), QStringLiteral("summary"),
                                      dir.filePath(QStringLiteral("class")), QStringLiteral("--out"), csv,
                                      QStringLiteral("--lessons"), dir.filePath(QStringLiteral("none"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray table = file.readAll();
        QVERIFY2(table.contains("Bo,") && table.contains(",1/16\r\n"), table.constData());
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
