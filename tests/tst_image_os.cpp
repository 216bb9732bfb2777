// Base OS and end of life (core/image/os_release, eol_table, checks DWI401-403): os-release parsing and where it
// is found in the final view of the layers, the fallbacks, the end-of-life table with an injected "now".
#include "support/package_fixtures.h"

#include <QtTest>

#include <set>
#include <string>
#include <vector>

using namespace dw;
using namespace dw::image;
using namespace package_fixtures;

class TestImageOs : public QObject {
    Q_OBJECT

  private slots:
    void osReleaseFields();
    void osReleaseFollowsSymlink();
    void osReleaseFinalView();
    void osReleaseFallbacks_data();
    void osReleaseFallbacks();
    void inspectorWants();
    void isoDates();
    void eolTable_data();
    void eolTable();
    void eolChecks();
    void osNotIdentified();
    void checksAreDocumented();
};

void TestImageOs::osReleaseFields()
{
    const auto fields = parseOsReleaseFields("# comment\nID=\"ubuntu\"\nNAME='Ubuntu'\nBAD LINE\n=x\n"
                                             "PRETTY_NAME=\"Say \\\"hi\\\" \\\\ \\$HOME\"\r\nVERSION_ID=22.04  \n");
    QCOMPARE(fields.size(), std::size_t(4));
    QCOMPARE(fields.at("ID"), std::string("ubuntu"));
    QCOMPARE(fields.at("NAME"), std::string("Ubuntu"));
    QCOMPARE(fields.at("PRETTY_NAME"), std::string("Say \"hi\" \\ $HOME"));
    QCOMPARE(fields.at("VERSION_ID"), std::string("22.04"));

    const OsInfo os = parseOsRelease("ID=Alpine\nVERSION_ID=3.19.1\nPRETTY_NAME=\"Alpine Linux v3.19\"\nID_LIKE=x y\n");
    QCOMPARE(os.id, std::string("alpine"));
    QCOMPARE(os.versionId, std::string("3.19.1"));
    QCOMPARE(os.idLike, std::string("x y"));
    QCOMPARE(os.displayName(), std::string("Alpine Linux v3.19"));

    QVERIFY(!parseOsRelease(std::string(100000, '\0')).identified());
    QVERIFY(!parseOsRelease("\"\"\"=\n").identified());
}

void TestImageOs::osReleaseFollowsSymlink()
{
    const Image image = ImageBuilder()
                            .file("usr/lib/os-release", kDebianOsRelease)
                            .entry("etc/os-release", EntryKind::Symlink, "../usr/lib/os-release")
                            .build();
    const OsInfo os = identifyOs(image);
    QCOMPARE(os.id, std::string("debian"));
    QCOMPARE(os.versionId, std::string("12"));
    QCOMPARE(os.versionCodename, std::string("bookworm"));
    QCOMPARE(os.prettyName, std::string("Debian GNU/Linux 12 (bookworm)"));
    QCOMPARE(os.sourcePath, std::string("usr/lib/os-release"));
    QCOMPARE(os.evidence(),
             std::string("ID=debian VERSION_ID=12 VERSION_CODENAME=bookworm in /usr/lib/os-release (layer 1)"));

    const Image absolute = ImageBuilder()
                               .file("usr/lib/os-release", "ID=fedora\nVERSION_ID=40\n")
                               .layer()
                               .entry("etc/os-release", EntryKind::Symlink, "/usr/lib/os-release")
                               .build();
    QCOMPARE(identifyOs(absolute).id, std::string("fedora"));

    const Image hardlinked = ImageBuilder()
                                 .file("usr/lib/os-release", "ID=alpine\nVERSION_ID=3.22.1\n")
                                 .entry("etc/os-release", EntryKind::Hardlink, "usr/lib/os-release")
                                 .build();
    QCOMPARE(identifyOs(hardlinked).versionId, std::string("3.22.1"));

    // A symlink loop or one that points nowhere never hangs and identifies nothing.
    const Image loop = ImageBuilder()
                           .entry("etc/os-release", EntryKind::Symlink, "os-release2")
                           .entry("etc/os-release2", EntryKind::Symlink, "/etc/os-release")
                           .build();
    QVERIFY(!identifyOs(loop).identified());
    const Image dangling = ImageBuilder().entry("etc/os-release", EntryKind::Symlink, "../../../../nowhere").build();
    QVERIFY(!identifyOs(dangling).identified());
}

