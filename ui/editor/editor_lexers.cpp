#include "editor/editor_lexers.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexeryaml.h>

#include <QColor>
#include <map>

namespace dw::ui {

QsciLexer* makeLexer(scan::FileType type, QObject* parent)
{
    if (type == scan::FileType::Shell) return new QsciLexerBash(parent);
    return new QsciLexerYAML(parent);
}

void applyLexerTheme(QsciLexer* lexer, scan::FileType type, bool dark, const QFont& font)
{
    const QColor paper = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xff, 0xff, 0xff);
    const QColor ink = dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x1f, 0x1f, 0x1f);
    const QColor comment = dark ? QColor(0x7f, 0x9f, 0x7f) : QColor(0x5f, 0x7f, 0x5f);
    const QColor key = dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x4f, 0xb3);
    const QColor keyword = dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x8e, 0x24, 0xaa);
    const QColor number = dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58);
    const QColor string = dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15);
    const QColor reference = dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x00, 0x7a, 0x6e);
    const QColor variable = dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x60, 0x9c);
    const QColor operators = dark ? QColor(0xd7, 0xba, 0x7d) : QColor(0x79, 0x5e, 0x26);
    const QColor error = dark ? QColor(0xf4, 0x87, 0x71) : QColor(0xc6, 0x28, 0x28);
    std::map<int, QColor> colors;
    std::map<int, bool> bold;
    if (type == scan::FileType::Shell) {
        colors = {{QsciLexerBash::Default, ink},
                  {QsciLexerBash::Error, error},
                  {QsciLexerBash::Comment, comment},
                  {QsciLexerBash::Number, number},
                  {QsciLexerBash::Keyword, keyword},
                  {QsciLexerBash::DoubleQuotedString, string},
                  {QsciLexerBash::SingleQuotedString, string},
                  {QsciLexerBash::Operator, operators},
                  {QsciLexerBash::Identifier, ink},
                  {QsciLexerBash::Scalar, variable},
                  {QsciLexerBash::ParameterExpansion, variable},
                  {QsciLexerBash::Backticks, reference},
                  {QsciLexerBash::HereDocumentDelimiter, operators},
                  {QsciLexerBash::SingleQuotedHereDocument, string}};
        bold = {{QsciLexerBash::Keyword, true}};
    } else {
        colors = {{QsciLexerYAML::Default, ink},
                  {QsciLexerYAML::Comment, comment},
                  {QsciLexerYAML::Identifier, key},
                  {QsciLexerYAML::Keyword, keyword},
                  {QsciLexerYAML::Number, number},
                  {QsciLexerYAML::Reference, reference},
                  {QsciLexerYAML::DocumentDelimiter, operators},
                  {QsciLexerYAML::TextBlockMarker, operators},
                  {QsciLexerYAML::SyntaxErrorMarker, error},
                  {QsciLexerYAML::Operator, operators}};
        bold = {{QsciLexerYAML::Identifier, true}};
    }
    lexer->setDefaultPaper(paper);
    lexer->setDefaultColor(ink);
    lexer->setDefaultFont(font);
    for (const auto& [style, color] : colors) {
        lexer->setColor(color, style);
        lexer->setPaper(paper, style);
        QFont styled = font;
        styled.setBold(bold.count(style) > 0);
        styled.setItalic(style == (type == scan::FileType::Shell ? int(QsciLexerBash::Comment) : int(QsciLexerYAML::Comment)));
        lexer->setFont(styled, style);
    }
}

} // namespace dw::ui
