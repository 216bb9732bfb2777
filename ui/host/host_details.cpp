#include "host/host_details.h"

#include "engine/inventory.h"
#include "findings/finding_html.h"
#include "host/inspect_tree_model.h"
#include "host/object_findings_model.h"
#include "shell/text_table_model.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw::ui {

HostDetails::HostDetails(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), openImage_(new QPushButton(this)), containers_(new QPushButton(this)),
      tabs_(new QTabWidget(this)), findings_(new ObjectFindingsModel(this)), findingsView_(new QTreeView(this)),
      findingText_(new QTextBrowser(this)), inspect_(new InspectTreeModel(this)), inspectView_(new QTreeView(this)),
      revealNote_(new QLabel(this)), hideRevealed_(new QPushButton(this)), json_(new QPlainTextEdit(this)),
      processes_(new TextTableModel(this)), processesView_(new QTableView(this)), processesNote_(new QLabel(this))
{
    setObjectName(QStringLiteral("hostDetails"));
    title_->setTextFormat(Qt::PlainText);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    auto* heading = new QHBoxLayout;
    heading->addWidget(title_, 1);
    heading->addWidget(containers_);
    heading->addWidget(openImage_);

    findingsView_->setModel(findings_);
    findingsView_->setRootIsDecorated(false);
    findingsView_->setUniformRowHeights(true);
    findingsView_->header()->setStretchLastSection(true);
    findingText_->setOpenExternalLinks(false);
    findingText_->setOpenLinks(false);
    connect(findingText_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("guide")) emit guideRequested(url.path());
    });
    auto* findingsSplit = new QSplitter(Qt::Horizontal, this);
    findingsSplit->addWidget(findingsView_);
    findingsSplit->addWidget(findingText_);
    findingsSplit->setStretchFactor(0, 3);
    findingsSplit->setStretchFactor(1, 2);
    findingsSplit->setChildrenCollapsible(false);

    inspectView_->setModel(inspect_);
    inspectView_->setUniformRowHeights(true);
    inspectView_->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* inspectPage = new QWidget(this);
    auto* inspectLayout = new QVBoxLayout(inspectPage);
    inspectLayout->setContentsMargins(0, 0, 0, 0);
    auto* revealRow = new QHBoxLayout;
    revealNote_->setWordWrap(true);
    revealRow->addWidget(revealNote_, 1);
    revealRow->addWidget(hideRevealed_);
    inspectLayout->addLayout(revealRow);
    inspectLayout->addWidget(inspectView_, 1);

    json_->setReadOnly(true);
    json_->setLineWrapMode(QPlainTextEdit::NoWrap);
    json_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    processesView_->setModel(processes_);
    processesView_->verticalHeader()->hide();
    processesView_->horizontalHeader()->setStretchLastSection(true);
    processesView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    processesNote_->setWordWrap(true);
    auto* processesPage = new QWidget(this);
    auto* processesLayout = new QVBoxLayout(processesPage);
    processesLayout->setContentsMargins(0, 0, 0, 0);
    processesLayout->addWidget(processesNote_);
    processesLayout->addWidget(processesView_, 1);

    tabs_->addTab(findingsSplit, QString());
    tabs_->addTab(inspectPage, QString());
    tabs_->addTab(json_, QString());
    tabs_->addTab(processesPage, QString());
    tabs_->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->addLayout(heading);
    layout->addWidget(tabs_, 1);

    connect(findingsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showFinding(current.row()); });
    connect(inspectView_, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) { inspect_->reveal(index); });
    connect(inspectView_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = inspectView_->indexAt(at);
        if (!index.isValid()) return;
        QMenu menu(this);
        QAction* reveal = menu.addAction(tr("Reveal This Value"));
        reveal->setEnabled(index.data(InspectTreeModel::SecretRole).toBool() &&
                           !index.data(InspectTreeModel::RevealedRole).toBool());
        connect(reveal, &QAction::triggered, this, [this, index] { inspect_->reveal(index); });
        menu.exec(inspectView_->viewport()->mapToGlobal(at));
    });
    connect(inspect_, &InspectTreeModel::revealedChanged, this, [this] {
        json_->setPlainText(inspect_->jsonText().isEmpty() ? inspectError_ : inspect_->jsonText());
        updateRevealNote();
    });
    connect(hideRevealed_, &QPushButton::clicked, inspect_, &InspectTreeModel::hideAll);
    connect(openImage_, &QPushButton::clicked, this, [this] { emit openImageRequested(imageId_); });
    connect(containers_, &QPushButton::clicked, this, [this] { emit containersOfImageRequested(id_); });

    retranslate();
    showObject(findings::ObjectKind::Container, {}, {}, nullptr, {}, {});
}

void HostDetails::showObject(findings::ObjectKind kind, const QString& id, const QString& name,
                             std::shared_ptr<const scan::ScanReport> report, const std::vector<std::size_t>& findingIndices,
                             const QString& imageId)
{
    const bool same = kind == kind_ && id == id_ && !id.isEmpty();
    kind_ = kind;
    id_ = id;
    name_ = name;
    imageId_ = imageId;
    if (!same) {
        inspectError_.clear();
        inspect_->clear();
        json_->setPlainText(id.isEmpty() ? QString() : tr("Reading the inspect data…"));
    }
    updateObject(std::move(report), findingIndices);
}

