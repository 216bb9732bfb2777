// Incremental SHA-256 over OpenSSL's EVP interface, giving "sha256:<hex>" as image digests are written.
#pragma once

#include <openssl/evp.h>

#include <string>
#include <string_view>

namespace dw::image {

class Sha256 {
  public:
    Sha256() : context_(EVP_MD_CTX_new()) { EVP_DigestInit_ex(context_, EVP_sha256(), nullptr); }
    ~Sha256() { EVP_MD_CTX_free(context_); }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::string_view bytes) { EVP_DigestUpdate(context_, bytes.data(), bytes.size()); }

    /// "sha256:<64 lower-case hex digits>"; the object is spent afterwards.
    std::string finish()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(context_, digest, &length);
        static const char* hex = "0123456789abcdef";
        std::string text = "sha256:";
        for (unsigned int i = 0; i < length; ++i) {
            text += hex[digest[i] >> 4];
            text += hex[digest[i] & 0xf];
        }
        return text;
    }

    static std::string of(std::string_view bytes)
    {
        Sha256 sha;
        sha.update(bytes);
        return sha.finish();
    }

  private:
    EVP_MD_CTX* context_;
};

} // namespace dw::image
