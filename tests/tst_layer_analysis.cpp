// The layer analysis (core/image/layer_analysis*): dive's figures on small images built in memory (the
// catalogue's worked example and dive's quirks), our own per-layer figures and merged tree, the savings, the
// DWI3nn checks and the `.dive-ci` reader.
#include "support/layer_images.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

using namespace dw::image;
using namespace dw::image::test_images;

class TestLayerAnalysis : public QObject {
    Q_OBJECT

  private slots:
    void workedExample_dive();
    void workedExample_ours();
    void directoryDeletion_data();
    void directoryDeletion();
    void implicitDirectoryDeletion();
    void opaqueDirectory();
    void whiteoutOfMissingPath();
    void sameContentReAdd();
    void mergedTreeOrigins();
    void addedModifiedDeleted();
    void runMergeSavings();
    void runStep_data();
    void runStep();
    void cachesAndLargestFiles();
    void hostileShapes();
    void checksAreDocumented();
    void checks();
    void diveCi_data();
    void diveCi();
    void diveCiFile();
    void humanBytes_data();
    void humanBytes();
};

void TestLayerAnalysis::workedExample_dive()
{
    const LayerAnalysis a = analyzeLayers(workedExample());
    QCOMPARE(a.efficiency, 100.0 / 270.0);
    QCOMPARE(a.wastedBytes, std::uint64_t(270));
    QCOMPARE(a.userSizeBytes, std::uint64_t(120));
    QCOMPARE(a.userWastedPercent, 2.25);
    QCOMPARE(a.sizeBytes, std::uint64_t(270));
    QCOMPARE(a.reclaimableBytes, std::uint64_t(170));
    QCOMPARE(a.inefficientPaths.size(), std::size_t(2));
    QCOMPARE(q(a.inefficientPaths[0].path), QString("a"));
    QCOMPARE(a.inefficientPaths[0].count, std::size_t(2));
    QCOMPARE(a.inefficientPaths[0].totalBytes, std::uint64_t(220));
    QCOMPARE(a.inefficientPaths[0].minBytes, std::uint64_t(100));
    QCOMPARE(q(a.inefficientPaths[1].path), QString("b"));
    QCOMPARE(a.inefficientPaths[1].totalBytes, std::uint64_t(50));
    QCOMPARE(a.inefficientPaths[1].minBytes, std::uint64_t(0));
    QVERIFY(a.diveStoppedLayers.empty());
}

void TestLayerAnalysis::workedExample_ours()
{
    const LayerAnalysis a = analyzeLayers(workedExample());
    QCOMPARE(a.layers.size(), std::size_t(3));
    QCOMPARE(a.layers[0].addedFiles, std::size_t(2));
    QCOMPARE(a.layers[0].addedBytes, std::uint64_t(150));
    QCOMPARE(a.layers[0].wastedBytes, std::uint64_t(150)); // both of its files are gone from the final image
    QCOMPARE(a.layers[1].modifiedFiles, std::size_t(1));
    QCOMPARE(a.layers[1].modifiedBytes, std::uint64_t(120));
    QCOMPARE(a.layers[1].wastedBytes, std::uint64_t(0));
    QCOMPARE(a.layers[2].deletedFiles, std::size_t(1));
    QCOMPARE(a.layers[2].deletedBytes, std::uint64_t(50));
    QCOMPARE(a.deletedLaterFiles, std::size_t(1));
    QCOMPARE(a.deletedLaterBytes, std::uint64_t(50));
    QCOMPARE(a.largestDeletedLater.size(), std::size_t(1));
    QCOMPARE(q(a.largestDeletedLater[0].path), QString("b"));
    QCOMPARE(a.largestDeletedLater[0].addedIn, std::size_t(0));
    QCOMPARE(a.largestDeletedLater[0].deletedIn, std::size_t(2));
    QCOMPARE(a.tree.size(), std::size_t(1));
    QCOMPARE(a.tree.at("a").size, std::uint64_t(120));
    QCOMPARE(a.tree.at("a").originLayer, std::size_t(1));
}

