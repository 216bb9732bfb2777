#include "report/format_support.h"
#include "report/json_writer.h"
#include "util/parallel_for.h"

#include <algorithm>
#include <functional>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

namespace dw::report {

using formats::Json;
using formats::JsonKey;
using formats::JsonWriter;

namespace {

void writeSpan(JsonWriter& out, const findings::FileSpan& span)
{
    out.members({{"line", span.line}, {"column", span.column}, {"endLine", span.endLine}, {"endColumn", span.endColumn}});
}

void writeFix(JsonWriter& out, const findings::TextFix& fix, Language language)
{
    out.beginObject();
    out.member("title", formats::localized(fix.title, language));
    out.key("edits");
    out.beginArray();
    for (const findings::TextEdit& edit : fix.edits) {
        out.beginObject();
        writeSpan(out, edit.span);
        out.member("text", edit.text);
        out.endObject();
    }
    out.endArray();
    out.endObject();
}

/// The rule, severity, refs and title members of a finding: the same text for every finding of a rule.
void writeRuleMembers(JsonWriter& out, const findings::Finding& finding, Language language)
{
    out.member("rule", finding.rule);
    out.member("severity", findings::severityName(finding.severity));
    out.key("refs");
    out.strings(finding.refs);
    out.member("title", formats::localized(findings::titleOf(finding), language));
}

/// writeRuleMembers() text kept for the next finding of the same rule: a lint of many files writes thousands of
/// findings of a few dozen rules. One per thread, so the writers of several threads need no lock.
class RuleMembersMemo {
  public:
    /// Writes the members into an object the caller has just opened.
    void write(JsonWriter& out, const findings::Finding& finding, Language language)
    {
        if (!finding.title) {
            writeRuleMembers(out, finding, language);
            return;
        }
        Entry& entry = entries_[finding.title];
        if (!entry.describes(finding, language, out.depth())) {
            if (entries_.size() > kMostEntries) { // titles that are not the catalogue's: start again
                entries_.clear();
                return write(out, finding, language);
            }
            const std::size_t mark = out.written();
            writeRuleMembers(out, finding, language);
            entry.remember(finding, language, out.depth(), out.recordedMembers(mark));
            return;
        }
        out.replayMembers(entry.text, kMembers);
    }

  private:
    static constexpr int kMembers = 4;
    static constexpr std::size_t kMostEntries = 4096;

    struct Entry {
        std::string rule;
        findings::Severity severity = findings::Severity::Ignore;
        std::vector<std::string> refs;
        std::string title;
        Language language = Language::English;
        std::size_t depth = 0;
        std::string text; ///< empty until remembered

