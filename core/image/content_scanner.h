// The content scanner: the ContentInspector that looks for secrets in the bodies of the files a layer ships.
//
// It asks for the first kDefaultBodyCap bytes of every regular file that may be text (known binary extensions,
// compressed archives and fonts are never asked for) and drops a body at once when its first 512 bytes hold a
// NUL byte (ELF binaries, images, databases). In what is left it records ContentHits for the DWI1nn checks:
//
//   DWI101  private key blocks (PEM, OpenSSH, PGP), also in certificate bundles; public certificates are fine
//   DWI102  cloud and API credentials recognised by their token format (util/secrets.h)
//   DWI103  `.env` files that assign a real value to a secret-looking name
//   DWI104  credential configs with auth in them: .npmrc, .pypirc, .git-credentials (and a .git/config remote
//           URL with a password), .docker/config.json, .netrc, ~/.aws/credentials
//   DWI105  shadow files with a password hash (a locked `*`/`!` account is fine; an empty field is worse)
//
// A file that a config rule (DWI103-105) already reported is not reported again by DWI102. Evidence is redacted
// with secrets::redact and never holds a value; the evidence of a hit names its line ("at line 3").
#pragma once

#include "image/content_inspector.h"

#include <cstdint>
#include <string_view>

namespace dw::image {

class ContentScanner final : public ContentInspector {
  public:
    static constexpr std::uint64_t kDefaultBodyCap = 1024 * 1024;
    /// At most this many hits per file: a file full of keys is one problem, not ten thousand.
    static constexpr std::size_t kMaxHitsPerFile = 10;

    explicit ContentScanner(std::uint64_t bodyCap = kDefaultBodyCap) : m_bodyCap(bodyCap) {}

    std::uint64_t wantedBytes(const LayerEntry& entry) const override;
    void inspect(const LayerEntry& entry, std::string_view body, bool truncated, LayerContent& out) override;

  private:
    std::uint64_t m_bodyCap;
};

/// Evidence of a DWI105 hit about an account without any password starts with this (the check reports it as
/// an error; a stored hash is a warning).
inline constexpr std::string_view kEmptyPasswordEvidence = "empty password";

/// A body whose first 512 bytes hold a NUL byte: a binary that no text rule should read.
bool looksBinary(std::string_view body);

/// Paths where a key or token is most likely a sample or a test fixture of a package rather than the image's
/// own secret: documentation (usr/share/doc, man pages, examples under usr/share) and the test folders of language
/// packages (site-packages/*/tests/, node_modules/*/test/, Go's testdata/) and Python package metadata (*.dist-info).
/// The DWI1nn checks report them as info.
bool isLikelyFixturePath(std::string_view path);

} // namespace dw::image
