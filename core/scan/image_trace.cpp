#include "scan/image_trace.h"

#include "dockerfile/ast.h"
#include "image/image_analyzer.h"
#include "scan/convert.h"

#include <map>

namespace dw::scan {

ImageLink linkImageFindings(ScanReport& dockerfileReport, const ScanReport& imageReport)
{
    ImageLink link;
    if (!dockerfileReport.dockerfile || !imageReport.image) return link;
    const df::Dockerfile& file = *dockerfileReport.dockerfile;
    link.trace = image::traceDockerfile(file, imageReport.image->image);
    std::map<std::size_t, const image::TracedInstruction*> byLayer;
    for (const auto& traced : link.trace.instructions)
        if (traced.layer) byLayer[*traced.layer] = &traced;
    for (const findings::Finding& finding : imageReport.findings) {
        const auto* where = std::get_if<findings::ImageLocation>(&finding.location);
        if (!where || !where->layer || !finding.sameAs.empty()) continue;
        const auto found = byLayer.find(*where->layer);
        if (found == byLayer.end()) {
            ++link.unattached;
            continue;
        }
        findings::Finding attached = finding;
        const df::Instruction& instruction = file.instructions[found->second->instruction];
        findings::FileSpan span = spanOf(instruction.keywordWord.range);
        attached.location = findings::FileLocation{dockerfileReport.target, span};
        const std::string layer = std::to_string(*where->layer);
        const std::string path = where->path.empty() ? std::string() : " /" + where->path;
        attached.message.en = "Image " + imageReport.target + ", layer " + layer + path + ": " + finding.message.en;
        attached.message.zh = "镜像 " + imageReport.target + " 第 " + layer + " 层" + path + "：" + finding.message.zh;
        attached.fixes.clear();
        dockerfileReport.findings.push_back(std::move(attached));
        ++link.attached;
    }
    return link;
}

} // namespace dw::scan
