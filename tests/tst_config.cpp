#include "dockerfile/parser.h"
#include "lint/config.h"
#include "lint/linter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using dw::lint::Config;
using dw::lint::ConfigError;
using dw::findings::Language;
using dw::findings::Severity;

Q_DECLARE_METATYPE(dw::lint::Config)
Q_DECLARE_METATYPE(dw::findings::Severity)

namespace {

void compareConfigs(const Config& actual, const Config& expected)
{
    QCOMPARE(actual.ignored, expected.ignored);
    QCOMPARE(actual.overrides, expected.overrides);
    QCOMPARE(actual.trustedRegistries, expected.trustedRegistries);
    QCOMPARE(actual.labelSchema, expected.labelSchema);
    QCOMPARE(actual.strictLabels, expected.strictLabels);
    QCOMPARE(actual.failureThreshold, expected.failureThreshold);
    QCOMPARE(actual.noFail, expected.noFail);
    QCOMPARE(actual.shellcheck, expected.shellcheck);
    QCOMPARE(actual.language, expected.language);
}

Config with(void (*edit)(Config&))
{
    Config config;
    edit(config);
    return config;
}

void writeFile(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

void restoreEnvironment(const char* name, const QByteArray& value)
{
    if (value.isNull())
        qunsetenv(name);
    else
        qputenv(name, value);
}

QStringList toQt(const std::vector<std::string>& paths)
{
    QStringList list;
    for (const std::string& path : paths)
        list << QString::fromStdString(path);
    return list;
}

} // namespace

class TestConfig : public QObject {
    Q_OBJECT

  private slots:
    void parsesKeys_data();
    void parsesKeys();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void effectiveSeverity_data();
    void effectiveSeverity();
    void lintAppliesTheSeverities_data();
    void lintAppliesTheSeverities();
    void mergeOverlaysLaterFiles();
    void mergeKeepsUnsetKeys();
    void mergeLetsLaterFilesResetToDefaults();
    void loadsFiles();
    void discoversFiles_data();
    void discoversFiles();
    void readsWaiversAndWarnsAboutBadOnes();
};

void TestConfig::parsesKeys_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<Config>("expected");

