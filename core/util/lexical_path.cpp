#include "util/lexical_path.h"

namespace dw::util {

std::optional<std::string> joinNormal(std::string_view base, std::string_view path)
{
    if (path.empty()) return std::nullopt;
    std::string normal; // absolute, without a trailing slash: empty stands for the root
    if (path.front() == '/') {
        path.remove_prefix(1);
    } else {
        if (base.empty() || base.front() != '/') return std::nullopt;
        if (base.size() > 1) normal.assign(base);
    }
    normal.reserve(normal.size() + path.size() + 1);
    std::string_view component;
    for (std::size_t start = 0; start <= path.size();) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        component = path.substr(start, end - start);
        if (component.empty()) return std::nullopt;
        if (component == "..") {
            if (!normal.empty()) normal.resize(normal.rfind('/')); // ".." at the root stays there
        } else if (component != ".") {
            normal += '/';
            normal += component;
        }
        start = end + 1;
    }
    if (component == "." || component == "..") return std::nullopt;
    return normal;
}

std::optional<std::string_view> pathBelow(std::string_view path, std::string_view base)
{
    if (base == "/") {
        if (path.size() > 1 && path.front() == '/') return path.substr(1);
        return std::nullopt;
    }
    if (path.size() > base.size() + 1 && path.starts_with(base) && path[base.size()] == '/')
        return path.substr(base.size() + 1);
    return std::nullopt;
}

} // namespace dw::util
