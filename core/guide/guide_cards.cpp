#include "guide/guide_cards.h"

#include "guide/guide_cards_parts.h"

#include <iterator>

namespace dw::guide {

const std::vector<GuideCard>& guideCards()
{
    static const std::vector<GuideCard> cards = [] {
        std::vector<GuideCard> all = imageCards();
        for (std::vector<GuideCard> more : {runtimeCards(), operationsCards()})
            all.insert(all.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        return all;
    }();
    return cards;
}

} // namespace dw::guide
