#include "images/image_view.h"

#include "engine/client.h"
#include "findings/finding_html.h"
#include "host/object_findings_model.h"
#include "image/sbom.h"
#include "images/compare_dialog.h"
#include "images/image_reading.h"
#include "images/file_list_model.h"
#include "images/file_tree_model.h"
#include "images/file_tree_proxy.h"
#include "images/layers_model.h"
#include "jobs/job_runner.h"
#include "jobs/progress_relay.h"
#include "scan/image_scan.h"
#include "shell/placeholder_view.h"
#include "shell/sortable_views.h"
#include "shell/text_table_model.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw::ui {
namespace {

std::vector<std::vector<std::string>> packageRows(const image::PackageInventory& inventory)
{
    std::vector<std::vector<std::string>> rows;
    for (const auto& package : inventory.packages)
        rows.push_back({package.name, package.fullVersion(), std::string(image::packageTypeName(package.type)), package.arch,
                        std::to_string(package.layerIndex)});
    return rows;
}

} // namespace

ImageView::ImageView(JobRunner* jobs, QWidget* parent)
    : QWidget(parent), jobs_(jobs), progressRelay_(new ProgressRelay(this)), stack_(new QStackedWidget(this)),
      placeholder_(new PlaceholderView(this)), openFile_(new QPushButton(this)), openDirectory_(new QPushButton(this)),
      openDaemon_(new QPushButton(this)), sbom_(new QPushButton(this)), containers_(new QPushButton(this)),
      compare_(new QPushButton(this)),
      progress_(new QProgressBar(this)), cancel_(new QPushButton(this)), summary_(new QLabel(this)),
      layers_(new LayersModel(this)), layersView_(new QTableView(this)), lowerTabs_(new QTabWidget(this)),
      findings_(new ObjectFindingsModel(this)), findingsView_(nullptr), findingText_(new QTextBrowser(this)),
      largest_(new FileListModel(FileListModel::Kind::Largest, this)), wasted_(new FileListModel(FileListModel::Kind::Wasted, this)),
      packages_(new TextTableModel(this)), vulnerabilities_(new TextTableModel(this)), vulnerabilityNote_(new QLabel(this)),
      tree_(new FileTreeModel(this)), treeProxy_(new FileTreeProxy(this)), treeView_(new QTreeView(this)),
      treeTitle_(new QLabel(this)), nameFilter_(new QLineEdit(this)), changesOnly_(new QCheckBox(this)),
      wastedOnly_(new QCheckBox(this)), findingsOnly_(new QCheckBox(this))
{
    setObjectName(QStringLiteral("imagesView"));
    setAcceptDrops(true);
    auto* toolbar = new QHBoxLayout;
    for (QPushButton* button : {openFile_, openDirectory_, openDaemon_, sbom_, compare_, containers_}) toolbar->addWidget(button);
    toolbar->addStretch();
    toolbar->addWidget(progress_);
    toolbar->addWidget(cancel_);
    progress_->setMinimumWidth(220);
    progress_->hide();
    cancel_->hide();
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layersView_->setModel(layers_);
    layersView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    layersView_->setSelectionMode(QAbstractItemView::SingleSelection);
    layersView_->verticalHeader()->hide();
    layersView_->horizontalHeader()->setStretchLastSection(true);
    layersView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layersView_->setWordWrap(false);

    findingsView_ = sortableList(findings_, ObjectFindingsModel::SeverityRole, this);
    auto* findingsPage = new QSplitter(Qt::Horizontal, this);
    findingsPage->addWidget(findingsView_);
    findingsPage->addWidget(findingText_);
    findingText_->setOpenLinks(false);
    connect(findingText_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("guide")) emit guideRequested(url.path());
    });
    findingsPage->setChildrenCollapsible(false);
    auto* vulnerabilityPage = new QWidget(this);
    auto* vulnerabilityLayout = new QVBoxLayout(vulnerabilityPage);
    vulnerabilityLayout->setContentsMargins(0, 0, 0, 0);
    vulnerabilityNote_->setWordWrap(true);
    vulnerabilityLayout->addWidget(vulnerabilityNote_);
    vulnerabilityLayout->addWidget(sortableList(vulnerabilities_, Qt::DisplayRole, this), 1);
    lowerTabs_->addTab(findingsPage, QString());
    lowerTabs_->addTab(sortableList(largest_, FileListModel::SortRole, this), QString());
    lowerTabs_->addTab(sortableList(wasted_, FileListModel::SortRole, this), QString());
    lowerTabs_->addTab(sortableList(packages_, Qt::DisplayRole, this), QString());
    lowerTabs_->addTab(vulnerabilityPage, QString());
    lowerTabs_->setDocumentMode(true);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(layersView_);
    left->addWidget(lowerTabs_);
    left->setChildrenCollapsible(false);

    treeProxy_->setSourceModel(tree_);
    treeView_->setModel(treeProxy_);
    treeView_->setUniformRowHeights(true);
    treeView_->setSortingEnabled(true);
    treeView_->sortByColumn(FileTreeModel::NameColumn, Qt::AscendingOrder);
    treeView_->setAllColumnsShowFocus(true);
    treeView_->header()->setResizeContentsPrecision(200);
    nameFilter_->setClearButtonEnabled(true);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(treeTitle_);
    rightLayout->addWidget(nameFilter_);
    auto* filters = new QHBoxLayout;
    filters->addWidget(changesOnly_);
    filters->addWidget(wastedOnly_);
    filters->addWidget(findingsOnly_);
    filters->addStretch();
    rightLayout->addLayout(filters);
    rightLayout->addWidget(treeView_, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);
    split->setChildrenCollapsible(false);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(summary_);
    contentLayout->addWidget(split, 1);
    stack_->addWidget(placeholder_);
    stack_->addWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(toolbar);
    layout->addWidget(stack_, 1);

    connect(progressRelay_, &ProgressRelay::progress, this, [this](const QString& stage, qint64 done, qint64 total) {
        progress_->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0) progress_->setValue(int(done * 1000 / total));
        progress_->setFormat(total > 0 && stage == QStringLiteral("reading")
                                 ? tr("Reading: %1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total))
                                 : tr("Analysing: %1").arg(stage));
    });
    connect(openFile_, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(openDirectory_, &QPushButton::clicked, this, [this] { chooseFile(true); });
    connect(openDaemon_, &QPushButton::clicked, this, &ImageView::chooseFromDaemon);
    connect(sbom_, &QPushButton::clicked, this, &ImageView::saveSbom);
    connect(compare_, &QPushButton::clicked, this, &ImageView::chooseComparison);
    connect(containers_, &QPushButton::clicked, this, [this] {
        if (report_ && report_->image) emit containersRequested(QString::fromStdString(report_->image->image.id));
    });
    connect(cancel_, &QPushButton::clicked, this, &ImageView::cancel);
    connect(placeholder_, &PlaceholderView::actionTriggered, this, [this] { chooseFile(false); });
    connect(layersView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showTree(current.row()); });
    connect(findingsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImageView::showCurrentFinding);
    connect(findingsView_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        activateFinding(static_cast<const QSortFilterProxyModel*>(findingsView_->model())->mapToSource(index).row());
    });
    connect(findingsView_, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        activateFinding(static_cast<const QSortFilterProxyModel*>(findingsView_->model())->mapToSource(index).row());
    });
    connect(nameFilter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        treeProxy_->setNameFilter(text);
        if (treeProxy_->isFiltering()) treeView_->expandAll();
    });
    auto refilter = [this] {
        treeProxy_->setChangesOnly(changesOnly_->isChecked());
        treeProxy_->setWastedOnly(wastedOnly_->isChecked());
        treeProxy_->setFindingsOnly(findingsOnly_->isChecked());
        if (treeProxy_->isFiltering()) treeView_->expandAll();
    };
    for (QCheckBox* box : {changesOnly_, wastedOnly_, findingsOnly_}) connect(box, &QCheckBox::toggled, this, refilter);
    retranslate();
}

