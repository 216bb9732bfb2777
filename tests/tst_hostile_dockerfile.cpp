// The hostile-input matrix of the Dockerfile engine: each input an attacker (or a mistyping user) can hand the
// editor or the CLI ends in a result or in one clear error, and what was learnt about it stays a test. Speed and
// memory are measured by bench/ and scripts/measure_hostile.sh, not asserted here.
#include "dockerfile/json_dump.h"
#include "dockerfile/parser.h"
#include "dockerfile/variables.h"
#include "lint/fixes.h"
#include "lint/linter.h"
#include "support/process_run.h"
#include "util/file_io.h"

#include <QtTest>

#include <sstream>
#include <unistd.h>

using namespace dw;

namespace {

std::string repeat(const std::string& piece, int count)
{
    std::string out;
    out.reserve(piece.size() * static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) out += piece;
    return out;
}

std::string joined(const std::string& piece, const std::string& separator, int count)
{
    std::string out;
    for (int i = 0; i < count; ++i) out += (i ? separator : std::string()) + piece;
    return out;
}

lint::LintResult lintText(const std::string& text)
{
    return lint::lint(df::parse(text), lint::LintOptions{});
}

int countRule(const lint::LintResult& result, const std::string& rule)
{
    return static_cast<int>(std::count_if(result.findings.begin(), result.findings.end(),
                                          [&](const lint::Finding& f) { return f.rule == rule; }));
}

QString cli() { return QStringLiteral(DW_CLI_PATH); }

} // namespace

class HostileDockerfileTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString writeFile(const QString& name, const std::string& content)
    {
        const QString path = dir_.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) return {};
        file.write(content.data(), static_cast<qint64>(content.size()));
        return path;
    }

