#include "util/secrets.h"

#include "util/byte_scan.h"
#include "util/text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace dw::secrets {
namespace {

std::string lowered(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// Length of the run at `at` of ASCII letters and digits (only upper-case letters when `upperOnly`) and the
/// characters in `extra`.
std::size_t runLength(std::string_view text, std::size_t at, std::string_view extra, bool upperOnly = false)
{
    // ASCII only, whatever the locale: token alphabets are ASCII.
    const auto isDigit = [](unsigned char c) { return static_cast<unsigned>(c - '0') < 10u; };
    const auto isUpper = [](unsigned char c) { return static_cast<unsigned>(c - 'A') < 26u; };
    const auto isLower = [](unsigned char c) { return static_cast<unsigned>(c - 'a') < 26u; };
    std::size_t end = at;
    while (end < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[end]);
        const bool letter = isUpper(c) || isDigit(c) || (!upperOnly && isLower(c));
        if (!letter && extra.find(static_cast<char>(c)) == std::string_view::npos) break;
        ++end;
    }
    return end - at;
}

SecretMatch match(std::string_view en, std::string_view zh, std::string_view secret, std::size_t offset,
                  SecretFamily family)
{
    return SecretMatch{std::string(en), std::string(zh), std::string(secret), offset, family};
}

/// A token that starts with a fixed prefix followed by a run of token characters.
struct TokenShape {
    std::string_view prefix;
    std::string_view extra; ///< characters allowed in the run besides letters and digits
    std::size_t min = 0;
    std::size_t max = 0; ///< 0: no upper bound; otherwise the run must end exactly there
    bool upperOnly = false;
    std::string_view en;
    std::string_view zh;
};

constexpr std::string_view kAwsEn = "an AWS access key id", kAwsZh = "AWS 访问密钥 ID";
constexpr std::string_view kGithubEn = "a GitHub token", kGithubZh = "GitHub 令牌";
constexpr std::string_view kSlackEn = "a Slack token", kSlackZh = "Slack 令牌";
constexpr std::string_view kStripeEn = "a Stripe live key", kStripeZh = "Stripe 正式环境密钥";

constexpr std::array<TokenShape, 20> kShapes{{
    {"AKIA", "", 16, 16, true, kAwsEn, kAwsZh},
    {"ASIA", "", 16, 16, true, kAwsEn, kAwsZh},
    {"ghp_", "", 36, 36, false, kGithubEn, kGithubZh},
    {"gho_", "", 36, 36, false, kGithubEn, kGithubZh},
    {"ghu_", "", 36, 36, false, kGithubEn, kGithubZh},
    {"ghs_", "", 36, 36, false, kGithubEn, kGithubZh},
    {"ghr_", "", 36, 36, false, kGithubEn, kGithubZh},
    {"github_pat_", "_", 22, 0, false, kGithubEn, kGithubZh},
    {"glpat-", "_-", 20, 0, false, "a GitLab token", "GitLab 令牌"},
    {"xoxa-", "-", 10, 0, false, kSlackEn, kSlackZh},
    {"xoxb-", "-", 10, 0, false, kSlackEn, kSlackZh},
    {"xoxp-", "-", 10, 0, false, kSlackEn, kSlackZh},
    {"xoxo-", "-", 10, 0, false, kSlackEn, kSlackZh},
    {"xoxs-", "-", 10, 0, false, kSlackEn, kSlackZh},
    {"xoxr-", "-", 10, 0, false, kSlackEn, kSlackZh},
    {"AIza", "_-", 35, 0, false, "a Google API key", "Google API 密钥"},
    {"sk_live_", "", 20, 0, false, kStripeEn, kStripeZh},
    {"rk_live_", "", 20, 0, false, kStripeEn, kStripeZh},
    {"npm_", "", 36, 36, false, "an npm access token", "npm 访问令牌"},
    {"pypi-AgEIcHlwaS5vcmc", "_-", 50, 0, false, "a PyPI upload token", "PyPI 上传令牌"},
}};

/// The shortest text a token shape matches: its prefix and the fewest characters after it.
constexpr std::size_t kShortestShape = [] {
    std::size_t shortest = std::string_view::npos;
    for (const TokenShape& shape : kShapes) shortest = std::min(shortest, shape.prefix.size() + shape.min);
    return shortest;
}();
constexpr std::size_t kShortestAwsSecretKey = 41;  // '=' or ':' and 40 characters
constexpr std::size_t kShortestPrivateKey = 27;    // "-----BEGIN " "PRIVATE KEY" "-----"
constexpr std::size_t kShortestJwt = 11 + 1 + 11 + 1 + 8; // three runs joined by '.'
static_assert(kShortestAwsSecretKey >= kShortestShape && kShortestPrivateKey >= kShortestShape &&
                  kShortestJwt >= kShortestShape,
              "holdsNoSecret() counts on the token shapes being the shortest matches");

/// False when fewer than `shortest` bytes are left from `from`: no match of that length fits.
bool roomFor(std::string_view text, std::size_t from, std::size_t shortest)
{
    return from <= text.size() && text.size() - from >= shortest;
}

/// For each byte, the shapes whose prefix starts with it.
const std::array<std::vector<const TokenShape*>, 256>& shapesByFirstByte()
{
    static const std::array<std::vector<const TokenShape*>, 256> table = [] {
        std::array<std::vector<const TokenShape*>, 256> byByte;
        for (const TokenShape& shape : kShapes)
            byByte[static_cast<unsigned char>(shape.prefix.front())].push_back(&shape);
        return byByte;
    }();
    return table;
}

constexpr std::size_t kDistinctFirstBytes = [] {
    std::size_t count = 0;
    for (std::size_t i = 0; i < kShapes.size(); ++i) {
        bool seen = false;
        for (std::size_t j = 0; j < i; ++j)
            seen = seen || kShapes[j].prefix.front() == kShapes[i].prefix.front();
        count += seen ? 0 : 1;
    }
    return count;
}();

/// The bytes that some prefix starts with, each once.
constexpr std::array<char, kDistinctFirstBytes> kFirstBytes = [] {
    std::array<char, kDistinctFirstBytes> bytes{};
    std::size_t count = 0;
    for (const TokenShape& shape : kShapes) {
        bool seen = false;
        for (std::size_t j = 0; j < count; ++j)
            seen = seen || bytes[j] == shape.prefix.front();
        if (!seen) bytes[count++] = shape.prefix.front();
    }
    return bytes;
}();

/// One pass over `text` from `from`: the earliest token of any shape. Only the starts of words whose first byte
/// begins a prefix are looked at; the search for them tests 16 bytes at a time.
std::optional<SecretMatch> nextShaped(std::string_view text, std::size_t from)
{
    if (!roomFor(text, from, kShortestShape)) return std::nullopt;
    // The first two bytes of every prefix, as a 64 Ki table: most word starts fail this one test.
    static const std::vector<std::uint8_t> pairs = [] {
        std::vector<std::uint8_t> table(65536);
        for (const TokenShape& shape : kShapes)
            table[static_cast<unsigned char>(shape.prefix[0]) << 8 | static_cast<unsigned char>(shape.prefix[1])] = 1;
        return table;
    }();
    const auto& byByte = shapesByFirstByte();
    std::optional<SecretMatch> found;
    util::findWordStarts(text, from, kFirstBytes, [&](std::size_t at) {
        if (at + 1 >= text.size() ||
            !pairs[static_cast<unsigned char>(text[at]) << 8 | static_cast<unsigned char>(text[at + 1])])
            return false;
        const std::string_view rest = text.substr(at);
        for (const TokenShape* shape : byByte[static_cast<unsigned char>(text[at])]) {
            if (!rest.starts_with(shape->prefix)) continue;
            const std::size_t body = at + shape->prefix.size();
            const std::size_t run = runLength(text, body, shape->extra, shape->upperOnly);
            if (run < shape->min) continue;
            if (shape->max && (run != shape->max || (body + run < text.size() && util::isWordByte(text[body + run]))))
                continue;
            found = match(shape->en, shape->zh, text.substr(at, body + run - at), at, TokenFormats);
            return true;
        }
        return false;
    });
    return found;
}

/// `aws_secret_access_key = <40 characters>` in any spelling (AWS_SECRET_ACCESS_KEY, secretAccessKey, JSON):
/// a value of exactly 40 base64 characters after '=' or ':' whose key, just before, names a secret access key.
std::optional<SecretMatch> nextAwsSecretKey(std::string_view text, std::size_t from)
{
    if (!roomFor(text, from, kShortestAwsSecretKey)) return std::nullopt;
    auto skipFill = [&](std::size_t pos) {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '"' || text[pos] == '\''))
            ++pos;
        return pos;
    };
    std::size_t equals = text.find('=', from); // two vectorised searches beat one loop over every byte
    std::size_t colon = text.find(':', from);
    while (equals != std::string_view::npos || colon != std::string_view::npos) {
        const std::size_t at = std::min(equals, colon);
        if (at == equals)
            equals = text.find('=', at + 1);
        else
            colon = text.find(':', at + 1);
        const std::size_t pos = skipFill(at + 1);
        if (runLength(text, pos, "/+") != 40) continue;
        const std::size_t keyStart = at > 48 ? at - 48 : 0;
        const std::string key = lowered(text.substr(keyStart, at - keyStart));
        const std::size_t secret = key.rfind("secret");
        if (secret == std::string::npos || key.find("access", secret) == std::string::npos) continue;
        return match("an AWS secret access key", "AWS 秘密访问密钥", text.substr(pos, 40), pos, TokenFormats);
    }
    return std::nullopt;
}

