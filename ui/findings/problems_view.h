// The Problems panel, as in VS Code and Qt Creator: one toggle per severity with its count, a text filter, the
// table (sortable, keyboard navigable), and activation (double-click, Enter) to jump to the finding.
#pragma once

#include "findings/vocabulary.h"

#include <QWidget>

#include <array>

class QLineEdit;
class QTableView;
class QToolButton;
class QLabel;

namespace dw::ui {

class ProblemsModel;
class ProblemsProxy;

class ProblemsView : public QWidget {
    Q_OBJECT

  public:
    explicit ProblemsView(ProblemsModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return table_; }
    ProblemsProxy* proxy() const { return proxy_; }
    QLineEdit* filterEdit() const { return filter_; }
    /// Lists only these rules (a Guide card's), with a button naming `title` that clears the filter.
    void showRules(const QStringList& rules, const QString& title);
    void clearRules();
    QToolButton* rulesFilterButton() const { return rulesButton_; }

  signals:
    /// The user asked to go to a finding: its file key and byte offset.
    void findingActivated(const QString& file, qulonglong offset);
    /// "Why? How to fix" on a finding: the Guide card of its rule.
    void guideRequested(const QString& rule);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void updateCounts();

    ProblemsModel* model_;
    ProblemsProxy* proxy_;
    QTableView* table_;
    QLineEdit* filter_;
    QLabel* empty_;
    QToolButton* rulesButton_;
    QString rulesTitle_;
    std::array<QToolButton*, 4> severityButtons_{};
};

} // namespace dw::ui
