// libFuzzer entry point; the harness body is in harness_parser.h (shared with tests/tst_fuzz_regressions.cpp).
#include "harness_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return dw::fuzz::runParserHarness(data, size);
}
