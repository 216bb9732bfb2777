// The GUI's rule choices written into .dockwarden.yaml: the CLI reads them back, everything else in the file
// stays, and a broken file is never overwritten.
#include "lint/config.h"
#include "lint/config_writer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace dw;

class TestConfigWriter : public QObject {
    Q_OBJECT

  private slots:
    void replacesOnlyTheRuleKeys()
    {
        const std::string before = "# team settings\nignored:\n  - DL3008\n  - DL3009\nwaivers:\n  - rule: DL3006\n"
                                   "    reason: base image pinned elsewhere  # keep me\noverride:\n  error:\n    - DL3002\n"
                                   "# trailing note\nlanguage: zh_CN\n";
        lint::RuleChoices choices;
        choices.ignored = {"DL3015"};
        choices.overrides = {{"DL4000", findings::Severity::Error}, {"DW1004", findings::Severity::Info}};
        const std::string after = lint::withRuleChoices(before, choices);
        QVERIFY(after.find("# team settings") != std::string::npos);
        QVERIFY(after.find("reason: base image pinned elsewhere  # keep me") != std::string::npos);
        QVERIFY(after.find("# trailing note") != std::string::npos);
        QVERIFY(after.find("DL3008") == std::string::npos);
        QVERIFY(after.find("DL3002") == std::string::npos);
        lint::ConfigError error;
        const auto config = lint::parseConfig(after, ".dockwarden.yaml", error);
        QVERIFY2(config, error.message.c_str());
        QCOMPARE(config->ignored, (std::set<std::string>{"DL3015"}));
        QCOMPARE(config->overrides.at("DL4000"), findings::Severity::Error);
        QCOMPARE(config->overrides.at("DW1004"), findings::Severity::Info);
        QCOMPARE(config->waivers.size(), std::size_t(1));
        QCOMPARE(config->language, std::optional<findings::Language>(findings::Language::SimplifiedChinese));
    }

    void writesAndReadsBack()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral(".dockwarden.yaml")).toStdString();
        lint::RuleChoices choices;
        choices.ignored = {"DL3008"};
        std::string error;
        QVERIFY2(lint::writeRuleChoices(path, choices, error), error.c_str()); // created when missing
        const lint::RuleChoices back = lint::readRuleChoices(path, error);
        QCOMPARE(back.ignored, choices.ignored);
        // The CLI's discovery finds the file beside a Dockerfile in that directory.
        const auto found = lint::discoverConfigFiles(dir.path().toStdString());
        QVERIFY(std::find(found.begin(), found.end(), path) != found.end());
        // A file that is not valid YAML is left alone.
        { std::ofstream(path) << "ignored: [unclosed\n"; }
        QVERIFY(!lint::writeRuleChoices(path, choices, error));
        QVERIFY(error.find("left as it is") != std::string::npos);
        std::ifstream in(path);
        std::string content((std::istreambuf_iterator<char>(in)), {});
        QCOMPARE(content, std::string("ignored: [unclosed\n"));
    }
    void appendsWaivers()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral(".dockwarden.yaml")).toStdString();
        { std::ofstream(path) << "# ours\nwaivers:\n  - rule: DL3006\n    reason: old\n\nignored:\n  - DL3015\n"; }
        std::string error;
        QVERIFY2(lint::appendWaiver(path, {"DL3008", "services/*/Dockerfile", "pinned by \"base\" image", "2027-03-31", ""}, error),
                 error.c_str());
        lint::ConfigError configError;
        auto config = lint::loadConfigFile(path, configError);
        QVERIFY(config);
        QCOMPARE(config->waivers.size(), std::size_t(2));
        QCOMPARE(config->waivers[1].rule, std::string("DL3008"));
        QCOMPARE(config->waivers[1].reason, std::string("pinned by \"base\" image"));
        QCOMPARE(config->waivers[1].expires, std::string("2027-03-31"));
        QCOMPARE(config->ignored, (std::set<std::string>{"DL3015"}));
        QVERIFY(config->warnings.empty());
        // No waivers block yet: one is added; bad entries are refused before anything is written.
        const std::string fresh = dir.filePath(QStringLiteral("other.yaml")).toStdString();
        QVERIFY(lint::appendWaiver(fresh, {"DL4000", "", "legacy image", "", ""}, error));
        QVERIFY(!lint::appendWaiver(fresh, {"DL4000", "", "", "", ""}, error));
        QVERIFY(!lint::appendWaiver(fresh, {"DL4000", "", "x", "31/03/2027", ""}, error));
        config = lint::loadConfigFile(fresh, configError);
        QVERIFY(config);
        QCOMPARE(config->waivers.size(), std::size_t(1));
    }

    void rewritesTheWaiverList()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral(".dockwarden.yaml")).toStdString();
        { std::ofstream(path) << "# ours\nwaivers:\n  - rule: DL3006\n    reason: old\n  - rule: DWH505\n    target: \"lab-*\"\n"
                                 "    reason: lab\n    expires: 2027-01-31\n\n# keep me\nignored:\n  - DL3015\n"; }
        std::string error;
        auto waivers = lint::readWaivers(path, error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(waivers.size(), std::size_t(2));
        QCOMPARE(waivers[1].target, std::string("lab-*"));
        // Edit the second, remove the first, add one.
        waivers[1].reason = "lab machines only";
        waivers.erase(waivers.begin());
        waivers.push_back({"DWI101", "shop/*", "test key", "", ""});
        QVERIFY2(lint::writeWaivers(path, waivers, error), error.c_str());
        const auto back = lint::readWaivers(path, error);
        QCOMPARE(back.size(), std::size_t(2));
        QCOMPARE(back[0].rule, std::string("DWH505"));
        QCOMPARE(back[0].reason, std::string("lab machines only"));
        QCOMPARE(back[0].expires, std::string("2027-01-31"));
        QCOMPARE(back[1].target, std::string("shop/*"));
        std::ifstream in(path);
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        QVERIFY(text.find("# ours") != std::string::npos);
        QVERIFY(text.find("# keep me") != std::string::npos);
        lint::ConfigError configError;
        auto config = lint::loadConfigFile(path, configError);
        QVERIFY(config);
        QCOMPARE(config->ignored, (std::set<std::string>{"DL3015"}));
        // Removing every waiver removes the block; a bad waiver writes nothing.
        QVERIFY(lint::writeWaivers(path, {}, error));
        QVERIFY(lint::readWaivers(path, error).empty());
        QVERIFY(!lint::writeWaivers(path, {{"DL3008", "", "", "", ""}}, error));
        QVERIFY(lint::readWaivers(path, error).empty());
        QCOMPARE(lint::withWaivers("", {}), std::string());
    }
};

QTEST_GUILESS_MAIN(TestConfigWriter)
#include "tst_config_writer.moc"