// `rm -rf d` (one whiteout of the directory) against `rm -rf d/*` (one whiteout per file), and a directory that
// was first seen empty.
void TestLayerAnalysis::directoryDeletion_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<double>("efficiency");
    QTest::addColumn<quint64>("wasted");
    QTest::addColumn<int>("inefficientPaths");
    QTest::newRow("rm -rf d: subtree on both sides") << 0 << 1.0 << quint64(0) << 0;
    QTest::newRow("rm -rf d/*: each file is waste") << 1 << 10.0 / 160.0 << quint64(150) << 2;
    QTest::newRow("d first seen empty: subtree is waste") << 2 << 100.0 / 200.0 << quint64(100) << 1;
}

void TestLayerAnalysis::directoryDeletion()
{
    QFETCH(int, variant);
    QFETCH(double, efficiency);
    QFETCH(quint64, wasted);
    QFETCH(int, inefficientPaths);
    Image img;
    if (variant == 0)
        img = image(
            {layer({dir("d"), file("d/x", 100), file("d/y", 50)}), layer({file("z", 10)}), layer({whiteout("d")})});
    else if (variant == 1)
        img = image({layer({dir("d"), file("d/x", 100), file("d/y", 50)}), layer({file("z", 10)}),
                     layer({dir("d"), whiteout("d/x"), whiteout("d/y")})});
    else
        img = image({layer({dir("d")}), layer({dir("d"), file("d/x", 100)}), layer({whiteout("d")})});
    const LayerAnalysis a = analyzeLayers(img);
    QCOMPARE(a.efficiency, efficiency);
    QCOMPARE(a.wastedBytes, std::uint64_t(wasted));
    QCOMPARE(a.inefficientPaths.size(), std::size_t(inefficientPaths));
    // our own figures do not depend on how the directory was deleted
    const std::size_t deleting = 2;
    QCOMPARE(a.layers[deleting].deletedFiles, std::size_t(variant == 2 ? 1 : 2));
    QCOMPARE(a.layers[deleting].deletedBytes, std::uint64_t(variant == 2 ? 100 : 150));
    QCOMPARE(a.deletedLaterBytes, std::uint64_t(variant == 2 ? 100 : 150));
    QVERIFY(!a.tree.contains("d/x"));
    QCOMPARE(a.tree.contains("d"), variant == 1);
}

// dive's own efficiency test: the tars list no directory entries, so dive's stacked tree holds etc/nginx as a
// plain node, and deleting it weighs nothing (0.75; with the subtree counted it would be 23000 / 28000).
void TestLayerAnalysis::implicitDirectoryDeletion()
{
    const LayerAnalysis a = analyzeLayers(image(
        {layer({file("etc/nginx/nginx.conf", 2000), file("etc/nginx/public", 3000)}),
         layer({file("etc/nginx/nginx.conf", 5000), file("etc/athing", 10000)}), layer({whiteout("etc/nginx")})}));
    QCOMPARE(a.efficiency, 0.75);
    QCOMPARE(a.inefficientPaths.size(), std::size_t(1));
    QCOMPARE(q(a.inefficientPaths[0].path), QString("etc/nginx/nginx.conf"));
    QCOMPARE(a.inefficientPaths[0].totalBytes, std::uint64_t(7000));
    QCOMPARE(a.wastedBytes, std::uint64_t(7000));
    QCOMPARE(a.layers[2].deletedBytes, std::uint64_t(8000)); // our merge deletes what was there
}

