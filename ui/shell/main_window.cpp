#include "shell/main_window.h"

#include "editor/autosave.h"
#include "editor/dockerfile_editor.h"
#include "editor/editor_area.h"
#include "editor/folder_model.h"
#include "editor/folder_view.h"
#include "editor/outline_model.h"
#include "editor/waiver_dialog.h"
#include "lint/config_writer.h"
#include "findings/problems_model.h"
#include "findings/problems_view.h"
#include "guide/guide_view.h"
#include "dashboard/dashboard_view.h"
#include "host/host_session.h"
#include "host/host_view.h"
#include "images/image_view.h"
#include "jobs/job_runner.h"
#include "settings/settings_dialog.h"
#include "shell/appearance.h"
#include "shell/navigation_icons.h"
#include "training/training_view.h"
#include "shell/placeholder_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QDir>
#include <QHBoxLayout>
#include <QPointer>
#include <QLabel>
#include <QInputDialog>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace dw::ui {
MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), settings_(AppSettings::load()), jobs_(new JobRunner(this)), problems_(new ProblemsModel(this)),
      navigation_(new QListWidget(this)), pages_(new QStackedWidget(this)), editorSplitter_(new QSplitter(Qt::Vertical, this)),
      editors_(new EditorArea(jobs_, problems_, this)), problemsView_(new ProblemsView(problems_, this)),
      hostView_(new HostView(jobs_, this)), imagesView_(new ImageView(jobs_, this)),
      dashboardView_(new DashboardView(this)), guideView_(new GuideView(this)), daemonLabel_(new QLabel(this)),
      countsLabel_(new QLabel(this)), cursorLabel_(new QLabel(this)), autosave_(new Autosave(editors_, this)),
      folderModel_(new FolderModel(this)), folderView_(new FolderView(folderModel_, this)),
      editorRow_(new QSplitter(Qt::Horizontal, this)), outlineModel_(new OutlineModel(this)),
      outlineView_(new QListView(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    navigation_->setObjectName(QStringLiteral("navigation"));
    navigation_->setIconSize(QSize(24, 24));
    navigation_->setSpacing(2);
    navigation_->setFrameShape(QFrame::NoFrame);
    navigation_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    for (int page = 0; page < PageCount; ++page)
        new QListWidgetItem(navigationIcon(static_cast<NavigationIcon>(page)), QString(), navigation_);

    editorSplitter_->addWidget(editors_);
    editorSplitter_->addWidget(problemsView_);
    editorSplitter_->setStretchFactor(0, 3);
    editorSplitter_->setStretchFactor(1, 1);
    editorSplitter_->setChildrenCollapsible(false);
    editorRow_->addWidget(folderView_);
    editorRow_->addWidget(editorSplitter_);
    editorRow_->addWidget(outlineView_);
    editorRow_->setStretchFactor(1, 1);
    outlineView_->setModel(outlineModel_);
    outlineView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    outlineView_->setObjectName(QStringLiteral("outline"));
    connect(outlineView_, &QListView::activated, this, [this](const QModelIndex& index) {
        if (EditorTab* tab = editors_->currentTab()) tab->editor()->goToOffset(index.data(OutlineModel::OffsetRole).toULongLong());
    });
    editorRow_->setChildrenCollapsible(false);
    folderView_->hide();
    editorRow_->setSizes({0, 1000, 220});
    pages_->addWidget(editorRow_);
    pages_->addWidget(hostView_);
    pages_->addWidget(imagesView_);
    pages_->addWidget(dashboardView_);
    pages_->addWidget(guideView_);
    connect(navigation_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(navigation_);
    row->addWidget(pages_, 1);
    setCentralWidget(central);
    editorSplitter_->setSizes({560, 200});

    statusBar()->addPermanentWidget(countsLabel_);
    statusBar()->addPermanentWidget(cursorLabel_);
    statusBar()->addPermanentWidget(daemonLabel_);

    createActions();
    createMenus();
    connectViews();
    connectTrainingAndReports();
    connect(problems_, &ProblemsModel::countsChanged, this, &MainWindow::updateStatusCounts);
    connect(problems_, &ProblemsModel::countsChanged, this, &MainWindow::updateGuideFindings);
    connect(problemsView_, &ProblemsView::guideRequested, this, &MainWindow::showGuideFor);
    connect(hostView_, &HostView::guideRequested, this, &MainWindow::showGuideFor);
    connect(imagesView_, &ImageView::guideRequested, this, &MainWindow::showGuideFor);
    connect(guideView_, &GuideView::showFindingsRequested, this, [this](const QStringList& rules, const QString& title) {
        showPage(EditorPage);
        problemsView_->showRules(rules, title);
    });
    connect(guideView_, &GuideView::guidedFixRequested, this, [this](const QString& id) { openGuidedFixes(id); });
    connect(guideView_, &GuideView::pageRequested, this, [this](int page) { showPage(page == 1 ? HostPage : ImagesPage); });
    connect(problemsView_, &ProblemsView::findingActivated, this, [this](const QString& file, qulonglong offset) {
        EditorTab* tab = editors_->tabFor(file);
        if (!tab && QFileInfo(file).isFile()) { // a Dockerfile that a Compose file's service builds
            openRecent(file);
            tab = editors_->tabFor(file);
        }
        if (!tab) return;
        showPage(EditorPage);
        editors_->setCurrentWidget(tab);
        tab->editor()->goToOffset(offset);
    });
    connect(editors_, &EditorArea::currentTabChanged, this, [this](EditorTab* tab) {
        if (tab) connectTab(tab);
        updateOutline();
        updateCursorPosition();
        updateWindowTitle();
    });
    connect(editors_, &EditorArea::fileOpened, this, &MainWindow::addRecent);
    connect(folderView_, &FolderView::fileActivated, this, &MainWindow::openRecent);
    connect(folderView_, &FolderView::cancelRequested, this, [this] {
        jobs_->cancel(QStringLiteral("folder"));
        folderView_->setProgress(1, 1);
        statusBar()->showMessage(tr("Linting the folder was cancelled"), 5000);
    });
    connect(folderView_, &FolderView::closeRequested, this, [this] {
        jobs_->cancel(QStringLiteral("folder"));
        folderModel_->setEntries({}, {});
        folderView_->hide();
    });
    // A file of the folder that is edited keeps its counts current.
    connect(problems_, &ProblemsModel::countsChanged, this, [this] {
        for (EditorTab* tab : editors_->tabs())
            if (tab->lastReport() && !tab->path().isEmpty()) folderModel_->updateEntry(tab->path(), tab->lastReport()->risk);
    });
    connect(editors_, &EditorArea::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 5000); });

    QSettings stored;
    recentFiles_ = stored.value(QStringLiteral("files/recent")).toStringList();
    if (!restoreGeometry(stored.value(QStringLiteral("window/geometry")).toByteArray())) resize(1280, 800);
    restoreState(stored.value(QStringLiteral("window/state")).toByteArray());
    editorSplitter_->restoreState(stored.value(QStringLiteral("window/editorSplitter")).toByteArray());

    applySettings(settings_);
    navigation_->setCurrentRow(EditorPage);
    probeDaemon();
}

