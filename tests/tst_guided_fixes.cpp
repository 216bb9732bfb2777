// Guided fixes: each proposal applies where it should and nowhere else, still parses, and makes the findings it
// answers go away; and the line diff that shows it.
#include "dockerfile/parser.h"
#include "guide/guided_fixes.h"
#include "lint/linter.h"
#include "util/line_diff.h"

#include <QtTest>

#include <algorithm>

using namespace dw;

namespace {

const guide::GuidedFix* find(const std::vector<guide::GuidedFix>& fixes, const std::string& id)
{
    const auto found = std::find_if(fixes.begin(), fixes.end(), [&](const guide::GuidedFix& fix) { return fix.id == id; });
    return found == fixes.end() ? nullptr : &*found;
}

int countRule(const std::string& source, const std::string& rule)
{
    const lint::LintResult result = lint::lint(df::parse(source), lint::LintOptions{});
    return static_cast<int>(std::count_if(result.findings.begin(), result.findings.end(),
                                          [&](const lint::Finding& f) { return f.rule == rule; }));
}

bool parses(const std::string& source)
{
    const df::Dockerfile file = df::parse(source);
    return std::none_of(file.errors.begin(), file.errors.end(), [](const df::SyntaxError& e) { return e.kind != df::ErrorKind::Instruction; });
}

} // namespace

