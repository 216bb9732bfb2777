// Fuzz harness body: an image archive (docker save tarball or OCI layout in a tar, any compression) read from
// memory with low safety limits, the secret scanner and package-file inspector watching, then the whole
// analysis (layers, OS, packages, image checks; no scanner) and the SBOM of what was read.
//
// Invariant: an error is one of the documented kinds with a message; nothing else is checked beyond "no crash,
// no leak, no hang".
#pragma once

#include "harness_support.h"

#include "image/content_scanner.h"
#include "image/image_analyzer.h"
#include "image/image_source_archive.h"
#include "image/packages_inspector.h"
#include "image/sbom.h"

#include <archive.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace dw::fuzz {

/// Limits low enough that a bomb is stopped after a few MB, high enough for the seed images.
inline image::ReadLimits fuzzImageLimits()
{
    image::ReadLimits limits;
    limits.maxLayerBytes = 4u << 20;
    limits.maxTotalBytes = 8u << 20;
    limits.maxCompressionRatio = 50;
    limits.ratioFloorBytes = 256u << 10;
    limits.maxEntriesPerLayer = 2000;
    limits.maxPathLength = 512;
    limits.maxJsonBytes = 256u << 10;
    return limits;
}

inline int runImageHarness(const std::uint8_t* data, std::size_t size)
{
    struct Free {
        void operator()(archive* a) const { archive_read_free(a); }
    };
    std::unique_ptr<archive, Free> outer(image::newOuterArchiveReader());
    image::OuterSource source;
    source.label = "fuzz.tar";
    source.totalBytes = size;
    if (archive_read_open_memory(outer.get(), data, size) != ARCHIVE_OK) {
        (void)image::outerOpenFailure(outer.get(), source.label,
                                      std::string_view(reinterpret_cast<const char*>(data), size < 8 ? size : 8));
        return 0;
    }
    image::ContentScanner scanner;
    image::PackageFilesInspector packageFiles;
    image::ReadOptions read;
    read.inspectors = {&scanner, &packageFiles};
    read.limits = fuzzImageLimits();
    auto result = image::readOpenedArchive(outer.get(), source, read);
    if (!result) {
        if (result.error().message.empty()) invariantFailed("image error without a message");
        return 0;
    }
    image::AnalyzeOptions analyze;
    analyze.limits = read.limits;
    analyze.runScanner = false;
    analyze.nowUnixSeconds = 1'780'000'000;
    image::ImageSourceSpec spec{image::SourceKind::Archive, "fuzz.tar", ""};
    const image::ImageReport report = image::analyzeReadImage(std::move(result.value()), spec, analyze);
    image::SbomOptions sbom{"urn:uuid:00000000-0000-4000-8000-000000000000", "2026-01-01T00:00:00Z", "fuzz"};
    (void)image::cycloneDxJson(report.image, report.os, report.packages, sbom);
    return 0;
}

} // namespace dw::fuzz
