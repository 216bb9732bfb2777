// Small helpers shared by the host checks (hostcheck/checks/*.cpp).
#pragma once

#include "hostcheck/check.h"
#include "util/text.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::hostcheck::support {

/// A finding of `info` about `subject`, with the check's default severity, refs and remedy.
inline HostFinding makeFinding(const CheckInfo& info, std::string subject, findings::LocalizedText message,
                               std::string evidence)
{
    return findings::makeSubjectFinding(info, std::move(subject), std::move(message), std::move(evidence));
}

/// "/dw-risky" -> "dw-risky"; the id's first 12 characters when the name is empty.
std::string containerName(const engine::ContainerDetails& container);
/// The first RepoTag, else the first RepoDigest, else the short id.
std::string imageName(const engine::ImageDetails& image);

/// True if a HostConfig.SecurityOpt entry is `key` with `value` ("key=value" or the old "key:value").
/// An empty `value` matches the bare key ("no-new-privileges") and "key=true".
bool hasSecurityOpt(const engine::HostConfig& hostConfig, std::string_view key, std::string_view value);

using util::isRootUser;

/// Names of Config.Env entries that look like secrets (by name or by value). Values are never returned.
std::vector<std::string> secretEnvNames(const std::vector<std::string>& env);

/// Seconds since the epoch of an RFC 3339 time ("2024-05-01T12:00:00.123456789Z", "+02:00"); nullopt if invalid.
std::optional<int64_t> parseRfc3339(std::string_view text);

struct EngineVersion {
    int major = 0;
    int minor = 0;
};
/// "20.10.24+dfsg1" -> {20, 10}; "v25.0.3" -> {25, 0}; nullopt if no number leads.
std::optional<EngineVersion> parseEngineVersion(std::string_view text);

/// What a one-finding check saw: `what` completes "Container 'name' ..." / "容器 'name' ..." (or "Image").
struct Problem {
    findings::LocalizedText what;
    std::string evidence;
};

/// Base of container checks that report at most one finding per container.
class SingleContainerCheck : public ContainerCheck {
  public:
    void check(const engine::ContainerDetails& container, const HostContext& host,
               std::vector<HostFinding>& out) const final;

  protected:
    virtual std::optional<Problem> problem(const engine::ContainerDetails& container,
                                           const HostContext& host) const = 0;
};

/// Base of image checks that report at most one finding per image.
class SingleImageCheck : public InventoryImageCheck {
  public:
    void check(const engine::ImageDetails& image, const ImageContext& images,
               std::vector<HostFinding>& out) const final;

  protected:
    virtual std::optional<Problem> problem(const engine::ImageDetails& image, const ImageContext& images) const = 0;
};

/// The ports a container publishes on the host: NetworkSettings.Ports entries with a host port when it has any
/// (a running container; entries without one are only exposed), else HostConfig.PortBindings (created/stopped).
std::vector<engine::PortBinding> publishedPorts(const engine::ContainerDetails& container);

/// "a, b, c"
std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ");

} // namespace dw::hostcheck::support