void TestImageOs::osReleaseFinalView()
{
    ImageBuilder builder;
    builder.file("etc/os-release", "ID=debian\nVERSION_ID=11\n").layer().file("etc/os-release", kDebianOsRelease);
    OsInfo os = identifyOs(builder.build());
    QCOMPARE(os.versionId, std::string("12"));
    QCOMPARE(os.layerIndex, std::size_t(1));

    builder.layer().entry("etc/os-release", EntryKind::Whiteout);
    QVERIFY(!identifyOs(builder.build()).identified());

    builder.layer().file("usr/lib/os-release", "ID=alpine\nVERSION_ID=3.20.0\n");
    QCOMPARE(identifyOs(builder.build()).id, std::string("alpine"));

    // An opaque directory hides what the layers below had in it.
    const Image opaque =
        ImageBuilder().file("etc/os-release", kDebianOsRelease).layer().entry("etc", EntryKind::OpaqueWhiteout).build();
    QVERIFY(!identifyOs(opaque).identified());
    // A whiteout of the parent directory deletes the file too.
    const Image parentDeleted =
        ImageBuilder().file("etc/os-release", kDebianOsRelease).layer().entry("etc", EntryKind::Whiteout).build();
    QVERIFY(!identifyOs(parentDeleted).identified());
}

void TestImageOs::osReleaseFallbacks_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("versionId");
    QTest::addColumn<QString>("codename");
    QTest::newRow("alpine-release") << "etc/alpine-release"
                                    << "3.18.4\n"
                                    << "alpine"
                                    << "3.18.4"
                                    << "";
    QTest::newRow("debian_version") << "etc/debian_version"
                                    << "10.13\n"
                                    << "debian"
                                    << "10"
                                    << "";
    QTest::newRow("debian testing") << "etc/debian_version"
                                    << "trixie/sid\n"
                                    << "debian"
                                    << ""
                                    << "trixie/sid";
    QTest::newRow("centos 7") << "etc/redhat-release"
                              << "CentOS Linux release 7.9.2009 (Core)\n"
                              << "centos"
                              << "7"
                              << "";
    QTest::newRow("rhel 8") << "etc/redhat-release"
                            << "Red Hat Enterprise Linux release 8.9 (Ootpa)"
                            << "rhel"
                            << "8.9"
                            << "";
    QTest::newRow("rocky") << "etc/redhat-release"
                           << "Rocky Linux release 9.3 (Blue Onyx)"
                           << "rocky"
                           << "9.3"
                           << "";
    QTest::newRow("unknown") << "etc/redhat-release"
                             << "Something else 1.0"
                             << ""
                             << ""
                             << "";
}

void TestImageOs::osReleaseFallbacks()
{
    QFETCH(QString, path);
    QFETCH(QString, content);
    QFETCH(QString, id);
    QFETCH(QString, versionId);
    QFETCH(QString, codename);
    const OsInfo os = identifyOs(ImageBuilder().file(path.toStdString(), content.toStdString()).build());
    QCOMPARE(QString::fromStdString(os.id), id);
    QCOMPARE(QString::fromStdString(os.versionId), versionId);
    QCOMPARE(QString::fromStdString(os.versionCodename), codename);
    if (!id.isEmpty()) QCOMPARE(QString::fromStdString(os.sourcePath), path);
}

void TestImageOs::inspectorWants()
{
    PackageFilesInspector inspector;
    auto wanted = [&](const std::string& path, EntryKind kind = EntryKind::File) {
        return inspector.wantedBytes(makeEntry(path, kind));
    };
    QCOMPARE(wanted("etc/os-release"), kReleaseFileCap);
    QCOMPARE(wanted("usr/lib/os-release"), kReleaseFileCap);
    QCOMPARE(wanted("var/lib/dpkg/status"), kTextPackageDbCap);
    QCOMPARE(wanted("lib/apk/db/installed"), kTextPackageDbCap);
    QCOMPARE(wanted("var/lib/rpm/rpmdb.sqlite"), std::uint64_t(256) << 20);
    QCOMPARE(wanted("usr/lib/sysimage/rpm/rpmdb.sqlite"), kRpmSqliteCap);
    QCOMPARE(wanted("var/lib/dpkg/status.d/libc6"), kReleaseFileCap);
    QCOMPARE(wanted("var/lib/dpkg/status.d/libc6.md5sums"), std::uint64_t(0));
    QCOMPARE(wanted("var/lib/dpkg/status.d/sub/x"), std::uint64_t(0));
    QCOMPARE(wanted("var/lib/dpkg/status-old"), std::uint64_t(0));
    QCOMPARE(wanted("etc/os-release", EntryKind::Symlink), std::uint64_t(0));
    QCOMPARE(wanted("home/etc/os-release"), std::uint64_t(0));
}

