#include "findings/check_info.h"

namespace dw::findings {
namespace {
std::string joinedRefs(const CheckInfo& info)
{
    std::string refs;
    for (std::string_view ref : info.refs)
        refs += (refs.empty() ? "" : ", ") + std::string(ref);
    return refs;
}

} // namespace


SubjectFinding makeSubjectFinding(const CheckInfo& info, std::string subject, LocalizedText message,
                                  std::string evidence)
{
    SubjectFinding finding;
    finding.rule = std::string(info.id);
    finding.severity = info.severity;
    finding.refs.assign(info.refs.begin(), info.refs.end());
    finding.subject = std::move(subject);
    finding.message = std::move(message);
    finding.evidence = std::move(evidence);
    finding.remedy = info.remedy;
    return finding;
}

std::string checkSectionMarkdown(const CheckInfo& info, std::string_view target)
{
    std::string out;
    out += "\n## " + std::string(info.id) + "\n\n";
    out += "- severity: " + std::string(severityName(info.severity)) + "\n";
    out += "- target: " + std::string(target) + "\n";
    out += "- practice: " + std::string(practiceId(info.practice)) + "\n";
    out += "- references: " + joinedRefs(info) + "\n";
    out += "\n**" + info.title.en + "**\n\n" + info.explanation.en + "\n\nFix: " + info.remedy.en + "\n";
    out += "\n**" + info.title.zh + "**\n\n" + info.explanation.zh + "\n\n修复：" + info.remedy.zh + "\n";
    return out;
}

} // namespace dw::findings
