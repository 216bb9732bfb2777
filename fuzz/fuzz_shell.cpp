// libFuzzer entry point; the harness body is in harness_shell.h (shared with tests/tst_fuzz_regressions.cpp).
#include "harness_shell.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return dw::fuzz::runShellHarness(data, size);
}
