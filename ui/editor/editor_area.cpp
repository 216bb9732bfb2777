#include "editor/editor_area.h"

#include "editor/dockerfile_editor.h"
#include "findings/problems_model.h"
#include "findings/severity_style.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMessageBox>
#include <QMimeData>
#include <QTabBar>

namespace dw::ui {

EditorArea::EditorArea(JobRunner* jobs, ProblemsModel* problems, QWidget* parent)
    : QTabWidget(parent), jobs_(jobs), problems_(problems), watcher_(new QFileSystemWatcher(this)),
      font_(QStringLiteral("Monospace"), 11)
{
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    setAcceptDrops(true);
    setAccessibleName(tr("Open Dockerfiles"));
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(tabAt(index)); });
    connect(this, &QTabWidget::currentChanged, this, [this] { emit currentTabChanged(currentTab()); });
    connect(watcher_, &QFileSystemWatcher::fileChanged, this, &EditorArea::onFileChanged);
}

EditorTab* EditorArea::currentTab() const
{
    return qobject_cast<EditorTab*>(currentWidget());
}

EditorTab* EditorArea::tabAt(int index) const
{
    return qobject_cast<EditorTab*>(widget(index));
}

QList<EditorTab*> EditorArea::tabs() const
{
    QList<EditorTab*> out;
    for (int i = 0; i < count(); ++i) out << tabAt(i);
    return out;
}

EditorTab* EditorArea::tabFor(const QString& key) const
{
    for (EditorTab* tab : tabs())
        if (tab->key() == key) return tab;
    return nullptr;
}

void EditorArea::applyLookTo(EditorTab* tab)
{
    tab->editor()->applyTheme(paletteIsDark(), font_);
    tab->editor()->setInlineMessages(inlineMessages_);
    tab->setLanguage(language_);
}

EditorTab* EditorArea::addTab(EditorTab* tab)
{
    applyLookTo(tab);
    tab->setLintSettings(lintSettings_);
    connect(tab, &EditorTab::reportChanged, problems_,
            [this](const QString& key, std::shared_ptr<const scan::ScanReport> report) {
                if (report) problems_->setReport(key, std::move(report));
                else problems_->removeFile(key);
            });
    connect(tab, &EditorTab::titleChanged, this, [this, tab] { updateTitle(tab); });
    const int index = QTabWidget::addTab(tab, tab->displayName());
    updateTitle(tab);
    setCurrentIndex(index);
    return tab;
}

void EditorArea::updateTitle(EditorTab* tab)
{
    const int index = indexOf(tab);
    if (index < 0) return;
    setTabText(index, tab->displayName() + (tab->isModified() ? QStringLiteral(" •") : QString()));
    setTabToolTip(index, tab->path().isEmpty() ? tr("Not saved yet") : tab->path());
}

EditorTab* EditorArea::newUntitled(const QString& text, const QString& name)
{
    QString key = name;
    while (key.isEmpty() || tabFor(key)) key = tr("Untitled %1").arg(++untitledCount_);
    auto* tab = new EditorTab(jobs_, key, this);
    addTab(tab);
    if (!text.isEmpty()) tab->setInitialText(text);
    return tab;
}

EditorTab* EditorArea::openFile(const QString& path, QString& error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (EditorTab* open = tabFor(absolute)) {
        setCurrentWidget(open);
        return open;
    }
    auto* tab = new EditorTab(jobs_, QString(), this);
    tab->setLintSettings(lintSettings_);
    if (!tab->load(absolute, error)) {
        delete tab;
        return nullptr;
    }
    addTab(tab);
    watcher_->addPath(absolute);
    emit fileOpened(absolute);
    return tab;
}

bool EditorArea::save(EditorTab* tab)
{
    if (!tab) return false;
    if (tab->path().isEmpty()) return saveAs(tab);
    watcher_->removePath(tab->path()); // our own write is no external change
    QString error;
    const bool saved = tab->saveTo(tab->path(), error);
    watcher_->addPath(tab->path());
    if (!saved) QMessageBox::warning(this, tr("Save failed"), error);
    else emit statusMessage(tr("Saved %1").arg(tab->path()));
    return saved;
}

