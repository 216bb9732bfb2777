#include "editor/dockerfile_editor.h"

#include "editor/dockerfile_editor_internal.h"
#include "editor/dockerfile_lexer.h"
#include "editor/editor_lexers.h"
#include "runtime/compose_reader.h"
#include "findings/catalogue.h"
#include "findings/problems_model.h"
#include "findings/severity_style.h"
#include "dockerfile/parser.h"
#include "language/language_service.h"

#include <Qsci/qscistyle.h>

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QToolTip>

#include <algorithm>
#include <cctype>

namespace dw::ui {

using editor_internal::localized;

namespace {

constexpr int kFirstIndicator = 8;  // 8..11: error, warning, info, style squiggles
constexpr int kMarkerMargin = 1;
constexpr int kFoldMargin = 2;
constexpr int kLayerMargin = 3;
constexpr int kAnnotationStyleBase = 64;
constexpr int kQuoteIndicator = 12;

int severityIndex(findings::Severity severity)
{
    return std::min(static_cast<int>(severity), 3);
}

// Scintilla draws higher marker numbers over lower ones: the most severe finding of a line shows.
int markerOf(findings::Severity severity)
{
    return 3 - severityIndex(severity);
}

} // namespace

DockerfileEditor::DockerfileEditor(QWidget* parent) : QsciScintilla(parent), lexer_(new DockerfileLexer(this))
{
    setUtf8(true);
    setAccessibleName(tr("Dockerfile editor"));
    setLexer(lexer_);
    setEolMode(EolUnix);
    setTabWidth(4);
    setIndentationsUseTabs(false);
    setAutoIndent(true);
    setCaretLineVisible(true);
    setBraceMatching(SloppyBraceMatch);
    setMarginType(0, NumberMargin);
    setMarginType(kMarkerMargin, SymbolMargin);
    setMarginWidth(kMarkerMargin, 18);
    setMarginSensitivity(kMarkerMargin, true);
    setMarginMarkerMask(kMarkerMargin, 0xF);
    setFolding(BoxedTreeFoldStyle, kFoldMargin);
    setMargins(4);
    setMarginType(kLayerMargin, TextMargin);
    setMarginWidth(kLayerMargin, 0);
    setAnnotationDisplay(AnnotationIndented);
    setScrollWidthTracking(true);
    SendScintilla(SCI_SETMOUSEDWELLTIME, 400);
    for (int i = 0; i < 4; ++i) indicatorDefine(SquigglePixmapIndicator, kFirstIndicator + i);
    indicatorDefine(FullBoxIndicator, kQuoteIndicator);
    SendScintilla(SCI_INDICSETALPHA, kQuoteIndicator, 70);
    connect(this, &QsciScintilla::cursorPositionChanged, this, &DockerfileEditor::matchQuotes);
    connect(this, &QsciScintilla::textChanged, this, [this] { ++revision_; });
    SendScintilla(SCI_AUTOCSETSEPARATOR, static_cast<unsigned long>('\n'));
    SendScintilla(SCI_AUTOCSETIGNORECASE, 1);
    SendScintilla(SCI_AUTOCSETAUTOHIDE, 1);
    SendScintilla(SCI_AUTOCSETMAXHEIGHT, 12);
    // Completions pop up by themselves where there is something to choose: an instruction at the start of a line,
    // a flag after "--", a variable after "$", a stage after "--from=".
    connect(this, &QsciScintilla::SCN_CHARADDED, this, [this](int character) {
        if (isListActive()) return;
        const int offset = caretOffset();
        const std::string text = bytes();
        const std::size_t lineStart = text.rfind('\n', offset > 0 ? offset - 1 : 0);
        const std::string_view before = std::string_view(text).substr(lineStart == std::string::npos ? 0 : lineStart + 1);
        const bool atLineStart = std::isalpha(character) && before.find_first_of(" \t") == std::string_view::npos &&
                                 before.size() <= static_cast<std::size_t>(offset) && offset > 0;
        if (fileType_ == scan::FileType::Compose) {
            if (std::isalpha(character)) showCompletions();
            return;
        }
        if (character == '-' || character == '$' || character == '{' || character == '=' || atLineStart) showCompletions();
    });
    connect(this, &QsciScintilla::SCN_DWELLSTART, this, &DockerfileEditor::showHover);
    connect(this, &QsciScintilla::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    connect(this, &QsciScintilla::marginClicked, this, [this](int margin, int line, Qt::KeyboardModifiers) {
        if (margin != kMarkerMargin) return;
        setCursorPosition(line, 0);
        showQuickFixMenuAtCaret();
    });
    applyTheme(paletteIsDark(), QFont(QStringLiteral("Monospace"), 11));
}

void DockerfileEditor::setLayerNotes(const QMap<int, QString>& notes)
{
    layerNotes_ = notes;
    clearMarginText();
    QString widest;
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        setMarginText(it.key(), it.value(), STYLE_LINENUMBER);
        if (it.value().size() > widest.size()) widest = it.value();
    }
    setMarginWidth(kLayerMargin, notes.isEmpty() ? QString() : widest + QStringLiteral("  "));
    if (notes.isEmpty()) setMarginWidth(kLayerMargin, 0);
}

void DockerfileEditor::setFileType(scan::FileType type)
{
    if (type == fileType_) return;
    fileType_ = type;
    delete otherLexer_;
    otherLexer_ = nullptr;
    if (type == scan::FileType::Dockerfile) {
        setLexer(lexer_);
        setAccessibleName(tr("Dockerfile editor"));
    } else {
        otherLexer_ = makeLexer(type, this);
        setLexer(otherLexer_);
        setAccessibleName(type == scan::FileType::Compose ? tr("Compose file editor") : tr("Shell script editor"));
        setTabWidth(2);
    }
    applyTheme(dark_, font_);
}

bool DockerfileEditor::isHere(const findings::Finding& finding) const
{
    const auto* file = findings::fileLocationOf(finding);
    return file && (!report_ || fileType_ == scan::FileType::Dockerfile || file->path == report_->target);
}

void DockerfileEditor::applyTheme(bool dark, const QFont& font)
{
    dark_ = dark;
    font_ = font;
    QFont fixed = font;
    fixed.setStyleHint(QFont::TypeWriter);
    lexer_->applyTheme(dark, fixed);
    if (otherLexer_) applyLexerTheme(otherLexer_, fileType_, dark, fixed);
    setCaretForegroundColor(dark ? QColor(0xee, 0xee, 0xee) : QColor(0x11, 0x11, 0x11));
    setCaretLineBackgroundColor(dark ? QColor(0x2a, 0x2d, 0x33) : QColor(0xf2, 0xf6, 0xfc));
    setMarginsBackgroundColor(dark ? QColor(0x25, 0x26, 0x2a) : QColor(0xf3, 0xf3, 0xf3));
    setMarginsForegroundColor(dark ? QColor(0x85, 0x85, 0x85) : QColor(0x6e, 0x6e, 0x6e));
    setFoldMarginColors(dark ? QColor(0x25, 0x26, 0x2a) : QColor(0xf3, 0xf3, 0xf3),
                        dark ? QColor(0x25, 0x26, 0x2a) : QColor(0xf3, 0xf3, 0xf3));
    setMatchedBraceBackgroundColor(dark ? QColor(0x3a, 0x5a, 0x3a) : QColor(0xc8, 0xe6, 0xc9));
    setMarginsFont(fixed);
    setMarginWidth(0, QStringLiteral("00000"));
    const findings::Severity severities[] = {findings::Severity::Error, findings::Severity::Warning,
                                             findings::Severity::Info, findings::Severity::Style};
    for (const findings::Severity severity : severities) {
        const int i = severityIndex(severity);
        const QColor color = severityColor(severity);
        setIndicatorForegroundColor(color, kFirstIndicator + i);
        markerDefine(severityIcon(severity).pixmap(14, 14), markerOf(severity));
        // A tint of the severity over the editor's paper, with the text in the severity's colour.
        const QColor base = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xff, 0xff, 0xff);
        const double tint = dark ? 0.22 : 0.12;
        const QColor paper = QColor::fromRgbF(base.redF() + (color.redF() - base.redF()) * tint,
                                              base.greenF() + (color.greenF() - base.greenF()) * tint,
                                              base.blueF() + (color.blueF() - base.blueF()) * tint);
        QFont small = fixed;
        small.setPointSizeF(fixed.pointSizeF() * 0.9);
        small.setItalic(true);
        annotationStyles_[static_cast<std::size_t>(i)] =
            QsciStyle(kAnnotationStyleBase + i, QStringLiteral("annotation"), color, paper, small);
    }
    recolor();
    if (report_) markFindings();
}

