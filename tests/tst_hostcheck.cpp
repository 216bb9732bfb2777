// The host checks (core/hostcheck): one row that fires and one that does not per check, the recorded
// containers of tests/data/engine/v1.41, secret redaction, the small parsers and the risk score.
#include "support/hostcheck_cases.h"
#include "scan/convert.h"
#include "scan/scan_report.h"

class TestHostCheck : public QObject {
    Q_OBJECT

  private slots:
    void everyCheckIsDocumented();
    void everyCheckHasCases();
    void baselinesAreClean();
    void containerChecks_data();
    void containerChecks();
    void daemonChecks_data();
    void daemonChecks();
    void imageChecks_data();
    void imageChecks();
    void secretsAreRedacted();
    void recordedContainers_data();
    void recordedContainers();
    void recordedDaemon();
    void recordedImage();
    void rfc3339_data();
    void rfc3339();
    void engineVersion_data();
    void engineVersion();
    void riskScore_data();
    void riskScore();
    void newFieldsAreDecoded();
    void imageFactsDateRunningContainers();
};

void TestHostCheck::everyCheckIsDocumented()
{
    std::set<std::string_view> ids;
    for (const CheckInfo* info : allCheckInfos()) {
        const QByteArray id(info->id.data(), qsizetype(info->id.size()));
        QVERIFY2(ids.insert(info->id).second, "duplicate id " + id);
        QVERIFY2(info->id.size() == 6 && info->id.starts_with("DWH"), id);
        QVERIFY2(!info->refs.empty(), "no refs: " + id);
        for (const findings::LocalizedText* text : {&info->title, &info->explanation, &info->remedy}) {
            QVERIFY2(!text->en.empty(), "missing English text: " + id);
            QVERIFY2(!text->zh.empty(), "missing Chinese text: " + id);
            QVERIFY2(text->en != text->zh, "untranslated text: " + id);
        }
        QVERIFY2(info->remedy.en.find("docker") != std::string::npos, "fix names no docker command: " + id);
        for (std::string_view ref : info->refs)
            QVERIFY2(ref.starts_with("cis-docker:") || ref.starts_with("dockle:"), "unknown ref kind: " + id);
    }
    for (const auto& check : hostcheck::containerChecks()) { // a container's fix shows the run flag and the Compose key
        const CheckInfo& info = check->info();
        const QByteArray id(info.id.data(), qsizetype(info.id.size()));
        QVERIFY2(info.remedy.en.find("docker run") != std::string::npos, "fix names no docker run flag: " + id);
        QVERIFY2(info.remedy.en.find("Compose") != std::string::npos, "fix names no Compose key: " + id);
        QVERIFY2(info.remedy.zh.find("Compose") != std::string::npos, "Chinese fix names no Compose key: " + id);
    }
    for (const auto& check : hostcheck::daemonChecks()) { // CIS 5.1 is about the daemon, so DWH501 lives here
        const std::string_view id = check->info().id;
        QVERIFY2(id.starts_with("DWH2") || id == "DWH501", std::string(id).c_str());
    }
    QCOMPARE(ids.size(),
             hostcheck::containerChecks().size() + hostcheck::daemonChecks().size() + hostcheck::imageChecks().size());
}

void TestHostCheck::everyCheckHasCases()
{
    std::set<std::string> firing, silent;
    for (const ContainerCase& c : containerCases())
        (c.fires ? firing : silent).insert(c.rule);
    for (const DaemonCase& c : daemonCases())
        (c.fires ? firing : silent).insert(c.rule);
    for (const ImageCase& c : imageCases())
        (c.fires ? firing : silent).insert(c.rule);
    for (const CheckInfo* info : allCheckInfos()) {
        const std::string id(info->id);
        QVERIFY2(firing.count(id), ("no firing case for " + id).c_str());
        if (id != "DWH230") // rootless-or-not reports either way
            QVERIFY2(silent.count(id), ("no silent case for " + id).c_str());
    }
}

void TestHostCheck::baselinesAreClean()
{
    const std::vector<HostFinding> container = checkContainer(hardenedContainer(), hardenedHost());
    QVERIFY2(container.empty(), describe(container).constData());
    std::vector<HostFinding> daemon = checkDaemon(hardenedDaemon(), hardenedVersion(), hardenedHost());
    QCOMPARE(daemon.size(), std::size_t(1));
    QCOMPARE(daemon.front().rule, std::string("DWH230"));
    const std::vector<HostFinding> image = checkImage(hardenedImage(), hardenedImages());
    QVERIFY2(image.empty(), describe(image).constData());
}

