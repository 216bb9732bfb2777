#include "lint/redaction.h"

#include "lint/lint_memo.h"
#include "lint/rule_support.h"
#include "util/secrets.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace dw::lint {
namespace {

constexpr std::size_t kMaxSecretsPerInstruction = 256;

// An ONBUILD trigger's secrets get the span of the whole ONBUILD instruction, so spans never nest.
void collectFrom(const df::Instruction& instruction, std::size_t begin, std::size_t end, std::vector<SecretSpan>& out)
{
    auto add = [&](std::string value) {
        if (value.empty()) return;
        out.push_back({begin, end, std::move(value)});
    };
    for (const df::KeyValue& pair : instruction.pairs) {
        if (!pair.value) continue;
        if (auto hit = secrets::findAssignedSecret(support::unquote(pair.key.value), support::unquote(pair.value->value)))
            add(std::move(hit->secret));
    }
    for (auto& hit : secrets::findAllSecrets(instruction.argText, secrets::AllFamilies, kMaxSecretsPerInstruction))
        add(std::move(hit.secret));
    for (const df::Heredoc& heredoc : instruction.heredocs)
        for (auto& hit : secrets::findAllSecrets(heredoc.content, secrets::AllFamilies, kMaxSecretsPerInstruction))
            add(std::move(hit.secret));
    if (instruction.inner) collectFrom(*instruction.inner, begin, end, out);
}

std::string escapedForDoubleQuotes(const std::string& value)
{
    std::string out;
    for (char c : value) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

void replaceAll(std::string& text, const std::string& needle, const std::string& replacement)
{
    if (needle.empty() || text.size() < needle.size()) return;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + replacement.size())) {
        text.replace(at, needle.size(), replacement);
    }
}

bool overlaps(const df::Range& range, const SecretSpan& span)
{
    return range.start.offset < span.end && span.begin <= range.end.offset;
}

/// The secrets whose span overlaps `range` (spans are sorted by begin and, being instructions, do not nest).
void secretsTouching(const df::Range& range, const std::vector<SecretSpan>& secrets, std::vector<const SecretSpan*>& out)
{
    auto it = std::lower_bound(secrets.begin(), secrets.end(), range.start.offset,
                               [](const SecretSpan& span, std::size_t offset) { return span.end <= offset; });
    for (; it != secrets.end() && it->begin <= range.end.offset; ++it)
        if (overlaps(range, *it)) out.push_back(&*it);
}

/// Answers, for an instruction's bytes [begin, end], whether any finding's range or fix edit overlaps them as
/// overlaps() tests it: some range starts before `end` and ends at or after `begin`. No secret of an instruction
/// that no finding reaches can be shown, so such an instruction need not be searched.
class FindingReach {
public:
    explicit FindingReach(const std::vector<Finding>& findings)
    {
        const auto add = [this](const df::Range& range) { spans_.push_back({range.start.offset, range.end.offset}); };
        for (const Finding& finding : findings) {
            add(finding.range);
            for (const Fix& fix : finding.fixes)
                for (const TextEdit& edit : fix.edits) add(edit.range);
        }
        std::sort(spans_.begin(), spans_.end());
        std::size_t furthest = 0;
        for (auto& [start, end] : spans_) end = furthest = std::max(furthest, end); // ends become running maxima
    }

    bool touches(std::size_t begin, std::size_t end) const
    {
        const auto startsBefore = std::lower_bound(spans_.begin(), spans_.end(), end,
                                                   [](const auto& span, std::size_t at) { return span.first < at; });
        return startsBefore != spans_.begin() && std::prev(startsBefore)->second >= begin;
    }

private:
    std::vector<std::pair<std::size_t, std::size_t>> spans_; ///< (start, furthest end so far), sorted by start
};

} // namespace

std::vector<SecretSpan> collectSecrets(const df::Dockerfile& file, const std::vector<Finding>& findings, LintMemo* memo)
{
    std::vector<SecretSpan> out;
    const FindingReach reach(findings);
    for (const df::Instruction& instruction : file.instructions) {
        const std::size_t begin = instruction.range.start.offset;
        const std::size_t end = instruction.range.end.offset;
        if (!reach.touches(begin, end)) continue;
        if (!memo || end < begin || end > file.source.size()) {
            collectFrom(instruction, begin, end, out);
            continue;
        }
        std::string key(1, static_cast<char>(file.escape));
        key.append(file.source, begin, end - begin);
        const auto& values = memo->secrets(key, [&instruction] {
            std::vector<SecretSpan> spans;
            collectFrom(instruction, 0, 0, spans);
            std::vector<std::string> found;
            for (SecretSpan& span : spans) found.push_back(std::move(span.value));
            return found;
        });
        for (const std::string& value : values) out.push_back({begin, end, value});
    }
    std::stable_sort(out.begin(), out.end(), [](const SecretSpan& a, const SecretSpan& b) { return a.begin < b.begin; });
    return out;
}

std::vector<Finding> redactForDisplay(std::vector<Finding> findings, const std::vector<SecretSpan>& secrets)
{
    if (secrets.empty()) return findings;
    std::vector<const SecretSpan*> touching;
    for (Finding& finding : findings) {
        touching.clear();
        secretsTouching(finding.range, secrets, touching);
        for (const Fix& fix : finding.fixes)
            for (const TextEdit& edit : fix.edits) secretsTouching(edit.range, secrets, touching);
        for (const SecretSpan* span : touching) {
            const std::string redacted = secrets::redact(span->value);
            const std::string escaped = escapedForDoubleQuotes(span->value);
            auto scrub = [&](std::string& text) {
                replaceAll(text, span->value, redacted);
                if (escaped != span->value) replaceAll(text, escaped, redacted);
            };
            scrub(finding.message.en);
            scrub(finding.message.zh);
            for (Fix& fix : finding.fixes) {
                scrub(fix.title.en);
                scrub(fix.title.zh);
                for (TextEdit& edit : fix.edits) scrub(edit.text);
            }
        }
    }
    return findings;
}

} // namespace dw::lint
