// The scan history store: record, list, find, diff, migration from an older schema, damaged and foreign files.
#include "history/history_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace dw;
using namespace dw::history;

namespace {

RecordedFinding finding(const std::string& rule, const std::string& fingerprint)
{
    return {rule, findings::Severity::Warning, "Dockerfile:1", "message of " + rule, fingerprint};
}

ScanRecord scan(const std::string& target, std::int64_t time, std::vector<RecordedFinding> list)
{
    ScanRecord record;
    record.kind = "dockerfile";
    record.target = target;
    record.unixTime = time;
    record.toolVersion = "0.1.0";
    record.riskScore = 100 - 4 * static_cast<int>(list.size());
    record.warnings = static_cast<int>(list.size());
    record.findings = std::move(list);
    return record;
}

QStringList rulesOf(const std::vector<RecordedFinding>& list)
{
    QStringList rules;
    for (const auto& f : list) rules << QString::fromStdString(f.rule);
    return rules;
}

void runSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QByteArray text = message ? QByteArray(message) : QByteArray();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, text.constData());
}

} // namespace

class TestHistory : public QObject {
    Q_OBJECT

private slots:
    void recordsListsAndFinds()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("sub/history.sqlite")).toStdString();
        std::string notice, error;
        auto store = HistoryStore::open(path, notice, error);
        QVERIFY2(store, error.c_str());
        QVERIFY(notice.empty());
        const std::int64_t first = store->record(scan("a/Dockerfile", 100, {finding("DL3008", "x")}), error);
        const std::int64_t second = store->record(scan("b/Dockerfile", 200, {}), error);
        const std::int64_t third = store->record(scan("a/Dockerfile", 300, {finding("DL3006", "y"), finding("DL3008", "x")}), error);
        QVERIFY(first > 0 && second > first && third > second);

        const auto all = store->list();
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[0].id, third); // newest first
        QVERIFY(all[0].findings.empty());
        QCOMPARE(store->list("a/Dockerfile").size(), std::size_t(2));
        QCOMPARE(store->list("nothing").size(), std::size_t(0));

        const auto found = store->find(third);
        QVERIFY(found);
        QCOMPARE(found->target, std::string("a/Dockerfile"));
        QCOMPARE(found->riskScore, 92);
        QCOMPARE(found->toolVersion, std::string("0.1.0"));
        QCOMPARE(rulesOf(found->findings), (QStringList{"DL3006", "DL3008"}));
        QCOMPARE(found->findings[0].fingerprint, std::string("y"));
        QVERIFY(!store->find(9999));

        // Reopened, the scans are still there (and no migration runs twice).
        store.reset();
        auto again = HistoryStore::open(path, notice, error);
        QVERIFY2(again, error.c_str());
        QCOMPARE(again->list().size(), std::size_t(3));
        const auto lastTwo = again->lastTwoScans();
        QVERIFY(lastTwo);
        QCOMPARE(lastTwo->first.id, first);
        QCOMPARE(lastTwo->second.id, third);
    }

    void diffMatchesByFingerprintAndCountsDuplicates()
    {
        const ScanRecord older = scan("t", 1, {finding("DL3008", "a"), finding("DL3008", "a"), finding("DL3006", "b"),
                                              finding("DL3015", "c")});
        const ScanRecord newer = scan("t", 2, {finding("DL3008", "a"), finding("DL3006", "b"), finding("DL4000", "d")});
        const ScanDiff diff = diffScans(older, newer);
        QCOMPARE(rulesOf(diff.added), QStringList{"DL4000"});
        QCOMPARE(rulesOf(diff.fixed), (QStringList{"DL3008", "DL3015"}));
        QCOMPARE(rulesOf(diff.unchanged), (QStringList{"DL3008", "DL3006"}));
        QVERIFY(diffScans(newer, newer).added.empty());
    }

    void migratesAnOlderSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        // Schema version 1, as the first release wrote it, with one scan in it.
        runSql(path,
               "CREATE TABLE scans (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL,"
               " unix_time INTEGER NOT NULL, tool_version TEXT NOT NULL, risk_score INTEGER NOT NULL,"
               " errors INTEGER NOT NULL, warnings INTEGER NOT NULL, infos INTEGER NOT NULL, styles INTEGER NOT NULL);"
               "CREATE TABLE findings (scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,"
               " position INTEGER NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL, location TEXT NOT NULL,"
               " message TEXT NOT NULL, fingerprint TEXT NOT NULL);"
               "CREATE INDEX findings_by_scan ON findings(scan_id, position);"
               "INSERT INTO scans VALUES (7, 'host', 'unix:///var/run/docker.sock', 50, '0.0.9', 80, 2, 0, 0, 0);"
               "INSERT INTO findings VALUES (7, 0, 'DWH505', 'error', 'container web', 'privileged', 'f');"
               "PRAGMA user_version=1;");
        std::string notice, error;
        auto store = HistoryStore::open(path.toStdString(), notice, error);
        QVERIFY2(store, error.c_str());
        QVERIFY(notice.empty());
        const auto old = store->find(7);
        QVERIFY(old);
        QCOMPARE(old->kind, std::string("host"));
        QCOMPARE(rulesOf(old->findings), QStringList{"DWH505"});
        QCOMPARE(old->findings[0].severity, findings::Severity::Error);
        QVERIFY(store->record(scan("unix:///var/run/docker.sock", 60, {}), error) > 7);
        QCOMPARE(store->list("unix:///var/run/docker.sock").size(), std::size_t(2));
        store.reset();
        // Now at the latest version: the index of version 2 exists.
        runSql(path, "SELECT 1 FROM sqlite_master WHERE name='scans_by_target';");
        sqlite3* db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(statement, 0), HistoryStore::kSchemaVersion);
        sqlite3_finalize(statement);
        sqlite3_close(db);
    }

    void damagedFileIsMovedAsideAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const QByteArray garbage = QByteArray("this is not a database\n").repeated(300);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        std::string notice, error;
        auto store = HistoryStore::open(path.toStdString(), notice, error);
        QVERIFY2(store, error.c_str());
        QVERIFY2(notice.find("was damaged; it was moved to " + path.toStdString() + ".corrupt-") != std::string::npos,
                 notice.c_str());
        const QString aside = QString::fromStdString(notice.substr(notice.find(" moved to ") + 10,
                                                                   notice.find(" and a new") - notice.find(" moved to ") - 10));
        QFile kept(aside);
        QVERIFY2(kept.open(QIODevice::ReadOnly), qPrintable(aside));
        QCOMPARE(kept.readAll(), garbage);
        QVERIFY(store->record(scan("x", 1, {}), error) > 0);
        QCOMPARE(store->list().size(), std::size_t(1));
    }

    void refusesWhatItCannotUse()
    {
        QTemporaryDir dir;
        std::string notice, error;
        QVERIFY(!HistoryStore::open(dir.path().toStdString(), notice, error));
        QVERIFY(error.find("is a directory") != std::string::npos);

        // A newer Dockwarden's file is left alone.
        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        runSql(newer, "CREATE TABLE t (x); PRAGMA user_version=99;");
        error.clear();
        QVERIFY(!HistoryStore::open(newer.toStdString(), notice, error));
        QVERIFY(error.find("newer Dockwarden") != std::string::npos);
        QVERIFY(QFile::exists(newer));
    }

    void defaultPathFollowsXdg()
    {
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", "/data/home");
        QCOMPARE(defaultHistoryPath(), std::string("/data/home/dockwarden/history.sqlite"));
        if (saved.isNull()) qunsetenv("XDG_DATA_HOME");
        else qputenv("XDG_DATA_HOME", saved);
    }
};

QTEST_APPLESS_MAIN(TestHistory)
#include "tst_history.moc"
