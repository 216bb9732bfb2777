// The practice cards of the Guide: for each practice of the image-security article and each item of the runtime
// baseline, why it matters, what to do, a bad and a good example, and the rules and checks that watch it. One
// source for both languages; the Guide view, the reports' appendix and the training lessons read it.
#pragma once

#include "findings/vocabulary.h"

#include <optional>
#include <string_view>
#include <vector>

namespace dw::guide {

enum class Area { Image, Runtime };

struct GuideCard {
    std::string_view id;                       ///< stable, kebab-case: "minimal-base-image", "runtime-capabilities"
    Area area = Area::Image;
    findings::LocalizedText title;             ///< short heading
    findings::LocalizedText summary;           ///< one sentence: the practice in a nutshell
    findings::LocalizedText why;               ///< 2-4 sentences: what goes wrong without it
    findings::LocalizedText how;               ///< 2-4 sentences: what to do, concretely
    std::string_view badExample;               ///< a short Dockerfile, Compose or `docker run` snippet (bare code)
    std::string_view goodExample;              ///< the same thing done right
    std::optional<findings::Practice> practice;///< image cards: every rule of this practice belongs to the card
    std::vector<std::string_view> checks;      ///< further rule / check ids that belong to the card
};

/// Every card, image practices first (in the article's order), then the runtime baseline.
const std::vector<GuideCard>& guideCards();

} // namespace dw::guide
