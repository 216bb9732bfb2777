// ShellCheck on RUN scripts, as hadolint does: SCxxxx findings at the RUN they come from. All RUNs of a file
// that share a shell dialect go to one shellcheck process (each start costs tens of milliseconds).
#pragma once

#include "lint/finding.h"
#include "lint/lint_context.h"

#include <string>
#include <vector>

namespace dw::lint {

struct ShellcheckStatus {
    bool available = true; ///< false when no shellcheck executable was found
    std::string error;     ///< a run failed (timeout, unreadable output); findings may be incomplete
};

ShellcheckStatus runShellcheck(const LintContext& ctx, std::vector<Finding>& out,
                               const std::string& executable = "shellcheck");

} // namespace dw::lint
