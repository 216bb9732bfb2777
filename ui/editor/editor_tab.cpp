#include "editor/editor_tab.h"

#include "editor/dockerfile_editor.h"
#include "jobs/job_runner.h"
#include "lint/config.h"
#include "lint/dockerignore.h"
#include "image/image_analyzer.h"
#include "scan/dockerfile_scan.h"
#include "scan/runtime_scan.h"
#include "util/file_io.h"

#include <QFileInfo>
#include <QLocale>
#include <QVBoxLayout>

#include <filesystem>

namespace dw::ui {
namespace {

// The config the CLI would use for this file: discovered from its directory, later files win.
lint::Config configFor(const std::string& path)
{
    const std::string directory = path.empty() ? std::string(".") : std::filesystem::path(path).parent_path().string();
    return lint::configForDirectory(directory.empty() ? "." : directory);
}

} // namespace

EditorTab::EditorTab(JobRunner* jobs, const QString& untitledName, QWidget* parent)
    : QWidget(parent), jobs_(jobs), editor_(new DockerfileEditor(this)), untitledName_(untitledName)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor_);
    setFocusProxy(editor_);
    timer_.setSingleShot(true);
    timer_.setInterval(200);
    connect(&timer_, &QTimer::timeout, this, &EditorTab::startLint);
    connect(editor_, &DockerfileEditor::textChanged, this, [this] { timer_.start(); });
    connect(editor_, &DockerfileEditor::modificationChanged, this, &EditorTab::titleChanged);
}

QString EditorTab::displayName() const
{
    return path_.isEmpty() ? untitledName_ : QFileInfo(path_).fileName();
}

bool EditorTab::isModified() const
{
    return editor_->isModified();
}

bool EditorTab::load(const QString& path, QString& error)
{
    const fileio::ReadResult read = fileio::readFile(path.toStdString(), fileio::kDefaultMaxInputBytes);
    if (!read.content) {
        error = QString::fromStdString(read.message);
        return false;
    }
    const std::string* content = &*read.content;
    path_ = QFileInfo(path).absoluteFilePath();
    knownModification_ = QFileInfo(path_).lastModified();
    editor_->setFileType(scan::fileTypeOfPath(path_.toStdString()));
    editor_->setText(QString::fromUtf8(content->data(), static_cast<qsizetype>(content->size())));
    editor_->setModified(false);
    editor_->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    emit titleChanged();
    lintNow();
    return true;
}

void EditorTab::setInitialText(const QString& text)
{
    editor_->setText(text);
    editor_->setModified(false);
    editor_->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    lintNow();
}

void EditorTab::restoreText(const QString& text)
{
    editor_->beginUndoAction();
    editor_->selectAll();
    editor_->replaceSelectedText(text);
    editor_->endUndoAction();
    editor_->setModified(true);
    emit titleChanged();
    lintNow();
}

bool EditorTab::saveTo(const QString& path, QString& error)
{
    std::string writeError;
    if (!fileio::writeFileAtomically(path.toStdString(), editor_->bytes(), writeError)) {
        error = QString::fromStdString(writeError);
        return false;
    }
    const QString previousKey = key();
    path_ = QFileInfo(path).absoluteFilePath();
    knownModification_ = QFileInfo(path_).lastModified();
    editor_->setFileType(scan::fileTypeOfPath(path_.toStdString()));
    editor_->setModified(false);
    emit titleChanged();
    if (previousKey != key()) emit reportChanged(previousKey, nullptr);
    lintNow(); // the config and .dockerignore beside the new place apply now
    return true;
}

bool EditorTab::reload(QString& error)
{
    const fileio::ReadResult read = fileio::readFile(path_.toStdString(), fileio::kDefaultMaxInputBytes);
    if (!read.content) {
        error = QString::fromStdString(read.message);
        return false;
    }
    const std::string* content = &*read.content;
    knownModification_ = QFileInfo(path_).lastModified();
    int line = 0, index = 0;
    editor_->getCursorPosition(&line, &index);
    editor_->beginUndoAction();
    editor_->SendScintilla(QsciScintilla::SCI_SETTARGETSTART, 0ul);
    editor_->SendScintilla(QsciScintilla::SCI_SETTARGETEND, static_cast<unsigned long>(editor_->SendScintilla(QsciScintilla::SCI_GETLENGTH)));
    editor_->SendScintilla(QsciScintilla::SCI_REPLACETARGET, static_cast<unsigned long>(content->size()), content->c_str());
    editor_->endUndoAction();
    editor_->setCursorPosition(std::min(line, editor_->lines() - 1), 0);
    editor_->setModified(false);
    lintNow();
    return true;
}