    QTest::newRow("empty file") << QByteArray() << Config{};
    QTest::newRow("comments only") << QByteArray("# nothing here\n\n") << Config{};
    QTest::newRow("explicit null document") << QByteArray("---\n~\n") << Config{};
    QTest::newRow("ignored") << QByteArray("ignored:\n  - DL3006\n  - DL3008\n") << with([](Config& c) {
        c.ignored = {"DL3006", "DL3008"};
    });
    QTest::newRow("ignored flow list") << QByteArray("ignored: [DL3006, SC2086]\n") << with([](Config& c) {
        c.ignored = {"DL3006", "SC2086"};
    });
    QTest::newRow("ignored empty") << QByteArray("ignored:\n") << Config{};
    QTest::newRow("override") << QByteArray("override:\n  error: [DL3001]\n  warning: [DL3002, DL3003]\n"
                                            "  info: [DL3004]\n  style: [DL3005]\n")
                              << with([](Config& c) {
                                     c.overrides = {{"DL3001", Severity::Error},
                                                    {"DL3002", Severity::Warning},
                                                    {"DL3003", Severity::Warning},
                                                    {"DL3004", Severity::Info},
                                                    {"DL3005", Severity::Style}};
                                 });
    QTest::newRow("override unknown level")
        << QByteArray("override:\n  fatal: [DL3001]\n  info: [DL3002]\n") << with([](Config& c) {
               c.overrides = {{"DL3002", Severity::Info}};
           });
    QTest::newRow("trustedRegistries list")
        << QByteArray("trustedRegistries:\n  - docker.io\n  - \"*.example.com\"\n") << with([](Config& c) {
               c.trustedRegistries = {"docker.io", "*.example.com"};
           });
    QTest::newRow("trustedRegistries single")
        << QByteArray("trustedRegistries: my-company.com:500\n")
        << with([](Config& c) { c.trustedRegistries = {"my-company.com:500"}; });
    QTest::newRow("label-schema") << QByteArray(
                                         "label-schema:\n  author: text\n  url: url\n  created: rfc3339\n"
                                         "  version: semver\n  rev: hash\n  license: spdx\n  mail: email\n")
                                  << with([](Config& c) {
                                         c.labelSchema = {{"author", "text"},     {"url", "url"},
                                                          {"created", "rfc3339"}, {"version", "semver"},
                                                          {"rev", "hash"},        {"license", "spdx"},
                                                          {"mail", "email"}};
                                     });
    QTest::newRow("strict-labels") << QByteArray("strict-labels: true\n")
                                   << with([](Config& c) { c.strictLabels = true; });
    QTest::newRow("strict-labels false") << QByteArray("strict-labels: false\n") << Config{};
    QTest::newRow("failure-threshold error") << QByteArray("failure-threshold: error\n")
                                             << with([](Config& c) { c.failureThreshold = Severity::Error; });
    QTest::newRow("failure-threshold warning")
        << QByteArray("failure-threshold: warning\n")
        << with([](Config& c) { c.failureThreshold = Severity::Warning; });
    QTest::newRow("failure-threshold info") << QByteArray("failure-threshold: info\n") << Config{};
    QTest::newRow("failure-threshold style") << QByteArray("failure-threshold: \"style\"\n")
                                             << with([](Config& c) { c.failureThreshold = Severity::Style; });
    QTest::newRow("failure-threshold ignore")
        << QByteArray("failure-threshold: ignore\n")
        << with([](Config& c) { c.failureThreshold = Severity::Ignore; });
    QTest::newRow("failure-threshold none")
        << QByteArray("failure-threshold: none\n") << with([](Config& c) { c.noFail = true; });
    QTest::newRow("no-fail") << QByteArray("no-fail: true\n") << with([](Config& c) { c.noFail = true; });
    QTest::newRow("shellcheck") << QByteArray("shellcheck: yes\n")
                                << with([](Config& c) { c.shellcheck = true; });
    QTest::newRow("language en") << QByteArray("language: en\n")
                                 << with([](Config& c) { c.language = Language::English; });
    QTest::newRow("language zh_CN") << QByteArray("language: zh_CN\n")
                                    << with([](Config& c) { c.language = Language::SimplifiedChinese; });
    QTest::newRow("unknown keys") << QByteArray("format: json\nno-color: true\ndisable-ignore-pragma: true\n"
                                                "verbose: [1, 2]\nignored: [DL3000]\n")
                                  << with([](Config& c) { c.ignored = {"DL3000"}; });
    QTest::newRow("windows line endings")
        << QByteArray("ignored:\r\n  - DL3006\r\nno-fail: true\r\n") << with([](Config& c) {
               c.ignored = {"DL3006"};
               c.noFail = true;
           });
}

void TestConfig::parsesKeys()
{
    QFETCH(QByteArray, yaml);
    QFETCH(Config, expected);
    ConfigError error;
    const std::optional<Config> config = dw::lint::parseConfig(yaml.toStdString(), "cfg.yaml", error);
    QVERIFY2(config.has_value(), error.message.c_str());
    compareConfigs(*config, expected);
}

