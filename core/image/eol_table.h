// End-of-life dates of the base OS releases, from a table shipped in the code (eol_table.cpp), so that an
// offline analysis still knows them.
#pragma once

#include "image/os_release.h"
#include "findings/vocabulary.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dw::image {

struct EolEntry {
    std::string_view distro;  ///< os-release ID the row is for: "ubuntu"
    std::string_view cycle;   ///< release cycle: "22.04", "3.19", "stream-9"
    std::string_view eolDate; ///< "2027-06-01": the last day of free security updates
    findings::LocalizedText note; ///< what happens after that date (paid support, rolling, approximate date), or empty
};

/// Where a release stands, for a given "now".
struct EolStatus {
    const EolEntry* entry = nullptr; ///< never null
    int64_t eolUnixSeconds = 0;      ///< eolDate at 00:00 UTC
    int64_t daysLeft = 0;            ///< days from now until eolDate, rounded up; 0 or less once it has come
    bool pastEol() const { return daysLeft <= 0; }
};

/// The date the table was last brought up to date; releases announced later are missing from it.
inline constexpr std::string_view kEolTableWritten = "2026-11";

/// The table row of this OS release, when the table knows it. Rolling releases (Debian sid, Alpine edge,
/// Arch, Wolfi) have no row.
const EolEntry* findEolEntry(const OsInfo& os);

/// The row and how far `nowUnixSeconds` is from its end of life.
std::optional<EolStatus> eolStatus(const OsInfo& os, int64_t nowUnixSeconds);

/// A note for OSes without a row: rolling releases, busybox, distroless; empty when there is nothing to say.
findings::LocalizedText osWithoutEolNote(const OsInfo& os);

/// `injected` when set (tests, reproducible reports), else the system clock.
int64_t nowOr(int64_t injectedUnixSeconds);

/// "2024-06-30" -> seconds since the epoch at 00:00 UTC; nullopt when not a valid date.
std::optional<int64_t> parseIsoDate(std::string_view date);

} // namespace dw::image
