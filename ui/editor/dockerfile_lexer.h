// Dockerfile highlighting for QScintilla: instructions (also after ONBUILD), flags, variables with their
// defaults, strings, comments, parser directives, heredoc bodies and line continuations. The state at the end of
// each line (continuation, heredoc with its terminator, inside a stage) is kept in Scintilla's line state, so
// re-styling starts at the edited line and stops as soon as a line ends in the state it had before. FROM lines
// are fold headers, so stages fold.
#pragma once

#include <Qsci/qscilexercustom.h>

#include <QByteArray>
#include <QHash>

namespace dw::ui {

class DockerfileLexer : public QsciLexerCustom {
    Q_OBJECT

  public:
    enum Style { Default, Comment, Directive, Instruction, Flag, Variable, String, Operator, HeredocBody, StyleCount };

    explicit DockerfileLexer(QObject* parent = nullptr);

    const char* language() const override { return "Dockerfile"; }
    QString description(int style) const override;
    void styleText(int start, int end) override;

    /// Colours for the dark or the light palette, with `font` for every style.
    void applyTheme(bool dark, const QFont& font);

  private:
    int styleLine(const QByteArray& line, int state);
    int heredocState(const QByteArray& terminator, bool stripTabs, bool shell);
    void styleShellLine(const QByteArray& line);

    /// heredoc state id -> "<strip><kind><terminator>": strip '-' for `<<-` (tabs stripped) or '+', kind 's' for
    /// a RUN script (highlighted as shell) or 'f' for a file's content
    QHash<int, QByteArray> terminators_;
    QHash<QByteArray, int> terminatorIds_;
};

} // namespace dw::ui
