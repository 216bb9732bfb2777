// The Images view on saved image tarballs built by the test: layers with their steps, sizes and wasted bytes; the
// file tree after a layer with its changes marked and filtered; a finding that selects its layer and file; the
// SBOM export; cancel, a corrupt archive and drag and drop.
#include "support/gui_fixture.h"
#include "support/image_archive_builder.h"
#include "support/tar_builder.h"

#include "host/object_findings_model.h"
#include "images/compare_dialog.h"
#include "images/file_list_model.h"
#include "images/file_tree_model.h"
#include "images/file_tree_proxy.h"
#include "images/image_view.h"
#include "findings/problems_model.h"
#include "editor/editor_tab.h"
#include "images/layers_model.h"
#include "shell/text_table_model.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QStackedWidget>

using namespace dw;

namespace {

const char* const kPrivateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                                "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                                "-----END OPENSSH PRIVATE KEY-----\n";

/// The test image; `second` is its next version: the same base layer, no key, one more file, a newer app.
QString writeImage(const QTemporaryDir& dir, const QString& name, bool second = false)
{
    test::FixtureImage image;
    test::TarBuilder base;
    base.dir("etc").file("etc/os-release", "ID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME=\"Alpine Linux v3.19\"\n")
        .dir("bin").file("bin/sh", std::string(100, 'x'), 0755).dir("tmp").file("tmp/big.bin", std::string(10000, 'b'));
    test::TarBuilder run;
    run.dir("tmp").file("tmp/.wh.big.bin", "").dir("bin").file("bin/su", std::string(40, 's'), 04755);
    if (second) run.dir("usr").dir("usr/bin").file("usr/bin/extra", std::string(70, 'e'), 0755);
    else run.dir("root").dir("root/.ssh").file("root/.ssh/id_rsa", kPrivateKey, 0600);
    test::TarBuilder copy;
    copy.dir("app").file("app/run", std::string(second ? 60 : 50, 'r'), 0755).dir("etc")
        .file("etc/os-release", second ? "ID=alpine\nVERSION_ID=3.20.0\nPRETTY_NAME=\"Alpine Linux v3.20\"\n"
                                       : "ID=alpine\nVERSION_ID=3.19.2\nPRETTY_NAME=\"Alpine Linux v3.19\"\n");
    image.layers = {{base.bytes(), test::Compression::None, "ADD rootfs.tar /"},
                    {run.bytes(), test::Compression::Gzip, "RUN /bin/sh -c rm /tmp/big.bin && install-su"},
                    {copy.bytes(), test::Compression::None, "COPY app /app # buildkit"}};
    image.tags = {"shop/web:1.4"};
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    const std::string bytes = test::legacyLayout({image}).tar();
    file.write(bytes.data(), qint64(bytes.size()));
    return path;
}

bool waitIdle(ui::ImageView& view, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return !view.isBusy(); }, timeoutMs);
}

QStringList changedPaths(const ui::FileTreeProxy& proxy, const QModelIndex& parent = {})
{
    QStringList paths;
    for (int row = 0; row < proxy.rowCount(parent); ++row) {
        const QModelIndex index = proxy.index(row, 0, parent);
        if (!index.data(ui::FileTreeModel::IsDirectoryRole).toBool()) paths << index.data(ui::FileTreeModel::PathRole).toString();
        paths << changedPaths(proxy, index);
    }
    return paths;
}

} // namespace

