#include "scan/runtime_scan.h"

#include "dockerfile/parser.h"
#include "findings/catalogue.h"
#include "lint/redaction.h"
#include "runtime/compose_reader.h"
#include "runtime/file_checks.h"
#include "runtime/run_line_reader.h"
#include "runtime/yaml_tree.h"
#include "scan/convert.h"
#include "util/file_io.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <set>

extern char** environ;

namespace dw::scan {
namespace {

findings::Finding tagFinding(const std::string& rule, const std::string& reference, const runtime::Site& site)
{
    findings::Finding out;
    out.rule = rule;
    if (const findings::RuleDescription* description = findings::findRule(rule)) {
        out.severity = description->severity;
        out.title = &description->title;
        out.refs.assign(description->refs.begin(), description->refs.end());
    }
    if (rule == "DL3007")
        out.message = {"Image `" + reference + "` uses the `latest` tag; pin a version or a digest",
                       "镜像 `" + reference + "` 使用了 `latest` 标签，请固定版本或摘要"};
    else
        out.message = {"Image `" + reference + "` has no tag; pin a version or a digest",
                       "镜像 `" + reference + "` 没有标签，请固定版本或摘要"};
    out.evidence = "image: " + reference;
    out.location = findings::FileLocation{site.path, site.span};
    return out;
}

// DL3006 (no tag) and DL3007 (`latest`) for an image reference, as for a FROM line.
void checkImageReference(const std::string& reference, const runtime::Site& site, std::vector<findings::Finding>& out)
{
    if (reference.empty() || reference.find('$') != std::string::npos || reference.find('@') != std::string::npos) return;
    const std::size_t slash = reference.rfind('/');
    const std::string last = reference.substr(slash == std::string::npos ? 0 : slash + 1);
    const std::size_t colon = last.find(':');
    if (colon == std::string::npos) out.push_back(tagFinding("DL3006", reference, site));
    else if (last.substr(colon + 1) == "latest") out.push_back(tagFinding("DL3007", reference, site));
}

// The USER and HEALTHCHECK the built image will have, from the target stage and the stages it is built on.
void applyImageDefaults(const df::Dockerfile& file, const std::string& target, runtime::ContainerSpec& spec)
{
    if (file.stages.empty()) return;
    int stage = static_cast<int>(file.stages.size()) - 1;
    for (const df::Stage& candidate : file.stages)
        if (!target.empty() && candidate.name == target) stage = candidate.index;
    std::optional<std::string> user;
    std::optional<engine::Healthcheck> healthcheck;
    for (int guard = 0; stage >= 0 && guard < 64; ++guard) {
        const df::Stage& current = file.stages[static_cast<std::size_t>(stage)];
        for (std::size_t i = current.endIndex; i > current.fromIndex; --i) {
            const df::Instruction& instruction = file.instructions[i - 1];
            if (!user && instruction.keyword == df::Keyword::User) user = instruction.argText;
            if (!healthcheck && instruction.keyword == df::Keyword::Healthcheck) {
                const bool none = instruction.argText.rfind("NONE", 0) == 0 || instruction.argText.rfind("none", 0) == 0;
                healthcheck = engine::Healthcheck{none ? std::vector<std::string>{"NONE"}
                                                       : std::vector<std::string>{"CMD-SHELL", instruction.argText}};
            }
        }
        stage = current.baseStage;
    }
    spec.imageDefaultsKnown = true;
    if (user && !spec.keys.count("user")) spec.container.config.user = *user;
    if (healthcheck && !spec.keys.count("healthcheck")) spec.container.config.healthcheck = *healthcheck;
}

struct Collected {
    std::vector<findings::Finding> findings;
    std::vector<std::string> warnings;
    std::vector<OutlineItem> outline;
};

OutlineItem outlineItem(const runtime::ContainerSpec& spec, const runtime::LineIndex& lines, const std::string& build)
{
    const std::size_t end = spec.insert.possible && spec.kind == runtime::SourceKind::Compose && spec.insert.offset > spec.anchor.span.offset
                                ? spec.insert.offset - 1
                                : spec.anchor.span.endOffset;
    std::string detail = spec.container.config.image;
    if (detail.empty() && !build.empty()) detail = "build " + build;
    return OutlineItem{spec.name, detail, lines.span(spec.anchor.span.offset, end)};
}

Collected lintBuild(const RuntimeScanRequest& request, const runtime::ComposeBuild& build, runtime::ContainerSpec& spec)
{
    Collected out;
    std::optional<std::string> text;
    std::string error;
    if (build.inlineDockerfile) {
        text = build.inlineText;
    } else if (request.readFile) {
        text = request.readFile(build.dockerfile, error);
    } else {
        fileio::ReadResult read = fileio::readFile(build.dockerfile, request.options.config.maxInputBytes);
        text = std::move(read.content);
        error = read.message;
    }
    if (!text) {
        runtime::SourceProblem problem{"DWC004", build.site,
                                       {"the Dockerfile of service `" + spec.name + "` cannot be read: " + error,
                                        "无法读取服务 `" + spec.name + "` 的 Dockerfile：" + error}};
        out.findings.push_back(runtime::problemFinding(problem));
        return out;
    }
    const df::Dockerfile file = df::parse(*text);
    applyImageDefaults(file, build.target, spec);
    if (!request.lintBuilds) return out;
    lint::LintOptions options = request.options;
    for (const auto& [name, value] : build.args) options.buildArgs[name] = value;
    lint::LintResult result = lint::lint(file, options);
    const std::string path = build.inlineDockerfile ? request.path : build.dockerfile;
    for (lint::Finding& finding : lint::redactForDisplay(std::move(result.findings), result.secrets)) {
        findings::Finding converted = fromLintFinding(std::move(finding), path);
        if (build.inlineDockerfile) { // positions are in the inline text: point at the `build:` entry instead
            converted.location = findings::FileLocation{build.site.path, build.site.span};
            converted.fixes.clear();
        }
        out.findings.push_back(std::move(converted));
    }
    return out;
}

Collected collect(const RuntimeScanRequest& request, const runtime::LineIndex& lines)
{
    Collected out;
    if (request.type == FileType::Compose) {
        runtime::ComposeInput input;
        input.path = request.path;
        input.text = request.source;
        input.environment = request.environment;
        input.readFile = request.readFile;
        input.maxInputBytes = request.options.config.maxInputBytes;
        runtime::ComposeRead read = runtime::readCompose(input);
        for (const runtime::SourceProblem& problem : read.problems) out.findings.push_back(runtime::problemFinding(problem));
        for (const runtime::ComposeBuild& build : read.builds) {
            Collected built = lintBuild(request, build, read.services[build.service]);
            for (findings::Finding& finding : built.findings) out.findings.push_back(std::move(finding));
        }
        for (std::size_t i = 0; i < read.services.size(); ++i) {
            const runtime::ContainerSpec& spec = read.services[i];
            for (findings::Finding& finding : runtime::checkSpec(spec, lines)) out.findings.push_back(std::move(finding));
            if (spec.path != request.path) continue;
            std::string build;
            for (const runtime::ComposeBuild& job : read.builds) {
                if (job.service != i) continue;
                const std::string relative = std::filesystem::path(job.context)
                                                 .lexically_relative(std::filesystem::path(request.path).parent_path())
                                                 .generic_string();
                build = relative.empty() || relative.starts_with("..") ? job.context : "./" + relative;
            }
            out.outline.push_back(outlineItem(spec, lines, build));
        }
        for (const runtime::ComposeImage& image : read.images) checkImageReference(image.reference, image.site, out.findings);
    } else {
        runtime::RunLineRead read = runtime::readRunLines(request.source, request.path, request.environment);
        for (const runtime::SourceProblem& problem : read.problems) out.findings.push_back(runtime::problemFinding(problem));
        for (const runtime::ContainerSpec& spec : read.containers) {
            for (findings::Finding& finding : runtime::checkSpec(spec, lines)) out.findings.push_back(std::move(finding));
            out.outline.push_back(outlineItem(spec, lines, {}));
        }
        for (const runtime::RunImage& image : read.images) checkImageReference(image.reference, image.site, out.findings);
    }
    return out;
}

// The ids of a pragma's `ignore=` list.
std::vector<std::string_view> pragmaIds(std::string_view comment)
{
    std::vector<std::string_view> ids;
    const std::size_t ignore = comment.find("ignore=");
    if (ignore == std::string_view::npos ||
        (comment.find("dockwarden") == std::string_view::npos && comment.find("hadolint") == std::string_view::npos))
        return ids;
    std::string_view list = comment.substr(ignore + 7);
    list = list.substr(0, list.find_first_of(" \t\r\n"));
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        ids.push_back(list.substr(start, comma - start));
        start = comma + 1;
    }
    return ids;
}

// `# dockwarden global ignore=ID,...` (or hadolint's) anywhere in the file.
std::set<std::string, std::less<>> globallyIgnored(std::string_view text)
{
    std::set<std::string, std::less<>> ids;
    std::size_t at = 0;
    while ((at = text.find("global ignore=", at)) != std::string_view::npos) {
        const std::size_t lineStart = text.rfind('\n', at) == std::string_view::npos ? 0 : text.rfind('\n', at) + 1;
        const std::size_t hash = text.find('#', lineStart);
        const std::size_t lineEnd = std::min(text.find('\n', at), text.size());
        if (hash != std::string_view::npos && hash < at)
            for (std::string_view id : pragmaIds(text.substr(hash, lineEnd - hash))) ids.emplace(id);
        at = lineEnd;
    }
    return ids;
}

// `# dockwarden ignore=DWH505,DWH542` (or `hadolint ignore=`) on the finding's line or the line before it.
bool ignoredByPragma(const findings::Finding& finding, const RuntimeScanRequest& request, const runtime::LineIndex& lines)
{
    const findings::FileLocation* location = findings::fileLocationOf(finding);
    if (!location || location->path != request.path || location->span.line <= 0) return false;
    const std::string_view text = lines.text();
    for (int line = location->span.line; line >= std::max(1, location->span.line - 1); --line) {
        const std::size_t start = lines.lineStart(static_cast<std::size_t>(line - 1));
        const std::size_t end = std::min(text.size(), lines.nextLineStart(start));
        const std::string_view content = text.substr(start, end - start);
        const std::size_t hash = content.find('#');
        if (hash == std::string_view::npos) continue;
        for (std::string_view id : pragmaIds(content.substr(hash)))
            if (id == finding.rule) return true;
    }
    return false;
}

int fileOrder(const findings::Finding& finding, const std::string& path)
{
    const findings::FileLocation* location = findings::fileLocationOf(finding);
    return location && location->path == path ? 0 : 1;
}

} // namespace