std::optional<SecretMatch> nextToken(std::string_view text, std::size_t from)
{
    std::optional<SecretMatch> shaped = nextShaped(text, from);
    std::optional<SecretMatch> aws = nextAwsSecretKey(text, from);
    if (shaped && aws) return aws->offset < shaped->offset ? aws : shaped;
    return shaped ? shaped : aws;
}

std::optional<SecretMatch> nextPrivateKey(std::string_view text, std::size_t from)
{
    if (!roomFor(text, from, kShortestPrivateKey)) return std::nullopt;
    constexpr std::string_view kBegin = "-----BEGIN ";
    constexpr std::size_t kRareByte = 5; // 'B': dashes are everywhere in command lines
    for (auto at = util::findAnchored(text, kBegin, kRareByte, from); at != std::string_view::npos;
         at = util::findAnchored(text, kBegin, kRareByte, at + 1)) {
        const auto close = text.find("-----", at + 11);
        if (close == std::string_view::npos) return std::nullopt;
        const std::string_view label = text.substr(at + 11, close - at - 11);
        if (label.size() > 60 || label.find('\n') != std::string_view::npos) continue;
        if (label.ends_with("PRIVATE KEY") || label.ends_with("PRIVATE KEY BLOCK"))
            return match("a private key block", "私钥块", text.substr(at, close + 5 - at), at, PrivateKeys);
    }
    return std::nullopt;
}

