// The words every engine shares: how severe a finding is, the two languages of every text, the practices of the
// image-security guide a rule belongs to, and which engine a rule or check is part of.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dw::findings {

/// Ordered from most to least severe; Ignore means "not reported".
enum class Severity { Error, Warning, Info, Style, Ignore };

std::string_view severityName(Severity severity); ///< "error", "warning", "info", "style", "ignore"
std::optional<Severity> severityFromName(std::string_view name);
/// True if `severity` is at least as severe as `threshold`.
bool atLeast(Severity severity, Severity threshold);

enum class Language { English, SimplifiedChinese };

struct LocalizedText {
    std::string en;
    std::string zh;
    const std::string& in(Language language) const { return language == Language::English ? en : zh; }
};

/// The practice of the image-security guide a rule or check belongs to.
enum class Practice {
    MinimalBaseImage,     ///< 1. choose a minimal base image
    LeastPrivilegeUser,   ///< 2. run as a least-privileged USER
    SignedImages,         ///< 3. sign and verify images
    VulnerabilityScanning,///< 4. find, fix and watch for vulnerabilities
    NoSecrets,            ///< 5. keep secrets out of images
    ImmutableTags,        ///< 6. pin tags and digests
    ImageMetadata,        ///< 7.1 describe the image with LABELs
    CopyOverAdd,          ///< 7.2 prefer COPY to ADD
    FewerLayers,          ///< 7.3 merge RUN instructions
    BuildCache,           ///< 7.4 use caches to build faster
    MultiStage,           ///< 7.5 multi-stage builds for small images
    StaticAnalysis,       ///< 8. Dockerfile correctness and static analysis
    RuntimeHardening,     ///< runtime baseline (capabilities, ports, sshd, health checks ...)
};

std::string_view practiceId(Practice practice); ///< stable id, e.g. "minimal-base-image"
std::optional<Practice> practiceFromId(std::string_view id);

/// The engine a rule or check belongs to: Dockerfile lint, host (Engine API) checks, image analysis.
enum class Engine { Dockerfile, Host, Image };

std::string_view engineName(Engine engine); ///< "dockerfile", "host", "image"
std::optional<Engine> engineFromName(std::string_view name);

} // namespace dw::findings