std::string DockerfileEditor::bytes() const
{
    const int length = static_cast<int>(SendScintilla(SCI_GETLENGTH));
    std::string out(static_cast<std::size_t>(length) + 1, '\0');
    SendScintilla(SCI_GETTEXT, static_cast<unsigned long>(length + 1), out.data());
    out.resize(static_cast<std::size_t>(length));
    return out;
}

bool DockerfileEditor::showReport(std::shared_ptr<const scan::ScanReport> report, quint64 revision)
{
    if (revision != revision_) return false;
    report_ = std::move(report);
    reportRevision_ = revision;
    markFindings();
    return true;
}

void DockerfileEditor::setLanguage(findings::Language language)
{
    language_ = language;
    if (report_) markFindings();
}

void DockerfileEditor::setInlineMessages(bool shown)
{
    inlineMessages_ = shown;
    if (report_) markFindings();
}

void DockerfileEditor::clearFindingMarks()
{
    const long length = SendScintilla(SCI_GETLENGTH);
    for (int i = 0; i < 4; ++i) {
        SendScintilla(SCI_SETINDICATORCURRENT, kFirstIndicator + i);
        SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
        markerDeleteAll(i);
    }
    clearAnnotations();
}

void DockerfileEditor::markFindings()
{
    clearFindingMarks();
    if (!report_) return;
    const long length = SendScintilla(SCI_GETLENGTH);
    std::map<int, std::pair<findings::Severity, QString>> lineMessages; // the most severe message per line
    for (const findings::Finding& finding : report_->findings) {
        if (!finding.sameAs.empty() || finding.severity == findings::Severity::Ignore || !isHere(finding)) continue;
        const auto* file = findings::fileLocationOf(finding);
        const int i = severityIndex(finding.severity);
        const long start = std::min<long>(static_cast<long>(file->span.offset), length);
        long end = std::min<long>(static_cast<long>(file->span.endOffset), length);
        if (end <= start) end = std::min<long>(start + 1, length);
        SendScintilla(SCI_SETINDICATORCURRENT, kFirstIndicator + i);
        SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), end - start);
        const int line = std::max(0, file->span.line - 1);
        markerAdd(line, markerOf(finding.severity));
        auto [it, added] = lineMessages.try_emplace(line, finding.severity, QString());
        if (!added && static_cast<int>(finding.severity) < static_cast<int>(it->second.first)) it->second = {finding.severity, QString()};
        if (it->second.first == finding.severity) {
            const QString message = QStringLiteral("%1 %2").arg(QString::fromStdString(finding.rule), localized(finding.message, language_));
            it->second.second += (it->second.second.isEmpty() ? QString() : QStringLiteral("\n")) + message;
        }
    }
    if (!inlineMessages_) return;
    for (const auto& [line, entry] : lineMessages)
        annotate(line, entry.second, annotationStyles_[static_cast<std::size_t>(severityIndex(entry.first))]);
}

