// The practices of the image-security guide by name, in the GUI's language.
#pragma once

#include "findings/finding.h"

#include <QString>

#include <optional>

namespace dw::ui {

QString practiceDisplayName(findings::Practice practice);

/// The practice a finding's rule belongs to (the catalogue's), when the rule is catalogued.
std::optional<findings::Practice> practiceOf(const findings::Finding& finding);

} // namespace dw::ui
