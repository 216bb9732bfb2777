#include "editor/dockerfile_lexer.h"

#include <Qsci/qsciscintilla.h>

#include <QColor>
#include <QFont>

#include <cctype>

namespace dw::ui {
namespace {

// Line state: bits 0-1 kind (0 normal, 1 continuation, 2 heredoc), bit 2 inside a stage, bits 8+ heredoc id.
constexpr int kNormal = 0;
constexpr int kContinuation = 1;
constexpr int kHeredoc = 2;
constexpr int kInStage = 4;
constexpr int kInRun = 8; // the logical line is a RUN (its heredocs are shell scripts)

int kindOf(int state) { return state & 3; }
int heredocIdOf(int state) { return state >> 8; }

bool isInstruction(const QByteArray& word)
{
    static const char* const names[] = {"FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY",
                                        "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL",
                                        "HEALTHCHECK", "SHELL"};
    const QByteArray upper = word.toUpper();
    for (const char* name : names)
        if (upper == name) return true;
    return false;
}

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

/// One past the closing quote of the string opening at `i` (or the end of the line): a backslash escapes the next
/// character inside double quotes, as in the shell.
int stringEnd(const QByteArray& line, int i)
{
    const int length = static_cast<int>(line.size());
    const char quote = line[i++];
    while (i < length && line[i] != quote && line[i] != '\n') {
        if (line[i] == '\\' && quote == '"' && i + 1 < length) ++i;
        ++i;
    }
    return i < length && line[i] == quote ? i + 1 : i;
}

/// One past the variable reference `$NAME` or `${...}` (nested braces included) starting at `i`.
int variableEnd(const QByteArray& line, int i)
{
    const int length = static_cast<int>(line.size());
    ++i;
    if (i < length && line[i] == '{') {
        int depth = 1;
        ++i;
        while (i < length && depth > 0) {
            if (line[i] == '{') ++depth;
            else if (line[i] == '}') --depth;
            ++i;
        }
        return i;
    }
    while (i < length && isWordChar(line[i])) ++i;
    return i;
}

} // namespace

DockerfileLexer::DockerfileLexer(QObject* parent) : QsciLexerCustom(parent) {}

QString DockerfileLexer::description(int style) const
{
    switch (style) {
    case Default: return tr("Default");
    case Comment: return tr("Comment");
    case Directive: return tr("Parser directive");
    case Instruction: return tr("Instruction");
    case Flag: return tr("Flag");
    case Variable: return tr("Variable");
    case String: return tr("String");
    case Operator: return tr("Continuation or heredoc marker");
    case HeredocBody: return tr("Heredoc body");
    }
    return {};
}

void DockerfileLexer::applyTheme(bool dark, const QFont& font)
{
    const QColor paper = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xff, 0xff, 0xff);
    const QColor ink = dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x1f, 0x1f, 0x1f);
    const QColor colors[StyleCount] = {
        ink,
        dark ? QColor(0x7f, 0x9f, 0x7f) : QColor(0x5f, 0x7f, 0x5f),   // comment
        dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x8e, 0x24, 0xaa),   // directive
        dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x4f, 0xb3),   // instruction
        dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x00, 0x7a, 0x6e),   // flag
        dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x60, 0x9c),   // variable
        dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15),   // string
        dark ? QColor(0xd7, 0xba, 0x7d) : QColor(0x79, 0x5e, 0x26),   // operator
        dark ? QColor(0xbb, 0xbb, 0xbb) : QColor(0x44, 0x44, 0x44),   // heredoc body
    };
    setDefaultPaper(paper);
    setDefaultColor(ink);
    setDefaultFont(font);
    for (int style = 0; style < StyleCount; ++style) {
        setColor(colors[style], style);
        setPaper(paper, style);
        QFont styled = font;
        styled.setBold(style == Instruction || style == Directive);
        styled.setItalic(style == Comment);
        setFont(styled, style);
    }
}

