// A learner's progress through the lessons (one JSON file per learner, written atomically), and the trainer's
// class summary: the progress files of a class collected in one folder, merged into one table of who finished
// what, written as CSV or PDF.
#pragma once

#include "findings/vocabulary.h"
#include "training/lesson.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dw::training {

struct LessonProgress {
    bool done = false;
    int hintsShown = 0;            ///< how many hints the learner opened
    std::int64_t completedAt = 0;  ///< unix time of the first completion
};

struct LearnerProgress {
    std::string learner;                          ///< the name the learner typed
    std::map<std::string, LessonProgress> lessons; ///< by lesson id
    int doneCount() const;
};

/// `{"format": "dockwarden-training-progress", "version": 1, "learner": ..., "lessons": {id: {...}}}`.
std::string progressJson(const LearnerProgress& progress);
/// nullopt and `error` when the text is not such a document.
std::optional<LearnerProgress> parseProgress(std::string_view json, std::string& error);

/// A file name for the learner: letters, digits, '-', '_' and CJK kept, the rest '_'; "learner.json" for none.
std::string progressFileName(const std::string& learner);
/// `$XDG_DATA_HOME/dockwarden/training` (else ~/.local/share/...).
std::string defaultProgressDirectory();

std::optional<LearnerProgress> loadProgress(const std::string& path, std::string& error);
/// Writes `directory/progressFileName(learner)` atomically, creating the folder.
bool saveProgress(const std::string& directory, const LearnerProgress& progress, std::string& error);

struct ClassSummary {
    std::vector<const Lesson*> lessons;      ///< the columns
    std::vector<LearnerProgress> learners;   ///< the rows, by name
    std::vector<std::string> errors;         ///< files that are not progress files, one line each naming the file
};

/// Reads every `*.json` of `directory` (two files of one learner are merged: a lesson done in either is done).
ClassSummary readClassFolder(const std::string& directory, const std::vector<Lesson>& lessons);

/// learner, one column per lesson ("done" / "hints: n" / ""), lessons done, as RFC 4180 CSV with a header row.
std::string classSummaryCsv(const ClassSummary& summary, findings::Language language);

/// The summary as a PDF table (report/report_blocks.h's writer). Empty and `error` on failure.
std::string classSummaryPdf(const ClassSummary& summary, findings::Language language, std::int64_t generatedAt,
                            std::string& error);

/// Writes the summary to `path` atomically: PDF when it ends in ".pdf" (any case), else CSV. False and `error`.
bool writeClassSummary(const ClassSummary& summary, findings::Language language, const std::string& path,
                       std::int64_t generatedAt, std::string& error);

} // namespace dw::training
