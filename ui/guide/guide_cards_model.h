// The Guide's cards as a list: each card's title in the GUI's language with the number of current findings that
// belong to it (of the open files, the host and the image), its area and id; behind a proxy for the search box.
#pragma once

#include "findings/finding.h"

#include <QAbstractListModel>

#include <map>
#include <string>
#include <vector>

namespace dw::ui {

class GuideCardsModel : public QAbstractListModel {
    Q_OBJECT

  public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the card's id
        CountRole,                 ///< current findings of the card
        RuntimeRole,               ///< true for a runtime-baseline card
        SearchTextRole,            ///< title, summary and rule ids, in both languages
    };

    explicit GuideCardsModel(QObject* parent = nullptr);

    void setLanguage(findings::Language language);
    /// The current findings of every source, counted per card and per rule.
    void setFindings(const std::vector<const findings::Finding*>& findings);
    int countOfRule(const std::string& rule) const;
    int countOfCard(const std::string& id) const;
    /// The row of a card, or -1.
    int rowOf(const std::string& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

  private:
    findings::Language language_ = findings::Language::English;
    std::map<std::string, int> byRule_;
    std::map<std::string, int> byCard_;
};

} // namespace dw::ui