class TestGuiImages : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

  private slots:
    void initTestCase() { test::isolateSettings(); }

    void layersTreeAndFindings()
    {
        const QString tarball = writeImage(dir_, QStringLiteral("web.tar"));
        QVERIFY(!tarball.isEmpty());
        ui::JobRunner jobs;
        ui::ImageView view(&jobs);
        view.resize(1280, 800);
        view.show();
        for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
                 view.layersModel(), view.fileTree(), view.fileProxy(), view.findingsModel(), view.largestFiles(),
                 view.wastedFiles(), view.packagesModel(), view.vulnerabilitiesModel()})
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, &view);

        view.openPath(tarball);
        QVERIFY(waitIdle(view));
        QVERIFY2(view.report() && view.report()->ok(), qPrintable(view.statusText()));
        QCOMPARE(view.layersModel()->rowCount(), 3);
        QCOMPARE(view.layersModel()->index(2, ui::LayersModel::StepColumn).data().toString(), QStringLiteral("COPY app /app"));
        QCOMPARE(view.layersModel()->index(1, ui::LayersModel::StepColumn).data().toString(),
                 QStringLiteral("RUN rm /tmp/big.bin && install-su"));
        // big.bin was deleted by layer 1: layer 0 ships 10000 bytes the image never shows.
        QVERIFY(view.layersModel()->index(0, ui::LayersModel::WastedColumn).data(ui::LayersModel::SortRole).toULongLong() >= 10000);
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("efficiency")));
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("Alpine Linux v3.19")));
        QVERIFY(view.vulnerabilityNote()->text().startsWith(QStringLiteral("Not scanned")) ||
                view.vulnerabilityNote()->text().startsWith(QStringLiteral("Scanned")));
        bool wastedListed = false;
        for (int row = 0; row < view.wastedFiles()->rowCount(); ++row)
            wastedListed |= view.wastedFiles()->index(row, 0).data(ui::FileListModel::PathRole).toString() == QStringLiteral("tmp/big.bin");
        QVERIFY(wastedListed);

        // The last layer is selected: the whole image, its own changes marked.
        QCOMPARE(view.currentLayer(), 2);
        QVERIFY(waitIdle(view));
        const QModelIndex release = view.fileTree()->indexOfPath(QStringLiteral("etc/os-release"));
        QCOMPARE(release.data(ui::FileTreeModel::ChangeRole).toInt(), int(image::FileChange::Modified));
        QCOMPARE(view.fileTree()->indexOfPath(QStringLiteral("app/run")).data(ui::FileTreeModel::ChangeRole).toInt(),
                 int(image::FileChange::Added));
        QVERIFY(!view.fileTree()->indexOfPath(QStringLiteral("tmp/big.bin")).isValid());
        QCOMPARE(view.fileTree()->indexOfPath(QStringLiteral("bin/su")).siblingAtColumn(ui::FileTreeModel::PermissionsColumn).data().toString(),
                 QStringLiteral("-rwsr-xr-x"));

        // Layer 1, changes only: the deleted file, the setuid binary and the key.
        QTest::mouseClick(view.layersView()->viewport(), Qt::LeftButton, {},
                          view.layersView()->visualRect(view.layersModel()->index(1, ui::LayersModel::StepColumn)).center());
        QCOMPARE(view.currentLayer(), 1);
        QVERIFY(waitIdle(view));
        view.changesOnlyBox()->setChecked(true);
        QStringList changed = changedPaths(*view.fileProxy());
        changed.sort();
        QCOMPARE(changed, (QStringList{QStringLiteral("bin/su"), QStringLiteral("root/.ssh/id_rsa"), QStringLiteral("tmp/big.bin")}));
        QCOMPARE(view.fileTree()->indexOfPath(QStringLiteral("tmp/big.bin")).data(ui::FileTreeModel::ChangeRole).toInt(),
                 int(image::FileChange::Deleted));
        view.changesOnlyBox()->setChecked(false);
        view.wastedOnlyBox()->setChecked(true);
        // Wasted after layer 1: the deleted file, and layer 0's os-release that layer 2 overwrites.
        QStringList wasted = changedPaths(*view.fileProxy());
        wasted.sort();
        QCOMPARE(wasted, (QStringList{QStringLiteral("etc/os-release"), QStringLiteral("tmp/big.bin")}));
        view.wastedOnlyBox()->setChecked(false);

        // The private key finding points at layer 1 and its file.
        QTest::mouseClick(view.layersView()->viewport(), Qt::LeftButton, {},
                          view.layersView()->visualRect(view.layersModel()->index(0, 0)).center());
        QVERIFY(waitIdle(view));
        int keyRow = -1;
        for (int row = 0; row < view.findingsModel()->rowCount(); ++row)
            if (view.findingsModel()->index(row, 0).data(ui::ObjectFindingsModel::RuleRole).toString() == QStringLiteral("DWI101")) keyRow = row;
        QVERIFY(keyRow >= 0);
        QCOMPARE(view.layersModel()->index(1, ui::LayersModel::FindingsColumn).data(ui::LayersModel::FindingCountRole).toInt() >= 1, true);
        view.activateFinding(keyRow);
        QCOMPARE(view.currentLayer(), 1);
        QVERIFY(waitIdle(view));
        QTRY_COMPARE(view.fileView()->currentIndex().data(ui::FileTreeModel::PathRole).toString(), QStringLiteral("root/.ssh/id_rsa"));
        QVERIFY(view.fileTree()->indexOfPath(QStringLiteral("root/.ssh/id_rsa")).data(ui::FileTreeModel::FindingRole).toBool());
        view.findingsOnlyBox()->setChecked(true);
        QVERIFY(changedPaths(*view.fileProxy()).contains(QStringLiteral("root/.ssh/id_rsa")));
        view.findingsOnlyBox()->setChecked(false);

        // The SBOM lists the image's packages in CycloneDX.
        const QString sbom = dir_.filePath(QStringLiteral("sbom.json"));
        QString error;
        QVERIFY2(view.exportSbom(sbom, &error), qPrintable(error));
        QFile written(sbom);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("\"bomFormat\": \"CycloneDX\""));
        jobs.cancelAllAndWait();
    }

    void dockerfileLinkedToItsImage()
    {
        const QString tarball = writeImage(dir_, QStringLiteral("linked.tar"));
        const QString dockerfile = dir_.filePath(QStringLiteral("Dockerfile"));
        QFile file(dockerfile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM scratch\nADD rootfs.tar /\nRUN rm /tmp/big.bin && install-su\nCOPY app /app\nCMD [\"sh\"]\n");
        file.close();
        ui::MainWindow window;
        window.show();
        window.openInitialFiles({dockerfile}, {});
        QVERIFY(test::settle(window));
        QVERIFY(!window.linkCurrentFileToImage()); // no image open yet
        window.imagesView()->openPath(tarball);
        QVERIFY(waitIdle(*window.imagesView()));
        QVERIFY(window.linkCurrentFileToImage());
        QCOMPARE(window.pages()->currentIndex(), int(ui::MainWindow::EditorPage));
        QVERIFY(test::settle(window));
        ui::EditorTab* tab = window.editorArea()->currentTab();
        QVERIFY(tab->imageLink());
        QCOMPARE(tab->imageLink()->trace.matched, std::size_t(4));
        // Beside each instruction, the layer it made and its size.
        QVERIFY2(tab->editor()->layerNote(1).startsWith(QStringLiteral("L0 ")), qPrintable(tab->editor()->layerNote(1)));
        QVERIFY(tab->editor()->layerNote(2).startsWith(QStringLiteral("L1 ")));
        QVERIFY(tab->editor()->layerNote(3).startsWith(QStringLiteral("L2 ")));
        QCOMPARE(tab->editor()->layerNote(4), QStringLiteral("no layer"));
        // The private key of layer 1 points at the RUN that made the layer.
        bool keyOnRun = false;
        const ui::ProblemsModel& problems = *window.problemsModel();
        for (int row = 0; row < problems.rowCount(); ++row) {
            const QModelIndex index = problems.index(row, 0);
            if (index.data(ui::ProblemsModel::RuleRole).toString() == QStringLiteral("DWI101"))
                keyOnRun = index.data(ui::ProblemsModel::LineRole).toInt() == 3 &&
                           problems.index(row, ui::ProblemsModel::MessageColumn).data().toString().contains(QStringLiteral("layer 1"));
        }
        QVERIFY(keyOnRun);
        // Editing keeps the link; unlinking removes the notes and the image's findings.
        tab->editor()->setCursorPosition(0, 0);
        tab->editor()->insert(QStringLiteral("# built by CI\n"));
        tab->lintNow();
        QVERIFY(test::settle(window));
        QVERIFY(tab->editor()->layerNote(3).startsWith(QStringLiteral("L1 ")));
        tab->linkImage(nullptr);
        QVERIFY(test::settle(window));
        QVERIFY(tab->editor()->layerNote(3).isEmpty());
        for (int row = 0; row < problems.rowCount(); ++row)
            QVERIFY(problems.index(row, 0).data(ui::ProblemsModel::RuleRole).toString() != QStringLiteral("DWI101"));
        window.editorArea()->currentTab()->editor()->setModified(false);
        window.jobs()->cancelAllAndWait();
    }

    void comparingTwoVersions()
    {
        const QString first = writeImage(dir_, QStringLiteral("v1.tar"));
        const QString second = writeImage(dir_, QStringLiteral("v2.tar"), true);
        ui::JobRunner jobs;
        ui::ImageView view(&jobs);
        view.show();
        view.openPath(first);
        QVERIFY(waitIdle(view));
        view.compareWith(second, false);
        QVERIFY(waitIdle(view));
        QTRY_VERIFY(view.comparisonDialog());
        ui::CompareDialog& dialog = *view.comparisonDialog();
        new QAbstractItemModelTester(dialog.files(), QAbstractItemModelTester::FailureReportingMode::QtTest, &dialog);
        auto rowsOf = [](const ui::TextTableModel& model) {
            QStringList rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                QStringList cells;
                for (int column = 0; column < model.columnCount(); ++column) cells << model.index(row, column).data().toString();
                rows << cells.join(QLatin1Char('|'));
            }
            return rows;
        };
        const QStringList files = rowsOf(*dialog.files());
        QVERIFY2(files.filter(QStringLiteral("added|/usr/bin/extra")).size() == 1, qPrintable(files.join(QLatin1Char('\n'))));
        QCOMPARE(files.filter(QStringLiteral("removed|/root/.ssh/id_rsa")).size(), 1);
        QCOMPARE(files.filter(QStringLiteral("changed|/app/run")).size(), 1);
        QCOMPARE(files.filter(QStringLiteral("changed|/etc/os-release")).size(), 1);
        const QStringList found = rowsOf(*dialog.findings());
        QCOMPARE(found.filter(QStringLiteral("fixed|DWI101")).size(), 1);
        const QStringList layers = rowsOf(*dialog.layers());
        QCOMPARE(layers.size(), 3);
        QVERIFY(layers.first().contains(QStringLiteral("|shared|")));
        QVERIFY(layers.last().contains(QStringLiteral("|different|")));
        QVERIFY(dialog.summary()->text().contains(QStringLiteral("1 shared layers")));
        jobs.cancelAllAndWait();
    }

    void corruptArchiveSaysWhy()
    {
        const QString path = dir_.filePath(QStringLiteral("corrupt.tar"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, '\x7f'));
        file.close();
        ui::JobRunner jobs;
        ui::ImageView view(&jobs);
        view.openPath(path);
        QVERIFY(waitIdle(view));
        QVERIFY(!view.report());
        QVERIFY2(view.statusText().startsWith(QStringLiteral("Could not open the image")), qPrintable(view.statusText()));
    }

    void cancelAndDrop()
    {
        const QString tarball = writeImage(dir_, QStringLiteral("dropped.tar"));
        ui::JobRunner jobs;
        ui::ImageView view(&jobs);
        view.show();
        view.openPath(tarball);
        view.cancel();
        QVERIFY(waitIdle(view));
        QVERIFY(!view.report());
        QVERIFY(view.statusText().contains(QStringLiteral("cancelled")));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(tarball)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &drop);
        QVERIFY(waitIdle(view));
        QVERIFY(view.report());
        QCOMPARE(view.layersModel()->rowCount(), 3);
        jobs.cancelAllAndWait();
    }
};

QTEST_MAIN(TestGuiImages)
#include "tst_gui_images.moc"
