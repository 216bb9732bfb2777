// Image digests ("sha256:<hex>") are written with util::Sha256, which opens libcrypto on first use.
#pragma once

#include "util/sha256.h"

namespace dw::image {

using util::Sha256;

} // namespace dw::image