std::vector<const findings::Finding*> DockerfileEditor::findingsOnLineOf(int position) const
{
    std::vector<const findings::Finding*> out;
    if (!report_) return out;
    const int line = static_cast<int>(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position))) + 1;
    for (const findings::Finding& finding : report_->findings) {
        const auto* file = findings::fileLocationOf(finding);
        if (!file || !finding.sameAs.empty() || !isHere(finding)) continue;
        if (file->span.line <= line && line <= std::max(file->span.line, file->span.endLine)) out.push_back(&finding);
    }
    return out;
}

QString DockerfileEditor::hoverText(const findings::Finding& finding) const
{
    QString html = QStringLiteral("<p><b>%1</b> &nbsp;<code>%2</code> · %3</p>")
                       .arg(localized(findings::titleOf(finding), language_).toHtmlEscaped(), QString::fromStdString(finding.rule),
                            severityDisplayName(finding.severity));
    html += QStringLiteral("<p>%1</p>").arg(localized(finding.message, language_).toHtmlEscaped());
    if (const findings::RuleDescription* rule = findings::findRule(finding.rule)) {
        const QString explanation = localized(rule->explanation, language_);
        if (!explanation.isEmpty()) html += QStringLiteral("<p>%1</p>").arg(explanation.toHtmlEscaped());
    }
    const QString remedy = localized(finding.remedy, language_);
    if (!remedy.isEmpty()) html += QStringLiteral("<p>%1 %2</p>").arg(tr("How to fix:"), remedy.toHtmlEscaped());
    for (const findings::TextFix& fix : finding.fixes)
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Fix:"), localized(fix.title, language_).toHtmlEscaped());
    if (!finding.refs.empty()) {
        QStringList refs;
        for (const std::string& ref : finding.refs) refs << QString::fromStdString(ref).toHtmlEscaped();
        html += QStringLiteral("<p><small>%1 %2</small></p>").arg(tr("References:"), refs.join(QStringLiteral(", ")));
    }
    return QStringLiteral("<div style='max-width: 480px'>%1</div>").arg(html);
}

