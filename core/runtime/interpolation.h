// Compose's variable interpolation (`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
// `${VAR?error}`, `${VAR:+replacement}`, `${VAR+replacement}`, `$$`) and the `.env` file it reads values from.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace dw::runtime {

using Variables = std::map<std::string, std::string, std::less<>>;

struct Interpolated {
    std::string text;
    std::string error; ///< a `${VAR:?message}` whose variable is missing, or a malformed `${`
};

/// Substitutes the variables of `text`. A variable that is not set becomes "" (as Compose does, which warns).
Interpolated interpolate(std::string_view text, const Variables& variables);

/// Parses a `.env` / `env_file` text: `NAME=value` lines, `export NAME=value`, comments, single and double quotes
/// (double quotes resolve \n and \"), values interpolated from the variables read so far and `outer`.
Variables parseEnvFile(std::string_view text, const Variables& outer = {});

} // namespace dw::runtime
