// Thrown when a library that Dockwarden opens on first use (libarchive, libcrypto) cannot be loaded: the message
// names the library and says why, and the programs show it as it is, not as an internal error.
#pragma once

#include <stdexcept>
#include <string>

namespace dw::util {

class MissingLibrary : public std::runtime_error {
  public:
    explicit MissingLibrary(const std::string& why) : std::runtime_error(why) {}
};

} // namespace dw::util