MainWindow::~MainWindow()
{
    jobs_->cancelAllAndWait();
}

void MainWindow::createActions()
{
    auto make = [this](QStyle::StandardPixmap icon, QKeySequence shortcut) {
        auto* action = new QAction(style()->standardIcon(icon), QString(), this);
        if (!shortcut.isEmpty()) action->setShortcut(shortcut);
        return action;
    };
    newAction_ = make(QStyle::SP_FileIcon, QKeySequence::New);
    openAction_ = make(QStyle::SP_DialogOpenButton, QKeySequence::Open);
    openFolderAction_ = make(QStyle::SP_DirOpenIcon, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    saveAction_ = make(QStyle::SP_DialogSaveButton, QKeySequence::Save);
    saveAsAction_ = make(QStyle::SP_DialogSaveButton, QKeySequence::SaveAs);
    closeAction_ = make(QStyle::SP_DialogCloseButton, QKeySequence::Close);
    quitAction_ = make(QStyle::SP_DialogCloseButton, QKeySequence::Quit);
    undoAction_ = make(QStyle::SP_ArrowBack, QKeySequence::Undo);
    redoAction_ = make(QStyle::SP_ArrowForward, QKeySequence::Redo);
    quickFixAction_ = make(QStyle::SP_DialogApplyButton, QKeySequence(Qt::CTRL | Qt::Key_Period));
    fixAllAction_ = make(QStyle::SP_DialogYesButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    completeAction_ = make(QStyle::SP_ArrowDown, QKeySequence(Qt::CTRL | Qt::Key_Space));
    definitionAction_ = make(QStyle::SP_ArrowRight, QKeySequence(Qt::Key_F12));
    renameAction_ = make(QStyle::SP_FileDialogContentsView, QKeySequence(Qt::Key_F2));
    outlineAction_ = make(QStyle::SP_FileDialogListView, QKeySequence());
    outlineAction_->setCheckable(true);
    buildArgsAction_ = make(QStyle::SP_FileDialogDetailedView, QKeySequence());
    outlineAction_->setChecked(true);
    problemsAction_ = make(QStyle::SP_MessageBoxWarning, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    problemsAction_->setCheckable(true);
    problemsAction_->setChecked(true);
    inlineAction_ = make(QStyle::SP_FileDialogDetailedView, QKeySequence());
    inlineAction_->setCheckable(true);
    settingsAction_ = make(QStyle::SP_FileDialogListView, QKeySequence::Preferences);
    refreshDaemonAction_ = make(QStyle::SP_BrowserReload, QKeySequence(Qt::Key_F5));
    aboutAction_ = make(QStyle::SP_MessageBoxInformation, QKeySequence());
    // Undo/redo shortcuts belong to the editor itself; the menu entries only mirror them.
    undoAction_->setShortcut({});
    redoAction_->setShortcut({});

    connect(newAction_, &QAction::triggered, this, [this] { editors_->newUntitled(); });
    connect(openAction_, &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(openFolderAction_, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a folder of Dockerfiles"));
        if (!folder.isEmpty()) openFolder(folder);
    });
    connect(saveAction_, &QAction::triggered, this, [this] { editors_->save(editors_->currentTab()); });
    connect(saveAsAction_, &QAction::triggered, this, [this] { editors_->saveAs(editors_->currentTab()); });
    connect(closeAction_, &QAction::triggered, this, [this] { editors_->closeTab(editors_->currentTab()); });
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);
    connect(undoAction_, &QAction::triggered, this, [this] {
        if (EditorTab* tab = editors_->currentTab()) tab->editor()->undo();
    });
    connect(redoAction_, &QAction::triggered, this, [this] {
        if (EditorTab* tab = editors_->currentTab()) tab->editor()->redo();
    });
    connect(quickFixAction_, &QAction::triggered, this, [this] {
        EditorTab* tab = editors_->currentTab();
        if (!tab) return;
        showPage(EditorPage);
        QMenu* menu = tab->editor()->createQuickFixMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(tab->editor()->mapToGlobal(tab->editor()->rect().center()));
    });
    connect(fixAllAction_, &QAction::triggered, this, [this] {
        if (EditorTab* tab = editors_->currentTab()) {
            const int applied = tab->editor()->applyAllFixes();
            statusBar()->showMessage(tr("Applied %n fix(es)", nullptr, applied), 4000);
        }
    });
    connect(problemsAction_, &QAction::toggled, problemsView_, &QWidget::setVisible);
    connect(outlineAction_, &QAction::toggled, outlineView_, &QWidget::setVisible);
    connect(completeAction_, &QAction::triggered, this, [this] {
        if (EditorTab* tab = editors_->currentTab()) tab->editor()->showCompletions();
    });
    connect(definitionAction_, &QAction::triggered, this, [this] {
        EditorTab* tab = editors_->currentTab();
        if (tab && !tab->editor()->goToDefinition())
            statusBar()->showMessage(tr("No stage or build argument under the cursor"), 4000);
    });
    connect(renameAction_, &QAction::triggered, this, [this] {
        EditorTab* tab = editors_->currentTab();
        if (!tab) return;
        const QString current = tab->editor()->symbolUnderCaret();
        if (current.isEmpty()) {
            statusBar()->showMessage(tr("No stage or build argument under the cursor"), 4000);
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name for %1:").arg(current),
                                                   QLineEdit::Normal, current, &ok);
        if (!ok || name == current) return;
        QString error;
        if (!tab->editor()->renameSymbol(name, error)) QMessageBox::warning(this, tr("Cannot rename"), error);
    });
    connect(inlineAction_, &QAction::toggled, this, [this](bool on) {
        AppSettings next = settings_;
        next.inlineMessages = on;
        applySettings(next);
    });
    connect(settingsAction_, &QAction::triggered, this, &MainWindow::showSettings);
    connect(buildArgsAction_, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Build arguments"),
            tr("One NAME=VALUE per line, as docker build --build-arg takes them; every open Dockerfile is linted with "
               "them (for ARG defaults, FROM ${VERSION} and the rules that read them):"),
            settings_.buildArgs.join(QLatin1Char('\n')), &ok);
        if (!ok) return;
        AppSettings next = settings_;
        next.buildArgs.clear();
        for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line.contains(QLatin1Char('='))) next.buildArgs << line.trimmed();
        applySettings(next);
    });
    connect(refreshDaemonAction_, &QAction::triggered, this, &MainWindow::probeDaemon);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(newAction_);
    fileMenu_->addAction(openAction_);
    fileMenu_->addAction(openFolderAction_);
    recentMenu_ = fileMenu_->addMenu(QString());
    fileMenu_->addSeparator();
    fileMenu_->addAction(saveAction_);
    fileMenu_->addAction(saveAsAction_);
    fileMenu_->addAction(closeAction_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(quitAction_);
    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addAction(undoAction_);
    editMenu_->addAction(redoAction_);
    editMenu_->addSeparator();
    editMenu_->addAction(quickFixAction_);
    editMenu_->addAction(fixAllAction_);
    editMenu_->addSeparator();
    editMenu_->addAction(completeAction_);
    editMenu_->addAction(definitionAction_);
    editMenu_->addAction(renameAction_);
    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(problemsAction_);
    viewMenu_->addAction(inlineAction_);
    viewMenu_->addAction(outlineAction_);
    toolsMenu_ = menuBar()->addMenu(QString());
    toolsMenu_->addAction(refreshDaemonAction_);
    toolsMenu_->addAction(buildArgsAction_);
    toolsMenu_->addAction(settingsAction_);
    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(aboutAction_);
    toolbar_ = addToolBar(QString());
    toolbar_->setObjectName(QStringLiteral("mainToolbar"));
    toolbar_->setMovable(false);
    toolbar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar_->addAction(newAction_);
    toolbar_->addAction(openAction_);
    toolbar_->addAction(saveAction_);
    toolbar_->addSeparator();
    toolbar_->addAction(quickFixAction_);
    toolbar_->addAction(fixAllAction_);
    toolbar_->addSeparator();
    toolbar_->addAction(settingsAction_);
    rebuildRecentMenu();
}

