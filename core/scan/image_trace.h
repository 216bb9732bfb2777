// A Dockerfile scan linked to an image built from it: the image's findings about a layer are attached to the
// instruction that made that layer (the private key in layer 3 points at the COPY that put it there).
#pragma once

#include "image/dockerfile_trace.h"
#include "scan/scan_report.h"

namespace dw::scan {

struct ImageLink {
    image::DockerfileTrace trace;
    std::size_t attached = 0;   ///< image findings placed on a Dockerfile line
    std::size_t unattached = 0; ///< image findings about a layer no instruction could be matched to, or about no layer
};

/// Traces `dockerfileReport`'s parsed file (it must carry `dockerfile`) to `imageReport`'s image (it must carry
/// `image`) and appends the image's layer findings to the Dockerfile report, located at their instructions, with
/// messages that name the image and the layer. Nothing is appended when either detail is missing.
ImageLink linkImageFindings(ScanReport& dockerfileReport, const ScanReport& imageReport);

} // namespace dw::scan
