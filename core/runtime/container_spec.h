// A container as a file describes it before it exists: a Compose service or a `docker run` / `docker create`
// line, read into the same engine::ContainerDetails the host checks evaluate on a live container, plus where
// each setting was written, so that a finding can point at the key or option that causes it and a fix can edit
// the text around it.
#pragma once

#include "engine/api_types.h"
#include "findings/finding.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dw::runtime {

enum class SourceKind { Compose, RunLine };

/// Where something is written: a span of one file, with the offsets of the whole lines it covers (for fixes that
/// remove a Compose entry with its line).
struct Site {
    std::string path;
    findings::FileSpan span;
    bool valid() const { return span.endOffset > span.offset || span.line > 0; }
};

/// One element of a list setting (a port, a mount, an environment variable, a security option ...), what it
/// says and where.
struct ItemSite {
    std::string text; ///< the element as read ("127.0.0.1:8080:80", "/var/run/docker.sock:/var/run/docker.sock")
    std::string key;  ///< what it is about: the container port, the mount's target, the variable's name, the option
    Site site;
    bool shortSyntax = true; ///< Compose: a string (short syntax) rather than a map; run lines: always true
};

/// Where fixes that add settings go.
struct InsertPoint {
    std::size_t offset = 0;      ///< Compose: the start of the line after the service's last line; run line: the end
                                 ///< of the `run` / `create` word
    std::string indent;          ///< Compose: the indentation of the service's keys
    bool possible = false;       ///< false for a flow-style service (`web: {image: x}`) or an inherited one
};

struct ContainerSpec {
    SourceKind kind = SourceKind::Compose;
    std::string name;  ///< the service name, or the run line's --name, or "docker run (line 12)"
    std::string path;  ///< the file the service or line is in
    Site anchor;       ///< the service's key, or the command's words: where findings without a setting of their own go
    engine::ContainerDetails container;
    /// Where each setting is written, by its Compose key ("privileged", "cap_add", "security_opt", "user",
    /// "network_mode", "restart", ...; run-line options are named by the Compose key they correspond to). The site
    /// covers the key and its value (Compose) or the option and its value (run line).
    std::map<std::string, Site> keys;
    /// The elements of list settings, by Compose key ("ports", "volumes", "environment", "security_opt",
    /// "cap_add", "devices", "tmpfs").
    std::map<std::string, std::vector<ItemSite>> items;
    InsertPoint insert;
    /// The image's USER and HEALTHCHECK apply when the file sets none; known when the service builds from a
    /// Dockerfile that was read, else unknown (the checks then report what the file alone says).
    bool imageDefaultsKnown = false;
    std::vector<std::string> profiles;
};

/// A problem of the file itself (YAML syntax, a wrong type, an unknown key, an unresolvable `extends`, a missing
/// variable): a DWCnnn finding at `site`.
struct SourceProblem {
    std::string rule; ///< "DWC001"
    Site site;
    findings::LocalizedText message;
};

} // namespace dw::runtime