void ImageView::setDaemonSource(std::function<std::optional<engine::Endpoint>()> endpoint, std::function<QStringList()> images)
{
    daemonEndpoint_ = std::move(endpoint);
    daemonImages_ = std::move(images);
}

void ImageView::openPath(const QString& path)
{
    image::ImageSourceSpec source;
    source.kind = QFileInfo(path).isDir() ? image::SourceKind::OciDirectory : image::SourceKind::Archive;
    source.location = path.toStdString();
    open(source, QFileInfo(path).fileName());
}

void ImageView::openFromDaemon(const QString& image)
{
    image::ImageSourceSpec source;
    source.kind = image::SourceKind::Daemon;
    source.location = image.toStdString();
    open(source, image);
}

void ImageView::open(const image::ImageSourceSpec& source, const QString& label)
{
    std::optional<engine::Endpoint> endpoint;
    if (source.kind == image::SourceKind::Daemon) {
        endpoint = daemonEndpoint_ ? daemonEndpoint_() : std::nullopt;
        if (!endpoint) {
            lastError_ = tr("There is no Docker daemon to read %1 from.").arg(label);
            retranslate();
            return;
        }
    }
    opening_ = label;
    lastError_.clear();
    cancelled_ = false;
    progressRelay_->start();
    progress_->setRange(0, 0);
    progress_->setFormat(tr("Opening %1…").arg(label));
    progress_->show();
    cancel_->show();
    scan::ImageScanOptions options;
    options.toolVersion = DOCKWARDEN_VERSION;
    auto reporter = progressRelay_->reporter();
    jobs_->run<std::shared_ptr<const scan::ScanReport>>(
        QStringLiteral("image"), this,
        [source, endpoint, options, reporter](const std::atomic<bool>& cancel) {
            return std::make_shared<const scan::ScanReport>(readImage(source, endpoint, options, reporter, cancel));
        },
        [this](std::shared_ptr<const scan::ScanReport> report) {
            progressRelay_->stop();
            progress_->hide();
            cancel_->hide();
            if (!report->ok()) {
                lastError_ = QString::fromStdString(report->error);
                retranslate();
                emit statusMessage(tr("Could not open %1: %2").arg(opening_, lastError_));
                return;
            }
            showReport(std::move(report));
            emit imageOpened();
        });
    retranslate();
}

