// What a host check reports: one problem of a container, image or daemon (findings::SubjectFinding).
#pragma once

#include "findings/check_info.h"

namespace dw::hostcheck {

using HostFinding = findings::SubjectFinding;

} // namespace dw::hostcheck
