// Image sources: docker save tarballs (legacy and OCI layouts), OCI layout directories and streams, built in
// the test; every hostile case the issue lists; and a real daemon's `docker save` against its image stream.
#include "engine/client.h"
#include "image/archive_digest.h"
#include "image/background_hash.h"
#include "image/image_source.h"
#include "support/dockerd_fixture.h"
#include "support/fake_daemon.h"
#include "support/image_archive_builder.h"
#include "support/image_source_fixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace dw::image;
using namespace dw::test;

class TestImageSource : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    std::string writeFile(const QString& name, const std::string& bytes)
    {
        const QString path = dir_.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) return {};
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
        return path.toStdString();
    }

    ImageExpected<Image> readBytes(const std::string& bytes, const ReadOptions& options = {})
    {
        return readImageArchive(writeFile(QStringLiteral("archive.tar"), bytes), options);
    }

    /// A one-layer image whose layer is `tar`, compressed as asked, in a legacy archive.
    ImageExpected<Image> readSingleLayer(const std::string& tar, Compression compression,
                                         const ReadOptions& options = {})
    {
        FixtureImage image;
        image.layers = {{tar, compression, "RUN x"}};
        return readBytes(dw::test::legacyLayout({image}).tar(), options);
    }

    void expectError(const ImageExpected<Image>& result, ImageErrorKind kind, const QString& mustContain)
    {
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("the read should have failed with: ") + mustContain));
        QVERIFY2(result.error().kind == kind, qPrintable(errorText(result.error())));
        QVERIFY2(QString::fromStdString(result.error().message).contains(mustContain),
                 qPrintable(errorText(result.error())));
    }

    void checkThreeLayerImage(const Image& image, const FixtureImage& fixture)
    {
        QCOMPARE(image.id, fixture.id());
        QCOMPARE(image.layers.size(), std::size_t{3});
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(image.layers[i].diffId, dw::test::sha256Of(fixture.layers[i].tar));
            QCOMPARE(image.layers[i].archiveBytes, fixture.layers[i].blob().size());
            QVERIFY(image.layers[i].history.has_value());
            QCOMPARE(image.layers[i].history->createdBy, fixture.layers[i].createdBy);
        }
        QCOMPARE(image.config.diffIds.size(), std::size_t{3});
        QCOMPARE(image.config.history.size(), std::size_t{5});
        QCOMPARE(image.config.user, std::string("app"));
        QCOMPARE(image.config.cmd, std::vector<std::string>{"sh"});
        QCOMPARE(image.config.exposedPorts, std::vector<std::string>{"80/tcp"});
        QCOMPARE(image.config.healthcheckTest, std::make_optional(std::vector<std::string>{"CMD", "true"}));
        QCOMPARE(image.config.labels.at("maintainer"), std::string("dw"));
        QCOMPARE(image.config.workingDir, std::string("/app"));

        using K = EntryKind;
        const std::vector<std::pair<std::string, EntryKind>> base{
            {"bin", K::Directory},   {"bin/sh", K::File},     {"bin/ls", K::Symlink},     {"bin/ash", K::Hardlink},
            {"etc/passwd", K::File}, {"usr/bin/su", K::File}, {"etc/os-release", K::File}};
        QCOMPARE(pathsAndKinds(image.layers[0]), base);
        const LayerEntry* sh = findEntry(image.layers[0], "bin/sh");
        QCOMPARE(sh->size, std::uint64_t{9});
        QCOMPARE(sh->mode, 0755u);
        QCOMPARE(sh->contentHash, xxh("#!busybox"));
        QCOMPARE(findEntry(image.layers[0], "bin/ls")->linkTarget, std::string("sh"));
        QCOMPARE(findEntry(image.layers[0], "bin/ash")->linkTarget, std::string("bin/sh"));
        QCOMPARE(findEntry(image.layers[0], "bin/ash")->size, std::uint64_t{0});
        QCOMPARE(findEntry(image.layers[0], "usr/bin/su")->mode, 04755u);
        QCOMPARE(findEntry(image.layers[0], "etc/os-release")->uid, 1000u);
        QCOMPARE(findEntry(image.layers[0], "etc/os-release")->gid, 1001u);
        QCOMPARE(image.layers[0].size, std::uint64_t{9 + 2} + kPasswd.size() + kOsRelease.size());

        const std::vector<std::pair<std::string, EntryKind>> second{{"tmp/cache.bin", K::File},
                                                                    {"etc/passwd", K::Whiteout},
                                                                    {"var/cache", K::Directory},
                                                                    {"var/cache", K::OpaqueWhiteout},
                                                                    {"root/.ssh/id_rsa", K::File}};
        QCOMPARE(pathsAndKinds(image.layers[1]), second);
        QCOMPARE(image.layers[1].size, std::uint64_t{3000} + kKey.size());
        QCOMPARE(findEntry(image.layers[1], "tmp/cache.bin")->contentHash, xxh(std::string(3000, 'x')));

        const std::vector<std::pair<std::string, EntryKind>> third{
            {"app/run", K::File}, {"abs/file", K::File}, {"app/x", K::File}, {"app/pipe", K::Fifo}};
        QCOMPARE(pathsAndKinds(image.layers[2]), third);
        QVERIFY2(image.warnings.empty(), image.warnings.empty() ? "" : image.warnings.front().c_str());
    }

  private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void legacyLayout_data()
    {
        QTest::addColumn<int>("outer");
        QTest::newRow("plain tar") << int(Compression::None);
        QTest::newRow("gzip tar") << int(Compression::Gzip);
        QTest::newRow("zstd tar") << int(Compression::Zstd);
    }
    void legacyLayout()
    {
        QFETCH(int, outer);
        const FixtureImage fixture = threeLayerImage();
        RecordingInspector inspector;
        ReadOptions options;
        options.inspectors = {&inspector};
        std::vector<std::pair<std::uint64_t, std::uint64_t>> progress;
        options.progress = [&](std::uint64_t done, std::uint64_t total) { progress.emplace_back(done, total); };
        const std::string bytes = dw::test::legacyLayout({fixture}).tar(Compression(outer));
        const auto result = readBytes(bytes, options);
        REQUIRE_IMAGE(result);
        checkThreeLayerImage(result.value(), fixture);
        QCOMPARE(result.value().repoTags, (std::vector<std::string>{"app:1.0", "app:latest"}));
        QCOMPARE(result.value().layers[1].source,
                 dw::test::hexOf(dw::test::sha256Of(fixture.layers[1].blob())) + "/layer.tar");

        QCOMPARE(result.value().captured.size(), std::size_t{1});
        const CapturedFile& captured = result.value().captured.front();
        QCOMPARE(captured.layerIndex, std::size_t{0});
        QCOMPARE(captured.path, std::string("etc/os-release"));
        QCOMPARE(captured.content, std::string("ID=alpin"));
        QVERIFY(captured.truncated);
        QCOMPARE(result.value().contentHits.size(), std::size_t{1});
        QCOMPARE(result.value().contentHits.front().layerIndex, std::size_t{1});
        QCOMPARE(result.value().contentHits.front().path, std::string("root/.ssh/id_rsa"));

        QVERIFY(!progress.empty());
        QCOMPARE(progress.back(), std::make_pair(std::uint64_t(bytes.size()), std::uint64_t(bytes.size())));
    }

    void ociLayoutTarball_data()
    {
        QTest::addColumn<bool>("withManifestJson");
        QTest::newRow("docker 25 save") << true;
        QTest::newRow("plain OCI tar") << false;
    }
    void ociLayoutTarball()
    {
        QFETCH(bool, withManifestJson);
        const FixtureImage fixture = threeLayerImage();
        const auto result = readBytes(dw::test::ociLayout({fixture}, withManifestJson).tar());
        REQUIRE_IMAGE(result);
        checkThreeLayerImage(result.value(), fixture);
        QCOMPARE(result.value().repoTags.front(), std::string("app:1.0"));
        QCOMPARE(result.value().layers[0].source,
                 "blobs/sha256/" + dw::test::hexOf(dw::test::sha256Of(fixture.layers[0].blob())));
    }

    // Layers of several MiB go through the background hashers (which start past one block); their diff ids and
    // blob digests must be those of the bytes, whatever the compression.
    void largeLayersHashedOnTheirOwnThread_data()
    {
        QTest::addColumn<int>("compression");
        QTest::newRow("none") << int(Compression::None);
        QTest::newRow("gzip") << int(Compression::Gzip);
        QTest::newRow("zstd") << int(Compression::Zstd);
    }
    void largeLayersHashedOnTheirOwnThread()
    {
        QFETCH(int, compression);
        std::string noise(BackgroundSha256::kBlockBytes * 5 + 12345, '\0');
        std::uint64_t x = 88172645463325252ull; // xorshift: incompressible, so the blob is large too
        for (char& c : noise) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            c = static_cast<char>(x);
        }
        FixtureImage fixture;
        for (int i = 0; i < 2; ++i) {
            TarBuilder tar;
            tar.file("opt/blob" + std::to_string(i), noise.substr(static_cast<std::size_t>(i) * 777));
            fixture.layers.push_back({tar.bytes(), Compression(compression), "COPY blob /opt/"});
        }
        fixture.tags = {"big:1"};
        const auto result = readBytes(dw::test::ociLayout({fixture}, true).tar());
        REQUIRE_IMAGE(result);
        QCOMPARE(result.value().id, fixture.id());
        for (std::size_t i = 0; i < 2; ++i) {
            QCOMPARE(result.value().layers[i].diffId, dw::test::sha256Of(fixture.layers[i].tar));
            QCOMPARE(result.value().layers[i].source,
                     "blobs/sha256/" + dw::test::hexOf(dw::test::sha256Of(fixture.layers[i].blob())));
        }
    }

    void backgroundHashMatchesOneShot_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("chunk");
        const int block = int(BackgroundSha256::kBlockBytes);
        QTest::newRow("empty") << 0 << 1;
        QTest::newRow("one byte") << 1 << 1;
        QTest::newRow("one block less one") << block - 1 << 4096;
        QTest::newRow("exactly one block") << block << block;
        QTest::newRow("one block and one") << block + 1 << 65536;
        QTest::newRow("more than the queue holds") << block * 9 + 3 << 100003;
        QTest::newRow("chunks larger than a block") << block * 7 + 5 << block * 3 + 1;
    }
    void backgroundHashMatchesOneShot()
    {
        QFETCH(int, length);
        QFETCH(int, chunk);
        std::string bytes(static_cast<std::size_t>(length), '\0');
        for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 2654435761u) >> 13);
        BackgroundSha256 background;
        for (std::size_t at = 0; at < bytes.size(); at += static_cast<std::size_t>(chunk))
            background.update(std::string_view(bytes).substr(at, static_cast<std::size_t>(chunk)));
        QCOMPARE(background.finish(), Sha256::of(bytes));
        QCOMPARE(Sha256::of(bytes), dw::test::sha256Of(bytes));

        BackgroundSha256 abandoned; // destroyed mid-stream, as when a read fails or is cancelled
        abandoned.update(bytes);
    }

    void ociLayoutDirectory()
    {
        const FixtureImage fixture = threeLayerImage();
        QTemporaryDir layoutDir;
        QVERIFY(dw::test::ociLayout({fixture}, false, false).writeTo(layoutDir.path()));
        const auto result = readOciLayoutDirectory(layoutDir.path().toStdString());
        REQUIRE_IMAGE(result);
        checkThreeLayerImage(result.value(), fixture);
        QCOMPARE(result.value().repoTags, std::vector<std::string>{"app:1.0"});

        QTemporaryDir savedDir; // an unpacked docker 25 save: manifest.json and legacy symlinks as well
        QVERIFY(dw::test::ociLayout({fixture}, true, true).writeTo(savedDir.path()));
        const auto saved = readImageArchive(savedDir.path().toStdString());
        REQUIRE_IMAGE(saved);
        QVERIFY(sameEntries(saved.value(), result.value()));
        QCOMPARE(saved.value().repoTags, (std::vector<std::string>{"app:1.0", "app:latest"}));
    }

    void severalImages()
    {
        FixtureImage first = threeLayerImage();
        FixtureImage second;
        second.layers = {baseLayer()};
        second.tags = {"base:2"};
        FixtureImage untagged;
        untagged.layers = {zstdLayer()};
        const std::string bytes = dw::test::legacyLayout({first, second, untagged}).tar();
        const auto byDefault = readBytes(bytes);
        REQUIRE_IMAGE(byDefault);
        QCOMPARE(byDefault.value().id, first.id());
        ReadOptions options;
        options.imageName = "base:2";
        const auto byTag = readBytes(bytes, options);
        REQUIRE_IMAGE(byTag);
        QCOMPARE(byTag.value().id, second.id());
        QCOMPARE(byTag.value().layers.size(), std::size_t{1});
        options.imageName = "app";
        QCOMPARE(readBytes(bytes, options).value().id, first.id());
        options.imageName = dw::test::hexOf(untagged.id()).substr(0, 12);
        QCOMPARE(readBytes(bytes, options).value().id, untagged.id());
        options.imageName = untagged.id();
        QCOMPARE(readBytes(bytes, options).value().id, untagged.id());
        options.imageName = "nope:1";
        expectError(readBytes(bytes, options), ImageErrorKind::NotFound,
                    "no image 'nope:1' in " + dir_.filePath("archive.tar") +
                        "; it holds: app:1.0, app:latest, base:2, " +
                        QString::fromStdString(untagged.id().substr(0, 19)) + " (untagged)");
    }

    void hostileEntries()
    {
        TarBuilder tar;
        tar.file("../../etc/evil", "x").file("ok", "fine").symlink("app/escape", "../../../etc/shadow");
        tar.hardlink("app/hl", "nowhere/file").hardlink("app/up", "../../x").file("a/../../b", "y");
        const auto result = readSingleLayer(tar.bytes(), Compression::Gzip);
        REQUIRE_IMAGE(result);
        using K = EntryKind;
        const std::vector<std::pair<std::string, EntryKind>> expected{
            {"ok", K::File}, {"app/escape", K::Symlink}, {"app/hl", K::Hardlink}};
        QCOMPARE(pathsAndKinds(result.value().layers[0]), expected);
        QCOMPARE(findEntry(result.value().layers[0], "app/escape")->linkTarget, std::string("../../../etc/shadow"));
        const auto& warnings = result.value().warnings;
        QCOMPARE(warnings.size(), std::size_t{4});
        QVERIFY(QString::fromStdString(warnings[0]).contains("entry '../../etc/evil' climbs out of the image root"));
        QVERIFY(QString::fromStdString(warnings[1]).contains("hard link 'app/up' points out of the image root"));
        QVERIFY(QString::fromStdString(warnings[2]).contains("entry 'a/../../b' climbs out"));
        // Hard link targets are checked once the layer's entries are all known.
        QVERIFY(QString::fromStdString(warnings[3])
                    .contains("hard link 'app/hl' points to 'nowhere/file', which is not earlier"));
    }

    void truncatedAndCorrupt()
    {
        TarBuilder lying;
        lying.file("etc/a", "a").lyingFile("etc/big", 5000, std::string(100, 'b'));
        expectError(readSingleLayer(lying.bytes(), Compression::None), ImageErrorKind::Corrupt,
                    "file 'etc/big' (5000 bytes declared) is cut short");
        TarBuilder enormous; // 8 GiB declared, nothing behind it
        enormous.lyingFile("huge", 077777777777ull, "");
        expectError(readSingleLayer(enormous.bytes(), Compression::Gzip), ImageErrorKind::Corrupt, "'huge'");

        const std::string archive = dw::test::legacyLayout({threeLayerImage()}).tar();
        expectError(readBytes(archive.substr(0, archive.size() / 2)), ImageErrorKind::Corrupt, "cut short");

        TarBuilder big;
        for (int i = 0; i < 50; ++i)
            big.file("f" + std::to_string(i), std::string(2000, char('a' + i % 26)));
        for (const Compression compression : {Compression::Gzip, Compression::Zstd}) {
            std::string blob = dw::test::compress(big.bytes(), compression);
            for (std::size_t i = 20; i < 60; ++i)
                blob[i] = static_cast<char>(blob[i] ^ 0x5a);
            FixtureImage image;
            image.layers = {{big.bytes(), compression, "RUN x"}};
            auto layout = dw::test::legacyLayout({image});
            const std::string member =
                dw::test::hexOf(dw::test::sha256Of(dw::test::compress(big.bytes(), compression))) + "/layer.tar";
            for (auto& m : layout.members)
                if (m.path == member) m.body = blob;
            expectError(readBytes(layout.tar()), ImageErrorKind::Corrupt, QString::fromStdString("layer " + member));
        }
        expectError(readBytes(std::string(4096, 'z')), ImageErrorKind::NotAnImage, "not an image archive");
        std::string gzipOuter = dw::test::compress(archive, Compression::Gzip);
        for (std::size_t i = 12; i < 40; ++i)
            gzipOuter[i] = static_cast<char>(gzipOuter[i] ^ 0x33);
        expectError(readBytes(gzipOuter), ImageErrorKind::Corrupt, "the compressed archive is corrupt or not a tar");
        expectError(readImageArchive(dir_.filePath("missing.tar").toStdString()), ImageErrorKind::Io, "no such file");
        expectError(readBytes(TarBuilder().file("hello.txt", "hi").bytes()), ImageErrorKind::NotAnImage,
                    "neither manifest.json nor index.json");
    }

    void limits_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("layer bytes") << "layer"
                                     << "expands to more than 1048576 bytes, the limit for one layer";
        QTest::newRow("ratio") << "ratio"
                               << "refusing a likely decompression bomb";
        QTest::newRow("total bytes") << "total"
                                     << "bytes together, the limit for one image";
        QTest::newRow("entries") << "entries"
                                 << "has more than 10 entries";
        QTest::newRow("path length") << "path"
                                     << "bytes long, over the limit of 64";
        QTest::newRow("outer bomb") << "outer"
                                    << "archive.tar expands more than 50 times its compressed size";
        QTest::newRow("outer declared size") << "outer declared"
                                             << "member junk declares 2097152 bytes, more than the limit";
        QTest::newRow("declared size") << "declared"
                                       << "file 'huge' declares 8589934591 bytes, more than the limit";
    }
    void limits()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        ReadOptions options;
        FixtureImage image;
        const std::string zeros(2 << 20, '\0');
        if (what == "layer") {
            options.limits.maxLayerBytes = 1 << 20;
            TarBuilder tar; // no file alone is over the limit, together they are
            for (int i = 0; i < 8; ++i)
                tar.file("zeros" + std::to_string(i), std::string(256 << 10, '\0'));
            image.layers = {{tar.bytes(), Compression::Gzip, "RUN x"}};
        } else if (what == "ratio") {
            options.limits.ratioFloorBytes = 64 << 10;
            options.limits.maxCompressionRatio = 50;
            image.layers = {{TarBuilder().file("zeros", zeros).bytes(), Compression::Zstd, "RUN x"}};
        } else if (what == "total") {
            options.limits.maxTotalBytes = 3 << 20;
            image.layers = {{TarBuilder().file("a", zeros).bytes(), Compression::Gzip, "RUN a"},
                            {TarBuilder().file("b", zeros).bytes(), Compression::Gzip, "RUN b"}};
        } else if (what == "entries") {
            options.limits.maxEntriesPerLayer = 10;
            TarBuilder tar;
            for (int i = 0; i < 20; ++i)
                tar.file("f" + std::to_string(i), "x");
            image.layers = {{tar.bytes(), Compression::None, "RUN x"}};
        } else if (what == "path") {
            options.limits.maxPathLength = 64;
            image.layers = {{TarBuilder().file(std::string(150, 'p'), "x").bytes(), Compression::None, "RUN x"}};
        } else if (what.startsWith("outer")) { // an unknown member in a compressed outer archive
            options.limits.ratioFloorBytes = 64 << 10;
            options.limits.maxCompressionRatio = 50;
            if (what == "outer declared") options.limits.maxLayerBytes = 1 << 20;
            image.layers = {{TarBuilder().file("a", "a").bytes(), Compression::Gzip, "RUN a"}};
            auto layout = dw::test::legacyLayout({image});
            layout.file("junk", zeros);
            expectError(readBytes(layout.tar(Compression::Zstd), options), ImageErrorKind::LimitExceeded, message);
            return;
        } else {
            options.limits.maxLayerBytes = 1 << 30;
            image.layers = {{TarBuilder().lyingFile("huge", 077777777777ull, "").bytes(), Compression::None, "RUN x"}};
        }
        expectError(readBytes(dw::test::legacyLayout({image}).tar(), options), ImageErrorKind::LimitExceeded, message);
    }

    void lyingManifest()
    {
        const FixtureImage good = threeLayerImage();
        const std::string layer0 = dw::test::hexOf(dw::test::sha256Of(good.layers[0].blob())) + "/layer.tar";
        auto legacy = [&](const FixtureImage& image, const std::function<void(nlohmann::json&)>& edit) {
            return readBytes(dw::test::legacyLayout({image}, edit).tar());
        };
        expectError(legacy(good, [](nlohmann::json& m) { m[0]["Layers"][1] = "nope/layer.tar"; }),
                    ImageErrorKind::BadManifest, "layer nope/layer.tar named by manifest.json is not in");
        expectError(legacy(good, [](nlohmann::json& m) { m[0]["Config"] = "deadbeef.json"; }),
                    ImageErrorKind::BadManifest, "config deadbeef.json named by manifest.json is not in");
        expectError(legacy(good, [](nlohmann::json& m) { m[0]["Layers"].erase(2); }), ImageErrorKind::BadManifest,
                    "manifest.json lists 2 layers but config");
        expectError(legacy(good, [](nlohmann::json& m) { m[0]["Layers"][0] = "../../etc/passwd"; }),
                    ImageErrorKind::BadManifest, "names '../../etc/passwd', which is not a path inside the archive");
        expectError(legacy(good, [](nlohmann::json& m) { m = nlohmann::json::object(); }), ImageErrorKind::BadManifest,
                    "manifest.json of " + dir_.filePath("archive.tar") + " is malformed: not a JSON array");

        FixtureImage swapped = good;
        swapped.editConfig = [](nlohmann::json& c) {
            std::swap(c["rootfs"]["diff_ids"][0], c["rootfs"]["diff_ids"][1]);
        };
        expectError(legacy(swapped, {}), ImageErrorKind::BadManifest,
                    QString::fromStdString("layer " + layer0 + " has diff id " +
                                           dw::test::sha256Of(good.layers[0].tar) +
                                           ", but rootfs.diff_ids[0] in config"));
        FixtureImage malformed = good;
        malformed.rawConfig = "{\"rootfs\": [";
        expectError(legacy(malformed, {}), ImageErrorKind::BadManifest, "is malformed: not valid JSON");
        malformed.rawConfig = std::string(200000, '[') + std::string(200000, ']'); // deep nesting, no stack overflow
        expectError(legacy(malformed, {}), ImageErrorKind::BadManifest, "is malformed: not a JSON object");

        auto oci = dw::test::ociLayout({good}, false);
        const std::string blob0 = "blobs/sha256/" + dw::test::hexOf(dw::test::sha256Of(good.layers[0].blob()));
        for (auto& member : oci.members)
            if (member.path == blob0) member.body = dw::test::compress(good.layers[0].tar, Compression::Gzip);
        expectError(readBytes(oci.tar()), ImageErrorKind::BadManifest,
                    QString::fromStdString("layer " + blob0 + " hashes to"));
    }

    void cancellation()
    {
        std::atomic<bool> cancel{true};
        ReadOptions options;
        options.cancel = &cancel;
        expectError(readBytes(dw::test::legacyLayout({threeLayerImage()}).tar(), options), ImageErrorKind::Cancelled,
                    "cancelled");
    }

    void stream()
    {
        const FixtureImage fixture = threeLayerImage();
        const std::string bytes = dw::test::legacyLayout({fixture}).tar(Compression::Gzip);
        const auto fromFile = readBytes(bytes);
        REQUIRE_IMAGE(fromFile);
        const auto streamed = readImageStream([&](const std::function<bool(std::string_view)>& push) {
            for (std::size_t at = 0; at < bytes.size(); at += 1000)
                if (!push(std::string_view(bytes).substr(at, 1000))) return std::string("stopped");
            return std::string();
        });
        REQUIRE_IMAGE(streamed);
        QVERIFY(sameEntries(streamed.value(), fromFile.value()));
        QCOMPARE(streamed.value().id, fixture.id());

        const auto failed = readImageStream([&](const std::function<bool(std::string_view)>& push) {
            push(std::string_view(bytes).substr(0, bytes.size() / 3));
            return std::string("GET /images/app/get: the daemon closed the connection");
        });
        expectError(failed, ImageErrorKind::Engine, "the daemon closed the connection");

        std::size_t pushedAfterStop = 0; // the reader stops early: the producer must be told, not block forever
        const auto garbage = readImageStream([&](const std::function<bool(std::string_view)>& push) {
            const std::string junk(64 << 10, 'j');
            for (int i = 0; i < 1000; ++i)
                if (!push(junk)) return std::string();
            pushedAfterStop = 1000;
            return std::string();
        });
        expectError(garbage, ImageErrorKind::NotAnImage, "not an image archive: the image stream");
        QCOMPARE(pushedAfterStop, std::size_t{0});
    }

    void daemonTransfer()
    {
        using dw::test::FakeReply;
        QTemporaryDir socketDir;
        const std::string socket = socketDir.filePath("d.sock").toStdString();
        dw::test::FakeDaemon daemon(socket);
        std::string why;
        QVERIFY2(daemon.start(&why), why.c_str());
        const FixtureImage fixture = threeLayerImage();
        const std::string bytes = dw::test::legacyLayout({fixture}).tar();
        daemon.route("/images/app:1.0/get", FakeReply{FakeReply::Kind::Normal, 200, bytes, {}, 0});
        daemon.route("/images/gone/get",
                     FakeReply{FakeReply::Kind::Normal, 404, R"({"message":"No such image: gone"})", {}, 0});
        daemon.route("/images/cut/get", FakeReply{FakeReply::Kind::CloseMidBody, 200, bytes, {}, 0});
        daemon.route("/images/stall/get", FakeReply{FakeReply::Kind::Stall, 200, bytes.substr(0, 3000), {}, 0});
        dw::engine::Endpoint endpoint;
        endpoint.transport = dw::engine::Transport::Unix;
        endpoint.socketPath = socket;
        endpoint.url = "unix://" + socket;
        dw::engine::ClientOptions clientOptions;
        clientOptions.maxResponseBytes = 1024; // caps whole bodies, never a raw stream
        clientOptions.idleTimeout = std::chrono::milliseconds(1500);
        dw::engine::Client client(endpoint, clientOptions);

        const auto image = readImageFromDaemon(client, "app:1.0");
        REQUIRE_IMAGE(image);
        checkThreeLayerImage(image.value(), fixture);
        expectError(readImageFromDaemon(client, "gone"), ImageErrorKind::Engine, "HTTP 404: No such image: gone");
        expectError(readImageFromDaemon(client, "cut"), ImageErrorKind::Engine, "closed the connection");
        expectError(readImageFromDaemon(client, "stall"), ImageErrorKind::Engine, "timed out: no data for 1500 ms");
    }

    void realDaemon()
    {
        dw::test::DockerdFixture dockerd;
        const QString why = dockerd.start();
        if (!why.isEmpty()) QSKIP(qPrintable("no real dockerd: " + why));
        const QString host = "unix://" + dockerd.socketPath();
        auto docker = [&](const QStringList& args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("DOCKER_BUILDKIT", "0");
            process.setProcessEnvironment(env);
            process.start("docker", QStringList{"-H", host} + args);
            process.waitForFinished(300000);
            return std::make_pair(process.exitCode(), process.readAllStandardOutput() + process.readAllStandardError());
        };
        QTemporaryDir context;
        QVERIFY(QFile::copy("/bin/busybox", context.filePath("busybox")));
        QFile dockerfile(context.filePath("Dockerfile"));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM scratch\nCOPY busybox /bin/busybox\n"
                         "RUN [\"/bin/busybox\", \"sh\", \"-c\", \"/bin/busybox mkdir -p /data && echo secret > "
                         "/data/old.txt && /bin/busybox cp /bin/busybox /bin/su && /bin/busybox chmod 4755 /bin/su\"]\n"
                         "ENV A=1\n"
                         "RUN [\"/bin/busybox\", \"rm\", \"/data/old.txt\"]\n");
        dockerfile.close();
        const auto build =
            docker({"build", "--network", "none", "-q", "-t", "dw-src:1", "-t", "dw-src:2", context.path()});
        QVERIFY2(build.first == 0, build.second.constData());
        const QString savePath = dir_.filePath("saved.tar");
        const auto save = docker({"save", "-o", savePath, "dw-src:1"});
        QVERIFY2(save.first == 0, save.second.constData());
        const auto inspect = docker({"image", "inspect", "--format", "{{json .RootFS.Layers}}", "dw-src:1"});
        QVERIFY2(inspect.first == 0, inspect.second.constData());
        const auto expectedIds =
            nlohmann::json::parse(inspect.second.trimmed().toStdString()).get<std::vector<std::string>>();

        const auto fromFile = readImageArchive(savePath.toStdString());
        REQUIRE_IMAGE(fromFile);
        dw::engine::Client client(dockerd.endpoint());
        QVERIFY(client.negotiateVersion());
        const auto fromDaemon = readImageFromDaemon(client, "dw-src:1");
        REQUIRE_IMAGE(fromDaemon);
        QVERIFY(sameEntries(fromFile.value(), fromDaemon.value()));
        QCOMPARE(fromFile.value().id, fromDaemon.value().id);

        const Image& image = fromFile.value();
        QCOMPARE(image.layers.size(), std::size_t{3});
        for (std::size_t i = 0; i < 3; ++i)
            QCOMPARE(image.layers[i].diffId, expectedIds[i]);
        QCOMPARE(image.config.diffIds, expectedIds);
        QVERIFY(std::find(image.repoTags.begin(), image.repoTags.end(), "dw-src:1") != image.repoTags.end());
        QVERIFY(findEntry(image.layers[0], "bin/busybox"));
        QCOMPARE(findEntry(image.layers[1], "bin/su")->mode, 04755u);
        QCOMPARE(findEntry(image.layers[1], "data/old.txt")->contentHash, xxh("secret\n"));
        const LayerEntry* deleted = findEntry(image.layers[2], "data/old.txt");
        QVERIFY(deleted);
        QCOMPARE(deleted->kind, EntryKind::Whiteout);
        QVERIFY(QString::fromStdString(image.layers[2].history->createdBy).contains("rm"));
        QVERIFY(QString::fromStdString(image.layers[1].history->createdBy).contains("mkdir"));

        const auto missing = readImageFromDaemon(client, "no-such-image:9");
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ImageErrorKind::Engine);
        QVERIFY2(QString::fromStdString(missing.error().message).contains("no-such-image"),
                 missing.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestImageSource)
#include "tst_image_source.moc"