void ImageView::cancel()
{
    if (!jobs_->isBusy(QStringLiteral("image"))) return;
    jobs_->cancel(QStringLiteral("image"));
    progressRelay_->stop();
    progress_->hide();
    cancel_->hide();
    cancelled_ = true;
    retranslate();
}

bool ImageView::isBusy() const
{
    return jobs_->isBusy(QStringLiteral("image")) || jobs_->isBusy(QStringLiteral("image-tree"));
}

QString ImageView::statusText() const
{
    return placeholder_->statusText();
}

void ImageView::showReport(std::shared_ptr<const scan::ScanReport> report)
{
    report_ = std::move(report);
    layers_->setReport(report_);
    std::vector<std::size_t> all(report_->findings.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    findings_->setFindings(report_, all);
    largest_->setReport(report_);
    wasted_->setReport(report_);
    const image::ImageReport& analysed = *report_->image;
    packages_->setTable({tr("Package").toStdString(), tr("Version").toStdString(), tr("Type").toStdString(),
                         tr("Architecture").toStdString(), tr("Layer").toStdString()},
                        packageRows(analysed.packages));
    std::vector<std::vector<std::string>> vulnerabilityRows;
    for (const auto& vulnerability : analysed.vulnerabilities.vulnerabilities)
        vulnerabilityRows.push_back({vulnerability.id, vulnerability.packageName, vulnerability.installedVersion,
                                     vulnerability.fixedVersion, vulnerability.title});
    vulnerabilities_->setTable({tr("Vulnerability").toStdString(), tr("Package").toStdString(), tr("Installed").toStdString(),
                                tr("Fixed in").toStdString(), tr("Title").toStdString()},
                               vulnerabilityRows);
    layersView_->resizeColumnsToContents();
    if (findings_->rowCount() > 0) findingsView_->setCurrentIndex(findingsView_->model()->index(0, 0));
    else findingText_->setPlainText(tr("No image check found anything."));
    const int last = layers_->rowCount() - 1;
    if (last >= 0) layersView_->selectRow(last);
    retranslate();
}

void ImageView::selectLayer(int layer)
{
    if (layer >= 0 && layer < layers_->rowCount()) layersView_->selectRow(layer);
}

void ImageView::showTree(int layer)
{
    if (!report_ || !report_->image || layer < 0) {
        tree_->clear();
        currentLayer_ = -1;
        return;
    }
    currentLayer_ = layer;
    QSet<QString> findingPaths;
    for (const auto& finding : report_->findings)
        if (const auto* where = std::get_if<findings::ImageLocation>(&finding.location))
            if (!where->path.empty()) findingPaths.insert(QString::fromStdString(where->path));
    auto report = report_;
    jobs_->run<std::shared_ptr<FileTree>>(
        QStringLiteral("image-tree"), this,
        [report, layer, findingPaths](const std::atomic<bool>& cancel) {
            return FileTreeModel::build(image::layerView(report->image->image, report->image->layers, std::size_t(layer), &cancel),
                                        findingPaths);
        },
        [this](std::shared_ptr<FileTree> tree) {
            tree_->setTree(std::move(tree));
            if (treeProxy_->isFiltering()) treeView_->expandAll();
            else treeView_->expandToDepth(0);
            treeView_->resizeColumnToContents(FileTreeModel::NameColumn);
            retranslate();
            selectPendingPath();
        });
    retranslate();
}

void ImageView::activateFinding(int row)
{
    const findings::Finding* finding = findings_->findingAt(row);
    const auto* where = finding ? std::get_if<findings::ImageLocation>(&finding->location) : nullptr;
    if (!where) return;
    pendingPath_ = QString::fromStdString(where->path);
    const int layer = where->layer ? int(*where->layer) : layers_->rowCount() - 1;
    if (layer == currentLayer_) selectPendingPath();
    else selectLayer(layer);
}

void ImageView::selectPendingPath()
{
    if (pendingPath_.isEmpty()) return;
    const QModelIndex source = tree_->indexOfPath(pendingPath_);
    pendingPath_.clear();
    const QModelIndex index = treeProxy_->mapFromSource(source);
    if (!index.isValid()) return;
    treeView_->setCurrentIndex(index);
    treeView_->scrollTo(index);
}

bool ImageView::exportSbom(const QString& path, QString* error) const
{
    if (!report_ || !report_->image) {
        if (error) *error = tr("No image is open.");
        return false;
    }
    image::SbomOptions options;
    options.toolVersion = DOCKWARDEN_VERSION;
    const std::string json = image::cycloneDxJson(report_->image->image, report_->image->os, report_->image->packages, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.data(), qint64(json.size())) != qint64(json.size()) || !file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}

void ImageView::saveSbom()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the SBOM (CycloneDX)"), QStringLiteral("sbom.cdx.json"),
                                                      tr("CycloneDX JSON (*.json)"));
    if (path.isEmpty()) return;
    QString error;
    emit statusMessage(exportSbom(path, &error) ? tr("SBOM written to %1").arg(path) : tr("Could not write the SBOM: %1").arg(error));
}

