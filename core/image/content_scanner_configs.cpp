// DWI103-105: the file formats that hold credentials by design (.env, package-manager and docker logins,
// netrc, AWS credentials, shadow). Each reads its format line by line and reports the key, never the value.
#include "image/content_scanner.h"
#include "image/content_scanner_rules.h"
#include "util/secrets.h"

#include <cctype>
#include <string>

namespace dw::image::content {
namespace {

std::string lowered(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view unquoted(std::string_view value)
{
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        return value.substr(1, value.size() - 2);
    return value;
}

/// "key = value" / "key: value" / "key=value" of an ini, .npmrc or .env line; false for other lines.
bool splitSetting(std::string_view line, std::string_view& key, std::string_view& value)
{
    line = trimmed(line);
    if (line.empty() || line.front() == '#' || line.front() == ';' || line.front() == '[') return false;
    const std::size_t separator = line.find_first_of("=:");
    if (separator == std::string_view::npos || separator == 0) return false;
    // "//registry.npmjs.org/:_authToken=..." has its ':' inside the key; the '=' separates.
    const std::size_t equals = line.find('=');
    const std::size_t at =
        line[separator] == ':' && equals != std::string_view::npos && line.substr(0, separator).starts_with("//")
            ? equals
            : separator;
    key = trimmed(line.substr(0, at));
    value = unquoted(trimmed(line.substr(at + 1)));
    return true;
}

bool endsWithPath(std::string_view path, std::string_view tail)
{
    return path == tail || (path.ends_with(tail) && path[path.size() - tail.size() - 1] == '/');
}

bool isEnvFileName(std::string_view name)
{
    const std::string lower = lowered(name);
    const bool envName = lower == ".env" || lower.starts_with(".env.") || lower.ends_with(".env");
    if (!envName) return false;
    for (std::string_view stub : {"example", "sample", "template", "dist", "default", "schema"})
        if (lower.find(stub) != std::string::npos) return false;
    return true;
}

/// Reports `key=<redacted value>` for a setting whose value is a real secret.
void reportSetting(HitSink& sink, std::string_view rule, std::string_view key, std::string_view value,
                   std::size_t offset)
{
    if (secrets::isPlaceholderSecret(value)) return;
    sink.add(rule, std::string(key) + "=" + secrets::redact(value), offset);
}

void scanNpmrc(std::string_view body, HitSink& sink)
{
    forEachLine(body, [&](const Line& line) {
        std::string_view key, value;
        if (!splitSetting(line.text, key, value)) return;
        const std::string_view setting = key.substr(key.rfind(':') == std::string_view::npos ? 0 : key.rfind(':') + 1);
        if (setting == "_authToken" || setting == "_auth" || setting == "_password")
            reportSetting(sink, "DWI104", key, value, line.offset);
    });
}

void scanPypirc(std::string_view body, HitSink& sink)
{
    forEachLine(body, [&](const Line& line) {
        std::string_view key, value;
        if (splitSetting(line.text, key, value) && lowered(key) == "password")
            reportSetting(sink, "DWI104", key, value, line.offset);
    });
}

void scanAwsCredentials(std::string_view body, HitSink& sink)
{
    forEachLine(body, [&](const Line& line) {
        std::string_view key, value;
        if (!splitSetting(line.text, key, value)) return;
        const std::string lower = lowered(key);
        if (lower == "aws_secret_access_key" || lower == "aws_session_token")
            reportSetting(sink, "DWI104", key, value, line.offset);
    });
}

void scanGitCredentials(std::string_view body, HitSink& sink)
{
    forEachLine(body, [&](const Line& line) {
        const std::optional<secrets::SecretMatch> url = secrets::findSecret(line.text, secrets::UrlPasswords);
        if (!url) return;
        const std::size_t at = url->offset;
        const std::size_t hostEnd = line.text.find('/', line.text.find('@', at));
        std::string shown = std::string(line.text.substr(0, at)) + secrets::redact(url->secret) +
                            std::string(line.text.substr(at + url->secret.size(), hostEnd - at - url->secret.size()));
        sink.add("DWI104", std::move(shown), line.offset);
    });
}

/// "auth", "identitytoken" and "registrytoken" values of a docker client config, found without a JSON parser so
/// that a truncated or broken file still reports what it shows.
void scanDockerConfig(std::string_view body, HitSink& sink)
{
    for (std::string_view key : {"\"auth\"", "\"identitytoken\"", "\"registrytoken\""}) {
        for (std::size_t at = body.find(key); at != std::string_view::npos; at = body.find(key, at + 1)) {
            std::size_t pos = at + key.size();
            while (pos < body.size() && std::isspace(static_cast<unsigned char>(body[pos])))
                ++pos;
            if (pos >= body.size() || body[pos] != ':') continue;
            ++pos;
            while (pos < body.size() && std::isspace(static_cast<unsigned char>(body[pos])))
                ++pos;
            if (pos >= body.size() || body[pos] != '"') continue;
            const std::size_t end = body.find('"', pos + 1);
            if (end == std::string_view::npos) continue;
            reportSetting(sink, "DWI104", key, body.substr(pos + 1, end - pos - 1), at);
        }
    }
}

/// netrc: whitespace-separated "machine host login user password secret" tokens, on one line or many.
void scanNetrc(std::string_view body, HitSink& sink)
{
    std::size_t pos = 0;
    auto nextWord = [&](std::size_t& start) {
        while (pos < body.size() && std::isspace(static_cast<unsigned char>(body[pos])))
            ++pos;
        start = pos;
        while (pos < body.size() && !std::isspace(static_cast<unsigned char>(body[pos])))
            ++pos;
        return body.substr(start, pos - start);
    };
    std::size_t start = 0;
    for (std::string_view word = nextWord(start); !word.empty(); word = nextWord(start)) {
        if (word != "password" && word != "passwd") continue;
        const std::size_t keyAt = start;
        const std::string_view value = nextWord(start);
        if (!value.empty()) reportSetting(sink, "DWI104", word, value, keyAt);
    }
}

} // namespace

bool scanEnvFile(std::string_view path, std::string_view body, HitSink& sink)
{
    if (!isEnvFileName(baseName(path))) return false;
    forEachLine(body, [&](const Line& line) {
        std::string_view text = trimmed(line.text);
        if (text.starts_with("export ")) text = trimmed(text.substr(7));
        const std::size_t equals = text.find('=');
        if (text.empty() || text.front() == '#' || equals == std::string_view::npos || equals == 0) return;
        const std::string_view name = trimmed(text.substr(0, equals));
        std::string_view value = trimmed(text.substr(equals + 1));
        if (!value.empty() && value.front() != '"' && value.front() != '\'') // unquoted: " #" starts a comment
            value = trimmed(value.substr(0, value.find(" #")));
        value = unquoted(value);
        if (name.find_first_of(" \t") != std::string_view::npos) return;
        if (const std::optional<secrets::SecretMatch> found = secrets::findAssignedSecret(name, value))
            sink.add("DWI103", std::string(name) + "=" + secrets::redact(found->secret), line.offset);
    });
    return true;
}

bool scanCredentialConfig(std::string_view path, std::string_view body, HitSink& sink)
{
    const std::string_view name = baseName(path);
    if (name == ".npmrc" || name == "npmrc")
        scanNpmrc(body, sink);
    else if (name == ".pypirc")
        scanPypirc(body, sink);
    else if (name == ".git-credentials" || endsWithPath(path, "git/credentials") || endsWithPath(path, ".git/config"))
        scanGitCredentials(body, sink); // a remote "url = https://user:token@host/repo" counts too
    else if (endsWithPath(path, ".docker/config.json") || endsWithPath(path, ".dockercfg"))
        scanDockerConfig(body, sink);
    else if (name == ".netrc" || name == "_netrc")
        scanNetrc(body, sink);
    else if (endsWithPath(path, ".aws/credentials") || endsWithPath(path, ".aws/config"))
        scanAwsCredentials(body, sink);
    else
        return false;
    return true;
}

bool scanShadow(std::string_view path, std::string_view body, HitSink& sink)
{
    if (path != "etc/shadow" && path != "etc/shadow-" && path != "etc/master.passwd") return false;
    forEachLine(body, [&](const Line& line) {
        const std::string_view text = trimmed(line.text);
        if (text.empty() || text.front() == '#') return;
        const std::size_t first = text.find(':');
        if (first == std::string_view::npos || first == 0) return;
        const std::string_view user = text.substr(0, first);
        const std::size_t second = text.find(':', first + 1);
        const std::string_view hash =
            text.substr(first + 1, (second == std::string_view::npos ? text.size() : second) - first - 1);
        if (hash.empty()) {
            sink.add("DWI105", std::string(kEmptyPasswordEvidence) + ": account '" + std::string(user) + "'",
                     line.offset);
            return;
        }
        if (hash.front() == '!' || hash.front() == '*' || hash == "x") return; // locked or no login
        std::string scheme = "a DES crypt hash";
        if (hash.front() == '$') {
            const std::size_t close = hash.find('$', 1);
            scheme = "a " + std::string(hash.substr(0, close == std::string_view::npos ? 1 : close + 1)) + " hash";
        }
        sink.add("DWI105", "password hash: account '" + std::string(user) + "' has " + scheme, line.offset);
    });
    return true;
}

} // namespace dw::image::content