void TestHostCheck::containerChecks_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < containerCases().size(); ++i)
        QTest::newRow((std::string(containerCases()[i].rule) + " " + containerCases()[i].name).c_str()) << int(i);
}

void TestHostCheck::containerChecks()
{
    QFETCH(int, index);
    const ContainerCase& testCase = containerCases()[std::size_t(index)];
    engine::ContainerDetails container = hardenedContainer();
    HostContext host = hardenedHost();
    testCase.change(container, host);
    const std::vector<HostFinding> findings = checkContainer(container, host);
    const HostFinding* finding = findRule(findings, testCase.rule);
    QVERIFY2((finding != nullptr) == testCase.fires, describe(findings).constData());
    if (!finding) return;
    QCOMPARE(finding->subject, std::string("dw-test"));
    QVERIFY(finding->message.en.find("dw-test") != std::string::npos);
    QVERIFY(!finding->evidence.empty());
    if (testCase.severity != findings::Severity::Ignore) QCOMPARE(finding->severity, testCase.severity);
}

void TestHostCheck::daemonChecks_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < daemonCases().size(); ++i)
        QTest::newRow((std::string(daemonCases()[i].rule) + " " + daemonCases()[i].name).c_str()) << int(i);
}

void TestHostCheck::daemonChecks()
{
    QFETCH(int, index);
    const DaemonCase& testCase = daemonCases()[std::size_t(index)];
    engine::DaemonInfo daemon = hardenedDaemon();
    engine::VersionInfo version = hardenedVersion();
    HostContext host = hardenedHost();
    testCase.change(daemon, version, host);
    const std::vector<HostFinding> findings = checkDaemon(daemon, version, host);
    const HostFinding* finding = findRule(findings, testCase.rule);
    QVERIFY2((finding != nullptr) == testCase.fires, describe(findings).constData());
    if (!finding) return;
    QCOMPARE(finding->subject, std::string("daemon"));
    if (testCase.severity != findings::Severity::Ignore) QCOMPARE(finding->severity, testCase.severity);
}

void TestHostCheck::imageChecks_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < imageCases().size(); ++i)
        QTest::newRow((std::string(imageCases()[i].rule) + " " + imageCases()[i].name).c_str()) << int(i);
}

void TestHostCheck::imageChecks()
{
    QFETCH(int, index);
    const ImageCase& testCase = imageCases()[std::size_t(index)];
    engine::ImageDetails image = hardenedImage();
    ImageContext images = hardenedImages();
    testCase.change(image, images);
    const std::vector<HostFinding> findings = checkImage(image, images);
    QVERIFY2(hasRule(findings, testCase.rule) == testCase.fires, describe(findings).constData());
}

void TestHostCheck::secretsAreRedacted()
{
    const std::vector<std::string> secrets{"hunter2", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "wJalrXUtnFEMI"};
    engine::ContainerDetails container = hardenedContainer();
    container.config.env = {"DB_PASSWORD=hunter2", "GIT_AUTH=ghp_abcdefghijklmnopqrstuvwxyz0123456789",
                            "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI"};
    engine::ImageDetails image = hardenedImage();
    image.config.env = container.config.env;
    std::vector<HostFinding> findings = checkContainer(container, hardenedHost());
    const std::vector<HostFinding> imageFindings = checkImage(image, hardenedImages());
    findings.insert(findings.end(), imageFindings.begin(), imageFindings.end());
    QVERIFY(hasRule(findings, "DWH541"));
    QVERIFY(hasRule(findings, "DWH410"));
    for (const HostFinding& f : findings) {
        for (const std::string& secret : secrets)
            for (const std::string* text : {&f.message.en, &f.message.zh, &f.evidence, &f.remedy.en, &f.remedy.zh})
                QVERIFY2(text->find(secret) == std::string::npos, (f.rule + " leaks a secret: " + *text).c_str());
    }
    const HostFinding* finding = findRule(findings, "DWH541");
    QVERIFY(finding->evidence.find("DB_PASSWORD=<redacted>") != std::string::npos);
    QVERIFY(finding->evidence.find("GIT_AUTH=<redacted>") != std::string::npos);
}

