// What the GUI benchmarks share: the process's resident memory.
#pragma once

#include <fstream>
#include <string>

namespace dw::bench {

/// VmRSS of this process in KiB, from /proc/self/status (0 when unreadable).
inline long residentKiB()
{
    std::ifstream status("/proc/self/status");
    std::string key;
    long value = 0;
    while (status >> key) {
        if (key == "VmRSS:") {
            status >> value;
            return value;
        }
        status.ignore(1 << 10, '\n');
    }
    return 0;
}

} // namespace dw::bench