class TestGuidedFixes : public QObject {
    Q_OBJECT

private slots:
    void addsAnUnprivilegedUser_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expectedLine");
        QTest::newRow("debian") << "FROM debian:12\nRUN apt-get update\nCMD [\"app\"]\n" << "RUN groupadd --system app";
        QTest::newRow("alpine") << "FROM alpine:3.20\nCMD [\"app\"]\n" << "RUN addgroup -S app && adduser -S -G app";
        QTest::newRow("distroless") << "FROM gcr.io/distroless/base-debian12\nCOPY app /app\nENTRYPOINT [\"/app\"]\n" << "USER nonroot";
        QTest::newRow("root user") << "FROM debian:12\nUSER root\nCMD [\"app\"]\n" << "USER app";
        QTest::newRow("no command, no newline") << "FROM debian:12\nRUN true" << "USER app";
    }

    void addsAnUnprivilegedUser()
    {
        QFETCH(QString, source);
        QFETCH(QString, expectedLine);
        const auto fixes = guide::guidedFixes(source.toStdString());
        const guide::GuidedFix* fix = find(fixes, "add-non-root-user");
        QVERIFY(fix);
        QCOMPARE(fix->card, std::string_view("least-privilege-user"));
        QVERIFY2(fix->proposed.find(expectedLine.toStdString()) != std::string::npos, fix->proposed.c_str());
        QVERIFY(parses(fix->proposed));
        QVERIFY(countRule(source.toStdString(), "DW1004") > 0);
        QCOMPARE(countRule(fix->proposed, "DW1004"), 0);
        // The user comes before the command, and the fix does not offer itself again.
        const std::size_t user = fix->proposed.rfind("USER ");
        const std::size_t command = fix->proposed.find("CMD ");
        if (command != std::string::npos) QVERIFY(user < command);
        QVERIFY(!find(guide::guidedFixes(fix->proposed), "add-non-root-user"));
    }

    void leavesUsersAndScratchAlone()
    {
        QVERIFY(!find(guide::guidedFixes("FROM debian:12\nUSER 1000:1000\nCMD [\"app\"]\n"), "add-non-root-user"));
        QVERIFY(!find(guide::guidedFixes("FROM scratch\nCOPY app /app\n"), "add-non-root-user"));
        QVERIFY(!find(guide::guidedFixes("FROM node:20 AS build\nUSER node\nFROM build\nCMD [\"node\"]\n"), "add-non-root-user"));
        QVERIFY(guide::guidedFixes("FROM\nRUN [\"unclosed\n").empty());
        QVERIFY(guide::guidedFixes("").empty());
    }

    void movesSecretsToBuildSecrets()
    {
        const std::string source = "FROM node:20-slim\nARG NPM_TOKEN\nENV API_KEY=abc123secretvalue0000\n"
                                   "RUN echo \"//registry/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci\n"
                                   "RUN curl -H \"key: $API_KEY\" https://example.com/x\nRUN echo done\nUSER node\n";
        const auto fixes = guide::guidedFixes(source);
        const guide::GuidedFix* fix = find(fixes, "secret-to-build-secret");
        QVERIFY(fix);
        QVERIFY(fix->proposed.starts_with("# syntax=docker/dockerfile:1\n"));
        QVERIFY(fix->proposed.find("ARG NPM_TOKEN") == std::string::npos);
        QVERIFY(fix->proposed.find("ENV API_KEY") == std::string::npos);
        QVERIFY(fix->proposed.find("RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN echo") != std::string::npos);
        QVERIFY(fix->proposed.find("RUN --mount=type=secret,id=api_key,env=API_KEY curl") != std::string::npos);
        QVERIFY(fix->proposed.find("RUN echo done") != std::string::npos);
        QVERIFY(parses(fix->proposed));
        QVERIFY(countRule(source, "SecretsUsedInArgOrEnv") > 0);
        QCOMPARE(countRule(fix->proposed, "SecretsUsedInArgOrEnv"), 0);
        QVERIFY(fix->explanation.en.find("--secret id=npm_token,env=NPM_TOKEN") != std::string::npos);
        QVERIFY(!find(guide::guidedFixes("FROM alpine:3.20\nARG VERSION=1\n"), "secret-to-build-secret"));
    }

    void splitsASingleStageBuild()
    {
        const std::string source = "FROM node:20\nWORKDIR /srv\nCOPY . .\nRUN npm ci && npm run build\nEXPOSE 3000\n"
                                   "USER node\nCMD [\"node\", \"dist/server.js\"]\n";
        const auto fixes = guide::guidedFixes(source);
        const guide::GuidedFix* fix = find(fixes, "multi-stage-build");
        QVERIFY(fix);
        const std::string expected = "FROM node:20 AS build\nWORKDIR /srv\nCOPY . .\nRUN npm ci && npm run build\n\n"
                                     "FROM node:20-slim\nWORKDIR /srv\nCOPY --from=build /srv /srv\nEXPOSE 3000\nUSER node\n"
                                     "CMD [\"node\", \"dist/server.js\"]\n";
        QCOMPARE(fix->proposed, expected);
        QVERIFY(parses(fix->proposed));
        QCOMPARE(df::parse(fix->proposed).stages.size(), std::size_t(2));
        QVERIFY(!find(guide::guidedFixes(fix->proposed), "multi-stage-build"));
        QVERIFY(!find(guide::guidedFixes("FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n"), "multi-stage-build"));
        const auto goFixes = guide::guidedFixes("FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /src/app .\nCMD [\"/src/app\"]\n");
        const auto go = find(goFixes, "multi-stage-build");
        QVERIFY(go && go->proposed.find("FROM gcr.io/distroless/static-debian12") != std::string::npos);
    }

    void unifiedDiff()
    {
        const std::string before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        const std::string after = "a\nb\nc\nd\nE\nf\ng\nh\ni\nj\nk\n";
        const std::string diff = util::unifiedDiff(before, after, "Dockerfile", "Dockerfile (proposed)");
        QCOMPARE(diff, std::string("--- Dockerfile\n+++ Dockerfile (proposed)\n@@ -2,9 +2,10 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n i\n j\n+k\n"));
        QCOMPARE(util::unifiedDiff(before, before, "x", "y"), std::string());
        const auto lines = util::diffLines("x\n", "");
        QCOMPARE(lines.size(), std::size_t(1));
        QCOMPARE(lines.front().kind, util::DiffLine::Kind::Removed);
    }
};

QTEST_GUILESS_MAIN(TestGuidedFixes)
#include "tst_guided_fixes.moc"
