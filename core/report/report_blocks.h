// The exported report as a flow of blocks (headings, paragraphs, tables, code, charts), in the report's language:
// what the HTML and PDF writers draw, each in its own medium. Built from the ReportModel (report_model.h); also
// used for other printable tables (the training class summary).
#pragma once

#include "report/report_model.h"

#include <string>
#include <vector>

namespace dw::report::blocks {

enum class Style { Plain, Bold, Code, Muted };

/// A piece of text with one style. `link` is "#anchor" inside the report, or empty. `color` ("#rrggbb") draws the
/// text as a coloured badge (severities).
struct Run {
    std::string text;
    Style style = Style::Plain;
    std::string link{};
    std::string color{};
};

using Inline = std::vector<Run>; ///< a run whose text is "\n" breaks the line

struct Bar {
    std::string label;
    double value = 0;
    std::string color; ///< "#rrggbb"
};

struct Chart {
    enum class Type { Bars, Line } type = Type::Bars;
    std::string caption;
    std::vector<Bar> bars;     ///< Bars: one per label; Line: one point per bar, in order (label under the axis)
    double maxValue = 0;       ///< the axis' top; 0: the largest value
};

struct Table {
    std::vector<std::string> header;
    std::vector<double> widths; ///< fractions of the text width, one per column
    std::vector<std::vector<Inline>> rows;
};

enum class Kind { Heading, Paragraph, Code, Table, Chart, PageBreak, Contents };

struct Block {
    Kind kind = Kind::Paragraph;
    int level = 1;        ///< Heading: 1 (chapter, starts a page in print), 2, 3
    std::string anchor;   ///< Heading: the target of "#anchor" links and of the contents
    Inline text;          ///< Heading, Paragraph
    std::string code;     ///< Code
    Table table;          ///< Table
    Chart chart;          ///< Chart
};

struct Cover {
    std::string title;
    std::string subtitle;
    std::vector<std::pair<std::string, std::string>> facts; ///< label, value: target, date, version, language
    int riskScore = -1;   ///< shown large when >= 0
    std::string riskLabel;
};

struct Document {
    std::string title;
    std::string language;      ///< "en", "zh-CN" (HTML lang, PDF language)
    std::string contentsTitle; ///< "Contents"
    std::string pageLabel;     ///< "Page %1 of %2" with %1, %2
    Cover cover;
    std::vector<Block> blocks;
};

/// The report's document: cover, contents, executive summary with charts, trend, findings by target and
/// practice, waived findings, appendix of practices and checks.
Document reportDocument(const ReportModel& model);

/// "#c62828" for errors ... the severities' colours, shared by the charts and badges.
std::string severityColor(findings::Severity severity);

} // namespace dw::report::blocks

namespace dw::report {

/// The document as one self-contained HTML file (inline CSS and SVG, nothing fetched), readable on a phone.
std::string documentHtml(const blocks::Document& document);

/// The document as PDF bytes (cairo and Pango; "Noto Sans CJK SC" for every script, embedded, with a linked table
/// of contents, bookmarks and page numbers). Empty and `error` on failure or when `cancel` was raised.
std::string documentPdf(const blocks::Document& document, std::string& error, std::vector<std::string>& warnings,
                        const std::atomic<bool>* cancel = nullptr);

} // namespace dw::report
