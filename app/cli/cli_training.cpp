// dockwarden-cli training: list and check the lessons (a trainer's new ones included), and merge a class's
// progress files into one summary (CSV or PDF).
#include "cli_common.h"
#include "report_options.h"

#include "training/progress.h"

#include <ctime>
#include <iostream>

namespace dw::cli {
namespace {

constexpr const char* kTrainingUsage =
    R"(usage: dockwarden-cli training list [--lessons DIR] [--lang en|zh_CN]
       dockwarden-cli training check [--lessons DIR] [LESSON.yaml...]
       dockwarden-cli training summary DIR --out FILE.csv|FILE.pdf [--lessons DIR] [--lang en|zh_CN]
list     the lessons: the built-in ones, then those of --lessons DIR (default $XDG_DATA_HOME/dockwarden/lessons)
check    loads the lessons (or only the files given) and checks each: its starting file must not meet the goal,
         its solution must; every problem names its file. Exit code 1 when one fails.
summary  merges the learners' progress files collected in DIR into one table of who finished what.
)";

struct TrainingArgs {
    std::string action;
    std::string lessonDir = training::defaultLessonDirectory();
    findings::Language language = findings::Language::English;
    std::string out;
    std::vector<std::string> paths;
};

std::string parse(const std::vector<std::string>& args, TrainingArgs& out)
{
    out.action = args.front();
    for (std::size_t i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == "--lessons" && hasValue) out.lessonDir = args[++i];
        else if ((args[i] == "--out" || args[i] == "-o") && hasValue) out.out = args[++i];
        else if (args[i] == "--lang" && hasValue) {
            const auto language = parseLanguageName(args[++i]);
            if (!language) return "unknown language '" + args[i] + "' (en, zh_CN)";
            out.language = *language;
        } else if (!args[i].empty() && args[i][0] == '-') return "unknown option '" + args[i] + "'";
        else out.paths.push_back(args[i]);
    }
    if (out.action != "list" && out.action != "check" && out.action != "summary")
        return "unknown action '" + out.action + "'";
    if (out.action == "summary" && (out.paths.size() != 1 || out.out.empty()))
        return "summary takes one folder and --out FILE";
    if (out.action == "list" && !out.paths.empty()) return "list takes no files";
    return {};
}

training::LessonSet lessons(const TrainingArgs& args, bool onlyGiven)
{
    if (!onlyGiven) return training::loadLessonsWith(args.lessonDir);
    std::vector<training::LessonSource> sources;
    for (const std::string& path : args.paths) {
        std::string error;
        const auto content = readInput(path, error);
        sources.push_back({path, content.value_or(std::string()), content ? std::string() : error});
    }
    return training::loadLessons(sources);
}

int check(const TrainingArgs& args)
{
    const training::LessonSet set = lessons(args, !args.paths.empty());
    bool failed = !set.errors.empty();
    for (const std::string& error : set.errors) std::cout << "error  " << error << "\n";
    for (const training::Lesson& lesson : set.lessons) {
        const training::GoalState start = training::checkLesson(lesson, lesson.start);
        const training::GoalState solution = training::checkLesson(lesson, lesson.solution);
        std::string problem;
        if (start.met()) problem = "its starting file already meets the goal";
        else if (!solution.parses) problem = "its solution does not parse: " + solution.parseProblem;
        else if (!solution.remaining.empty()) problem = "its solution still has " + solution.remaining.front();
        if (problem.empty()) {
            std::cout << "ok     " << lesson.source << " (" << lesson.id << ")\n";
        } else {
            std::cout << "error  " << lesson.source << ": " << problem << "\n";
            failed = true;
        }
    }
    std::cout << set.lessons.size() << " lesson(s), " << (failed ? "some failed" : "all pass") << "\n";
    return failed ? FindingsFound : Success;
}

int summary(const TrainingArgs& args)
{
    const training::LessonSet set = lessons(args, false);
    for (const std::string& error : set.errors) std::cerr << "dockwarden-cli: warning: " << error << "\n";
    const training::ClassSummary summary = training::readClassFolder(args.paths.front(), set.lessons);
    for (const std::string& error : summary.errors) std::cerr << "dockwarden-cli: warning: skipped " << error << "\n";
    std::string error;
    if (!training::writeClassSummary(summary, args.language, args.out, std::time(nullptr), error)) {
        std::cerr << "dockwarden-cli: cannot write the summary: " << error << "\n";
        return UsageOrIoError;
    }
    std::cerr << "dockwarden-cli: " << summary.learners.size() << " learner(s) summarised in " << args.out << "\n";
    return Success;
}

} // namespace

int runTraining(const std::vector<std::string>& argv)
{
    if (argv.empty() || argv[0] == "-h" || argv[0] == "--help") {
        std::cout << kTrainingUsage;
        return argv.empty() ? UsageOrIoError : Success;
    }
    TrainingArgs args;
    if (std::string error = parse(argv, args); !error.empty()) {
        std::cerr << "dockwarden-cli training: " << error << "\n" << kTrainingUsage;
        return UsageOrIoError;
    }
    if (args.action == "check") return check(args);
    if (args.action == "summary") return summary(args);
    const training::LessonSet set = lessons(args, false);
    for (const std::string& error : set.errors) std::cerr << "dockwarden-cli: warning: " << error << "\n";
    for (const training::Lesson& lesson : set.lessons)
        std::cout << lesson.id << "\t" << lesson.fileName << "\t" << lesson.title.in(args.language) << "\n";
    return Success;
}

} // namespace dw::cli
