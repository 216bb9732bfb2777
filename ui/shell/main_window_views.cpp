// MainWindow: how the Host, Images and Dashboard views work together (opening an image from the host, listing an
// image's containers, the dashboard following the host and the history, the waiver centre's config).
#include "shell/main_window.h"

#include "dashboard/dashboard_view.h"
#include "dashboard/history_access.h"
#include "editor/dockerfile_editor.h"
#include "editor/editor_area.h"
#include "editor/editor_tab.h"
#include "host/host_session.h"
#include "host/host_view.h"
#include "guide/guided_fix_dialog.h"
#include "guide/guided_fixes.h"
#include "guide/guide_index.h"
#include "guide/guide_view.h"
#include "images/image_view.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace dw::ui {

void MainWindow::connectViews()
{
    linkImageAction_ = new QAction(this);
    toolsMenu_->addSeparator();
    toolsMenu_->addAction(linkImageAction_);
    connect(linkImageAction_, &QAction::triggered, this, &MainWindow::linkCurrentFileToImage);
    guidedFixAction_ = new QAction(this);
    toolsMenu_->addAction(guidedFixAction_);
    connect(guidedFixAction_, &QAction::triggered, this, [this] { openGuidedFixes(); });
    connect(hostView_, &HostView::connectionChanged, this, [this](const QString& summary, bool) {
        daemonLabel_->setText(summary);
        const auto& error = hostView_->session()->error();
        daemonLabel_->setToolTip(error ? QString::fromStdString(error->message) : QString());
    });
    connect(hostView_, &HostView::openImageRequested, this, [this](const QString& imageId, const QString& name) {
        showPage(ImagesPage);
        imagesView_->openFromDaemon(name.isEmpty() ? imageId : name); // the tag names the image in its findings
    });
    imagesView_->setDaemonSource([this] { return hostView_->session()->endpoint(); },
                                 [this] {
                                     QStringList names;
                                     const HostTableModel* images = hostView_->model(HostTable::Images);
                                     for (int row = 0; row < images->rowCount(); ++row) names << images->rowAt(row)->name;
                                     return names;
                                 });
    connect(imagesView_, &ImageView::containersRequested, this, [this](const QString& imageId) {
        showPage(HostPage);
        hostView_->showContainersOfImage(imageId);
    });
    connect(imagesView_, &ImageView::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(imagesView_, &ImageView::imageOpened, this, [this] {
        updateGuideFindings();
        const auto report = imagesView_->report();
        if (settings_.recordHistory && report)
            recordScan(jobs_, this, report, report->target, language_, [](qint64, const QString&) {});
    });

    HostSession* session = hostView_->session();
    connect(session, &HostSession::reportChanged, this, [this, session] {
        dashboardView_->setReport(session->report());
        updateGuideFindings();
    });
    connect(session, &HostSession::collected, this, [this, session] {
        if (!settings_.recordHistory || !session->report()) {
            refreshHistory();
            return;
        }
        recordScan(jobs_, this, session->report(), session->endpointUrl().toStdString(), language_,
                   [this](qint64, const QString& error) {
                       if (!error.isEmpty()) statusBar()->showMessage(tr("The scan was not recorded: %1").arg(error), 8000);
                       refreshHistory();
                   });
    });
    connect(dashboardView_, &DashboardView::objectActivated, this, [this](int kind, const QString& id) {
        showPage(HostPage);
        hostView_->selectObject(kind == int(findings::ObjectKind::Image) ? HostTable::Images : HostTable::Containers, id);
    });
    connect(dashboardView_, &DashboardView::practiceActivated, this, [this](int practice) {
        if (const guide::GuideCard* card = guide::cardOfPractice(static_cast<findings::Practice>(practice))) {
            guideView_->showCard(QString::fromUtf8(card->id.data(), qsizetype(card->id.size())));
            showPage(GuidePage);
        }
    });
    dashboardView_->setConfigPathProvider([this] { return rulesFile(); });
    connect(dashboardView_, &DashboardView::waiversChanged, this, [this] {
        hostView_->session()->setConfig(currentConfig());
        applySettings(settings_); // lint the open files again: waived findings leave the problems
    });
    connect(editors_, &EditorArea::currentTabChanged, dashboardView_, &DashboardView::reloadWaivers);
    hostView_->session()->setConfig(currentConfig());
}

bool MainWindow::linkCurrentFileToImage()
{
    EditorTab* tab = editors_->currentTab();
    const auto image = imagesView_->report();
    if (!tab || !image || !image->image) {
        statusBar()->showMessage(tab ? tr("Open the image built from this Dockerfile in the Images view first.")
                                     : tr("Open the Dockerfile the image was built from first."),
                                 8000);
        return false;
    }
    tab->linkImage(image);
    showPage(EditorPage);
    statusBar()->showMessage(tr("%1 is linked to the image %2.").arg(tab->displayName(), QString::fromStdString(image->target)), 8000);
    return true;
}

void MainWindow::refreshHistory()
{
    const QString endpoint = hostView_->session()->endpointUrl();
    if (endpoint.isEmpty()) return;
    loadHistory(jobs_, this, endpoint.toStdString(), [this](std::vector<history::ScanRecord> scans, const QString&) {
        dashboardView_->setHistory(std::move(scans));
    });
}

lint::Config MainWindow::currentConfig() const
{
    lint::ConfigError error;
    const QString path = rulesFile();
    if (auto config = lint::loadConfigFile(path.toStdString(), error)) return *config;
    return {};
}

GuidedFixDialog* MainWindow::openGuidedFixes(const QString& fixId)
{
    EditorTab* tab = editors_->currentTab();
    if (!tab || tab->editor()->fileType() != scan::FileType::Dockerfile) {
        statusBar()->showMessage(tr("Guided fixes work on a Dockerfile: open one in the editor."), 8000);
        return nullptr;
    }
    const std::string text = tab->editor()->bytes();
    std::vector<guide::GuidedFix> fixes = guide::guidedFixes(text);
    if (fixes.empty()) {
        statusBar()->showMessage(tr("No guided fix applies to %1.").arg(tab->displayName()), 8000);
        return nullptr;
    }
    showPage(EditorPage);
    auto* dialog = new GuidedFixDialog(text, std::move(fixes), language_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!fixId.isEmpty()) dialog->selectFix(fixId);
    connect(dialog, &QDialog::accepted, this, [tab, dialog] {
        tab->restoreText(dialog->resultText()); // one undo step
    });
    dialog->open();
    return dialog;
}

} // namespace dw::ui
