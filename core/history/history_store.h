// The scan history: every recorded scan (a Dockerfile, a host, an image) with its target, time, tool version,
// risk score, counts and findings, in one SQLite file (WAL mode). The schema carries a version from the first
// day, and opening an older file migrates it. A file that is corrupt or not a history is moved aside (named in
// the notice) and a fresh one is started: nothing is lost silently.
#pragma once

#include "findings/vocabulary.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::history {

/// One finding as the history keeps it. `fingerprint` identifies the same problem across scans: it must not
/// change when unrelated lines are added above (for a Dockerfile: the rule, the text of the line and its
/// occurrence; for a host or image: the rule, the subject and the evidence).
struct RecordedFinding {
    std::string rule;
    findings::Severity severity = findings::Severity::Warning;
    std::string location; ///< for people: "Dockerfile:12", "container web", "image app:1.0 layer 3 etc/x"
    std::string message;  ///< in the language of the scan
    std::string fingerprint;
};

struct ScanRecord {
    std::int64_t id = 0;      ///< assigned by record()
    std::string kind;         ///< "dockerfile", "host", "image"
    std::string target;       ///< the file path, the endpoint, the image reference
    std::int64_t unixTime = 0;
    std::string toolVersion;
    int riskScore = 100;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int styles = 0;
    std::vector<RecordedFinding> findings; ///< empty in list() results
};

/// What changed between two scans of one target.
struct ScanDiff {
    std::vector<RecordedFinding> added;     ///< in the newer scan only
    std::vector<RecordedFinding> fixed;     ///< in the older scan only
    std::vector<RecordedFinding> unchanged; ///< in both (as the newer scan reports them)
};

/// Matches findings by fingerprint, counting duplicates: two identical findings before and one after is one fixed.
ScanDiff diffScans(const ScanRecord& older, const ScanRecord& newer);

/// For each finding of `current`, whether it is new against `baseline` (matched by fingerprint, duplicates
/// counted).
std::vector<bool> newSince(const ScanRecord& baseline, const ScanRecord& current);

/// A scan id as a user types it ("12"); nullopt unless it is a positive whole number.
std::optional<std::int64_t> parseScanId(std::string_view text);

/// `$XDG_DATA_HOME/dockwarden/history.sqlite`, else `~/.local/share/dockwarden/history.sqlite`.
std::string defaultHistoryPath();

class HistoryStore {
  public:
    ~HistoryStore();
    HistoryStore(HistoryStore&&) noexcept;
    HistoryStore& operator=(HistoryStore&&) noexcept;

    /// Opens or creates the store (and its folder). A corrupt file is moved aside and `notice` says where; nullopt
    /// and `error` when the file cannot be opened or created at all.
    static std::optional<HistoryStore> open(const std::string& path, std::string& notice, std::string& error);

    /// Stores the scan; returns its id, or 0 and `error`.
    std::int64_t record(const ScanRecord& scan, std::string& error);
    /// Newest first; only the scans of `target` when it is not empty.
    std::vector<ScanRecord> list(const std::string& target = {}) const;
    /// The scan with its findings; nullopt when there is none with that id.
    std::optional<ScanRecord> find(std::int64_t id) const;
    /// The two newest scans of the target of the newest scan (newest second); nullopt when it has fewer than two.
    std::optional<std::pair<ScanRecord, ScanRecord>> lastTwoScans() const;

    static constexpr int kSchemaVersion = 2;

  private:
    struct Database;
    explicit HistoryStore(std::unique_ptr<Database> database);
    std::unique_ptr<Database> database_;
};

} // namespace dw::history