void TestImageOs::isoDates()
{
    QCOMPARE(parseIsoDate("1970-01-01"), std::optional<int64_t>(0));
    QCOMPARE(parseIsoDate("2024-06-30"), std::optional<int64_t>(1719705600));
    QCOMPARE(parseIsoDate("2000-03-01"), std::optional<int64_t>(951868800));
    QCOMPARE(parseIsoDate("2024-13-01"), std::nullopt);
    QCOMPARE(parseIsoDate("2024-6-30"), std::nullopt);
    QCOMPARE(parseIsoDate("abcd-ef-gh"), std::nullopt);
    QCOMPARE(nowOr(42), int64_t(42));
    QVERIFY(nowOr(0) > date("2020-01-01"));
}

void TestImageOs::eolTable_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("versionId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("codename");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("eolDate"); // "" = no row
    QTest::addColumn<int>("daysLeft");
    QTest::newRow("debian 10") << "debian"
                               << "10"
                               << ""
                               << ""
                               << "2026-11-29"
                               << "2024-06-30" << -882;
    QTest::newRow("debian by codename") << "debian"
                                        << ""
                                        << ""
                                        << "bookworm"
                                        << "2028-06-29"
                                        << "2028-06-30" << 1;
    QTest::newRow("debian sid") << "debian"
                                << ""
                                << ""
                                << "sid"
                                << "2026-11-29"
                                << "" << 0;
    QTest::newRow("ubuntu 22.04") << "ubuntu"
                                  << "22.04"
                                  << ""
                                  << ""
                                  << "2027-04-01"
                                  << "2027-06-01" << 61;
    QTest::newRow("ubuntu on the day") << "ubuntu"
                                       << "20.04"
                                       << ""
                                       << ""
                                       << "2025-05-31"
                                       << "2025-05-31" << 0;
    QTest::newRow("alpine patch release") << "alpine"
                                          << "3.19.1"
                                          << ""
                                          << ""
                                          << "2025-10-02"
                                          << "2025-11-01" << 30;
    QTest::newRow("alpine edge") << "alpine"
                                 << "3.21.0_alpha20240807"
                                 << ""
                                 << ""
                                 << "2026-11-29"
                                 << "" << 0;
    QTest::newRow("centos linux 8") << "centos"
                                    << "8"
                                    << "CentOS Linux"
                                    << ""
                                    << "2026-11-29"
                                    << "2021-12-31" << -1794;
    QTest::newRow("centos stream 8") << "centos"
                                     << "8"
                                     << "CentOS Stream"
                                     << ""
                                     << "2024-05-01"
                                     << "2024-05-31" << 30;
    QTest::newRow("centos 9 is stream") << "centos"
                                        << "9"
                                        << ""
                                        << ""
                                        << "2026-11-29"
                                        << "2027-05-31" << 183;
    QTest::newRow("rhel 9.4") << "rhel"
                              << "9.4"
                              << ""
                              << ""
                              << "2032-05-30"
                              << "2032-05-31" << 1;
    QTest::newRow("rocky 8.9") << "rocky"
                               << "8.9"
                               << ""
                               << ""
                               << "2029-05-30"
                               << "2029-05-31" << 1;
    QTest::newRow("alma 9") << "almalinux"
                            << "9.3"
                            << ""
                            << ""
                            << "2032-05-30"
                            << "2032-05-31" << 1;
    QTest::newRow("fedora 40") << "fedora"
                               << "40"
                               << ""
                               << ""
                               << "2025-05-12"
                               << "2025-05-13" << 1;
    QTest::newRow("amazon linux 2") << "amzn"
                                    << "2"
                                    << ""
                                    << ""
                                    << "2026-06-29"
                                    << "2026-06-30" << 1;
    QTest::newRow("amazon linux 2023") << "amzn"
                                       << "2023"
                                       << ""
                                       << ""
                                       << "2029-06-29"
                                       << "2029-06-30" << 1;
    QTest::newRow("leap 15.5") << "opensuse-leap"
                               << "15.5"
                               << ""
                               << ""
                               << "2024-12-30"
                               << "2024-12-31" << 1;
    QTest::newRow("oracle 8") << "ol"
                              << "8.9"
                              << ""
                              << ""
                              << "2029-07-30"
                              << "2029-07-31" << 1;
    QTest::newRow("unknown distro") << "gentoo"
                                    << "2.15"
                                    << ""
                                    << ""
                                    << "2026-11-29"
                                    << "" << 0;
    QTest::newRow("huge centos version") << "centos"
                                         << "99999999999999999999"
                                         << ""
                                         << ""
                                         << "2026-11-29"
                                         << "" << 0;
}