int DockerfileLexer::heredocState(const QByteArray& terminator, bool stripTabs, bool shell)
{
    const QByteArray key = (stripTabs ? QByteArray("-") : QByteArray("+")) + (shell ? QByteArray("s") : QByteArray("f")) + terminator;
    int id = terminatorIds_.value(key, 0);
    if (id == 0) {
        id = static_cast<int>(terminatorIds_.size()) + 1;
        terminatorIds_.insert(key, id);
        terminators_.insert(id, key);
    }
    return (id << 8) | kHeredoc;
}

int DockerfileLexer::styleLine(const QByteArray& line, int state)
{
    const int stage = state & kInStage;
    const int length = static_cast<int>(line.size());
    if (kindOf(state) == kHeredoc) {
        const QByteArray key = terminators_.value(heredocIdOf(state));
        QByteArray body = line;
        while (body.endsWith('\n') || body.endsWith('\r')) body.chop(1);
        if (key.startsWith('-'))
            while (body.startsWith('\t')) body.remove(0, 1);
        if (body == key.mid(2)) {
            setStyling(length, Operator);
            return stage | kNormal;
        }
        if (key.size() > 1 && key[1] == 's') styleShellLine(line);
        else setStyling(length, HeredocBody);
        return state;
    }
    int i = 0;
    while (i < length && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i < length && line[i] == '#') {
        const QByteArray text = line.mid(i + 1).trimmed().toLower();
        const bool directive = kindOf(state) == kNormal && !stage &&
                               (text.startsWith("syntax=") || text.startsWith("escape=") || text.startsWith("check="));
        setStyling(length, directive ? Directive : Comment);
        return state; // a comment keeps a continuation going
    }
    if (i > 0) setStyling(i, Default);
    int next = stage | (kindOf(state) == kContinuation ? (state & kInRun) : 0);
    bool expectInstruction = kindOf(state) == kNormal;
    QByteArray pendingTerminator;
    bool pendingStripTabs = false;
    int lastSignificant = length - 1;
    while (lastSignificant >= 0 && std::isspace(static_cast<unsigned char>(line[lastSignificant]))) --lastSignificant;
    const bool continues = lastSignificant >= 0 && line[lastSignificant] == '\\';

    while (i < length) {
        const char c = line[i];
        int start = i;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            while (i < length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\n')) ++i;
            setStyling(i - start, Default);
        } else if (expectInstruction) {
            while (i < length && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
            const QByteArray word = line.mid(start, i - start);
            const bool known = isInstruction(word);
            setStyling(i - start, known ? Instruction : Default);
            if (word.toUpper() == "FROM") next = kInStage;
            if (word.toUpper() == "RUN") next |= kInRun;
            expectInstruction = known && word.toUpper() == "ONBUILD";
        } else if (c == '\\' && i == lastSignificant) {
            ++i;
            setStyling(1, Operator);
        } else if (c == '-' && i + 1 < length && line[i + 1] == '-' && (i == 0 || std::isspace(static_cast<unsigned char>(line[i - 1])))) {
            while (i < length && line[i] != '=' && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
            setStyling(i - start, Flag);
        } else if (c == '$') {
            i = variableEnd(line, i);
            setStyling(i - start, Variable);
        } else if (c == '"' || c == '\'') {
            i = stringEnd(line, i);
            setStyling(i - start, String);
        } else if (c == '<' && i + 1 < length && line[i + 1] == '<' && i + 2 < length && line[i + 2] != '<') {
            i += 2;
            pendingStripTabs = i < length && line[i] == '-';
            if (pendingStripTabs) ++i;
            const char quote = i < length && (line[i] == '"' || line[i] == '\'') ? line[i] : 0;
            if (quote) ++i;
            const int nameStart = i;
            while (i < length && isWordChar(line[i])) ++i;
            pendingTerminator = line.mid(nameStart, i - nameStart);
            if (quote && i < length && line[i] == quote) ++i;
            setStyling(i - start, Operator);
        } else {
            ++i;
            while (i < length && !std::isspace(static_cast<unsigned char>(line[i])) && line[i] != '$' && line[i] != '"' &&
                   line[i] != '\'' && !(line[i] == '\\' && i == lastSignificant) && !(line[i] == '<' && i + 1 < length && line[i + 1] == '<'))
                ++i;
            setStyling(i - start, Default);
        }
    }
    if (!pendingTerminator.isEmpty())
        return (next & ~kInRun) | heredocState(pendingTerminator, pendingStripTabs, (next & kInRun) != 0);
    return next | (continues ? kContinuation : kNormal);
}

void DockerfileLexer::styleShellLine(const QByteArray& line)
{
    const int length = static_cast<int>(line.size());
    int i = 0;
    while (i < length) {
        const int start = i;
        const char c = line[i];
        if (c == '#' && (i == 0 || std::isspace(static_cast<unsigned char>(line[i - 1])))) {
            setStyling(length - i, Comment);
            return;
        }
        if (c == '"' || c == '\'') {
            i = stringEnd(line, i);
            setStyling(i - start, String);
        } else if (c == '$') {
            i = variableEnd(line, i);
            setStyling(i - start, Variable);
        } else if (c == '&' || c == '|' || c == ';') {
            while (i < length && (line[i] == '&' || line[i] == '|' || line[i] == ';')) ++i;
            setStyling(i - start, Operator);
        } else {
            ++i;
            while (i < length && line[i] != '#' && line[i] != '"' && line[i] != '\'' && line[i] != '$' && line[i] != '&' &&
                   line[i] != '|' && line[i] != ';')
                ++i;
            setStyling(i - start, HeredocBody);
        }
    }
}

void DockerfileLexer::styleText(int start, int end)
{
    QsciScintilla* ed = editor();
    if (!ed) return;
    const int lineCount = static_cast<int>(ed->SendScintilla(QsciScintilla::SCI_GETLINECOUNT));
    int line = static_cast<int>(ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, static_cast<unsigned long>(start)));
    const int lastRequested = static_cast<int>(ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, static_cast<unsigned long>(end)));
    int state = line > 0 ? static_cast<int>(ed->SendScintilla(QsciScintilla::SCI_GETLINESTATE, static_cast<unsigned long>(line - 1))) : 0;
    startStyling(static_cast<int>(ed->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line))));
    for (; line < lineCount; ++line) {
        const int lineLength = static_cast<int>(ed->SendScintilla(QsciScintilla::SCI_LINELENGTH, static_cast<unsigned long>(line)));
        QByteArray text(lineLength, '\0');
        if (lineLength > 0) ed->SendScintilla(QsciScintilla::SCI_GETLINE, static_cast<unsigned long>(line), text.data());
        const int before = static_cast<int>(ed->SendScintilla(QsciScintilla::SCI_GETLINESTATE, static_cast<unsigned long>(line)));
        const bool fromHeader = (state & kInStage) != 0;
        const int after = styleLine(text, state);
        const bool header = kindOf(state) == kNormal && (after & kInStage) &&
                            text.trimmed().toUpper().startsWith("FROM");
        int level = QsciScintilla::SC_FOLDLEVELBASE + ((fromHeader && !header) ? 1 : 0);
        // A heredoc folds too: its marker line is a header, its body and terminator one level deeper.
        if (kindOf(state) == kHeredoc) level += 1;
        if (header || (kindOf(after) == kHeredoc && kindOf(state) != kHeredoc)) level |= QsciScintilla::SC_FOLDLEVELHEADERFLAG;
        ed->SendScintilla(QsciScintilla::SCI_SETFOLDLEVEL, static_cast<unsigned long>(line), static_cast<long>(level));
        ed->SendScintilla(QsciScintilla::SCI_SETLINESTATE, static_cast<unsigned long>(line), static_cast<long>(after));
        state = after;
        // Past the requested range, stop as soon as a line ends as it did before: the rest is styled right.
        if (line >= lastRequested && after == before) break;
    }
}

} // namespace dw::ui
