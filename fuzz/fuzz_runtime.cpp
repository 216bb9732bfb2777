// libFuzzer entry point; the harness body is in harness_runtime.h (shared with tests/tst_fuzz_regressions.cpp).
#include "harness_runtime.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return dw::fuzz::runRuntimeHarness(data, size);
}
