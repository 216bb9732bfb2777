// dockwarden-cli host: inventory of a Docker host and its CIS Docker Benchmark findings.
#include "cli_common.h"

#include "engine/endpoint.h"
#include "engine/inventory.h"
#include "host_report.h"

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
  --lang en|zh_CN            language of the messages
  --timeout SECONDS          per-request timeout (default: 30)
Only GET requests are sent: nothing on the host is changed.
exit codes: 0 no findings at the threshold, 1 findings, 2 usage error or the daemon could not be read
)";

} // namespace

int runHost(const std::vector<std::string>& args)
{
    HostArgs options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&]() -> std::optional<std::string> {
            if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) return arg.substr(eq + 1);
            if (i + 1 < args.size()) return args[++i];
            return std::nullopt;
        };
        const std::string name = arg.substr(0, arg.find('='));
        if (name == "-h" || name == "--help") {
            std::cout << kHostUsage;
            return Success;
        }
        if (name == "--no-fail") {
            options.noFail = true;
            continue;
        }
        if (name != "--host" && name != "--context" && name != "--format" && name != "--failure-threshold" &&
            name != "--lang" && name != "--timeout") {
            std::cerr << "dockwarden-cli host: unknown option '" << arg << "'\n" << kHostUsage;
            return UsageOrIoError;
        }
        auto v = value();
        if (!v) {
            std::cerr << "dockwarden-cli host: option " << name << " needs a value\n";
            return UsageOrIoError;
        }
        if (name == "--host") options.request.host = *v;
        else if (name == "--context") options.request.context = *v;
        else if (name == "--format") options.format = *v;
        else if (name == "--lang") options.language = *v == "zh_CN" ? lint::Language::SimplifiedChinese : lint::Language::English;
        else if (name == "--timeout") options.timeoutSeconds = std::atoi(v->c_str());
        else if (auto severity = lint::severityFromName(*v)) options.threshold = *severity;
        else {
            std::cerr << "dockwarden-cli host: unknown severity '" << *v << "'\n";
            return UsageOrIoError;
        }
    }
    if (options.format != "text" && options.format != "json" && options.format != "sarif") {
        std::cerr << "dockwarden-cli host: unknown format '" << options.format << "'\n";
        return UsageOrIoError;
    }
    if (options.timeoutSeconds <= 0) options.timeoutSeconds = 30;

    auto endpoint = engine::resolveEndpoint(options.request, engine::processEnvironment(), engine::processHomeDir());
    if (!endpoint) {
        std::cerr << "dockwarden-cli: " << endpoint.error().message << "\n";
        return UsageOrIoError;
    }
    engine::ClientOptions clientOptions;
    clientOptions.requestTimeout = std::chrono::seconds(options.timeoutSeconds);
    clientOptions.idleTimeout = std::chrono::seconds(options.timeoutSeconds);
    engine::Client client(endpoint.value(), clientOptions);
    auto inventory = engine::collectInventory(client);
    if (!inventory) {
        std::cerr << "dockwarden-cli: " << inventory.error().message << "\n";
        return UsageOrIoError;
    }
    for (const auto& problem : inventory.value().problems) std::cerr << "dockwarden-cli: warning: " << problem << "\n";
    return printHostReport(inventory.value(), options);
}

} // namespace dw::cli
