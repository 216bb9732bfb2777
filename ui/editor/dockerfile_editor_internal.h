// Shared by the two halves of the Dockerfile editor (dockerfile_editor.cpp: display, language help;
// dockerfile_editor_fixes.cpp: the quick-fix menu, fixes and pragmas). Not a public interface.
#pragma once

#include "findings/vocabulary.h"

#include <QString>

namespace dw::ui::editor_internal {

/// The text in `language`, falling back to English where it has none.
inline QString localized(const findings::LocalizedText& text, findings::Language language)
{
    const std::string& value = text.in(language).empty() ? text.en : text.in(language);
    return QString::fromStdString(value);
}

} // namespace dw::ui::editor_internal
