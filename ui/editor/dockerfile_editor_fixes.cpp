// The Dockerfile editor's fixes: the quick-fix menu of the caret's line (fixes, ignore pragmas, waivers, the Guide,
// guided fixes), applying one fix or all of them as one undo step, and writing ignore pragmas.
#include "editor/dockerfile_editor.h"

#include "editor/dockerfile_editor_internal.h"
#include "findings/severity_style.h"

#include <QAction>
#include <QMenu>

#include <algorithm>

namespace dw::ui {

using editor_internal::localized;

QMenu* DockerfileEditor::createQuickFixMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setAccessibleName(tr("Quick fixes"));
    const int position = static_cast<int>(SendScintilla(SCI_GETCURRENTPOS));
    const auto onLine = findingsOnLineOf(position);
    const bool current = reportIsCurrent();
    for (const findings::Finding* finding : onLine)
        for (const findings::TextFix& fix : finding->fixes) {
            QAction* action = menu->addAction(severityIcon(finding->severity),
                                              tr("%1 (%2)").arg(localized(fix.title, language_), QString::fromStdString(finding->rule)));
            action->setToolTip(localized(finding->message, language_));
            action->setEnabled(current);
            const findings::TextFix copy = fix;
            connect(action, &QAction::triggered, this, [this, copy] { applyFix(copy); });
        }
    if (!onLine.empty()) {
        menu->addSeparator();
        QMenu* onThisLine = menu->addMenu(tr("Ignore on this line"));
        QMenu* inThisFile = menu->addMenu(tr("Ignore in this file"));
        QMenu* waive = menu->addMenu(tr("Waive with a reason"));
        QMenu* why = menu->addMenu(tr("Why? How to fix"));
        onThisLine->setEnabled(current);
        inThisFile->setEnabled(current);
        QStringList seen;
        for (const findings::Finding* finding : onLine) {
            const QString rule = QString::fromStdString(finding->rule);
            if (seen.contains(rule)) continue;
            seen << rule;
            const findings::Finding copy = *finding;
            const QString label = tr("%1 — %2").arg(rule, localized(findings::titleOf(*finding), language_));
            connect(onThisLine->addAction(label), &QAction::triggered, this, [this, copy] { insertIgnorePragma(copy, false); });
            connect(inThisFile->addAction(label), &QAction::triggered, this, [this, copy] { insertIgnorePragma(copy, true); });
            connect(waive->addAction(label + QStringLiteral("…")), &QAction::triggered, this, [this, rule] { emit waiveRequested(rule); });
            connect(why->addAction(label), &QAction::triggered, this, [this, rule] { emit guideRequested(rule); });
        }
    }
    if (report_) {
        menu->addSeparator();
        QAction* all = menu->addAction(tr("Fix all safe problems in this file"));
        all->setEnabled(current);
        connect(all, &QAction::triggered, this, [this] { applyAllFixes(); });
        if (fileType_ == scan::FileType::Dockerfile)
            connect(menu->addAction(tr("Guided fixes…")), &QAction::triggered, this, [this] { emit guidedFixRequested(); });
    }
    if (menu->isEmpty()) menu->addAction(tr("No quick fixes on this line"))->setEnabled(false);
    return menu;
}

void DockerfileEditor::showQuickFixMenuAtCaret()
{
    QMenu* menu = createQuickFixMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int position = static_cast<int>(SendScintilla(SCI_GETCURRENTPOS));
    const int x = static_cast<int>(SendScintilla(SCI_POINTXFROMPOSITION, 0, position));
    const int y = static_cast<int>(SendScintilla(SCI_POINTYFROMPOSITION, 0, position)) +
                  static_cast<int>(SendScintilla(SCI_TEXTHEIGHT, 0));
    menu->popup(viewport()->mapToGlobal(QPoint(x, y)));
}

bool DockerfileEditor::applyFix(const findings::TextFix& fix)
{
    if (!reportIsCurrent() || fix.edits.empty()) return false;
    std::vector<findings::TextEdit> edits = fix.edits;
    std::sort(edits.begin(), edits.end(),
              [](const findings::TextEdit& a, const findings::TextEdit& b) { return a.span.offset > b.span.offset; });
    beginUndoAction();
    for (const findings::TextEdit& edit : edits) {
        SendScintilla(SCI_SETTARGETSTART, static_cast<unsigned long>(edit.span.offset));
        SendScintilla(SCI_SETTARGETEND, static_cast<unsigned long>(edit.span.endOffset));
        SendScintilla(SCI_REPLACETARGET, static_cast<unsigned long>(edit.text.size()), edit.text.c_str());
    }
    endUndoAction();
    emit quickFixApplied();
    return true;
}

int DockerfileEditor::applyAllFixes()
{
    if (!reportIsCurrent()) return 0;
    std::vector<findings::TextEdit> edits;
    int applied = 0;
    for (const findings::Finding& finding : report_->findings) {
        if (!finding.sameAs.empty() || finding.fixes.empty() || finding.fixes.front().edits.empty() || !isHere(finding)) continue;
        const auto& candidate = finding.fixes.front().edits;
        const bool overlaps = std::any_of(candidate.begin(), candidate.end(), [&edits](const findings::TextEdit& e) {
            return std::any_of(edits.begin(), edits.end(), [&e](const findings::TextEdit& taken) {
                return e.span.offset < taken.span.endOffset + (taken.span.offset == taken.span.endOffset) &&
                       taken.span.offset < e.span.endOffset + (e.span.offset == e.span.endOffset);
            });
        });
        if (overlaps) continue;
        edits.insert(edits.end(), candidate.begin(), candidate.end());
        ++applied;
    }
    if (applied == 0) return 0;
    applyFix(findings::TextFix{{}, std::move(edits)});
    return applied;
}

void DockerfileEditor::insertIgnorePragma(const findings::Finding& finding, bool wholeFile)
{
    const auto* file = findings::fileLocationOf(finding);
    if (!file) return;
    int line = 0;
    QString indent;
    QString pragma;
    if (wholeFile) {
        // After the parser directives, which must stay the first lines to count.
        while (line < lines()) {
            const QString text = this->text(line).trimmed().toLower();
            if (!(text.startsWith(QLatin1Char('#')) &&
                  (text.contains(QLatin1String("syntax=")) || text.contains(QLatin1String("escape=")) ||
                   text.contains(QLatin1String("check=")))))
                break;
            ++line;
        }
        pragma = QStringLiteral("# hadolint global ignore=%1\n").arg(QString::fromStdString(finding.rule));
    } else {
        line = std::max(0, file->span.line - 1);
        const QString text = this->text(line);
        indent = text.left(static_cast<int>(text.size() - text.trimmed().size() == 0 ? 0 : text.indexOf(text.trimmed())));
        pragma = QStringLiteral("%1# hadolint ignore=%2\n").arg(indent, QString::fromStdString(finding.rule));
    }
    beginUndoAction();
    insertAt(pragma, line, 0);
    endUndoAction();
    emit quickFixApplied();
}

} // namespace dw::ui