void TestConfig::rejectsInvalid_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expectedPrefix");
    QTest::addColumn<QString>("expectedWord");

    QTest::newRow("ignored scalar") << QByteArray("ignored: DL3006\n") << "cfg.yaml:1: "
                                    << "ignored";
    QTest::newRow("ignored map") << QByteArray("ignored:\n  a: b\n") << "cfg.yaml:2: "
                                 << "ignored";
    QTest::newRow("ignored nested list") << QByteArray("ignored:\n  - DL1\n  - [DL2]\n") << "cfg.yaml:3: "
                                         << "ignored";
    QTest::newRow("override list") << QByteArray("override: [DL3006]\n") << "cfg.yaml:1: "
                                   << "override";
    QTest::newRow("override level map") << QByteArray("override:\n  error:\n    a: b\n") << "cfg.yaml:3: "
                                        << "override.error";
    QTest::newRow("trustedRegistries map") << QByteArray("trustedRegistries: {a: b}\n") << "cfg.yaml:1: "
                                           << "trustedRegistries";
    QTest::newRow("label-schema list") << QByteArray("label-schema: [a]\n") << "cfg.yaml:1: "
                                       << "label-schema";
    QTest::newRow("label-schema type") << QByteArray("label-schema:\n  author: name\n") << "cfg.yaml:2: "
                                       << "label-schema.author";
    QTest::newRow("strict-labels word") << QByteArray("strict-labels: maybe\n") << "cfg.yaml:1: "
                                        << "strict-labels";
    QTest::newRow("strict-labels list") << QByteArray("\nstrict-labels: [true]\n") << "cfg.yaml:2: "
                                        << "strict-labels";
    QTest::newRow("failure-threshold word") << QByteArray("failure-threshold: fatal\n") << "cfg.yaml:1: "
                                            << "failure-threshold";
    QTest::newRow("failure-threshold list") << QByteArray("failure-threshold: [error]\n") << "cfg.yaml:1: "
                                            << "failure-threshold";
    QTest::newRow("no-fail number") << QByteArray("no-fail: 3\n") << "cfg.yaml:1: "
                                    << "no-fail";
    QTest::newRow("shellcheck word") << QByteArray("a: 1\nshellcheck: sure\n") << "cfg.yaml:2: "
                                     << "shellcheck";
    QTest::newRow("language") << QByteArray("language: fr\n") << "cfg.yaml:1: "
                              << "language";
    QTest::newRow("top-level list") << QByteArray("- ignored\n") << "cfg.yaml:1: "
                                    << "map";
    QTest::newRow("top-level scalar") << QByteArray("hello\n") << "cfg.yaml:1: "
                                      << "map";
    QTest::newRow("unclosed flow list") << QByteArray("ignored: [DL3006\nno-fail: true\n") << "cfg.yaml:"
                                        << "invalid YAML";
    QTest::newRow("bad nesting") << QByteArray("a: b: c\n") << "cfg.yaml:1: "
                                 << "invalid YAML";
    QTest::newRow("extra bracket") << QByteArray("no-fail: true\nignored: [DL1]]\n") << "cfg.yaml:2: "
                                   << "invalid YAML";
    QTest::newRow("bad indentation") << QByteArray("a: b\n  c: d\n") << "cfg.yaml:2: "
                                     << "invalid YAML";
    QTest::newRow("undefined alias") << QByteArray("ignored: *ids\n") << "cfg.yaml:1: "
                                     << "invalid YAML";
    QTest::newRow("tab indentation") << QByteArray("override:\n\terror: [DL1]\n") << "cfg.yaml:"
                                     << "invalid YAML";
}

void TestConfig::rejectsInvalid()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expectedPrefix);
    QFETCH(QString, expectedWord);
    ConfigError error;
    std::optional<Config> config;
    try {
        config = dw::lint::parseConfig(yaml.toStdString(), "cfg.yaml", error);
    } catch (...) {
        QFAIL("parseConfig threw");
    }
    QVERIFY(!config.has_value());
    const QString message = QString::fromStdString(error.message);
    QVERIFY2(message.startsWith(expectedPrefix), qPrintable(message));
    QVERIFY2(message.contains(expectedWord), qPrintable(message));
    QVERIFY2(!message.contains('\n'), qPrintable(message));
}

void TestConfig::effectiveSeverity_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Severity>("defaultSeverity");
    QTest::addColumn<Severity>("expected");

    QTest::newRow("default") << "DL3000" << Severity::Warning << Severity::Warning;
    QTest::newRow("default error") << "DL3000" << Severity::Error << Severity::Error;
    QTest::newRow("override up") << "DL3001" << Severity::Info << Severity::Error;
    QTest::newRow("override down") << "DL3002" << Severity::Error << Severity::Style;
    QTest::newRow("ignored") << "DL3003" << Severity::Error << Severity::Ignore;
    QTest::newRow("ignored beats override") << "DL3004" << Severity::Warning << Severity::Ignore;
}

void TestConfig::effectiveSeverity()
{
    QFETCH(QString, rule);
    QFETCH(Severity, defaultSeverity);
    QFETCH(Severity, expected);
    Config config;
    config.overrides = {
        {"DL3001", Severity::Error}, {"DL3002", Severity::Style}, {"DL3004", Severity::Error}};
    config.ignored = {"DL3003", "DL3004"};
    QCOMPARE(config.effectiveSeverity(rule.toStdString(), defaultSeverity), expected);
}

