#include "guide/guide_cards_model.h"

#include "guide/guide_index.h"

namespace dw::ui {

GuideCardsModel::GuideCardsModel(QObject* parent) : QAbstractListModel(parent) {}

void GuideCardsModel::setLanguage(findings::Language language)
{
    language_ = language;
    if (rowCount() > 0) emit dataChanged(index(0), index(rowCount() - 1));
}

void GuideCardsModel::setFindings(const std::vector<const findings::Finding*>& list)
{
    byRule_.clear();
    byCard_.clear();
    for (const findings::Finding* finding : list) {
        if (!finding->sameAs.empty()) continue;
        ++byRule_[finding->rule];
        if (const guide::GuideCard* card = guide::cardOfRule(finding->rule)) ++byCard_[std::string(card->id)];
    }
    if (rowCount() > 0) emit dataChanged(index(0), index(rowCount() - 1));
}

int GuideCardsModel::countOfRule(const std::string& rule) const
{
    const auto found = byRule_.find(rule);
    return found == byRule_.end() ? 0 : found->second;
}

int GuideCardsModel::countOfCard(const std::string& id) const
{
    const auto found = byCard_.find(id);
    return found == byCard_.end() ? 0 : found->second;
}

int GuideCardsModel::rowOf(const std::string& id) const
{
    const auto& cards = guide::guideCards();
    for (std::size_t i = 0; i < cards.size(); ++i)
        if (cards[i].id == id) return static_cast<int>(i);
    return -1;
}

int GuideCardsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(guide::guideCards().size());
}

QVariant GuideCardsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const guide::GuideCard& card = guide::guideCards()[static_cast<std::size_t>(index.row())];
    const std::string id(card.id);
    const int count = countOfCard(id);
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = QString::fromStdString(card.title.in(language_));
        return count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title;
    }
    case Qt::ToolTipRole:
        return QString::fromStdString(card.summary.in(language_));
    case Qt::AccessibleTextRole:
        return tr("%1, %n current finding(s)", nullptr, count).arg(QString::fromStdString(card.title.in(language_)));
    case IdRole:
        return QString::fromStdString(id);
    case CountRole:
        return count;
    case RuntimeRole:
        return card.area == guide::Area::Runtime;
    case SearchTextRole: {
        QString text = QString::fromStdString(card.title.en + " " + card.title.zh + " " + card.summary.en + " " + card.summary.zh);
        for (std::string_view rule : guide::rulesOfCard(card)) text += QLatin1Char(' ') + QString::fromUtf8(rule.data(), qsizetype(rule.size()));
        return text;
    }
    }
    return {};
}

} // namespace dw::ui
