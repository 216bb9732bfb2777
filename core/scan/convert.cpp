#include "scan/convert.h"

#include "findings/catalogue.h"

namespace dw::scan {
namespace {

constexpr std::string_view kSyntaxErrorRule = "DL1000";
const findings::LocalizedText kSyntaxErrorTitle{"Dockerfile syntax error", "Dockerfile 语法错误"};

findings::TextFix convertFix(lint::Fix&& fix)
{
    findings::TextFix out{std::move(fix.title), {}};
    out.edits.reserve(fix.edits.size());
    for (lint::TextEdit& edit : fix.edits) out.edits.push_back({spanOf(edit.range), std::move(edit.text)});
    return out;
}

// The catalogue's title and refs; the finding's own refs (host and image checks copy them) when it has some.
void describe(findings::Finding& out)
{
    if (const findings::RuleDescription* rule = findings::findRule(out.rule)) {
        out.title = &rule->title;
        if (out.refs.empty()) out.refs.assign(rule->refs.begin(), rule->refs.end());
    } else if (out.rule == kSyntaxErrorRule) {
        out.title = &kSyntaxErrorTitle;
        out.refs = {"hadolint:DL1000"};
    }
}

} // namespace

findings::FileSpan spanOf(const df::Range& range)
{
    return {range.start.line, range.start.column, range.end.line, range.end.column, range.start.offset,
            range.end.offset};
}

findings::Finding fromLintFinding(lint::Finding&& finding, const std::string& path)
{
    findings::Finding out;
    out.rule = std::move(finding.rule);
    out.severity = finding.severity;
    describe(out);
    out.message = std::move(finding.message);
    out.location = findings::FileLocation{path, spanOf(finding.range)};
    out.fixes.reserve(finding.fixes.size());
    for (lint::Fix& fix : finding.fixes) out.fixes.push_back(convertFix(std::move(fix)));
    out.sameAs = finding.sameAs;
    return out;
}

findings::Finding fromSubjectFinding(findings::SubjectFinding&& finding, findings::ObjectKind kind, std::string id,
                                     std::string name)
{
    findings::Finding out;
    out.rule = std::move(finding.rule);
    out.severity = finding.severity;
    out.refs = std::move(finding.refs);
    describe(out);
    out.message = std::move(finding.message);
    out.evidence = std::move(finding.evidence);
    out.remedy = std::move(finding.remedy);
    out.location = findings::HostObjectLocation{kind, std::move(id), std::move(name)};
    return out;
}

findings::Finding fromImageFinding(image::ImageFinding&& finding, const std::string& image)
{
    findings::Finding out;
    out.rule = std::move(finding.finding.rule);
    out.severity = finding.finding.severity;
    out.refs = std::move(finding.finding.refs);
    describe(out);
    out.message = std::move(finding.finding.message);
    out.evidence = std::move(finding.finding.evidence);
    out.remedy = std::move(finding.finding.remedy);
    out.location = findings::ImageLocation{image, finding.layerIndex, std::move(finding.path)};
    return out;
}

} // namespace dw::scan
