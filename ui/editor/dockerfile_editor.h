// The Dockerfile editor: QScintilla with the Dockerfile lexer, line numbers, severity markers in the margin,
// squiggles over each finding's exact range, the finding's message shown under its line (toggleable), hover with
// the rule's title, explanation, fixes and references, and quick fixes (Ctrl+. or the margin) applied as one undo
// step. It never lints by itself: the editor tab hands it the findings of a lint of its exact bytes.
#pragma once

#include "findings/vocabulary.h"
#include "scan/runtime_scan.h"
#include "scan/scan_report.h"

#include <QMap>
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <array>

#include <memory>
#include <string>
#include <vector>

class QMenu;

namespace dw::ui {

class DockerfileLexer;

class DockerfileEditor : public QsciScintilla {
    Q_OBJECT

  public:
    explicit DockerfileEditor(QWidget* parent = nullptr);

    /// The buffer as UTF-8 bytes: what is linted, and what findings' offsets refer to.
    std::string bytes() const;
    /// Incremented on every change of the text.
    quint64 revision() const { return revision_; }

    /// Shows the findings of a lint of revision `revision`; ignored when the text changed since.
    bool showReport(std::shared_ptr<const scan::ScanReport> report, quint64 revision);
    const scan::ScanReport* report() const { return report_.get(); }
    /// True while the shown findings belong to the current text (fixes can be applied).
    bool reportIsCurrent() const { return report_ && reportRevision_ == revision_; }

    void setLanguage(findings::Language language);
    /// What the buffer holds: a Dockerfile (the default), a Compose file (YAML colouring, Compose key completion)
    /// or a shell script (Bash colouring). Findings, hovers and quick fixes work the same for all three.
    void setFileType(scan::FileType type);
    scan::FileType fileType() const { return fileType_; }
    void setInlineMessages(bool shown);
    bool inlineMessages() const { return inlineMessages_; }
    void applyTheme(bool dark, const QFont& font);

    /// The findings (not folded) whose range touches the line of `position`.
    std::vector<const findings::Finding*> findingsOnLineOf(int position) const;
    /// The quick-fix menu for the caret's line (also what Ctrl+. opens); the caller owns it.
    QMenu* createQuickFixMenu(QWidget* parent);
    /// Applies a fix of the shown report as one undo step; false when the report is stale.
    bool applyFix(const findings::TextFix& fix);
    /// Applies the first fix of every shown finding, as one undo step; the number applied.
    int applyAllFixes();
    /// Inserts `# hadolint ignore=RULE` above the finding's line, or `# hadolint global ignore=RULE` at the top.
    void insertIgnorePragma(const findings::Finding& finding, bool wholeFile);
    /// Puts the caret at a byte offset and shows it.
    void goToOffset(qulonglong offset);

    /// Shows the completions at the caret (instructions, flags, flag values, variables, stage names); false when
    /// there are none.
    bool showCompletions();
    /// Moves the caret to the definition of the stage or build variable under it; false when there is none.
    bool goToDefinition();
    /// Renames the stage or build variable under the caret everywhere, as one undo step; `error` says why not.
    bool renameSymbol(const QString& newName, QString& error);
    /// The name of the stage or build variable under the caret (empty when there is none).
    QString symbolUnderCaret() const;
    /// The documentation of the instruction or flag at `position` (empty when none).
    QString documentationAt(int position) const;

    /// The byte offsets of the quote pair at the caret, highlighted like matching brackets; {-1, -1} when none.
    std::pair<int, int> matchedQuotes() const { return matchedQuotes_; }

    /// The text of the tooltip for a finding (title, message, explanation, fixes, references), as rich text.
    QString hoverText(const findings::Finding& finding) const;

    /// Texts in a margin beside instructions (0-based line -> text): the layer each made in a linked image, its size.
    /// Empty hides the margin.
    void setLayerNotes(const QMap<int, QString>& notes);
    QString layerNote(int line) const { return layerNotes_.value(line); }

  signals:
    void quickFixApplied();
    /// The user asked to waive the finding's rule (from the quick-fix menu).
    void waiveRequested(const QString& rule);
    /// The user asked why a rule matters and how to fix it (its Guide card).
    void guideRequested(const QString& rule);
    /// The user asked for the guided fixes of this Dockerfile.
    void guidedFixRequested();

  protected:
    void keyPressEvent(QKeyEvent* event) override;

  private:
    void clearFindingMarks();
    void markFindings();
    void showHover(int position, int x, int y);
    void showQuickFixMenuAtCaret();
    int caretOffset() const;
    void matchQuotes();

    bool completeComposeKey();
    /// True for a finding located in this buffer (a Compose report also holds its build's Dockerfile findings).
    bool isHere(const findings::Finding& finding) const;

    DockerfileLexer* lexer_;
    QsciLexer* otherLexer_ = nullptr;
    scan::FileType fileType_ = scan::FileType::Dockerfile;
    bool dark_ = false;
    QFont font_;
    std::shared_ptr<const scan::ScanReport> report_;
    quint64 revision_ = 0;
    quint64 reportRevision_ = 0;
    findings::Language language_ = findings::Language::English;
    bool inlineMessages_ = true;
    std::array<QsciStyle, 4> annotationStyles_;
    std::pair<int, int> matchedQuotes_{-1, -1};
    QMap<int, QString> layerNotes_;
};

} // namespace dw::ui
