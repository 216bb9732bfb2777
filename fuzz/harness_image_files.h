// Fuzz harness body: the parsers of what an image holds, fed directly (reaching them through a fuzzed tar is
// slow): image config, docker save manifest, OCI index and manifest, trivy/grype reports, os-release, dpkg
// status, apk installed, rpm headers and rpm sqlite databases, the content scanner and the secret detector.
//
// Input: one selector byte, then the body. Nothing beyond "no crash, no leak, no hang" is checked.
#pragma once

#include "harness_support.h"

#include "image/config_decode.h"
#include "image/content_scanner.h"
#include "image/os_release.h"
#include "image/packages.h"
#include "image/packages_inspector.h"
#include "image/sbom.h"
#include "image/vulnerabilities.h"
#include "util/secrets.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dw::fuzz {

inline void listPackageUrls(const image::PackageParse& parsed)
{
    image::OsInfo os = image::parseOsRelease("ID=debian\nVERSION_ID=12\n");
    for (const auto& package : parsed.packages)
        (void)image::packageUrl(package, os);
}

inline void scanBody(std::uint8_t pathChoice, std::string_view body)
{
    static constexpr std::array<const char*, 8> kPaths = {
        "etc/shadow",      "root/.ssh/id_rsa",       "home/app/.npmrc",    "app/.env", "root/.docker/config.json",
        "app/.git/config", "usr/share/doc/x/README", "srv/app/settings.py"};
    image::LayerEntry entry;
    entry.path = kPaths[pathChoice % kPaths.size()];
    entry.size = body.size();
    entry.mode = 0644;
    image::ContentScanner scanner;
    image::PackageFilesInspector packageFiles;
    image::LayerContent content;
    const bool truncated = (pathChoice & 0x80u) != 0;
    if (scanner.wantedBytes(entry) > 0) scanner.inspect(entry, body, truncated, content);
    if (packageFiles.wantedBytes(entry) > 0) packageFiles.inspect(entry, body, truncated, content);
    (void)image::looksBinary(body);
    (void)image::isLikelyFixturePath(body);
}

inline void findSecrets(std::string_view body)
{
    (void)secrets::findAllSecrets(body, secrets::AllFamilies);
    (void)secrets::redactAll(body);
    (void)secrets::redact(body);
    (void)secrets::isPlaceholderSecret(body);
    const std::size_t eq = body.find('=');
    if (eq != std::string_view::npos) {
        (void)secrets::isSecretName(body.substr(0, eq));
        (void)secrets::findAssignedSecret(body.substr(0, eq), body.substr(eq + 1));
    }
}

inline int runImageFilesHarness(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) return 0;
    const std::uint8_t selector = data[0];
    const std::string text = asString(data + 1, size - 1);
    const std::string_view body = text;
    const std::string source = "fuzz";
    switch (selector % 12) {
    case 0:
        (void)image::decodeImageConfig(body, source);
        break;
    case 1:
        (void)image::decodeSavedManifest(body, source);
        break;
    case 2:
        (void)image::isOciIndexDocument(body);
        if (auto index = image::decodeOciIndex(body, source))
            for (const auto& descriptor : index.value())
                (void)image::blobPath(descriptor.digest);
        break;
    case 3:
        if (auto manifest = image::decodeOciManifest(body, source)) {
            (void)image::blobPath(manifest.value().config.digest);
            for (const auto& layer : manifest.value().layers)
                (void)image::blobPath(layer.digest);
        }
        break;
    case 4:
        (void)image::parseScannerReport(body);
        break;
    case 5:
        (void)image::parseOsReleaseFields(body);
        (void)image::parseOsRelease(body);
        break;
    case 6:
        listPackageUrls(image::parseDpkgStatus(body, 0));
        listPackageUrls(image::parseDpkgStatus(body, 1, false));
        break;
    case 7:
        listPackageUrls(image::parseApkInstalled(body, 0));
        break;
    case 8: {
        image::Package package;
        if (image::parseRpmHeader(body, package)) listPackageUrls(image::PackageParse{{package}, {}});
        break;
    }
    case 9:
        listPackageUrls(image::parseRpmSqlite(body, 0));
        break;
    case 10:
        scanBody(selector, body);
        break;
    default:
        findSecrets(body);
        break;
    }
    return 0;
}

} // namespace dw::fuzz