void TestHostCheck::recordedContainers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("risky") << QStringLiteral("v1.41/container_dw-risky.json")
                           << QStringList{"DWH503", "DWH504", "DWH506", "DWH508", "DWH509", "DWH511",
                                          "DWH512", "DWH513", "DWH514", "DWH515", "DWH516", "DWH518",
                                          "DWH519", "DWH526", "DWH529", "DWH532", "DWH540", "DWH541"}
                           << QStringList{"DWH502", "DWH505", "DWH510", "DWH525", "DWH528"};
    QTest::newRow("privileged") << QStringLiteral("v1.41/container_dw-privileged.json")
                                << QStringList{"DWH505", "DWH503"} << QStringList{"DWH540", "DWH541", "DWH532"};
    QTest::newRow("hostnet") << QStringLiteral("v1.41/container_dw-hostnet.json") << QStringList{"DWH510", "DWH519"}
                             << QStringList{"DWH505", "DWH509", "DWH530"};
    QTest::newRow("hardened") << QStringLiteral("v1.41/container_dw-hardened.json") << QStringList{}
                              << QStringList{"DWH504", "DWH511", "DWH512", "DWH513", "DWH515", "DWH526",
                                             "DWH527", "DWH529", "DWH540", "DWH541", "DWH542"};
    QTest::newRow("v1.51 web") << QStringLiteral("v1.51/container_details.json") << QStringList{"DWH509", "DWH514"}
                               << QStringList{"DWH505", "DWH519", "DWH525", "DWH526", "DWH540", "DWH541"};
}

void TestHostCheck::recordedContainers()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const std::string body = readData(QStringLiteral("engine/") + file);
    if (body.empty()) QSKIP("recorded file not present");
    const std::string infoBody = readData(QStringLiteral("engine/v1.41/info.json"));
    engine::DecodeError error;
    const std::optional<engine::ContainerDetails> container = engine::decodeContainerDetails(body, error);
    QVERIFY2(container, error.message.c_str());
    HostContext host;
    if (const std::optional<engine::DaemonInfo> daemon = engine::decodeDaemonInfo(infoBody, error))
        applyDaemonFacts(host, *daemon);
    const std::vector<HostFinding> findings = checkContainer(*container, host);
    for (const QString& rule : expected)
        QVERIFY2(hasRule(findings, rule.toStdString()),
                 (rule.toUtf8() + " missing in\n" + describe(findings)).constData());
    for (const QString& rule : absent)
        QVERIFY2(!hasRule(findings, rule.toStdString()),
                 (rule.toUtf8() + " unexpected in\n" + describe(findings)).constData());
    for (const HostFinding& f : findings) {
        QVERIFY2(f.evidence.find("hunter2") == std::string::npos, f.evidence.c_str());
        QVERIFY2(f.message.en.find("hunter2") == std::string::npos, f.message.en.c_str());
    }
    if (file.startsWith(QStringLiteral("v1.51"))) { // 443/tcp is only exposed: listed by neither check
        QCOMPARE(findRule(findings, "DWH509")->evidence, std::string("Ports: 0.0.0.0:8080->80/tcp, :::8080->80/tcp"));
        QCOMPARE(findRule(findings, "DWH514")->evidence, std::string("Ports: 0.0.0.0:8080->80/tcp, :::8080->80/tcp"));
    }
}

void TestHostCheck::recordedDaemon()
{
    const std::string infoBody = readData(QStringLiteral("engine/v1.41/info.json"));
    const std::string versionBody = readData(QStringLiteral("engine/v1.41/version.json"));
    if (infoBody.empty() || versionBody.empty()) QSKIP("recorded files not present");
    engine::DecodeError error;
    const std::optional<engine::DaemonInfo> daemon = engine::decodeDaemonInfo(infoBody, error);
    QVERIFY2(daemon, error.message.c_str());
    const std::optional<engine::VersionInfo> version = engine::decodeVersion(versionBody, error);
    QVERIFY2(version, error.message.c_str());
    HostContext host;
    applyDaemonFacts(host, *daemon);
    QCOMPARE(host.hostHasAppArmor, std::optional<bool>(false));
    const std::vector<HostFinding> findings = checkDaemon(*daemon, *version, host);
    // 20.10 without userns-remap or live restore, json-file logging, DOCKER_CONTENT_TRUST unset.
    for (const char* rule : {"DWH209", "DWH212", "DWH213", "DWH215", "DWH230", "DWH231", "DWH232"})
        QVERIFY2(hasRule(findings, rule),
                 (std::string(rule) + " missing in\n" + describe(findings).toStdString()).c_str());
    for (const char* rule : {"DWH202", "DWH203", "DWH205", "DWH206", "DWH207", "DWH217", "DWH501"})
        QVERIFY2(!hasRule(findings, rule),
                 (std::string(rule) + " unexpected in\n" + describe(findings).toStdString()).c_str());
}

