#include "scan/image_scan.h"

#include "scan/convert.h"
#include "scan/scan_config.h"

#include <ctime>

namespace dw::scan {

ScanReport imageScanReport(image::ImageReport analysed, const lint::Config& config, const std::string& toolVersion)
{
    ScanReport report;
    report.kind = Engine::Image;
    report.target = analysed.subject;
    report.unixTime = static_cast<std::int64_t>(std::time(nullptr));
    report.toolVersion = toolVersion;
    report.findings.reserve(analysed.findings.size());
    for (image::ImageFinding& finding : analysed.findings)
        report.findings.push_back(fromImageFinding(std::move(finding), analysed.subject));
    analysed.findings.clear();
    applyConfigAndWaivers(report, config, [](const findings::Finding& f) -> const std::string& {
        return std::get<findings::ImageLocation>(f.location).image;
    });
    report.risk = riskScoreOf(Engine::Image, report.findings);
    report.image = std::make_shared<const image::ImageReport>(std::move(analysed));
    return report;
}

ScanReport scanImage(const image::ImageSourceSpec& source, engine::Client* client, ImageScanOptions options,
                     const ScanControl& control)
{
    const std::int64_t started = static_cast<std::int64_t>(std::time(nullptr));
    options.analyze.cancel = control.cancel;
    if (control.progress)
        options.analyze.progress = [&control](std::uint64_t done, std::uint64_t total) {
            control.report("reading", done, total);
        };
    auto analysed = image::analyzeImage(source, client, options.analyze);
    if (!analysed || control.cancelled()) {
        ScanReport report;
        report.kind = Engine::Image;
        report.target = source.location;
        report.unixTime = started;
        report.toolVersion = options.toolVersion;
        report.cancelled = control.cancelled();
        report.error = report.cancelled ? "cancelled" : analysed.error().message;
        return report;
    }
    ScanReport report = imageScanReport(std::move(analysed.value()), options.config, options.toolVersion);
    report.unixTime = started;
    return report;
}

} // namespace dw::scan
