// Reviews a guided fix before it changes the file: the fixes that apply (a list when there are several), what each
// changes and what to check, the change as a coloured diff, and the proposed text to edit first. The accepted
// text replaces the buffer as one undo step (the caller does that).
#pragma once

#include "findings/vocabulary.h"
#include "guide/guided_fixes.h"

#include <QDialog>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace dw::ui {

class GuidedFixDialog : public QDialog {
    Q_OBJECT

  public:
    GuidedFixDialog(std::string current, std::vector<guide::GuidedFix> fixes, findings::Language language,
                    QWidget* parent = nullptr);

    /// Shows the fix with this id (when it applies).
    void selectFix(const QString& id);
    QString selectedFix() const;
    /// The text to put in the editor: the proposal, with the user's edits.
    QString resultText() const;
    QTextBrowser* diffView() const { return diff_; }
    QPlainTextEdit* editor() const { return edit_; }

  private:
    void showFix(int index);
    void showDiff();

    std::string current_;
    std::vector<guide::GuidedFix> fixes_;
    findings::Language language_;
    QComboBox* choice_;
    QLabel* explanation_;
    QTabWidget* tabs_;
    QTextBrowser* diff_;
    QPlainTextEdit* edit_;
};

} // namespace dw::ui
