// What a host check inspects, from its id: DWH5xx containers (but DWH501, swarm mode, is about the daemon),
// DWH2xx the daemon, DWH4xx images. The host report counts findings by it.
#pragma once

#include <string>

namespace dw::hostcheck {

enum class CheckCategory { Container, Daemon, Image, Other };

/// From the id: "DWH5.." container (but DWH501 daemon), "DWH2.." daemon, "DWH4.." image, anything else Other.
CheckCategory categoryOf(const std::string& rule);

} // namespace dw::hostcheck
