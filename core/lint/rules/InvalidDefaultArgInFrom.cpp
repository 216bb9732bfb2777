#include "lint/rule_support.h"
#include "util/text.h"
#include "lint/support_buildkit.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace dw::lint::rules {
namespace {

bool isLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool isAlnum(char c) { return isLowerAlnum(c) || (c >= 'A' && c <= 'Z'); }
bool isWordChar(char c) { return isAlnum(c) || c == '_'; }
bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// path-component: [a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*
bool validPathComponent(std::string_view text)
{
    std::size_t i = 0;
    auto alnumRun = [&] {
        std::size_t start = i;
        while (i < text.size() && isLowerAlnum(text[i])) ++i;
        return i > start;
    };
    if (!alnumRun()) return false;
    while (i < text.size()) {
        if (text[i] == '.') ++i;
        else if (text[i] == '_') i += (i + 1 < text.size() && text[i + 1] == '_') ? 2 : 1;
        else if (text[i] == '-') while (i < text.size() && text[i] == '-') ++i;
        else return false;
        if (!alnumRun()) return false;
    }
    return true;
}

// domain-component: [a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]; domain: components joined by '.',
// or a bracketed IPv6 address, then an optional :port.
bool validDomain(std::string_view domain)
{
    std::string_view host = domain;
    if (auto colon = domain.rfind(':'); colon != std::string_view::npos && domain.find(']', colon) == std::string_view::npos) {
        std::string_view port = domain.substr(colon + 1);
        if (port.empty() || !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        host = domain.substr(0, colon);
    }
    if (host.empty()) return false;
    if (host.front() == '[') {
        if (host.back() != ']' || host.size() < 3) return false;
        return std::all_of(host.begin() + 1, host.end() - 1, [](char c) { return isHex(c) || c == ':'; });
    }
    std::size_t start = 0;
    while (true) {
        std::size_t dot = host.find('.', start);
        std::string_view part = host.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (part.empty() || !isAlnum(part.front()) || !isAlnum(part.back())) return false;
        if (!std::all_of(part.begin(), part.end(), [](char c) { return isAlnum(c) || c == '-'; })) return false;
        if (dot == std::string_view::npos) return true;
        start = dot + 1;
    }
}

bool validDigest(std::string_view digest)
{
    auto colon = digest.find(':');
    if (colon == std::string_view::npos) return false;
    std::string_view algorithm = digest.substr(0, colon), hex = digest.substr(colon + 1);
    if (algorithm.empty() || !std::isalpha(static_cast<unsigned char>(algorithm.front()))) return false;
    for (std::size_t i = 0; i < algorithm.size(); ++i) {
        char c = algorithm[i];
        if (isAlnum(c)) continue;
        if ((c == '-' || c == '_' || c == '+' || c == '.') && i + 1 < algorithm.size() &&
            std::isalpha(static_cast<unsigned char>(algorithm[i + 1])))
            continue;
        return false;
    }
    return hex.size() >= 32 && std::all_of(hex.begin(), hex.end(), isHex);
}

bool validTag(std::string_view tag)
{
    if (tag.empty() || tag.size() > 128 || !isWordChar(tag.front())) return false;
    return std::all_of(tag.begin(), tag.end(), [](char c) { return isWordChar(c) || c == '.' || c == '-'; });
}

// Whether distribution/reference's ParseNormalizedNamed accepts `name` as an image reference.
bool validImageReference(std::string_view name)
{
    if (name.empty()) return false;
    if (name.size() == 64 && std::all_of(name.begin(), name.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }))
        return false;
    std::string_view domain, remainder = name;
    if (auto slash = name.find('/'); slash != std::string_view::npos) {
        std::string_view first = name.substr(0, slash);
        bool isDomain = first.find_first_of(".:") != std::string_view::npos || first == "localhost" ||
                        util::hasAsciiUpper(first);
        if (isDomain) {
            domain = first;
            remainder = name.substr(slash + 1);
        }
    }
    std::string_view digest;
    if (auto at = remainder.find('@'); at != std::string_view::npos) {
        digest = remainder.substr(at + 1);
        remainder = remainder.substr(0, at);
        if (!validDigest(digest)) return false;
    }
    std::string_view path = remainder, tag;
    bool hasTag = false;
    if (auto colon = remainder.find(':'); colon != std::string_view::npos) {
        path = remainder.substr(0, colon);
        tag = remainder.substr(colon + 1);
        hasTag = true;
    }
    if (util::hasAsciiUpper(path)) return false;
    if (!domain.empty() && !validDomain(domain)) return false;
    if (hasTag && !validTag(tag)) return false;
    if (path.empty()) return false;
    for (const auto& component : buildkit::splitFields(path, '/'))
        if (!validPathComponent(component)) return false;
    return domain.size() + (domain.empty() ? 0 : 1) + path.size() <= 255;
}

class InvalidDefaultArgInFrom final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "InvalidDefaultArgInFrom",
            .severity = Severity::Warning,
            .family = RuleFamily::BuildKit,
            .practice = Practice::StaticAnalysis,
            .refs = {"buildkit:InvalidDefaultArgInFrom"},
            .title = {"Without build arguments a FROM image name is empty or invalid",
                      "不传构建参数时 FROM 的镜像名为空或无效"},
            .explanation = {
                "When the ARGs used in FROM keep their default values, the image reference must still be valid: "
                "otherwise the build fails for anyone who does not pass `--build-arg`, and tools that read the file "
                "without arguments cannot resolve the base image. Give the ARG a default that yields a valid name, "
                "e.g. `ARG VERSION=1.27` for `FROM nginx:${VERSION}`.",
                "FROM 中用到的 ARG 保持默认值时，镜像引用也必须有效：否则未传 `--build-arg` 的人构建都会失败，不带参数读取文件"
                "的工具也无法解析基础镜像。请为该 ARG 设置能得出有效名称的默认值，例如对 `FROM nginx:${VERSION}` 使用 "
                "`ARG VERSION=1.27`。"},
            .instructionCheckComments = false,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        const df::Dockerfile& file = ctx.file();
        // The global ARGs are only worked out once an image name needs them (it expands a variable) or is to be
        // reported (a default that fails to expand silences the check); most names are plain and valid.
        // Without build arguments, the defaults-only scope is the one the stage walk already works out once.
        std::optional<buildkit::GlobalArgs> ownGlobals;
        const buildkit::GlobalArgs* globals = nullptr;
        const auto usableGlobals = [&]() -> const buildkit::GlobalArgs* {
            if (!globals) {
                if (ctx.buildArgs().empty()) globals = &buildkit::dispatchedGlobals(ctx);
                else globals = &ownGlobals.emplace(buildkit::globalArgs(file, ctx.buildArgs(), false));
            }
            return globals->ok ? globals : nullptr;
        };
        const buildkit::Env noVariables;
        for (const df::Stage& stage : file.stages) {
            const buildkit::Env* env = &noVariables;
            if (buildkit::mayExpand(stage.image.value)) {
                const buildkit::GlobalArgs* usable = usableGlobals();
                if (!usable) return;
                env = &usable->values;
            }
            const buildkit::WordMatch match = buildkit::processWord(stage.image.value, *env, file.escape);
            if (!match.ok) return;
            if (validImageReference(match.result)) continue;
            if (!usableGlobals()) return;
            const df::Instruction& from = file.instructions[stage.fromIndex];
            out.push_back(finding(buildkit::reportRange(from, stage.image.range),
                                  {"Default value for ARG " + stage.image.value +
                                       " results in empty or invalid base image name",
                                   "ARG " + stage.image.value + " 的默认值会得到空的或无效的基础镜像名"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_InvalidDefaultArgInFrom() { return std::make_unique<InvalidDefaultArgInFrom>(); }

} // namespace dw::lint::rules
