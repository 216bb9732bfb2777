// Internal to the Guide: the two halves of the practice cards, each in its own source file so that neither grows
// unwieldy. guideCards() joins them; nothing else should include this header.
#pragma once

#include "guide/guide_cards.h"

#include <vector>

namespace dw::guide {

/// The image practices, in the article's order (guide_cards_image.cpp).
std::vector<GuideCard> imageCards();

/// The runtime baseline (guide_cards_runtime.cpp).
std::vector<GuideCard> runtimeCards();

/// Running containers well beyond their settings: health checks and the daemon itself
/// (guide_cards_operations.cpp).
std::vector<GuideCard> operationsCards();

} // namespace dw::guide