void TestLayerAnalysis::opaqueDirectory()
{
    const Image img = image(
        {layer({dir("d"), file("d/old", 100), file("keep", 7)}), layer({dir("d"), opaque("d"), file("d/new", 10)})});
    const LayerAnalysis a = analyzeLayers(img);
    // dive ignores opaque markers: nothing hidden is subtracted, nothing counts twice
    QCOMPARE(a.efficiency, 1.0);
    QCOMPARE(a.wastedBytes, std::uint64_t(0));
    // the merge honours them
    QVERIFY(!a.tree.contains("d/old"));
    QCOMPARE(a.tree.at("d/new").originLayer, std::size_t(1));
    QCOMPARE(a.tree.at("d").originLayer, std::size_t(1));
    QCOMPARE(a.tree.at("keep").originLayer, std::size_t(0));
    QCOMPARE(a.layers[1].deletedFiles, std::size_t(1));
    QCOMPARE(a.layers[1].deletedBytes, std::uint64_t(100));
    QCOMPARE(a.layers[1].addedFiles, std::size_t(1));
    QCOMPARE(a.layers[0].wastedBytes, std::uint64_t(100));
    QCOMPARE(a.deletedLaterBytes, std::uint64_t(100));

    // a marker at the root hides every lower path
    const LayerAnalysis root = analyzeLayers(
        image({layer({dir("d"), file("d/old", 100), file("keep", 7)}), layer({opaque(""), file("new", 3)})}));
    QCOMPARE(root.tree.size(), std::size_t(1));
    QCOMPARE(root.layers[1].deletedFiles, std::size_t(2));
    QCOMPARE(root.layers[1].deletedBytes, std::uint64_t(107));
    QCOMPARE(root.efficiency, 1.0);
}

void TestLayerAnalysis::whiteoutOfMissingPath()
{
    // ".wh.ghost" sorts before "a": dive's walk of layer 1 stops before it reaches the rewritten a
    const LayerAnalysis before =
        analyzeLayers(image({layer({file("a", 10)}), layer({file("a", 20), whiteout("ghost")})}));
    QCOMPARE(before.efficiency, 1.0);
    QCOMPARE(before.wastedBytes, std::uint64_t(0));
    QCOMPARE(before.diveStoppedLayers, std::vector<std::size_t>{1});
    QCOMPARE(before.layers[1].missingWhiteouts, std::size_t(1));
    QCOMPARE(before.layers[1].modifiedFiles, std::size_t(1)); // our figures still see the rewrite
    QCOMPARE(before.layers[0].wastedBytes, std::uint64_t(10));

    // inside "zz", after "a": a was counted before the walk stopped
    const LayerAnalysis after =
        analyzeLayers(image({layer({file("a", 10)}), layer({file("a", 20), whiteout("zz/ghost")})}));
    QCOMPARE(after.efficiency, 10.0 / 30.0);
    QCOMPARE(after.wastedBytes, std::uint64_t(30));
    QCOMPARE(after.diveStoppedLayers, std::vector<std::size_t>{1});

    // a whiteout in layer 0 is looked up in layer 0 itself
    const LayerAnalysis first = analyzeLayers(image({layer({whiteout("x"), file("y", 5)})}));
    QCOMPARE(first.diveStoppedLayers, std::vector<std::size_t>{0});
    QCOMPARE(first.efficiency, 1.0);
    QCOMPARE(first.layers[0].missingWhiteouts, std::size_t(1));
}

void TestLayerAnalysis::sameContentReAdd()
{
    const LayerAnalysis chmod = analyzeLayers(
        image({layer({file("app", 1000, 77, 0644)}), layer({file("app", 1000, 77, 0755)}, "RUN chmod +x /app")}));
    QCOMPARE(chmod.layers[1].modifiedFiles, std::size_t(1));
    QCOMPARE(chmod.layers[1].sameContentFiles, std::size_t(1));
    QCOMPARE(chmod.layers[1].sameContentBytes, std::uint64_t(1000));
    QCOMPARE(chmod.inefficientPaths.size(), std::size_t(1));
    QVERIFY(chmod.inefficientPaths[0].sameContentReAdd);
    QCOMPARE(chmod.efficiency, 0.5);
    QCOMPARE(chmod.reclaimableBytes, std::uint64_t(1000));
    QCOMPARE(chmod.tree.at("app").mode, std::uint32_t(0755));

    const LayerAnalysis rewrite =
        analyzeLayers(image({layer({file("app", 1000, 77)}), layer({file("app", 1000, 78)})}));
    QCOMPARE(rewrite.layers[1].sameContentFiles, std::size_t(0));
    QVERIFY(!rewrite.inefficientPaths[0].sameContentReAdd);
}

