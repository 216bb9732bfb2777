// dockwarden-cli parse: the parse tree as JSON or as BuildKit's AST dump.
#include "cli_common.h"

#include "dockerfile/buildkit_dump.h"
#include "dockerfile/json_dump.h"
#include "dockerfile/parser.h"

#include <iostream>

namespace dw::cli {

int runParse(const std::vector<std::string>& args)
{
    constexpr const char* kUsage = "usage: dockwarden-cli parse [--format json|buildkit] [--max-input-size SIZE] FILE | -\n";
    std::string format = "json";
    std::string path;
    std::size_t maxInputBytes = fileio::kDefaultMaxInputBytes;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--format" && i + 1 < args.size()) format = args[++i];
        else if (arg.rfind("--format=", 0) == 0) format = arg.substr(9);
        else if (arg == "--max-input-size" && i + 1 < args.size()) {
            const auto bytes = fileio::parseInputLimit(args[++i]);
            if (!bytes) {
                std::cerr << "dockwarden-cli parse: --max-input-size needs " << fileio::kInputLimitExpected << "\n";
                return UsageOrIoError;
            }
            maxInputBytes = *bytes;
        } else if (arg == "-h" || arg == "--help") {
            std::cout << kUsage;
            return Success;
        } else if (path.empty() && (arg == "-" || arg[0] != '-')) path = arg;
        else {
            std::cerr << "dockwarden-cli parse: unexpected argument '" << arg << "'\n";
            return UsageOrIoError;
        }
    }
    if (path.empty() || (format != "json" && format != "buildkit")) {
        std::cerr << kUsage;
        return UsageOrIoError;
    }
    std::string error;
    auto source = readInput(path, error, maxInputBytes);
    if (!source) {
        std::cerr << "dockwarden-cli: " << error << "\n";
        return UsageOrIoError;
    }
    df::Dockerfile file = df::parse(std::move(*source));
    if (format == "buildkit") {
        for (const auto& e : file.errors) {
            if (e.kind != df::ErrorKind::Parser) continue;
            std::cerr << path << ":" << e.range.start.line << ": " << e.message << "\n";
            return FindingsFound;
        }
        std::cout << df::buildkitDump(file);
        return Success;
    }
    df::writeJson(file, std::cout);
    return file.hasParserErrors() ? FindingsFound : Success;
}

} // namespace dw::cli