// The linter does not run a rule whose every finding it would drop: these cases pin down which rules still report,
// with the rules off by default (DL1001, DL3057) turned on and an ordinary one (DL3008) turned off either way.
void TestConfig::lintAppliesTheSeverities_data()
{
    QTest::addColumn<Config>("config");
    QTest::addColumn<bool>("keepIgnored");
    QTest::addColumn<QStringList>("expected"); // "rule:severity" of the three rules' findings, in order

    QTest::newRow("defaults") << Config{} << false << QStringList{"DL3008:warning"};
    QTest::newRow("off by default, turned on") << with([](Config& c) {
        c.overrides = {{"DL1001", Severity::Info}, {"DL3057", Severity::Style}};
    }) << false << QStringList{"DL1001:info", "DL3057:style", "DL3008:warning"};
    QTest::newRow("ignored") << with([](Config& c) { c.ignored = {"DL3008"}; }) << false << QStringList{};
    QTest::newRow("overridden to ignore") << with([](Config& c) { c.overrides = {{"DL3008", Severity::Ignore}}; })
                                          << false << QStringList{};
    QTest::newRow("an unrelated override") << with([](Config& c) { c.overrides = {{"DL3006", Severity::Error}}; })
                                           << false << QStringList{"DL3008:warning"};
    QTest::newRow("kept for scoring") << Config{} << true
                                      << QStringList{"DL1001:ignore", "DL3057:ignore", "DL3008:warning"};
}

void TestConfig::lintAppliesTheSeverities()
{
    QFETCH(Config, config);
    QFETCH(bool, keepIgnored);
    QFETCH(QStringList, expected);
    const dw::df::Dockerfile file =
        dw::df::parse("# hadolint ignore=DL3006\nFROM debian:12.5\nRUN apt-get install -y --no-install-recommends curl\n");
    dw::lint::LintOptions options;
    options.config = config;
    options.keepIgnoredSeverity = keepIgnored;
    QStringList found;
    for (const dw::lint::Finding& finding : dw::lint::lint(file, options).findings)
        if (finding.rule == "DL1001" || finding.rule == "DL3057" || finding.rule == "DL3008")
            found << QString::fromStdString(finding.rule + ":" + std::string(dw::findings::severityName(finding.severity)));
    QCOMPARE(found, expected);
}

void TestConfig::mergeOverlaysLaterFiles()
{
    ConfigError error;
    std::optional<Config> base = dw::lint::parseConfig(
        "ignored: [DL1]\noverride: {error: [DL2], info: [DL3]}\ntrustedRegistries: [a.io, b.io]\n"
        "label-schema: {author: text, version: semver}\nfailure-threshold: warning\nlanguage: en\n",
        "base.yaml", error);
    std::optional<Config> later = dw::lint::parseConfig(
        "ignored: [DL4]\noverride: {style: [DL2]}\ntrustedRegistries: [b.io, c.io]\n"
        "label-schema: {version: hash}\nfailure-threshold: error\nstrict-labels: true\nno-fail: true\n"
        "shellcheck: true\nlanguage: zh_CN\n",
        "later.yaml", error);
    QVERIFY(base && later);
    base->merge(*later);

    Config expected;
    expected.ignored = {"DL1", "DL4"};
    expected.overrides = {{"DL2", Severity::Style}, {"DL3", Severity::Info}};
    expected.trustedRegistries = {"a.io", "b.io", "c.io"};
    expected.labelSchema = {{"author", "text"}, {"version", "hash"}};
    expected.failureThreshold = Severity::Error;
    expected.strictLabels = true;
    expected.noFail = true;
    expected.shellcheck = true;
    expected.language = Language::SimplifiedChinese;
    compareConfigs(*base, expected);
}

void TestConfig::mergeKeepsUnsetKeys()
{
    Config base;
    base.failureThreshold = Severity::Error;
    base.language = Language::SimplifiedChinese;
    base.strictLabels = true;
    base.ignored = {"DL1"};
    Config expected = base;
    base.merge(Config{});
    compareConfigs(base, expected);
}

