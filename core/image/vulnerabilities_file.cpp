// Importing a saved trivy or grype JSON report from a file: bounded reading, one clear error per failure.
#include "image/vulnerabilities.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace dw::image {
namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

std::string megabytes(std::size_t bytes)
{
    return std::to_string(bytes >> 20) + " MiB";
}

} // namespace

std::optional<VulnerabilityReport> loadScannerReportFile(const std::string& path, std::string& error)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        error = path + ": cannot read the vulnerability report: " + std::strerror(errno);
        return std::nullopt;
    }
    if (S_ISDIR(info.st_mode)) {
        error = path + ": is a directory, not a trivy or grype JSON report";
        return std::nullopt;
    }
    if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > kMaxScannerReportBytes) {
        error = path + ": the vulnerability report is larger than " + megabytes(kMaxScannerReportBytes) +
                ", the limit for an imported report";
        return std::nullopt;
    }
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) {
        error = path + ": cannot read the vulnerability report: " + std::strerror(errno);
        return std::nullopt;
    }
    // Devices and pipes have no size to check first: read in chunks and stop at the cap.
    std::string text;
    if (S_ISREG(info.st_mode)) text.reserve(static_cast<std::size_t>(info.st_size));
    char chunk[1 << 16];
    for (;;) {
        const std::size_t n = std::fread(chunk, 1, sizeof chunk, file.get());
        if (text.size() + n > kMaxScannerReportBytes) {
            error = path + ": the vulnerability report is larger than " + megabytes(kMaxScannerReportBytes) +
                    ", the limit for an imported report";
            return std::nullopt;
        }
        text.append(chunk, n);
        if (n < sizeof chunk) break;
    }
    if (std::ferror(file.get())) {
        error = path + ": cannot read the vulnerability report: " + std::strerror(errno);
        return std::nullopt;
    }
    VulnerabilityReport report = parseScannerReport(text);
    if (!report.scanned) {
        error = path + ": " + report.note;
        return std::nullopt;
    }
    return report;
}

} // namespace dw::image
