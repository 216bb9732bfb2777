#include "report/report_blocks.h"
#include "report/report_model.h"
#include "history/history_store.h"
#include "history/recording.h"
#include "util/file_io.h"

#include <filesystem>

namespace dw::report {

std::vector<TrendPoint> trendFromHistory(const std::string& target, const std::string& historyPath)
{
    const std::string path = historyPath.empty() ? history::defaultHistoryPath() : historyPath;
    std::error_code ignored;
    if (target.empty() || !std::filesystem::exists(path, ignored)) return {};
    std::string notice, error;
    auto store = history::HistoryStore::open(path, notice, error);
    if (!store) return {};
    std::vector<TrendPoint> points;
    for (const history::ScanRecord& scan : history::oldestFirst(store->list(target)))
        points.push_back({scan.unixTime, scan.riskScore, scan.errors, scan.warnings, scan.infos, scan.styles});
    return points;
}

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
