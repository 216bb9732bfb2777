// Package inventory and SBOM (core/image/packages*, sbom): dpkg, distroless status.d, apk and rpm sqlite databases
// with hostile input for every parser, the layer that installed each package, package URLs and the CycloneDX
// document's structure.
#include "image/packages.h"
#include "image/sbom.h"
#include "support/package_fixtures.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>
#include <QtTest>

#include <set>
#include <string>
#include <vector>

using namespace dw;
using namespace dw::image;
using namespace package_fixtures;

class TestImagePackages : public QObject {
    Q_OBJECT

  private slots:
    void dpkgStatus();
    void dpkgDistrolessStatusD();
    void apkInstalled();
    void rpmHeaders();
    void rpmHostileHeaders_data();
    void rpmHostileHeaders();
    void rpmSqlite();
    void rpmHostileDatabases();
    void hostileTextDatabases();
    void inventoryLayersAndDeletion();
    void packageUrls_data();
    void packageUrls();
    void sbomStructure();
};

void TestImagePackages::dpkgStatus()
{
    const char* status = "Package: libc6\r\n"
                         "Status: install ok installed\r\n"
                         "Architecture: amd64\r\n"
                         "Source: glibc (2.36-9+deb12u4)\r\n"
                         "Version: 2.36-9+deb12u4\r\n"
                         "Description: GNU C Library\r\n"
                         " Package: not-a-package\r\n"
                         " .\r\n"
                         "\r\n"
                         "Package: removed-one\n"
                         "Status: deinstall ok config-files\n"
                         "Version: 1.0\n"
                         "\n\n\n"
                         "package: bash\n"
                         "status: install ok installed\n"
                         "version: 5.2.15-2+b2\n"
                         "architecture: amd64\n"
                         "Source: bash\n"
                         "\n"
                         "Package: half-installed\n"
                         "Status: install ok half-installed\n"
                         "Version: 2\n"
                         "\n"
                         "Package: no-version\n"
                         "Status: install ok installed\n"
                         "\n"
                         "Package: no-status\n"
                         "Version: 1\n";
    const PackageParse parsed = parseDpkgStatus(status, 3);
    QCOMPARE(parsed.packages.size(), std::size_t(2));
    const Package& libc = parsed.packages[0];
    QCOMPARE(libc.type, PackageType::Deb);
    QCOMPARE(libc.name, std::string("libc6"));
    QCOMPARE(libc.version, std::string("2.36-9+deb12u4"));
    QCOMPARE(libc.arch, std::string("amd64"));
    QCOMPARE(libc.source, std::string("glibc"));
    QCOMPARE(libc.layerIndex, std::size_t(3));
    QCOMPARE(parsed.packages[1].name, std::string("bash"));
    QCOMPARE(parsed.packages[1].source, std::string()); // same as the name
    QCOMPARE(parsed.warnings, std::vector<std::string>{"1 dpkg records without Package or Version"});
}

void TestImagePackages::dpkgDistrolessStatusD()
{
    const Image image = ImageBuilder()
                            .file("etc/os-release", "PRETTY_NAME=\"Distroless\"\nID=debian\nVERSION_ID=\"12\"\n")
                            .file("var/lib/dpkg/status.d/base", "Package: base-files\nVersion: 12.4+deb12u5\n"
                                                                "Architecture: amd64\n")
                            .file("var/lib/dpkg/status.d/base.md5sums", "d41d8cd98f00b204e9800998ecf8427e  x\n")
                            .file("var/lib/dpkg/status.d/tzdata", "Package: tzdata\nVersion: 2024a-0+deb12u1\n"
                                                                  "Architecture: all\nStatus: install ok installed\n")
                            .build();
    const PackageInventory inventory = readPackages(image);
    QCOMPARE(inventory.packages.size(), std::size_t(2));
    QCOMPARE(inventory.packages[0].name, std::string("base-files"));
    QCOMPARE(inventory.packages[1].name, std::string("tzdata"));
    QCOMPARE(inventory.databases, std::vector<std::string>{"var/lib/dpkg/status.d/ (2 files)"});
    QVERIFY(inventory.warnings.empty());
    QCOMPARE(osWithoutEolNote(identifyOs(image)).en,
             std::string("A distroless image: it follows the Debian release it was built from."));
}

