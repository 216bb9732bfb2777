// How a host or image check describes itself, and what it reports about a subject (a container, an image, the
// daemon). Shared by hostcheck/ and image/ so that neither depends on the other to describe its checks.
#pragma once

#include "findings/vocabulary.h"

#include <string>
#include <string_view>
#include <vector>

namespace dw::findings {

/// What a check is: its stable id, default severity, references and texts (English + Simplified Chinese).
struct CheckInfo {
    std::string_view id;                       ///< "DWH505", "DWI101"
    Severity severity = Severity::Warning;     ///< default; a finding may be more severe (see the check)
    std::vector<std::string_view> refs;        ///< "cis-docker:5.5", "dockle:CIS-DI-0001"
    LocalizedText title;                       ///< one line: what is wrong
    LocalizedText explanation;                 ///< why it matters
    LocalizedText remedy;                      ///< what to change: the `docker run` flag and Compose key, the dockerd
                                               ///< option, or the Dockerfile change
    Practice practice = Practice::RuntimeHardening;
};

/// One problem of a container, image or daemon, with the evidence that was seen.
struct SubjectFinding {
    std::string rule; ///< stable check id, "DWH505"
    Severity severity = Severity::Warning;
    std::vector<std::string> refs; ///< "cis-docker:5.5", "dockle:CIS-DI-0001"
    std::string subject;           ///< what it is about: container name, image reference, "daemon"
    LocalizedText message;         ///< one line, names the subject
    std::string evidence;          ///< what was seen, "HostConfig.Privileged=true"; secrets redacted
    LocalizedText remedy;          ///< what to change (see CheckInfo::remedy)
};

/// A finding of `info` about `subject`, with the check's default severity, refs and remedy.
SubjectFinding makeSubjectFinding(const CheckInfo& info, std::string subject, LocalizedText message,
                                  std::string evidence);

} // namespace dw::findings
