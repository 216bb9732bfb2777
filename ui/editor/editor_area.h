// The open Dockerfiles as tabs: new, open, save, save as, close (asking about unsaved edits), drag and drop of
// files, reload when a file changes on disk (asking first when the tab has unsaved edits), and the findings of
// every tab fed to the Problems model.
#pragma once

#include "editor/editor_tab.h"

#include <QStringList>
#include <QTabWidget>

class QFileSystemWatcher;

namespace dw::ui {

class JobRunner;
class ProblemsModel;

class EditorArea : public QTabWidget {
    Q_OBJECT

  public:
    EditorArea(JobRunner* jobs, ProblemsModel* problems, QWidget* parent = nullptr);

    EditorTab* currentTab() const;
    EditorTab* tabAt(int index) const;
    QList<EditorTab*> tabs() const;
    /// The tab showing `key` (a path or an untitled name), or null.
    EditorTab* tabFor(const QString& key) const;

    /// A new buffer, named "Untitled N" unless `name` is given.
    EditorTab* newUntitled(const QString& text = {}, const QString& name = {});
    /// Opens a file (or shows its tab when it is open already); null with `error` set when it cannot be read.
    EditorTab* openFile(const QString& path, QString& error);
    /// Saves the tab; asks for a name when it has none. False when cancelled or failed (the user was told).
    bool save(EditorTab* tab);
    bool saveAs(EditorTab* tab);
    /// Closes the tab, asking about unsaved edits; false when the user cancelled.
    bool closeTab(EditorTab* tab);
    /// Asks about every modified tab (for quitting); false when the user cancelled.
    bool confirmCloseAll();
    QStringList openPaths() const;

    void setLintSettings(const LintSettings& settings);
    void setLanguage(findings::Language language);
    void setEditorFont(const QFont& font);
    void setInlineMessages(bool shown);

    /// Non-interactive answer to the "file changed on disk" question (tests): true reloads, false keeps.
    void setExternalChangePolicy(std::optional<bool> reload) { externalChangePolicy_ = reload; }

  signals:
    void fileOpened(const QString& path);
    void currentTabChanged(EditorTab* tab);
    void statusMessage(const QString& message);

  protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    EditorTab* addTab(EditorTab* tab);
    void updateTitle(EditorTab* tab);
    void onFileChanged(const QString& path);
    void applyLookTo(EditorTab* tab);
    /// Asks whether to save a modified tab; false when the user cancelled or the save failed.
    bool resolveUnsaved(EditorTab* tab, const QString& question);

    JobRunner* jobs_;
    ProblemsModel* problems_;
    QFileSystemWatcher* watcher_;
    LintSettings lintSettings_;
    findings::Language language_ = findings::Language::English;
    QFont font_;
    bool inlineMessages_ = true;
    int untitledCount_ = 0;
    std::optional<bool> externalChangePolicy_;
};

} // namespace dw::ui