void TestImagePackages::apkInstalled()
{
    const char* installed = "C:Q1abc=\nP:musl\nV:1.2.4-r2\nA:x86_64\nS:383152\nT:the musl c library\n"
                            "o:musl\nL:MIT\nF:lib\nR:libc.musl-x86_64.so.1\n\n"
                            "P:busybox-binsh\nV:1.36.1-r15\nA:x86_64\nL:GPL-2.0-only\no:busybox\n\n"
                            "V:9\nA:x86_64\n\n"
                            "P:ssl_client\nV:1.36.1-r15";
    const PackageParse parsed = parseApkInstalled(installed, 0);
    QCOMPARE(parsed.packages.size(), std::size_t(3));
    const Package& musl = parsed.packages[0];
    QCOMPARE(musl.type, PackageType::Apk);
    QCOMPARE(musl.name, std::string("musl"));
    QCOMPARE(musl.version, std::string("1.2.4-r2"));
    QCOMPARE(musl.arch, std::string("x86_64"));
    QCOMPARE(musl.license, std::string("MIT"));
    QCOMPARE(musl.source, std::string());
    QCOMPARE(parsed.packages[1].source, std::string("busybox"));
    QCOMPARE(parsed.packages[1].license, std::string("GPL-2.0-only"));
    QCOMPARE(parsed.packages[2].name, std::string("ssl_client"));
    QCOMPARE(parsed.warnings, std::vector<std::string>{"1 apk records without P: or V:"});
}

void TestImagePackages::rpmHeaders()
{
    Package p;
    QVERIFY(parseRpmHeader(rpmPackage("openssl-libs", "3.0.7", "27.el9", "x86_64", 1), p));
    QCOMPARE(p.type, PackageType::Rpm);
    QCOMPARE(p.name, std::string("openssl-libs"));
    QCOMPARE(p.version, std::string("3.0.7-27.el9"));
    QCOMPARE(p.epoch, std::string("1"));
    QCOMPARE(p.fullVersion(), std::string("1:3.0.7-27.el9"));
    QCOMPARE(p.arch, std::string("x86_64"));
    QCOMPARE(p.license, std::string("MIT"));
    QCOMPARE(p.source, std::string("openssl-libs-3.0.7-27.el9.src.rpm"));

    // With the on-disk header magic in front; epoch 0 is no epoch.
    const std::string magic("\x8e\xad\xe8\x01\0\0\0\0", 8);
    QVERIFY(parseRpmHeader(magic + rpmPackage("bash", "5.1.8", "9.el9", "x86_64", 0), p));
    QCOMPARE(p.name, std::string("bash"));
    QCOMPARE(p.epoch, std::string());
    QCOMPARE(p.fullVersion(), std::string("5.1.8-9.el9"));
}

void TestImagePackages::rpmHostileHeaders_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<bool>("parses");
    const std::string good = rpmPackage("zlib", "1.2.11", "40.el9", "x86_64");
    auto bytes = [](const std::string& s) { return QByteArray(s.data(), qsizetype(s.size())); };
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("short") << QByteArray("\0\0\0", 3) << false;
    QTest::newRow("zero entries") << bytes(be32(0) + be32(0)) << false;
    QTest::newRow("huge index count") << bytes(be32(0xFFFFFFFF) + be32(10) + std::string(64, 'x')) << false;
    QTest::newRow("huge data length") << bytes(be32(1) + be32(0x7FFFFFFF) + std::string(64, 'x')) << false;
    QTest::newRow("truncated") << bytes(good.substr(0, good.size() - 5)) << false;
    QTest::newRow("index past data") << bytes(be32(1) + be32(4) + be32(1000) + be32(6) + be32(100) + be32(1) + "abc")
                                     << false;
    QTest::newRow("string without NUL") << bytes(be32(1) + be32(4) + be32(1000) + be32(6) + be32(0) + be32(1) + "abcd")
                                        << false;
    QTest::newRow("name of the wrong type")
        << bytes(be32(1) + be32(4) + be32(1000) + be32(4) + be32(0) + be32(1) + "abc\0") << false;
    QTest::newRow("epoch past the end") << bytes(be32(2) + be32(4) + be32(1000) + be32(6) + be32(0) + be32(1) +
                                                 be32(1003) + be32(4) + be32(2) + be32(1) + std::string("ab\0\0", 4))
                                        << true;
    QTest::newRow("good") << bytes(good) << true;
}

