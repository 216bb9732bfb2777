// Waivers: a team accepts a risk on purpose ("DL3008 on this base image, until the next release"). A waiver names
// a rule, optionally a target (a glob over a file path, container name or image reference), a reason, and
// optionally the last day it holds. A waived finding is not a problem any more, but every output still shows it
// with its reason; an expired waiver stops suppressing and says so; a waiver that is malformed or matches nothing
// is a warning, never silence.
#pragma once

#include <cstddef>
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::findings {

struct Waiver {
    std::string rule;    ///< the rule or check id it waives
    std::string target;  ///< glob over the target ("services/*/Dockerfile", "web-*", "nginx:*"); empty = any
    std::string reason;  ///< why the risk is accepted
    std::string expires; ///< last day it holds, "YYYY-MM-DD" (UTC); empty = no end
    std::string origin;  ///< where it was written, "team.yaml:12", for messages
};

/// What a waived finding carries in the outputs.
struct WaiverNote {
    std::string reason;
    std::string expires; ///< "" when the waiver has no end
};

/// A finding together with the waiver that holds it back.
template <typename FindingType> struct Waived {
    FindingType finding;
    WaiverNote waiver;
};

/// "YYYY-MM-DD" of a real calendar day.
bool isIsoDate(std::string_view text);

/// Today's date in UTC, "YYYY-MM-DD".
std::string todayUtc();

/// True if `target` matches the waiver's glob (`*`, `?`, `[...]`, with `*` also crossing '/'); a leading "./" of
/// the target is ignored, and a glob without '/' also matches a path's last component ("Dockerfile").
bool waiverTargetMatches(std::string_view glob, std::string_view target);

/// Applies waivers to findings of any kind and remembers what happened, for the warnings.
class WaiverLedger {
  public:
    /// `today` is "YYYY-MM-DD"; waivers whose last day is before it have expired.
    WaiverLedger(std::vector<Waiver> waivers, std::string today);

    /// The note of the first waiver that holds `rule` on `target`, or nullopt. An expired waiver that would have
    /// matched is remembered for expiredWarnings() and does not hold.
    std::optional<WaiverNote> match(std::string_view rule, std::string_view target);

    /// True if an unexpired waiver holds `rule` on `target`; nothing is counted (for deciding which fixes to apply).
    bool holds(std::string_view rule, std::string_view target) const;

    /// Moves the waived findings out of `findings` into `waived`; `ruleOf` and `targetOf` read a finding.
    template <typename FindingType, typename RuleOf, typename TargetOf>
    void apply(std::vector<FindingType>& findings, std::vector<Waived<FindingType>>& waived, RuleOf ruleOf,
               TargetOf targetOf)
    {
        std::vector<FindingType> kept;
        kept.reserve(findings.size());
        for (FindingType& finding : findings) {
            if (auto note = match(ruleOf(finding), targetOf(finding)))
                waived.push_back({std::move(finding), std::move(*note)});
            else
                kept.push_back(std::move(finding));
        }
        findings = std::move(kept);
    }

    /// One line per expired waiver that matched a finding, and per waiver that matched nothing at all.
    std::vector<std::string> warnings() const;

  private:
    std::vector<Waiver> waivers_;
    std::string today_;
    // Counted from the threads that lint the files of one run in parallel (read after they are joined).
    std::unique_ptr<std::atomic<std::size_t>[]> matches_;     ///< findings held back, per waiver
    std::unique_ptr<std::atomic<std::size_t>[]> expiredHits_; ///< findings an expired waiver would have held back
};

} // namespace dw::findings
