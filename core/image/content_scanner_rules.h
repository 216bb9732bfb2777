// Inside the content scanner (content_scanner.h): the per-format rules and the sink they report to. Only
// content_scanner*.cpp include this.
#pragma once

#include "image/content_inspector.h"

#include "util/lexical_path.h"
#include "util/text.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace dw::image::content {

/// Collects the hits of one file and gives them line numbers.
class HitSink {
  public:
    HitSink(const LayerEntry& entry, std::string_view body, std::size_t limit, LayerContent& out)
        : m_entry(entry), m_body(body), m_limit(limit), m_out(out)
    {
    }
    /// Records `evidence` + " at line N", N being the line of byte `offset` of the body.
    void add(std::string_view rule, std::string evidence, std::size_t offset);
    bool full() const { return m_count >= m_limit; }
    std::size_t count() const { return m_count; }

  private:
    const LayerEntry& m_entry;
    std::string_view m_body;
    std::size_t m_limit;
    LayerContent& m_out;
    std::size_t m_count = 0;
    std::size_t m_lineOffset = 0; ///< line counting resumes here when offsets grow
    std::size_t m_line = 1;
};

/// One line of a body and where it starts.
struct Line {
    std::string_view text; ///< without the line break (a trailing '\r' removed)
    std::size_t offset = 0;
};

/// Calls `visit(Line)` for each line of `body`.
template <typename Visit> void forEachLine(std::string_view body, Visit&& visit)
{
    std::size_t start = 0;
    while (start < body.size()) {
        std::size_t end = body.find('\n', start);
        if (end == std::string_view::npos) end = body.size();
        std::string_view text = body.substr(start, end - start);
        if (text.ends_with('\r')) text.remove_suffix(1);
        visit(Line{text, start});
        start = end + 1;
    }
}

using util::trimmed;
using util::baseName;

/// DWI101: private key blocks with a key body after the header.
void scanPrivateKeys(std::string_view body, HitSink& sink);
/// DWI102: token formats and JWTs anywhere in the body.
void scanTokens(std::string_view body, HitSink& sink);

/// DWI103-105: the file is one of the formats these rules know; returns false when `path` is none of them.
bool scanEnvFile(std::string_view path, std::string_view body, HitSink& sink);
bool scanCredentialConfig(std::string_view path, std::string_view body, HitSink& sink);
bool scanShadow(std::string_view path, std::string_view body, HitSink& sink);

} // namespace dw::image::content