std::string_view fileTypeName(FileType type)
{
    switch (type) {
    case FileType::Dockerfile: return "dockerfile";
    case FileType::Compose: return "compose";
    case FileType::Shell: return "shell";
    }
    return "dockerfile";
}

std::optional<FileType> fileTypeFromName(std::string_view name)
{
    if (name == "dockerfile") return FileType::Dockerfile;
    if (name == "compose") return FileType::Compose;
    if (name == "shell" || name == "sh") return FileType::Shell;
    return std::nullopt;
}

FileType fileTypeOfPath(std::string_view path)
{
    if (runtime::looksLikeComposeFile(path)) return FileType::Compose;
    if (path.ends_with(".sh") || path.ends_with(".bash")) return FileType::Shell;
    return FileType::Dockerfile;
}

runtime::Variables processEnvironment()
{
    runtime::Variables variables;
    for (char** entry = environ; entry && *entry; ++entry) {
        const std::string_view text(*entry);
        const std::size_t equals = text.find('=');
        if (equals != std::string_view::npos) variables[std::string(text.substr(0, equals))] = std::string(text.substr(equals + 1));
    }
    return variables;
}

ScanReport scanRuntimeFile(RuntimeScanRequest request, const ScanControl& control)
{
    ScanReport report;
    report.kind = Engine::Dockerfile;
    report.target = request.path;
    report.unixTime = static_cast<std::int64_t>(std::time(nullptr));
    report.toolVersion = request.toolVersion;
    if (control.cancelled()) {
        report.cancelled = true;
        report.error = "cancelled";
        return report;
    }
    control.report("reading", 0, 1);
    const runtime::LineIndex lines(request.source);
    Collected collected = collect(request, lines);
    const lint::Config& config = request.options.config;
    std::vector<findings::Finding> shown;
    const auto global = globallyIgnored(request.source);
    for (findings::Finding& finding : collected.findings) {
        const findings::Severity severity = config.effectiveSeverity(finding.rule, finding.severity);
        const findings::FileLocation* location = findings::fileLocationOf(finding);
        const bool here = location && location->path == request.path;
        if (severity == findings::Severity::Ignore || ignoredByPragma(finding, request, lines) ||
            (here && global.count(finding.rule)))
            continue;
        finding.severity = severity;
        shown.push_back(std::move(finding));
    }
    std::stable_sort(shown.begin(), shown.end(), [&](const findings::Finding& a, const findings::Finding& b) {
        const findings::FileLocation* la = findings::fileLocationOf(a);
        const findings::FileLocation* lb = findings::fileLocationOf(b);
        const int fa = fileOrder(a, request.path), fb = fileOrder(b, request.path);
        if (fa != fb) return fa < fb;
        if (la && lb && la->path != lb->path) return la->path < lb->path;
        if (la && lb && la->span.offset != lb->span.offset) return la->span.offset < lb->span.offset;
        return a.rule < b.rule;
    });

    std::optional<findings::WaiverLedger> ownLedger;
    findings::WaiverLedger* waivers = request.waivers;
    if (!waivers) waivers = &ownLedger.emplace(config.waivers, findings::todayUtc());
    const std::string& target = request.waiverTarget.empty() ? request.path : request.waiverTarget;
    std::vector<findings::Waived<findings::Finding>> waived;
    waivers->apply(
        shown, waived, [](const findings::Finding& f) -> const std::string& { return f.rule; },
        [&](const findings::Finding& f) -> const std::string& {
            const findings::FileLocation* location = findings::fileLocationOf(f);
            return location && location->path != request.path ? location->path : target;
        });
    report.findings = std::move(shown);
    report.outline = std::move(collected.outline);
    for (auto& held : waived) report.waived.push_back(std::move(held));
    if (ownLedger) {
        report.warnings.insert(report.warnings.end(), config.warnings.begin(), config.warnings.end());
        for (std::string& warning : ownLedger->warnings()) report.warnings.push_back(std::move(warning));
    }
    report.risk = riskScoreOf(Engine::Dockerfile, report.findings);
    control.report("done", 1, 1);
    return report;
}