void ImageView::chooseFile(bool directory)
{
    const QString path = directory ? QFileDialog::getExistingDirectory(this, tr("Open an OCI image layout"))
                                   : QFileDialog::getOpenFileName(this, tr("Open a saved image"), QString(),
                                                                  tr("Image archives (*.tar *.tar.gz *.tgz);;All files (*)"));
    if (!path.isEmpty()) openPath(path);
}

void ImageView::chooseFromDaemon()
{
    const QStringList images = daemonImages_ ? daemonImages_() : QStringList();
    if (images.isEmpty()) {
        emit statusMessage(tr("The Docker host has no images to open (or no daemon was found)."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Open an image from the daemon"), tr("Image:"), images, 0, false, &ok);
    if (ok && !chosen.isEmpty()) openFromDaemon(chosen);
}

void ImageView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile()) event->acceptProposedAction();
}

void ImageView::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile()) return;
    event->acceptProposedAction();
    openPath(urls.first().toLocalFile());
}

void ImageView::setLanguage(findings::Language language)
{
    language_ = language;
    findings_->setLanguage(language);
    showCurrentFinding();
}

void ImageView::showCurrentFinding()
{
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(findingsView_->model());
    const findings::Finding* finding = findings_->findingAt(proxy->mapToSource(findingsView_->currentIndex()).row());
    if (finding) findingText_->setHtml(findingHtml(*finding, language_));
    else if (findings_->rowCount() > 0) findingText_->clear();
}

