// Every lint rule against its own catch / pass / fix cases in tests/data/rules, and the catalogue's invariants.
#include "rule_cases.h"

#include "dockerfile/parser.h"
#include "lint/dockerignore.h"
#include "lint/fixes.h"
#include "lint/linter.h"
#include "lint/lint_context.h"
#include "lint/registry.h"
#include "lint/rule_support.h"
#include "lint/support_buildkit.h"
#include "lint/support_packages.h"
#include "shell/shell_script.h"

#include <QFile>
#include <QtTest>

#include <set>

using namespace dw;

namespace {

QString casesPath(std::string_view id) { return QStringLiteral(DW_TEST_DATA "/rules/%1.txt").arg(QString::fromUtf8(id.data(), int(id.size()))); }

lint::LintResult lintCase(const test::RuleCase& c, const std::string& text)
{
    lint::LintOptions options;
    options.keepIgnoredSeverity = true;
    options.buildArgs = c.buildArgs;
    static thread_local lint::DockerIgnore ignore;
    if (c.hasDockerignore) {
        ignore = lint::DockerIgnore::parse(c.dockerignore);
        options.dockerignore = &ignore;
    }
    if (!c.config.empty()) {
        lint::ConfigError error;
        auto config = lint::parseConfig(c.config, "case", error);
        if (!config) qFatal("bad case config: %s", error.message.c_str());
        options.config = *config;
    }
    return lint::lint(df::parse(text), options);
}

int countRule(const lint::LintResult& result, std::string_view id)
{
    int n = 0;
    for (const auto& f : result.findings) n += f.rule == id;
    return n;
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT

private slots:
    void cases_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("index");
        for (const auto& rule : lint::allRules()) {
            const auto id = rule->info().id;
            const auto cases = test::readRuleCases(casesPath(id).toStdString());
            for (std::size_t i = 0; i < cases.size(); ++i) {
                QByteArray name = QByteArray(id.data(), int(id.size())) + ":" + QByteArray::number(cases[i].line);
                QTest::newRow(name.constData()) << QString::fromUtf8(id.data(), int(id.size())) << int(i);
            }
        }
    }

    void cases()
    {
        QFETCH(QString, rule);
        QFETCH(int, index);
        const std::string id = rule.toStdString();
        const auto c = test::readRuleCases(casesPath(id).toStdString()).at(std::size_t(index));
        const auto result = lintCase(c, c.dockerfile);
        const int found = countRule(result, id);
        if (c.kind == test::RuleCase::Kind::Pass) {
            QCOMPARE(found, 0);
        } else if (c.expectedCount >= 0) {
            QCOMPARE(found, c.expectedCount);
        } else {
            QVERIFY2(found >= 1, "the rule did not fire");
        }
        for (const auto& f : result.findings) {
            if (f.rule != id) continue;
            QVERIFY(f.range.start.line >= 1);
            // Every fix must leave a file that still parses, whatever the case kind.
            for (const auto& fix : f.fixes) {
                const df::Dockerfile fixed = df::parse(lint::applyEdits(c.dockerfile, fix.edits));
                QVERIFY2(!fixed.hasParserErrors(), fix.title.en.c_str());
            }
            QVERIFY(!f.message.en.empty() && !f.message.zh.empty());
            // The linter does not run a rule that is off by default unless the configuration turns it on, which
            // holds only while its findings keep that default severity.
            if (c.config.empty() && lint::findRule(id)->info().severity == lint::Severity::Ignore)
                QCOMPARE(f.severity, lint::Severity::Ignore);
        }
        if (c.kind != test::RuleCase::Kind::Fix) return;

        const lint::Finding* fixable = nullptr;
        for (const auto& f : result.findings)
            if (f.rule == id && !f.fixes.empty()) { fixable = &f; break; }
        QVERIFY2(fixable, "no finding of the rule carries a fix");
        QVERIFY(!fixable->fixes.front().title.en.empty() && !fixable->fixes.front().title.zh.empty());
        const std::string fixed = lint::applyEdits(c.dockerfile, fixable->fixes.front().edits);
        QCOMPARE(QString::fromStdString(fixed), QString::fromStdString(c.expectedFix));
        const df::Dockerfile reparsed = df::parse(fixed);
        QVERIFY2(reparsed.errors.empty(), "the fixed file no longer parses cleanly");
        QVERIFY(countRule(lintCase(c, fixed), id) < found);
    }

