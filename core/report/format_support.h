// Helpers shared by the report encoders (not part of the public API).
#pragma once

#include "report/report.h"
#include "util/gathered_writes.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iosfwd>

#include <string>
#include <string_view>

namespace dw::report::formats {

using Json = nlohmann::ordered_json;

inline constexpr char32_t kReplacementCharacter = U'\uFFFD';

/// The text in `language`, falling back to English when there is no translation.
const std::string& localized(const findings::LocalizedText& text, findings::Language language);

/// Decodes the UTF-8 code point at `index` and advances past it; an invalid byte yields U+FFFD.
char32_t decodeCodePoint(std::string_view text, std::size_t& index);
void appendUtf8(std::string& out, char32_t codePoint);

/// Pretty-printed JSON with invalid UTF-8 replaced by U+FFFD, ending in a newline.
std::string dumpJson(const Json& json);

/// Text from a Dockerfile or a daemon may hold escape sequences; they are shown, never sent to the terminal.
std::string terminalSafe(std::string_view text);

/// A finding's message with its evidence: "message (evidence)".
std::string messageWithEvidence(const findings::Finding& finding, findings::Language language);

/// A report's findings and waived findings (each with its "waiver") as JSON lists.
Json reportFindingsJson(const scan::ScanReport& report, findings::Language language);
Json reportWaivedJson(const scan::ScanReport& report, findings::Language language);

/// The documents of the host and image reports (host_json.cpp, image_json.cpp), without the tool header.
Json hostDocument(const scan::ScanReport& report, findings::Language language);
Json imageDocument(const scan::ScanReport& report, findings::Language language);
/// The text of the host and image reports (host_text.cpp, image_text.cpp).
std::string hostText(const scan::ScanReport& report, const FormatOptions& options);
std::string imageText(const scan::ScanReport& report, const FormatOptions& options);

/// "  warning DWH505 message [evidence]" for a host or image finding.
std::string subjectFindingLine(const findings::Finding& finding, findings::Language language);

/// A gatherer (util::GatheredWrites) whose runs are written to `stream`.
util::GatheredWrites gatheredWritesTo(std::ostream& stream);

/// Calls `visit(codePoint)` for every code point of UTF-8 text.
template <typename Visitor> void forEachCodePoint(std::string_view text, Visitor&& visit)
{
    std::size_t index = 0;
    while (index < text.size())
        visit(decodeCodePoint(text, index));
}

} // namespace dw::report::formats
