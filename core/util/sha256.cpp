#include "util/sha256.h"

#include "util/missing_library.h"
#include "util/shared_library.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace dw::util {
namespace {

struct Crypto {
    EVP_MD_CTX* (*contextNew)() = nullptr;
    void (*contextFree)(EVP_MD_CTX*) = nullptr;
    const EVP_MD* (*sha256)() = nullptr;
    int (*init)(EVP_MD_CTX*, const EVP_MD*, ENGINE*) = nullptr;
    int (*update)(EVP_MD_CTX*, const void*, std::size_t) = nullptr;
    int (*final)(EVP_MD_CTX*, unsigned char*, unsigned int*) = nullptr;
    std::string problem;
};

Crypto load()
{
    Crypto crypto;
    SharedLibrary library("DOCKWARDEN_LIBCRYPTO", "libcrypto.so.3", "libcrypto", "for SHA-256"); // OpenSSL 3
    library.resolve("EVP_MD_CTX_new", crypto.contextNew);
    library.resolve("EVP_MD_CTX_free", crypto.contextFree);
    library.resolve("EVP_sha256", crypto.sha256);
    library.resolve("EVP_DigestInit_ex", crypto.init);
    library.resolve("EVP_DigestUpdate", crypto.update);
    library.resolve("EVP_DigestFinal_ex", crypto.final);
    crypto.problem = library.problem();
    return crypto;
}

const Crypto& crypto()
{
    static const Crypto loaded = load();
    if (!loaded.problem.empty()) throw MissingLibrary(loaded.problem);
    return loaded;
}

EVP_MD_CTX* context(void* handle) { return static_cast<EVP_MD_CTX*>(handle); }

std::string hex(const std::array<unsigned char, 32>& digest)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text;
    text.reserve(2 * digest.size());
    for (const unsigned char byte : digest) {
        text += kDigits[byte >> 4];
        text += kDigits[byte & 0xf];
    }
    return text;
}

} // namespace

Sha256::Sha256()
{
    const Crypto& library = crypto();
    context_ = library.contextNew();
    if (!context_ || library.init(context(context_), library.sha256(), nullptr) != 1) {
        library.contextFree(context(context_));
        throw std::runtime_error("libcrypto could not start a SHA-256 digest");
    }
}

Sha256::~Sha256() { crypto().contextFree(context(context_)); }

void Sha256::update(std::string_view bytes) { crypto().update(context(context_), bytes.data(), bytes.size()); }

std::array<unsigned char, 32> Sha256::finishBytes()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    crypto().final(context(context_), digest, &length);
    std::array<unsigned char, 32> out{};
    for (unsigned int i = 0; i < length && i < out.size(); ++i)
        out[i] = digest[i];
    return out;
}

std::string Sha256::finish() { return "sha256:" + hex(finishBytes()); }

std::string Sha256::of(std::string_view bytes)
{
    Sha256 sha;
    sha.update(bytes);
    return sha.finish();
}

std::string Sha256::hexOf(std::string_view bytes)
{
    Sha256 sha;
    sha.update(bytes);
    return hex(sha.finishBytes());
}

} // namespace dw::util