void TestLayerAnalysis::mergedTreeOrigins()
{
    LayerEntry sh = ofKind("bin/sh", EntryKind::Symlink);
    sh.linkTarget = "busybox";
    const Image img = image({layer({dir("etc"), file("etc/passwd", 10), file("etc/hosts", 5), dir("bin"), sh}),
                             layer({dir("etc"), file("etc/passwd", 12)}), layer({dir("etc"), whiteout("etc/hosts")})});
    const LayerAnalysis a = analyzeLayers(img);
    QStringList paths;
    for (const auto& [path, node] : a.tree)
        paths << q(path) + "@" + QString::number(node.originLayer);
    QCOMPARE(paths, QStringList({"bin@0", "bin/sh@0", "etc@2", "etc/passwd@1"}));
    QVERIFY(a.tree.at("bin/sh").kind == EntryKind::Symlink);
    QCOMPARE(a.tree.at("etc/passwd").size, std::uint64_t(12));
}

void TestLayerAnalysis::addedModifiedDeleted()
{
    const Image img = image({layer({dir("usr"), file("usr/a", 1), file("usr/b", 2), file("usr/c", 4)}),
                             layer({dir("usr"), file("usr/a", 10), file("usr/d", 20), dir("usr/e"),
                                    ofKind("usr/f", EntryKind::Hardlink), whiteout("usr/b"), whiteout("usr/c")})});
    const LayerAnalysis a = analyzeLayers(img);
    const LayerSummary& top = a.layers[1];
    QCOMPARE(top.entryCount, std::size_t(7));
    QCOMPARE(top.size, std::uint64_t(30));
    QCOMPARE(top.addedFiles, std::size_t(2)); // usr/d and the hard link; the new directory is not a file
    QCOMPARE(top.addedBytes, std::uint64_t(20));
    QCOMPARE(top.modifiedFiles, std::size_t(1));
    QCOMPARE(top.modifiedBytes, std::uint64_t(10));
    QCOMPARE(top.deletedFiles, std::size_t(2));
    QCOMPARE(top.deletedBytes, std::uint64_t(6));
    QCOMPARE(top.missingWhiteouts, std::size_t(0));
    QCOMPARE(a.layers[0].wastedBytes, std::uint64_t(7));
    QCOMPARE(a.layers[0].addedFiles, std::size_t(3));
}

void TestLayerAnalysis::runMergeSavings()
{
    const Image img = image({
        layer({file("bin/busybox", 900)}, "ADD file:abc in / "),
        layer({dir("tmp"), file("tmp/big.tar", 1000)}, "RUN /bin/sh -c wget -O /tmp/big.tar x # buildkit"),
        layer({dir("tmp"), whiteout("tmp/big.tar"), file("opt/app", 500)}, "RUN /bin/sh -c tar xf /tmp/big.tar"),
        layer({file("opt/app", 600)}, "COPY app /opt/app # buildkit"), // not a RUN: ends the run of RUN layers
        layer({file("etc/conf", 7)}, "/bin/sh -c echo a > /etc/conf"),
        layer({file("etc/conf", 8)}, "|1 MODE=b /bin/sh -c echo b > /etc/conf"),
    });
    const LayerAnalysis a = analyzeLayers(img);
    QCOMPARE(a.runMerges.size(), std::size_t(2));
    QCOMPARE(a.runMerges[0].firstLayer, std::size_t(1));
    QCOMPARE(a.runMerges[0].lastLayer, std::size_t(2));
    QCOMPARE(a.runMerges[0].files, std::size_t(1));
    QCOMPARE(a.runMerges[0].bytes, std::uint64_t(1000));
    QCOMPARE(a.runMerges[1].firstLayer, std::size_t(4));
    QCOMPARE(a.runMerges[1].lastLayer, std::size_t(5));
    QCOMPARE(a.runMerges[1].bytes, std::uint64_t(7));
    QCOMPARE(a.runMergeSavingsBytes, std::uint64_t(1007));
    QVERIFY(!a.layers[0].isRun);
    QVERIFY(a.layers[1].isRun);
    QVERIFY(!a.layers[3].isRun);
    QCOMPARE(q(a.layers[3].createdBy), QString("COPY app /opt/app # buildkit"));
    QCOMPARE(a.layers[2].wastedBytes, std::uint64_t(500)); // opt/app rewritten by the COPY layer
}

