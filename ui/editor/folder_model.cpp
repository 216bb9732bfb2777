#include "editor/folder_model.h"

#include "findings/severity_style.h"
#include "lint/config.h"
#include "lint/dockerignore.h"
#include "scan/dockerfile_scan.h"
#include "scan/runtime_scan.h"
#include "util/file_io.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <filesystem>

namespace dw::ui {
namespace {

bool isDockerfileName(const QString& name)
{
    const QString lower = name.toLower();
    return lower == QLatin1String("dockerfile") || lower == QLatin1String("containerfile") ||
           lower.startsWith(QLatin1String("dockerfile.")) || lower.endsWith(QLatin1String(".dockerfile")) ||
           lower.startsWith(QLatin1String("containerfile."));
}

bool isSkippedDirectory(const QString& name)
{
    return name.startsWith(QLatin1Char('.')) || name == QLatin1String("node_modules") || name == QLatin1String("vendor") ||
           name == QLatin1String("target") || name == QLatin1String("__pycache__");
}

} // namespace

QStringList findDockerfiles(const QString& folder, int limit)
{
    QStringList found;
    QStringList pending{folder};
    while (!pending.isEmpty() && found.size() < limit) {
        const QDir dir(pending.takeFirst());
        for (const QFileInfo& info : dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
            if (info.isSymLink()) continue; // no loops, nothing outside the folder
            if (info.isDir()) {
                if (!isSkippedDirectory(info.fileName())) pending << info.absoluteFilePath();
            } else if ((isDockerfileName(info.fileName()) || runtime::looksLikeComposeFile(info.fileName().toStdString())) &&
                       found.size() < limit) {
                found << info.absoluteFilePath();
            }
        }
    }
    found.sort();
    return found;
}

std::vector<FolderEntry> lintFolder(const QString& folder, const QStringList& files, const std::atomic<bool>& cancel,
                                    const std::function<void(int, int)>& progress)
{
    std::vector<FolderEntry> entries;
    const QDir root(folder);
    lint::DockerIgnoreFinder ignoreFinder;
    for (const QString& path : files) {
        if (cancel.load()) break;
        FolderEntry entry{path, root.relativeFilePath(path), {}, {}, false};
        const fileio::ReadResult read = fileio::readFile(path.toStdString(), fileio::kDefaultMaxInputBytes);
        entry.compose = scan::fileTypeOfPath(path.toStdString()) == scan::FileType::Compose;
        if (!read.content) {
            entry.error = QString::fromStdString(read.message);
        } else if (entry.compose) {
            scan::RuntimeScanRequest request;
            request.type = scan::FileType::Compose;
            request.path = path.toStdString();
            request.source = *read.content;
            request.options.config = lint::configForDirectory(std::filesystem::path(request.path).parent_path().string());
            request.environment = scan::processEnvironment();
            request.lintBuilds = false; // each Dockerfile has its own row
            entry.risk = scan::scanRuntimeFile(std::move(request)).risk;
        } else {
            scan::DockerfileScanRequest request;
            request.path = path.toStdString();
            request.source = *read.content;
            request.keepDocument = false;
            request.options.config = lint::configForDirectory(std::filesystem::path(request.path).parent_path().string());
            const std::shared_ptr<const lint::DockerIgnore> ignore = ignoreFinder.loadBeside(request.path);
            request.options.dockerignore = ignore.get();
            entry.risk = scan::scanDockerfile(std::move(request)).risk;
        }
        entries.push_back(std::move(entry));
        if (progress) progress(static_cast<int>(entries.size()), static_cast<int>(files.size()));
    }
    return entries;
}

FolderModel::FolderModel(QObject* parent) : QAbstractTableModel(parent) {}

void FolderModel::setEntries(QString folder, std::vector<FolderEntry> entries)
{
    beginResetModel();
    folder_ = std::move(folder);
    entries_ = std::move(entries);
    endResetModel();
}

void FolderModel::updateEntry(const QString& path, const findings::RiskScore& risk)
{
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].path == path) {
            entries_[i].risk = risk;
            entries_[i].error.clear();
            emit dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), ColumnCount - 1));
        }
}

int FolderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int FolderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FolderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const FolderEntry& entry = entries_[static_cast<std::size_t>(index.row())];
    const int counts[] = {0, entry.risk.errors, entry.risk.warnings, entry.risk.infos + entry.risk.styles, entry.risk.score, 0};
    const QString kind = entry.compose ? tr("Compose") : tr("Dockerfile");
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FileColumn) return entry.relativePath;
        if (index.column() == KindColumn) return kind;
        if (!entry.error.isEmpty()) return index.column() == ScoreColumn ? tr("unreadable") : QString();
        return counts[index.column()];
    case SortRole:
        if (index.column() == KindColumn) return kind;
        return index.column() == FileColumn ? QVariant(entry.relativePath) : QVariant(counts[index.column()]);
    case Qt::ToolTipRole:
        return entry.error.isEmpty() ? entry.path : entry.error;
    case Qt::DecorationRole:
        if (index.column() != FileColumn) return {};
        if (entry.risk.errors > 0) return severityIcon(findings::Severity::Error);
        if (entry.risk.warnings > 0) return severityIcon(findings::Severity::Warning);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == FileColumn || index.column() == KindColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case PathRole:
        return entry.path;
    }
    return {};
}

QVariant FolderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case FileColumn: return tr("File");
    case KindColumn: return tr("Type");
    case ErrorsColumn: return tr("Errors");
    case WarningsColumn: return tr("Warnings");
    case InfoColumn: return tr("Info");
    case ScoreColumn: return tr("Score");
    }
    return {};
}

} // namespace dw::ui
