// The lexers of the file types the editor opens besides Dockerfiles: YAML for Compose files, Bash for shell
// scripts, each coloured to match the Dockerfile lexer in light and dark themes.
#pragma once

#include "scan/runtime_scan.h"

#include <QFont>

class QsciLexer;
class QObject;

namespace dw::ui {

/// A new lexer for `type` (not Dockerfile), owned by `parent`.
QsciLexer* makeLexer(scan::FileType type, QObject* parent);
void applyLexerTheme(QsciLexer* lexer, scan::FileType type, bool dark, const QFont& font);

} // namespace dw::ui
