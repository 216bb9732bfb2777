#include "guide/guide_index.h"

#include "findings/catalogue.h"

#include <algorithm>
#include <map>

namespace dw::guide {
namespace {

struct Index {
    std::map<std::string_view, const GuideCard*> cardOfRule;
    std::map<std::string_view, std::vector<std::string_view>> rulesOfCard;
};

const Index& index()
{
    static const Index built = [] {
        Index out;
        for (const GuideCard& card : guideCards())
            for (std::string_view check : card.checks) {
                out.cardOfRule.try_emplace(check, &card);
                out.rulesOfCard[card.id].push_back(check);
            }
        for (const findings::RuleDescription& rule : findings::catalogue()) {
            if (out.cardOfRule.count(rule.id)) continue;
            const auto card = std::find_if(guideCards().begin(), guideCards().end(),
                                           [&](const GuideCard& c) { return c.practice == rule.practice; });
            if (card == guideCards().end()) continue;
            out.cardOfRule.emplace(rule.id, &*card);
            out.rulesOfCard[card->id].push_back(rule.id);
        }
        return out;
    }();
    return built;
}

} // namespace

const GuideCard* findCard(std::string_view id)
{
    for (const GuideCard& card : guideCards())
        if (card.id == id) return &card;
    return nullptr;
}

const GuideCard* cardOfPractice(findings::Practice practice)
{
    for (const GuideCard& card : guideCards())
        if (card.practice == practice && card.area == Area::Image) return &card;
    for (const GuideCard& card : guideCards())
        if (card.area == Area::Runtime) return &card;
    return nullptr;
}

std::vector<std::string_view> rulesOfCard(const GuideCard& card)
{
    const auto found = index().rulesOfCard.find(card.id);
    return found == index().rulesOfCard.end() ? std::vector<std::string_view>{} : found->second;
}

const GuideCard* cardOfRule(std::string_view rule)
{
    const auto found = index().cardOfRule.find(rule);
    if (found != index().cardOfRule.end()) return found->second;
    if (rule.starts_with("SC")) return findCard("static-analysis");
    return nullptr;
}

int countFindings(const GuideCard& card, const std::vector<findings::Finding>& list)
{
    return static_cast<int>(std::count_if(list.begin(), list.end(), [&](const findings::Finding& finding) {
        return finding.sameAs.empty() && cardOfRule(finding.rule) == &card;
    }));
}

} // namespace dw::guide

namespace dw::guide {

int countFindings(const GuideCard& card, const std::vector<const findings::Finding*>& list)
{
    return static_cast<int>(std::count_if(list.begin(), list.end(), [&](const findings::Finding* finding) {
        return finding->sameAs.empty() && cardOfRule(finding->rule) == &card;
    }));
}

} // namespace dw::guide