std::optional<SecretMatch> nextJwt(std::string_view text, std::size_t from)
{
    if (!roomFor(text, from, kShortestJwt)) return std::nullopt;
    constexpr std::size_t kRareByte = 2; // 'J': 'e' is everywhere
    for (auto at = util::findAnchored(text, "eyJ", kRareByte, from); at != std::string_view::npos;
         at = util::findAnchored(text, "eyJ", kRareByte, at + 1)) {
        if (at > 0 && util::isWordByte(text[at - 1])) continue;
        std::size_t pos = at;
        bool ok = true;
        for (int part = 0; part < 3 && ok; ++part) {
            if (part > 0) ok = pos < text.size() && text[pos++] == '.';
            if (ok && part < 2) ok = text.substr(pos, 3) == "eyJ";
            const std::size_t run = ok ? runLength(text, pos, "_-") : 0;
            ok = ok && run >= (part < 2 ? 11 : 8);
            pos += run;
        }
        if (ok) return match("a JSON Web Token", "JSON Web Token（JWT）", text.substr(at, pos - at), at, WebTokens);
    }
    return std::nullopt;
}

/// `scheme://user:password@host` with a literal password.
std::optional<SecretMatch> nextUrlPassword(std::string_view text, std::size_t from)
{
    for (auto at = text.find("://", from); at != std::string_view::npos; at = text.find("://", at + 1)) {
        if (at == 0 || runLength(text, at - 1, "+.-") == 0) continue; // no scheme before "://"
        const std::size_t user = at + 3;
        const std::size_t userEnd = text.find_first_of("/ \t\r\n:@", user);
        if (userEnd == std::string_view::npos || userEnd == user || text[userEnd] != ':') continue;
        const std::size_t passEnd = text.find_first_of("/ \t\r\n@", userEnd + 1);
        if (passEnd == std::string_view::npos || passEnd == userEnd + 1 || text[passEnd] != '@') continue;
        const std::string_view password = text.substr(userEnd + 1, passEnd - userEnd - 1);
        if (!isPlaceholderSecret(password))
            return match("a URL with an embedded password", "内嵌密码的 URL", password, userEnd + 1, UrlPasswords);
    }
    return std::nullopt;
}

