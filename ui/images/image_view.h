// The Images view: one image at a time, opened from the daemon (a picker, or from the Host view), from a
// `docker save` tarball or an OCI layout directory (a button or drag and drop), streamed in the background with
// progress and Cancel. At the top the size, dive's efficiency, the wasted and reclaimable bytes and the score;
// on the left the layers (step, size, changes, wasted bytes, findings) over the image's findings, the largest and
// the wasted files, the packages and the vulnerabilities; on the right the file tree after the selected layer
// with added / modified / deleted marking and filters. Clicking a finding selects its layer and file.
#pragma once

#include "engine/endpoint.h"
#include "findings/vocabulary.h"
#include "image/image_analyzer.h"
#include "images/compare_dialog.h"
#include "scan/scan_report.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace dw::ui {

class FileListModel;
class FileTreeModel;
class FileTreeProxy;
class JobRunner;
class LayersModel;
class ObjectFindingsModel;
class PlaceholderView;
class ProgressRelay;
class TextTableModel;

class ImageView : public QWidget {
    Q_OBJECT

  public:
    explicit ImageView(JobRunner* jobs, QWidget* parent = nullptr);

    /// Where "Open from Daemon…" reads: the Host view's endpoint and its images' names.
    void setDaemonSource(std::function<std::optional<engine::Endpoint>()> endpoint, std::function<QStringList()> images);
    /// Opens a `docker save` tarball (a file) or an OCI layout (a directory).
    void openPath(const QString& path);
    /// Opens an image of the daemon by name or id.
    void openFromDaemon(const QString& image);
    void cancel();
    void setLanguage(findings::Language language);

    std::shared_ptr<const scan::ScanReport> report() const { return report_; }
    bool isBusy() const;
    QString statusText() const;
    /// Selects a layer (and shows the file tree after it).
    void selectLayer(int layer);
    /// Selects the finding of the findings list at `row`: its layer, then its file.
    void activateFinding(int row);
    /// Reads a second image (a tarball or OCI layout path, or a daemon image when `fromDaemon`) and compares the open
    /// one with it in a CompareDialog (comparisonDialog() once it is shown).
    void compareWith(const QString& pathOrImage, bool fromDaemon);
    CompareDialog* comparisonDialog() const { return comparison_; }
    /// Writes the CycloneDX SBOM of the image shown; false (with `error`) when it cannot.
    bool exportSbom(const QString& path, QString* error = nullptr) const;

    LayersModel* layersModel() const { return layers_; }
    QTableView* layersView() const { return layersView_; }
    FileTreeModel* fileTree() const { return tree_; }
    FileTreeProxy* fileProxy() const { return treeProxy_; }
    QTreeView* fileView() const { return treeView_; }
    ObjectFindingsModel* findingsModel() const { return findings_; }
    FileListModel* largestFiles() const { return largest_; }
    FileListModel* wastedFiles() const { return wasted_; }
    TextTableModel* packagesModel() const { return packages_; }
    TextTableModel* vulnerabilitiesModel() const { return vulnerabilities_; }
    QLabel* summaryLabel() const { return summary_; }
    QLabel* vulnerabilityNote() const { return vulnerabilityNote_; }
    QLineEdit* nameFilter() const { return nameFilter_; }
    QCheckBox* changesOnlyBox() const { return changesOnly_; }
    QCheckBox* wastedOnlyBox() const { return wastedOnly_; }
    QCheckBox* findingsOnlyBox() const { return findingsOnly_; }
    QPushButton* cancelButton() const { return cancel_; }
    int currentLayer() const { return currentLayer_; }

  signals:
    /// "Containers Using It": the Host view should list the containers of this image id.
    void containersRequested(const QString& imageId);
    void statusMessage(const QString& text);
    /// An image was read and checked (report() holds it).
    void imageOpened();
    /// "Why? How to fix" on a finding: the Guide card of its rule.
    void guideRequested(const QString& rule);

  protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void open(const image::ImageSourceSpec& source, const QString& label);
    void showReport(std::shared_ptr<const scan::ScanReport> report);
    void showTree(int layer);
    void selectPendingPath();
    void updateSummary();
    void retranslate();
    void chooseFromDaemon();
    void chooseFile(bool directory);
    void saveSbom();
    void showCurrentFinding();
    void chooseComparison();

    JobRunner* jobs_;
    ProgressRelay* progressRelay_;
    std::function<std::optional<engine::Endpoint>()> daemonEndpoint_;
    std::function<QStringList()> daemonImages_;
    std::shared_ptr<const scan::ScanReport> report_;
    findings::Language language_ = findings::Language::English;
    QString opening_;    ///< what is being read, for the status
    QString lastError_;
    bool cancelled_ = false;
    int currentLayer_ = -1;
    QString pendingPath_;

    QStackedWidget* stack_;
    PlaceholderView* placeholder_;
    QPushButton* openFile_;
    QPushButton* openDirectory_;
    QPushButton* openDaemon_;
    QPushButton* sbom_;
    QPushButton* containers_;
    QPushButton* compare_;
    QPointer<CompareDialog> comparison_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QLabel* summary_;
    LayersModel* layers_;
    QTableView* layersView_;
    QTabWidget* lowerTabs_;
    ObjectFindingsModel* findings_;
    QTreeView* findingsView_;
    QTextBrowser* findingText_;
    FileListModel* largest_;
    FileListModel* wasted_;
    TextTableModel* packages_;
    TextTableModel* vulnerabilities_;
    QLabel* vulnerabilityNote_;
    FileTreeModel* tree_;
    FileTreeProxy* treeProxy_;
    QTreeView* treeView_;
    QLabel* treeTitle_;
    QLineEdit* nameFilter_;
    QCheckBox* changesOnly_;
    QCheckBox* wastedOnly_;
    QCheckBox* findingsOnly_;
};

} // namespace dw::ui