void TestLayerAnalysis::runStep_data()
{
    QTest::addColumn<QString>("createdBy");
    QTest::addColumn<bool>("run");
    QTest::newRow("buildkit") << "RUN /bin/sh -c apk add curl # buildkit" << true;
    QTest::newRow("buildkit args") << "RUN |1 V=2 /bin/sh -c make" << true;
    QTest::newRow("classic") << "/bin/sh -c apt-get update" << true;
    QTest::newRow("classic args") << "|2 A=1 B=2 /bin/sh -c make" << true;
    QTest::newRow("classic nop") << "/bin/sh -c #(nop)  CMD [\"sh\"]" << false;
    QTest::newRow("classic copy") << "/bin/sh -c #(nop) COPY file:1 in /app " << false;
    QTest::newRow("buildkit copy") << "COPY . /src # buildkit" << false;
    QTest::newRow("base add") << "ADD file:0b1 in / " << false;
    QTest::newRow("workdir") << "WORKDIR /app" << false;
    QTest::newRow("unknown") << "" << false;
}

void TestLayerAnalysis::runStep()
{
    QFETCH(QString, createdBy);
    QFETCH(bool, run);
    QCOMPARE(isRunStep(createdBy.toStdString()), run);
}

void TestLayerAnalysis::cachesAndLargestFiles()
{
    const Image img = image({
        layer({file("bin/busybox", 900), file("root/.npm/_cacache/index", 0)}),
        layer({file("var/lib/apt/lists/deb_Packages", 300), file("var/lib/apt/lists/lock", 0),
               file("var/cache/apt/archives/x.deb", 200), file("var/cache/apk/gone.tar.gz", 40)}),
        layer({file("home/app/.cache/pip/http/abc", 50), whiteout("var/cache/apk/gone.tar.gz"),
               file("var/lib/apt/lists/deb_Release", 1)}),
    });
    const LayerAnalysis a = analyzeLayers(img);
    QStringList caches;
    for (const CacheDir& cache : a.caches) {
        QString layers;
        for (std::size_t layer : cache.layers)
            layers += QString::number(layer);
        caches << QString("%1 %2 %3 %4 %5")
                      .arg(q(cache.dir), q(cache.manager))
                      .arg(cache.files)
                      .arg(cache.bytes)
                      .arg(layers);
    }
    QCOMPARE(caches, QStringList({"home/app/.cache/pip pip 1 50 2", "var/cache/apt apt 1 200 1",
                                  "var/lib/apt/lists apt 3 301 12"}));
    QCOMPARE(a.cacheBytes, std::uint64_t(551));

    const LayerAnalysis top2 = analyzeLayers(img, {.largestFiles = 2, .largestDeletedLater = 10});
    QCOMPARE(top2.largestFiles.size(), std::size_t(2));
    QCOMPARE(q(top2.largestFiles[0].path), QString("bin/busybox"));
    QCOMPARE(top2.largestFiles[0].layer, std::size_t(0));
    QCOMPARE(q(top2.largestFiles[1].path), QString("var/lib/apt/lists/deb_Packages"));
    QCOMPARE(top2.largestFiles[1].size, std::uint64_t(300));
}

