#include "training/progress.h"

#include "report/report_blocks.h"
#include "util/file_io.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace dw::training {
namespace {

constexpr const char* kFormat = "dockwarden-training-progress";
constexpr std::size_t kMaxProgressBytes = 4 * 1024 * 1024;

std::string csvField(const std::string& text)
{
    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    std::string value = (!text.empty() && std::string("=+-@").find(text.front()) != std::string::npos) ? "'" + text
                                                                                                        : text;
    if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string cellText(const LessonProgress* progress, findings::Language language)
{
    if (!progress) return {};
    const bool english = language == findings::Language::English;
    if (progress->done) return english ? "done" : "完成";
    if (progress->hintsShown > 0)
        return (english ? "started, hints: " : "进行中，提示 ") + std::to_string(progress->hintsShown);
    return english ? "started" : "进行中";
}

} // namespace

int LearnerProgress::doneCount() const
{
    return static_cast<int>(std::count_if(lessons.begin(), lessons.end(), [](const auto& entry) { return entry.second.done; }));
}

std::string progressJson(const LearnerProgress& progress)
{
    nlohmann::ordered_json lessons = nlohmann::ordered_json::object();
    for (const auto& entry : progress.lessons)
        lessons[entry.first] = {{"done", entry.second.done},
                                {"hintsShown", entry.second.hintsShown},
                                {"completedAt", entry.second.completedAt}};
    const nlohmann::ordered_json out = {
        {"format", kFormat}, {"version", 1}, {"learner", progress.learner}, {"lessons", std::move(lessons)}};
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::optional<LearnerProgress> parseProgress(std::string_view json, std::string& error)
{
    const nlohmann::json document = nlohmann::json::parse(json, nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        error = "not a JSON object";
        return std::nullopt;
    }
    if (document.value("format", std::string()) != kFormat) {
        error = "not a Dockwarden training progress file (no \"format\": \"" + std::string(kFormat) + "\")";
        return std::nullopt;
    }
    const auto learner = document.find("learner");
    const auto lessons = document.find("lessons");
    if (learner == document.end() || !learner->is_string() || learner->get<std::string>().empty() ||
        lessons == document.end() || !lessons->is_object()) {
        error = "\"learner\" (a name) and \"lessons\" (an object) are required";
        return std::nullopt;
    }
    LearnerProgress progress;
    progress.learner = learner->get<std::string>();
    for (const auto& [id, entry] : lessons->items()) {
        if (!entry.is_object()) {
            error = "lesson \"" + id + "\" is not an object";
            return std::nullopt;
        }
        LessonProgress lesson;
        const auto done = entry.find("done");
        const auto hints = entry.find("hintsShown");
        const auto completed = entry.find("completedAt");
        if ((done != entry.end() && !done->is_boolean()) || (hints != entry.end() && !hints->is_number_integer()) ||
            (completed != entry.end() && !completed->is_number_integer())) {
            error = "lesson \"" + id + "\" has a field of the wrong type";
            return std::nullopt;
        }
        lesson.done = done != entry.end() && done->get<bool>();
        lesson.hintsShown = hints != entry.end() ? std::clamp(hints->get<int>(), 0, 1000) : 0;
        lesson.completedAt = completed != entry.end() ? completed->get<std::int64_t>() : 0;
        progress.lessons.emplace(id, lesson);
    }
    return progress;
}

std::string progressFileName(const std::string& learner)
{
    std::string name;
    for (unsigned char c : learner) {
        if (std::isalnum(c) || c == '-' || c == '_' || c >= 0x80) name += static_cast<char>(c);
        else name += '_';
    }
    if (name.empty() || name.find_first_not_of('_') == std::string::npos) name = "learner";
    return name.substr(0, 120) + ".json";
}

std::string defaultProgressDirectory()
{
    return fileio::dataDirectory() + "/training";
}

std::optional<LearnerProgress> loadProgress(const std::string& path, std::string& error)
{
    fileio::ReadResult read = fileio::readFile(path, kMaxProgressBytes);
    if (!read.content) {
        error = read.message;
        return std::nullopt;
    }
    std::string problem;
    auto progress = parseProgress(*read.content, problem);
    if (!progress) error = path + ": " + problem;
    return progress;
}

bool saveProgress(const std::string& directory, const LearnerProgress& progress, std::string& error)
{
    std::error_code code;
    std::filesystem::create_directories(directory, code);
    if (code) {
        error = directory + ": cannot create the folder: " + code.message();
        return false;
    }
    return fileio::writeFileAtomically(directory + "/" + progressFileName(progress.learner), progressJson(progress),
                                       error);
}

ClassSummary readClassFolder(const std::string& directory, const std::vector<Lesson>& lessons)
{
    ClassSummary summary;
    for (const Lesson& lesson : lessons) summary.lessons.push_back(&lesson);
    std::error_code code;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it(directory, code), end; !code && it != end; it.increment(code))
        if (it->path().extension() == ".json") files.push_back(it->path());
    if (code) summary.errors.push_back(directory + ": " + code.message());
    std::sort(files.begin(), files.end());
    for (const std::filesystem::path& file : files) {
        std::string error;
        auto progress = loadProgress(file.string(), error);
        if (!progress) {
            summary.errors.push_back(error);
            continue;
        }
        auto same = std::find_if(summary.learners.begin(), summary.learners.end(),
                                 [&](const LearnerProgress& known) { return known.learner == progress->learner; });
        if (same == summary.learners.end()) {
            summary.learners.push_back(std::move(*progress));
            continue;
        }
        for (const auto& entry : progress->lessons) {
            LessonProgress& merged = same->lessons[entry.first];
            if (entry.second.done && (!merged.done || entry.second.completedAt < merged.completedAt))
                merged.completedAt = entry.second.completedAt;
            merged.done = merged.done || entry.second.done;
            merged.hintsShown = std::max(merged.hintsShown, entry.second.hintsShown);
        }
    }
    std::sort(summary.learners.begin(), summary.learners.end(),
              [](const LearnerProgress& a, const LearnerProgress& b) { return a.learner < b.learner; });
    return summary;
}

std::string classSummaryCsv(const ClassSummary& summary, findings::Language language)
{
    const bool english = language == findings::Language::English;
    std::string out = english ? "learner" : "学员";
    for (const Lesson* lesson : summary.lessons) out += "," + csvField(lesson->title.in(language));
    out += english ? ",lessons done\r\n" : ",完成课数\r\n";
    for (const LearnerProgress& learner : summary.learners) {
        out += csvField(learner.learner);
        int done = 0;
        for (const Lesson* lesson : summary.lessons) {
            const auto found = learner.lessons.find(lesson->id);
            const LessonProgress* progress = found == learner.lessons.end() ? nullptr : &found->second;
            done += progress && progress->done;
            out += "," + csvField(cellText(progress, language));
        }
        out += "," + std::to_string(done) + "/" + std::to_string(summary.lessons.size()) + "\r\n";
    }
    return out;
}

std::string classSummaryPdf(const ClassSummary& summary, findings::Language language, std::int64_t generatedAt,
                            std::string& error)
{
    using namespace report::blocks;
    const bool english = language == findings::Language::English;
    Document document;
    document.language = english ? "en" : "zh-CN";
    document.title = english ? "Training class summary" : "培训班学习进度汇总";
    document.contentsTitle = english ? "Contents" : "目录";
    document.pageLabel = english ? "Page %1 of %2" : "第 %1 页，共 %2 页";
    document.cover.title = document.title;
    document.cover.subtitle = english ? "Who finished which Dockwarden lesson" : "各学员完成 Dockwarden 课程的情况";
    const std::time_t time = static_cast<std::time_t>(generatedAt);
    std::tm utc{};
    gmtime_r(&time, &utc);
    char date[40];
    std::strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", &utc);
    document.cover.facts = {{english ? "Learners" : "学员人数", std::to_string(summary.learners.size())},
                            {english ? "Lessons" : "课程数", std::to_string(summary.lessons.size())},
                            {english ? "Generated" : "生成时间", date}};

    Block heading;
    heading.kind = Kind::Heading;
    heading.anchor = "summary";
    heading.text = {Run{english ? "Progress by learner" : "学员进度"}};
    document.blocks.push_back(heading);
    // One row per learner and lesson keeps the table readable however many lessons there are.
    Block table;
    table.kind = Kind::Table;
    table.table.header = {english ? "Learner" : "学员", english ? "Lesson" : "课程", english ? "Status" : "状态"};
    table.table.widths = {0.25, 0.5, 0.25};
    for (const LearnerProgress& learner : summary.learners) {
        const std::string total = std::to_string(learner.doneCount()) + "/" + std::to_string(summary.lessons.size());
        bool first = true;
        for (const Lesson* lesson : summary.lessons) {
            const auto found = learner.lessons.find(lesson->id);
            const LessonProgress* progress = found == learner.lessons.end() ? nullptr : &found->second;
            std::string status = cellText(progress, language);
            Inline statusCell = {Run{status.empty() ? (english ? "not started" : "未开始") : status,
                                     progress && progress->done ? Style::Bold : Style::Muted}};
            table.table.rows.push_back({{Run{first ? learner.learner + " (" + total + ")" : std::string(),
                                             Style::Bold}},
                                        {Run{lesson->title.in(language)}},
                                        std::move(statusCell)});
            first = false;
        }
    }
    document.blocks.push_back(std::move(table));
    if (!summary.errors.empty()) {
        Block skipped;
        skipped.kind = Kind::Heading;
        skipped.level = 2;
        skipped.anchor = "skipped";
        skipped.text = {Run{english ? "Files skipped" : "未能读取的文件"}};
        document.blocks.push_back(skipped);
        for (const std::string& problem : summary.errors) {
            Block line;
            line.kind = Kind::Paragraph;
            line.text = {Run{problem, Style::Code}};
            document.blocks.push_back(std::move(line));
        }
    }
    std::vector<std::string> warnings;
    return report::documentPdf(document, error, warnings);
}

bool writeClassSummary(const ClassSummary& summary, findings::Language language, const std::string& path,
                       std::int64_t generatedAt, std::string& error)
{
    std::string suffix = path.size() >= 4 ? path.substr(path.size() - 4) : std::string();
    for (char& c : suffix) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string content;
    if (suffix == ".pdf") {
        content = classSummaryPdf(summary, language, generatedAt, error);
        if (content.empty()) return false;
    } else {
        content = classSummaryCsv(summary, language);
    }
    return fileio::writeFileAtomically(path, content, error);
}

} // namespace dw::training