// Quotes pair up along the line as the shell reads them: a quote opens a string that the same quote closes, and a
// backslash escapes a double quote inside double quotes. The pair around the caret (touching it) is highlighted.
void DockerfileEditor::matchQuotes()
{
    const long length = SendScintilla(SCI_GETLENGTH);
    SendScintilla(SCI_SETINDICATORCURRENT, kQuoteIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
    matchedQuotes_ = {-1, -1};
    const int caret = caretOffset();
    const int line = static_cast<int>(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(caret)));
    const int lineStart = static_cast<int>(SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line)));
    const int lineLength = static_cast<int>(SendScintilla(SCI_LINELENGTH, static_cast<unsigned long>(line)));
    if (lineLength <= 0 || lineLength > 100000) return;
    QByteArray text(lineLength, '\0');
    SendScintilla(SCI_GETLINE, static_cast<unsigned long>(line), text.data());
    int open = -1;
    char quote = 0;
    for (int i = 0; i < lineLength; ++i) {
        const char c = text[i];
        if (open < 0) {
            if (c == '\\') ++i;
            else if (c == '"' || c == '\'') open = i, quote = c;
            continue;
        }
        if (c == '\\' && quote == '"') {
            ++i;
            continue;
        }
        if (c != quote) continue;
        const int start = lineStart + open, end = lineStart + i;
        if (caret == start || caret == start + 1 || caret == end || caret == end + 1) {
            matchedQuotes_ = {start, end};
            QColor color = severityColor(findings::Severity::Style);
            setIndicatorForegroundColor(color, kQuoteIndicator);
            SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), 1);
            SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(end), 1);
            return;
        }
        open = -1;
    }
}

int DockerfileEditor::caretOffset() const
{
    return static_cast<int>(SendScintilla(SCI_GETCURRENTPOS));
}

// Compose: the service keys that start with what is typed at the start of a line.
bool DockerfileEditor::completeComposeKey()
{
    const std::string text = bytes();
    const std::size_t offset = static_cast<std::size_t>(caretOffset());
    const std::size_t lineStart = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;
    const std::string_view before = std::string_view(text).substr(lineStart, offset - lineStart);
    const std::size_t word = before.find_first_not_of(" -");
    const std::string_view typed = word == std::string_view::npos ? std::string_view() : before.substr(word);
    if (before.empty() || before.front() != ' ' || typed.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string_view::npos)
        return false;
    QByteArray list;
    for (std::string_view key : runtime::composeServiceKeys()) {
        if (!key.starts_with(typed)) continue;
        if (!list.isEmpty()) list += '\n';
        list += QByteArray(key.data(), static_cast<qsizetype>(key.size()));
    }
    if (list.isEmpty()) return false;
    SendScintilla(SCI_AUTOCSETORDER, 0);
    SendScintilla(SCI_AUTOCSHOW, static_cast<unsigned long>(typed.size()), list.constData());
    return true;
}

bool DockerfileEditor::showCompletions()
{
    if (fileType_ == scan::FileType::Compose) return completeComposeKey();
    if (fileType_ != scan::FileType::Dockerfile) return false;
    const std::size_t offset = static_cast<std::size_t>(caretOffset());
    const df::Dockerfile file = df::parse(bytes());
    const language::Completions completions = language::complete(file, offset);
    if (completions.items.empty()) return false;
    QByteArray list;
    for (const language::Completion& item : completions.items) {
        if (!list.isEmpty()) list += '\n';
        list += QByteArray::fromStdString(item.text);
    }
    SendScintilla(SCI_AUTOCSETORDER, 2); // SC_ORDER_CUSTOM: keep the service's order
    SendScintilla(SCI_AUTOCSHOW, static_cast<unsigned long>(offset - completions.replaceFrom), list.constData());
    return true;
}

