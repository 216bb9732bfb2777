// libFuzzer entry point; the harness body is in harness_image_files.h (shared with tests/tst_fuzz_regressions.cpp).
#include "harness_image_files.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return dw::fuzz::runImageFilesHarness(data, size);
}
