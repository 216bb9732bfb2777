#include "training/lesson.h"
#include "training/lesson_list.h"

#include "scan/dockerfile_scan.h"
#include "scan/runtime_scan.h"
#include "util/file_io.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>

namespace dw::training {
namespace {

using findings::LocalizedText;

constexpr std::size_t kMaxLessonBytes = 256 * 1024;

struct Malformed {
    std::string message;
};

std::string at(const YAML::Node& node)
{
    const YAML::Mark mark = node.Mark();
    return mark.line >= 0 ? "line " + std::to_string(mark.line + 1) + ": " : std::string();
}

const YAML::Node required(const YAML::Node& map, const char* key)
{
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) throw Malformed{"'" + std::string(key) + "' is missing"};
    return node;
}

std::string text(const YAML::Node& map, const char* key)
{
    const YAML::Node node = required(map, key);
    if (!node.IsScalar()) throw Malformed{at(node) + "'" + key + "' must be text"};
    return node.as<std::string>();
}

LocalizedText localized(const YAML::Node& node, const std::string& what)
{
    if (!node.IsMap()) throw Malformed{at(node) + what + " must have 'en' and 'zh_CN' texts"};
    LocalizedText out;
    const YAML::Node en = node["en"], zh = node["zh_CN"];
    if (!en || !en.IsScalar() || en.as<std::string>().empty())
        throw Malformed{at(node) + what + " has no English text ('en')"};
    if (!zh || !zh.IsScalar() || zh.as<std::string>().empty())
        throw Malformed{at(node) + what + " has no Chinese text ('zh_CN')"};
    out.en = en.as<std::string>();
    out.zh = zh.as<std::string>();
    while (!out.en.empty() && out.en.back() == '\n') out.en.pop_back();
    while (!out.zh.empty() && out.zh.back() == '\n') out.zh.pop_back();
    return out;
}

Lesson readLesson(const YAML::Node& root)
{
    if (!root.IsMap()) throw Malformed{"a lesson is a YAML mapping of id, title, goal, start, solution ..."};
    static const std::vector<std::string> known = {"id",    "order", "card",  "kind",  "file",    "title",
                                                   "explanation", "goal", "hints", "start", "solution"};
    for (const auto& entry : root) {
        const std::string key = entry.first.as<std::string>();
        if (std::find(known.begin(), known.end(), key) == known.end())
            throw Malformed{at(entry.first) + "unknown key '" + key + "'"};
    }
    Lesson lesson;
    lesson.id = text(root, "id");
    if (lesson.id.empty() || !std::regex_match(lesson.id, std::regex("[a-z0-9]+(-[a-z0-9]+)*")))
        throw Malformed{at(root["id"]) + "'id' must be kebab-case (a-z, 0-9, '-')"};
    const YAML::Node order = required(root, "order");
    try {
        lesson.order = order.as<int>();
    } catch (const YAML::Exception&) {
        throw Malformed{at(order) + "'order' must be a whole number"};
    }
    lesson.card = text(root, "card");
    const std::string kind = text(root, "kind");
    if (kind == "dockerfile") lesson.kind = LessonKind::Dockerfile;
    else if (kind == "compose") lesson.kind = LessonKind::Compose;
    else if (kind == "shell") lesson.kind = LessonKind::Shell;
    else throw Malformed{at(root["kind"]) + "'kind' must be dockerfile, compose or shell, not '" + kind + "'"};
    lesson.fileName = text(root, "file");
    if (lesson.fileName.empty() || lesson.fileName.find('/') != std::string::npos)
        throw Malformed{at(root["file"]) + "'file' must be a plain file name"};
    lesson.title = localized(required(root, "title"), "'title'");
    lesson.explanation = localized(required(root, "explanation"), "'explanation'");
    const YAML::Node goal = required(root, "goal");
    const YAML::Node absent = goal.IsMap() ? goal["absent"] : YAML::Node();
    if (!absent || !absent.IsSequence() || absent.size() == 0)
        throw Malformed{at(goal) + "'goal' needs 'absent': a list of the rule ids that must no longer fire"};
    for (const YAML::Node& rule : absent) {
        if (!rule.IsScalar() || rule.as<std::string>().empty()) throw Malformed{at(rule) + "a goal rule must be an id"};
        lesson.goalAbsent.push_back(rule.as<std::string>());
    }
    const YAML::Node hints = required(root, "hints");
    if (!hints.IsSequence() || hints.size() == 0) throw Malformed{at(hints) + "'hints' must be a list of texts"};
    for (std::size_t i = 0; i < hints.size(); ++i)
        lesson.hints.push_back(localized(hints[i], "hint " + std::to_string(i + 1)));
    lesson.start = text(root, "start");
    lesson.solution = text(root, "solution");
    if (lesson.start.empty() || lesson.solution.empty()) throw Malformed{"'start' and 'solution' must not be empty"};
    return lesson;
}

/// Removes the comments that would silence a rule (`# hadolint ignore=`, `# dockwarden ignore=`, `# check=`):
/// a lesson's goal is met by fixing the file, not by waving the rule away. Lines keep their numbers.
std::string withoutSilencers(const std::string& text)
{
    static const std::regex silencer(R"(#\s*(hadolint|dockwarden)\b.*|^\s*#\s*check\s*=.*)", std::regex::icase);
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        out += std::regex_replace(text.substr(start, end - start), silencer, "");
        if (end < text.size()) out += '\n';
        start = end + 1;
    }
    return out;
}

} // namespace