void MainWindow::retranslate()
{
    statusBar()->clearMessage(); // a passing message was written in the language just left
    const QString names[PageCount] = {tr("Editor"), tr("Host"), tr("Images"), tr("Dashboard"), tr("Guide"), tr("Training")};
    int widest = 0;
    for (int page = 0; page < PageCount; ++page) {
        navigation_->item(page)->setText(names[page]);
        widest = qMax(widest, navigation_->fontMetrics().horizontalAdvance(names[page]));
    }
    navigation_->setFixedWidth(widest + navigation_->iconSize().width() + 40);
    navigation_->setAccessibleName(tr("Navigation"));
    if (exportReportAction_) {
        exportReportAction_->setText(tr("&Export Report…"));
        exportReportAction_->setStatusTip(tr("Write the findings of the open files, the host and the image as a PDF, HTML or JSON report"));
    }
    pages_->setAccessibleName(tr("Views"));
    fileMenu_->setTitle(tr("&File"));
    editMenu_->setTitle(tr("&Edit"));
    viewMenu_->setTitle(tr("&View"));
    toolsMenu_->setTitle(tr("&Tools"));
    helpMenu_->setTitle(tr("&Help"));
    recentMenu_->setTitle(tr("Open &Recent"));
    toolbar_->setWindowTitle(tr("Main toolbar"));
    newAction_->setText(tr("&New Dockerfile"));
    openAction_->setText(tr("&Open…"));
    openFolderAction_->setText(tr("Open &Folder…"));
    saveAction_->setText(tr("&Save"));
    saveAsAction_->setText(tr("Save &As…"));
    closeAction_->setText(tr("&Close Tab"));
    quitAction_->setText(tr("&Quit"));
    undoAction_->setText(tr("&Undo"));
    redoAction_->setText(tr("&Redo"));
    quickFixAction_->setText(tr("&Quick Fix…"));
    fixAllAction_->setText(tr("Fix &All Safe Problems"));
    completeAction_->setText(tr("&Complete"));
    definitionAction_->setText(tr("Go to &Definition"));
    renameAction_->setText(tr("Re&name Stage or Argument…"));
    outlineAction_->setText(tr("&Outline"));
    outlineView_->setAccessibleName(tr("Outline of stages"));
    outlineView_->setToolTip(tr("The build stages of this Dockerfile"));
    problemsAction_->setText(tr("&Problems Panel"));
    inlineAction_->setText(tr("&Messages Under Lines"));
    settingsAction_->setText(tr("&Settings…"));
    refreshDaemonAction_->setText(tr("&Reconnect to Docker"));
    buildArgsAction_->setText(tr("&Build Arguments…"));
    aboutAction_->setText(tr("&About Dockwarden"));
    linkImageAction_->setText(tr("&Link to the Image in the Images View"));
    guidedFixAction_->setText(tr("&Guided Fixes…"));
    guidedFixAction_->setToolTip(tr("Changes that a quick fix cannot make (a build stage, an unprivileged user, build secrets), shown as a diff first"));
    linkImageAction_->setToolTip(tr("Show beside each instruction the layer it made, and the image's findings at the lines that caused them"));
    rebuildRecentMenu();
    updateStatusCounts();
    updateCursorPosition();
    updateWindowTitle();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    if (event->type() == QEvent::PaletteChange)
        for (int page = 0; page < PageCount; ++page)
            navigation_->item(page)->setIcon(navigationIcon(static_cast<NavigationIcon>(page)));
    QMainWindow::changeEvent(event);
}

