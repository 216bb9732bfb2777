// The one secret detector of Dockwarden: secret-looking names, credential-shaped values and the redaction that
// every report uses. The Dockerfile rules (lint/support_dockwarden.h), the host checks (hostcheck/check_support.h)
// and the image engine (image/content_scanner.h, the DWI2nn history checks) all ask these functions, so a token
// format added here is caught everywhere.
//
// A plain scanner: no std::regex, which recurses per character and overflows the stack on long values, and every
// search is linear in the text, so a 1 MiB file body costs a few passes over its bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::secrets {

/// The families of credential shapes, to ask for a subset (file bodies want fewer false positives than ENV values).
enum SecretFamily : std::uint8_t {
    PrivateKeys = 1,     ///< "-----BEGIN ... PRIVATE KEY-----" (PEM, OpenSSH, PGP private key blocks)
    TokenFormats = 2,    ///< AWS key ids and secret keys, GitHub, GitLab, Slack, Google, Stripe, npm, PyPI tokens
    WebTokens = 4,       ///< JSON Web Tokens
    UrlPasswords = 8,    ///< scheme://user:password@host with a literal password
    InlineSettings = 16, ///< "password=...", "token: ..." inside a longer value
    AllFamilies = 31,
};

struct SecretMatch {
    std::string kindEn;     ///< "an AWS access key id"
    std::string kindZh;     ///< "AWS 访问密钥 ID"
    std::string secret;     ///< the matched secret (for URL and `password=...` forms, only the password)
    std::size_t offset = 0; ///< where `secret` starts in the searched text
    SecretFamily family = TokenFormats;
};

/// The first credential-shaped token of `text`, trying the families in the order of the enum (a private key
/// before a token before a JWT ...). Matches containing "example" (AWS's documented sample keys) are skipped.
std::optional<SecretMatch> findSecret(std::string_view text, unsigned families = AllFamilies);

/// Every credential-shaped token of `text` in the asked families, ordered by offset, at most `limit` of them.
/// Matches never overlap: the earliest wins.
std::vector<SecretMatch> findAllSecrets(std::string_view text, unsigned families, std::size_t limit = 64);

/// A variable or key name that says its value is a secret ("DB_PASSWORD", "githubToken", "API_KEY",
/// "aws_secret_access_key"), and not a pointer to one ("PASSWORD_FILE", "TOKEN_URL"), a setting about one
/// ("TOKEN_TTL") or a public key id ("GPG_KEY").
bool isSecretName(std::string_view name);

/// Values nobody would mistake for a real secret: empty, `$REFERENCES`, paths, booleans, short numbers,
/// templates (`<your-token>`, `{{ .token }}`) and stand-ins (`changeme`, `xxxx`, `example`).
bool isPlaceholderSecret(std::string_view value);

/// A secret made safe to print: a few characters of its start and end around "***", never more than a quarter
/// of it in all ("hunter2" -> "h***", "ghp_<32 more>6789" -> "ghp_***6789"). The only redaction of the project.
std::string redact(std::string_view secret);

/// `text` with every secret findAllSecrets finds in any family replaced by its redaction, and the values of
/// `--password value`-style options and of `-u user:password`, for showing command lines and history entries.
std::string redactAll(std::string_view text);

/// `NAME=value` (an ENV entry, a build argument, a `.env` line) holds a secret: a secret-looking name with a real
/// value, or any value shaped like a credential. Returns the secret part of the value.
std::optional<SecretMatch> findAssignedSecret(std::string_view name, std::string_view value);

} // namespace dw::secrets