void TestLayerAnalysis::hostileShapes()
{
    QCOMPARE(analyzeLayers(image({})).efficiency, 1.0);
    QVERIFY(analyzeLayers(image({})).layers.empty());

    // a path thousands of directories deep is walked without recursion
    std::string deep;
    for (int i = 0; i < 20000; ++i)
        deep += "d/";
    deep += "f";
    const LayerAnalysis a =
        analyzeLayers(image({layer({file(deep, 3)}), layer({file(deep, 4)}), layer({whiteout("d")})}));
    QCOMPARE(a.wastedBytes, std::uint64_t(7));
    QCOMPARE(a.layers[2].deletedFiles, std::size_t(1));
    QVERIFY(a.tree.empty());

    // the same path twice in one layer, a file replacing a directory, only layer 0 holding bytes
    const LayerAnalysis twice = analyzeLayers(image({layer({file("x", 5), file("x", 6), dir("d"), file("d/y", 9)}),
                                                     layer({file("d", 1)}), layer({whiteout("x")})}));
    QCOMPARE(twice.layers[0].addedFiles, std::size_t(2)); // the second x replaces the first, not counted again
    QCOMPARE(twice.layers[0].wastedBytes, std::uint64_t(5 + 9 + 6));
    QCOMPARE(twice.layers[1].deletedBytes, std::uint64_t(9));
    QCOMPARE(twice.layers[1].modifiedFiles, std::size_t(1));
    QVERIFY(twice.tree.at("d").kind == EntryKind::File);

    const LayerAnalysis baseOnly = analyzeLayers(image({layer({file("x", 5)}), layer({whiteout("x")})}));
    QCOMPARE(baseOnly.userSizeBytes, std::uint64_t(0));
    QCOMPARE(baseOnly.wastedBytes, std::uint64_t(5));
    QVERIFY(std::isinf(baseOnly.userWastedPercent));
}

void TestLayerAnalysis::checksAreDocumented()
{
    int found = 0;
    for (const auto& check : imageAnalysisChecks()) {
        const dw::findings::CheckInfo& info = check->info();
        if (!info.id.starts_with("DWI3")) continue;
        ++found;
        const QByteArray id(info.id.data(), qsizetype(info.id.size()));
        QVERIFY2(!info.refs.empty(), id);
        for (const dw::findings::LocalizedText* text : {&info.title, &info.explanation, &info.remedy}) {
            QVERIFY2(!text->en.empty() && !text->zh.empty(), id);
            QVERIFY2(text->en != text->zh, id);
        }
    }
    QCOMPARE(found, 5);
}

