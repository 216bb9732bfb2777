#include "report/pdf/report_pdf_pieces.h"

#include <algorithm>
#include <cstdio>
#include <strings.h>

namespace dw::report::pdf {
namespace {

using namespace blocks;

constexpr double kBodySize = 9.5;
constexpr double kCellPadding = 4;
constexpr const char* kMuted = "#5b6570";
constexpr const char* kLine = "#c9d0d8";
constexpr const char* kHeadBackground = "#eef1f5";

std::string escapeMarkup(const std::string& text)
{
    gchar* escaped = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
    std::string out(escaped);
    g_free(escaped);
    return out;
}

std::string replaceAll(std::string text, std::string_view from, const std::string& to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

void strokeRect(cairo_t* cr, double x, double y, double w, double h)
{
    setColor(cr, kLine);
    cairo_set_line_width(cr, 0.6);
    cairo_rectangle(cr, x, y, w, h);
    cairo_stroke(cr);
}

void fillRect(cairo_t* cr, double x, double y, double w, double h, std::string_view color)
{
    setColor(cr, color);
    cairo_rectangle(cr, x, y, w, h);
    cairo_fill(cr);
}

Piece headingPiece(const Block& block, const Typesetter& typesetter)
{
    static constexpr double sizes[] = {18, 13.5, 11};
    const int level = std::clamp(block.level, 1, 3);
    Piece piece;
    const TextBox box = typesetter.text(block.text, kContentWidth, sizes[level - 1], true);
    piece.height = box.height + (level == 1 ? 10 : 4);
    piece.spaceBefore = level == 1 ? 0 : (level == 2 ? 16 : 10);
    piece.pageBreakBefore = level == 1;
    piece.keepWithNext = true;
    piece.anchor = block.anchor;
    if (!block.anchor.empty() && level <= 2) {
        piece.outlineLevel = level;
        for (const Run& run : block.text) piece.outlineTitle += run.text;
    }
    piece.draw = [box, level](cairo_t* cr, double y) {
        drawText(cr, box, kContentLeft, y);
        if (level == 1) {
            setColor(cr, "#3f6fb5");
            cairo_set_line_width(cr, 1.2);
            cairo_move_to(cr, kContentLeft, y + box.height + 4);
            cairo_line_to(cr, kContentLeft + kContentWidth, y + box.height + 4);
            cairo_stroke(cr);
        }
    };
    return piece;
}

Piece paragraphPiece(const Block& block, const Typesetter& typesetter)
{
    Piece piece;
    const TextBox box = typesetter.text(block.text, kContentWidth, kBodySize + 0.5);
    piece.height = box.height;
    piece.spaceBefore = 6;
    piece.draw = [box](cairo_t* cr, double y) { drawText(cr, box, kContentLeft, y); };
    return piece;
}

Piece codePiece(const Block& block, const Typesetter& typesetter)
{
    Piece piece;
    const TextBox box = typesetter.text({Run{block.code, Style::Code}}, kContentWidth - 12, kBodySize);
    piece.height = box.height + 10;
    piece.spaceBefore = 6;
    piece.draw = [box](cairo_t* cr, double y) {
        fillRect(cr, kContentLeft, y, kContentWidth, box.height + 10, kHeadBackground);
        drawText(cr, box, kContentLeft + 6, y + 5);
    };
    return piece;
}

/// One row of cells: `cells` laid out in the table's column widths.
Piece rowPiece(const std::vector<Inline>& cells, const std::vector<double>& widths, const Typesetter& typesetter,
               bool header)
{
    std::vector<TextBox> boxes;
    std::vector<double> columnWidths;
    double height = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const double width = (i < widths.size() ? widths[i] : 1.0 / double(cells.size())) * kContentWidth;
        columnWidths.push_back(width);
        boxes.push_back(typesetter.text(cells[i], width - 2 * kCellPadding, kBodySize - (header ? 0 : 0.5), header));
        height = std::max(height, boxes.back().height);
    }
    Piece piece;
    piece.height = height + 2 * kCellPadding;
    piece.draw = [boxes, columnWidths, header, rowHeight = piece.height](cairo_t* cr, double y) {
        double x = kContentLeft;
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            if (header) fillRect(cr, x, y, columnWidths[i], rowHeight, kHeadBackground);
            strokeRect(cr, x, y, columnWidths[i], rowHeight);
            drawText(cr, boxes[i], x + kCellPadding, y + kCellPadding);
            x += columnWidths[i];
        }
    };
    return piece;
}

Piece barChartPiece(const Chart& chart, const Typesetter& typesetter)
{
    double top = chart.maxValue;
    for (const Bar& bar : chart.bars) top = std::max(top, bar.value);
    const double labelWidth = kContentWidth * 0.36, barArea = kContentWidth * 0.52, rowHeight = 17;
    const TextBox caption = typesetter.plain(chart.caption, kContentWidth, kBodySize + 1, true);
    std::vector<TextBox> labels, values;
    for (const Bar& bar : chart.bars) {
        labels.push_back(typesetter.plain(bar.label, labelWidth - 8, kBodySize - 0.5, false, PANGO_ALIGN_RIGHT));
        values.push_back(typesetter.plain(std::to_string(static_cast<long long>(bar.value)), 60, kBodySize - 0.5));
    }
    Piece piece;
    piece.spaceBefore = 10;
    piece.height = caption.height + 6 + rowHeight * double(chart.bars.size());
    piece.draw = [chart, caption, labels, values, top, labelWidth, barArea, rowHeight](cairo_t* cr, double y) {
        drawText(cr, caption, kContentLeft, y);
        double rowY = y + caption.height + 6;
        for (std::size_t i = 0; i < chart.bars.size(); ++i) {
            const double length = top > 0 ? std::max(chart.bars[i].value / top * barArea, 1.0) : 1.0;
            drawText(cr, labels[i], kContentLeft, rowY + (rowHeight - labels[i].height) / 2);
            fillRect(cr, kContentLeft + labelWidth, rowY + 3, length, rowHeight - 6, chart.bars[i].color);
            drawText(cr, values[i], kContentLeft + labelWidth + length + 5, rowY + (rowHeight - values[i].height) / 2);
            rowY += rowHeight;
        }
    };
    return piece;
}

Piece lineChartPiece(const Chart& chart, const Typesetter& typesetter)
{
    const double maxValue = chart.maxValue > 0 ? chart.maxValue : 100;
    const double plotHeight = 150, axisWidth = 30, labelsHeight = 16;
    const TextBox caption = typesetter.plain(chart.caption, kContentWidth, kBodySize + 1, true);
    std::vector<TextBox> ticks, labels;
    for (int tick = 0; tick <= 4; ++tick)
        ticks.push_back(typesetter.plain(std::to_string(int(maxValue * tick / 4)), axisWidth - 4, kBodySize - 1.5,
                                         false, PANGO_ALIGN_RIGHT));
    for (const Bar& bar : chart.bars) labels.push_back(typesetter.plain(bar.label, 80, kBodySize - 1.5));
    Piece piece;
    piece.spaceBefore = 10;
    piece.height = caption.height + 8 + plotHeight + labelsHeight;
    piece.draw = [chart, caption, ticks, labels, maxValue, plotHeight, axisWidth](cairo_t* cr, double y) {
        drawText(cr, caption, kContentLeft, y);
        const double top = y + caption.height + 8, left = kContentLeft + axisWidth;
        const double width = kContentWidth - axisWidth - 20;
        for (int tick = 0; tick <= 4; ++tick) {
            const double lineY = top + plotHeight * (1 - tick / 4.0);
            setColor(cr, kLine);
            cairo_set_line_width(cr, 0.5);
            cairo_move_to(cr, left, lineY);
            cairo_line_to(cr, left + width, lineY);
            cairo_stroke(cr);
            drawText(cr, ticks[tick], kContentLeft, lineY - ticks[tick].height / 2);
        }
        const std::size_t count = chart.bars.size();
        auto pointX = [&](std::size_t i) { return left + (count > 1 ? double(i) / double(count - 1) : 0.5) * width; };
        auto pointY = [&](std::size_t i) {
            return top + plotHeight * (1 - std::clamp(chart.bars[i].value / maxValue, 0.0, 1.0));
        };
        setColor(cr, "#3f6fb5");
        cairo_set_line_width(cr, 1.6);
        for (std::size_t i = 0; i < count; ++i) {
            if (i == 0) cairo_move_to(cr, pointX(i), pointY(i));
            else cairo_line_to(cr, pointX(i), pointY(i));
        }
        cairo_stroke(cr);
        for (std::size_t i = 0; i < count; ++i) {
            setColor(cr, chart.bars[i].color);
            cairo_arc(cr, pointX(i), pointY(i), 2.8, 0, 6.2832);
            cairo_fill(cr);
            if (i == 0 || i + 1 == count || count <= 6)
                drawText(cr, labels[i], std::min(pointX(i) - labels[i].width / 2, left + width - labels[i].width),
                         top + plotHeight + 3);
        }
    };
    return piece;
}

void contentsPieces(const Document& document, const Typesetter& typesetter,
                    const std::map<std::string, int>& anchorPages, std::vector<Piece>& pieces)
{
    Block title;
    title.kind = Kind::Heading;
    title.level = 1;
    title.text = {Run{document.contentsTitle}};
    pieces.push_back(headingPiece(title, typesetter));
    for (const Block& block : document.blocks) {
        if (block.kind != Kind::Heading || block.anchor.empty() || block.level > 2) continue;
        const double indent = block.level == 2 ? 16 : 0, size = block.level == 1 ? kBodySize + 1.5 : kBodySize;
        const TextBox text = typesetter.text(block.text, kContentWidth - indent - 50, size, block.level == 1);
        Piece piece;
        piece.height = text.height + 3;
        piece.spaceBefore = block.level == 1 ? 5 : 1;
        const std::string anchor = block.anchor;
        const Typesetter* setter = &typesetter;
        piece.draw = [text, indent, size, anchor, setter, &anchorPages](cairo_t* cr, double y) {
            drawText(cr, text, kContentLeft + indent, y);
            const auto found = anchorPages.find(anchor);
            const TextBox page = setter->plain(found == anchorPages.end() ? "" : std::to_string(found->second), 50,
                                               size, false, PANGO_ALIGN_RIGHT);
            drawText(cr, page, kContentLeft + kContentWidth - 50, y);
            char rect[160];
            std::snprintf(rect, sizeof rect, " rect=[%.1f %.1f %.1f %.1f]", kContentLeft + indent, y,
                          kContentWidth - indent, text.height);
            const std::string link = "dest='" + anchor + "'" + rect;
            cairo_tag_begin(cr, CAIRO_TAG_LINK, link.c_str());
            cairo_tag_end(cr, CAIRO_TAG_LINK);
        };
        pieces.push_back(std::move(piece));
    }
}

} // namespace

