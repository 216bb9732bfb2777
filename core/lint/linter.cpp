#include "lint/linter.h"

#include "dockerfile/parse_memo.h"
#include "lint/folding.h"
#include "lint/pragmas.h"
#include "lint/registry.h"
#include "lint/shellcheck.h"
#include "lint/support_buildkit.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace dw::lint {
namespace {

Finding syntaxFinding(const df::SyntaxError& error)
{
    Finding f;
    f.rule = "DL1000";
    f.severity = Severity::Error;
    f.range = error.range;
    f.message.en = error.message;
    f.message.zh = "语法错误：" + error.message;
    return f;
}

CheckConfig checkConfigFor(const df::Dockerfile& file, const std::map<std::string, std::string>& buildArgs)
{
    if (auto it = buildArgs.find("BUILDKIT_DOCKERFILE_CHECK"); it != buildArgs.end()) return parseCheckConfig(it->second);
    if (const df::Directive* directive = file.directive("check")) return parseCheckConfig(directive->value);
    return {};
}

// `# check=skip=Rule` comments directly above instructions, merged into the file's check configuration for
// that instruction alone; indexed by the instruction's first line so each finding costs one lookup.
class InstructionCheckComments {
public:
    InstructionCheckComments(const df::Dockerfile& file, const CheckConfig& fileChecks)
    {
        for (const auto& instruction : file.instructions) {
            for (const auto& comment : instruction.comments) {
                if (comment.rfind("check=", 0) != 0) continue;
                CheckConfig merged = fileChecks;
                merged.merge(parseCheckConfig(std::string_view(comment).substr(6)));
                byLine_[instruction.line()].push_back(std::move(merged));
            }
        }
    }

    bool skips(const Finding& finding, const RuleInfo& info) const
    {
        if (!info.instructionCheckComments || byLine_.empty()) return false;
        auto it = byLine_.find(finding.range.start.line);
        if (it == byLine_.end()) return false;
        return std::any_of(it->second.begin(), it->second.end(),
                           [&](const CheckConfig& checks) { return !checks.enabled(info.id, info.experimental); });
    }

private:
    std::unordered_map<int, std::vector<CheckConfig>> byLine_;
};

/// Sorts by position, then rule id, keeping the order of equal ones. A Finding is large, and a stable sort moves
/// each element many times: the order is worked out on indices, then every finding moved once.
void sortByPosition(std::vector<Finding>& findings)
{
    const auto before = [](const Finding& a, const Finding& b) {
        if (a.range.start.offset != b.range.start.offset) return a.range.start.offset < b.range.start.offset;
        return a.rule < b.rule;
    };
    if (std::is_sorted(findings.begin(), findings.end(), before)) return;
    std::vector<std::size_t> order(findings.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return before(findings[a], findings[b]); });
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (const std::size_t index : order) sorted.push_back(std::move(findings[index]));
    findings = std::move(sorted);
}

/// True when the filter at the end of lint() would drop every finding of the rule, so running it is wasted: the
/// configuration turns it off, or it is off by default (DL1001, DL3057) and not turned on. Rule::finding() gives a
/// finding the rule's own severity; BuildKit checks can be raised to errors, so they always run.
bool dropsEveryFinding(const RuleInfo& info, const LintOptions& options)
{
    if (options.keepIgnoredSeverity || info.family == RuleFamily::BuildKit) return false;
    const Config& config = options.config;
    // Most lints have no settings for any rule: then only a rule that is off by default is looked up.
    if (info.severity != Severity::Ignore && config.ignored.empty() && config.overrides.empty()) return false;
    return config.effectiveSeverity(std::string(info.id), info.severity) == Severity::Ignore;
}

} // namespace