    // The checks on BuildKit's stage walk share one walk in the linter; each finds there what its own walk finds,
    // in the same order, on the Dockerfile of every rule case.
    void sharedWalkEqualsOwnWalks()
    {
        std::vector<const lint::buildkit::DispatchRule*> walkers;
        for (const auto& rule : lint::allRules())
            if (const auto* walker = dynamic_cast<const lint::buildkit::DispatchRule*>(rule.get())) walkers.push_back(walker);
        QVERIFY(walkers.size() >= 8);
        const lint::Config config;
        int compared = 0;
        for (const auto& rule : lint::allRules()) {
            for (const auto& c : test::readRuleCases(casesPath(rule->info().id).toStdString())) {
                const df::Dockerfile file = df::parse(c.dockerfile);
                lint::DockerIgnore ignore = lint::DockerIgnore::parse(c.dockerignore);
                const lint::LintInput input{&file, &config, c.buildArgs, c.hasDockerignore ? &ignore : nullptr, nullptr};
                const lint::LintContext shared(input, false);
                std::vector<std::vector<lint::Finding>> together(walkers.size());
                std::vector<lint::buildkit::DispatchHooks> hooks(walkers.size());
                std::vector<const lint::buildkit::DispatchHooks*> hookList;
                for (std::size_t i = 0; i < walkers.size(); ++i) {
                    walkers[i]->prepare(shared, together[i], hooks[i]);
                    hookList.push_back(&hooks[i]);
                }
                lint::buildkit::dispatchStages(shared, hookList);
                for (std::size_t i = 0; i < walkers.size(); ++i) {
                    walkers[i]->finish(shared, together[i]);
                    const lint::LintContext own(input, false);
                    std::vector<lint::Finding> alone;
                    walkers[i]->check(own, alone);
                    QCOMPARE(together[i].size(), alone.size());
                    for (std::size_t f = 0; f < alone.size(); ++f) {
                        QCOMPARE(together[i][f].message.en, alone[f].message.en);
                        QCOMPARE(together[i][f].range.start.offset, alone[f].range.start.offset);
                        QCOMPARE(together[i][f].range.end.offset, alone[f].range.end.offset);
                        QCOMPARE(together[i][f].fixes.size(), alone[f].fixes.size());
                        ++compared;
                    }
                }
            }
        }
        QVERIFY(compared > 50); // the cases do reach the walkers' findings
    }

    void undefinedArgInFromSuggestsADeclaredName()
    {
        // The names a suggestion comes from are gathered only once a FROM names an unknown variable: a FROM that
        // expands declared ones first must not leave the list empty for the one after it.
        const auto messages = [](const std::string& text) {
            std::vector<std::string> out;
            for (const auto& f : lint::lint(df::parse(text), lint::LintOptions{}).findings)
                if (f.rule == "UndefinedArgInFrom") out.push_back(f.message.en);
            return out;
        };
        QCOMPARE(messages("ARG VERSION=3.19\nFROM alpine:${VERSION}\nFROM alpine:${VERSON}\nFROM ${REGISTRY}/a\n"),
                 (std::vector<std::string>{"FROM argument 'VERSON' is not declared (did you mean VERSION?)",
                                           "FROM argument 'REGISTRY' is not declared"}));
        QCOMPARE(messages("FROM --platform=${TARGETPLATFROM} alpine:3.19\n"),
                 (std::vector<std::string>{"FROM argument 'TARGETPLATFROM' is not declared (did you mean TARGETPLATFORM?)"}));
    }

