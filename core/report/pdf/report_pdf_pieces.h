// The PDF writer's parts (report_pdf.cpp): the page geometry, the typesetter that turns inline runs into Pango
// layouts, and the pieces the blocks are cut into.
#pragma once

#include "report/report_blocks.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dw::report::pdf {

inline constexpr double kPageWidth = 595.276;  // A4 in points
inline constexpr double kPageHeight = 841.89;
inline constexpr double kMargin = 54;
inline constexpr double kContentLeft = kMargin;
inline constexpr double kContentWidth = kPageWidth - 2 * kMargin;
inline constexpr double kContentTop = kMargin + 20;
inline constexpr double kContentBottom = kPageHeight - kMargin - 16;
inline constexpr std::string_view kFontFamily = "Noto Sans CJK SC";
inline constexpr std::string_view kMonoFamily = "Noto Sans Mono CJK SC";

struct LayoutDeleter {
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using LayoutPtr = std::shared_ptr<PangoLayout>;

/// A laid-out piece of text, with the rectangles (relative to its top left) of its links.
struct TextBox {
    LayoutPtr layout;
    double width = 0;
    double height = 0;
    struct Link {
        std::string target; ///< the anchor, without '#'
        double x, y, w, h;
    };
    std::vector<Link> links;
};

class Typesetter {
  public:
    Typesetter(cairo_t* cr, const std::string& language);
    ~Typesetter();
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;

    /// Lays out `runs` in `width` points at `size` points; `bold` makes the whole text bold.
    TextBox text(const blocks::Inline& runs, double width, double size, bool bold = false,
                 PangoAlignment alignment = PANGO_ALIGN_LEFT) const;
    TextBox plain(const std::string& text, double width, double size, bool bold = false,
                  PangoAlignment alignment = PANGO_ALIGN_LEFT) const;
    /// True when the font map resolves kFontFamily to itself (fonts-noto-cjk is installed).
    bool hasCjkFont() const;

  private:
    PangoContext* context_ = nullptr;
};

/// Draws the box at (x, y), with PDF links over its linked runs.
void drawText(cairo_t* cr, const TextBox& box, double x, double y);

/// An unbreakable part of the flow.
struct Piece {
    double height = 0;
    double spaceBefore = 0;
    bool pageBreakBefore = false;
    bool keepWithNext = false;     ///< headings: never last on a page
    const Piece* header = nullptr; ///< table rows: the header drawn again at the top of a new page
    std::string anchor;            ///< a named destination at the piece's top
    int outlineLevel = 0;          ///< > 0: a bookmark at this depth
    std::string outlineTitle;
    std::function<void(cairo_t*, double y)> draw;
};

/// Cuts the document's blocks into pieces. The contents' entries read their page numbers from `anchorPages`
/// when drawn (filled by the writer after pagination). Pieces refer to one another: the vector must not grow
/// after this returns. Laying out is the slow part of a large report: `cancel` is checked between blocks (an
/// empty result then).
std::vector<Piece> buildPieces(const blocks::Document& document, const Typesetter& typesetter,
                               const std::map<std::string, int>& anchorPages, const std::atomic<bool>* cancel);

void drawCover(cairo_t* cr, const Typesetter& typesetter, const blocks::Cover& cover);
/// The running title at the top and "Page n of m" at the bottom.
void drawFrame(cairo_t* cr, const Typesetter& typesetter, const blocks::Document& document, int page, int pages);

/// "#rrggbb" to a cairo source colour.
void setColor(cairo_t* cr, std::string_view hex, double alpha = 1.0);

} // namespace dw::report::pdf
