// The end-of-life table. Written 2026-11 (kEolTableWritten) from the vendors' published life cycles; dates of
// releases that had not reached the end by then are the announced or usual ones and carry a note saying so.
// The date is the last day of free security updates for the whole release (for Debian: the end of LTS; for
// Ubuntu LTS: the end of standard support, ESM being a paid extension).
#include "image/eol_table.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <vector>

namespace dw::image {
namespace {

using findings::LocalizedText;

const LocalizedText kDebianLts{
    "The date is the end of Debian LTS: ordinary security support stopped about two years before, and after it "
    "only paid extended support remains.",
    "该日期为 Debian LTS 的结束日：常规安全支持约在两年前已经停止，此后只剩付费的扩展支持。"};
const LocalizedText kEstimated{"The date was announced in advance or estimated from the usual cycle; the vendor's "
                               "own page has the final word.",
                               "该日期为提前公布或按惯常周期估算的日期，以厂商页面为准。"};
const LocalizedText kUbuntuInterim{"An interim Ubuntu release: nine months of updates, no ESM.",
                                   "Ubuntu 过渡版本：只有九个月的更新，没有 ESM。"};
const LocalizedText kRhelEls{"Red Hat sells Extended Life-cycle Support beyond this date.",
                             "此日期之后 Red Hat 另行出售延长生命周期支持（ELS）。"};
const LocalizedText kCentosLinux{"CentOS Linux ended with no successor release; move to CentOS Stream, Rocky Linux, "
                                 "AlmaLinux or RHEL.",
                                 "CentOS Linux 已停止且没有后继版本；请迁移到 CentOS Stream、Rocky Linux、AlmaLinux 或 "
                                 "RHEL。"};
const LocalizedText kOracleExtended{"Oracle sells Extended Support beyond this date.",
                                    "此日期之后 Oracle 另行出售扩展支持。"};
const LocalizedText kFedora{"Fedora releases get about thirteen months of updates; the date follows the release "
                            "after next and may move by a few weeks.",
                            "Fedora 每个版本约有十三个月的更新；该日期取决于再下一个版本的发布，可能相差几周。"};

LocalizedText ubuntuLts(std::string_view esmEnd)
{
    return {"Standard support ends on this date; Ubuntu Pro (ESM) keeps security fixes coming until " +
                std::string(esmEnd) + ".",
            "标准支持在此日期结束；Ubuntu Pro（ESM）会继续提供安全修复，直到 " + std::string(esmEnd) + "。"};
}

const std::vector<EolEntry>& table()
{
    static const std::vector<EolEntry> rows = {
        {"debian", "7", "2018-05-31", kDebianLts},
        {"debian", "8", "2020-06-30", kDebianLts},
        {"debian", "9", "2022-06-30", kDebianLts},
        {"debian", "10", "2024-06-30", kDebianLts},
        {"debian", "11", "2026-08-31", kDebianLts},
        {"debian", "12", "2028-06-30", kDebianLts},
        {"debian", "13", "2030-06-30", kEstimated},

        {"ubuntu", "14.04", "2019-04-30", ubuntuLts("2024-04")},
        {"ubuntu", "16.04", "2021-04-30", ubuntuLts("2026-04")},
        {"ubuntu", "18.04", "2023-05-31", ubuntuLts("2028-04")},
        {"ubuntu", "20.04", "2025-05-31", ubuntuLts("2030-04")},
        {"ubuntu", "20.10", "2021-07-22", kUbuntuInterim},
        {"ubuntu", "21.04", "2022-01-20", kUbuntuInterim},
        {"ubuntu", "21.10", "2022-07-14", kUbuntuInterim},
        {"ubuntu", "22.04", "2027-06-01", ubuntuLts("2032-04")},
        {"ubuntu", "22.10", "2023-07-20", kUbuntuInterim},
        {"ubuntu", "23.04", "2024-01-25", kUbuntuInterim},
        {"ubuntu", "23.10", "2024-07-11", kUbuntuInterim},
        {"ubuntu", "24.04", "2029-05-31", ubuntuLts("2034-04")},
        {"ubuntu", "24.10", "2025-07-10", kUbuntuInterim},
        {"ubuntu", "25.04", "2026-01-15", kUbuntuInterim},
        {"ubuntu", "25.10", "2026-07-09", kUbuntuInterim},
        {"ubuntu", "26.04", "2031-05-31", ubuntuLts("2036-04")},

        {"alpine", "3.7", "2019-11-01", {}},
        {"alpine", "3.8", "2020-05-01", {}},
        {"alpine", "3.9", "2020-11-01", {}},
        {"alpine", "3.10", "2021-05-01", {}},
        {"alpine", "3.11", "2021-11-01", {}},
        {"alpine", "3.12", "2022-05-01", {}},
        {"alpine", "3.13", "2022-11-01", {}},
        {"alpine", "3.14", "2023-05-01", {}},
        {"alpine", "3.15", "2023-11-01", {}},
        {"alpine", "3.16", "2024-05-23", {}},
        {"alpine", "3.17", "2024-11-22", {}},
        {"alpine", "3.18", "2025-05-09", {}},
        {"alpine", "3.19", "2025-11-01", {}},
        {"alpine", "3.20", "2026-04-01", {}},
        {"alpine", "3.21", "2026-11-01", {}},
        {"alpine", "3.22", "2027-05-01", {}},
        {"alpine", "3.23", "2027-11-01", {}},
        {"alpine", "3.24", "2028-05-01", kEstimated},

        {"centos", "6", "2020-11-30", kCentosLinux},
        {"centos", "7", "2024-06-30", kCentosLinux},
        {"centos", "8", "2021-12-31", kCentosLinux},
        {"centos", "stream-8", "2024-05-31", {}},
        {"centos", "stream-9", "2027-05-31", kEstimated},
        {"centos", "stream-10", "2030-01-01", kEstimated},

        {"rhel", "6", "2020-11-30", kRhelEls},
        {"rhel", "7", "2024-06-30", kRhelEls},
        {"rhel", "8", "2029-05-31", kRhelEls},
        {"rhel", "9", "2032-05-31", kRhelEls},
        {"rhel", "10", "2035-05-31", kRhelEls},

        {"rocky", "8", "2029-05-31", {}},
        {"rocky", "9", "2032-05-31", {}},
        {"rocky", "10", "2035-05-31", kEstimated},

        {"almalinux", "8", "2029-03-01", {}},
        {"almalinux", "9", "2032-05-31", {}},
        {"almalinux", "10", "2035-05-31", kEstimated},

        {"fedora", "36", "2023-05-16", kFedora},
        {"fedora", "37", "2023-12-05", kFedora},
        {"fedora", "38", "2024-05-21", kFedora},
        {"fedora", "39", "2024-11-26", kFedora},
        {"fedora", "40", "2025-05-13", kFedora},
        {"fedora", "41", "2025-12-15", kFedora},
        {"fedora", "42", "2026-05-13", kFedora},
        {"fedora", "43", "2026-12-09", kFedora},
        {"fedora", "44", "2027-05-19", kFedora},

        {"amzn", "2018.03", "2023-12-31", {}},
        {"amzn", "2", "2026-06-30", {}},
        {"amzn", "2023", "2029-06-30", {}},

        {"opensuse-leap", "15.0", "2019-12-03", {}},
        {"opensuse-leap", "15.1", "2021-02-02", {}},
        {"opensuse-leap", "15.2", "2021-12-31", {}},
        {"opensuse-leap", "15.3", "2022-12-31", {}},
        {"opensuse-leap", "15.4", "2023-12-07", {}},
        {"opensuse-leap", "15.5", "2024-12-31", {}},
        {"opensuse-leap", "15.6", "2026-04-30", {}},
        {"opensuse-leap", "16.0", "2027-10-31", kEstimated},

        {"ol", "6", "2021-03-01", kOracleExtended},
        {"ol", "7", "2024-12-31", kOracleExtended},
        {"ol", "8", "2029-07-31", kOracleExtended},
        {"ol", "9", "2032-06-30", kOracleExtended},
        {"ol", "10", "2035-06-30", kEstimated},
    };
    return rows;
}

const std::pair<std::string_view, std::string_view> kDebianCodenames[] = {
    {"wheezy", "7"},    {"jessie", "8"},    {"stretch", "9"}, {"buster", "10"},
    {"bullseye", "11"}, {"bookworm", "12"}, {"trixie", "13"},
};

std::string_view major(std::string_view version)
{
    return version.substr(0, version.find('.'));
}

/// "3.19.1" -> "3.19"
std::string_view firstTwo(std::string_view version)
{
    auto dot = version.find('.');
    if (dot == std::string_view::npos) return version;
    auto second = version.find('.', dot + 1);
    return version.substr(0, second);
}

/// The table's cycle name for this release; empty for rolling or unknown releases.
std::string cycleOf(const OsInfo& os)
{
    const std::string& v = os.versionId;
    if (os.id == "debian") {
        if (!v.empty()) return std::string(major(v));
        for (auto [codename, number] : kDebianCodenames)
            if (os.versionCodename == codename) return std::string(number);
        return {};
    }
    if (os.id == "alpine") {
        if (v.find('_') != std::string::npos || os.prettyName.find("edge") != std::string::npos) return {};
        return std::string(firstTwo(v));
    }
    if (os.id == "centos") {
        bool stream = os.name.find("Stream") != std::string::npos || os.prettyName.find("Stream") != std::string::npos;
        std::string number(major(v));
        const bool numeric = !number.empty() && number.size() <= 4 &&
                             std::ranges::all_of(number, [](unsigned char c) { return std::isdigit(c) != 0; });
        if (!stream && numeric && std::stoi(number) >= 9) stream = true; // there is no CentOS Linux 9
        return stream ? "stream-" + number : number;
    }
    if (os.id == "rhel" || os.id == "rocky" || os.id == "almalinux" || os.id == "ol") return std::string(major(v));
    return v;
}

} // namespace

int64_t nowOr(int64_t injectedUnixSeconds)
{
    if (injectedUnixSeconds != 0) return injectedUnixSeconds;
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::optional<int64_t> parseIsoDate(std::string_view date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    auto num = [&](std::size_t at, std::size_t len, int& out) {
        auto [end, ec] = std::from_chars(date.data() + at, date.data() + at + len, out);
        return ec == std::errc{} && end == date.data() + at + len;
    };
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d) || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    // Days from 1970-01-01 (Howard Hinnant's days_from_civil).
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return int64_t(era * 146097 + doe - 719468) * 86400;
}

const EolEntry* findEolEntry(const OsInfo& os)
{
    if (!os.identified()) return nullptr;
    std::string cycle = cycleOf(os);
    if (cycle.empty()) return nullptr;
    auto it = std::ranges::find_if(table(), [&](const EolEntry& e) { return e.distro == os.id && e.cycle == cycle; });
    return it == table().end() ? nullptr : &*it;
}

std::optional<EolStatus> eolStatus(const OsInfo& os, int64_t nowUnixSeconds)
{
    const EolEntry* entry = findEolEntry(os);
    if (!entry) return std::nullopt;
    auto eol = parseIsoDate(entry->eolDate);
    if (!eol) return std::nullopt;
    int64_t diff = *eol - nowUnixSeconds;
    int64_t days = diff >= 0 ? (diff + 86399) / 86400 : -((-diff) / 86400);
    return EolStatus{entry, *eol, days};
}

findings::LocalizedText osWithoutEolNote(const OsInfo& os)
{
    if (!os.identified()) {
        if (os.busybox)
            return {"A busybox image: there is no distribution release behind it to track; keep the busybox "
                    "version itself current.",
                    "busybox 镜像：背后没有可跟踪的发行版版本；请让 busybox 本身保持最新。"};
        return {"No os-release: a scratch or distroless-style image, or the file was removed.",
                "没有 os-release：可能是 scratch 或类 distroless 镜像，或者该文件已被删除。"};
    }
    if (os.id == "wolfi" || os.id == "chainguard" || os.id == "arch" || os.id == "opensuse-tumbleweed" ||
        (os.id == "alpine" && cycleOf(os).empty()) || (os.id == "debian" && cycleOf(os).empty()))
        return {"A rolling release: it has no end-of-life date, it stays supported only while it is rebuilt.",
                "滚动发行版：没有生命周期结束日期，只有持续重新构建才能保持受支持。"};
    if (os.prettyName.find("Distroless") != std::string::npos)
        return {"A distroless image: it follows the Debian release it was built from.",
                "distroless 镜像：其支持周期跟随构建它所用的 Debian 版本。"};
    return {};
}

} // namespace dw::image
