// Helpers for the LABEL and label-schema rules (DL3048-DL3058): pair access, report ranges, value formats
// (URL, RFC 3339 time, semantic version, git hash, e-mail address, SPDX licence) and the common shape of
// the "schema label of type T holds a valid T" rules. The SPDX table and expression parser are in
// support_labels_spdx.cpp.
#pragma once

#include "lint/rule_support.h"

#include <string>
#include <string_view>
#include <vector>

namespace dw::lint::support {

/// The key of an ENV/LABEL/ARG pair with one level of quotes removed (`"a.b"=c` has key `a.b`).
std::string pairKey(const df::KeyValue& pair);
/// The value of a pair with quotes removed and escapes resolved; "" when the pair has no value.
std::string pairValue(const df::KeyValue& pair);
/// True if the value refers to a variable (`$X`, `${X}`) that LABEL would expand at build time, so the
/// written text says nothing about the final value.
bool pairValueHasVariable(const df::KeyValue& pair, char32_t escape);

/// Where to report a finding about one pair: the pair itself when it starts on the instruction's first line,
/// otherwise the span from the instruction's start to the pair's end (hadolint reports the instruction line).
df::Range pairReportRange(const df::Instruction& instruction, const df::KeyValue& pair);

/// The labels of the configured `label-schema` whose type is `type` ("url", "email", ...; case-insensitive).
std::vector<std::string> schemaLabelsOfType(const Config& config, std::string_view type);

/// RFC 3986 absolute URI (`scheme:rest`, with an optional `//authority`, query and fragment).
bool isUri(std::string_view text);
/// RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM)`; `t` and `z` may be lower case.
bool isRfc3339(std::string_view text);
/// Semantic Versioning 2.0.0: `MAJOR.MINOR.PATCH[-pre.release][+build.meta]`, no leading zeros.
bool isSemVer(std::string_view text);
/// An abbreviated (7) or full (40) lower-case hexadecimal git commit hash.
bool isGitHash(std::string_view text);
/// An RFC 5322 addr-spec: dot-atom or quoted local part, `@`, dot-atom domain or `[domain literal]`.
bool isEmailAddress(std::string_view text);
/// A known SPDX licence identifier (case-insensitive), optionally with `+`, or a `LicenseRef-...`.
bool isSpdxLicenseId(std::string_view text);
/// An SPDX licence expression: identifiers joined by AND / OR, `id WITH exception`, parentheses.
bool isSpdxExpression(std::string_view text);

/// The shared shape of DL3052-DL3058: every LABEL pair whose key has schema type `schemaType()` and whose
/// literal value fails `valid()` gets one finding. Values built from variables are not judged.
class LabelValueRule : public Rule {
public:
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;

protected:
    virtual std::string_view schemaType() const = 0;
    virtual bool valid(std::string_view value) const = 0;
    /// The message for one offending label.
    virtual LocalizedText message(const std::string& label) const = 0;
};

} // namespace dw::lint::support