    void finalStageChain_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QList<int>>("chain");
        QTest::newRow("no FROM") << "RUN true\n" << QList<int>{};
        QTest::newRow("one stage") << "FROM alpine\n" << QList<int>{0};
        QTest::newRow("built on a stage") << "FROM alpine AS base\nFROM base\n" << QList<int>{1, 0};
        QTest::newRow("separate build stage") << "FROM golang AS build\nFROM scratch\n" << QList<int>{1};
        QTest::newRow("three hops, one skipped")
            << "FROM a AS one\nFROM one AS two\nFROM b AS unused\nfrom two\n" << QList<int>{3, 1, 0};
        QTest::newRow("a number is an image, not a stage index") << "FROM a\nFROM b\nFROM 0\n" << QList<int>{2};
    }

    void finalStageChain()
    {
        QFETCH(QString, dockerfile);
        QFETCH(QList<int>, chain);
        const df::Dockerfile file = df::parse(dockerfile.toStdString());
        const lint::Config config;
        const lint::LintInput input{&file, &config, {}, nullptr, nullptr};
        const lint::LintContext ctx(input, false);
        QCOMPARE(QList<int>(ctx.finalStageChain().begin(), ctx.finalStageChain().end()), chain);
        for (int stage = -1; stage <= int(file.stages.size()); ++stage)
            QCOMPARE(ctx.inFinalStageChain(stage), chain.contains(stage));
    }

    void firstOperand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected"); // "" for none
        QTest::newRow("plain") << "apt-get install -y curl" << "install";
        QTest::newRow("flags first") << "apt-get -qq -y update" << "update";
        QTest::newRow("short option value apart") << "apt-get -o Acquire::Retries=3 install x" << "install";
        QTest::newRow("short option value joined") << "apt-get -tbuster install x" << "install";
        QTest::newRow("short cluster ends in a value letter") << "apt-get -yt buster install x" << "install";
        QTest::newRow("long option value apart") << "apt-get --target-release buster upgrade" << "upgrade";
        QTest::newRow("long option with equals") << "apt-get --option=a=b install" << "install";
        QTest::newRow("long flag without value") << "apt-get --no-install-recommends install" << "install";
        QTest::newRow("value after equals in a cluster") << "apt-get -q=2 update" << "update";
        QTest::newRow("double dash ends operands") << "apt-get -y -- install" << "";
        QTest::newRow("value letter at the end") << "apt-get -o" << "";
        QTest::newRow("no operand") << "apt-get -y" << "";
        QTest::newRow("a lone dash is an operand") << "apt-get - install" << "-";
    }

    void firstOperand()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        const sh::Script script = sh::parse(command.toStdString());
        QCOMPARE(script.commands.size(), std::size_t(1));
        const sh::Command& parsed = script.commands.front();
        const sh::Word* first = lint::packages::firstOperand(parsed, lint::packages::aptOptions());
        QCOMPARE(first ? QString::fromStdString(first->text) : QString(), expected);
        QCOMPARE(first, lint::packages::parseArgs(parsed, lint::packages::aptOptions()).subcommand());
    }

    void everyRuleHasCasesAndTexts()
    {
        std::set<std::string_view> ids;
        for (const auto& rule : lint::allRules()) {
            const auto& info = rule->info();
            const QByteArray id(info.id.data(), int(info.id.size()));
            QVERIFY2(ids.insert(info.id).second, "duplicate rule id " + id);
            QVERIFY2(!info.title.en.empty() && !info.title.zh.empty(), "title missing in a language: " + id);
            QVERIFY2(!info.explanation.en.empty() && !info.explanation.zh.empty(), "explanation missing: " + id);
            QVERIFY2(!info.refs.empty(), "no references: " + id);
            const auto cases = test::readRuleCases(casesPath(info.id).toStdString());
            int catches = 0, passes = 0;
            for (const auto& c : cases) {
                catches += c.kind != test::RuleCase::Kind::Pass;
                passes += c.kind == test::RuleCase::Kind::Pass;
            }
            QVERIFY2(catches > 0 && passes > 0, "needs catch and pass cases in tests/data/rules: " + id);
        }
    }

    void unquote_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("1.27") << QByteArray("1.27");
        QTest::newRow("double quotes") << QByteArray("\"a b\"") << QByteArray("a b");
        QTest::newRow("single quotes") << QByteArray("'a b'") << QByteArray("a b");
        QTest::newRow("mixed") << QByteArray("x\"y\"'z'w") << QByteArray("xyzw");
        QTest::newRow("escape outside") << QByteArray("a\\ b\\\"") << QByteArray("a b\"");
        QTest::newRow("escape in double") << QByteArray("\"a\\\"b\\\\c\"") << QByteArray("a\"b\\c");
        QTest::newRow("backslash in single") << QByteArray("'a\\b'") << QByteArray("a\\b");
        QTest::newRow("other quote inside") << QByteArray("\"it's\" 'say \"hi\"'") << QByteArray("it's say \"hi\"");
        QTest::newRow("trailing backslash") << QByteArray("ab\\") << QByteArray("ab\\");
        QTest::newRow("trailing backslash in double") << QByteArray("\"ab\\") << QByteArray("ab\\");
        QTest::newRow("unterminated") << QByteArray("'abc") << QByteArray("abc");
        QTest::newRow("empty quotes") << QByteArray("\"\"''") << QByteArray("");
        QTest::newRow("nul kept") << QByteArray("a\"\0\"\0", 5) << QByteArray("a\0\0", 3);
    }

    void unquote()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(lint::support::unquote(value.toStdString())), expected);
    }

    // unquote copies runs of bytes; this walks byte by byte, as the shell rules describe it, and must agree.
    void unquoteAgreesWithBytewiseReading()
    {
        const auto bytewise = [](std::string_view value) {
            std::string out;
            char quote = 0;
            for (std::size_t i = 0; i < value.size(); ++i) {
                const char c = value[i];
                if (quote) {
                    if (c == quote) quote = 0;
                    else if (c == '\\' && quote == '"' && i + 1 < value.size()) out += value[++i];
                    else out += c;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '\\' && i + 1 < value.size()) {
                    out += value[++i];
                } else {
                    out += c;
                }
            }
            return out;
        };
        const std::string_view alphabet("ab \"'\\\0", 7);
        std::uint32_t state = 12345;
        for (int round = 0; round < 20000; ++round) {
            std::string value;
            state = state * 1664525u + 1013904223u;
            const std::size_t length = state >> 28;
            for (std::size_t i = 0; i < length; ++i) {
                state = state * 1664525u + 1013904223u;
                value += alphabet[(state >> 24) % alphabet.size()];
            }
            QCOMPARE(lint::support::unquote(value), bytewise(value));
        }
    }

    // The global ARG scope is layered on the shared platform defaults instead of copying them: it must read, list
    // and shadow them exactly as a copy would, and leave them untouched.
    void envLayeredOnDefaults()
    {
        lint::buildkit::Env defaults;
        defaults.set("A", "1");
        defaults.set("B", "22");
        lint::buildkit::Env copy = defaults;
        lint::buildkit::Env layered = lint::buildkit::Env::layeredOn(defaults);
        for (lint::buildkit::Env* env : {&copy, &layered}) {
            QCOMPARE(env->get("B").value_or("-"), std::string("22"));
            QVERIFY(env->has("A") && !env->has("C") && !env->get("C"));
            QCOMPARE(env->maxValueSize(), std::size_t(2));
            env->set("A", "333");
            env->set("C", "");
            QCOMPARE(env->get("A").value_or("-"), std::string("333"));
            QVERIFY(env->has("C"));
            QCOMPARE(env->keys(), (std::vector<std::string>{"B", "A", "C"}));
            QCOMPARE(env->maxValueSize(), std::size_t(3));
        }
        const lint::buildkit::Env again = layered; // a copy keeps both layers
        QCOMPARE(again.keys(), layered.keys());
        QCOMPARE(again.get("B").value_or("-"), std::string("22"));
        QCOMPARE(defaults.get("A").value_or("-"), std::string("1"));
        QCOMPARE(defaults.keys(), (std::vector<std::string>{"A", "B"}));
        QVERIFY(!defaults.has("C"));
    }
};

QTEST_APPLESS_MAIN(TestRules)
#include "tst_rules.moc"