void TestConfig::mergeLetsLaterFilesResetToDefaults()
{
    ConfigError error;
    std::optional<Config> base = dw::lint::parseConfig("strict-labels: true\nfailure-threshold: error\nno-fail: true\n", "a.yaml", error);
    std::optional<Config> later = dw::lint::parseConfig("strict-labels: false\nfailure-threshold: info\nno-fail: false\n", "b.yaml", error);
    QVERIFY(base && later);
    base->merge(*later);
    QCOMPARE(base->strictLabels, false);
    QCOMPARE(base->failureThreshold, Severity::Info);
    QCOMPARE(base->noFail, false);
}

void TestConfig::loadsFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath("good.yaml");
    const QString bad = dir.filePath("bad.yaml");
    writeFile(good, "ignored: [DL3006]\n");
    writeFile(bad, "ignored: [DL3006]\nno-fail: 12\n");

    ConfigError error;
    const std::optional<Config> config = dw::lint::loadConfigFile(good.toStdString(), error);
    QVERIFY(config.has_value());
    QCOMPARE(config->ignored, std::set<std::string>{"DL3006"});

    QVERIFY(!dw::lint::loadConfigFile(bad.toStdString(), error).has_value());
    QVERIFY2(QString::fromStdString(error.message).startsWith(bad + ":2: "), error.message.c_str());

    const QString missing = dir.filePath("missing.yaml");
    QVERIFY(!dw::lint::loadConfigFile(missing.toStdString(), error).has_value());
    QVERIFY2(QString::fromStdString(error.message).startsWith(missing), error.message.c_str());
    QVERIFY(!dw::lint::loadConfigFile(dir.path().toStdString(), error).has_value());
}

void TestConfig::discoversFiles_data()
{
    // Files to create (relative to a temporary root), the directory to search from, the expected result.
    // "xdg/" and "home/" stand for $XDG_CONFIG_HOME and $HOME.
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nothing") << QStringList{} << "p/a" << QStringList{};
    QTest::newRow("same directory") << QStringList{"p/a/.hadolint.yaml"} << "p/a"
                                    << QStringList{"p/a/.hadolint.yaml"};
    QTest::newRow("yml spelling") << QStringList{"p/.hadolint.yml"} << "p/a"
                                  << QStringList{"p/.hadolint.yml"};
    QTest::newRow("yaml before yml") << QStringList{"p/.hadolint.yml", "p/.hadolint.yaml"} << "p/a"
                                     << QStringList{"p/.hadolint.yaml"};
    QTest::newRow("nearest wins") << QStringList{"p/.hadolint.yaml", "p/a/.hadolint.yml"} << "p/a/b"
                                  << QStringList{"p/a/.hadolint.yml"};
    QTest::newRow("xdg") << QStringList{"xdg/hadolint.yaml", "home/.config/hadolint.yaml"} << "p/a"
                         << QStringList{"xdg/hadolint.yaml"};
    QTest::newRow("home") << QStringList{"home/.config/hadolint.yaml"} << "p/a"
                          << QStringList{"home/.config/hadolint.yaml"};
    QTest::newRow("project beats global")
        << QStringList{"xdg/hadolint.yaml", "p/.hadolint.yaml"} << "p/a" << QStringList{"p/.hadolint.yaml"};
    QTest::newRow("dockwarden beside") << QStringList{"p/.dockwarden.yaml", "p/.hadolint.yaml"} << "p/a"
                                       << QStringList{"p/.hadolint.yaml", "p/.dockwarden.yaml"};
    QTest::newRow("dockwarden alone")
        << QStringList{"p/.dockwarden.yaml"} << "p/a/b" << QStringList{"p/.dockwarden.yaml"};
    QTest::newRow("dockwarden beside global")
        << QStringList{"xdg/hadolint.yaml", "xdg/.dockwarden.yaml"} << "p"
        << QStringList{"xdg/hadolint.yaml", "xdg/.dockwarden.yaml"};
    QTest::newRow("directory named like config")
        << QStringList{"p/.hadolint.yaml/x", "home/.config/hadolint.yaml"} << "p"
        << QStringList{"home/.config/hadolint.yaml"};
}