        bool describes(const findings::Finding& finding, Language inLanguage, std::size_t atDepth) const
        {
            return !text.empty() && depth == atDepth && language == inLanguage && severity == finding.severity &&
                   rule == finding.rule && refs == finding.refs &&
                   title == formats::localized(*finding.title, inLanguage);
        }
        void remember(const findings::Finding& finding, Language inLanguage, std::size_t atDepth,
                      std::string_view written)
        {
            rule = finding.rule;
            severity = finding.severity;
            refs = finding.refs;
            title = formats::localized(*finding.title, inLanguage);
            language = inLanguage;
            depth = atDepth;
            text = written;
        }
    };
    std::unordered_map<const findings::LocalizedText*, Entry> entries_;
};

/// The keys of findingJson(), in its order, into an object the caller has just opened (and closes after keys of
/// its own).
void writeFindingKeys(JsonWriter& out, const findings::Finding& finding, Language language)
{
    thread_local RuleMembersMemo memo;
    memo.write(out, finding, language);
    const auto* file = std::get_if<findings::FileLocation>(&finding.location);
    if (file) {
        writeSpan(out, file->span);
    } else if (const auto* object = std::get_if<findings::HostObjectLocation>(&finding.location)) {
        out.key("subject");
        out.beginObject();
        out.member("kind", findings::objectKindName(object->kind));
        out.member("id", object->id);
        out.member("name", object->name);
        out.endObject();
    } else {
        const auto& image = std::get<findings::ImageLocation>(finding.location);
        out.member("image", image.image);
        out.key("layer");
        if (image.layer) out.number(std::int64_t(*image.layer));
        else out.null();
        out.key("path");
        if (image.path.empty()) out.null();
        else out.string("/" + image.path);
    }
    out.member("message", formats::localized(finding.message, language));
    if (!finding.evidence.empty())
        out.member("evidence", finding.evidence);
    if (file) {
        out.key("fixes");
        out.beginArray();
        for (const findings::TextFix& fix : finding.fixes) writeFix(out, fix, language);
        out.endArray();
    } else {
        out.member("remedy", formats::localized(finding.remedy, language));
    }
    if (!finding.sameAs.empty())
        out.member("sameAs", finding.sameAs);
    if (finding.baseline != findings::BaselineState::None)
        out.member("baseline", finding.baseline == findings::BaselineState::New ? "new" : "unchanged");
}

/// A finding of a file's report; one that lies in another file (the Dockerfile a Compose service builds) names it.
/// A waived one carries its waiver.
void writeReportFinding(JsonWriter& out, const findings::Finding& finding, const scan::ScanReport& report,
                        Language language, const findings::WaiverNote* waiver = nullptr)
{
    out.beginObject();
    writeFindingKeys(out, finding, language);
    if (const auto* file = findings::fileLocationOf(finding); file && file->path != report.target)
        out.member("file", file->path);
    if (waiver) {
        out.key("waiver");
        out.beginObject();
        out.member("reason", waiver->reason);
        out.member("expires", waiver->expires);
        out.endObject();
    }
    out.endObject();
}

void writeWaived(JsonWriter& out, const scan::ScanReport& report, Language language)
{
    out.beginArray();
    for (const auto& held : report.waived) writeReportFinding(out, held.finding, report, language, &held.waiver);
    out.endArray();
}

void writeCounts(JsonWriter& out, const std::map<std::string, int, std::less<>>& counts)
{
    out.beginObject();
    for (const auto& [name, count] : counts)
        out.member(name, count);
    out.endObject();
}

/// summaryJson(); lint's entries also have "byPractice", the name lint JSON has always had for byCategory.
void writeSummary(JsonWriter& out, const scan::ScanReport& report, bool byPractice)
{
    const findings::RiskScore& risk = report.risk;
    out.beginObject();
    out.member("riskScore", risk.score);
    out.member("penalty", risk.penalty);
    out.key("bySeverity");
    out.beginObject();
    for (const auto& [name, count] :
         {std::pair{JsonKey("error"), risk.errors}, std::pair{JsonKey("warning"), risk.warnings},
          std::pair{JsonKey("info"), risk.infos}, std::pair{JsonKey("style"), risk.styles}}) {
        out.member(name, count);
    }
    out.endObject();
    out.key("byCategory");
    writeCounts(out, risk.byCategory);
    if (byPractice) {
        out.key("byPractice");
        writeCounts(out, risk.byCategory);
    }
    out.endObject();
}

void writeDockerfileEntry(JsonWriter& out, const scan::ScanReport& report, Language language)
{
    out.beginObject();
    out.member("path", report.target);
    out.key("findings");
    out.beginArray();
    for (const findings::Finding& finding : report.findings) writeReportFinding(out, finding, report, language);
    out.endArray();
    if (report.ok()) { // a file that could not be read has no score
        out.key("summary");
        writeSummary(out, report, true);
    }
    if (!report.waived.empty()) {
        out.key("waived");
        writeWaived(out, report, language);
    }
    if (!report.ok())
        out.member("error", report.error);
    out.endObject();
}

/// The entries of many files, written on all cores in consecutive slices (a lint of a whole repository writes
/// megabytes of JSON; one thread would spend as long on it as the lint itself) that go to `passSlice` in order. A
/// few files are written into `out` instead.
void writeDockerfileEntries(JsonWriter& out, const std::vector<scan::ScanReport>& reports, Language language,
                            const std::function<void(std::string&& slice, int values)>& passSlice)
{
    constexpr std::size_t kMinimumSlice = 32;
    const std::size_t slices = std::min(std::min<std::size_t>(util::coreCount(), 8), reports.size() / kMinimumSlice);
    if (slices <= 1) {
        for (const scan::ScanReport& report : reports) writeDockerfileEntry(out, report, language);
        return;
    }
    std::vector<std::string> texts(slices);
    const auto sliceStart = [&](std::size_t slice) { return reports.size() * slice / slices; };
    util::parallelFor(slices, slices, [&](std::size_t slice, std::size_t) {
        // Room for what an entry usually takes, so that the text is not copied as it grows: a large reservation
        // is mapped, not touched, so a generous one costs nothing.
        std::size_t expected = 0;
        for (std::size_t i = sliceStart(slice); i < sliceStart(slice + 1); ++i)
            expected += 1024 + 2048 * (reports[i].findings.size() + reports[i].waived.size());
        texts[slice].reserve(expected);
        JsonWriter writer = JsonWriter::continuing(texts[slice], 2, static_cast<int>(sliceStart(slice)));
        for (std::size_t i = sliceStart(slice); i < sliceStart(slice + 1); ++i)
            writeDockerfileEntry(writer, reports[i], language);
    });
    for (std::size_t slice = 0; slice < slices; ++slice)
        passSlice(std::move(texts[slice]), static_cast<int>(sliceStart(slice + 1) - sliceStart(slice)));
}

/// A value written with the writer, as a tree (for the host and image documents, built as trees).
template <typename Write>
Json treeOf(Write write)
{
    std::string text;
    JsonWriter out(text);
    write(out);
    return Json::parse(text);
}

} // namespace

Json findingJson(const findings::Finding& finding, Language language)
{
    return treeOf([&](JsonWriter& out) {
        out.beginObject();
        writeFindingKeys(out, finding, language);
        out.endObject();
    });
}

Json summaryJson(const scan::ScanReport& report)
{
    return treeOf([&](JsonWriter& out) { writeSummary(out, report, false); });
}

namespace formats {

Json reportFindingsJson(const scan::ScanReport& report, Language language)
{
    Json list = Json::array();
    for (const findings::Finding& finding : report.findings) list.push_back(findingJson(finding, language));
    return list;
}

Json reportWaivedJson(const scan::ScanReport& report, Language language)
{
    return treeOf([&](JsonWriter& out) { writeWaived(out, report, language); });
}

} // namespace formats

namespace {

/// The head of a document of several reports, up to the opening of its list: "files" (Dockerfile scans) or "scans".
void writeDocumentHead(JsonWriter& out, const FormatOptions& options, JsonKey list)
{
    out.beginObject();
    out.member("tool", "dockwarden");
    out.member("version", options.toolVersion);
    out.key(list);
    out.beginArray();
}

/// The end of a document whose list (of files or scans) is open: its close, the run's warnings, the last brace.
void writeDocumentTail(JsonWriter& out, const FormatOptions& options)
{
    out.endArray();
    if (!options.warnings.empty()) {
        out.key("warnings");
        out.strings(options.warnings);
    }
    out.endObject();
}

/// The JSON document of formatJson(), handed to `emit` in pieces as they are finished: the entries of many files
/// go as the slices they were written in, so a document of megabytes need never be copied, or held, whole.
void writeJsonDocument(const std::vector<scan::ScanReport>& reports, const FormatOptions& options,
                       const std::function<void(std::string&& piece)>& emit)
{
    const auto documentOf = [&options](const scan::ScanReport& report) {
        return report.kind == findings::Engine::Host ? formats::hostDocument(report, options.language)
                                                     : formats::imageDocument(report, options.language);
    };
    const bool allDockerfiles = std::all_of(reports.begin(), reports.end(), [](const scan::ScanReport& r) {
        return r.kind == findings::Engine::Dockerfile;
    });
    if (!allDockerfiles && reports.size() == 1) {
        emit(formats::dumpJson(documentOf(reports.front())));
        return;
    }
    std::string text;
    JsonWriter out(text);
    writeDocumentHead(out, options, allDockerfiles ? JsonKey("files") : JsonKey("scans"));
    if (allDockerfiles) {
        writeDockerfileEntries(out, reports, options.language, [&](std::string&& slice, int values) {
            emit(std::move(text));
            text.clear(); // `out` goes on writing into it
            emit(std::move(slice));
            out.countSpliced(values);
        });
    } else {
        for (const scan::ScanReport& report : reports) {
            if (report.kind == findings::Engine::Dockerfile) writeDockerfileEntry(out, report, options.language);
            else out.value(documentOf(report));
        }
    }
    writeDocumentTail(out, options);
    text += '\n';
    emit(std::move(text));
}

} // namespace

std::string formatJson(const std::vector<scan::ScanReport>& reports, const FormatOptions& options)
{
    std::string document;
    writeJsonDocument(reports, options, [&document](std::string&& piece) {
        if (document.empty()) document = std::move(piece); // a document of one piece is never copied
        else document += piece;
    });
    return document;
}

std::string jsonFilesHead(const FormatOptions& options)
{
    std::string text;
    JsonWriter out(text);
    writeDocumentHead(out, options, "files");
    return text;
}

std::string jsonFileEntry(const scan::ScanReport& report, Language language, bool first)
{
    // Written into a buffer that each thread keeps, then copied at its size: room reserved in each entry would
    // spread the entries waiting for their turn over more memory than they fill.
    thread_local std::string scratch;
    scratch.clear();
    JsonWriter writer = JsonWriter::continuing(scratch, 2, first ? 0 : 1);
    writeDockerfileEntry(writer, report, language);
    return scratch;
}

std::string jsonFilesTail(std::size_t entries, const FormatOptions& options)
{
    std::string text;
    JsonWriter out = JsonWriter::continuing(text, 2, static_cast<int>(std::min<std::size_t>(entries, 1)));
    writeDocumentTail(out, options);
    text += '\n';
    return text;
}

void writeJson(std::ostream& stream, const std::vector<scan::ScanReport>& reports, const FormatOptions& options)
{
    util::GatheredWrites out = formats::gatheredWritesTo(stream);
    writeJsonDocument(reports, options, [&out](std::string&& piece) {
        out.add(piece);
        std::string().swap(piece); // its memory can serve the pieces that follow
    });
}

} // namespace dw::report
