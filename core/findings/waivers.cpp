#include "findings/waivers.h"

#include <fnmatch.h>

#include <ctime>

namespace dw::findings {
namespace {

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool expired(const Waiver& waiver, const std::string& today)
{
    // ISO dates compare correctly as text.
    return !waiver.expires.empty() && waiver.expires < today;
}

bool globMatches(const std::string& glob, const std::string& text)
{
    return ::fnmatch(glob.c_str(), text.c_str(), 0) == 0;
}

std::string describe(const Waiver& waiver)
{
    std::string text = "waiver of " + waiver.rule;
    if (!waiver.target.empty()) text += " on '" + waiver.target + "'";
    if (!waiver.origin.empty()) text += " (" + waiver.origin + ")";
    return text;
}

} // namespace

bool isIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return false;
    const auto number = [&text](std::size_t at, std::size_t length) {
        int value = 0;
        for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    const int days = kDays[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0);
    return day <= days;
}

std::string todayUtc()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

bool waiverTargetMatches(std::string_view glob, std::string_view target)
{
    if (glob.empty()) return true;
    while (target.starts_with("./")) target.remove_prefix(2);
    const std::string pattern(glob);
    const std::string text(target);
    if (globMatches(pattern, text)) return true;
    if (glob.find('/') == std::string_view::npos) {
        const std::size_t slash = text.rfind('/');
        if (slash != std::string::npos && globMatches(pattern, text.substr(slash + 1))) return true;
    }
    return false;
}

WaiverLedger::WaiverLedger(std::vector<Waiver> waivers, std::string today)
    : waivers_(std::move(waivers)), today_(std::move(today)),
      matches_(std::make_unique<std::atomic<std::size_t>[]>(waivers_.size())),
      expiredHits_(std::make_unique<std::atomic<std::size_t>[]>(waivers_.size()))
{
}

std::optional<WaiverNote> WaiverLedger::match(std::string_view rule, std::string_view target)
{
    std::optional<std::size_t> firstExpired;
    for (std::size_t i = 0; i < waivers_.size(); ++i) {
        const Waiver& waiver = waivers_[i];
        if (waiver.rule != rule || !waiverTargetMatches(waiver.target, target)) continue;
        if (expired(waiver, today_)) {
            if (!firstExpired) firstExpired = i;
            continue;
        }
        matches_[i].fetch_add(1, std::memory_order_relaxed);
        return WaiverNote{waiver.reason, waiver.expires};
    }
    // Only a finding that is reported because its waiver ran out counts against that waiver.
    if (firstExpired) expiredHits_[*firstExpired].fetch_add(1, std::memory_order_relaxed);
    return std::nullopt;
}

bool WaiverLedger::holds(std::string_view rule, std::string_view target) const
{
    for (const Waiver& waiver : waivers_)
        if (waiver.rule == rule && waiverTargetMatches(waiver.target, target) && !expired(waiver, today_)) return true;
    return false;
}

std::vector<std::string> WaiverLedger::warnings() const
{
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < waivers_.size(); ++i) {
        if (expiredHits_[i].load(std::memory_order_relaxed) > 0)
            lines.push_back(describe(waivers_[i]) + " expired on " + waivers_[i].expires + "; " +
                            std::to_string(expiredHits_[i].load(std::memory_order_relaxed)) +
                            " finding(s) are reported again");
        else if (matches_[i].load(std::memory_order_relaxed) == 0)
            lines.push_back(describe(waivers_[i]) + " matches no finding");
    }
    return lines;
}

} // namespace dw::findings