void TestImagePackages::rpmHostileHeaders()
{
    QFETCH(QByteArray, blob);
    QFETCH(bool, parses);
    Package p;
    QCOMPARE(parseRpmHeader(std::string_view(blob.constData(), std::size_t(blob.size())), p), parses);
    if (parses) QVERIFY(p.epoch.empty());
}

void TestImagePackages::rpmSqlite()
{
    const std::string db = rpmDatabase(
        {rpmPackage("bash", "5.1.8", "9.el9", "x86_64"), rpmPackage("gpg-pubkey", "fd431d51", "4ae0493b", "(none)"),
         std::string("garbage"), rpmPackage("openssl-libs", "3.0.7", "27.el9", "x86_64", 1)});
    PackageParse parsed = parseRpmSqlite(db, 2);
    QCOMPARE(parsed.packages.size(), std::size_t(2));
    QCOMPARE(parsed.packages[0].name, std::string("bash"));
    QCOMPARE(parsed.packages[0].layerIndex, std::size_t(2));
    QCOMPARE(parsed.packages[1].fullVersion(), std::string("1:3.0.7-27.el9"));
    QCOMPARE(parsed.warnings, std::vector<std::string>{"1 malformed rpm headers skipped"});

    // rpm keeps its database in WAL mode; the header says so in bytes 18 and 19.
    std::string wal = db;
    wal[18] = 2;
    wal[19] = 2;
    parsed = parseRpmSqlite(wal, 0);
    QCOMPARE(parsed.packages.size(), std::size_t(2));

    // Through the image: the sysimage location of newer distributions, with the inventory sorted.
    const Image image = ImageBuilder()
                            .file("etc/os-release", "ID=\"rocky\"\nVERSION_ID=\"9.3\"\n")
                            .file("usr/lib/sysimage/rpm/rpmdb.sqlite", db)
                            .build();
    const PackageInventory inventory = readPackages(image);
    QCOMPARE(inventory.databases, std::vector<std::string>{"usr/lib/sysimage/rpm/rpmdb.sqlite"});
    QCOMPARE(inventory.packages.size(), std::size_t(2));
    QCOMPARE(inventory.warnings,
             std::vector<std::string>{"usr/lib/sysimage/rpm/rpmdb.sqlite: 1 malformed rpm headers skipped"});
}

void TestImagePackages::rpmHostileDatabases()
{
    const std::string db = rpmDatabase({rpmPackage("bash", "5.1.8", "9.el9", "x86_64")});
    QCOMPARE(parseRpmSqlite("not a database", 0).warnings,
             std::vector<std::string>{"rpm database is not a sqlite database"});
    QCOMPARE(parseRpmSqlite({}, 0).warnings, std::vector<std::string>{"rpm database is not a sqlite database"});

    PackageParse parsed = parseRpmSqlite(rpmDatabase({"x"}, "Other"), 0);
    QVERIFY(parsed.packages.empty());
    QCOMPARE(parsed.warnings.size(), std::size_t(1));
    QVERIFY2(parsed.warnings[0].starts_with("rpm database unreadable: no such table: Packages"),
             parsed.warnings[0].c_str());

    // Truncated and scribbled-over databases: a warning at most, never a crash.
    for (std::size_t keep : {std::size_t(100), db.size() / 2, db.size() - 1}) {
        parsed = parseRpmSqlite(db.substr(0, keep), 0);
        QVERIFY(parsed.packages.size() <= 1);
    }
    std::string scribbled = db;
    for (std::size_t i = 100; i < scribbled.size(); i += 7)
        scribbled[i] = char(i * 31);
    parsed = parseRpmSqlite(scribbled, 0);
    QVERIFY(parsed.packages.size() <= 1);

    // A legacy BerkeleyDB database is named, not read.
    const Image legacy = ImageBuilder().file("var/lib/rpm/Packages", std::string(4096, '\0')).build();
    const PackageInventory inventory = readPackages(legacy);
    QVERIFY(inventory.packages.empty());
    QCOMPARE(inventory.warnings,
             std::vector<std::string>{"var/lib/rpm/Packages: rpm database in BerkeleyDB or ndb format, not read (only "
                                      "sqlite is)"});
}

