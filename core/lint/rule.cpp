#include "lint/rule.h"

namespace dw::lint {

Finding Rule::finding(const df::Range& range) const { return finding(range, info().title); }

Finding Rule::finding(const df::Range& range, LocalizedText message) const
{
    Finding f;
    f.rule = std::string(info().id);
    f.severity = info().severity;
    f.range = range;
    f.message = std::move(message);
    return f;
}

} // namespace dw::lint
