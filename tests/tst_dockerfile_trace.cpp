// Matching a Dockerfile's instructions to an image's history: the classic builder's and BuildKit's texts, layers
// for the instructions that made one, stages built FROM another stage, instructions the history lacks, and images
// built from something else.
#include "dockerfile/parser.h"
#include "image/dockerfile_trace.h"

#include <QtTest>

using namespace dw;

namespace {

image::Image imageWithHistory(const std::vector<std::pair<std::string, bool>>& steps)
{
    image::Image image;
    for (const auto& [createdBy, empty] : steps) {
        image::HistoryEntry entry;
        entry.createdBy = createdBy;
        entry.emptyLayer = empty;
        image.config.history.push_back(entry);
        if (!empty) image.layers.push_back({});
    }
    return image;
}

int lineOf(const df::Dockerfile& file, const image::TracedInstruction& traced)
{
    return file.instructions[traced.instruction].range.start.line;
}

} // namespace

class TestDockerfileTrace : public QObject {
    Q_OBJECT

  private slots:
    void historyKeywords_data()
    {
        QTest::addColumn<QString>("createdBy");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("classic run") << "/bin/sh -c apt-get update" << "RUN";
        QTest::newRow("classic run with args") << "|2 A=1 B=2 /bin/sh -c make" << "RUN";
        QTest::newRow("classic copy") << "/bin/sh -c #(nop) COPY file:0a1b in /app " << "COPY";
        QTest::newRow("classic env") << "/bin/sh -c #(nop)  ENV A=1" << "ENV";
        QTest::newRow("buildkit run") << "RUN /bin/sh -c make # buildkit" << "RUN";
        QTest::newRow("buildkit copy") << "COPY app /app # buildkit" << "COPY";
        QTest::newRow("buildkit workdir") << "WORKDIR /srv" << "WORKDIR";
        QTest::newRow("rootfs") << "ADD file:abc in / " << "ADD";
        QTest::newRow("unknown") << "made by hand" << "";
        QTest::newRow("empty") << "" << "";
    }
    void historyKeywords()
    {
        QFETCH(QString, createdBy);
        QFETCH(QString, keyword);
        QCOMPARE(QString::fromStdString(image::historyKeyword(createdBy.toStdString())), keyword);
    }

    void matchesInstructionsToLayers()
    {
        const df::Dockerfile file = df::parse("FROM alpine:3.19\n"               // 1
                                              "ENV APP=/app\n"                   // 2
                                              "RUN apk add --no-cache curl\n"    // 3
                                              "COPY id_rsa /root/.ssh/id_rsa\n"  // 4
                                              "USER app\n"                       // 5
                                              "CMD [\"run\"]\n");                // 6
        const image::Image image = imageWithHistory({{"/bin/sh -c #(nop) ADD file:abc in / ", false},
                                                     {"/bin/sh -c #(nop)  CMD [\"/bin/sh\"]", true},
                                                     {"/bin/sh -c #(nop)  ENV APP=/app", true},
                                                     {"/bin/sh -c apk add --no-cache curl", false},
                                                     {"/bin/sh -c #(nop) COPY file:9f in /root/.ssh/id_rsa ", false},
                                                     {"/bin/sh -c #(nop)  USER app", true},
                                                     {"/bin/sh -c #(nop)  CMD [\"run\"]", true}});
        const image::DockerfileTrace trace = image::traceDockerfile(file, image);
        QVERIFY(trace.problem.empty());
        QCOMPARE(trace.instructions.size(), std::size_t(5));
        QCOMPARE(trace.matched, std::size_t(5));
        const auto& run = trace.instructions[1];
        QCOMPARE(lineOf(file, run), 3);
        QCOMPARE(run.layer, std::optional<std::size_t>(1));
        QVERIFY(run.exact);
        const auto& copy = trace.instructions[2];
        QCOMPARE(lineOf(file, copy), 4);
        QCOMPARE(copy.layer, std::optional<std::size_t>(2)); // the key's layer points at this COPY
        QCOMPARE(trace.instructions[0].layer, std::optional<std::size_t>()); // ENV made no layer
        QCOMPARE(trace.instructions[0].historyIndex, std::optional<std::size_t>(2));
    }

    void followsBaseStagesAndSaysWhatIsMissing()
    {
        const df::Dockerfile file = df::parse("FROM debian:12 AS base\n"
                                              "RUN apt-get update\n"
                                              "FROM golang:1.22 AS build\n"
                                              "RUN go build\n"
                                              "FROM base\n"
                                              "ARG VERSION\n"
                                              "COPY --from=build /out/app /app\n");
        // BuildKit left the ARG out of this history.
        const image::Image image = imageWithHistory({{"ADD rootfs.tar / # buildkit", false},
                                                     {"RUN /bin/sh -c apt-get update # buildkit", false},
                                                     {"COPY /out/app /app # buildkit", false}});
        const image::DockerfileTrace trace = image::traceDockerfile(file, image);
        QCOMPARE(trace.instructions.size(), std::size_t(3)); // base's RUN, ARG, COPY; not the build stage's RUN
        QCOMPARE(lineOf(file, trace.instructions[0]), 2);
        QCOMPARE(trace.instructions[0].layer, std::optional<std::size_t>(1));
        QVERIFY(!trace.instructions[1].historyIndex);
        QVERIFY(!trace.instructions[1].note.empty());
        QCOMPARE(trace.instructions[2].layer, std::optional<std::size_t>(2));
        QCOMPARE(trace.matched, std::size_t(2));
    }

    void unrelatedImagesAndEmptyInputs()
    {
        const df::Dockerfile file = df::parse("FROM alpine\nHEALTHCHECK CMD true\nEXPOSE 80\n");
        const image::DockerfileTrace unrelated =
            image::traceDockerfile(file, imageWithHistory({{"ADD file:x in /", false}, {"/bin/sh -c make", false}}));
        QCOMPARE(unrelated.matched, std::size_t(0));
        QVERIFY(!unrelated.problem.empty());
        QVERIFY(!image::traceDockerfile(file, image::Image{}).problem.empty());
        QVERIFY(!image::traceDockerfile(df::parse("# nothing\n"), imageWithHistory({{"RUN x", false}})).problem.empty());
    }
};

QTEST_GUILESS_MAIN(TestDockerfileTrace)
#include "tst_dockerfile_trace.moc"