void EditorTab::setLintSettings(const LintSettings& settings)
{
    settings_ = settings;
    lintNow();
}

void EditorTab::setLanguage(findings::Language language)
{
    language_ = language;
    editor_->setLanguage(language);
}

void EditorTab::lintNow()
{
    timer_.stop();
    startLint();
}

QString EditorTab::jobSlot() const
{
    return QStringLiteral("lint:%1").arg(reinterpret_cast<quintptr>(this));
}

void EditorTab::startRuntimeLint()
{
    const quint64 revision = editor_->revision();
    scan::RuntimeScanRequest request;
    request.type = editor_->fileType();
    request.path = key().toStdString();
    request.source = editor_->bytes();
    request.options.buildArgs = settings_.buildArgs;
    request.toolVersion = DOCKWARDEN_VERSION;
    const std::string path = path_.toStdString();
    emit lintStarted();
    jobs_->run<std::shared_ptr<const scan::ScanReport>>(
        jobSlot(), this,
        [request = std::move(request), path](const std::atomic<bool>& cancel) mutable {
            request.options.config = configFor(path);
            request.environment = scan::processEnvironment();
            if (path.empty()) request.readFile = [](const std::string&, std::string& error) -> std::optional<std::string> {
                error = "the file is not saved yet, so nothing beside it can be read";
                return std::nullopt;
            };
            return std::make_shared<const scan::ScanReport>(scan::scanRuntimeFile(std::move(request), scan::ScanControl{&cancel, {}}));
        },
        [this, revision](std::shared_ptr<const scan::ScanReport> report) {
            if (report->cancelled || !editor_->showReport(report, revision)) return;
            report_ = std::move(report);
            link_.reset();
            showLayerNotes();
            emit reportChanged(key(), report_);
        });
}

void EditorTab::startLint()
{
    if (editor_->fileType() != scan::FileType::Dockerfile) return startRuntimeLint();
    const quint64 revision = editor_->revision();
    scan::DockerfileScanRequest request;
    request.path = key().toStdString();
    request.source = editor_->bytes();
    request.options.shellcheck = settings_.shellcheck;
    request.options.buildArgs = settings_.buildArgs;
    request.toolVersion = DOCKWARDEN_VERSION;
    request.memo = lintMemo_;
    const std::string path = path_.toStdString();
    emit lintStarted();
    struct Linted {
        std::shared_ptr<const scan::ScanReport> report;
        std::optional<scan::ImageLink> link;
    };
    auto image = image_;
    jobs_->run<Linted>(
        jobSlot(), this,
        [request = std::move(request), path, image](const std::atomic<bool>& cancel) mutable {
            request.options.config = configFor(path);
            std::optional<lint::DockerIgnore> ignore;
            if (!path.empty()) ignore = lint::DockerIgnore::loadBeside(path);
            request.options.dockerignore = ignore ? &*ignore : nullptr;
            scan::ScanReport report = scan::scanDockerfile(std::move(request), scan::ScanControl{&cancel, {}});
            std::optional<scan::ImageLink> link;
            if (image) link = scan::linkImageFindings(report, *image);
            return Linted{std::make_shared<const scan::ScanReport>(std::move(report)), std::move(link)};
        },
        [this, revision](Linted linted) {
            if (linted.report->cancelled) return;
            // A result for text that changed meanwhile is dropped: the next lint is already scheduled.
            if (!editor_->showReport(linted.report, revision)) return;
            report_ = linted.report;
            link_ = std::move(linted.link);
            showLayerNotes();
            emit reportChanged(key(), report_);
        });
}

void EditorTab::linkImage(std::shared_ptr<const scan::ScanReport> imageReport)
{
    image_ = imageReport && imageReport->image ? std::move(imageReport) : nullptr;
    if (!image_) {
        link_.reset();
        showLayerNotes();
    }
    lintNow();
}

void EditorTab::showLayerNotes()
{
    QMap<int, QString> notes;
    if (link_ && image_ && report_ && report_->dockerfile) {
        const auto& layers = image_->image->layers.layers;
        for (const auto& traced : link_->trace.instructions) {
            const int line = report_->dockerfile->instructions[traced.instruction].range.start.line - 1;
            if (!traced.historyIndex) notes.insert(line, tr("? not in image"));
            else if (!traced.layer) notes.insert(line, tr("no layer"));
            else if (*traced.layer < layers.size())
                notes.insert(line, tr("L%1 %2").arg(*traced.layer).arg(QLocale().formattedDataSize(qint64(layers[*traced.layer].size))));
        }
    }
    editor_->setLayerNotes(notes);
}

} // namespace dw::ui