void setColor(cairo_t* cr, std::string_view hex, double alpha)
{
    unsigned value = 0;
    if (hex.size() == 7 && hex[0] == '#') std::sscanf(std::string(hex.substr(1)).c_str(), "%6x", &value);
    cairo_set_source_rgba(cr, ((value >> 16) & 0xff) / 255.0, ((value >> 8) & 0xff) / 255.0, (value & 0xff) / 255.0,
                          alpha);
}

Typesetter::Typesetter(cairo_t* cr, const std::string& language)
{
    context_ = pango_cairo_create_context(cr);
    pango_cairo_context_set_resolution(context_, 72);
    pango_context_set_language(context_, pango_language_from_string(language == "en" ? "en" : "zh-cn"));
}

Typesetter::~Typesetter() { g_object_unref(context_); }

bool Typesetter::hasCjkFont() const
{
    PangoFontDescription* description = pango_font_description_from_string(std::string(kFontFamily).c_str());
    PangoFont* font = pango_context_load_font(context_, description);
    bool found = false;
    if (font) {
        PangoFontDescription* loaded = pango_font_describe(font);
        const char* family = pango_font_description_get_family(loaded);
        found = family && strcasecmp(family, std::string(kFontFamily).c_str()) == 0;
        pango_font_description_free(loaded);
        g_object_unref(font);
    }
    pango_font_description_free(description);
    return found;
}