bool isParseProblem(std::string_view rule)
{
    return rule == "DL1000" || rule == "DWC001" || rule == "DWC002" || rule == "DWC004" || rule == "DWC005" ||
           rule == "DWC007";
}

std::optional<Lesson> parseLesson(std::string_view yaml, std::string& error)
{
    if (yaml.size() > kMaxLessonBytes) {
        error = "larger than " + fileio::formatByteSize(kMaxLessonBytes) + ": not a lesson";
        return std::nullopt;
    }
    try {
        return readLesson(YAML::Load(std::string(yaml)));
    } catch (const Malformed& malformed) {
        error = malformed.message;
    } catch (const YAML::Exception& exception) {
        error = (exception.mark.line >= 0 ? "line " + std::to_string(exception.mark.line + 1) + ": " : "") +
                "not valid YAML: " + exception.msg;
    }
    return std::nullopt;
}

LessonSet loadLessons(const std::vector<LessonSource>& sources)
{
    LessonSet set;
    std::map<std::string, std::size_t> byId;
    for (const LessonSource& source : sources) {
        if (!source.problem.empty()) {
            set.errors.push_back(source.problem.rfind(source.name, 0) == 0 ? source.problem
                                                                            : source.name + ": " + source.problem);
            continue;
        }
        std::string error;
        std::optional<Lesson> lesson = parseLesson(source.content, error);
        if (!lesson) {
            set.errors.push_back(source.name + ": " + error);
            continue;
        }
        lesson->source = source.name;
        if (const auto found = byId.find(lesson->id); found != byId.end()) {
            const bool earlierBuiltIn = set.lessons[found->second].source.rfind("built-in:", 0) == 0;
            const bool sameOrigin = earlierBuiltIn == (source.name.rfind("built-in:", 0) == 0);
            if (sameOrigin)
                set.errors.push_back(source.name + ": the id '" + lesson->id + "' is also used by " +
                                     set.lessons[found->second].source);
            set.lessons[found->second] = std::move(*lesson);
            continue;
        }
        byId.emplace(lesson->id, set.lessons.size());
        set.lessons.push_back(std::move(*lesson));
    }
    std::stable_sort(set.lessons.begin(), set.lessons.end(), [](const Lesson& a, const Lesson& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    return set;
}

std::vector<LessonSource> lessonSourcesIn(const std::string& directory)
{
    std::vector<LessonSource> sources;
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
        const std::filesystem::path& path = it->path();
        if (path.extension() == ".yaml" || path.extension() == ".yml") files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    for (const std::filesystem::path& path : files) {
        fileio::ReadResult read = fileio::readFile(path.string(), kMaxLessonBytes);
        LessonSource source{path.string(), {}, {}};
        if (read.content) source.content = std::move(*read.content);
        else source.problem = read.message;
        sources.push_back(std::move(source));
    }
    return sources;
}

LessonSet loadLessonsWith(const std::string& directory)
{
    std::vector<LessonSource> sources = builtinLessonSources();
    for (LessonSource& source : lessonSourcesIn(directory)) sources.push_back(std::move(source));
    return loadLessons(sources);
}

std::string defaultLessonDirectory()
{
    return fileio::dataDirectory() + "/lessons";
}

GoalState evaluateGoal(const Lesson& lesson, const scan::ScanReport& report)
{
    GoalState state;
    if (!report.ok()) {
        state.parses = false;
        state.parseProblem = report.error;
    }
    for (const findings::Finding& finding : report.findings)
        if (isParseProblem(finding.rule) && state.parses) {
            state.parses = false;
            state.parseProblem = finding.message.en;
        }
    for (const std::string& rule : lesson.goalAbsent) {
        const bool fires = std::any_of(report.findings.begin(), report.findings.end(),
                                       [&](const findings::Finding& finding) { return finding.rule == rule; });
        if (fires) state.remaining.push_back(rule);
    }
    return state;
}

GoalState checkLesson(const Lesson& lesson, const std::string& text)
{
    const std::string source = withoutSilencers(text);
    scan::ScanReport report;
    if (lesson.kind == LessonKind::Dockerfile) {
        scan::DockerfileScanRequest request;
        request.path = lesson.fileName;
        request.source = source;
        request.keepDocument = false;
        report = scan::scanDockerfile(std::move(request));
    } else {
        scan::RuntimeScanRequest request;
        request.type = lesson.kind == LessonKind::Compose ? scan::FileType::Compose : scan::FileType::Shell;
        request.path = lesson.fileName;
        request.source = source;
        request.lintBuilds = false;
        request.readFile = [](const std::string& path, std::string& error) -> std::optional<std::string> {
            error = path + ": a lesson reads no other file";
            return std::nullopt;
        };
        report = scan::scanRuntimeFile(std::move(request));
    }
    return evaluateGoal(lesson, report);
}

const std::vector<LessonSource>& builtinLessonSources()
{
    static const std::vector<LessonSource> sources = [] {
        std::vector<LessonSource> out;
        for (const auto& entry : kBuiltinLessons) out.push_back({entry.first, entry.second, {}});
        return out;
    }();
    return sources;
}

} // namespace dw::training