void TestLayerAnalysis::checks()
{
    const Image example = workedExample();
    const LayerAnalysis wasteful = analyzeLayers(example);
    const Image clean = image({layer({file("a", 100)}), layer({file("b", 50)})});
    const LayerAnalysis tidy = analyzeLayers(clean);

    // DWI301: 0.37 < 0.9
    std::vector<ImageFinding> found = runCheck("DWI301", example, &wasteful);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(q(found[0].finding.message.en), QString("Image 'app:1.0' has a layer efficiency of 37.0%, below 90.0%"));
    QCOMPARE(q(found[0].finding.evidence),
             QString("efficiency=0.3704 threshold=0.9; largest repeated paths: a (2x, 220 B), b (2x, 50 B)"));
    QCOMPARE(q(found[0].finding.refs.at(0)), QString("dive:lowestEfficiency"));
    QVERIFY(runCheck("DWI301", clean, &tidy).empty());
    QVERIFY(runCheck("DWI301", example, nullptr).empty());
    EfficiencyThresholds off;
    off.lowestEfficiency.reset();
    off.highestUserWastedPercent.reset();
    QVERIFY(runCheck("DWI301", example, &wasteful, &off).empty());
    EfficiencyThresholds atScore;
    atScore.lowestEfficiency = 100.0 / 270.0; // dive fails only when the threshold is above the score
    QVERIFY(runCheck("DWI301", example, &wasteful, &atScore).empty());

    // DWI302: 2.25 > 0.1
    found = runCheck("DWI302", example, &wasteful);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(q(found[0].finding.evidence),
             QString("userWastedPercent=2.25 wastedBytes=270 userSizeBytes=120 threshold=0.1"));
    QVERIFY(!found[0].finding.message.zh.empty());
    QVERIFY(runCheck("DWI302", clean, &tidy).empty());
    EfficiencyThresholds lenient;
    lenient.highestUserWastedPercent = 2.25;
    QVERIFY(runCheck("DWI302", example, &wasteful, &lenient).empty());
    QVERIFY(runCheck("DWI302", example, &wasteful, &off).empty());

    // DWI303: off unless configured
    QVERIFY(runCheck("DWI303", example, &wasteful).empty());
    EfficiencyThresholds limit;
    limit.highestWastedBytes = 269;
    found = runCheck("DWI303", example, &wasteful, &limit);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(q(found[0].finding.evidence), QString("wastedBytes=270 threshold=269"));
    limit.highestWastedBytes = 270;
    QVERIFY(runCheck("DWI303", example, &wasteful, &limit).empty());

    // DWI304: caches
    const Image cached = image({layer({file("bin/sh", 10)}), layer({file("var/lib/apt/lists/x_Packages", 2500)})});
    const LayerAnalysis cachedLayers = analyzeLayers(cached);
    found = runCheck("DWI304", cached, &cachedLayers);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(q(found[0].finding.message.en),
             QString("Image 'app:1.0' keeps 2.5 kB of package-manager caches in 1 directory"));
    QCOMPARE(q(found[0].finding.evidence), QString("var/lib/apt/lists (apt, 1 files, 2.5 kB, layer 1)"));
    QCOMPARE(q(found[0].path), QString("var/lib/apt/lists"));
    QCOMPARE(found[0].layerIndex, std::optional<std::size_t>(1));
    QVERIFY(runCheck("DWI304", example, &wasteful).empty());

    // DWI305: b added in layer 0, deleted in layer 2
    found = runCheck("DWI305", example, &wasteful);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(q(found[0].finding.message.en),
             QString("Image 'app:1.0' ships 1 deleted file(s), 50 B; the largest is b (50 B, added in layer 0, "
                     "deleted in layer 2)"));
    QCOMPARE(q(found[0].path), QString("b"));
    QCOMPARE(found[0].layerIndex, std::optional<std::size_t>(0));
    QVERIFY(runCheck("DWI305", clean, &tidy).empty());
    QVERIFY(runCheck("DWI305", cached, &cachedLayers).empty());
}

void TestLayerAnalysis::diveCi_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "lowest wasted user" with "-" for off, or "error: <part>"
    QTest::newRow("all set") << "rules:\n  lowestEfficiency: 0.95\n  highestWastedBytes: 20MB\n"
                                "  highestUserWastedPercent: 0.20\n"
                             << "0.95 20000000 0.2";
    QTest::newRow("empty file") << ""
                                << "0.9 - 0.1";
    QTest::newRow("no rules") << "other: 1\n"
                              << "0.9 - 0.1";
    QTest::newRow("disabled and off") << "rules:\n  lowestEfficiency: disabled\n  highestUserWastedPercent: off\n"
                                      << "- - -";
    QTest::newRow("false and empty") << "rules:\n  lowestEfficiency: false\n  highestUserWastedPercent:\n"
                                     << "- - -";
    QTest::newRow("binary bytes") << "rules:\n  highestWastedBytes: 1.5 GiB\n"
                                  << "0.9 1610612736 0.1";
    QTest::newRow("plain bytes") << "rules:\n  highestWastedBytes: 20000000\n"
                                 << "0.9 20000000 0.1";
    QTest::newRow("bounds") << "rules:\n  lowestEfficiency: 1\n  highestUserWastedPercent: 0\n"
                            << "1 - 0";
    QTest::newRow("ratio too big") << "rules:\n  lowestEfficiency: 1.5\n"
                                   << "error: .dive-ci:2: rules.lowestEfficiency: 1.5 is outside 0..1";
    QTest::newRow("negative ratio") << "rules:\n  highestUserWastedPercent: -0.1\n"
                                    << "error: rules.highestUserWastedPercent: -0.1 is outside 0..1";
    QTest::newRow("word") << "rules:\n  lowestEfficiency: high\n"
                          << "error: rules.lowestEfficiency: 'high' is not a number";
    QTest::newRow("nan") << "rules:\n  lowestEfficiency: nan\n"
                         << "error: 'nan' is not a number";
    QTest::newRow("bad unit") << "rules:\n  highestWastedBytes: 20 parsecs\n"
                              << "error: rules.highestWastedBytes: '20 parsecs' is not a byte count";
    QTest::newRow("list value") << "rules:\n  lowestEfficiency: [0.5]\n"
                                << "error: expected a single value";
    QTest::newRow("rules list") << "rules: [1, 2]\n"
                                << "error: 'rules' must be a mapping";
    QTest::newRow("top list") << "- a\n- b\n"
                              << "error: expected a mapping";
    QTest::newRow("broken yaml") << "rules: {lowestEfficiency: 0.5\n"
                                 << "error: not valid YAML";
}