TextBox Typesetter::text(const Inline& runs, double width, double size, bool bold, PangoAlignment alignment) const
{
    std::string markup;
    std::size_t offset = 0;
    struct Range {
        std::size_t start, end;
        std::string target;
    };
    std::vector<Range> ranges;
    for (const Run& run : runs) {
        if (run.text == "\n") {
            markup += "\n";
            ++offset;
            continue;
        }
        std::string text = run.color.empty() ? run.text : " " + run.text + " ";
        std::string piece = escapeMarkup(text);
        switch (run.style) {
        case Style::Bold: piece = "<b>" + piece + "</b>"; break;
        case Style::Code:
            piece = "<span font_family=\"" + std::string(kMonoFamily) + "\" size=\"smaller\">" + piece + "</span>";
            break;
        case Style::Muted: piece = "<span foreground=\"" + std::string(kMuted) + "\">" + piece + "</span>"; break;
        case Style::Plain: break;
        }
        if (!run.color.empty())
            piece = "<span background=\"" + run.color + "\" foreground=\"#ffffff\">" + piece + "</span>";
        if (!run.link.empty() && run.link.front() == '#') {
            piece = "<span foreground=\"#1f5fa8\">" + piece + "</span>";
            ranges.push_back({offset, offset + text.size(), run.link.substr(1)});
        }
        markup += piece;
        offset += text.size();
    }
    PangoLayout* raw = pango_layout_new(context_);
    LayoutPtr layout(raw, LayoutDeleter{});
    PangoFontDescription* description = pango_font_description_from_string(std::string(kFontFamily).c_str());
    pango_font_description_set_size(description, static_cast<gint>(size * PANGO_SCALE));
    if (bold) pango_font_description_set_weight(description, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(raw, description);
    pango_font_description_free(description);
    pango_layout_set_width(raw, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(raw, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(raw, alignment);
    pango_layout_set_markup(raw, markup.c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_size(raw, &w, &h);
    TextBox box{layout, double(w) / PANGO_SCALE, double(h) / PANGO_SCALE, {}};
    for (const Range& range : ranges) {
        PangoRectangle start, end;
        pango_layout_index_to_pos(raw, static_cast<int>(range.start), &start);
        pango_layout_index_to_pos(raw, static_cast<int>(std::max(range.end, range.start + 1) - 1), &end);
        const double sx = double(start.x) / PANGO_SCALE, sy = double(start.y) / PANGO_SCALE;
        const double ex = double(end.x + end.width) / PANGO_SCALE, ey = double(end.y + end.height) / PANGO_SCALE;
        if (start.y == end.y) box.links.push_back({range.target, sx, sy, std::max(ex - sx, 4.0), ey - sy});
        else box.links.push_back({range.target, 0, sy, width, ey - sy});
    }
    return box;
}

TextBox Typesetter::plain(const std::string& text, double width, double size, bool bold,
                          PangoAlignment alignment) const
{
    return this->text({Run{text}}, width, size, bold, alignment);
}

void drawText(cairo_t* cr, const TextBox& box, double x, double y)
{
    cairo_set_source_rgb(cr, 0.11, 0.14, 0.16);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, box.layout.get());
    for (const TextBox::Link& link : box.links) {
        char rect[128];
        std::snprintf(rect, sizeof rect, " rect=[%.1f %.1f %.1f %.1f]", x + link.x, y + link.y, link.w, link.h);
        const std::string attributes = "dest='" + link.target + "'" + rect;
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes.c_str());
        cairo_tag_end(cr, CAIRO_TAG_LINK);
    }
}

std::vector<Piece> buildPieces(const Document& document, const Typesetter& typesetter,
                               const std::map<std::string, int>& anchorPages, const std::atomic<bool>* cancel)
{
    std::vector<Piece> pieces;
    std::size_t count = 0;
    for (const Block& block : document.blocks) count += 1 + block.table.rows.size();
    pieces.reserve(count + 64); // rows keep a pointer to their header piece
    for (const Block& block : document.blocks) {
        if (cancel && cancel->load(std::memory_order_relaxed)) return {};
        switch (block.kind) {
        case Kind::Contents: contentsPieces(document, typesetter, anchorPages, pieces); break;
        case Kind::Heading: pieces.push_back(headingPiece(block, typesetter)); break;
        case Kind::Paragraph: pieces.push_back(paragraphPiece(block, typesetter)); break;
        case Kind::Code: pieces.push_back(codePiece(block, typesetter)); break;
        case Kind::Chart:
            if (block.chart.bars.empty()) break;
            pieces.push_back(block.chart.type == Chart::Type::Line ? lineChartPiece(block.chart, typesetter)
                                                                   : barChartPiece(block.chart, typesetter));
            break;
        case Kind::Table: {
            std::vector<Inline> header;
            for (const std::string& title : block.table.header) header.push_back({Run{title}});
            pieces.push_back(rowPiece(header, block.table.widths, typesetter, true));
            pieces.back().spaceBefore = 6;
            pieces.back().keepWithNext = true;
            const Piece* headerPiece = &pieces.back();
            for (const auto& row : block.table.rows) {
                pieces.push_back(rowPiece(row, block.table.widths, typesetter, false));
                pieces.back().header = headerPiece;
            }
            break;
        }
        case Kind::PageBreak:
            if (!pieces.empty()) pieces.push_back(Piece{0, 0, true, false, nullptr, {}, 0, {}, [](cairo_t*, double) {}});
            break;
        }
    }
    return pieces;
}

void drawCover(cairo_t* cr, const Typesetter& typesetter, const Cover& cover)
{
    fillRect(cr, 0, 0, kPageWidth, 12, "#3f6fb5");
    double y = 170;
    const TextBox title = typesetter.plain(cover.title, kContentWidth, 26, true);
    drawText(cr, title, kContentLeft, y);
    y += title.height + 8;
    const TextBox subtitle = typesetter.text({Run{cover.subtitle, Style::Muted}}, kContentWidth, 12);
    drawText(cr, subtitle, kContentLeft, y);
    y += subtitle.height + 36;
    if (cover.riskScore >= 0) {
        drawText(cr, typesetter.text({Run{cover.riskLabel, Style::Muted}}, kContentWidth, 11), kContentLeft, y);
        y += 18;
        const char* color = cover.riskScore >= 80 ? "#2e7d32" : cover.riskScore >= 50 ? "#d9730d" : "#c62828";
        const TextBox score = typesetter.text({Run{std::to_string(cover.riskScore), Style::Bold, {}, {}}},
                                              kContentWidth, 44, true);
        cairo_save(cr);
        setColor(cr, color);
        cairo_move_to(cr, kContentLeft, y);
        pango_cairo_show_layout(cr, score.layout.get());
        cairo_restore(cr);
        y += score.height + 30;
    }
    for (const auto& fact : cover.facts) {
        const TextBox label = typesetter.text({Run{fact.first, Style::Muted}}, 130, 10.5);
        const TextBox value = typesetter.plain(fact.second, kContentWidth - 140, 10.5);
        drawText(cr, label, kContentLeft, y);
        drawText(cr, value, kContentLeft + 140, y);
        y += std::max(label.height, value.height) + 8;
        if (y > kContentBottom - 40) break;
    }
}

void drawFrame(cairo_t* cr, const Typesetter& typesetter, const Document& document, int page, int pages)
{
    const TextBox title = typesetter.text({Run{document.title, Style::Muted}}, kContentWidth, 8);
    drawText(cr, title, kContentLeft, kMargin - 6);
    setColor(cr, kLine);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, kContentLeft, kMargin + 8);
    cairo_line_to(cr, kContentLeft + kContentWidth, kMargin + 8);
    cairo_stroke(cr);
    const std::string label =
        replaceAll(replaceAll(document.pageLabel, "%1", std::to_string(page)), "%2", std::to_string(pages));
    const TextBox footer = typesetter.text({Run{label, Style::Muted}}, kContentWidth, 8, false, PANGO_ALIGN_CENTER);
    drawText(cr, footer, kContentLeft, kPageHeight - kMargin + 2);
}

} // namespace dw::report::pdf
