// Fuzz harness body: the `.hadolint.yaml` / `.dockwarden.yaml` reader, then a lint of a small Dockerfile with
// whatever config came out (so trusted registries, label schemas and overrides from hostile YAML are used).
//
// Invariant: a refused file gets an error message that names the file.
#pragma once

#include "harness_support.h"

#include "dockerfile/parser.h"
#include "lint/config.h"
#include "lint/linter.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace dw::fuzz {

inline const df::Dockerfile& configSampleDockerfile()
{
    static const df::Dockerfile file =
        df::parse("FROM registry.example.com/base:1 AS build\n"
                  "LABEL maintainer=\"a@b.c\" version=1.2.3 org.opencontainers.image.created=2026-01-01T00:00:00Z\n"
                  "LABEL license=MIT url=https://x.example checksum=abc\n"
                  "RUN apt-get update && apt-get install -y curl\n"
                  "FROM docker.io/library/alpine:latest\n"
                  "COPY --from=build /out /out\n"
                  "USER root\n");
    return file;
}

inline int runConfigHarness(const std::uint8_t* data, std::size_t size)
{
    const std::string text = asString(data, size);
    lint::ConfigError error;
    auto config = lint::parseConfig(text, "fuzz.yaml", error);
    if (!config) {
        if (error.message.find("fuzz.yaml") == std::string::npos)
            invariantFailed("config error does not name the file: " + error.message, text);
        return 0;
    }
    lint::Config merged;
    merged.merge(*config);
    merged.merge(*config);
    for (const char* rule : {"DL3006", "DL3007", "DL3008", "DL3026", "DL3049", "DW1001", "StageNameCasing"})
        (void)merged.effectiveSeverity(rule, findings::Severity::Warning);
    lint::LintOptions options;
    options.config = merged;
    options.config.shellcheck = false; // never start ShellCheck from a fuzzer
    options.shellcheck = false;
    (void)lint::lint(configSampleDockerfile(), options);
    return 0;
}

} // namespace dw::fuzz