void TestHostCheck::recordedImage()
{
    const std::string imageBody = readData(QStringLiteral("engine/v1.41/image_dw-fixture.json"));
    const std::string imagesBody = readData(QStringLiteral("engine/v1.41/images.json"));
    const std::string containersBody = readData(QStringLiteral("engine/v1.41/containers.json"));
    if (imageBody.empty() || imagesBody.empty() || containersBody.empty()) QSKIP("recorded files not present");
    engine::DecodeError error;
    const std::optional<engine::ImageDetails> image = engine::decodeImageDetails(imageBody, error);
    QVERIFY2(image, error.message.c_str());
    ImageContext images;
    images.images = engine::decodeImageList(imagesBody, error).value_or(std::vector<engine::ImageSummary>{});
    images.containers =
        engine::decodeContainerList(containersBody, error).value_or(std::vector<engine::ContainerSummary>{});
    QVERIFY(!images.containers.empty());
    const std::optional<int64_t> created = support::parseRfc3339(image->created);
    QVERIFY(created);
    images.nowUnixSeconds = *created + 86400;
    const std::vector<HostFinding> findings = checkImage(*image, images);
    // dw-fixture:1.0 + dw-fixture:latest, built locally, user 1000, with a HEALTHCHECK, used by five containers.
    for (const char* rule : {"DWH420", "DWH423"})
        QVERIFY2(hasRule(findings, rule),
                 (std::string(rule) + " missing in\n" + describe(findings).toStdString()).c_str());
    for (const char* rule : {"DWH401", "DWH406", "DWH410", "DWH421", "DWH422", "DWH424", "DWH425"})
        QVERIFY2(!hasRule(findings, rule),
                 (std::string(rule) + " unexpected in\n" + describe(findings).toStdString()).c_str());
    QCOMPARE(findRule(findings, "DWH420")->subject, std::string("dw-fixture:1.0"));
}

void TestHostCheck::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1 = invalid
    QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
    QTest::newRow("nanoseconds") << "2026-05-01T10:00:00.123456789Z" << qint64(1777629600);
    QTest::newRow("offset") << "2026-05-01T12:00:00+02:00" << qint64(1777629600);
    QTest::newRow("negative offset") << "2026-05-01T05:30:00-04:30" << qint64(1777629600);
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << qint64(1709164800);
    QTest::newRow("no zone") << "2026-05-01T10:00:00" << qint64(-1);
    QTest::newRow("garbage") << "yesterday" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("month 13") << "2026-13-01T10:00:00Z" << qint64(-1);
}

void TestHostCheck::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const std::optional<int64_t> parsed = support::parseRfc3339(text.toStdString());
    QCOMPARE(parsed.has_value(), seconds >= 0);
    if (parsed) QCOMPARE(qint64(*parsed), seconds);
}

void TestHostCheck::engineVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("major"); // -1 = invalid
    QTest::addColumn<int>("minor");
    QTest::newRow("debian") << "20.10.24+dfsg1" << 20 << 10;
    QTest::newRow("v prefix") << "v25.0.3" << 25 << 0;
    QTest::newRow("major only") << "28" << 28 << 0;
    QTest::newRow("ce suffix") << "19.03.15-ce" << 19 << 3;
    QTest::newRow("empty") << "" << -1 << 0;
    QTest::newRow("words") << "dev" << -1 << 0;
}

void TestHostCheck::engineVersion()
{
    QFETCH(QString, text);
    QFETCH(int, major);
    QFETCH(int, minor);
    const std::optional<support::EngineVersion> parsed = support::parseEngineVersion(text.toStdString());
    QCOMPARE(parsed.has_value(), major >= 0);
    if (!parsed) return;
    QCOMPARE(parsed->major, major);
    QCOMPARE(parsed->minor, minor);
}

void TestHostCheck::riskScore_data()
{
    QTest::addColumn<QStringList>("findings"); // "subject/rule/severity"
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("infos");
    QTest::newRow("nothing") << QStringList{} << 100 << 0 << 0 << 0;
    QTest::newRow("one of each") << QStringList{"a/DWH505/error", "a/DWH511/warning", "daemon/DWH230/info"} << 85 << 1
                                 << 1 << 1;
    QTest::newRow("style weighs nothing") << QStringList{"a/DWH505/style"} << 100 << 0 << 0 << 0;
    QTest::newRow("capped per subject") << QStringList{"a/DWH505/error", "a/DWH532/error", "a/DWH504/error",
                                                       "a/DWH506/error", "a/DWH540/error"}
                                        << 60 << 5 << 0 << 0;
    QTest::newRow("floor at zero") << QStringList{"a/DWH505/error", "a/DWH532/error", "a/DWH504/error",
                                                  "a/DWH506/error", "b/DWH505/error", "b/DWH532/error",
                                                  "b/DWH504/error", "b/DWH506/error", "c/DWH505/error",
                                                  "c/DWH532/error", "c/DWH504/error"}
                                   << 0 << 11 << 0 << 0;
}