void HostDetails::updateObject(std::shared_ptr<const scan::ScanReport> report, const std::vector<std::size_t>& findingIndices)
{
    report_ = std::move(report);
    const QString rule = findingsView_->currentIndex().data(ObjectFindingsModel::RuleRole).toString();
    findings_->setFindings(report_, findingIndices);
    int keep = 0;
    for (int row = 0; row < findings_->rowCount(); ++row)
        if (findings_->index(row, 0).data(ObjectFindingsModel::RuleRole).toString() == rule) keep = row;
    if (findings_->rowCount() > 0) findingsView_->setCurrentIndex(findings_->index(keep, 0));
    showFinding(findings_->rowCount() > 0 ? keep : -1);
    for (int column = 0; column < ObjectFindingsModel::MessageColumn; ++column) findingsView_->resizeColumnToContents(column);
    retranslate();
}

void HostDetails::setInspect(findings::ObjectKind kind, const QString& id, const QByteArray& json, const QString& error)
{
    if (kind != kind_ || id != id_) return;
    auto document = nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (!error.isEmpty() || document.is_discarded()) {
        inspectError_ = error.isEmpty() ? tr("The daemon's answer is not valid JSON.")
                                        : tr("The inspect data could not be read: %1").arg(error);
        inspect_->clear();
        json_->setPlainText(inspectError_);
        updateRevealNote();
        return;
    }
    inspectError_.clear();
    inspect_->setDocument(std::move(document));
    inspectView_->expandToDepth(0);
    inspectView_->resizeColumnToContents(InspectTreeModel::KeyColumn);
}

void HostDetails::setLanguage(findings::Language language)
{
    language_ = language;
    findings_->setLanguage(language);
    showFinding(findingsView_->currentIndex().row());
}

void HostDetails::showFinding(int row)
{
    const findings::Finding* finding = findings_->findingAt(row);
    if (finding) findingText_->setHtml(findingHtml(*finding, language_));
    else if (id_.isEmpty() && kind_ != findings::ObjectKind::Daemon) findingText_->setPlainText(QString());
    else findingText_->setPlainText(findings_->rowCount() ? QString() : tr("Nothing was found about %1.").arg(name_));
}

void HostDetails::showProcesses()
{
    const engine::InventoryContainer* container = nullptr;
    if (kind_ == findings::ObjectKind::Container && report_ && report_->inventory)
        for (const auto& candidate : report_->inventory->containers)
            if (QString::fromStdString(candidate.details.id) == id_) container = &candidate;
    if (container && container->processes) {
        processes_->setTable(container->processes->titles, container->processes->rows);
        processesNote_->setText(tr("%n process(es) running in %1.", nullptr, processes_->rowCount()).arg(name_));
    } else {
        processes_->clear();
        if (kind_ != findings::ObjectKind::Container) processesNote_->setText(tr("Only containers have processes."));
        else if (container && !container->details.state.running) processesNote_->setText(tr("%1 is not running.").arg(name_));
        else processesNote_->setText(tr("The processes of %1 are not known.").arg(name_));
    }
}

void HostDetails::updateRevealNote()
{
    const int secrets = inspect_->secretCount();
    revealNote_->setText(secrets == 0 ? tr("No value here looks like a secret.")
                                      : tr("%n value(s) that look like secrets are redacted; double-click one to reveal it.",
                                           nullptr, secrets));
    hideRevealed_->setEnabled(inspect_->revealedCount() > 0);
}

void HostDetails::retranslate()
{
    QString kindName;
    switch (kind_) {
    case findings::ObjectKind::Daemon: kindName = tr("Daemon"); break;
    case findings::ObjectKind::Container: kindName = tr("Container"); break;
    case findings::ObjectKind::Image: kindName = tr("Image"); break;
    case findings::ObjectKind::Network: kindName = tr("Network"); break;
    case findings::ObjectKind::Volume: kindName = tr("Volume"); break;
    }
    title_->setText(id_.isEmpty() && kind_ != findings::ObjectKind::Daemon ? tr("Select a row to see its details")
                                                                          : kindName + QStringLiteral(" · ") + name_);
    openImage_->setText(tr("Open Image"));
    openImage_->setToolTip(tr("Show this image's layers and findings in the Images view"));
    openImage_->setVisible(!imageId_.isEmpty());
    containers_->setText(tr("Containers Using It"));
    containers_->setToolTip(tr("List the containers created from this image"));
    containers_->setVisible(kind_ == findings::ObjectKind::Image && !id_.isEmpty());
    tabs_->setTabText(FindingsTab, tr("Findings (%1)").arg(findings_->rowCount()));
    tabs_->setTabText(InspectTab, tr("Inspect"));
    tabs_->setTabText(JsonTab, tr("JSON"));
    tabs_->setTabText(ProcessesTab, tr("Processes"));
    hideRevealed_->setText(tr("Hide Revealed Values"));
    findingsView_->setAccessibleName(tr("Findings of the selected object"));
    inspectView_->setAccessibleName(tr("Inspect data"));
    json_->setAccessibleName(tr("Inspect data as JSON"));
    processesView_->setAccessibleName(tr("Processes"));
    updateRevealNote();
    showProcesses();
}

void HostDetails::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace dw::ui