void TestImagePackages::hostileTextDatabases()
{
    std::string noise;
    for (int i = 0; i < 200000; ++i)
        noise += char((i * 7919) % 256);
    QVERIFY(parseDpkgStatus(noise, 0).packages.size() < 10);
    QVERIFY(parseApkInstalled(noise, 0).packages.size() < 10);
    QVERIFY(parseDpkgStatus(std::string(1 << 20, ':'), 0).packages.empty());
    QVERIFY(parseApkInstalled(std::string(1 << 20, '\n'), 0).packages.empty());
    QCOMPARE(parseDpkgStatus("Package: x\nStatus: install ok installed\nVersion: 1", 0).packages.size(),
             std::size_t(1));
    QVERIFY(parseDpkgStatus("", 0).packages.empty());
    QVERIFY(parseApkInstalled("", 0).warnings.empty());

    // A database longer than what was kept (the reader cut it at the cap): the part that was read counts, and a
    // warning says so.
    Image image = ImageBuilder().file("var/lib/dpkg/status", "x").build();
    image.captured.at(0).content = "Package: a\nStatus: install ok installed\nVersion: 1\n\nPackage: b\nSta";
    image.captured.at(0).truncated = true;
    const PackageInventory inventory = readPackages(image);
    QCOMPARE(inventory.packages.size(), std::size_t(1));
    QCOMPARE(inventory.warnings,
             std::vector<std::string>{"var/lib/dpkg/status: larger than the 66 bytes kept; only those were read"});
}

void TestImagePackages::inventoryLayersAndDeletion()
{
    const std::string two = "Package: a\nStatus: install ok installed\nVersion: 1\n\n"
                            "Package: b\nStatus: install ok installed\nVersion: 1\n";
    const std::string three = two + "\nPackage: c\nStatus: install ok installed\nVersion: 1\n";
    const std::string upgraded = "Package: a\nStatus: install ok installed\nVersion: 2\n\n"
                                 "Package: b\nStatus: install ok installed\nVersion: 1\n\n"
                                 "Package: c\nStatus: install ok installed\nVersion: 1\n";
    ImageBuilder builder;
    builder.file("var/lib/dpkg/status", two)
        .layer()
        .file("etc/hostname", "x")
        .layer()
        .file("var/lib/dpkg/status", three)
        .layer()
        .file("var/lib/dpkg/status", upgraded);
    PackageInventory inventory = readPackages(builder.build());
    QCOMPARE(inventory.databases, std::vector<std::string>{"var/lib/dpkg/status"});
    QCOMPARE(inventory.packages.size(), std::size_t(3));
    QCOMPARE(inventory.packages[0].name, std::string("a"));
    QCOMPARE(inventory.packages[0].version, std::string("2"));
    QCOMPARE(inventory.packages[0].layerIndex, std::size_t(3)); // upgraded in layer 4
    QCOMPARE(inventory.packages[1].layerIndex, std::size_t(0)); // b untouched since layer 1
    QCOMPARE(inventory.packages[2].layerIndex, std::size_t(2)); // c added in layer 3

    builder.layer().entry("var/lib/dpkg/status", EntryKind::Whiteout);
    inventory = readPackages(builder.build());
    QVERIFY(inventory.packages.empty());
    QVERIFY(inventory.databases.empty());

    // dpkg and apk side by side (a multi-stage copy gone wrong): both are listed, in type order.
    const Image both =
        ImageBuilder().file("lib/apk/db/installed", "P:musl\nV:1.2.4-r2\n").file("var/lib/dpkg/status", two).build();
    inventory = readPackages(both);
    QCOMPARE(inventory.packages.size(), std::size_t(3));
    QCOMPARE(inventory.packages[2].type, PackageType::Apk);
    QCOMPARE(inventory.databases, (std::vector<std::string>{"var/lib/dpkg/status", "lib/apk/db/installed"}));
}

