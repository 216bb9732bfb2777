// Reads a Compose file (the Compose specification's format, as `docker compose` reads it) into one
// ContainerSpec per service: anchors, aliases and merge keys, `${VAR}` interpolation from the environment and
// the `.env` beside the file, `extends` (in the file or another one), `include`, `env_file`, profiles, and the
// service keys that bear on security and resources. Problems of the file itself (syntax, types, unknown keys,
// unresolvable references, missing variables) come back as SourceProblems; nothing here throws or recurses
// without bound.
#pragma once

#include "runtime/container_spec.h"
#include "runtime/interpolation.h"

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dw::runtime {

/// Reads another file (a `.env`, an `env_file`, an `extends` or `include` target) for the reader: its text, or
/// nullopt with `error` set. The default reads the disk, refusing files above the input limit.
using FileReader = std::function<std::optional<std::string>(const std::string& path, std::string& error)>;

struct ComposeInput {
    std::string path;       ///< how the file is named; relative references are resolved from its directory
    std::string text;
    Variables environment;  ///< the process environment (wins over `.env`, as in Compose)
    bool readDotEnv = true; ///< read the `.env` beside the file
    FileReader readFile;    ///< null = the disk
    std::size_t maxInputBytes = 8u << 20;
};

/// A service that builds its image: the Dockerfile to lint with the service's build arguments.
struct ComposeBuild {
    std::size_t service = 0;  ///< index into ComposeRead::services
    std::string context;      ///< resolved against the Compose file's directory
    std::string dockerfile;   ///< resolved against the context ("Dockerfile" when not given)
    std::string target;       ///< the stage to build, or "" for the last one
    std::map<std::string, std::string> args;
    bool inlineDockerfile = false; ///< `dockerfile_inline:` (then `inlineText` holds it)
    std::string inlineText;
    Site site;                ///< the `build:` entry
};

/// An `image:` reference as written, for the tag and digest rules.
struct ComposeImage {
    std::size_t service = 0;
    std::string reference;
    Site site;
};

struct ComposeRead {
    std::vector<ContainerSpec> services;
    std::vector<SourceProblem> problems;
    std::vector<ComposeBuild> builds;
    std::vector<ComposeImage> images;
    std::vector<std::string> files; ///< every file read, the Compose file first
    std::string projectName;
};

ComposeRead readCompose(const ComposeInput& input);

/// True for the names Compose looks for by default and their usual variants: compose.yaml, compose.yml,
/// docker-compose.yaml, docker-compose.yml, and `compose.<anything>.yaml` / `docker-compose.<anything>.yml`
/// overrides.
bool looksLikeComposeFile(std::string_view fileName);

/// The keys a Compose service may have, sorted (`x-` extensions aside).
const std::vector<std::string_view>& composeServiceKeys();

} // namespace dw::runtime
