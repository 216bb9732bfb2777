// How a severity looks everywhere in the GUI: its colour (legible on the light and the dark palette) and its icon.
#pragma once

#include "findings/vocabulary.h"

#include <QColor>
#include <QIcon>

namespace dw::ui {

/// True when the application palette is dark (window colour darker than its text).
bool paletteIsDark();

/// The severity's colour on the current palette.
QColor severityColor(findings::Severity severity);

/// A small round icon in the severity's colour with a glyph (×, !, i, ·), drawn once per palette.
QIcon severityIcon(findings::Severity severity);

} // namespace dw::ui
