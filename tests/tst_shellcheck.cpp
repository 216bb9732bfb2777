// ShellCheck integration: SC findings at the RUN they come from, one process per file and dialect.
#include "dockerfile/parser.h"
#include "lint/linter.h"
#include "util/subprocess.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dw;

namespace {

lint::LintResult lintWithShellcheck(const std::string& text, const std::string& executable = "shellcheck")
{
    lint::LintOptions options;
    options.shellcheck = true;
    options.shellcheckExecutable = executable;
    return lint::lint(df::parse(text), options);
}

std::vector<lint::Finding> scFindings(const lint::LintResult& result)
{
    std::vector<lint::Finding> found;
    for (const auto& f : result.findings)
        if (f.rule.rfind("SC", 0) == 0) found.push_back(f);
    return found;
}

} // namespace

class TestShellcheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!util::findExecutable("shellcheck")) QSKIP("shellcheck is not installed (Debian package shellcheck); .ci/run installs it");
    }

    void findingsLandOnTheirRun()
    {
        const auto result = lintWithShellcheck("FROM debian:12\nENV APP=/srv\nRUN echo ok\nRUN files=$(ls) \\\n && echo $files\nRUN cd $APP; make\n");
        const auto found = scFindings(result);
        QVERIFY(result.shellcheckProblem.empty());
        bool quoting = false, cd = false;
        for (const auto& f : found) {
            if (f.rule == "SC2086") {
                quoting = true;
                QCOMPARE(f.range.start.line, 4);
                QCOMPARE(f.range.end.line, 5);
            }
            if (f.rule == "SC2164") {
                cd = true;
                QCOMPARE(f.range.start.line, 6);
            }
            QVERIFY(f.rule != "SC2154"); // APP comes from ENV
        }
        QVERIFY(quoting);
        QVERIFY(cd);
    }

    void heredocScriptsAndBashisms()
    {
        const auto found = scFindings(lintWithShellcheck("FROM debian:12\nRUN <<EOF\nif [[ -f /x ]]; then echo y; fi\nEOF\n"));
        QVERIFY(!found.empty());
        QCOMPARE(found.front().range.start.line, 2);
        const auto bash = scFindings(lintWithShellcheck("FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN if [[ -f /x ]]; then echo y; fi\n"));
        for (const auto& f : bash) QVERIFY2(f.rule != "SC3010", "bash syntax is fine under a bash SHELL");
    }

    void pragmasAndConfigApply()
    {
        const auto found = scFindings(lintWithShellcheck("FROM debian:12\n# hadolint ignore=SC2164\nRUN cd /x; make\n"));
        for (const auto& f : found) QVERIFY(f.rule != "SC2164");
    }

    void oneProcessPerFile()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("calls"));
        const QString fake = dir.filePath(QStringLiteral("fake-shellcheck"));
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\necho call >> '%1'\ncat > /dev/null\necho '{\"comments\":[]}'\n").arg(log).toUtf8());
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        std::string text = "FROM debian:12\n";
        for (int i = 0; i < 30; ++i) text += "RUN echo " + std::to_string(i) + "\n";
        lintWithShellcheck(text, fake.toStdString());
        QFile calls(log);
        QVERIFY(calls.open(QIODevice::ReadOnly));
        QCOMPARE(calls.readAll().count("call"), qsizetype(1));
    }

    void missingOrBrokenShellcheckIsReported()
    {
        QVERIFY(!lintWithShellcheck("FROM a:1\nRUN x\n", "/nonexistent/shellcheck").shellcheckProblem.empty());
        const auto result = lintWithShellcheck("FROM a:1\nRUN x\n", "/bin/false");
        QVERIFY(!result.shellcheckProblem.empty());
        QVERIFY(scFindings(result).empty());
    }
};

QTEST_GUILESS_MAIN(TestShellcheck)
#include "tst_shellcheck.moc"
