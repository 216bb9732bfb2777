// dockwarden-cli host: inventory of a Docker host and its CIS Docker Benchmark findings.
#include "cli_common.h"

#include "engine/endpoint.h"
#include "engine/inventory.h"
#include "host_watch.h"
#include "findings/catalogue.h"
#include "report_options.h"
#include "scan/host_scan.h"

#include <iostream>

namespace dw::cli {
namespace {

constexpr const char* kHostUsage = R"(usage: dockwarden-cli host [options]

options:
  --host URL                 daemon to inspect (unix:///path, tcp://host:port); default: DOCKER_HOST,
                             DOCKER_CONTEXT, the current docker context, then unix:///var/run/docker.sock
  --context NAME             a docker context from ~/.docker/contexts
  --format text|json|sarif   output format (default: text)
  --failure-threshold SEV    exit 1 only for findings at or above SEV (default: info)
  --no-fail                  exit 0 whenever the inspection itself succeeded
  --ignore RULE              drop findings of this check (repeatable), e.g. --ignore DWH509
  --config FILE              .dockwarden.yaml / .hadolint.yaml (ignored, override, failure-threshold, no-fail,
                             language); default: discovered from the working directory as for lint
  --lang en|zh_CN            language of the messages
  --record                   store the scan in the history (`dockwarden-cli history`); --db FILE names the database
  --baseline ID              mark findings new or unchanged against recorded host scan ID; only new ones fail
  --watch                    after the report, print one JSON line per change (containers, images, networks,
                             volumes, with re-checked container findings) until interrupted
  --list-checks              print every host check (Markdown, both languages) and exit
  --timeout SECONDS          per-request timeout (default: 30)
  --max-inspect N            inspect and check at most N containers (running ones first) and N images in
                             detail; the rest are reported from the lists only, with a warning (default: 1000)
Only GET requests are sent: nothing on the host is changed.
exit codes: 0 no findings at the threshold, 1 findings, 2 usage error or the daemon could not be read (including
any of its lists: containers, images, networks, volumes)
)";

/// A positive whole number, as --max-inspect takes it.
bool parseCount(const std::string& text, std::size_t& out)
{
    if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return false;
    out = static_cast<std::size_t>(std::stoul(text));
    return out > 0;
}

} // namespace

int runHost(const std::vector<std::string>& args)
{
    HostArgs options;
    ReportOptions common;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string error;
        switch (parseReportOption(args, i, common, error)) {
        case OptionParse::Consumed: continue;
        case OptionParse::Error: std::cerr << "dockwarden-cli host: " << error << "\n"; return UsageOrIoError;
        case OptionParse::NotMine: break;
        }
        const std::string& arg = args[i];
        const std::string name = arg.substr(0, arg.find('='));
        if (name == "-h" || name == "--help") {
            std::cout << kHostUsage;
            return Success;
        }
        if (name == "--watch") {
            options.watch = true;
            continue;
        }
        if (name == "--list-checks") {
            std::cout << findings::catalogueMarkdown(findings::Engine::Host);
            return Success;
        }
        if (name != "--host" && name != "--context" && name != "--timeout" && name != "--max-inspect") {
            std::cerr << "dockwarden-cli host: unknown option '" << arg << "'\n" << kHostUsage;
            return UsageOrIoError;
        }
        std::optional<std::string> v;
        if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) v = arg.substr(eq + 1);
        else if (i + 1 < args.size()) v = args[++i];
        if (!v) {
            std::cerr << "dockwarden-cli host: option " << name << " needs a value\n";
            return UsageOrIoError;
        }
        if (name == "--host") options.request.host = *v;
        else if (name == "--context") options.request.context = *v;
        else if (name == "--timeout")
            options.timeoutSeconds = std::atoi(v->c_str());
        else if (!parseCount(*v, options.inventory.maxInspectedContainers)) {
            std::cerr << "dockwarden-cli host: --max-inspect needs a whole number of at least 1, not '" << *v << "'\n";
            return UsageOrIoError;
        }
    }
    options.inventory.maxInspectedImages = options.inventory.maxInspectedContainers;
    options.inventory.diskUsage = reportsShowDiskUsage(common);
    if (options.timeoutSeconds <= 0) options.timeoutSeconds = 30;
    std::string configError;
    auto config = resolveReportConfig(common, configError);
    if (!config) {
        std::cerr << "dockwarden-cli: " << configError << "\n";
        return UsageOrIoError;
    }
    options.config = *config;
    options.language = config->language.value_or(findings::Language::English);

    auto endpoint = engine::resolveEndpoint(options.request, engine::processEnvironment(), engine::processHomeDir());
    if (!endpoint) {
        std::cerr << "dockwarden-cli: " << endpoint.error().message << "\n";
        return UsageOrIoError;
    }
    engine::ClientOptions clientOptions;
    clientOptions.requestTimeout = std::chrono::seconds(options.timeoutSeconds);
    clientOptions.idleTimeout = std::chrono::seconds(options.timeoutSeconds);
    engine::Client client(endpoint.value(), clientOptions);
    auto snapshot = engine::takeInventorySnapshot(client, options.inventory);
    if (!snapshot) {
        std::cerr << "dockwarden-cli: " << snapshot.error().message << "\n";
        return UsageOrIoError;
    }
    for (const auto& problem : snapshot.value().inventory.problems)
        std::cerr << "dockwarden-cli: warning: " << problem << "\n";
    scan::HostScanOptions scanOptions;
    scanOptions.config = *config;
    scanOptions.inventory = options.inventory;
    if (const char* trust = std::getenv("DOCKER_CONTENT_TRUST")) scanOptions.contentTrustEnv = trust;
    scanOptions.toolVersion = DOCKWARDEN_VERSION;
    std::vector<scan::ScanReport> reports;
    reports.push_back(scan::scanHostInventory(
        std::make_shared<const engine::HostInventory>(snapshot.value().inventory), scanOptions));
    report::FormatOptions format;
    format.toolVersion = DOCKWARDEN_VERSION;
    const int status = emitScans(reports, {reports.front().target}, common, *config, std::move(format));
    if (!options.watch || status == UsageOrIoError) return status;
    return watchHost(endpoint.value(), std::move(snapshot.value()), options);
}

} // namespace dw::cli
