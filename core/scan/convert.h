// From each engine's own finding type to findings::Finding, with the catalogue's title, refs and remedy.
#pragma once

#include "findings/finding.h"
#include "image/image_check.h"
#include "lint/finding.h"

#include <string>

namespace dw::scan {

findings::FileSpan spanOf(const df::Range& range);

/// A Dockerfile finding (already redacted for display) at `path`.
findings::Finding fromLintFinding(lint::Finding&& finding, const std::string& path);

/// A host check's finding about one object of the host.
findings::Finding fromSubjectFinding(findings::SubjectFinding&& finding, findings::ObjectKind kind, std::string id,
                                     std::string name);

/// An image check's finding about the image named `image`.
findings::Finding fromImageFinding(image::ImageFinding&& finding, const std::string& image);

} // namespace dw::scan