FixOutcome fixRuntimeFile(const RuntimeScanRequest& request)
{
    FixOutcome outcome{request.source, 0, {}};
    const auto readable = [&](const std::string& text) {
        if (request.type != FileType::Compose) return true;
        return !runtime::firstInvalidUtf8(text) && runtime::loadYaml(text, 0).ok();
    };
    if (!readable(request.source)) {
        outcome.problem = "it is not valid YAML";
        return outcome;
    }
    for (int round = 0; round < 24; ++round) { // edits that touch each other wait for the next round
        RuntimeScanRequest pass = request;
        pass.source = outcome.text;
        pass.lintBuilds = false;
        findings::WaiverLedger ledger(request.options.config.waivers, findings::todayUtc());
        pass.waivers = &ledger;
        const ScanReport report = scanRuntimeFile(pass);
        std::vector<findings::TextEdit> edits;
        for (const findings::Finding& finding : report.findings) {
            const findings::FileLocation* location = findings::fileLocationOf(finding);
            if (!location || location->path != request.path || finding.fixes.empty()) continue;
            for (const findings::TextEdit& edit : finding.fixes.front().edits) edits.push_back(edit);
        }
        std::sort(edits.begin(), edits.end(), [](const findings::TextEdit& a, const findings::TextEdit& b) {
            return a.span.offset != b.span.offset ? a.span.offset > b.span.offset : a.span.endOffset > b.span.endOffset;
        });
        std::string next = outcome.text;
        std::size_t lowest = next.size() + 1;
        int applied = 0;
        for (const findings::TextEdit& edit : edits) {
            if (edit.span.endOffset >= lowest || edit.span.endOffset > next.size()) continue;
            next.replace(edit.span.offset, edit.span.endOffset - edit.span.offset, edit.text);
            lowest = edit.span.offset;
            ++applied;
        }
        if (applied == 0 || next == outcome.text || !readable(next)) break;
        outcome.text = std::move(next);
        outcome.applied += applied;
    }
    return outcome;
}

} // namespace dw::scan
