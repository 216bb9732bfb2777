#include "history/history_store.h"

#include "util/file_io.h"

#include <sqlite3.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <system_error>

namespace dw::history {
namespace {

namespace fs = std::filesystem;

// Each step takes the schema from version i to i + 1; a file at version v runs the steps from v on.
constexpr const char* kMigrations[] = {
    // 0 -> 1: scans and their findings
    "CREATE TABLE scans (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL,"
    " unix_time INTEGER NOT NULL, tool_version TEXT NOT NULL, risk_score INTEGER NOT NULL,"
    " errors INTEGER NOT NULL, warnings INTEGER NOT NULL, infos INTEGER NOT NULL, styles INTEGER NOT NULL);"
    "CREATE TABLE findings (scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
    " rule TEXT NOT NULL, severity TEXT NOT NULL, location TEXT NOT NULL, message TEXT NOT NULL,"
    " fingerprint TEXT NOT NULL);"
    "CREATE INDEX findings_by_scan ON findings(scan_id, position);",
    // 1 -> 2: listing one target's scans, newest first, without a table scan
    "CREATE INDEX scans_by_target ON scans(target, unix_time DESC, id DESC);",
};
constexpr int kLatestSchema = static_cast<int>(std::size(kMigrations));
static_assert(kLatestSchema == HistoryStore::kSchemaVersion);

class Statement {
  public:
    Statement(sqlite3* db, const char* sql) { ok_ = sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr) == SQLITE_OK; }
    ~Statement() { sqlite3_finalize(statement_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return ok_; }
    Statement& bind(int index, std::int64_t value)
    {
        sqlite3_bind_int64(statement_, index, value);
        return *this;
    }
    Statement& bind(int index, const std::string& value)
    {
        sqlite3_bind_text(statement_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    int step() { return ok_ ? sqlite3_step(statement_) : SQLITE_ERROR; }
    void reset()
    {
        sqlite3_reset(statement_);
        sqlite3_clear_bindings(statement_);
    }
    std::int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }
    std::string text(int column) const
    {
        const auto* bytes = sqlite3_column_text(statement_, column);
        return bytes ? std::string(reinterpret_cast<const char*>(bytes),
                                   static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
                     : std::string();
    }

  private:
    sqlite3_stmt* statement_ = nullptr;
    bool ok_ = false;
};

std::string lastError(sqlite3* db) { return db ? sqlite3_errmsg(db) : "out of memory"; }

bool execute(sqlite3* db, const char* sql, std::string& error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return true;
    error = message ? message : lastError(db);
    sqlite3_free(message);
    return false;
}

int schemaVersion(sqlite3* db)
{
    Statement statement(db, "PRAGMA user_version");
    return statement.step() == SQLITE_ROW ? static_cast<int>(statement.integer(0)) : -1;
}

bool intact(sqlite3* db)
{
    Statement statement(db, "PRAGMA quick_check");
    return statement.step() == SQLITE_ROW && statement.text(0) == "ok";
}

ScanRecord scanFrom(const Statement& row)
{
    ScanRecord scan;
    scan.id = row.integer(0);
    scan.kind = row.text(1);
    scan.target = row.text(2);
    scan.unixTime = row.integer(3);
    scan.toolVersion = row.text(4);
    scan.riskScore = static_cast<int>(row.integer(5));
    scan.errors = static_cast<int>(row.integer(6));
    scan.warnings = static_cast<int>(row.integer(7));
    scan.infos = static_cast<int>(row.integer(8));
    scan.styles = static_cast<int>(row.integer(9));
    return scan;
}

constexpr const char* kScanColumns =
    "id, kind, target, unix_time, tool_version, risk_score, errors, warnings, infos, styles";

std::string asideName(const std::string& path)
{
    char stamp[32];
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
    std::string aside = path + ".corrupt-" + stamp;
    for (int n = 2; fs::exists(aside); ++n) aside = path + ".corrupt-" + stamp + "-" + std::to_string(n);
    return aside;
}

} // namespace

struct HistoryStore::Database {
    sqlite3* db = nullptr;
    ~Database() { sqlite3_close(db); }
};

HistoryStore::HistoryStore(std::unique_ptr<Database> database) : database_(std::move(database)) {}
HistoryStore::~HistoryStore() = default;
HistoryStore::HistoryStore(HistoryStore&&) noexcept = default;
HistoryStore& HistoryStore::operator=(HistoryStore&&) noexcept = default;

std::optional<std::int64_t> parseScanId(std::string_view text)
{
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
    const std::int64_t id = std::stoll(std::string(text));
    if (id <= 0) return std::nullopt;
    return id;
}

std::string defaultHistoryPath()
{
    return (fs::path(fileio::dataDirectory()) / "history.sqlite").string();
}

std::optional<HistoryStore> HistoryStore::open(const std::string& path, std::string& notice, std::string& error)
{
    std::error_code ignored;
    if (const fs::path folder = fs::path(path).parent_path(); !folder.empty()) fs::create_directories(folder, ignored);
    if (fs::is_directory(path, ignored)) {
        error = "history database " + path + " is a directory";
        return std::nullopt;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto database = std::make_unique<Database>();
        if (sqlite3_open_v2(path.c_str(), &database->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
            SQLITE_OK) {
            error = "cannot open the history database " + path + ": " + lastError(database->db);
            return std::nullopt;
        }
        sqlite3_busy_timeout(database->db, 5000);
        const int version = schemaVersion(database->db);
        if (version >= 0 && intact(database->db)) {
            if (version > kLatestSchema) {
                error = "the history database " + path + " was written by a newer Dockwarden (schema " +
                        std::to_string(version) + ")";
                return std::nullopt;
            }
            std::string sqlError;
            bool migrated = execute(database->db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;", sqlError);
            for (int step = version; migrated && step < kLatestSchema; ++step) {
                const std::string sql = std::string("BEGIN;") + kMigrations[step] +
                                        "PRAGMA user_version=" + std::to_string(step + 1) + ";COMMIT;";
                migrated = execute(database->db, sql.c_str(), sqlError);
            }
            if (migrated) return HistoryStore(std::move(database));
            if (attempt == 0 && version > 0) {
                error = "cannot update the history database " + path + ": " + sqlError;
                return std::nullopt;
            }
        }
        // Not a database, or a damaged one: keep it for the user, start afresh.
        database.reset();
        const std::string aside = asideName(path);
        std::error_code renameError;
        fs::rename(path, aside, renameError);
        if (renameError) {
            error = "the history database " + path + " is damaged and cannot be moved aside: " + renameError.message();
            return std::nullopt;
        }
        for (const char* suffix : {"-wal", "-shm"}) fs::rename(path + suffix, aside + suffix, ignored);
        notice = "the history database " + path + " was damaged; it was moved to " + aside + " and a new one started";
    }
    error = "cannot start a new history database at " + path;
    return std::nullopt;
}

std::int64_t HistoryStore::record(const ScanRecord& scan, std::string& error)
{
    sqlite3* db = database_->db;
    if (!execute(db, "BEGIN", error)) return 0;
    Statement insertScan(db, "INSERT INTO scans (kind, target, unix_time, tool_version, risk_score, errors, warnings,"
                             " infos, styles) VALUES (?,?,?,?,?,?,?,?,?)");
    insertScan.bind(1, scan.kind).bind(2, scan.target).bind(3, scan.unixTime).bind(4, scan.toolVersion);
    insertScan.bind(5, scan.riskScore).bind(6, scan.errors).bind(7, scan.warnings).bind(8, scan.infos);
    insertScan.bind(9, scan.styles);
    bool ok = insertScan.step() == SQLITE_DONE;
    const std::int64_t id = sqlite3_last_insert_rowid(db);
    Statement insertFinding(db, "INSERT INTO findings (scan_id, position, rule, severity, location, message,"
                                " fingerprint) VALUES (?,?,?,?,?,?,?)");
    for (std::size_t i = 0; ok && i < scan.findings.size(); ++i) {
        const RecordedFinding& f = scan.findings[i];
        insertFinding.reset();
        insertFinding.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, f.rule);
        insertFinding.bind(4, std::string(findings::severityName(f.severity))).bind(5, f.location);
        insertFinding.bind(6, f.message).bind(7, f.fingerprint);
        ok = insertFinding.step() == SQLITE_DONE;
    }
    if (!ok) {
        error = lastError(db);
        std::string ignored;
        execute(db, "ROLLBACK", ignored);
        return 0;
    }
    return execute(db, "COMMIT", error) ? id : 0;
}

std::vector<ScanRecord> HistoryStore::list(const std::string& target) const
{
    const std::string sql = std::string("SELECT ") + kScanColumns + " FROM scans" +
                            (target.empty() ? "" : " WHERE target = ?") + " ORDER BY unix_time DESC, id DESC";
    Statement query(database_->db, sql.c_str());
    if (!target.empty()) query.bind(1, target);
    std::vector<ScanRecord> scans;
    while (query.step() == SQLITE_ROW) scans.push_back(scanFrom(query));
    return scans;
}

std::optional<ScanRecord> HistoryStore::find(std::int64_t id) const
{
    const std::string sql = std::string("SELECT ") + kScanColumns + " FROM scans WHERE id = ?";
    Statement query(database_->db, sql.c_str());
    query.bind(1, id);
    if (query.step() != SQLITE_ROW) return std::nullopt;
    ScanRecord scan = scanFrom(query);
    Statement rows(database_->db, "SELECT rule, severity, location, message, fingerprint FROM findings"
                                  " WHERE scan_id = ? ORDER BY position");
    rows.bind(1, id);
    while (rows.step() == SQLITE_ROW)
        scan.findings.push_back({rows.text(0), findings::severityFromName(rows.text(1)).value_or(findings::Severity::Warning),
                                 rows.text(2), rows.text(3), rows.text(4)});
    return scan;
}

std::optional<std::pair<ScanRecord, ScanRecord>> HistoryStore::lastTwoScans() const
{
    const std::vector<ScanRecord> all = list();
    if (all.empty()) return std::nullopt;
    const std::vector<ScanRecord> ofTarget = list(all.front().target);
    if (ofTarget.size() < 2) return std::nullopt;
    auto older = find(ofTarget[1].id);
    auto newer = find(ofTarget[0].id);
    if (!older || !newer) return std::nullopt;
    return std::make_pair(std::move(*older), std::move(*newer));
}

std::vector<bool> newSince(const ScanRecord& baseline, const ScanRecord& current)
{
    std::map<std::string, int> before;
    for (const RecordedFinding& f : baseline.findings) ++before[f.fingerprint];
    std::vector<bool> isNew;
    isNew.reserve(current.findings.size());
    for (const RecordedFinding& f : current.findings) {
        auto it = before.find(f.fingerprint);
        const bool known = it != before.end() && it->second > 0;
        if (known) --it->second;
        isNew.push_back(!known);
    }
    return isNew;
}

ScanDiff diffScans(const ScanRecord& older, const ScanRecord& newer)
{
    std::map<std::string, int> before;
    for (const RecordedFinding& f : older.findings) ++before[f.fingerprint];
    ScanDiff diff;
    for (const RecordedFinding& f : newer.findings) {
        auto it = before.find(f.fingerprint);
        if (it != before.end() && it->second > 0) {
            --it->second;
            diff.unchanged.push_back(f);
        } else {
            diff.added.push_back(f);
        }
    }
    std::map<std::string, int> after;
    for (const RecordedFinding& f : newer.findings) ++after[f.fingerprint];
    for (const RecordedFinding& f : older.findings) {
        auto it = after.find(f.fingerprint);
        if (it != after.end() && it->second > 0) --it->second;
        else diff.fixed.push_back(f);
    }
    return diff;
}

} // namespace dw::history
