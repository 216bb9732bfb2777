// The host's container checks (hostcheck/checks/DWH5nn) run on a ContainerSpec read from a Compose file or a
// `docker run` line: the same implementation and ids as on a live container, with each finding placed on the key
// or option that causes it and fixes as text edits. Checks that only a live host can answer are not run.
#pragma once

#include "findings/finding.h"
#include "runtime/container_spec.h"
#include "runtime/source_text.h"

#include <string_view>
#include <vector>

namespace dw::runtime {

/// A container check that a file cannot answer, and why.
struct LiveOnlyCheck {
    std::string_view id;
    findings::LocalizedText reason;
};
const std::vector<LiveOnlyCheck>& liveOnlyChecks();
bool checkAppliesToFiles(std::string_view id);

/// The findings of every applicable container check on `spec`. `lines` indexes the text of `spec.path` (fixes
/// edit it); findings about settings written in another file (an `extends` base) are placed there, without fixes.
std::vector<findings::Finding> checkSpec(const ContainerSpec& spec, const LineIndex& lines);

/// A source problem (DWCnnn) as a finding.
findings::Finding problemFinding(const SourceProblem& problem);

} // namespace dw::runtime
