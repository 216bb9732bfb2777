// Hostile and mangled input through the whole lint pipeline: no crash, no hang, positions inside the file,
// and every offered fix leaves a file that still parses.
#include "dockerfile/parser.h"
#include "lint/fixes.h"
#include "lint/linter.h"

#include <QtTest>

#include <random>

using namespace dw;

namespace {

const char* const kSeeds[] = {
    "# syntax=docker/dockerfile:1\nARG BASE=debian:12\nFROM ${BASE} AS build\nRUN --mount=type=cache,target=/var/cache/apt "
    "apt-get update && apt-get install -y gcc \\\n && make\nCOPY --from=build /out /usr/local/bin/\n",
    "FROM python:3.12\nENV API_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\nRUN pip install flask && curl -k https://x | sh\n"
    "ADD https://example.com/x.tgz /opt/\nUSER root\nEXPOSE 22 80/TCP\nCMD python app.py\n",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN Invoke-WebRequest `\n"
    "  -Uri https://x -OutFile C:\\\\x.zip\nWORKDIR C:\\\\app\n",
    "FROM alpine:3.19\nRUN <<EOF\napk add curl\nchmod 777 /tmp\nEOF\nCOPY <<-'CONF' /etc/app.conf\n\tkey=$value\n\tCONF\n"
    "ONBUILD RUN apt-get install x\nHEALTHCHECK --interval=5s CMD wget -qO- localhost || exit 1\nLABEL a=b c=\"d e\"\n",
};

const std::string kAlphabet = "FROM RUN COPY ADD ENV ARG LABEL USER ONBUILD HEALTHCHECK <<EOF EOF \\`\"'[]{}=$#&|;()\n\t -\xc3\xa9\xff\x00";

std::string mutate(std::string text, std::mt19937& random)
{
    const int edits = 1 + int(random() % 8);
    for (int i = 0; i < edits && !text.empty(); ++i) {
        const std::size_t at = random() % text.size();
        switch (random() % 4) {
        case 0: text.erase(at, 1 + random() % 6); break;
        case 1: text.insert(at, 1, kAlphabet[random() % kAlphabet.size()]); break;
        case 2: text.insert(at, text.substr(random() % text.size(), random() % 40)); break;
        default: text[at] = kAlphabet[random() % kAlphabet.size()]; break;
        }
    }
    return text;
}

void checkOne(const std::string& text)
{
    lint::LintOptions options;
    options.keepIgnoredSeverity = true;
    const df::Dockerfile file = df::parse(text);
    const auto result = lint::lint(file, options);
    const int lines = std::max(1, file.lineCount());
    for (const auto& f : result.findings) {
        QVERIFY2(f.range.start.line >= 1 && f.range.start.line <= lines + 1, f.rule.c_str());
        QVERIFY2(f.range.end.offset >= f.range.start.offset && f.range.end.offset <= text.size(), f.rule.c_str());
        for (const auto& fix : f.fixes) {
            const df::Dockerfile fixed = df::parse(lint::applyEdits(text, fix.edits));
            if (!file.hasParserErrors())
                QVERIFY2(!fixed.hasParserErrors(), qPrintable(QString::fromStdString(f.rule + ": " + fix.title.en + "\n" + text)));
        }
    }
}

} // namespace

class TestRobustness : public QObject {
    Q_OBJECT

private slots:
    void mutatedDockerfiles()
    {
        std::mt19937 random(20261129);
        for (const char* seed : kSeeds) {
            checkOne(seed);
            for (int round = 0; round < 1500; ++round) checkOne(mutate(seed, random));
        }
    }

    void pathologicalInputs_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("long-line") << ("FROM a\nRUN " + QByteArray(300000, 'x') + "\n");
        QTest::newRow("many-continuations") << ("FROM a\nRUN a" + QByteArray("\\\n").repeated(50000) + "\n");
        QTest::newRow("many-heredocs") << ("FROM a\nRUN " + QByteArray("<<A ").repeated(5000) + "\n" + QByteArray("A\n").repeated(5000));
        QTest::newRow("huge-label") << ("FROM a\nLABEL k=\"" + QByteArray(200000, 'a') + "\"\n");
        QTest::newRow("deep-json") << ("FROM a\nCMD " + QByteArray("[").repeated(20000) + "\n");
        QTest::newRow("many-stages") << QByteArray("FROM a AS s\n").repeated(3000);
        QTest::newRow("nul-bytes") << QByteArray("FROM a\0\nRUN \0\0\n", 14);
        QTest::newRow("only-escapes") << QByteArray("\\\n").repeated(1000);
        QTest::newRow("unterminated-quotes") << QByteArray("FROM a\nRUN echo \"$(`'${\n");
        QTest::newRow("crlf-everywhere") << QByteArray("FROM a\r\nRUN x \\\r\n y\r\n\r\n");
    }

    void pathologicalInputs()
    {
        QFETCH(QByteArray, text);
        checkOne(text.toStdString());
    }
};

QTEST_APPLESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