void TestImagePackages::packageUrls_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("epoch");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("osId");
    QTest::addColumn<QString>("osVersion");
    QTest::addColumn<QString>("purl");
    QTest::newRow("deb") << int(PackageType::Deb) << "libc6"
                         << "2.36-9+deb12u4"
                         << ""
                         << "amd64"
                         << "glibc"
                         << "debian"
                         << "12"
                         << "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12&upstream=glibc";
    QTest::newRow("deb epoch") << int(PackageType::Deb) << "zlib1g"
                               << "1:1.2.13.dfsg-1"
                               << ""
                               << "amd64"
                               << "zlib"
                               << "ubuntu"
                               << "22.04"
                               << "pkg:deb/ubuntu/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=ubuntu-22.04&upstream=zlib";
    QTest::newRow("apk") << int(PackageType::Apk) << "musl"
                         << "1.2.4-r2"
                         << ""
                         << "x86_64"
                         << ""
                         << "alpine"
                         << "3.19.1"
                         << "pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64&distro=alpine-3.19.1";
    QTest::newRow("rpm") << int(PackageType::Rpm) << "openssl-libs"
                         << "3.0.7-27.el9"
                         << "1"
                         << "x86_64"
                         << "openssl-3.0.7-27.el9.src.rpm"
                         << "rocky"
                         << "9.3"
                         << "pkg:rpm/rocky/openssl-libs@3.0.7-27.el9?arch=x86_64&distro=rocky-9.3&epoch=1&upstream="
                            "openssl-3.0.7-27.el9.src.rpm";
    QTest::newRow("unknown os") << int(PackageType::Rpm) << "a b"
                                << "1/2"
                                << ""
                                << ""
                                << ""
                                << ""
                                << ""
                                << "pkg:rpm/redhat/a%20b@1%2F2";
}

void TestImagePackages::packageUrls()
{
    QFETCH(int, type);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QString, epoch);
    QFETCH(QString, arch);
    QFETCH(QString, source);
    QFETCH(QString, osId);
    QFETCH(QString, osVersion);
    QFETCH(QString, purl);
    Package p;
    p.type = PackageType(type);
    p.name = name.toStdString();
    p.version = version.toStdString();
    p.epoch = epoch.toStdString();
    p.arch = arch.toStdString();
    p.source = source.toStdString();
    QCOMPARE(QString::fromStdString(packageUrl(p, osOf(osId.toStdString(), osVersion.toStdString()))), purl);
}

