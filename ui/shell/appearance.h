// Language and theme of the running application: switching either takes effect at once, without a restart.
#pragma once

#include "findings/vocabulary.h"

#include <QString>

namespace dw::ui {

/// Installs the translators for "en", "zh_CN" or "system" (the system locale decides), and for Chinese the
/// font family that renders Simplified Chinese glyphs ("Noto Sans CJK SC"). Every widget receives a
/// LanguageChange event. Returns the language the findings are shown in.
findings::Language applyLanguage(const QString& choice);

/// The language code a choice resolves to: "en" or "zh_CN".
QString resolvedLanguage(const QString& choice);

/// "system" (the style's own palette), "light" or "dark" (Fusion with a matching palette).
void applyTheme(const QString& choice);

} // namespace dw::ui
