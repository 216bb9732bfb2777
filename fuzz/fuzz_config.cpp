// libFuzzer entry point; the harness body is in harness_config.h (shared with tests/tst_fuzz_regressions.cpp).
#include "harness_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return dw::fuzz::runConfigHarness(data, size);
}
