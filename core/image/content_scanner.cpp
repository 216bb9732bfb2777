#include "image/content_scanner.h"

#include "image/content_scanner_rules.h"
#include "util/secrets.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace dw::image {
namespace content {

void HitSink::add(std::string_view rule, std::string evidence, std::size_t offset)
{
    if (full()) return;
    offset = std::min(offset, m_body.size());
    if (offset < m_lineOffset) { // hits of different rules arrive out of order
        m_lineOffset = 0;
        m_line = 1;
    }
    m_line += static_cast<std::size_t>(std::count(m_body.begin() + static_cast<std::ptrdiff_t>(m_lineOffset),
                                                  m_body.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    m_lineOffset = offset;
    m_out.hits.push_back(
        ContentHit{0, std::string(rule), m_entry.path, std::move(evidence) + " at line " + std::to_string(m_line)});
    ++m_count;
}

namespace {

bool isBase64Char(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '=';
}

/// The header's label: "-----BEGIN RSA PRIVATE KEY-----" -> "RSA PRIVATE KEY".
std::string_view keyLabel(std::string_view header)
{
    constexpr std::string_view open = "-----BEGIN ";
    if (header.size() < open.size() + 5) return {};
    return header.substr(open.size(), header.size() - open.size() - 5);
}

} // namespace

void scanPrivateKeys(std::string_view body, HitSink& sink)
{
    if (body.find("PRIVATE KEY") == std::string_view::npos) return;
    const bool withCertificate = body.find("-----BEGIN CERTIFICATE-----") != std::string_view::npos;
    for (const secrets::SecretMatch& key : secrets::findAllSecrets(body, secrets::PrivateKeys, 16)) {
        if (sink.full()) return;
        // A real key has a base64 body after its header; source code that only mentions the header has not.
        const std::size_t bodyStart = key.offset + key.secret.size();
        const std::size_t end = std::min(body.find("-----END", bodyStart), bodyStart + 8192);
        const std::string_view keyBody = body.substr(bodyStart, std::min(end, body.size()) - bodyStart);
        const auto base64 = std::count_if(keyBody.begin(), keyBody.end(), isBase64Char);
        if (base64 < 64) continue;
        std::string evidence = "-----BEGIN " + std::string(keyLabel(key.secret)) + "-----";
        if (withCertificate) evidence += " (next to a certificate)";
        sink.add("DWI101", std::move(evidence), key.offset);
    }
}

void scanTokens(std::string_view body, HitSink& sink)
{
    for (const secrets::SecretMatch& token :
         secrets::findAllSecrets(body, secrets::TokenFormats | secrets::WebTokens, ContentScanner::kMaxHitsPerFile)) {
        sink.add("DWI102", token.kindEn + " (" + secrets::redact(token.secret) + ")", token.offset);
    }
}

} // namespace content

namespace {

/// Extensions of files that are never text worth reading (compiled, compressed, media, fonts, databases).
bool hasBinaryExtension(std::string_view name)
{
    static constexpr std::array<std::string_view, 40> kExtensions{
        ".so",    ".a",    ".o",    ".ko",   ".png",   ".jpg", ".jpeg", ".gif",  ".ico", ".webp",
        ".gz",    ".tgz",  ".xz",   ".bz2",  ".zst",   ".zip", ".jar",  ".war",  ".whl", ".egg",
        ".pyc",   ".pyo",  ".mo",   ".woff", ".woff2", ".ttf", ".otf",  ".pdf",  ".db",  ".sqlite",
        ".class", ".wasm", ".node", ".7z",   ".rpm",   ".deb", ".apk",  ".pack", ".idx", ".dat"};
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return false;
    std::string extension(name.substr(dot));
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(kExtensions.begin(), kExtensions.end(), extension) != kExtensions.end()) return true;
    return name.find(".so.") != std::string_view::npos; // libfoo.so.1.2
}

bool underSkippedTree(std::string_view path)
{
    for (std::string_view prefix : {"proc/", "sys/", "dev/", "usr/share/locale/", "usr/share/zoneinfo/",
                                    "usr/share/icons/", "usr/share/fonts/", "usr/share/mime/"})
        if (path.starts_with(prefix)) return true;
    return false;
}

} // namespace

std::uint64_t ContentScanner::wantedBytes(const LayerEntry& entry) const
{
    if (entry.kind != EntryKind::File || entry.size == 0) return 0;
    if (underSkippedTree(entry.path) || hasBinaryExtension(util::baseName(entry.path))) return 0;
    return std::min(entry.size, m_bodyCap);
}

void ContentScanner::inspect(const LayerEntry& entry, std::string_view body, [[maybe_unused]] bool truncated,
                             LayerContent& out)
{
    if (entry.kind != EntryKind::File || body.empty() || looksBinary(body)) return;
    content::HitSink sink(entry, body, kMaxHitsPerFile, out);
    const bool knownFormat = content::scanShadow(entry.path, body, sink) ||
                             content::scanEnvFile(entry.path, body, sink) ||
                             content::scanCredentialConfig(entry.path, body, sink);
    content::scanPrivateKeys(body, sink);
    if (!knownFormat) content::scanTokens(body, sink);
}

bool looksBinary(std::string_view body)
{
    return body.substr(0, 512).find('\0') != std::string_view::npos;
}

bool isLikelyFixturePath(std::string_view path)
{
    if (path.starts_with("usr/share/doc/") || path.starts_with("usr/share/man/") ||
        path.starts_with("usr/share/gtk-doc/"))
        return true;
    if (path.starts_with("usr/share/") &&
        (path.find("/examples/") != std::string_view::npos || path.find("/example/") != std::string_view::npos))
        return true; // sample sources that distribution packages ship
    if (path.find(".dist-info/") != std::string_view::npos || path.find(".egg-info/") != std::string_view::npos)
        return true; // a Python package's README, with its usage examples
    const bool inPackageTree =
        path.find("site-packages/") != std::string_view::npos ||
        path.find("dist-packages/") != std::string_view::npos || path.find("node_modules/") != std::string_view::npos ||
        path.find("/go/pkg/mod/") != std::string_view::npos || path.starts_with("usr/local/go/") ||
        path.starts_with("usr/lib/go") || path.find("/gems/") != std::string_view::npos ||
        path.find("vendor/") != std::string_view::npos || path.starts_with("usr/lib/python") ||
        path.starts_with("usr/local/lib/python");
    if (!inPackageTree) return false;
    for (std::string_view folder : {"/test/", "/tests/", "/testdata/", "/test_data/", "/fixtures/", "/testing/",
                                    "/__tests__/", "/spec/", "/examples/", "/example/", "/docs/"})
        if (path.find(folder) != std::string_view::npos) return true;
    return false;
}

} // namespace dw::image
