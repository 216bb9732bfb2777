#include "hostcheck/category.h"

namespace dw::hostcheck {

CheckCategory categoryOf(const std::string& rule)
{
    if (rule.size() < 4 || rule.compare(0, 3, "DWH") != 0) return CheckCategory::Other;
    if (rule == "DWH501") return CheckCategory::Daemon; // CIS 5.1 swarm mode is about the host
    switch (rule[3]) {
    case '5':
        return CheckCategory::Container;
    case '2':
        return CheckCategory::Daemon;
    case '4':
        return CheckCategory::Image;
    default:
        return CheckCategory::Other;
    }
}

} // namespace dw::hostcheck
