// The workbench's main window: a navigation on the left (Editor, Host, Images, Dashboard, Guide, Training), the views in a
// stack, menus and a toolbar with the standard shortcuts, and a status bar with the Docker endpoint (or "no
// daemon"), the problem counts and the caret position. Geometry, open files and recent files are remembered.
#pragma once

#include "findings/vocabulary.h"
#include "lint/config.h"
#include "scan/scan_report.h"
#include "settings/app_settings.h"

#include <QMainWindow>

#include <array>
#include <memory>


class QAction;
class QLabel;
class QListView;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace dw::ui {

class Autosave;
class FolderModel;
class OutlineModel;
class FolderView;
class HostView;
class DashboardView;
class GuideView;
class GuidedFixDialog;
class ImageView;
class EditorArea;
class EditorTab;
class JobRunner;
class PlaceholderView;
class ReportExportDialog;
class TrainingView;
class ProblemsModel;
class ProblemsView;

class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    enum Page { EditorPage, HostPage, ImagesPage, DashboardPage, GuidePage, TrainingPage, PageCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens files given on the command line; with none, restores the last session or opens the sample.
    void openInitialFiles(const QStringList& paths, const QString& sampleText);

    EditorArea* editorArea() const { return editors_; }
    ProblemsModel* problemsModel() const { return problems_; }
    ProblemsView* problemsView() const { return problemsView_; }
    JobRunner* jobs() const { return jobs_; }
    Autosave* autosave() const { return autosave_; }
    QListWidget* navigation() const { return navigation_; }
    HostView* hostView() const { return hostView_; }
    ImageView* imagesView() const { return imagesView_; }
    /// Links the current Dockerfile to the image open in the Images view (Tools menu); false with a status message
    /// when there is no Dockerfile or no image.
    bool linkCurrentFileToImage();
    DashboardView* dashboardView() const { return dashboardView_; }
    GuideView* guideView() const { return guideView_; }
    /// Shows the Guide card of a rule ("Why? How to fix").
    void showGuideFor(const QString& rule);
    /// Opens the guided fixes that apply to the current Dockerfile (`fixId` preselected); returns the dialog while
    /// it is open (tests), or null when none applies (the status bar says so).
    GuidedFixDialog* openGuidedFixes(const QString& fixId = {});
    TrainingView* trainingView() const { return trainingView_; }
    /// File › Export report: the dialog over the scans at hand (open files, host, image), or null with a status
    /// message when there is nothing to report yet.
    ReportExportDialog* openExportReport();
    QAction* exportReportAction() const { return exportReportAction_; }
    QStackedWidget* pages() const { return pages_; }
    Page currentPage() const;
    QAction* quickFixAction() const { return quickFixAction_; }
    QAction* fixAllAction() const { return fixAllAction_; }
    const AppSettings& settings() const { return settings_; }
    /// Applies settings as the dialog does (language, theme, font, lint options, endpoint) and saves them.
    void applySettings(const AppSettings& settings);
    void showPage(Page page);
    /// Reads the Docker host again (the endpoint setting, DOCKER_HOST, contexts); the Host view and status bar follow.
    void probeDaemon();
    QString daemonStatusText() const;
    /// The `.dockwarden.yaml` whose rule choices the Settings' Rules page edits for the current file.
    QString rulesFile() const;
    /// Writes a waiver of `rule` for the tab's file into rulesFile(); asks for the reason (and the last day) unless
    /// `reason` is given. False when cancelled or not written (the user was told why).
    bool waive(EditorTab* tab, const QString& rule, const QString& reason = {});
    /// Lists and lints every Dockerfile under `folder` in the background, in the folder panel.
    void openFolder(const QString& folder);
    FolderModel* folderModel() const { return folderModel_; }
    FolderView* folderView() const { return folderView_; }
    OutlineModel* outlineModel() const { return outlineModel_; }
    QListView* outlineView() const { return outlineView_; }

  protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateStatusCounts();
    void updateCursorPosition();
    void updateWindowTitle();
    void openFileDialog();
    void openRecent(const QString& path);
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void showSettings();
    void showAbout();
    void connectTab(EditorTab* tab);
    void updateOutline();
    void updateGuideFindings();
    void connectViews();
    void connectTrainingAndReports();
    void refreshHistory();
    /// The config the CLI would read for the current file, for the host's waivers and ignored checks.
    lint::Config currentConfig() const;

    AppSettings settings_;
    findings::Language language_ = findings::Language::English;
    JobRunner* jobs_;
    ProblemsModel* problems_;
    QListWidget* navigation_;
    QStackedWidget* pages_;
    QSplitter* editorSplitter_;
    EditorArea* editors_;
    ProblemsView* problemsView_;
    HostView* hostView_;
    ImageView* imagesView_;
    DashboardView* dashboardView_;
    GuideView* guideView_;
    TrainingView* trainingView_ = nullptr;
    std::array<std::shared_ptr<const scan::ScanReport>, 2> guideReports_; ///< host and image, while the Guide counts them
    QLabel* daemonLabel_;
    QLabel* countsLabel_;
    QLabel* cursorLabel_;
    Autosave* autosave_;
    FolderModel* folderModel_;
    FolderView* folderView_;
    QSplitter* editorRow_;
    OutlineModel* outlineModel_;
    QListView* outlineView_;
    QStringList recentFiles_;

    QMenu* fileMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* toolsMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QToolBar* toolbar_ = nullptr;
    QAction* newAction_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* openFolderAction_ = nullptr;
    QAction* saveAction_ = nullptr;
    QAction* saveAsAction_ = nullptr;
    QAction* closeAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QAction* quickFixAction_ = nullptr;
    QAction* fixAllAction_ = nullptr;
    QAction* completeAction_ = nullptr;
    QAction* definitionAction_ = nullptr;
    QAction* renameAction_ = nullptr;
    QAction* outlineAction_ = nullptr;
    QAction* buildArgsAction_ = nullptr;
    QAction* problemsAction_ = nullptr;
    QAction* inlineAction_ = nullptr;
    QAction* settingsAction_ = nullptr;
    QAction* refreshDaemonAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* linkImageAction_ = nullptr;
    QAction* guidedFixAction_ = nullptr;
    QAction* exportReportAction_ = nullptr;
};

} // namespace dw::ui
