// Turning one Dockerfile's lint result into a history record. The fingerprint of a finding is its rule, a hash of
// the trimmed text of the line it starts on and its occurrence among findings with the same rule and text: adding
// lines above leaves it unchanged, and the hash keeps secrets on that line out of the database.
#pragma once

#include "dockerfile/ast.h"
#include "findings/check_info.h"
#include "findings/risk_score.h"
#include "history/history_store.h"
#include "lint/finding.h"

#include <string>
#include <string_view>
#include <vector>

namespace dw::history {

/// The record of a lint scan of `file` (the findings already redacted for display); the time is now.
ScanRecord dockerfileScanRecord(const std::string& target, const df::Dockerfile& file,
                                const std::vector<lint::Finding>& findings, findings::Language language,
                                const std::string& toolVersion);

/// One finding of a host or image scan and where it is ("container web", "image app:1.0 layer 2 etc/x").
struct LocatedFinding {
    const findings::SubjectFinding* finding = nullptr;
    std::string location;
};

/// The record of a host or image scan. A finding's fingerprint is its rule, its location and a hash of its
/// evidence (already redacted), so the same problem of the same object matches across scans.
ScanRecord subjectScanRecord(const std::string& kind, const std::string& target,
                             const std::vector<LocatedFinding>& findings, const findings::RiskScore& risk,
                             findings::Language language, const std::string& toolVersion);

} // namespace dw::history
