// One open Dockerfile, Compose file or shell script: the editor, its file (or an untitled buffer), and its live lint. After every change the lint
// waits for a short pause in typing, then runs the core's Dockerfile scan of the exact bytes on the job runner,
// with the config discovered beside the file, its .dockerignore, the build arguments and the ShellCheck setting;
// a result arrives only if no newer lint was started, and is shown only if the text is still the one linted.
#pragma once

#include "lint/lint_memo.h"
#include "scan/image_trace.h"
#include "scan/scan_report.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <map>
#include <optional>
#include <memory>
#include <string>

namespace dw::ui {

class DockerfileEditor;
class JobRunner;

struct LintSettings {
    bool shellcheck = false;
    std::map<std::string, std::string> buildArgs;
};

class EditorTab : public QWidget {
    Q_OBJECT

  public:
    EditorTab(JobRunner* jobs, const QString& untitledName, QWidget* parent = nullptr);

    DockerfileEditor* editor() const { return editor_; }
    /// The file's path, or empty for an untitled buffer.
    QString path() const { return path_; }
    /// The key its findings have in the Problems model: the path, or the untitled name.
    QString key() const { return path_.isEmpty() ? untitledName_ : path_; }
    QString displayName() const;
    bool isModified() const;
    std::shared_ptr<const scan::ScanReport> lastReport() const { return report_; }

    /// Loads a file; false with `error` set when it cannot be read (nothing changes then).
    bool load(const QString& path, QString& error);
    /// Sets the text of an untitled buffer (the sample, a restored autosave).
    void setInitialText(const QString& text);
    /// Replaces the text with an autosaved copy, as one undo step, and marks the tab modified.
    void restoreText(const QString& text);
    /// Writes the buffer to `path` (atomically) and makes it the tab's file; false with `error` set.
    bool saveTo(const QString& path, QString& error);
    /// Re-reads the file from disk (after an external change), as one undo step.
    bool reload(QString& error);
    /// When the file on disk was last written as far as this tab knows (to tell external changes apart).
    QDateTime knownModification() const { return knownModification_; }

    void setLintSettings(const LintSettings& settings);
    void setLanguage(findings::Language language);
    /// Lints now instead of after the pause (tests, saving).
    void lintNow();
    /// Links the file to an image built from it (an image scan): each lint then traces the instructions to the
    /// image's layers, shows each layer's size beside its instruction and adds the image's layer findings at the
    /// lines that made them. Null unlinks.
    void linkImage(std::shared_ptr<const scan::ScanReport> imageReport);
    std::shared_ptr<const scan::ScanReport> linkedImage() const { return image_; }
    /// The last trace to the linked image (empty when not linked).
    const std::optional<scan::ImageLink>& imageLink() const { return link_; }
    /// The lint delay after a keystroke, in milliseconds.
    void setLintDelay(int ms) { timer_.setInterval(ms); }

  signals:
    void reportChanged(const QString& key, std::shared_ptr<const scan::ScanReport> report);
    void titleChanged();
    void lintStarted();

  private:
    void startLint();
    void startRuntimeLint();
    QString jobSlot() const;

    JobRunner* jobs_;
    DockerfileEditor* editor_;
    QString path_;
    QString untitledName_;
    QTimer timer_;
    LintSettings settings_;
    findings::Language language_ = findings::Language::English;
    std::shared_ptr<const scan::ScanReport> report_;
    /// What the last lint of this document computed, so a keystroke re-checks only what it touched.
    std::shared_ptr<lint::LintMemo> lintMemo_ = std::make_shared<lint::LintMemo>();
    std::shared_ptr<const scan::ScanReport> image_;
    std::optional<scan::ImageLink> link_;
    void showLayerNotes();
    QDateTime knownModification_;
};

} // namespace dw::ui
