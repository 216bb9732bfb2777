// SHA-256 through libcrypto's EVP interface (which uses the CPU's SHA instructions where it has them), with
// libcrypto opened by dlopen on first use: linked, its initialisers and some 4,000 symbol relocations cost every
// start of the programs about 3 ms, and only image digests and Docker context names need it.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace dw::util {

class Sha256 {
  public:
    /// Throws std::runtime_error, saying why, when libcrypto cannot be loaded.
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::string_view bytes);
    /// The 32-byte digest; the object is spent afterwards.
    std::array<unsigned char, 32> finishBytes();
    /// "sha256:<64 lower-case hex digits>"; the object is spent afterwards.
    std::string finish();

    static std::string of(std::string_view bytes);
    /// The 64 lower-case hex digits of the digest of `bytes`.
    static std::string hexOf(std::string_view bytes);

  private:
    void* context_; ///< an EVP_MD_CTX
};

} // namespace dw::util