void TestHostCheck::riskScore()
{
    QFETCH(QStringList, findings);
    QFETCH(int, score);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(int, infos);
    std::vector<findings::Finding> list;
    for (const QString& spec : findings) {
        const QStringList parts = spec.split(u'/');
        HostFinding f;
        f.subject = parts[0].toStdString();
        f.rule = parts[1].toStdString();
        f.severity = *findings::severityFromName(parts[2].toStdString());
        list.push_back(scan::fromSubjectFinding(std::move(f), findings::ObjectKind::Container, parts[0].toStdString(),
                                                parts[0].toStdString()));
    }
    const findings::RiskScore result = scan::riskScoreOf(findings::Engine::Host, list);
    QCOMPARE(result.score, score);
    QCOMPARE(result.errors, errors);
    QCOMPARE(result.warnings, warnings);
    QCOMPARE(result.infos, infos);
    int categorized = 0;
    for (const auto& [category, count] : result.byCategory)
        categorized += count;
    QCOMPARE(categorized, int(findings.size()));
    if (findings.size() == 3) {
        QCOMPARE(result.byCategory.at("container"), 2);
        QCOMPARE(result.byCategory.at("daemon"), 1);
    }
}

void TestHostCheck::newFieldsAreDecoded()
{
    engine::DecodeError error;
    const auto daemon = engine::decodeDaemonInfo(
        R"({"Debug":true,"Driver":"aufs","Plugins":{"Authorization":["authz-broker"]},"Swarm":{"LocalNodeState":"active"}})",
        error);
    QVERIFY2(daemon, error.message.c_str());
    QCOMPARE(daemon->authorizationPlugins, std::vector<std::string>{"authz-broker"});
    const std::vector<HostFinding> findings = checkDaemon(*daemon, hardenedVersion(), hardenedHost());
    for (const char* rule : {"DWH203", "DWH206", "DWH501"})
        QVERIFY2(hasRule(findings, rule),
                 (std::string(rule) + " missing in\n" + describe(findings).toStdString()).c_str());
    QVERIFY(!hasRule(findings, "DWH212"));
    QCOMPARE(findRule(findings, "DWH501")->evidence, std::string("Swarm.LocalNodeState=active"));
    QCOMPARE(categoryOf("DWH501"), CheckCategory::Daemon);

    const auto nullPlugins = engine::decodeDaemonInfo(R"({"Plugins":{"Authorization":null}})", error);
    QVERIFY2(nullPlugins, error.message.c_str());
    QVERIFY(nullPlugins->authorizationPlugins.empty());

    const auto container = engine::decodeContainerDetails(
        R"({"Id":"abc","Name":"/cg","HostConfig":{"CgroupParent":"/custom.slice","Ulimits":null}})", error);
    QVERIFY2(container, error.message.c_str());
    QCOMPARE(container->hostConfig.cgroupParent, std::string("/custom.slice"));
    const std::vector<HostFinding> containerFindings = checkContainer(*container, HostContext{});
    QCOMPARE(findRule(containerFindings, "DWH525")->evidence, std::string("HostConfig.CgroupParent=/custom.slice"));
    QCOMPARE(findRule(containerFindings, "DWH519")->severity, findings::Severity::Info);
}

void TestHostCheck::imageFactsDateRunningContainers()
{
    engine::ImageSummary old;
    old.id = "sha256:1111";
    old.created = 1'780'000'000 - 200 * 86400;
    engine::ImageSummary other;
    other.id = "sha256:2222";
    other.created = 1'780'000'000;
    HostContext host = hardenedHost();
    host.imageCreatedById.clear();
    applyImageFacts(host, {old, other});
    QCOMPARE(host.imageCreatedById.size(), std::size_t(2));
    const std::vector<HostFinding> findings = checkContainer(hardenedContainer(), host);
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings.front().rule, std::string("DWH528"));
    QCOMPARE(findings.front().message.en,
             std::string("Container 'dw-test' runs image sha256:1111, built 200 days ago"));
    QCOMPARE(findings.front().severity, findings::Severity::Info);
}

QTEST_APPLESS_MAIN(TestHostCheck)

#include "tst_hostcheck.moc"
