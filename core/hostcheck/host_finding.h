// What a host check reports: one problem of a container, image or daemon, with the evidence that was seen.
#pragma once

#include "lint/finding.h"

#include <string>
#include <vector>

namespace dw::hostcheck {

struct HostFinding {
    std::string rule; ///< stable check id, "DWH505"
    lint::Severity severity = lint::Severity::Warning;
    std::vector<std::string> refs; ///< "cis-docker:5.5", "dockle:CIS-DI-0001"
    std::string subject;           ///< what it is about: container name, image reference, "daemon"
    lint::LocalizedText message;   ///< one line, names the subject
    std::string evidence;          ///< what was seen, "HostConfig.Privileged=true"; secrets redacted
    lint::LocalizedText fix;       ///< the `docker run` flag and the Compose key that fix it
};

} // namespace dw::hostcheck
