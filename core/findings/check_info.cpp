#include "findings/check_info.h"

namespace dw::findings {

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

} // namespace dw::findings
