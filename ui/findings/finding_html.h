// A finding as a small HTML card for the details panes of the Host and Images views: severity, rule and title,
// the message, what was seen, what to change (the remedy or the quick fix titles) and the references.
#pragma once

#include "findings/finding.h"

#include <QString>

namespace dw::ui {

QString findingHtml(const findings::Finding& finding, findings::Language language);

} // namespace dw::ui