bool EditorArea::saveAs(EditorTab* tab)
{
    if (!tab) return false;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Dockerfile as"),
                                                      tab->path().isEmpty() ? QStringLiteral("Dockerfile") : tab->path());
    if (path.isEmpty()) return false;
    if (!tab->path().isEmpty()) watcher_->removePath(tab->path());
    QString error;
    if (!tab->saveTo(path, error)) {
        QMessageBox::warning(this, tr("Save failed"), error);
        return false;
    }
    watcher_->addPath(tab->path());
    emit fileOpened(tab->path());
    return true;
}

bool EditorArea::resolveUnsaved(EditorTab* tab, const QString& question)
{
    if (!tab->isModified()) return true;
    setCurrentWidget(tab);
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"), question,
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    return answer != QMessageBox::Save || save(tab);
}

bool EditorArea::closeTab(EditorTab* tab)
{
    if (!tab) return false;
    if (!resolveUnsaved(tab, tr("%1 has unsaved changes. Save them before closing?").arg(tab->displayName())))
        return false;
    if (!tab->path().isEmpty()) watcher_->removePath(tab->path());
    problems_->removeFile(tab->key());
    removeTab(indexOf(tab));
    tab->deleteLater();
    return true;
}

bool EditorArea::confirmCloseAll()
{
    for (EditorTab* tab : tabs())
        if (!resolveUnsaved(tab, tr("%1 has unsaved changes. Save them before quitting?").arg(tab->displayName())))
            return false;
    return true;
}

QStringList EditorArea::openPaths() const
{
    QStringList paths;
    for (EditorTab* tab : tabs())
        if (!tab->path().isEmpty()) paths << tab->path();
    return paths;
}

void EditorArea::setLintSettings(const LintSettings& settings)
{
    lintSettings_ = settings;
    for (EditorTab* tab : tabs()) tab->setLintSettings(settings);
}

void EditorArea::setLanguage(findings::Language language)
{
    language_ = language;
    problems_->setLanguage(language);
    for (EditorTab* tab : tabs()) tab->setLanguage(language);
}

void EditorArea::setEditorFont(const QFont& font)
{
    font_ = font;
    for (EditorTab* tab : tabs()) applyLookTo(tab);
}

void EditorArea::setInlineMessages(bool shown)
{
    inlineMessages_ = shown;
    for (EditorTab* tab : tabs()) tab->editor()->setInlineMessages(shown);
}

void EditorArea::onFileChanged(const QString& path)
{
    EditorTab* tab = tabFor(path);
    if (!tab) return;
    if (!QFileInfo::exists(path)) {
        emit statusMessage(tr("%1 was removed from disk; the tab keeps its text").arg(path));
        return;
    }
    watcher_->addPath(path); // editors that replace the file make the watch drop it
    if (QFileInfo(path).lastModified() == tab->knownModification()) return;
    bool reload = !tab->isModified();
    if (!reload) {
        if (externalChangePolicy_) {
            reload = *externalChangePolicy_;
        } else {
            const auto answer = QMessageBox::question(
                this, tr("File changed on disk"),
                tr("%1 was changed by another program, and this tab has unsaved edits. Reload it and lose the edits?")
                    .arg(tab->displayName()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            reload = answer == QMessageBox::Yes;
        }
    }
    if (!reload) return;
    QString error;
    if (!tab->reload(error)) QMessageBox::warning(this, tr("Reload failed"), error);
    else emit statusMessage(tr("Reloaded %1 after an external change").arg(path));
}

void EditorArea::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void EditorArea::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile()) continue;
        QString error;
        if (!openFile(url.toLocalFile(), error)) QMessageBox::warning(this, tr("Cannot open file"), error);
    }
    event->acceptProposedAction();
}

void EditorArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Open Dockerfiles"));
        for (EditorTab* tab : tabs()) updateTitle(tab);
    }
    QTabWidget::changeEvent(event);
}

} // namespace dw::ui
