// Secrets in the inspect data of a container, image, network or volume, for showing it: the values of
// `NAME=value` entries (Env), of secret-named keys (labels, options) and credential-shaped tokens anywhere.
// The GUI shows the redacted document and reveals one value at a time when the user asks.
#pragma once

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace dw::engine {

/// One string of the document that holds a secret.
struct InspectSecret {
    std::string pointer;  ///< JSON pointer of the string ("/Config/Env/3")
    std::string original; ///< the whole string as the daemon sent it
    std::string redacted; ///< the same string with every secret in it replaced by its redaction
};

/// Every string of `document` that holds a secret, in document order; at most `limit` of them.
std::vector<InspectSecret> findInspectSecrets(const nlohmann::json& document, std::size_t limit = 10000);

/// `document` with each secret string replaced by its redacted form, except those whose pointer is in `revealed`.
nlohmann::json redactedInspect(const nlohmann::json& document, const std::vector<InspectSecret>& secrets,
                               const std::set<std::string>& revealed = {});

} // namespace dw::engine
