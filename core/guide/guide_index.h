// Which rules and checks belong to which Guide card, and back: the link from every finding to the card that says
// why it matters and how to fix it, and from a card to its findings.
#pragma once

#include "findings/finding.h"
#include "guide/guide_cards.h"

#include <string>
#include <string_view>
#include <vector>

namespace dw::guide {

/// The card with this id, or null.
const GuideCard* findCard(std::string_view id);

/// The ids of a card's rules and checks: its own list, then every catalogued rule of its practice, each once.
std::vector<std::string_view> rulesOfCard(const GuideCard& card);

/// The card a rule or check belongs to: a card that lists it, else the card of its practice; null for an id the
/// catalogue does not know (ShellCheck's SCxxxx belong to static analysis).
const GuideCard* cardOfRule(std::string_view rule);

/// The card of a practice: the image card of an image practice; for the runtime baseline, its first card.
const GuideCard* cardOfPractice(findings::Practice practice);

/// How many of `findings` (folded ones not counted) belong to `card`.
int countFindings(const GuideCard& card, const std::vector<findings::Finding>& findings);
int countFindings(const GuideCard& card, const std::vector<const findings::Finding*>& findings);

} // namespace dw::guide