void TestConfig::discoversFiles()
{
    QFETCH(QStringList, files);
    QFETCH(QString, start);
    QFETCH(QStringList, expected);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString base = QDir(root.path()).canonicalPath() + '/';
    QDir().mkpath(base + "xdg");
    QDir().mkpath(base + "home");
    QDir().mkpath(base + start);
    for (const QString& file : files)
        writeFile(base + file, "ignored: []\n");

    const QByteArray savedXdg = qgetenv("XDG_CONFIG_HOME");
    const QByteArray savedHome = qgetenv("HOME");
    qputenv("XDG_CONFIG_HOME", (base + "xdg").toUtf8());
    qputenv("HOME", (base + "home").toUtf8());
    const QStringList found = toQt(dw::lint::discoverConfigFiles((base + start).toStdString()));
    const QStringList foundWithSlash =
        toQt(dw::lint::discoverConfigFiles((base + start + '/').toStdString()));
    restoreEnvironment("XDG_CONFIG_HOME", savedXdg);
    restoreEnvironment("HOME", savedHome);

    QStringList expectedPaths;
    for (const QString& path : expected)
        expectedPaths << base + path;
    QCOMPARE(found, expectedPaths);
    QCOMPARE(foundWithSlash, expectedPaths);
}

void TestConfig::readsWaiversAndWarnsAboutBadOnes()
{
    const std::string yaml = "waivers:\n"
                             "  - rule: DL3008\n"                               // line 2
                             "    target: \"services/*/Dockerfile\"\n"
                             "    reason: pinned by the base image\n"
                             "    expires: 2027-03-31\n"
                             "  - rule: DL3006\n"                               // line 6: no reason
                             "  - rule: DL3007\n"                               // line 7: bad date
                             "    reason: r\n"
                             "    expires: 2027-02-30\n"
                             "  - reason: no rule\n"                            // line 10
                             "  - just a string\n"                              // line 11
                             "  - rule: DW1001\n"                               // line 12: unknown key, kept
                             "    reason: vault injects it\n"
                             "    until: tomorrow\n";
    dw::lint::ConfigError error;
    std::optional<Config> config = dw::lint::parseConfig(yaml, "team.yaml", error);
    QVERIFY2(config, error.message.c_str());
    QCOMPARE(config->waivers.size(), std::size_t(2));
    const dw::findings::Waiver& first = config->waivers[0];
    QCOMPARE(first.rule, std::string("DL3008"));
    QCOMPARE(first.target, std::string("services/*/Dockerfile"));
    QCOMPARE(first.reason, std::string("pinned by the base image"));
    QCOMPARE(first.expires, std::string("2027-03-31"));
    QCOMPARE(first.origin, std::string("team.yaml:2"));
    QCOMPARE(config->waivers[1].rule, std::string("DW1001"));
    QCOMPARE(config->warnings.size(), std::size_t(5));
    const auto warned = [&config](const std::string& text) {
        for (const std::string& warning : config->warnings)
            if (warning.find(text) != std::string::npos) return true;
        return false;
    };
    QVERIFY(warned("team.yaml:6: the waiver of DL3006 has no 'reason'"));
    QVERIFY(warned("team.yaml:7: the waiver of DL3007 has a bad 'expires' date '2027-02-30'"));
    QVERIFY(warned("team.yaml:10: a waiver without a 'rule'"));
    QVERIFY(warned("team.yaml:11: a waiver must be a map"));
    QVERIFY(warned("team.yaml:12: unknown waiver key 'until'"));

    // Not a list: one warning, nothing fatal. Later files add their waivers to earlier ones.
    std::optional<Config> scalar = dw::lint::parseConfig("waivers: DL3008\n", "b.yaml", error);
    QVERIFY(scalar);
    QCOMPARE(scalar->warnings.size(), std::size_t(1));
    config->merge(*scalar);
    QCOMPARE(config->waivers.size(), std::size_t(2));
    QCOMPARE(config->warnings.size(), std::size_t(6));
}

QTEST_APPLESS_MAIN(TestConfig)
#include "tst_config.moc"