LintResult lint(const df::Dockerfile& file, const LintOptions& options)
{
    LintResult result;
    // Instruction-level errors (arguments, flags, stage names) are DW1000's; DL1000 is what fails to parse.
    for (const auto& error : file.errors)
        if (error.kind != df::ErrorKind::Instruction) result.findings.push_back(syntaxFinding(error));

    if (options.memo) options.memo->beginRound();
    LintInput input{&file, &options.config, options.buildArgs, options.dockerignore, options.memo};
    LintContext mainPass(input, false);
    LintContext onbuildPass(input, true);
    const CheckConfig checks = checkConfigFor(file, options.buildArgs);
    const InstructionCheckComments checkComments(file, checks);

    const auto enabled = [&checks](const RuleInfo& info) {
        return info.family != RuleFamily::BuildKit || checks.enabled(info.id, info.experimental);
    };
    // The checks that work on BuildKit's stage walk share one walk; their findings wait for their turn below.
    // Worked out once: the walkers among all rules, and for each rule its place among them (-1: not a walker).
    struct Walkers {
        std::vector<const buildkit::DispatchRule*> rules;
        std::vector<int> slotOfRule;
    };
    static const Walkers allWalkers = [] {
        Walkers found;
        for (const auto& rule : allRules()) {
            const auto* walker = dynamic_cast<const buildkit::DispatchRule*>(rule.get());
            found.slotOfRule.push_back(walker ? static_cast<int>(found.rules.size()) : -1);
            if (walker) found.rules.push_back(walker);
        }
        return found;
    }();
    std::vector<std::vector<Finding>> walked(allWalkers.rules.size()); // a disabled walker's stays empty
    {
        std::vector<buildkit::DispatchHooks> hooks(allWalkers.rules.size());
        std::vector<const buildkit::DispatchHooks*> hookList;
        std::vector<std::size_t> active;
        hookList.reserve(allWalkers.rules.size());
        active.reserve(allWalkers.rules.size());
        for (std::size_t i = 0; i < allWalkers.rules.size(); ++i) {
            if (!enabled(allWalkers.rules[i]->info())) continue;
            allWalkers.rules[i]->prepare(mainPass, walked[i], hooks[i]);
            hookList.push_back(&hooks[i]);
            active.push_back(i);
        }
        buildkit::dispatchStages(mainPass, hookList);
        for (const std::size_t i : active) allWalkers.rules[i]->finish(mainPass, walked[i]);
    }

    std::vector<Finding> raw;
    const auto& rules = allRules();
    for (std::size_t ruleIndex = 0; ruleIndex < rules.size(); ++ruleIndex) {
        const auto& rule = rules[ruleIndex];
        const RuleInfo& info = rule->info();
        if (!enabled(info) || dropsEveryFinding(info, options)) continue;
        const std::size_t before = raw.size();
        if (const int slot = allWalkers.slotOfRule[ruleIndex]; slot >= 0) {
            std::vector<Finding>& found = walked[static_cast<std::size_t>(slot)];
            raw.insert(raw.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
        } else {
            rule->check(mainPass, raw);
        }
        if (info.checksOnbuild && !onbuildPass.instructions().empty()) rule->check(onbuildPass, raw);
        if (info.family == RuleFamily::BuildKit) {
            auto first = raw.begin() + static_cast<std::ptrdiff_t>(before);
            raw.erase(std::remove_if(first, raw.end(),
                                     [&](const Finding& f) { return checkComments.skips(f, info); }),
                      raw.end());
            if (checks.error)
                for (auto it = raw.begin() + static_cast<std::ptrdiff_t>(before); it != raw.end(); ++it)
                    it->severity = Severity::Error;
        }
    }

    if (options.shellcheck || options.config.shellcheck) {
        ShellcheckStatus status = runShellcheck(mainPass, raw, options.shellcheckExecutable);
        if (!status.available) result.shellcheckProblem = "shellcheck is not installed (Debian package shellcheck)";
        else result.shellcheckProblem = status.error;
    }

    // Edits built from exec-form RUNs point at no source text (LintContext::scriptRange): such fixes are dropped.
    for (auto& finding : raw) {
        auto unmapped = [](const Fix& fix) {
            return std::any_of(fix.edits.begin(), fix.edits.end(), [](const TextEdit& e) { return e.range.start.line == 0; });
        };
        finding.fixes.erase(std::remove_if(finding.fixes.begin(), finding.fixes.end(), unmapped), finding.fixes.end());
    }

    // Filtered in place: a second vector of every finding would double the peak on a large file.
    const Suppressions suppressions(file);
    raw.erase(std::remove_if(raw.begin(), raw.end(),
                             [&](Finding& finding) {
                                 if (suppressions.suppressed(finding.rule, finding.range.start.line)) return true;
                                 const Severity severity = options.config.effectiveSeverity(finding.rule, finding.severity);
                                 if (severity == Severity::Ignore && !options.keepIgnoredSeverity) return true;
                                 if (severity != Severity::Ignore) finding.severity = severity;
                                 return false;
                             }),
              raw.end());
    raw.insert(raw.begin(), std::make_move_iterator(result.findings.begin()),
               std::make_move_iterator(result.findings.end())); // the DL1000s, which no config silences
    result.findings = std::move(raw);
    sortByPosition(result.findings);
    markEquivalentFindings(result.findings);
    result.secrets = collectSecrets(file, result.findings, options.memo);
    if (options.memo) options.memo->endRound();
    return result;
}

Relinted relint(std::string source, const LintOptions& options, LintMemo& memo)
{
    Relinted out{df::parse(std::move(source), memo.parse), {}};
    LintOptions withMemo = options;
    withMemo.memo = &memo;
    out.result = lint(out.file, withMemo);
    return out;
}

} // namespace dw::lint