void TestLayerAnalysis::diveCi()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    DiveCiError error;
    const std::optional<EfficiencyThresholds> parsed = parseDiveCi(text.toStdString(), ".dive-ci", error);
    if (expected.startsWith("error: ")) {
        QVERIFY(!parsed);
        QVERIFY2(q(error.message).contains(expected.mid(7)), error.message.c_str());
        return;
    }
    QVERIFY2(parsed, error.message.c_str());
    const auto number = [](const auto& value) {
        return value ? QString::number(double(*value), 'g', 12) : QString("-");
    };
    QCOMPARE(number(parsed->lowestEfficiency) + " " + number(parsed->highestWastedBytes) + " " +
                 number(parsed->highestUserWastedPercent),
             expected);
}

void TestLayerAnalysis::diveCiFile()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(".dive-ci").toStdString();
    std::ofstream(path) << "rules:\n  highestWastedBytes: 1kb\n";
    DiveCiError error;
    const std::optional<EfficiencyThresholds> loaded = loadDiveCiFile(path, error);
    QVERIFY(loaded);
    QCOMPARE(loaded->highestWastedBytes, std::optional<std::uint64_t>(1000));
    QVERIFY(!loadDiveCiFile(path + ".missing", error));
    QVERIFY(q(error.message).endsWith(".dive-ci.missing: cannot be read"));
}

void TestLayerAnalysis::humanBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes"); // -1: rejected
    QTest::newRow("MB") << "20MB" << qint64(20000000);
    QTest::newRow("lower case") << "20mb" << qint64(20000000);
    QTest::newRow("MiB with space") << "20 MiB" << qint64(20971520);
    QTest::newRow("thousands comma") << "1,000" << qint64(1000);
    QTest::newRow("decimal k") << "1.5k" << qint64(1500);
    QTest::newRow("bare") << "42" << qint64(42);
    QTest::newRow("b") << "42 B" << qint64(42);
    QTest::newRow("15 EiB") << "15 EiB" << qint64(-2); // checked separately: beyond qint64
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("unit only") << "MB" << qint64(-1);
    QTest::newRow("negative") << "-1" << qint64(-1);
    QTest::newRow("exponent") << "1e3" << qint64(-1);
    QTest::newRow("two dots") << "1.2.3MB" << qint64(-1);
    QTest::newRow("too large") << "16 EiB" << qint64(-1);
    QTest::newRow("unknown unit") << "3 parsecs" << qint64(-1);
}

void TestLayerAnalysis::humanBytes()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    const std::optional<std::uint64_t> parsed = parseHumanBytes(text.toStdString());
    if (bytes == -1)
        QVERIFY(!parsed);
    else if (bytes == -2)
        QCOMPARE(parsed, std::optional<std::uint64_t>(15ull << 60));
    else
        QCOMPARE(parsed, std::optional<std::uint64_t>(std::uint64_t(bytes)));
}

QTEST_GUILESS_MAIN(TestLayerAnalysis)
#include "tst_layer_analysis.moc"
