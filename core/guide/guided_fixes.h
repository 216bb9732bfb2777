// Guided fixes: changes to a Dockerfile that a one-line quick fix cannot make, proposed as the whole new text for
// the user to review as a diff, edit, and apply as one step. Each belongs to a Guide card and says which rules it
// answers. The proposals are a starting point written by heuristics (a build stage and a runtime stage, a user,
// a secret mount); the explanation says what to check.
#pragma once

#include "findings/vocabulary.h"

#include <string>
#include <string_view>
#include <vector>

namespace dw::guide {

struct GuidedFix {
    std::string id;                     ///< "add-non-root-user", "secret-to-build-secret", "multi-stage-build"
    std::string_view card;              ///< the Guide card it belongs to
    findings::LocalizedText title;
    findings::LocalizedText explanation; ///< what it changes and what to check before applying
    std::vector<std::string> resolves;  ///< the rules whose findings it addresses
    std::string proposed;               ///< the whole Dockerfile after the change
};

/// The guided fixes that apply to a Dockerfile's text, each with its proposal; none for a file that does not parse.
std::vector<GuidedFix> guidedFixes(const std::string& source);

} // namespace dw::guide
