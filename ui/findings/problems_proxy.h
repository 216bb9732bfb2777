// Sorting and filtering of the Problems table: by severity (one switch each), by a text that matches the rule,
// title or message, and by file; findings folded into an equivalent one are hidden unless asked for.
#pragma once

#include "findings/vocabulary.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace dw::ui {

class ProblemsProxy : public QSortFilterProxyModel {
    Q_OBJECT

  public:
    explicit ProblemsProxy(QObject* parent = nullptr);

    void setSeverityShown(findings::Severity severity, bool shown);
    bool severityShown(findings::Severity severity) const;
    void setText(const QString& text);
    void setFile(const QString& file); ///< empty: every file
    void setShowFolded(bool show);
    /// Only these rules (a Guide card's); empty: every rule.
    void setRules(const QSet<QString>& rules);
    QSet<QString> rules() const { return rules_; }

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

  private:
    QSet<int> hidden_;
    QString text_;
    QString file_;
    bool showFolded_ = false;
    QSet<QString> rules_;
};

} // namespace dw::ui