void MainWindow::applySettings(const AppSettings& settings)
{
    const bool hostChanged = settings.dockerHost != settings_.dockerHost || settings.dockerContext != settings_.dockerContext ||
                             settings.endpoints != settings_.endpoints;
    settings_ = settings;
    settings_.save();
    applyTheme(settings_.theme);
    language_ = applyLanguage(settings_.language);
    hostView_->setLanguage(language_);
    imagesView_->setLanguage(language_);
    guideView_->setLanguage(language_);
    if (trainingView_) trainingView_->setLanguage(language_);
    editors_->setLanguage(language_);
    editors_->setEditorFont(settings_.editorFont);
    editors_->setInlineMessages(settings_.inlineMessages);
    LintSettings lint;
    lint.shellcheck = settings_.shellcheck;
    for (const QString& pair : settings_.buildArgs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals > 0) lint.buildArgs[pair.left(equals).trimmed().toStdString()] = pair.mid(equals + 1).toStdString();
    }
    editors_->setLintSettings(lint);
    inlineAction_->blockSignals(true);
    inlineAction_->setChecked(settings_.inlineMessages);
    inlineAction_->blockSignals(false);
    retranslate();
    if (hostChanged) probeDaemon();
}

void MainWindow::showPage(Page page)
{
    navigation_->setCurrentRow(page);
}