/// `password=...`, `token: ...`, `apiKey=...` inside a longer value (JVM options, connection strings).
/// Every setting has an '=' or ':' after its key, so the scan jumps from one of those to the next and looks back
/// for a key just before it (no key is a suffix of another, so at most one can end there).
std::optional<SecretMatch> nextInlineSetting(std::string_view text, std::size_t from)
{
    static constexpr std::string_view kKeys[] = {"password", "passwd", "pwd",     "secret",
                                                 "token",    "apikey", "api_key", "api-key"};
    static_assert(std::all_of(std::begin(kKeys), std::end(kKeys), [](std::string_view key) {
        return key.back() == 'd' || key.back() == 't' || key.back() == 'n' || key.back() == 'y';
    }));
    auto isBlank = [](char c) { return c == ' ' || c == '\t'; };
    const auto nextSeparator = [&](std::size_t at) { return util::findEither(text, at, '=', ':'); };
    for (std::size_t sep = nextSeparator(from); sep != std::string_view::npos; sep = nextSeparator(sep + 1)) {
        std::size_t keyEnd = sep;
        while (keyEnd > from && isBlank(text[keyEnd - 1]))
            --keyEnd;
        const auto named = [&](std::string_view key) {
            return keyEnd - from >= key.size() && util::hasLowerAt(text, keyEnd - key.size(), key);
        };
        // Every key ends in 'd', 't', 'n' or 'y': one test rules out most separators (`--opt=x`, `a:b`).
        if (keyEnd == from) continue;
        const char last = util::asciiLower(text[keyEnd - 1]);
        if (last != 'd' && last != 't' && last != 'n' && last != 'y') continue;
        if (std::none_of(std::begin(kKeys), std::end(kKeys), named)) continue;
        std::size_t pos = sep + 1;
        while (pos < text.size() && isBlank(text[pos]))
            ++pos;
        const std::size_t end = std::min(text.find_first_of(" \t\r\n&;,'\"", pos), text.size());
        const std::string_view value = text.substr(pos, end - pos);
        if (value.empty() || isPlaceholderSecret(value)) continue;
        return match("an inline password or token setting", "内联的密码或令牌设置", value, pos, InlineSettings);
    }
    return std::nullopt;
}

using Finder = std::optional<SecretMatch> (*)(std::string_view, std::size_t);

struct FamilyFinder {
    SecretFamily family;
    Finder next;
};

constexpr std::array<FamilyFinder, 5> kFinders{{
    {PrivateKeys, nextPrivateKey},
    {TokenFormats, nextToken},
    {WebTokens, nextJwt},
    {UrlPasswords, nextUrlPassword},
    {InlineSettings, nextInlineSetting},
}};

