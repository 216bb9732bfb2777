// The Dockerfile parser: every syntax feature BuildKit accepts, exact positions, and error recovery.
#include "dockerfile/buildkit_dump.h"
#include "dockerfile/parser.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace dw::df;

namespace {

QString dump(const std::string& text) { return QString::fromStdString(buildkitDump(parse(text))); }

QString errorsOf(const Dockerfile& file)
{
    QStringList list;
    for (const auto& e : file.errors)
        list << QStringLiteral("%1:%2").arg(e.range.start.line).arg(QString::fromStdString(e.message));
    return list.join(QLatin1Char('|'));
}

QString rangeText(const Range& r)
{
    return QStringLiteral("%1:%2-%3:%4").arg(r.start.line).arg(r.start.column).arg(r.end.line).arg(r.end.column);
}

} // namespace

class TestParser : public QObject {
    Q_OBJECT

private slots:
    // Every keyword in any case, and nothing that only shares a length or a first letter with one.
    void keywordsFromNames()
    {
        for (int k = 0; k < static_cast<int>(Keyword::Unknown); ++k) {
            const auto keyword = static_cast<Keyword>(k);
            const std::string name(keywordName(keyword));
            QVERIFY(!name.empty());
            std::string lower = name, mixed = name;
            std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return char(c - 'A' + 'a'); });
            for (std::size_t i = 0; i < mixed.size(); i += 2) mixed[i] = lower[i];
            for (const std::string& written : {name, lower, mixed}) QCOMPARE(keywordFromName(written), keyword);
            QCOMPARE(keywordFromName(name.substr(1)), Keyword::Unknown);
            QCOMPARE(keywordFromName(name.substr(0, name.size() - 1)), Keyword::Unknown);
            QCOMPARE(keywordFromName(name + "S"), Keyword::Unknown);
            QCOMPARE(keywordFromName(name + " "), Keyword::Unknown);
            QCOMPARE(keywordFromName("X" + name.substr(1)), Keyword::Unknown);
        }
        for (const char* other : {"", "F", "FRAM", "COPZ", "RUNS", "1RUN", "\xc3\x89NV"})
            QCOMPARE(keywordFromName(other), Keyword::Unknown);
    }

    // positionAt() starts from per-stride checkpoints and counts eight bytes at a time: it must agree everywhere
    // with counting every byte from the start of the file.
    void positionsMatchACountFromTheStart()
    {
        std::mt19937 random(13);
        const std::string pieces[] = {"a", "RUN x", "\n", "\r\n", "\xc3\xa9", "\xe4\xb8\xad", "\xf0\x9f\x90\xb3", " ", "\xbf",
                                      std::string(70, 'b'), "\n\n"};
        for (int round = 0; round < 300; ++round) {
            std::string text;
            const int count = static_cast<int>(random() % 80);
            for (int i = 0; i < count; ++i) text += pieces[random() % std::size(pieces)];
            const dw::df::Dockerfile file = dw::df::parse(text);
            // An all-ASCII file takes the shortcut of byte columns; the rounds cover both kinds.
            QCOMPARE(file.sourceIsAscii, !text.empty() && std::none_of(text.begin(), text.end(), [](char c) {
                return static_cast<unsigned char>(c) > 0x7F;
            }));
            int line = 1, column = 1;
            for (std::size_t offset = 0; offset <= text.size(); ++offset) {
                const dw::df::Position position = file.positionAt(offset);
                QCOMPARE(position.line, line);
                QCOMPARE(position.column, column);
                if (offset == text.size()) break;
                const bool newline = text[offset] == '\n' && offset + 1 < text.size(); // no line after a final break
                if (newline) ++line, column = 1;
                else if ((static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80) ++column;
            }
            for (int pair = 0; pair < 20 && !text.empty(); ++pair) {
                const std::size_t begin = random() % (text.size() + 1);
                const std::size_t end = begin + random() % (text.size() + 1 - begin);
                const dw::df::Range range = file.rangeOf(begin, end);
                QCOMPARE(range.start.column, file.positionAt(begin).column);
                QCOMPARE(range.end.line, file.positionAt(end).line);
                QCOMPARE(range.end.column, file.positionAt(end).column);
                QCOMPARE(range.end.offset, end);
            }
        }
    }

    void dumps_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* input, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected);
        };
        row("from", "FROM alpine:3.19\n", "(from \"alpine:3.19\")\n");
        row("from-as-platform", "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n",
            "(from [\"--platform=$BUILDPLATFORM\"] \"golang:1.22\" \"AS\" \"build\")\n");
        row("arg-before-from", "ARG V=1\nFROM x:$V\n", "(arg \"V=1\")\n(from \"x:$V\")\n");
        row("run-shell", "FROM a\nRUN echo hi  &&  ls\n", "(from \"a\")\n(run \"echo hi  &&  ls\")\n");
        row("run-exec", "FROM a\nRUN [\"echo\", \"hi\"]\n", "(from \"a\")\n(run \"echo\" \"hi\")\n");
        row("cmd-invalid-json-is-shell", "FROM a\nCMD [\"echo\", 'x']\n", "(from \"a\")\n(cmd \"[\\\"echo\\\", 'x']\")\n");
        row("cmd-unterminated-json", "FROM a\nCMD [\"echo\"\n", "(from \"a\")\n(cmd \"[\\\"echo\\\"\")\n");
        row("cmd-empty-json", "FROM a\nCMD []\n", "(from \"a\")\n(cmd)\n");
        row("copy-flags", "FROM a\nCOPY --from=build --chown=1:1 --chmod=755 --link --parents --exclude=*.md a b /d/\n",
            "(from \"a\")\n(copy [\"--from=build\" \"--chown=1:1\" \"--chmod=755\" \"--link\" \"--parents\" \"--exclude=*.md\"] \"a\" \"b\" \"/d/\")\n");
        row("add-checksum", "FROM a\nADD --checksum=sha256:abc --keep-git-dir=true https://x/y.tgz /y\n",
            "(from \"a\")\n(add [\"--checksum=sha256:abc\" \"--keep-git-dir=true\"] \"https://x/y.tgz\" \"/y\")\n");
        row("run-mount", "FROM a\nRUN --mount=type=cache,target=/root/.cache --network=none --security=insecure make\n",
            "(from \"a\")\n(run [\"--mount=type=cache,target=/root/.cache\" \"--network=none\" \"--security=insecure\"] \"make\")\n");
        row("flag-quotes", "FROM a\nCOPY --chown=\"app user\" x y\n", "(from \"a\")\n(copy [\"--chown=app user\"] \"x\" \"y\")\n");
        row("double-dash-ends-flags", "FROM a\nCOPY -- --weird /x\n", "(from \"a\")\n(copy \"--weird\" \"/x\")\n");
        row("env-pairs", "FROM a\nENV A=1 B=\"two words\"\n", "(from \"a\")\n(env \"A\" \"1\" \"=\" \"B\" \"\\\"two words\\\"\" \"=\")\n");
        row("env-legacy", "FROM a\nENV A one two\n", "(from \"a\")\n(env \"A\" \"one two\" \"\")\n");
        row("label", "FROM a\nLABEL org.opencontainers.image.source=\"https://x\" version=1\n",
            "(from \"a\")\n(label \"org.opencontainers.image.source\" \"\\\"https://x\\\"\" \"=\" \"version\" \"1\" \"=\")\n");
        row("arg-words", "ARG A B=2 \"C=3 4\"\nFROM a\n", "(arg \"A\" \"B=2\" \"\\\"C=3 4\\\"\")\n(from \"a\")\n");
        row("onbuild", "FROM a\nONBUILD COPY --from=x a b\n", "(from \"a\")\n(onbuild (copy [\"--from=x\"] \"a\" \"b\"))\n");
        row("healthcheck-cmd", "FROM a\nHEALTHCHECK --interval=5s --retries=3 CMD curl -f http://localhost/\n",
            "(from \"a\")\n(healthcheck [\"--interval=5s\" \"--retries=3\"] \"CMD\" \"curl -f http://localhost/\")\n");
        row("healthcheck-exec", "FROM a\nHEALTHCHECK CMD [\"/bin/check\"]\n", "(from \"a\")\n(healthcheck \"CMD\" \"/bin/check\")\n");
        row("healthcheck-none", "FROM a\nHEALTHCHECK NONE\n", "(from \"a\")\n(healthcheck \"NONE\")\n");
        row("shell", "FROM a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n", "(from \"a\")\n(shell \"/bin/bash\" \"-o\" \"pipefail\" \"-c\")\n");
        row("stopsignal-user-workdir", "FROM a\nSTOPSIGNAL SIGTERM\nUSER app:app\nWORKDIR /srv/app\n",
            "(from \"a\")\n(stopsignal \"SIGTERM\")\n(user \"app:app\")\n(workdir \"/srv/app\")\n");
        row("maintainer-volume-expose", "FROM a\nMAINTAINER Jane <j@x>\nVOLUME [\"/data\"]\nEXPOSE 80/tcp 443\n",
            "(from \"a\")\n(maintainer \"Jane <j@x>\")\n(volume \"/data\")\n(expose \"80/tcp\" \"443\")\n");
        row("lowercase-keywords", "from a as b\nrun x\n", "(from \"a\" \"as\" \"b\")\n(run \"x\")\n");
        row("continuation-with-comments-and-blanks", "FROM a\nRUN one \\\n# inner comment\n\n  two\n", "(from \"a\")\n(run \"one   two\")\n");
        row("doubled-escape-ends-line", "FROM a\nENV P C:\\\\Windows\\\\\nENV Q next\n",
            "(from \"a\")\n(env \"P\" \"C:\\\\\\\\Windows\\\\\\\\\" \"\")\n(env \"Q\" \"next\" \"\")\n");
        row("backtick-escape", "# escape=`\nFROM a\nRUN dir `\n  c:\\\n", "(from \"a\")\n(run \"dir   c:\\\\\")\n");
        row("escape-after-comment-ignored", "# hello\n# escape=`\nFROM a\nRUN a \\\n b\n", "(from \"a\")\n(run \"a  b\")\n");
        row("heredoc-not-in-dump", "FROM a\nRUN <<EOF\necho hi\nEOF\nCMD x\n", "(from \"a\")\n(run \"<<EOF\")\n(cmd \"x\")\n");
        row("crlf", "FROM a\r\nRUN x \\\r\n  y\r\n", "(from \"a\")\n(run \"x   y\")\n");
        row("bom", "\xEF\xBB\xBF" "FROM a\n", "(from \"a\")\n");
        row("unknown-instruction", "FROM a\nFOO bar\n", "(from \"a\")\n(foo \"\")\n");
        row("unicode-quoting", "FROM a\nLABEL k=\"\xC3\xA9\xC2\xA0\"\n", "(from \"a\")\n(label \"k\" \"\\\"\xC3\xA9\\u00a0\\\"\" \"=\")\n");
        row("continue-at-eof", "FROM a\nRUN x \\", "(from \"a\")\n(run \"x\")\n");
    }

    void dumps()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(dump(input.toStdString()), expected);
    }

    void rejectsWhatBuildKitRejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << "" << "1:file with no instructions";
        QTest::newRow("only-comments") << "# a\n# b\n" << "1:file with no instructions";
        QTest::newRow("env-without-value") << "FROM a\nENV PATH\n" << "2:ENV must have two arguments";
        QTest::newRow("nested-json") << "FROM a\nCMD [\"a\", [\"b\"]]\n" << "2:when using JSON array syntax, arrays must be comprised of strings only";
        QTest::newRow("env-mixed") << "FROM a\nENV A=1 B\n" << "2:Syntax error - can't find = in \"B\". Must be of the form: name=value";
        QTest::newRow("unterminated-heredoc") << "FROM a\nRUN <<EOF\necho\n" << "2:unterminated heredoc";
        QTest::newRow("duplicate-directive") << "# escape=`\n# escape=\\\nFROM a\n" << "2:only one escape parser directive can be used";
    }

    void rejectsWhatBuildKitRejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, error);
        const Dockerfile file = parse(input.toStdString());
        QVERIFY(file.hasParserErrors());
        QCOMPARE(errorsOf(file), error);
    }

    void recoversAfterBrokenInstruction()
    {
        const Dockerfile file = parse("FROM a\nENV BROKEN\nRUN echo still parsed\nFOO x\nUSER app\n");
        QCOMPARE(errorsOf(file), QStringLiteral("2:ENV must have two arguments|4:unknown instruction: FOO"));
        QCOMPARE(file.errors[1].kind, ErrorKind::UnknownInstruction);
        QCOMPARE(int(file.instructions.size()), 4);
        QCOMPARE(file.instructions[1].argText, std::string("echo still parsed"));
        QCOMPARE(file.instructions[3].line(), 5);
    }

    void instructionLevelErrors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("from-two-args") << "FROM a b\n" << "1:FROM requires either one or three arguments";
        QTest::newRow("copy-one-arg") << "FROM a\nCOPY x\n" << "2:COPY requires at least two arguments";
        QTest::newRow("unknown-flag") << "FROM a\nCOPY --doit x y\n" << "2:unknown flag: doit";
        QTest::newRow("onbuild-onbuild") << "FROM a\nONBUILD ONBUILD RUN x\n" << "2:Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";
        QTest::newRow("shell-not-json") << "FROM a\nSHELL /bin/bash -c\n" << "2:SHELL requires the arguments to be in JSON form";
        QTest::newRow("bad-stage-name") << "FROM a AS 1st\n" << "1:invalid name for build stage: \"1st\", name can't start with a number or contain symbols";
        QTest::newRow("healthcheck-type") << "FROM a\nHEALTHCHECK PING x\n" << "2:Unknown type \"PING\" in HEALTHCHECK (try CMD)";
    }

    void instructionLevelErrors()
    {
        QFETCH(QString, input);
        QFETCH(QString, error);
        const Dockerfile file = parse(input.toStdString());
        QVERIFY(!file.hasParserErrors());
        QCOMPARE(errorsOf(file), error);
    }

    void directives()
    {
        const Dockerfile file = parse("# syntax=docker/dockerfile:1.7\n# check=skip=JSONArgsRecommended;error=true\n# escape=`\n\nFROM a\n");
        QCOMPARE(int(file.directives.size()), 3);
        QCOMPARE(file.directive("syntax")->value, std::string("docker/dockerfile:1.7"));
        QCOMPARE(file.directive("check")->value, std::string("skip=JSONArgsRecommended;error=true"));
        QCOMPARE(file.escape, U'`');
        QCOMPARE(rangeText(file.directive("check")->range), QStringLiteral("2:1-2:44"));
        const Dockerfile late = parse("FROM a\n# escape=`\n");
        QVERIFY(late.directives.empty());
        QCOMPARE(late.escape, U'\\');
    }

    // The parser places what lies on one physical line (the words of a one-line instruction, a comment, an
    // instruction's first and last lines, each piece of a continued one) by counting from that line's start: every
    // range it gives agrees with the file's own index, on one-line and continued instructions, with CRLF, UTF-8, a
    // byte order mark, flags, name=value pairs, JSON arrays, heredocs, ONBUILD, comments, syntax errors, and with and
    // without a final line break.
    void wordRangesAgreeWithTheLineIndex()
    {
        std::mt19937 random(29);
        const std::string lines[] = {
            "FROM alpine:3.19 AS base", "RUN echo h\xc3\xa9llo && ls", "COPY --chown=1:1 --link src /dst",
            "ENV A=1 B=\"x y\" \xe4\xb8\xad=\xe6\x96\x87", "LABEL k=v", "ENV legacy value with spaces",
            "ARG N", "ARG V=\xf0\x9f\x90\xb3", "CMD [\"sh\", \"-c\", \"\xc3\xa9\"]", "RUN a \\\n  && b",
            "RUN --mount=type=cache,target=/c x \\\r\n y", "# comment", "", "  WORKDIR   /app  ", "EXPOSE 80/tcp 443",
            "ONBUILD RUN \xc3\xa9 x", "USER 1000:1000", "HEALTHCHECK --interval=5s CMD true",
            "RUN a \\\n# inside \xc3\xa9\n  b", "  # \xe4\xb8\xad comment  ", "ONBUILD ONBUILD RUN x", "FROM",
            "\xef\xbb\xbf# syntax=docker/dockerfile:1", "ONBUILD RUN a \\\n  b \xc3\xa9",
            "ONBUILD \\\n  COPY --chown=1 \xc3\xa9 b", "ONBUILD ENV \xe4\xb8\xad=1 \\\n  B=2",
            "RUN <<EOF\necho \xc3\xa9\nEOF", "RUN \xc3\xa9 \\\n  cat <<-\"EOF\" \\\n  && x 3<<B\n\tbody\n\tEOF\nB",
        };
        const auto check = [](const Dockerfile& file, const Range& range) {
            const Range indexed = file.rangeOf(range.start.offset, range.end.offset);
            QCOMPARE(rangeText(range), rangeText(indexed));
        };
        for (int round = 0; round < 300; ++round) {
            std::string text;
            const int count = 1 + static_cast<int>(random() % 12);
            for (int i = 0; i < count; ++i) {
                text += lines[random() % std::size(lines)];
                if (i + 1 < count || random() % 2) text += random() % 3 ? "\n" : "\r\n";
            }
            const Dockerfile file = parse(text);
            for (const Comment& comment : file.comments) check(file, comment.range);
            for (const SyntaxError& error : file.errors) check(file, error.range);
            for (const Instruction& instruction : file.instructions)
                for (const Instruction* part = &instruction; part; part = part->inner.get()) { // ONBUILD's too
                    check(file, part->range);
                    check(file, part->keywordWord.range);
                    check(file, part->argRange);
                    for (const Flag& flag : part->flags) check(file, flag.range);
                    for (const Word& word : part->args) check(file, word.range);
                    for (const Heredoc& heredoc : part->heredocs) check(file, heredoc.marker);
                    for (const KeyValue& pair : part->pairs) {
                        check(file, pair.range);
                        check(file, pair.key.range);
                        if (pair.value) check(file, pair.value->range);
                    }
                }
        }
    }

    void positions()
    {
        const Dockerfile file = parse("FROM alpine:3.19 AS base\nCOPY --chown=1:1 \\\n    src /dst\nRUN echo \"h\xC3\xA9llo\" \\\n  && ls\n");
        const Instruction& from = file.instructions[0];
        QCOMPARE(rangeText(from.range), QStringLiteral("1:1-1:25"));
        QCOMPARE(rangeText(from.args[2].range), QStringLiteral("1:21-1:25"));
        const Instruction& copy = file.instructions[1];
        QCOMPARE(rangeText(copy.range), QStringLiteral("2:1-3:13"));
        QCOMPARE(rangeText(copy.flags[0].range), QStringLiteral("2:6-2:17"));
        QCOMPARE(rangeText(copy.args[0].range), QStringLiteral("3:5-3:8"));
        QCOMPARE(rangeText(copy.args[1].range), QStringLiteral("3:9-3:13"));
        const Instruction& run = file.instructions[2];
        QCOMPARE(rangeText(run.keywordWord.range), QStringLiteral("4:1-4:4"));
        QCOMPARE(rangeText(run.range), QStringLiteral("4:1-5:8"));
        QCOMPARE(run.argText, std::string("echo \"h\xC3\xA9llo\"   && ls"));
        // Columns count code points: "é" is one column.
        QCOMPARE(run.range.end.column, 8);
        QCOMPARE(file.stages[0].name, std::string("base"));
    }

    void heredocs()
    {
        const Dockerfile file = parse("FROM a\nRUN <<EOF cat <<-'END' > /x\necho one\nEOF\n\tliteral $HOME\n\tEND\nCOPY <<\"CONF\" /etc/app.conf\nkey=$value\nCONF\nRUN 3<<DATA python3\nrows\nDATA\n");
        QVERIFY2(file.errors.empty(), qPrintable(errorsOf(file)));
        const Instruction& run = file.instructions[1];
        QCOMPARE(int(run.heredocs.size()), 2);
        QCOMPARE(run.heredocs[0].name, std::string("EOF"));
        QVERIFY(run.heredocs[0].expand);
        QCOMPARE(run.heredocs[0].content, std::string("echo one\n"));
        QCOMPARE(run.heredocs[1].name, std::string("END"));
        QVERIFY(run.heredocs[1].chomp);
        QVERIFY(!run.heredocs[1].expand);
        QCOMPARE(run.heredocs[1].content, std::string("\tliteral $HOME\n"));
        QCOMPARE(rangeText(run.heredocs[0].marker), QStringLiteral("2:5-2:10"));
        QCOMPARE(rangeText(run.heredocs[0].body), QStringLiteral("3:1-4:1"));
        QCOMPARE(rangeText(run.range), QStringLiteral("2:1-6:5"));
        const Instruction& copy = file.instructions[2];
        QCOMPARE(copy.heredocs[0].name, std::string("CONF"));
        QVERIFY(!copy.heredocs[0].expand);
        QCOMPARE(copy.args[1].value, std::string("/etc/app.conf"));
        const Instruction& fd = file.instructions[3];
        QCOMPARE(fd.heredocs[0].fileDescriptor, 3);
        QCOMPARE(file.instructions.size(), std::size_t(4));
    }

    void heredocsOnlyInShellForm()
    {
        const Dockerfile file = parse("FROM a\nRUN [\"cat\", \"<<EOF\"]\nCMD echo <<EOF\n");
        QVERIFY(file.errors.empty());
        QVERIFY(file.instructions[1].heredocs.empty());
        QVERIFY(file.instructions[2].heredocs.empty());
    }

    void stagesAndReferences()
    {
        const Dockerfile file = parse("ARG BASE=alpine\nFROM golang:1.22 AS Build\nRUN go build\nFROM ${BASE}\nCOPY --from=build /out /\nFROM build AS again\n");
        QCOMPARE(int(file.stages.size()), 3);
        QCOMPARE(file.stages[0].name, std::string("build"));
        QCOMPARE(file.stages[0].nameWord.value, std::string("Build"));
        QCOMPARE(file.stages[1].image.value, std::string("${BASE}"));
        QCOMPARE(file.stages[2].baseStage, 0);
        QCOMPARE(file.stages[1].baseStage, -1);
        QCOMPARE(file.instructions[0].stage, -1);
        QCOMPARE(file.instructions[4].stage, 1);
        QCOMPARE(file.findStage("BUILD", 2).value_or(-1), 0);
        QCOMPARE(file.findStage("1", 2).value_or(-1), 1);
        QVERIFY(!file.findStage("again", 2));
        QCOMPARE(int(file.stageReferences.size()), 2);
        QCOMPARE(file.stageReferences[0].kind, StageReference::Kind::CopyFrom);
        QCOMPARE(file.stageReferences[0].stage, 0);
        QCOMPARE(rangeText(file.stageReferences[0].range), QStringLiteral("5:6-5:18"));
        QCOMPARE(file.stageReferences[1].kind, StageReference::Kind::From);
        QCOMPARE(file.stageReferences[1].instruction, std::size_t(5));
        const Dockerfile mounts = parse("FROM a AS deps\nFROM b\nRUN --mount=type=bind,from=deps,target=/d ls /d\nCOPY --from=nginx:1 /etc/nginx /n\n");
        QCOMPARE(int(mounts.stageReferences.size()), 1);
        QCOMPARE(mounts.stageReferences[0].kind, StageReference::Kind::MountFrom);
    }

    void onbuildInner()
    {
        const Dockerfile file = parse("FROM a\nONBUILD RUN --mount=type=cache,target=/c apt-get install x\n");
        const Instruction& onbuild = file.instructions[1];
        QVERIFY(onbuild.inner);
        QCOMPARE(onbuild.inner->keyword, Keyword::Run);
        QCOMPARE(onbuild.inner->flags[0].name, std::string("mount"));
        QCOMPARE(rangeText(onbuild.inner->range), QStringLiteral("2:9-2:59"));
        QCOMPARE(onbuild.inner->argText, std::string("apt-get install x"));
    }

    void commentsAboveInstruction()
    {
        const Dockerfile file = parse("# first\n#\n# check=skip=all\n# base image\nFROM a\n");
        QCOMPARE(file.instructions[0].comments, (std::vector<std::string>{"check=skip=all", "base image"}));
        QCOMPARE(int(file.comments.size()), 4);
    }

    void emptyContinuationLineIsFlagged()
    {
        const Dockerfile file = parse("FROM a\nRUN a \\\n\n  b\n");
        QVERIFY(file.instructions[1].emptyContinuationLine);
        QVERIFY(file.errors.empty());
    }

    void goQuoteMatchesGo_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("controls") << QByteArray("\" \\ / \b \f \n \r \t \x00", 17) << QStringLiteral("\"\\\" \\\\ / \\b \\f \\n \\r \\t \\x00\"");
        QTest::newRow("bad-utf8") << QByteArray("\xe2\x82" "A") << QStringLiteral("\"\\xe2\\x82A\"");
        QTest::newRow("surrogate-bytes") << QByteArray("\xed\xa0\x80") << QStringLiteral("\"\\xed\\xa0\\x80\"");
        QTest::newRow("format-chars") << QByteArray("\u200b\ufeff\u2028") << QStringLiteral("\"\\u200b\\ufeff\\u2028\"");
        QTest::newRow("printable") << QByteArray("\xe2\x99\xa5 \xe4\xb8\xad") << QString::fromUtf8("\"\xe2\x99\xa5 \xe4\xb8\xad\"");
        QTest::newRow("astral-tag") << QByteArray("\xf3\xa0\x80\x81") << QStringLiteral("\"\\U000e0001\"");
        QTest::newRow("del") << QByteArray("\x7f") << QStringLiteral("\"\\x7f\"");
    }

    void goQuoteMatchesGo()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(goQuote(std::string_view(input.constData(), std::size_t(input.size())))), expected);
    }

    void neverCrashesOnRandomInput()
    {
        std::mt19937 random(1234);
        const std::string alphabet = "FROM RUN COPY ENV ARG ONBUILD HEALTHCHECK <<EOF \\`\"'[]{}=$#\n\t -\xc3\xa9\xff";
        for (int round = 0; round < 3000; ++round) {
            std::string text;
            const int length = int(random() % 300);
            for (int i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
            const Dockerfile file = parse(text);
            for (const auto& in : file.instructions) QVERIFY(in.range.start.line >= 1);
            (void)buildkitDump(file);
        }
    }
};

QTEST_APPLESS_MAIN(TestParser)
#include "tst_parser.moc"
