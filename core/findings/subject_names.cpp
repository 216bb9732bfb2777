#include "findings/subject_names.h"

namespace dw::findings {
namespace {
bool isPlaceholder(std::string_view reference)
{
    return reference.empty() || reference.starts_with("<none>");
}
} // namespace

std::string shortId(std::string_view id)
{
    if (id.starts_with("sha256:")) id.remove_prefix(7);
    return std::string(id.substr(0, 12));
}

std::string containerDisplayName(std::string_view name, std::string_view id)
{
    if (name.starts_with('/')) name.remove_prefix(1);
    return name.empty() ? shortId(id) : std::string(name);
}

std::string imageDisplayName(const std::vector<std::string>& repoTags, const std::vector<std::string>& repoDigests,
                             std::string_view id)
{
    for (const std::string& tag : repoTags)
        if (!isPlaceholder(tag)) return tag;
    for (const std::string& digest : repoDigests)
        if (!isPlaceholder(digest)) return digest;
    return shortId(id);
}

} // namespace dw::findings