void TestImagePackages::sbomStructure()
{
    Image image;
    image.id = "sha256:0123456789abcdef";
    image.repoTags = {"app:1.0"};
    OsInfo os = parseOsRelease(kDebianOsRelease);
    PackageInventory inventory;
    inventory.packages = parseDpkgStatus("Package: libc6\nStatus: install ok installed\nVersion: 2.36-9\n"
                                         "Architecture: amd64\nSource: glibc\n",
                                         0)
                             .packages;
    Package apk;
    apk.type = PackageType::Apk;
    apk.name = "musl";
    apk.version = "1.2.4-r2";
    apk.license = "MIT";
    apk.layerIndex = 1;
    inventory.packages.push_back(apk);
    inventory.packages.push_back(apk); // the same purl twice still gets two distinct bom-refs
    Package bad;
    bad.name = "bad\xff";
    bad.version = "1";
    inventory.packages.push_back(bad);

    const auto bom = nlohmann::json::parse(cycloneDxJson(
        image, os, inventory, {.serialNumber = {}, .timestamp = "2026-11-29T12:00:00Z", .toolVersion = "0.4.0"}));
    QCOMPARE(bom.at("bomFormat").get<std::string>(), std::string("CycloneDX"));
    QCOMPARE(bom.at("specVersion").get<std::string>(), std::string("1.5"));
    QCOMPARE(bom.at("version").get<int>(), 1);
    const QString serial = QString::fromStdString(bom.at("serialNumber").get<std::string>());
    QVERIFY2(QRegularExpression("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
                 .match(serial)
                 .hasMatch(),
             qPrintable(serial));
    QVERIFY(randomUuidUrn() != randomUuidUrn());

    const auto& metadata = bom.at("metadata");
    QCOMPARE(metadata.at("timestamp").get<std::string>(), std::string("2026-11-29T12:00:00Z"));
    QCOMPARE(metadata.at("tools").at("components").at(0).at("name").get<std::string>(), std::string("dockwarden"));
    QCOMPARE(metadata.at("tools").at("components").at(0).at("version").get<std::string>(), std::string("0.4.0"));
    QCOMPARE(metadata.at("component").at("type").get<std::string>(), std::string("container"));
    QCOMPARE(metadata.at("component").at("name").get<std::string>(), std::string("app:1.0"));
    QCOMPARE(metadata.at("component").at("version").get<std::string>(), std::string("sha256:0123456789abcdef"));

    const auto& components = bom.at("components");
    QCOMPARE(components.size(), std::size_t(5));
    QCOMPARE(components[0].at("type").get<std::string>(), std::string("operating-system"));
    QCOMPARE(components[0].at("name").get<std::string>(), std::string("debian"));
    QCOMPARE(components[0].at("version").get<std::string>(), std::string("12"));
    QCOMPARE(components[1].at("type").get<std::string>(), std::string("library"));
    QCOMPARE(components[1].at("purl").get<std::string>(),
             std::string("pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12&upstream=glibc"));
    QCOMPARE(components[1].at("version").get<std::string>(), std::string("2.36-9"));
    QVERIFY(!components[1].contains("licenses"));
    QCOMPARE(components[2].at("licenses").at(0).at("license").at("name").get<std::string>(), std::string("MIT"));
    QCOMPARE(components[2].at("bom-ref").get<std::string>(),
             std::string("pkg:apk/debian/musl@1.2.4-r2?distro=debian-12"));
    QCOMPARE(components[3].at("bom-ref").get<std::string>(), components[2].at("bom-ref").get<std::string>() + "#2");
    QCOMPARE(components[4].at("name").get<std::string>(), std::string("bad\xEF\xBF\xBD"));

    std::set<std::string> refs = {metadata.at("component").at("bom-ref").get<std::string>()};
    for (const auto& component : components) {
        QVERIFY(component.contains("type") && component.contains("name"));
        QVERIFY2(refs.insert(component.at("bom-ref").get<std::string>()).second, "duplicate bom-ref");
    }
    for (const auto& dependency : bom.at("dependencies")) {
        QVERIFY(refs.contains(dependency.at("ref").get<std::string>()));
        for (const auto& on : dependency.at("dependsOn"))
            QVERIFY(refs.contains(on.get<std::string>()));
    }
    QCOMPARE(bom.at("dependencies").size(), std::size_t(2));

    // Without an identified OS: no operating-system component, packages hang off the image.
    const auto bare = nlohmann::json::parse(cycloneDxJson(Image{}, OsInfo{}, PackageInventory{}));
    QCOMPARE(bare.at("components").size(), std::size_t(0));
    QCOMPARE(bare.at("metadata").at("component").at("name").get<std::string>(), std::string("image"));
    QVERIFY(!bare.at("metadata").at("timestamp").get<std::string>().empty());
}

QTEST_GUILESS_MAIN(TestImagePackages)
#include "tst_image_packages.moc"