void TestImageOs::eolTable()
{
    QFETCH(QString, id);
    QFETCH(QString, versionId);
    QFETCH(QString, name);
    QFETCH(QString, codename);
    QFETCH(QString, now);
    QFETCH(QString, eolDate);
    QFETCH(int, daysLeft);
    const OsInfo os = osOf(id.toStdString(), versionId.toStdString(), name.toStdString(), codename.toStdString());
    const auto status = eolStatus(os, date(now.toUtf8().constData()));
    if (eolDate.isEmpty()) {
        QVERIFY(!status);
        return;
    }
    QVERIFY(status);
    QCOMPARE(QString::fromUtf8(status->entry->eolDate.data(), qsizetype(status->entry->eolDate.size())), eolDate);
    QCOMPARE(status->daysLeft, int64_t(daysLeft));
    QCOMPARE(status->pastEol(), daysLeft <= 0);
}

void TestImageOs::eolChecks()
{
    const OsInfo buster = osOf("debian", "10");
    auto past = runCheck("DWI401", buster, date("2026-11-29"));
    QCOMPARE(past.size(), std::size_t(1));
    QCOMPARE(past[0].finding.severity, findings::Severity::Error);
    QCOMPARE(past[0].finding.message.en,
             std::string("Image 'app:1.0' is based on debian 10, past its end of life since 2024-06-30"));
    QVERIFY(past[0].finding.evidence.starts_with("ID=debian VERSION_ID=10; end of life 2024-06-30 (table of 2026-11); "
                                                 "The date is the end of Debian LTS"));
    QVERIFY(runCheck("DWI402", buster, date("2026-11-29")).empty());
    QVERIFY(runCheck("DWI401", buster, date("2024-06-29")).empty());

    auto soon = runCheck("DWI402", buster, date("2024-04-01"));
    QCOMPARE(soon.size(), std::size_t(1));
    QCOMPARE(soon[0].finding.severity, findings::Severity::Warning);
    QCOMPARE(
        soon[0].finding.message.en,
        std::string("Image 'app:1.0' is based on debian 10, which reaches its end of life in 90 days (2024-06-30)"));
    QVERIFY(runCheck("DWI402", buster, date("2024-03-31")).empty()); // 91 days left
    QVERIFY(runCheck("DWI403", buster, date("2024-03-31")).empty());

    const OsInfo edge = osOf("alpine", "3.21.0_alpha20240807");
    for (const char* id : {"DWI401", "DWI402", "DWI403"})
        QVERIFY(runCheck(id, edge, date("2026-11-29")).empty());
}

void TestImageOs::osNotIdentified()
{
    OsInfo os = identifyOs(ImageBuilder().file("bin/busybox", "x").build());
    QVERIFY(!os.identified());
    QVERIFY(os.busybox);
    auto findings = runCheck("DWI403", os, date("2026-11-29"));
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings[0].finding.severity, findings::Severity::Info);
    QCOMPARE(findings[0].finding.message.en, std::string("Image 'app:1.0' has no os-release: its base OS is unknown"));
    QVERIFY(findings[0].finding.evidence.starts_with("no os-release in /etc or /usr/lib; A busybox image"));
    QVERIFY(runCheck("DWI401", os, date("2026-11-29")).empty());

    os = identifyOs(Image{});
    QVERIFY(!os.busybox);
    findings = runCheck("DWI403", os, date("2026-11-29"));
    QCOMPARE(findings.size(), std::size_t(1));
    QVERIFY(findings[0].finding.evidence.find("scratch or distroless") != std::string::npos);
}

void TestImageOs::checksAreDocumented()
{
    std::set<std::string_view> ours;
    for (const auto& check : imageAnalysisChecks()) {
        const findings::CheckInfo& info = check->info();
        if (!info.id.starts_with("DWI4") && !info.id.starts_with("DWI5")) continue;
        ours.insert(info.id);
        const QByteArray id(info.id.data(), qsizetype(info.id.size()));
        for (const findings::LocalizedText* text : {&info.title, &info.explanation, &info.remedy}) {
            QVERIFY2(!text->en.empty() && !text->zh.empty(), id);
            QVERIFY2(text->en != text->zh, id);
        }
        QVERIFY2(!info.refs.empty(), id);
    }
    QCOMPARE(ours, (std::set<std::string_view>{"DWI401", "DWI402", "DWI403", "DWI500", "DWI501"}));
}

QTEST_GUILESS_MAIN(TestImageOs)
#include "tst_image_os.moc"