bool isSample(const SecretMatch& m)
{
    return lowered(m.secret).find("example") != std::string::npos;
}

/// The next match of one finder at or after `from` that is not a documented sample.
std::optional<SecretMatch> nextReal(Finder next, std::string_view text, std::size_t from)
{
    while (from <= text.size()) {
        std::optional<SecretMatch> found = next(text, from);
        if (!found || !isSample(*found)) return found;
        from = found->offset + 1;
    }
    return std::nullopt;
}

/// Calls `visit(part)` for each part of a name, lower-cased, in order: "awsSecretAccessKey" -> aws, secret,
/// access, key; "DB_PASSWORD" -> db, password. One buffer serves every part, so short names allocate nothing.
template <typename Visit> void forEachNamePart(std::string_view name, Visit visit)
{
    std::string part;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (!std::isalnum(c)) {
            if (!part.empty()) visit(std::string_view(part));
            part.clear();
            continue;
        }
        const bool boundary = std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(name[i - 1]));
        if (boundary && !part.empty()) {
            visit(std::string_view(part));
            part.clear();
        }
        part += static_cast<char>(std::tolower(c));
    }
    if (!part.empty()) visit(std::string_view(part));
}

template <typename List> bool listed(const List& list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

namespace {

/// True when no finder can match: a text shorter than the shortest token holds no token, JSON Web Token, AWS
/// secret key or private key block (all longer), and the other two (a URL's password, an inline setting) need a
/// ':' or an '='. Most ENV values and short instructions end here.
bool holdsNoSecret(std::string_view text)
{
    return text.size() < kShortestShape && text.find_first_of("=:") == std::string_view::npos;
}

} // namespace

std::optional<SecretMatch> findSecret(std::string_view text, unsigned families)
{
    if (holdsNoSecret(text)) return std::nullopt;
    for (const FamilyFinder& finder : kFinders) {
        if (!(families & finder.family)) continue;
        if (std::optional<SecretMatch> found = nextReal(finder.next, text, 0)) return found;
    }
    return std::nullopt;
}

std::vector<SecretMatch> findAllSecrets(std::string_view text, unsigned families, std::size_t limit)
{
    std::vector<SecretMatch> out;
    if (holdsNoSecret(text)) return out;
    std::array<std::optional<SecretMatch>, kFinders.size()> pending;
    for (std::size_t i = 0; i < kFinders.size(); ++i)
        if (families & kFinders[i].family) pending[i] = nextReal(kFinders[i].next, text, 0);
    std::size_t pos = 0;
    while (out.size() < limit) {
        std::optional<std::size_t> earliest;
        for (std::size_t i = 0; i < pending.size(); ++i) {
            if (pending[i] && pending[i]->offset < pos) pending[i] = nextReal(kFinders[i].next, text, pos);
            if (pending[i] && (!earliest || pending[i]->offset < pending[*earliest]->offset)) earliest = i;
        }
        if (!earliest) break;
        out.push_back(*pending[*earliest]);
        pos = out.back().offset + std::max<std::size_t>(1, out.back().secret.size());
        pending[*earliest] = nextReal(kFinders[*earliest].next, text, pos);
    }
    return out;
}

namespace {

/// Every secret word of isSecretName contains one of these stems, so a name with none of them, in any case, cannot
/// be a secret's name: most names (PATH, VERSION, DEBIAN_FRONTEND) are ruled out in one short scan.
constexpr std::string_view kSecretStems[] = {"pass", "pwd", "secret", "token", "key", "credential"};

/// The bytes a stem starts with: the scan looks further only at those.
constexpr auto kSecretStemStarts = [] {
    std::array<bool, 256> starts{};
    for (std::string_view stem : kSecretStems)
        starts[static_cast<unsigned char>(stem.front())] = true;
    return starts;
}();

bool mayNameSecret(std::string_view name)
{
    for (std::size_t at = 0; at < name.size(); ++at) {
        if (!kSecretStemStarts[static_cast<unsigned char>(util::asciiLower(name[at]))]) continue;
        for (std::string_view stem : kSecretStems)
            if (util::hasLowerAt(name, at, stem)) return true;
    }
    return false;
}

} // namespace

bool isSecretName(std::string_view name)
{
    if (!mayNameSecret(name)) return false;
    if (name.size() == 3 && util::asciiLower(name) == "pwd") return false;
    static constexpr std::array<std::string_view, 81> kNotSecret{
        "file",       "path",     "dir",        "directory", "url",      "uri",     "endpoint", "host",
        "hostname",   "port",     "name",       "user",      "username", "id",      "type",     "length",
        "len",        "size",     "env",        "header",    "var",      "version", "policy",   "enabled",
        "required",   "expiry",   "expires",    "ttl",       "timeout",  "method",  "mode",     "field",
        "location",   "format",   "algorithm",  "min",       "max",      "regex",   "pattern",  "rounds",
        "prompt",     "store",    "provider",   "backend",   "service",  "server",  "scope",    "audience",
        "issuer",     "lifetime", "count",      "limit",     "hint",     "salt",    "algo",     "cost",
        "iterations", "strength", "complexity", "interval",  "days",     "hours",   "seconds",  "minutes",
        "duration",   "age",      "attempts",   "retries",   "prefix",   "suffix",  "role",     "reset",
        "dirs",       "files",    "paths",      "urls",      "ids",      "names",   "types",    "fingerprint",
        "algorithms"};
    static constexpr std::array<std::string_view, 13> kSecretWords{
        "password", "passwd",     "passphrase",  "pass",       "pwd",       "secret",   "token",
        "apikey",   "credential", "credentials", "privatekey", "accesskey", "secretkey"};
    static constexpr std::array<std::string_view, 7> kKeyQualifiers{"api",     "private", "access", "encryption",
                                                                    "signing", "master",  "session"};
    bool secretPart = false;
    std::string previous; // after the walk, the last part
    forEachNamePart(name, [&](std::string_view part) {
        if (!secretPart) {
            secretPart = listed(kSecretWords, part) || (part == "key" && listed(kKeyQualifiers, previous));
            for (std::string_view word : {"password", "passwd", "secret", "token", "apikey", "accesskey", "secretkey"})
                secretPart = secretPart || (part.size() > word.size() && part.ends_with(word)); // "DBPASSWORD"
        }
        previous.assign(part);
    });
    // A last part such as "file" or "path" says the value points at the secret rather than holding it.
    return secretPart && !listed(kNotSecret, previous);
}

bool isPlaceholderSecret(std::string_view value)
{
    if (value.empty() || value.find('$') != std::string_view::npos) return true;
    const std::string lower = lowered(value);
    if (lower.find_first_not_of(lower.front()) == std::string::npos) return true; // "xxxx", "****"
    if (lower.find_first_not_of("x*.-_#? ") == std::string::npos) return true;
    if ((lower.find('<') != std::string::npos && lower.find('>') != std::string::npos) || lower.starts_with("{{") ||
        lower.find("%s") != std::string::npos)
        return true;
    if ((lower.front() == '/' || lower.starts_with("./") || lower.starts_with("~/")) &&
        lower.find(' ') == std::string::npos)
        return true;
    if (lower.size() < 6 && lower.find_first_not_of("0123456789") == std::string::npos) return true;
    static constexpr std::array<std::string_view, 34> kWords{
        "changeme", "change_me", "change-me", "changeit", "replaceme", "replace_me", "placeholder", "dummy", "secret",
        "password", "passwd",    "token",     "none",     "null",      "nil",        "empty",       "true",  "false",
        "yes",      "no",        "on",        "off",      "default",   "test",       "todo",        "tbd",   "redacted",
        "hidden",   "unset",     "disabled",  "enabled",  "required",  "optional",   "***"};
    if (listed(kWords, lower)) return true;
    for (std::string_view marker : {"example", "changeme", "change_me", "placeholder", "dummy", "your_", "your-",
                                    "yourpassword", "yourtoken", "replace_with", "replace-with", "fake"})
        if (lower.find(marker) != std::string::npos) return true;
    return false;
}

std::string redact(std::string_view secret)
{
    std::size_t head = std::min<std::size_t>(4, secret.size() / 4);
    std::size_t tail = secret.size() >= 20 ? std::min<std::size_t>(4, secret.size() / 10) : 0;
    // Never cut a UTF-8 sequence in half: the result goes into JSON and SARIF.
    while (head > 0 && (static_cast<unsigned char>(secret[head]) & 0xC0) == 0x80)
        --head;
    std::size_t tailStart = secret.size() - tail;
    while (tail > 0 && tailStart < secret.size() && (static_cast<unsigned char>(secret[tailStart]) & 0xC0) == 0x80) {
        ++tailStart;
        --tail;
    }
    return std::string(secret.substr(0, head)) + "***" + std::string(secret.substr(secret.size() - tail));
}

std::string redactAll(std::string_view text)
{
    struct Span {
        std::size_t offset;
        std::size_t size;
    };
    std::vector<Span> spans;
    for (const SecretMatch& found : findAllSecrets(text, AllFamilies, 256))
        spans.push_back({found.offset, found.secret.size()});
    // `--password value` and `--db-pass=value`: options whose name says the next word is a secret.
    for (auto at = text.find("--"); at != std::string_view::npos; at = text.find("--", at + 2)) {
        const std::size_t nameEnd = at + 2 + runLength(text, at + 2, "_-");
        if (nameEnd >= text.size() || (text[nameEnd] != ' ' && text[nameEnd] != '=')) continue;
        if (!isSecretName(text.substr(at + 2, nameEnd - at - 2))) continue;
        std::size_t value = nameEnd + 1;
        while (value < text.size() && (text[value] == '\'' || text[value] == '"'))
            ++value;
        const std::size_t end = std::min(text.find_first_of(" \t\r\n'\"", value), text.size());
        if (end > value && !isPlaceholderSecret(text.substr(value, end - value)) && text[value] != '-')
            spans.push_back({value, end - value});
    }
    // `curl -u user:password` / `--user user:password`: the part after the colon.
    for (std::string_view flag : {" -u ", " --user ", " --user="}) {
        for (auto at = text.find(flag); at != std::string_view::npos; at = text.find(flag, at + 1)) {
            std::size_t word = at + flag.size();
            while (word < text.size() && (text[word] == '\'' || text[word] == '"'))
                ++word;
            const std::size_t end = std::min(text.find_first_of(" \t\r\n'\"", word), text.size());
            const std::size_t colon = text.find(':', word);
            if (colon == std::string_view::npos || colon + 1 >= end) continue;
            if (!isPlaceholderSecret(text.substr(colon + 1, end - colon - 1)))
                spans.push_back({colon + 1, end - colon - 1});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.offset < b.offset; });
    std::vector<Span> merged; // overlapping spans become one, so no part of either shows
    for (const Span& span : spans) {
        if (!merged.empty() && span.offset < merged.back().offset + merged.back().size)
            merged.back().size = std::max(merged.back().size, span.offset + span.size - merged.back().offset);
        else
            merged.push_back(span);
    }
    std::string out;
    std::size_t pos = 0;
    for (const Span& span : merged) {
        out.append(text.substr(pos, span.offset - pos));
        out += redact(text.substr(span.offset, span.size));
        pos = span.offset + span.size;
    }
    out.append(text.substr(pos));
    return out;
}

std::optional<SecretMatch> findAssignedSecret(std::string_view name, std::string_view value)
{
    if (value.empty()) return std::nullopt;
    if (std::optional<SecretMatch> found = findSecret(value)) return found;
    const bool urlWithoutPassword =
        value.find("://") != std::string_view::npos && value.find('@') == std::string_view::npos;
    if (isSecretName(name) && !isPlaceholderSecret(value) && !urlWithoutPassword)
        return match("a literal value under a secret-looking name", "机密名称下的字面值", value, 0, InlineSettings);
    return std::nullopt;
}

} // namespace dw::secrets
