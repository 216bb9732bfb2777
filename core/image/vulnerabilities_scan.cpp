// Running trivy or grype from PATH. Whatever goes wrong ends in scanned=false and a note, never in a report that
// looks like a clean scan.
#include "image/vulnerabilities.h"

#include "util/subprocess.h"

#include <cctype>

#include <unistd.h>

namespace dw::image {
namespace {

constexpr std::chrono::seconds kVersionTimeout{10};
constexpr std::size_t kMaxNoteDetail = 200;

std::string lastLine(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    auto newline = text.rfind('\n');
    std::string line(newline == std::string_view::npos ? text : text.substr(newline + 1));
    if (line.size() > kMaxNoteDetail) line = line.substr(0, kMaxNoteDetail) + "…";
    return line;
}

/// The first word that looks like a version in `trivy --version` / `grype --version` output.
std::string versionOf(const std::string& executable)
{
    auto result = util::runProcess({executable, "--version"}, "", kVersionTimeout, 64u << 10);
    if (!result || result->timedOut || result->exitCode != 0) return {};
    const std::string& out = result->out;
    std::size_t at = 0;
    while (at < out.size()) {
        auto end = out.find_first_of(" \t\r\n", at);
        if (end == std::string::npos) end = out.size();
        std::string_view word(out.data() + at, end - at);
        if (word.starts_with('v')) word.remove_prefix(1);
        if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0])) &&
            word.find('.') != std::string_view::npos)
            return std::string(word);
        at = end + 1;
    }
    return {};
}

std::vector<std::string> scannerArguments(const std::string& scanner, const std::string& executable,
                                          const ScanTarget& target)
{
    if (scanner == "trivy") {
        if (!target.tarPath.empty())
            return {executable, "image", "--input", target.tarPath, "--format", "json", "--quiet"};
        return {executable, "image", "--format", "json", "--quiet", target.imageRef};
    }
    if (!target.tarPath.empty()) return {executable, "docker-archive:" + target.tarPath, "-o", "json", "-q"};
    // "docker:" keeps grype on the daemon: a bare name may make it pull from a registry.
    return {executable, "docker:" + target.imageRef, "-o", "json", "-q"};
}

// The environment goes through env(1): the subprocess runner passes our own environment on unchanged.
std::vector<std::string> commandFor(const std::string& scanner, const std::string& executable, const ScanTarget& target)
{
    std::vector<std::string> argv = scannerArguments(scanner, executable, target);
    if (target.environment.empty()) return argv;
    std::optional<std::string> env = util::findExecutable("env");
    if (!env && ::access("/usr/bin/env", X_OK) == 0) env = "/usr/bin/env";
    if (!env) return argv;
    std::vector<std::string> command{*env};
    command.insert(command.end(), target.environment.begin(), target.environment.end());
    command.insert(command.end(), argv.begin(), argv.end());
    return command;
}

VulnerabilityReport runOne(const std::string& scanner, const std::string& executable, const ScanTarget& target,
                           std::chrono::milliseconds timeout)
{
    VulnerabilityReport report;
    report.scanner = scanner;
    auto result = util::runProcess(commandFor(scanner, executable, target), "", timeout);
    if (!result) {
        report.note = scanner + " could not be started";
        return report;
    }
    if (result->timedOut) {
        report.note = scanner + " timed out after " +
                      (timeout < std::chrono::seconds(1)
                           ? std::to_string(timeout.count()) + " ms"
                           : std::to_string(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()) + " s");
        return report;
    }
    if (result->exitCode != 0) {
        std::string detail = lastLine(result->err);
        report.note = scanner + " failed (exit code " + std::to_string(result->exitCode) + ")" +
                      (detail.empty() ? "" : ": " + detail);
        return report;
    }
    VulnerabilityReport parsed = parseScannerReport(result->out);
    if (!parsed.scanned) {
        report.note = scanner + " printed no usable report: " + parsed.note;
        return report;
    }
    if (parsed.scannerVersion.empty()) parsed.scannerVersion = versionOf(executable);
    return parsed;
}

} // namespace

VulnerabilityReport runScanner(const ScanTarget& target, std::chrono::milliseconds timeout)
{
    VulnerabilityReport report;
    if (target.tarPath.empty() && (target.imageRef.empty() || target.imageRef.starts_with('-'))) {
        report.note = "nothing to scan: no image tarball and no valid image reference";
        return report;
    }
    std::string failures;
    bool anyScanner = false;
    for (std::string scanner : {"trivy", "grype"}) {
        auto executable = util::findExecutable(scanner);
        if (!executable) continue;
        anyScanner = true;
        report = runOne(scanner, *executable, target, timeout);
        if (report.scanned) {
            if (!failures.empty()) report.note = failures + (report.note.empty() ? "" : "; " + report.note);
            return report;
        }
        failures += (failures.empty() ? "" : "; ") + report.note;
    }
    report = VulnerabilityReport{};
    report.note = anyScanner ? failures : "no trivy or grype on PATH";
    return report;
}

} // namespace dw::image
