#include "report/report_blocks.h"
#include "report/report_model.h"
#include "util/file_io.h"

namespace dw::report {

std::string reportHtml(const ReportModel& model) { return documentHtml(blocks::reportDocument(model)); }

bool writeReport(const ReportModel& model, ReportFormat format, const std::string& path, std::string& error,
                 std::vector<std::string>& warnings, const std::atomic<bool>* cancel)
{
    std::string content;
    switch (format) {
    case ReportFormat::Json: content = reportJson(model); break;
    case ReportFormat::Html: content = reportHtml(model); break;
    case ReportFormat::Pdf:
        content = documentPdf(blocks::reportDocument(model), error, warnings, cancel);
        if (content.empty()) return false;
        break;
    }
    if (cancel && cancel->load()) {
        error = "cancelled";
        return false;
    }
    return fileio::writeFileAtomically(path, content, error);
}

} // namespace dw::report
