// The report as one HTML file: inline CSS and SVG, no script, nothing fetched. On a narrow screen the tables turn
// into stacked cards, each cell labelled with its column.
#include "report/report_blocks.h"

#include <algorithm>
#include <cstdio>

namespace dw::report {
namespace {

using namespace blocks;

std::string escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\n': out += "<br>"; break;
        default: out += c;
        }
    }
    return out;
}

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string inlineHtml(const Inline& runs)
{
    std::string out;
    for (const Run& run : runs) {
        std::string text = escape(run.text);
        switch (run.style) {
        case Style::Bold: text = "<strong>" + text + "</strong>"; break;
        case Style::Code: text = "<code>" + text + "</code>"; break;
        case Style::Muted: text = "<span class=\"muted\">" + text + "</span>"; break;
        case Style::Plain: break;
        }
        if (!run.color.empty())
            text = "<span class=\"badge\" style=\"background:" + escape(run.color) + "\">" + text + "</span>";
        if (!run.link.empty() && run.link.front() == '#') text = "<a href=\"" + escape(run.link) + "\">" + text + "</a>";
        out += text;
    }
    return out;
}

std::string barChartSvg(const Chart& chart)
{
    const double top = chart.maxValue > 0 ? chart.maxValue
                                          : std::max_element(chart.bars.begin(), chart.bars.end(),
                                                             [](const Bar& a, const Bar& b) { return a.value < b.value; })
                                                ->value;
    const int rowHeight = 28, labelWidth = 230, barWidth = 340, width = labelWidth + barWidth + 60;
    const int height = rowHeight * static_cast<int>(chart.bars.size()) + 8;
    std::string svg = "<svg viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                      "\" role=\"img\" aria-label=\"" + escape(chart.caption) + "\">";
    int y = 4;
    for (const Bar& bar : chart.bars) {
        const double length = top > 0 ? bar.value / top * barWidth : 0;
        svg += "<text x=\"" + std::to_string(labelWidth - 8) + "\" y=\"" + std::to_string(y + 18) +
               "\" text-anchor=\"end\" class=\"label\">" + escape(bar.label) + "</text>";
        svg += "<rect x=\"" + std::to_string(labelWidth) + "\" y=\"" + std::to_string(y + 4) + "\" width=\"" +
               number(std::max(length, 1.0)) + "\" height=\"18\" rx=\"3\" fill=\"" + escape(bar.color) + "\"/>";
        svg += "<text x=\"" + number(labelWidth + std::max(length, 1.0) + 6) + "\" y=\"" + std::to_string(y + 18) +
               "\" class=\"value\">" + std::to_string(static_cast<long long>(bar.value)) + "</text>";
        y += rowHeight;
    }
    return svg + "</svg>";
}

std::string lineChartSvg(const Chart& chart)
{
    const int width = 640, height = 220, left = 40, right = 20, top = 12, bottom = 40;
    const double maxValue = chart.maxValue > 0 ? chart.maxValue : 100;
    const std::size_t count = chart.bars.size();
    std::string svg = "<svg viewBox=\"0 0 640 220\" role=\"img\" aria-label=\"" + escape(chart.caption) + "\">";
    for (int tick = 0; tick <= 4; ++tick) {
        const double y = top + (height - top - bottom) * (1 - tick / 4.0);
        svg += "<line x1=\"" + std::to_string(left) + "\" x2=\"" + std::to_string(width - right) + "\" y1=\"" +
               number(y) + "\" y2=\"" + number(y) + "\" class=\"grid\"/>";
        svg += "<text x=\"" + std::to_string(left - 6) + "\" y=\"" + number(y + 4) +
               "\" text-anchor=\"end\" class=\"value\">" + std::to_string(int(maxValue * tick / 4)) + "</text>";
    }
    std::string points;
    for (std::size_t i = 0; i < count; ++i) {
        const double x = left + (count > 1 ? double(i) / double(count - 1) : 0.5) * (width - left - right);
        const double y = top + (height - top - bottom) * (1 - std::clamp(chart.bars[i].value / maxValue, 0.0, 1.0));
        points += number(x) + "," + number(y) + " ";
        svg += "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"4\" fill=\"" +
               escape(chart.bars[i].color) + "\"/>";
        if (i == 0 || i + 1 == count || count <= 6)
            svg += "<text x=\"" + number(x) + "\" y=\"" + std::to_string(height - 14) +
                   "\" text-anchor=\"middle\" class=\"value\">" + escape(chart.bars[i].label) + "</text>";
    }
    svg += "<polyline points=\"" + points + "\" fill=\"none\" stroke=\"#3f6fb5\" stroke-width=\"2\"/>";
    return svg + "</svg>";
}

std::string tableHtml(const Table& table)
{
    std::string out = "<div class=\"table\"><table><thead><tr>";
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const double width = i < table.widths.size() ? table.widths[i] * 100 : 0;
        out += "<th style=\"width:" + number(width) + "%\">" + escape(table.header[i]) + "</th>";
    }
    out += "</tr></thead><tbody>";
    for (const auto& row : table.rows) {
        out += "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i)
            out += "<td data-label=\"" + escape(i < table.header.size() ? table.header[i] : std::string()) + "\">" +
                   inlineHtml(row[i]) + "</td>";
        out += "</tr>";
    }
    return out + "</tbody></table></div>";
}