private slots:
    void exponentialEnvIsCut()
    {
        std::string text = "FROM alpine\nENV A=xy\n" + repeat("ENV A=${A}${A}\n", 30) + "RUN echo $A\n";
        const auto result = lintText(text);
        QVERIFY(countRule(result, "DW1019") >= 1);
        // One ENV line with 30 pairs: BuildKit expands every pair against the environment before the line.
        text = "FROM alpine\nENV A=xy " + joined("A=${A}${A}", " ", 30) + "\nRUN echo $A\n";
        lintText(text);
    }

    void exponentialArgsAndLabelsAreCut()
    {
        std::string args = "ARG A0=xy\n";
        for (int i = 1; i <= 32; ++i)
            args += "ARG A" + std::to_string(i) + "=${A" + std::to_string(i - 1) + "}${A" + std::to_string(i - 1) + "}\n";
        QVERIFY(countRule(lintText(args + "FROM alpine:${A32}\nRUN echo $A32\n"), "DW1019") >= 1);
        std::string labels = "FROM alpine\nARG B0=xy\n";
        for (int i = 1; i <= 32; ++i)
            labels += "ARG B" + std::to_string(i) + "=${B" + std::to_string(i - 1) + "}${B" + std::to_string(i - 1) + "}\n";
        labels += "LABEL x=${B32}${B32}\n";
        QVERIFY(countRule(lintText(labels), "DW1019") >= 1);
        // A pattern replacement repeats text: one `$` can insert far more than the longest value.
        const std::string replaced = "FROM alpine\nENV A=" + std::string(1000, 'v') + "\nLABEL x=${A//v/${A}}\n";
        QVERIFY(countRule(lintText(replaced), "DW1019") >= 1);
        QCOMPARE(countRule(lintText("FROM alpine\nENV A=" + std::string(1000, 'v') + "\nLABEL x=${A}${A}\n"), "DW1019"), 0);
    }

    void expansionValueStaysUnderTheCap()
    {
        df::VariableLookup lookup = [](std::string_view) { return std::optional<std::string>(std::string(40000, 'v')); };
        const auto expansion = df::expandWord("${A}${A}${A}${A//v/${A}}", lookup);
        QVERIFY(expansion.ok);
        QVERIFY(expansion.truncated);
        QVERIFY(expansion.value.size() <= df::kMaxExpansionBytes);
    }

    void deepOnbuildNesting()
    {
        const std::string text = "FROM alpine\n" + repeat("ONBUILD ", 10000) + "RUN x\n";
        const df::Dockerfile file = df::parse(text);
        QCOMPARE(file.instructions.size(), std::size_t{2});
        int depth = 0;
        for (const df::Instruction* in = &file.instructions[1]; in->inner; in = in->inner.get()) ++depth;
        QVERIFY(depth <= 8);
        const auto result = lint::lint(file, lint::LintOptions{});
        QVERIFY(countRule(result, "DW1000") + countRule(result, "DL1000") >= 1); // docker build rejects it
        std::ostringstream json;
        df::writeJson(file, json);
        QVERIFY(!json.str().empty());
    }

    void largeArraysFlagsChainsAndSources_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("cmd-json-100k") << QByteArray::fromStdString("FROM alpine\nCMD [" + joined("\"a\"", ",", 100000) + "]\n");
        QTest::newRow("run-json-100k") << QByteArray::fromStdString("FROM alpine\nRUN [" + joined("\"a\"", ",", 100000) + "]\n");
        QTest::newRow("mount-flags-10k") << QByteArray::fromStdString("FROM alpine\nRUN " + repeat("--mount=type=cache,target=/x ", 10000) + "echo\n");
        QTest::newRow("and-chain-30k") << QByteArray::fromStdString("FROM alpine\nRUN " + joined("echo a", " && ", 30000) + "\n");
        QTest::newRow("copy-sources-30k") << QByteArray::fromStdString("FROM alpine\nCOPY " + joined("src", " ", 30000) + " /dst/\n");
        QTest::newRow("instructions-100k") << QByteArray::fromStdString("FROM alpine\n" + repeat("RUN echo hi\n", 100000));
        QTest::newRow("env-lines-100k") << QByteArray::fromStdString("FROM alpine\n" + repeat("ENV V=value\n", 100000));
        QTest::newRow("single-line-10MB") << QByteArray::fromStdString("FROM alpine\nRUN echo " + std::string(10'000'000, 'x') + "\n");
        QTest::newRow("cr-only-line-ends") << QByteArray::fromStdString(repeat("FROM alpine\rRUN echo hi\r", 50000));
        QTest::newRow("invalid-utf8") << QByteArray("FROM alpine\nRUN echo \xff\xfe\xc3\x28\xe2\x82\nLABEL a=\xf0\x28\x8c\xbc\n");
        QTest::newRow("nul-bytes") << QByteArray("FROM alpine\0\nRUN \0\0 echo\nENV \0=\0\n", 34);
    }

    void largeArraysFlagsChainsAndSources()
    {
        QFETCH(QByteArray, text);
        const std::string source = text.toStdString();
        const df::Dockerfile file = df::parse(source);
        const auto result = lint::lint(file, lint::LintOptions{});
        for (const auto& f : result.findings) {
            QVERIFY(f.range.start.offset <= f.range.end.offset);
            QVERIFY(f.range.end.offset <= source.size());
            QVERIFY(f.range.start.line >= 1);
        }
    }

    void streamedJsonEqualsTheTree_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no-arguments") << QByteArray("FROM\n");
        QTest::newRow("mixed") << QByteArray("# syntax=docker/dockerfile:1\n# a comment\nFROM alpine AS b\nENV A=1 B=\"2 3\"\n"
                                             "ONBUILD RUN echo hi\nCOPY --from=b <<EOF /x\nbody \xc3\xa9\nEOF\nCMD [\"a\", \"b\"]\nfoo\n");
        QTest::newRow("invalid-utf8") << QByteArray("FROM alpine\nRUN echo \xff\xfe\n");
    }

    void streamedJsonEqualsTheTree()
    {
        QFETCH(QByteArray, text);
        const df::Dockerfile file = df::parse(text.toStdString());
        std::ostringstream streamed;
        df::writeJson(file, streamed);
        QCOMPARE(streamed.str(), df::toJson(file).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    }

    void instructionCountIsCapped()
    {
        const std::string text = "FROM alpine\n" + repeat("RUN a\n", int(df::kMaxInstructions) + 10);
        const df::Dockerfile file = df::parse(text);
        QCOMPARE(file.instructions.size(), df::kMaxInstructions);
        QVERIFY(file.hasParserErrors());
        QVERIFY(file.errors.back().message.find("were not parsed") != std::string::npos);
        QCOMPARE(file.errors.back().range.start.line, int(df::kMaxInstructions) + 1);
        const df::Dockerfile comments = df::parse("FROM alpine\n" + repeat("# note\n", int(df::kMaxComments) + 1));
        QVERIFY(comments.hasParserErrors());
    }

    void cliRefusesOversizedInput()
    {
        const QString path = writeFile("big.Dockerfile", "FROM alpine\nRUN echo " + std::string(9u << 20, 'x') + "\n");
        auto run = test::run(cli(), {"lint", path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path.toUtf8()) && run.err.contains("8 MiB"), run.err.constData());
        run = test::run(cli(), {"lint", "--max-input-size", "16MiB", "--no-fail", path});
        QCOMPARE(run.exitCode, 0);
        run = test::run(cli(), {"parse", path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("input limit"));
    }

    void cliRefusesEndlessInput()
    {
        for (const char* command : {"lint", "parse"}) {
            const auto run = test::run(cli(), {command, "/dev/zero"});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("/dev/zero") && run.err.contains("input limit"), run.err.constData());
        }
        QProcess process;
        process.start(cli(), {"lint", "-"});
        QVERIFY(process.waitForStarted());
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 64 && process.state() == QProcess::Running; ++i) {
            process.write(chunk);
            process.waitForBytesWritten(10000);
        }
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("<stdin>"));
    }

    void cliRefusesDirectories()
    {
        for (QStringList args : {QStringList{"lint", dir_.path()}, QStringList{"parse", dir_.path()},
                                 QStringList{"lint", "--fix", dir_.path()}}) {
            const auto run = test::run(cli(), args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("is a directory"), run.err.constData());
            QVERIFY(!run.err.contains("terminate"));
        }
    }

    void fixNeverTouchesUnparsableFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("unknown-instruction") << QByteArray("foo bar\nFROM alpine\nrun echo hi\nRUN echo b\n");
        QTest::newRow("parser-error") << QByteArray("FROM alpine\nRUN <<EOF\necho\nENV A B\nenv C D\n");
        QTest::newRow("bad-json-and-case") << QByteArray("FROM alpine\nfrobnicate x\nENV A B\n");
    }

    void fixNeverTouchesUnparsableFiles()
    {
        QFETCH(QByteArray, text);
        const QString path = writeFile("unparsable.Dockerfile", text.toStdString());
        const auto run = test::run(cli(), {"lint", "--fix", "--no-fail", path});
        QCOMPARE(run.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
    }

    void fixedFilesStillParse()
    {
        const std::string text = "from alpine\nENV A B\nmaintainer me\nRUN apt-get install curl\nCMD echo hi\n";
        const QString path = writeFile("fixable.Dockerfile", text);
        const auto run = test::run(cli(), {"lint", "--fix", "--no-fail", path});
        QCOMPARE(run.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string fixed = file.readAll().toStdString();
        QVERIFY(fixed != text);
        const df::Dockerfile reparsed = df::parse(fixed);
        QVERIFY(std::none_of(reparsed.errors.begin(), reparsed.errors.end(),
                             [](const df::SyntaxError& e) { return e.kind != df::ErrorKind::Instruction; }));
    }

    void atomicWriteKeepsTheOldFileOnFailure()
    {
        const QString path = writeFile("keep.Dockerfile", "FROM alpine\n");
        std::string error;
        QVERIFY(fileio::writeFileAtomically(path.toStdString(), "FROM debian\n", error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("FROM debian\n"));
        file.close();
        // A directory that cannot take the temporary file: the write fails and the target is untouched.
        const QString locked = dir_.filePath("locked");
        QVERIFY(QDir().mkpath(locked));
        const QString target = locked + "/Dockerfile";
        {
            QFile existing(target);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("FROM alpine\n");
        }
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
        const bool root = ::geteuid() == 0;
        const bool written = fileio::writeFileAtomically(target.toStdString(), "FROM debian\n", error);
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!root) {
            QVERIFY(!written);
            QVERIFY(error.find(target.toStdString()) != std::string::npos);
            QFile kept(target);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), QByteArray("FROM alpine\n"));
        }
        // No temporary file is left behind either way.
        QCOMPARE(QDir(locked).entryList(QDir::Files).size(), 1);
    }

    void atomicWriteFollowsSymlinks()
    {
        const QString target = writeFile("real.Dockerfile", "FROM alpine\n");
        const QString link = dir_.filePath("link.Dockerfile");
        QVERIFY(QFile::link(target, link));
        std::string error;
        QVERIFY(fileio::writeFileAtomically(link.toStdString(), "FROM debian\n", error));
        QVERIFY(QFileInfo(link).isSymLink());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("FROM debian\n"));
    }

    // A regular file is read up to the size fstat gives (no read only to meet its end); files whose size says
    // nothing (procfs reports 0) are read to their end, and the size limit holds on both paths.
    void readsWholeFiles()
    {
        for (const std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{65536}, std::size_t{65537},
                                       std::size_t{300000}}) {
            std::string content(size, 'x');
            for (std::size_t i = 0; i < size; i += 97) content[i] = static_cast<char>('a' + i % 26);
            const QString path = writeFile(QString("sized-%1").arg(size), content);
            const fileio::ReadResult read = fileio::readFile(path.toStdString(), 1u << 20);
            QVERIFY2(read.message.empty(), read.message.c_str());
            QVERIFY(read.content);
            QCOMPARE(read.content->size(), size);
            QVERIFY(*read.content == content);
        }
        const fileio::ReadResult status = fileio::readFile("/proc/self/status", 1u << 20);
        QVERIFY2(status.message.empty(), status.message.c_str());
        QVERIFY(status.content && status.content->find("Name:") != std::string::npos);
        QCOMPARE(fileio::readFile("/proc/self/status", 16).error, fileio::ReadError::TooLarge);
        const QString big = writeFile("big", std::string(70000, 'y'));
        QCOMPARE(fileio::readFile(big.toStdString(), 65536).error, fileio::ReadError::TooLarge);
    }

    void byteSizes()
    {
        QCOMPARE(fileio::parseByteSize("8MiB").value_or(0), std::uint64_t{8} << 20);
        QCOMPARE(fileio::parseByteSize("512 k").value_or(0), std::uint64_t{512} << 10);
        QCOMPARE(fileio::parseByteSize("1048576").value_or(0), std::uint64_t{1048576});
        QVERIFY(!fileio::parseByteSize("lots"));
        QVERIFY(!fileio::parseByteSize("99999999999999999999999"));
        QCOMPARE(fileio::formatByteSize(8u << 20), std::string("8 MiB"));
    }
};

QTEST_GUILESS_MAIN(HostileDockerfileTest)
#include "tst_hostile_dockerfile.moc"
