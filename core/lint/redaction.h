// Keeping the secrets a Dockerfile holds out of everything Dockwarden prints.
//
// Rules redact the values they quote in their own messages, but a quick fix may rewrite the very instruction
// that holds a secret (LegacyKeyValueFormat turns `ENV DB_PASSWORD s3cr3t` into `ENV DB_PASSWORD=s3cr3t`), and
// a message of another rule or of ShellCheck may quote it. The linter keeps the raw fixes, since --fix must
// write the real value back; every output goes through redactForDisplay() first.
#pragma once

#include "dockerfile/ast.h"
#include "lint/finding.h"

#include <cstddef>
#include <string>
#include <vector>

namespace dw::lint {

class LintMemo;

/// A secret and the source bytes it was found in (the instruction that holds it).
struct SecretSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string value;
};

/// The secrets that the shared detector (util/secrets.h) finds in the instructions that `findings` touch (their
/// ranges or fix edits, as redactForDisplay() tests them): ENV/ARG/LABEL assignments with a secret name or a
/// credential-shaped value, and credential-shaped tokens anywhere in an instruction (RUN lines, heredocs, ONBUILD
/// triggers). Sorted by position. An instruction no finding touches is not searched: nothing of it is printed.
/// With a memo, an instruction whose text it saw in the last round is not searched again.
std::vector<SecretSpan> collectSecrets(const df::Dockerfile& file, const std::vector<Finding>& findings,
                                       LintMemo* memo = nullptr);

/// Findings ready to print: in each finding whose range or fix edits touch a secret's instruction, every
/// occurrence of the secret (as written, and as escaped inside double quotes) in the message, fix titles and
/// edit texts is replaced by its redaction.
std::vector<Finding> redactForDisplay(std::vector<Finding> findings, const std::vector<SecretSpan>& secrets);

} // namespace dw::lint