void ImageView::updateSummary()
{
    if (!report_ || !report_->image) return;
    const image::ImageReport& analysed = *report_->image;
    const image::LayerAnalysis& layers = analysed.layers;
    const QLocale locale;
    const QString vulnerabilities =
        analysed.vulnerabilities.scanned
            ? tr("%n vulnerabilit(ies) (%1)", nullptr, int(analysed.vulnerabilities.vulnerabilities.size()))
                  .arg(QString::fromStdString(analysed.vulnerabilities.scanner))
            : tr("vulnerabilities not scanned");
    summary_->setText(tr("<b>%1</b> · score <b>%2</b> · %3 in %4 · efficiency <b>%5%</b> · wasted %6 · "
                         "reclaimable %7 · %8 · %9 · %10")
                          .arg(QString::fromStdString(analysed.subject).toHtmlEscaped())
                          .arg(report_->risk.score)
                          .arg(locale.formattedDataSize(qint64(layers.sizeBytes)))
                          .arg(tr("%n layer(s)", nullptr, int(layers.layers.size())))
                          .arg(locale.toString(layers.efficiency * 100.0, 'f', 1))
                          .arg(locale.formattedDataSize(qint64(layers.wastedBytes)))
                          .arg(locale.formattedDataSize(qint64(layers.reclaimableBytes)))
                          .arg(analysed.os.prettyName.empty() && analysed.os.id.empty()
                                   ? tr("unknown OS")
                                   : QString::fromStdString(analysed.os.prettyName.empty() ? analysed.os.id : analysed.os.prettyName)
                                         .toHtmlEscaped())
                          .arg(tr("%n package(s)", nullptr, int(analysed.packages.packages.size())))
                          .arg(vulnerabilities));
    vulnerabilityNote_->setText(analysed.vulnerabilities.scanned
                                    ? tr("Scanned with %1 %2.").arg(QString::fromStdString(analysed.vulnerabilities.scanner),
                                                                    QString::fromStdString(analysed.vulnerabilities.scannerVersion))
                                    : tr("Not scanned: %1").arg(QString::fromStdString(analysed.vulnerabilities.note)));
}

void ImageView::retranslate()
{
    openFile_->setText(tr("Open Tarball…"));
    openFile_->setToolTip(tr("Open an image saved with `docker save` (you can also drop it here)"));
    openDirectory_->setText(tr("Open OCI Layout…"));
    openDaemon_->setText(tr("Open from Daemon…"));
    sbom_->setText(tr("Export SBOM…"));
    compare_->setText(tr("Compare With…"));
    compare_->setToolTip(tr("Compare this image with another: layers, files, packages and findings"));
    compare_->setEnabled(report_ != nullptr);
    sbom_->setEnabled(report_ != nullptr);
    containers_->setText(tr("Containers Using It"));
    containers_->setEnabled(report_ && report_->image && report_->image->source == image::SourceKind::Daemon);
    cancel_->setText(tr("Cancel"));
    placeholder_->setTexts(tr("Images"), tr("Open an image from the Docker daemon, a tarball made by `docker save` or an "
                                            "OCI layout directory (or drop it here) to see its layers, the space they "
                                            "waste, the secrets and setuid files in them, its packages and the findings "
                                            "of every image check."));
    if (cancelled_) placeholder_->setStatus(tr("Opening %1 was cancelled.").arg(opening_), false);
    else if (!opening_.isEmpty() && jobs_->isBusy(QStringLiteral("image")))
        placeholder_->setStatus(tr("Reading %1…").arg(opening_), false);
    else if (!lastError_.isEmpty()) placeholder_->setStatus(tr("Could not open the image: %1").arg(lastError_), true);
    else placeholder_->setStatus(QString(), false);
    placeholder_->setAction(tr("Open Tarball…"));
    stack_->setCurrentIndex(report_ ? 1 : 0);
    const int findingCount = findings_->rowCount();
    lowerTabs_->setTabText(0, tr("Findings (%1)").arg(findingCount));
    lowerTabs_->setTabText(1, tr("Largest Files"));
    lowerTabs_->setTabText(2, tr("Wasted Files (%1)").arg(wasted_->rowCount()));
    lowerTabs_->setTabText(3, tr("Packages (%1)").arg(packages_->rowCount()));
    lowerTabs_->setTabText(4, tr("Vulnerabilities"));
    treeTitle_->setText(currentLayer_ < 0 ? QString()
                        : currentLayer_ == layers_->rowCount() - 1
                            ? tr("Files of the whole image (after layer %1)").arg(currentLayer_)
                            : tr("Files after layer %1; its changes are marked").arg(currentLayer_));
    nameFilter_->setPlaceholderText(tr("Filter by path…"));
    changesOnly_->setText(tr("Changes in this layer"));
    wastedOnly_->setText(tr("Wasted only"));
    findingsOnly_->setText(tr("With findings"));
    layersView_->setAccessibleName(tr("Layers"));
    treeView_->setAccessibleName(tr("Files of the image"));
    findingsView_->setAccessibleName(tr("Findings of the image"));
    updateSummary();
}

void ImageView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace dw::ui
