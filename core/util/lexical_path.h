// Lexical path arithmetic on plain strings, for the paths of a lint run: std::filesystem's lexically_normal() and
// lexically_relative() split every path into a list of components, which costs more than the lint of a small file.
// These handle the common shapes and say when a path is not one of them, so the caller can fall back.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dw::util {

/// (base / path).lexically_normal().generic_string() for a lexically normal absolute `base` (ignored when `path`
/// is absolute), worked out on the strings. nullopt when `path` has an empty component (a doubled or trailing
/// slash) or ends in "." or "..", whose normal forms keep a trailing slash: std::filesystem handles those.
std::optional<std::string> joinNormal(std::string_view base, std::string_view path);

/// What path.lexically_relative(base) gives for two lexically normal absolute paths when `path` lies strictly
/// below `base`; nullopt otherwise (the relative path would be "." or start with "..").
std::optional<std::string_view> pathBelow(std::string_view path, std::string_view base);

/// The last component of a POSIX path: "/usr/bin/env" -> "env", "env" -> "env", "dir/" -> "".
constexpr std::string_view baseName(std::string_view path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

/// The same, splitting on '\' too, for paths that may be Windows ones: a SHELL of "C:\Windows\cmd.exe", the
/// sources of ADD in a Windows image.
constexpr std::string_view baseNameAnySeparator(std::string_view path)
{
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

} // namespace dw::util
