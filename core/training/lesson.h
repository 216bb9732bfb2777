// The lessons of the training mode: one YAML file each (resources/lessons/README.md is the format), built in or
// written by a trainer. A lesson is a flawed Dockerfile, Compose file or `docker run` script, a goal (rules that
// must no longer fire, and the file must still parse), stepwise hints and a reference solution. A malformed file
// is an error naming the file; the other lessons still load.
#pragma once

#include "findings/finding.h"
#include "scan/scan_report.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::training {

enum class LessonKind { Dockerfile, Compose, Shell };

struct Lesson {
    std::string id;
    int order = 0;
    std::string card;       ///< the Guide card it teaches
    LessonKind kind = LessonKind::Dockerfile;
    std::string fileName;   ///< the learner's tab: "Dockerfile", "compose.yaml", "run.sh"
    findings::LocalizedText title;
    findings::LocalizedText explanation;
    std::vector<std::string> goalAbsent;
    std::vector<findings::LocalizedText> hints; ///< gentle to explicit; the last shows the fix
    std::string start;
    std::string solution;
    std::string source;     ///< where it was read from ("built-in: 01-minimal-base-image.yaml", a path)
};

struct LessonSource {
    std::string name;    ///< for messages: a path, or "built-in: NAME"
    std::string content;
    std::string problem{}; ///< set when the file could not be read: loadLessons reports it
};

struct LessonSet {
    std::vector<Lesson> lessons;     ///< by order, then id
    std::vector<std::string> errors; ///< one line each, naming the file: "my-lesson.yaml: line 4: ..."
};

/// Parses one lesson; nullopt and `error` (without the file name) when it is malformed.
std::optional<Lesson> parseLesson(std::string_view yaml, std::string& error);

/// Parses every source; a later lesson with the id of an earlier one replaces it (a trainer's folder overrides
/// the built-in lessons), and says so in `errors` only when both come from the same set of files.
LessonSet loadLessons(const std::vector<LessonSource>& sources);

/// The lessons shipped with Dockwarden (resources/lessons/, compiled in).
const std::vector<LessonSource>& builtinLessonSources();

/// Every `*.yaml` / `*.yml` file of a folder, by name; an unreadable or oversized file becomes a source with its
/// problem. An empty list when the folder does not exist.
std::vector<LessonSource> lessonSourcesIn(const std::string& directory);

/// The built-in lessons, then those of `directory` (a trainer's additions and overrides).
LessonSet loadLessonsWith(const std::string& directory);

/// `$XDG_DATA_HOME/dockwarden/lessons` (else ~/.local/share/...): a trainer's own lessons, loaded after the
/// built-in ones.
std::string defaultLessonDirectory();

/// Where the learner stands: which goal rules still fire, and whether the file parses.
struct GoalState {
    bool parses = true;
    std::string parseProblem;            ///< the first parse error, when it does not
    std::vector<std::string> remaining;  ///< goal rules that still fire, in the goal's order
    bool met() const { return parses && remaining.empty(); }
};

/// The goal judged from a scan of the learner's file (its findings after pragmas: a learner cannot silence a rule
/// with `# dockwarden ignore=`, so the check scans the text itself: see checkLesson).
GoalState evaluateGoal(const Lesson& lesson, const scan::ScanReport& report);

/// Scans `text` as the lesson's kind with the default rules (no config, no pragmas honoured for goal rules, no
/// other files) and judges the goal.
GoalState checkLesson(const Lesson& lesson, const std::string& text);

/// The rule ids that mean "this file does not parse".
bool isParseProblem(std::string_view rule);

} // namespace dw::training