bool DockerfileEditor::goToDefinition()
{
    const df::Dockerfile file = df::parse(bytes());
    const auto symbol = language::symbolAt(file, static_cast<std::size_t>(caretOffset()));
    if (!symbol) return false;
    goToOffset(symbol->definitionOffset);
    SendScintilla(SCI_SETSELECTION, static_cast<unsigned long>(symbol->definitionEnd), static_cast<long>(symbol->definitionOffset));
    return true;
}

QString DockerfileEditor::symbolUnderCaret() const
{
    const df::Dockerfile file = df::parse(bytes());
    const auto symbol = language::symbolAt(file, static_cast<std::size_t>(caretOffset()));
    return symbol ? QString::fromStdString(symbol->name) : QString();
}

bool DockerfileEditor::renameSymbol(const QString& newName, QString& error)
{
    const df::Dockerfile file = df::parse(bytes());
    std::string reason;
    const auto edits = language::rename(file, static_cast<std::size_t>(caretOffset()), newName.toStdString(), reason);
    if (edits.empty()) {
        error = QString::fromStdString(reason);
        return false;
    }
    beginUndoAction();
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
        SendScintilla(SCI_SETTARGETSTART, static_cast<unsigned long>(it->offset));
        SendScintilla(SCI_SETTARGETEND, static_cast<unsigned long>(it->endOffset));
        SendScintilla(SCI_REPLACETARGET, static_cast<unsigned long>(it->text.size()), it->text.c_str());
    }
    endUndoAction();
    return true;
}

QString DockerfileEditor::documentationAt(int position) const
{
    if (position < 0) return {};
    const df::Dockerfile file = df::parse(bytes());
    const auto pos = static_cast<std::size_t>(position);
    for (const df::Instruction& instruction : file.instructions) {
        if (pos < instruction.range.start.offset || pos > instruction.range.end.offset) continue;
        const df::Instruction& shown = instruction.inner && pos >= instruction.inner->range.start.offset ? *instruction.inner : instruction;
        const std::string keyword = shown.name();
        if (pos >= shown.keywordWord.range.start.offset && pos <= shown.keywordWord.range.end.offset)
            if (const auto* doc = language::instructionDoc(keyword))
                return QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(QString::fromStdString(keyword), localized(*doc, language_).toHtmlEscaped());
        for (const df::Flag& flag : shown.flags)
            if (pos >= flag.range.start.offset && pos <= flag.range.end.offset)
                if (const auto* doc = language::flagDoc(keyword, "--" + flag.name))
                    return QStringLiteral("<p><b>%1 --%2</b></p><p>%3</p>")
                        .arg(QString::fromStdString(keyword), QString::fromStdString(flag.name), localized(*doc, language_).toHtmlEscaped());
    }
    return {};
}

void DockerfileEditor::showHover(int position, int x, int y)
{
    if (position < 0) return;
    if (!report_) {
        const QString doc = documentationAt(position);
        if (!doc.isEmpty()) QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), doc, viewport());
        return;
    }
    QStringList parts;
    for (const findings::Finding& finding : report_->findings) {
        const auto* file = findings::fileLocationOf(finding);
        if (!file || !finding.sameAs.empty()) continue;
        const auto pos = static_cast<std::size_t>(position);
        if (file->span.offset <= pos && pos <= std::max(file->span.endOffset, file->span.offset + 1))
            parts << hoverText(finding);
    }
    if (parts.isEmpty()) {
        const QString doc = documentationAt(position);
        if (!doc.isEmpty()) parts << doc;
    }
    if (!parts.isEmpty())
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), parts.join(QStringLiteral("<hr/>")), viewport());
}

void DockerfileEditor::goToOffset(qulonglong offset)
{
    const long length = SendScintilla(SCI_GETLENGTH);
    const long position = std::min<long>(static_cast<long>(offset), length);
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(position));
    SendScintilla(SCI_SCROLLCARET);
    setFocus();
}

void DockerfileEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Period && (event->modifiers() & Qt::ControlModifier)) {
        showQuickFixMenuAtCaret();
        return;
    }
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        showCompletions();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

} // namespace dw::ui
