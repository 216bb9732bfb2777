// The report as PDF through cairo and Pango: Pango shapes every script with "Noto Sans CJK SC" (asked for by
// name, so Chinese gets its Simplified forms), cairo embeds the font subsets with their text, so the PDF's text is
// selectable and searchable. The blocks are cut into pieces that never break (a heading, a paragraph, a table row,
// a chart); pieces flow onto A4 pages, table headers repeat on every page, chapters start a page. Contents
// entries and in-report links are PDF links to named destinations; chapters are bookmarks.
#include "report/pdf/pdf_module.h"
#include "report/pdf/report_pdf_pieces.h"

#include <cairo-pdf.h>

#include <map>

namespace dw::report {
namespace {

using namespace blocks;
using namespace pdf;

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct Placed {
    const Piece* piece;
    double y;
};

/// Assigns every piece a page and a y, repeating table headers; page 0 is the cover.
std::vector<std::vector<Placed>> paginate(const std::vector<Piece>& pieces, const std::atomic<bool>* cancel)
{
    std::vector<std::vector<Placed>> pages(1);
    double y = kContentTop;
    auto newPage = [&] {
        pages.emplace_back();
        y = kContentTop;
    };
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (cancel && cancel->load(std::memory_order_relaxed)) return {};
        const Piece& piece = pieces[i];
        if (piece.pageBreakBefore && !(pages.size() > 1 && pages.back().empty())) newPage();
        // A heading, a table's header and its first row go together: sum the chain of pieces kept with the next.
        double needed = piece.spaceBefore + piece.height;
        for (std::size_t next = i; pieces[next].keepWithNext && next + 1 < pieces.size(); ++next)
            needed += pieces[next + 1].spaceBefore + pieces[next + 1].height;
        if (y + needed > kContentBottom && !pages.back().empty() && pages.size() > 1) {
            newPage();
            if (piece.header) {
                pages.back().push_back({piece.header, y});
                y += piece.header->height;
            }
        }
        if (!pages.back().empty() || pages.size() == 1) y += piece.spaceBefore;
        pages.back().push_back({&piece, y});
        y += piece.height;
    }
    return pages;
}

std::string writePdf(const Document& document, std::string& error, std::vector<std::string>& warnings,
                     const std::atomic<bool>* cancel)
{
    std::string bytes;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(appendToString, &bytes, kPageWidth, kPageHeight);
    cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Dockwarden");
    cairo_t* cr = cairo_create(surface);
    Typesetter typesetter(cr, document.language);
    if (!typesetter.hasCjkFont())
        warnings.push_back("the font \"" + std::string(kFontFamily) +
                           "\" is not installed (Debian: fonts-noto-cjk); Chinese text may not show in the PDF");

    std::map<std::string, int> anchorPages;
    std::vector<Piece> pieces = buildPieces(document, typesetter, anchorPages, cancel);
    const auto pages = paginate(pieces, cancel);
    bool cancelled = pages.empty() || (cancel && cancel->load(std::memory_order_relaxed));
    for (std::size_t page = 0; !cancelled && page < pages.size(); ++page)
        for (const Placed& placed : pages[page])
            if (!placed.piece->anchor.empty()) anchorPages.emplace(placed.piece->anchor, int(page) + 1);

    std::map<int, int> outlineParents{{0, CAIRO_PDF_OUTLINE_ROOT}};
    for (std::size_t page = 0; !cancelled && page < pages.size(); ++page) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            break;
        }
        if (page == 0) drawCover(cr, typesetter, document.cover);
        else drawFrame(cr, typesetter, document, int(page) + 1, int(pages.size()));
        for (const Placed& placed : pages[page]) {
            const Piece& piece = *placed.piece;
            if (!piece.anchor.empty()) {
                const std::string dest = "name='" + piece.anchor + "' x=0 y=" + std::to_string(placed.y - 6);
                cairo_tag_begin(cr, CAIRO_TAG_DEST, dest.c_str());
                cairo_tag_end(cr, CAIRO_TAG_DEST);
            }
            if (piece.outlineLevel > 0) {
                const int parent = outlineParents.count(piece.outlineLevel - 1) ? outlineParents[piece.outlineLevel - 1]
                                                                               : CAIRO_PDF_OUTLINE_ROOT;
                const std::string link = "dest='" + piece.anchor + "'";
                outlineParents[piece.outlineLevel] = cairo_pdf_surface_add_outline(
                    surface, parent, piece.outlineTitle.c_str(), link.c_str(), cairo_pdf_outline_flags_t(0));
            }
            piece.draw(cr, placed.y);
        }
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (cancelled) {
        error = "cancelled";
        return {};
    }
    if (status != CAIRO_STATUS_SUCCESS) {
        error = std::string("cannot draw the PDF: ") + cairo_status_to_string(status);
        return {};
    }
    return bytes;
}

} // namespace
} // namespace dw::report

extern "C" __attribute__((visibility("default"))) const dw::report::pdf::ModuleApi* dockwarden_pdf_module()
{
    static const dw::report::pdf::ModuleApi api{dw::report::pdf::kModuleApiVersion, &dw::report::writePdf};
    return &api;
}
