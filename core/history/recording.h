// Turning a scan report into a history record, and marking a report's findings against a recorded baseline.
// Fingerprints survive unrelated changes: a Dockerfile finding's is its rule, a hash of the trimmed text of the
// line it starts on and its occurrence among findings with the same rule and text (adding lines above changes
// nothing; the hash keeps secrets on that line out of the database); a host or image finding's is its rule, its
// object (or image, layer and path) and a hash of its evidence (already redacted).
#pragma once

#include "history/history_store.h"
#include "scan/scan_report.h"

#include <string>

namespace dw::history {

/// The record of `report` under `target` (the history names a Dockerfile by its absolute path, wherever the scan
/// was started from; a host by its endpoint; an image by its reference). Messages in `language`.
ScanRecord scanRecord(const scan::ScanReport& report, const std::string& target, findings::Language language);

/// Marks every finding of `report` New or Unchanged against `baseline`; `current` is scanRecord(report, ...).
/// False (nothing marked) when the two records are of different targets or kinds.
bool markAgainstBaseline(scan::ScanReport& report, const ScanRecord& current, const ScanRecord& baseline);

/// A recorded scan as a report again (for exporting it): its findings with the catalogue's title, references and
/// remedy, placed by their recorded location text, messages as recorded (one language).
scan::ScanReport reportOfRecord(const ScanRecord& record);

/// The scans of one target as trend points, oldest first.
std::vector<ScanRecord> oldestFirst(std::vector<ScanRecord> scans);

} // namespace dw::history