void MainWindow::probeDaemon()
{
    engine::EndpointRequest request;
    request.host = settings_.dockerHost.toStdString();
    request.context = request.host.empty() ? settings_.dockerContext.toStdString() : std::string();
    for (const SavedEndpoint& saved : settings_.endpoints)
        if (saved.url == settings_.dockerHost && saved.tls)
            request.tls = engine::TlsFiles{saved.verify, saved.caFile.toStdString(), saved.certFile.toStdString(),
                                           saved.keyFile.toStdString()};
    hostView_->connectTo(request);
}

QString MainWindow::daemonStatusText() const
{
    return daemonLabel_->text();
}

void MainWindow::updateStatusCounts()
{
    countsLabel_->setText(tr("%1 errors, %2 warnings, %3 info")
                              .arg(problems_->count(findings::Severity::Error))
                              .arg(problems_->count(findings::Severity::Warning))
                              .arg(problems_->count(findings::Severity::Info) + problems_->count(findings::Severity::Style)));
}

void MainWindow::connectTab(EditorTab* tab)
{
    // Connected once per tab: Qt::UniqueConnection needs a member function.
    if (tab->property("dwConnected").toBool()) return;
    tab->setProperty("dwConnected", true);
    connect(tab->editor(), &QsciScintilla::cursorPositionChanged, this, &MainWindow::updateCursorPosition);
    connect(tab, &EditorTab::reportChanged, this, [this, tab] {
        if (tab == editors_->currentTab()) updateOutline();
    });
    connect(tab->editor(), &DockerfileEditor::waiveRequested, this, [this, tab](const QString& rule) { waive(tab, rule); });
    connect(tab->editor(), &DockerfileEditor::guideRequested, this, &MainWindow::showGuideFor);
    connect(tab->editor(), &DockerfileEditor::guidedFixRequested, this, [this] { openGuidedFixes(); });
    connect(tab, &EditorTab::titleChanged, this, &MainWindow::updateWindowTitle);
}

