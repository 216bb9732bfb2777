// The JSON-array reading of exec-form arguments, with the semantics of Go's encoding/json that BuildKit uses.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dw::df {

enum class JsonArrayStatus {
    StringArray,    ///< a valid JSON array of strings: exec form
    NotStringArray, ///< valid JSON array with a non-string element: BuildKit rejects the file
    Invalid,        ///< not valid JSON: BuildKit falls back to shell form
};

struct JsonString {
    std::string value;     ///< decoded (invalid UTF-8 and lone surrogates become U+FFFD)
    std::size_t begin = 0; ///< offset of the opening quote in the text
    std::size_t end = 0;   ///< one past the closing quote
};

JsonArrayStatus parseJsonArray(std::string_view text, std::vector<JsonString>& items);

} // namespace dw::df
