// Turning one Dockerfile's lint result into a history record. The fingerprint of a finding is its rule, a hash of
// the trimmed text of the line it starts on and its occurrence among findings with the same rule and text: adding
// lines above leaves it unchanged, and the hash keeps secrets on that line out of the database.
#pragma once

#include "history/history_store.h"
#include "lint/finding.h"

#include <string>
#include <string_view>
#include <vector>

namespace dw::history {

/// The record of a lint scan of `source` (the findings already redacted for display); the time is now.
ScanRecord dockerfileScanRecord(const std::string& target, std::string_view source,
                                const std::vector<lint::Finding>& findings, findings::Language language,
                                const std::string& toolVersion);

} // namespace dw::history