void MainWindow::updateCursorPosition()
{
    EditorTab* tab = editors_->currentTab();
    if (!tab) {
        cursorLabel_->clear();
        return;
    }
    int line = 0, index = 0;
    tab->editor()->getCursorPosition(&line, &index);
    cursorLabel_->setText(tr("Line %1, column %2").arg(line + 1).arg(index + 1));
    // The outline follows the cursor.
    const int row = outlineModel_->rowOfOffset(static_cast<std::size_t>(tab->editor()->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS)));
    if (row >= 0) outlineView_->setCurrentIndex(outlineModel_->index(row));
    else outlineView_->clearSelection();
}

void MainWindow::updateOutline()
{
    EditorTab* tab = editors_->currentTab();
    const auto report = tab ? tab->lastReport() : nullptr;
    if (report && !report->dockerfile && !report->outline.empty()) outlineModel_->setItems(report->outline);
    else outlineModel_->setDocument(report ? report->dockerfile : nullptr);
    updateCursorPosition();
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(pages_->currentIndex());
}

void MainWindow::showGuideFor(const QString& rule)
{
    if (!guideView_->showCardOfRule(rule)) return;
    showPage(GuidePage);
}

// The Guide counts the findings of the open files, the host and the image: the reports are kept alive by their
// owners until the next call, which follows every change of any of them.
void MainWindow::updateGuideFindings()
{
    GuideFindings all;
    for (int row = 0; row < problems_->rowCount(); ++row)
        if (const findings::Finding* finding = problems_->findingAt(row)) all.files.push_back(finding);
    guideReports_ = {hostView_->session()->report(), imagesView_->report()};
    if (guideReports_[0])
        for (const findings::Finding& finding : guideReports_[0]->findings) all.host.push_back(&finding);
    if (guideReports_[1])
        for (const findings::Finding& finding : guideReports_[1]->findings) all.image.push_back(&finding);
    guideView_->setFindings(std::move(all));
}

void MainWindow::updateWindowTitle()
{
    EditorTab* tab = editors_->currentTab();
    setWindowTitle(tab ? tr("%1 — Dockwarden").arg(tab->displayName()) : tr("Dockwarden"));
    setWindowModified(false);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dockwarden"),
                       tr("<p><b>Dockwarden %1</b></p><p>A workbench for container security: Dockerfile linting with "
                          "quick fixes, Docker host checks and image analysis, in English and Simplified Chinese.</p>")
                           .arg(QStringLiteral(DOCKWARDEN_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!editors_->confirmCloseAll()) {
        event->ignore();
        return;
    }
    QSettings stored;
    stored.setValue(QStringLiteral("window/geometry"), saveGeometry());
    stored.setValue(QStringLiteral("window/state"), saveState());
    stored.setValue(QStringLiteral("window/editorSplitter"), editorSplitter_->saveState());
    stored.setValue(QStringLiteral("files/open"), editors_->openPaths());
    jobs_->cancelAllAndWait();
    Autosave::clear(); // every tab was saved or discarded on purpose
    event->accept();
}

} // namespace dw::ui
