// Runs the rules over a parsed Dockerfile and applies pragmas, configuration and severities.
#pragma once

#include "dockerfile/ast.h"
#include "lint/config.h"
#include "lint/finding.h"
#include "lint/lint_context.h"
#include "lint/lint_memo.h"
#include "lint/redaction.h"

#include <map>
#include <string>
#include <vector>

namespace dw::lint {

struct LintOptions {
    Config config;
    std::map<std::string, std::string> buildArgs;
    const DockerIgnore* dockerignore = nullptr;
    bool keepIgnoredSeverity = false; ///< report findings whose effective severity is Ignore (for scoring)
    bool shellcheck = false;          ///< also run ShellCheck on RUN scripts (SCxxxx findings)
    std::string shellcheckExecutable = "shellcheck";
    /// Kept from the last lint of the same document (the editor's); null lints from scratch. Results are the
    /// same either way.
    LintMemo* memo = nullptr;
};

struct LintResult {
    std::vector<Finding> findings; ///< sorted by position, then rule id; fixes carry raw values, so print
                                   ///< redactForDisplay(findings, secrets) (lint/redaction.h), never these
    std::vector<SecretSpan> secrets; ///< the secrets of the instructions the findings touch, for redactForDisplay
    std::string shellcheckProblem; ///< set when ShellCheck was asked for but could not run fully
};

/// Lints a parsed file: syntax errors become DL1000 findings, every rule runs (ONBUILD pass included),
/// `# hadolint ignore=`, `# dockwarden ignore=`, `# check=` and the config filter the results.
LintResult lint(const df::Dockerfile& file, const LintOptions& options);

/// An edit's re-lint: parses `source` with memo.parse and lints with the memo. Equal to
/// lint(df::parse(source), options) and parse(source). The caller holds memo.inUse().
struct Relinted {
    df::Dockerfile file;
    LintResult result;
};
Relinted relint(std::string source, const LintOptions& options, LintMemo& memo);

} // namespace dw::lint