constexpr const char* kStyle = R"(
:root{--fg:#1d232a;--muted:#5b6570;--line:#d8dde3;--bg:#fff;--head:#f2f4f7;--link:#1f5fa8}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ed;--muted:#a3acb6;--line:#3a4149;--bg:#16191d;--head:#22272d;--link:#7fb4ff}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 "Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif}
main{max-width:980px;margin:0 auto;padding:16px}
a{color:var(--link)}
h1{font-size:1.6em;margin:1.6em 0 .5em;border-bottom:2px solid var(--line);padding-bottom:.2em}
h2{font-size:1.25em;margin:1.4em 0 .4em}
h3{font-size:1.05em;margin:1.2em 0 .3em}
.cover{padding:32px 0 8px}
.cover h1{font-size:2em;border:0;margin:0}
.cover .subtitle{color:var(--muted)}
.score{display:inline-block;font-size:2.4em;font-weight:700;margin:.3em 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}
dt{color:var(--muted)} dd{margin:0;white-space:pre-line;overflow-wrap:anywhere}
.muted{color:var(--muted)}
code{font-family:"Noto Sans Mono CJK SC","DejaVu Sans Mono",monospace;font-size:.9em;background:var(--head);padding:0 3px;border-radius:3px;overflow-wrap:anywhere}
pre{background:var(--head);padding:8px;overflow-x:auto}
.badge{color:#fff;border-radius:3px;padding:0 6px;font-size:.85em}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--head)}
figure{margin:1em 0} figcaption{font-weight:700;margin-bottom:.3em}
svg{width:100%;max-width:640px;height:auto}
svg .label,svg .value{font-size:13px;fill:var(--fg)} svg .grid{stroke:var(--line)}
nav ol{padding-left:1.2em} nav ol ol{padding-left:1.2em}
@media (max-width:640px){
 body{font-size:15px} main{padding:10px}
 table,thead,tbody,tr,th,td{display:block;width:100%!important}
 thead{display:none}
 tr{border:1px solid var(--line);margin-bottom:10px}
 td{border:0;border-bottom:1px solid var(--line)}
 td::before{content:attr(data-label);display:block;font-size:.8em;color:var(--muted)}
}
@media print{a{color:inherit;text-decoration:none}}
)";

} // namespace

std::string documentHtml(const Document& document)
{
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escape(document.language) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"generator\" content=\"Dockwarden\">\n<title>" +
                      escape(document.title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<main>\n";
    const Cover& cover = document.cover;
    out += "<header class=\"cover\"><h1>" + escape(cover.title) + "</h1><p class=\"subtitle\">" +
           escape(cover.subtitle) + "</p>";
    if (cover.riskScore >= 0)
        out += "<div><span class=\"muted\">" + escape(cover.riskLabel) + "</span><br><span class=\"score\">" +
               std::to_string(cover.riskScore) + "</span></div>";
    out += "<dl>";
    for (const auto& fact : cover.facts) out += "<dt>" + escape(fact.first) + "</dt><dd>" + escape(fact.second) + "</dd>";
    out += "</dl></header>\n";

    for (const Block& block : document.blocks) {
        switch (block.kind) {
        case Kind::Contents: {
            out += "<nav><h2>" + escape(document.contentsTitle) + "</h2><ol>";
            bool nested = false;
            for (const Block& entry : document.blocks) {
                if (entry.kind != Kind::Heading || entry.anchor.empty() || entry.level > 2) continue;
                if (entry.level == 2 && !nested) out += "<ol>", nested = true;
                if (entry.level == 1 && nested) out += "</ol>", nested = false;
                out += "<li><a href=\"#" + escape(entry.anchor) + "\">" + inlineHtml(entry.text) + "</a></li>";
            }
            out += nested ? "</ol></ol></nav>\n" : "</ol></nav>\n";
            break;
        }
        case Kind::Heading: {
            const std::string tag = "h" + std::to_string(std::clamp(block.level, 1, 3));
            out += "<" + tag + (block.anchor.empty() ? "" : " id=\"" + escape(block.anchor) + "\"") + ">" +
                   inlineHtml(block.text) + "</" + tag + ">\n";
            break;
        }
        case Kind::Paragraph: out += "<p>" + inlineHtml(block.text) + "</p>\n"; break;
        case Kind::Code: out += "<pre><code>" + escape(block.code) + "</code></pre>\n"; break;
        case Kind::Table: out += tableHtml(block.table) + "\n"; break;
        case Kind::Chart:
            if (block.chart.bars.empty()) break;
            out += "<figure><figcaption>" + escape(block.chart.caption) + "</figcaption>" +
                   (block.chart.type == Chart::Type::Line ? lineChartSvg(block.chart) : barChartSvg(block.chart)) +
                   "</figure>\n";
            break;
        case Kind::PageBreak: break;
        }
    }
    return out + "</main>\n</body>\n</html>\n";
}

} // namespace dw::report
