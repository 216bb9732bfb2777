// ImageView: comparing the open image with a second one (a tarball, an OCI layout or a daemon image).
#include "images/image_view.h"

#include "images/compare_dialog.h"
#include "images/image_reading.h"
#include "jobs/job_runner.h"
#include "jobs/progress_relay.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>

namespace dw::ui {

void ImageView::chooseComparison()
{
    QMenu menu(this);
    QAction* file = menu.addAction(tr("A Saved Image (Tarball)…"));
    QAction* daemon = menu.addAction(tr("An Image of the Daemon…"));
    daemon->setEnabled(daemonImages_ && !daemonImages_().isEmpty());
    QAction* chosen = menu.exec(compare_->mapToGlobal(QPoint(0, compare_->height())));
    if (chosen == file) {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with a saved image"), QString(),
                                                          tr("Image archives (*.tar *.tar.gz *.tgz);;All files (*)"));
        if (!path.isEmpty()) compareWith(path, false);
    } else if (chosen == daemon) {
        bool ok = false;
        const QString image = QInputDialog::getItem(this, tr("Compare with an image of the daemon"), tr("Image:"),
                                                    daemonImages_(), 0, false, &ok);
        if (ok) compareWith(image, true);
    }
}

void ImageView::compareWith(const QString& pathOrImage, bool fromDaemon)
{
    if (!report_ || !report_->image) return;
    image::ImageSourceSpec source;
    source.kind = fromDaemon ? image::SourceKind::Daemon
                             : QFileInfo(pathOrImage).isDir() ? image::SourceKind::OciDirectory : image::SourceKind::Archive;
    source.location = pathOrImage.toStdString();
    const std::optional<engine::Endpoint> endpoint = fromDaemon && daemonEndpoint_ ? daemonEndpoint_() : std::nullopt;
    if (fromDaemon && !endpoint) return;
    progressRelay_->start();
    progress_->setRange(0, 0);
    progress_->setFormat(tr("Reading %1 to compare…").arg(pathOrImage));
    progress_->show();
    cancel_->show();
    auto first = report_;
    scan::ImageScanOptions options;
    options.toolVersion = DOCKWARDEN_VERSION;
    auto reporter = progressRelay_->reporter();
    struct Compared {
        std::shared_ptr<const scan::ScanReport> second;
        image::ImageComparison comparison;
    };
    jobs_->run<Compared>(
        QStringLiteral("image"), this,
        [source, endpoint, options, reporter, first](const std::atomic<bool>& cancel) {
            Compared out;
            out.second = std::make_shared<const scan::ScanReport>(readImage(source, endpoint, options, reporter, cancel));
            if (out.second->ok())
                out.comparison = image::compareImages(*first->image, first->findings, *out.second->image, out.second->findings);
            return out;
        },
        [this, first](Compared compared) {
            progressRelay_->stop();
            progress_->hide();
            cancel_->hide();
            if (!compared.second->ok()) {
                emit statusMessage(tr("Could not open %1: %2").arg(QString::fromStdString(compared.second->target),
                                                                  QString::fromStdString(compared.second->error)));
                return;
            }
            delete comparison_;
            comparison_ = new CompareDialog(QString::fromStdString(first->target), *first->image,
                                            QString::fromStdString(compared.second->target), *compared.second->image,
                                            compared.comparison, this);
            comparison_->setAttribute(Qt::WA_DeleteOnClose);
            comparison_->show();
        });
}

} // namespace dw::ui
