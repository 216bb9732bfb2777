// dockwarden-cli's history: `lint --record` stores scans, `history` lists and diffs them, `--baseline` fails a run
// only on the findings that are new against a recorded scan.
#include "support/cli_run.h"

#include <QSet>
#include <QtTest>

using namespace dw::test;

class TestCliHistory : public QObject {
    Q_OBJECT

private slots:
    void historyRecordsAndDiffsScans()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("data/history.sqlite"));
        const QString path = write(dir, QStringLiteral("Dockerfile"), "FROM debian:12\nMAINTAINER someone\nRUN apt-get install curl\n"
                                                                      "ENV DB_PASSWORD=s3cr3tPa55w0rd!\n");
        const QStringList record{QStringLiteral("lint"), QStringLiteral("--record"), QStringLiteral("--db"), db, QStringLiteral("--no-fail")};
        const Run first = cli(record + QStringList{path}, {}, dir.path());
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.err.contains("recorded scan 1 of "));
        // Unrelated lines above move every finding down; nothing is new or fixed.
        write(dir, QStringLiteral("Dockerfile"), "# syntax=docker/dockerfile:1\n# build the app\nFROM debian:12\nMAINTAINER someone\n"
                                                 "RUN apt-get install curl\nENV DB_PASSWORD=s3cr3tPa55w0rd!\n");
        QCOMPARE(cli(record + QStringList{path}, {}, dir.path()).exitCode, 0);
        const QJsonObject same = QJsonDocument::fromJson(
            cli({QStringLiteral("history"), QStringLiteral("diff"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")}).out).object();
        QCOMPARE(same[QStringLiteral("added")].toArray().size(), 0);
        QCOMPARE(same[QStringLiteral("fixed")].toArray().size(), 0);
        QVERIFY(same[QStringLiteral("unchanged")].toArray().size() >= 4);

        // MAINTAINER goes: its findings are fixed, the rest unchanged.
        write(dir, QStringLiteral("Dockerfile"), "# syntax=docker/dockerfile:1\n# build the app\nFROM debian:12\n"
                                                 "RUN apt-get install curl\nENV DB_PASSWORD=s3cr3tPa55w0rd!\n");
        QCOMPARE(cli(record + QStringList{path}, {}, dir.path()).exitCode, 0);
        const Run diff = cli({QStringLiteral("history"), QStringLiteral("diff"), QStringLiteral("2"), QStringLiteral("3"),
                              QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(diff.exitCode, 0);
        const QJsonObject changed = QJsonDocument::fromJson(diff.out).object();
        QCOMPARE(changed[QStringLiteral("added")].toArray().size(), 0);
        QStringList fixedRules;
        for (const auto& f : changed[QStringLiteral("fixed")].toArray()) fixedRules << f.toObject()[QStringLiteral("rule")].toString();
        fixedRules.sort();
        QCOMPARE(fixedRules, (QStringList{QStringLiteral("DL4000"), QStringLiteral("MaintainerDeprecated")}));

        const QJsonArray list = QJsonDocument::fromJson(
            cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")}).out).array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].toObject()[QStringLiteral("id")].toInt(), 3);
        QVERIFY(list[0].toObject()[QStringLiteral("riskScore")].toInt() > list[1].toObject()[QStringLiteral("riskScore")].toInt());
        const Run shown = cli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--db"), db});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains("DL4000"));
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("99"), QStringLiteral("--db"), db}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("frobnicate"), QStringLiteral("--db"), db}).exitCode, 2);

        // The database never holds the secret in clear (messages are redacted, line texts are hashed).
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QFile wal(db + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly)) bytes += wal.readAll();
        QVERIFY(!bytes.contains("s3cr3tPa55w0rd"));

        // A damaged database is moved aside with a warning, and recording goes on in a fresh one.
        const QString broken = write(dir, QStringLiteral("broken.sqlite"), QByteArray("not sqlite at all\n").repeated(100));
        const Run recovered = cli({QStringLiteral("lint"), QStringLiteral("--record"), QStringLiteral("--db"), broken,
                                   QStringLiteral("--no-fail"), path}, {}, dir.path());
        QCOMPARE(recovered.exitCode, 0);
        QVERIFY(recovered.err.contains("was damaged; it was moved to"));
        QVERIFY(recovered.err.contains("recorded scan 1 of "));
    }

    void baselineFailsOnlyOnNewFindings()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        const QByteArray before = "FROM debian:12\nMAINTAINER someone\nRUN apt-get install curl\n";
        const QString path = write(dir, QStringLiteral("Dockerfile"), before);
        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--record"), QStringLiteral("--db"), db, QStringLiteral("--no-fail"), path}).exitCode, 0);
        const QStringList againstOne{QStringLiteral("lint"), QStringLiteral("--baseline"), QStringLiteral("1"), QStringLiteral("--db"), db};

        // Nothing new: the run passes although the old findings are still there.
        const Run unchanged = cli(againstOne + QStringList{QStringLiteral("--format=json"), path});
        QCOMPARE(unchanged.exitCode, 0);
        const QJsonArray old = findingsOf(unchanged.out);
        QVERIFY(!old.isEmpty());
        for (const auto& f : old) QCOMPARE(f.toObject()[QStringLiteral("baseline")].toString(), QStringLiteral("unchanged"));

        // A new problem, with a line added above the old ones: only it is new, and it fails the run.
        write(dir, QStringLiteral("Dockerfile"), "# base\nFROM debian:12\nMAINTAINER someone\nRUN apt-get install curl\nWORKDIR app\n");
        const Run added = cli(againstOne + QStringList{QStringLiteral("--format=json"), path});
        QCOMPARE(added.exitCode, 1);
        QStringList fresh;
        for (const auto& f : findingsOf(added.out))
            if (f.toObject()[QStringLiteral("baseline")].toString() == QLatin1String("new"))
                fresh << f.toObject()[QStringLiteral("rule")].toString();
        QVERIFY(!fresh.isEmpty());
        for (const QString& rule : fresh) QVERIFY2(rule != QLatin1String("DL4000") && rule != QLatin1String("DL3008"), qPrintable(rule));

        const Run sarif = cli(againstOne + QStringList{QStringLiteral("--format=sarif"), path});
        QSet<QString> states;
        for (const auto& r : QJsonDocument::fromJson(sarif.out).object()[QStringLiteral("runs")].toArray()[0].toObject()[QStringLiteral("results")].toArray())
            states << r.toObject()[QStringLiteral("baselineState")].toString();
        QCOMPARE(states, (QSet<QString>{QStringLiteral("new"), QStringLiteral("unchanged")}));

        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--baseline"), QStringLiteral("42"), QStringLiteral("--db"), db, path}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--baseline"), QStringLiteral("latest"), QStringLiteral("--db"), db, path}).exitCode, 2);
        const QString other = write(dir, QStringLiteral("other/Dockerfile"), before);
        const Run mismatch = cli(againstOne + QStringList{QStringLiteral("--no-fail"), other});
        QVERIFY(mismatch.err.contains("its findings are not compared"));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
