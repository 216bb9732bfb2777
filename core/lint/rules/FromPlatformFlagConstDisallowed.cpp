#include "lint/rule_support.h"
#include "lint/support_buildkit.h"

#include <algorithm>
#include <optional>

namespace dw::lint::rules {
namespace {

struct Platform {
    std::string os;
    std::string arch;
    std::string variant;
};

bool isAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string normalizeOs(std::string os)
{
    os = support::toLower(os);
    if (os == "macos") return "darwin";
    return os;
}

std::pair<std::string, std::string> normalizeArch(std::string arch, std::string variant)
{
    arch = support::toLower(arch);
    variant = support::toLower(variant);
    if (arch == "i386") return {"386", ""};
    if (arch == "x86_64" || arch == "x86-64" || arch == "amd64") return {"amd64", variant == "v1" ? "" : variant};
    if (arch == "aarch64" || arch == "arm64") {
        if (variant == "8" || variant == "v8" || variant == "v8.0") variant.clear();
        return {"arm64", variant};
    }
    if (arch == "armhf") return {"arm", "v7"};
    if (arch == "armel") return {"arm", "v6"};
    if (arch == "arm") {
        if (variant.empty() || variant == "7") variant = "v7";
        else if (variant == "5" || variant == "6" || variant == "8") variant = "v" + variant;
        return {"arm", variant};
    }
    return {arch, variant};
}

bool knownOs(std::string_view os)
{
    static const std::vector<std::string_view> known{"aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
                                                     "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd",
                                                     "plan9", "solaris", "windows", "zos"};
    return std::find(known.begin(), known.end(), os) != known.end();
}

bool knownArch(std::string_view arch)
{
    static const std::vector<std::string_view> known{
        "386",    "amd64",  "amd64p32",  "arm",         "armbe", "arm64",   "arm64be", "ppc64", "ppc64le",
        "loong64", "mips",  "mipsle",    "mips64",      "mips64le", "mips64p32", "mips64p32le", "ppc", "riscv",
        "riscv64", "s390",  "s390x",     "sparc",       "sparc64", "wasm"};
    return std::find(known.begin(), known.end(), arch) != known.end();
}

// containerd's platforms.Parse, normalised; nullopt when the specifier is invalid.
std::optional<Platform> parsePlatform(std::string_view specifier)
{
    std::vector<std::string> parts = buildkit::splitFields(specifier, '/');
    for (const auto& part : parts) {
        if (part.empty()) return std::nullopt;
        for (char c : part)
            if (!isAlnum(c) && c != '_' && c != '.' && c != '-') return std::nullopt;
    }
    switch (parts.size()) {
    case 1: {
        std::string os = normalizeOs(parts[0]);
        if (knownOs(os)) return Platform{os, "amd64", ""};
        auto [arch, variant] = normalizeArch(parts[0], "");
        if (arch == "arm" && variant == "v7") variant.clear();
        if (!knownArch(arch)) return std::nullopt;
        return Platform{"linux", arch, variant};
    }
    case 2: {
        auto [arch, variant] = normalizeArch(parts[1], "");
        return Platform{normalizeOs(parts[0]), arch, variant};
    }
    case 3: {
        auto [arch, variant] = normalizeArch(parts[1], parts[2]);
        if (arch == "arm64" && variant.empty()) variant = "v8";
        return Platform{normalizeOs(parts[0]), arch, variant};
    }
    default: return std::nullopt;
    }
}

class FromPlatformFlagConstDisallowed final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "FromPlatformFlagConstDisallowed",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::MultiStage,
            .refs = {"buildkit:FromPlatformFlagConstDisallowed", "hadolint:DL3029"},
            .title = {"FROM --platform is set to a fixed platform", "FROM --platform 被设为固定的平台"},
            .explanation = {
                "A constant such as `--platform=linux/amd64` pins the stage to one platform whatever platform is "
                "being built, so multi-platform builds silently produce wrong or emulated results. Use a variable "
                "(`$BUILDPLATFORM`, `$TARGETPLATFORM`) or drop the flag. If the stage really is meant for one "
                "platform only, say so in its name (e.g. `AS build-amd64`), which also silences this check.",
                "`--platform=linux/amd64` 这样的常量会把阶段固定在一个平台上，无论实际构建哪个平台，因此多平台构建会悄悄地"
                "产出错误的或经模拟运行的结果。请改用变量（`$BUILDPLATFORM`、`$TARGETPLATFORM`）或去掉该参数。若该阶段确实只"
                "针对一个平台，请在阶段名中体现（例如 `AS build-amd64`），这样也不会再触发此检查。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const buildkit::StagePlatform& written : buildkit::stagePlatforms(ctx)) {
            const buildkit::WordMatch& match = written.match;
            if (!match.used.empty() || !match.ok) continue;
            const auto platform = parsePlatform(match.result);
            if (!platform) continue;
            const std::string& stageName = written.stage->name;
            if (stageName.find(platform->os) != std::string::npos || stageName.find(platform->arch) != std::string::npos)
                continue;
            const std::string quoted = buildkit::goQuote(match.result);
            out.push_back(finding(written.range, {"FROM --platform flag should not use constant value " + quoted,
                                                   "FROM 的 --platform 参数不应使用常量值 " + quoted}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_FromPlatformFlagConstDisallowed() { return std::make_unique<FromPlatformFlagConstDisallowed>(); }

} // namespace dw::lint::rules
