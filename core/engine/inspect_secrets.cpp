#include "engine/inspect_secrets.h"

#include "util/secrets.h"

#include <optional>
#include <string_view>

namespace dw::engine {
namespace {

std::string escapePointerToken(const std::string& token)
{
    std::string escaped;
    escaped.reserve(token.size());
    for (const char c : token) {
        if (c == '~') escaped += "~0";
        else if (c == '/') escaped += "~1";
        else escaped += c;
    }
    return escaped;
}

std::string replaceSpans(std::string_view text, const std::vector<secrets::SecretMatch>& matches)
{
    std::string out;
    std::size_t at = 0;
    for (const auto& match : matches) {
        if (match.offset < at || match.offset + match.secret.size() > text.size()) continue;
        out.append(text.substr(at, match.offset - at));
        out += secrets::redact(match.secret);
        at = match.offset + match.secret.size();
    }
    out.append(text.substr(at));
    return out;
}

/// The redacted form of `text`, or nullopt when it holds no secret. `key` is the object key it is the value of.
std::optional<std::string> redactedString(std::string_view key, std::string_view text)
{
    if (text.empty()) return std::nullopt;
    if (!key.empty() && secrets::isSecretName(key) && !secrets::isPlaceholderSecret(text)) return secrets::redact(text);
    const std::size_t equals = text.find('=');
    if (equals != std::string_view::npos && equals > 0) {
        const std::string_view name = text.substr(0, equals);
        const std::string_view value = text.substr(equals + 1);
        if (const auto hit = secrets::findAssignedSecret(name, value)) {
            const std::size_t inValue = value.find(hit->secret);
            if (inValue != std::string_view::npos) {
                secrets::SecretMatch placed = *hit;
                placed.offset = equals + 1 + inValue;
                return replaceSpans(text, {placed});
            }
            return std::string(name) + "=" + secrets::redact(value);
        }
    }
    const auto matches = secrets::findAllSecrets(text, secrets::AllFamilies);
    if (matches.empty()) return std::nullopt;
    return replaceSpans(text, matches);
}

// Inspect data nests a few levels; hostile documents may nest thousands, which would exhaust the stack.
constexpr int kMaxDepth = 64;

void walk(const nlohmann::json& node, const std::string& pointer, std::string_view key,
          std::vector<InspectSecret>& found, std::size_t limit, int depth)
{
    if (found.size() >= limit || depth > kMaxDepth) return;
    if (node.is_string()) {
        const auto& text = node.get_ref<const std::string&>();
        if (auto redacted = redactedString(key, text)) found.push_back({pointer, text, std::move(*redacted)});
    } else if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it)
            walk(it.value(), pointer + "/" + escapePointerToken(it.key()), it.key(), found, limit, depth + 1);
    } else if (node.is_array()) {
        for (std::size_t index = 0; index < node.size(); ++index)
            walk(node[index], pointer + "/" + std::to_string(index), {}, found, limit, depth + 1);
    }
}

} // namespace

std::vector<InspectSecret> findInspectSecrets(const nlohmann::json& document, std::size_t limit)
{
    std::vector<InspectSecret> found;
    walk(document, {}, {}, found, limit, 0);
    return found;
}

nlohmann::json redactedInspect(const nlohmann::json& document, const std::vector<InspectSecret>& secrets,
                               const std::set<std::string>& revealed)
{
    nlohmann::json copy = document;
    for (const auto& secret : secrets) {
        if (revealed.count(secret.pointer)) continue;
        const nlohmann::json::json_pointer pointer(secret.pointer);
        if (copy.contains(pointer) && copy.at(pointer).is_string()) copy.at(pointer) = secret.redacted;
    }
    return copy;
}

} // namespace dw::engine
