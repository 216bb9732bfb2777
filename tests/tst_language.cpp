// The editor's language help from core: outline, completions, instruction and flag documentation, definitions and
// rename of stages and build variables.
#include "dockerfile/parser.h"
#include "language/instruction_docs.h"
#include "language/language_service.h"

#include <QtTest>

using namespace dw;

namespace {

/// The source with "|" marking the caret, parsed, and the caret's offset.
std::pair<df::Dockerfile, std::size_t> withCaret(std::string text)
{
    const std::size_t caret = text.find('|');
    text.erase(caret, 1);
    return {df::parse(text), caret};
}

QStringList labels(const language::Completions& completions)
{
    QStringList out;
    for (const auto& item : completions.items) out << QString::fromStdString(item.text);
    return out;
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

  private slots:
    void everyInstructionIsDocumentedInBothLanguages()
    {
        for (const char* keyword : {"FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
                                    "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}) {
            const auto* doc = language::instructionDoc(keyword);
            QVERIFY2(doc && !doc->en.empty() && !doc->zh.empty(), keyword);
        }
        QVERIFY(language::instructionDoc("copy")); // case-insensitive, as instructions are
        QVERIFY(!language::instructionDoc("FROBNICATE"));
        for (const auto& doc : language::instructionDocs())
            for (const auto& flag : doc.flags) QVERIFY2(!flag.text.en.empty() && !flag.text.zh.empty(), flag.name.data());
        QVERIFY(language::flagDoc("COPY", "--from"));
        QVERIFY(!language::flagDoc("RUN", "--from"));
    }

    void completions_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("mustHave");
        QTest::addColumn<QStringList>("mustNotHave");
        QTest::newRow("instruction") << "FROM alpine\nCO|" << QStringList{"COPY"} << QStringList{"RUN", "--from="};
        QTest::newRow("lower-case instruction") << "FROM alpine\nru|" << QStringList{"RUN"} << QStringList{};
        QTest::newRow("copy flags") << "FROM alpine\nCOPY --|" << QStringList{"--from=", "--chown=", "--link"} << QStringList{"--mount="};
        QTest::newRow("run flags") << "FROM alpine\nRUN --m|" << QStringList{"--mount="} << QStringList{"--network="};
        QTest::newRow("stage names") << "FROM golang AS build\nRUN x\nFROM alpine AS final\nCOPY --from=b|"
                                     << QStringList{"build"} << QStringList{"final"};
        QTest::newRow("mount types") << "FROM alpine\nRUN --mount=type=c|" << QStringList{"type=cache,target="} << QStringList{"type=ssh"};
        QTest::newRow("variables") << "ARG VERSION=1\nFROM alpine:${VER|" << QStringList{"VERSION"} << QStringList{"TARGETARCH"};
        QTest::newRow("variables in RUN") << "FROM alpine\nENV APP_HOME=/app\nRUN cd $APP|" << QStringList{"APP_HOME"} << QStringList{};
        QTest::newRow("later variables are not offered") << "FROM alpine\nRUN echo $|\nARG LATER=1" << QStringList{"TARGETARCH"} << QStringList{"LATER"};
        QTest::newRow("base stage") << "FROM golang AS build\nFROM bu|" << QStringList{"build"} << QStringList{};
        QTest::newRow("continuation is no instruction") << "FROM alpine\nRUN apk add \\\n  cu|" << QStringList{} << QStringList{"CMD", "COPY"};
    }

    void completions()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, mustHave);
        QFETCH(QStringList, mustNotHave);
        auto [file, caret] = withCaret(source.toStdString());
        const QStringList offered = labels(language::complete(file, caret));
        for (const QString& item : mustHave) QVERIFY2(offered.contains(item), qPrintable(offered.join(u',')));
        for (const QString& item : mustNotHave) QVERIFY2(!offered.contains(item), qPrintable(offered.join(u',')));
    }

    void completionReplacesTheTypedPrefix()
    {
        auto [file, caret] = withCaret("FROM golang AS build\nFROM alpine\nCOPY --from=bu|");
        const auto completions = language::complete(file, caret);
        QCOMPARE(file.source.substr(completions.replaceFrom, caret - completions.replaceFrom), std::string("bu"));
    }

    void outlineFollowsTheStages()
    {
        const df::Dockerfile file = df::parse("ARG V=1\nFROM golang:1.22 AS build\nRUN go build\nFROM alpine:3.20\nCOPY --from=build /a /a\n");
        const auto entries = language::outline(file);
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].name, std::string("build"));
        QCOMPARE(entries[0].image, std::string("golang:1.22"));
        QCOMPARE(entries[1].name, std::string());
        QCOMPARE(entries[0].range.start.line, 2);
        QCOMPARE(entries[0].range.end.line, 3);
        QCOMPARE(language::stageAt(file, file.source.find("RUN")), 0);
        QCOMPARE(language::stageAt(file, file.source.find("COPY")), 1);
        QCOMPARE(language::stageAt(file, 0), -1);
    }

    void renamesAStageEverywhere()
    {
        const std::string source = "FROM golang AS build\nRUN x\nFROM build AS test\nFROM alpine\n"
                                   "COPY --from=build /a /a\nRUN --mount=type=cache,from=build,target=/c true\n";
        const df::Dockerfile file = df::parse(source);
        const auto symbol = language::symbolAt(file, source.find("build /a"));
        QVERIFY(symbol);
        QCOMPARE(symbol->kind, language::SymbolKind::Stage);
        QCOMPARE(symbol->definitionOffset, source.find("build"));
        std::string error;
        auto edits = language::rename(file, source.find("build"), "compile", error);
        QCOMPARE(edits.size(), std::size_t(4));
        std::string renamed = source;
        for (auto it = edits.rbegin(); it != edits.rend(); ++it) renamed.replace(it->offset, it->endOffset - it->offset, it->text);
        QCOMPARE(renamed, std::string("FROM golang AS compile\nRUN x\nFROM compile AS test\nFROM alpine\n"
                                      "COPY --from=compile /a /a\nRUN --mount=type=cache,from=compile,target=/c true\n"));
        QVERIFY(language::rename(file, source.find("build"), "9lives", error).empty());
        QVERIFY(!error.empty());
    }

    void renamesABuildVariable()
    {
        const std::string source = "ARG VERSION=1\nFROM alpine:${VERSION}\nARG VERSION\nRUN echo $VERSION $HOME ${VERSION:-x}\n";
        const df::Dockerfile file = df::parse(source);
        std::string error;
        auto edits = language::rename(file, source.find("$VERSION") + 1, "RELEASE", error);
        QVERIFY2(!edits.empty(), error.c_str());
        std::string renamed = source;
        for (auto it = edits.rbegin(); it != edits.rend(); ++it) renamed.replace(it->offset, it->endOffset - it->offset, it->text);
        QCOMPARE(renamed, std::string("ARG RELEASE=1\nFROM alpine:${RELEASE}\nARG RELEASE\nRUN echo $RELEASE $HOME ${RELEASE:-x}\n"));
        // A shell variable the Dockerfile never defines is not the Dockerfile's to rename.
        QVERIFY(!language::symbolAt(file, source.find("$HOME") + 1));
        QVERIFY(language::rename(file, source.find("$HOME") + 1, "X", error).empty());
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
