// MainWindow: the Training page (lessons open in the editor, progress saved per learner) and File › Export
// report over the scans at hand.
#include "shell/main_window.h"

#include "editor/editor_area.h"
#include "editor/editor_tab.h"
#include "history/history_store.h"
#include "host/host_session.h"
#include "host/host_view.h"
#include "images/image_view.h"
#include "report/report_export_dialog.h"
#include "training/training_view.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace dw::ui {

void MainWindow::connectTrainingAndReports()
{
    trainingView_ = new TrainingView(this);
    trainingView_->setEditorArea(editors_);
    trainingView_->setJobRunner(jobs_);
    trainingView_->setLanguage(language_);
    trainingView_->loadLessons();
    pages_->addWidget(trainingView_); // after the Guide: the TrainingPage index
    connect(trainingView_, &TrainingView::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(trainingView_, &TrainingView::lessonCompleted, this, [this] { showPage(TrainingPage); });

    exportReportAction_ = new QAction(this);
    exportReportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu_->insertAction(fileMenu_->actions().constLast(), exportReportAction_);
    fileMenu_->insertSeparator(fileMenu_->actions().constLast());
    connect(exportReportAction_, &QAction::triggered, this, [this] { openExportReport(); });
}

ReportExportDialog* MainWindow::openExportReport()
{
    std::vector<ReportExportDialog::Source> sources;
    for (EditorTab* tab : editors_->tabs()) {
        auto report = tab->lastReport();
        if (!report) continue;
        sources.push_back({tr("File: %1").arg(tab->path().isEmpty() ? tab->displayName() : tab->path()), report,
                           tab->path().toStdString()});
    }
    if (auto host = hostView_->session()->report())
        sources.push_back({tr("Docker host: %1").arg(hostView_->session()->endpointUrl()), host,
                           hostView_->session()->endpointUrl().toStdString()});
    if (auto image = imagesView_->report(); image && image->ok())
        sources.push_back({tr("Image: %1").arg(QString::fromStdString(image->target)), image, image->target});
    if (sources.empty()) {
        statusBar()->showMessage(tr("Nothing to report yet: open a file, connect to a host or open an image."), 8000);
        return nullptr;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists()) folder = QDir::homePath();
    auto* dialog = new ReportExportDialog(std::move(sources), language_,
                                         QDir(folder).filePath(QStringLiteral("dockwarden-report.pdf")), jobs_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportExportDialog::exported, this, [this](const QString& path, const QStringList& warnings) {
        statusBar()->showMessage(warnings.isEmpty() ? tr("Report written to %1").arg(path)
                                                    : tr("Report written to %1 (%2)").arg(path, warnings.join(QStringLiteral("; "))),
                                 10000);
    });
    dialog->open();
    return dialog;
}

} // namespace dw::ui
