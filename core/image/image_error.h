// Errors of the image sources: a stable kind plus one line that names the archive member, blob or image
// it is about. Hostile archives are expected input, so every way an archive can be wrong has a kind here.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace dw::image {

enum class ImageErrorKind {
    Io,            ///< the file or directory cannot be opened or read
    Corrupt,       ///< broken tar, gzip or zstd data, or an archive cut short (the message names the member)
    LimitExceeded, ///< a safety limit was hit: uncompressed bytes, compression ratio, entries, path length
    BadManifest,   ///< manifest/index/config missing, malformed, or not matching what the archive holds
    NotFound,      ///< the requested image is not in the archive (the message lists those that are)
    NotAnImage,    ///< readable, but not a docker save tarball or an OCI image layout
    Cancelled,     ///< the caller's cancellation flag was raised
    Engine,        ///< the daemon refused or failed to send the image
    MissingLibrary,///< libarchive or libcrypto, opened on first use, cannot be loaded
};

/// Stable text of a kind ("corrupt", "limit-exceeded", ...), for JSON output and logs.
inline const char* imageErrorKindName(ImageErrorKind kind)
{
    switch (kind) {
    case ImageErrorKind::Io:
        return "io";
    case ImageErrorKind::Corrupt:
        return "corrupt";
    case ImageErrorKind::LimitExceeded:
        return "limit-exceeded";
    case ImageErrorKind::BadManifest:
        return "bad-manifest";
    case ImageErrorKind::NotFound:
        return "not-found";
    case ImageErrorKind::NotAnImage:
        return "not-an-image";
    case ImageErrorKind::Cancelled:
        return "cancelled";
    case ImageErrorKind::Engine:
        return "engine";
    case ImageErrorKind::MissingLibrary:
        return "missing-library";
    }
    return "unknown";
}

struct ImageError {
    ImageErrorKind kind = ImageErrorKind::Corrupt;
    std::string message; ///< one line: what failed and where ("layer abc/layer.tar: gzip data is corrupt ...")
};

/// Either a value or an ImageError (the same shape as engine::Expected).
template <typename T> class ImageExpected {
  public:
    ImageExpected(T value) : state_(std::move(value)) {}
    ImageExpected(ImageError error) : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(state_); }
    T& value() { return std::get<0>(state_); }
    const ImageError& error() const { return std::get<1>(state_); }

  private:
    std::variant<T, ImageError> state_;
};

} // namespace dw::image
