// The Guide view: the practice cards of the image-security guide and the runtime baseline. A searchable list of
// cards (each with the number of current findings that belong to it) beside the selected card: why it matters,
// what to do, a bad and a good example, and its rules and checks with their current counts. A rule expands to its
// documentation in place; "Show findings" asks the window to list the card's findings.
#pragma once

#include "findings/finding.h"

#include <QStringList>
#include <QWidget>

#include <string>
#include <vector>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTextBrowser;

namespace dw::ui {

class GuideCardsModel;

/// The findings the Guide counts, by where they come from.
struct GuideFindings {
    std::vector<const findings::Finding*> files; ///< the open files (the Problems panel)
    std::vector<const findings::Finding*> host;  ///< the Host view's host
    std::vector<const findings::Finding*> image; ///< the image open in the Images view
};

class GuideView : public QWidget {
    Q_OBJECT

  public:
    explicit GuideView(QWidget* parent = nullptr);

    void setLanguage(findings::Language language);
    /// The current findings of the open files, the host and the image (counted per card and rule).
    void setFindings(GuideFindings findings);
    /// Selects and shows a card; false when there is none with this id.
    bool showCard(const QString& id);
    /// Shows the card a rule belongs to, with the rule's documentation open; false when the rule has no card.
    bool showCardOfRule(const QString& rule);
    QString currentCardId() const { return currentId_; }
    QTextBrowser* cardBrowser() const { return browser_; }
    QListView* cardList() const { return list_; }
    GuideCardsModel* cardsModel() const { return model_; }

  signals:
    /// The user asked to see the findings of these rules (a card's) in the open files.
    void showFindingsRequested(const QStringList& rules, const QString& cardTitle);
    /// The user asked for the Host view (1) or the Images view (2), where the card's other findings are.
    void pageRequested(int page);
    /// The user asked for a guided fix of the current Dockerfile (its id).
    void guidedFixRequested(const QString& id);

  protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

  private:
    void render();
    void retranslate();

    GuideCardsModel* model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* search_;
    QListView* list_;
    QTextBrowser* browser_;
    findings::Language language_ = findings::Language::English;
    QString currentId_;
    GuideFindings findings_;
    QString expandedRule_;
};

} // namespace dw::ui
