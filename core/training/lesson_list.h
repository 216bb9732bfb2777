// The built-in lessons' files (resources/lessons/*.yaml), compiled in by core/CMakeLists.txt.
#pragma once

#include <utility>
#include <vector>

namespace dw::training {

extern const std::vector<std::pair<const char*, const char*>> kBuiltinLessons;

} // namespace dw::training
