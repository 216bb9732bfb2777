// A FileReader for the Compose reader over a map of path -> text, so that tests need no files on disk.
#pragma once

#include "runtime/compose_reader.h"

#include <map>
#include <string>

namespace dw::test {

inline runtime::FileReader fileMap(std::map<std::string, std::string> files)
{
    return [files = std::move(files)](const std::string& path, std::string& error) -> std::optional<std::string> {
        const auto found = files.find(path);
        if (found == files.end()) {
            error = "not found";
            return std::nullopt;
        }
        return found->second;
    };
}

} // namespace dw::test
