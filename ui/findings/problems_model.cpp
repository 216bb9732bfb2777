#include "findings/problems_model.h"

#include "findings/severity_style.h"

#include <algorithm>

namespace dw::ui {

QString severityDisplayName(findings::Severity severity)
{
    switch (severity) {
    case findings::Severity::Error: return ProblemsModel::tr("Error");
    case findings::Severity::Warning: return ProblemsModel::tr("Warning");
    case findings::Severity::Info: return ProblemsModel::tr("Info");
    case findings::Severity::Style: return ProblemsModel::tr("Style");
    case findings::Severity::Ignore: break;
    }
    return ProblemsModel::tr("Ignored");
}

ProblemsModel::ProblemsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProblemsModel::setReport(const QString& file, std::shared_ptr<const scan::ScanReport> report)
{
    // The file's rows are removed and the new ones appended as two precise changes, so that views keep the
    // selection and scroll position of the other files' rows.
    removeFile(file);
    if (!report || report->findings.empty()) {
        emit countsChanged();
        return;
    }
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(report->findings.size()) - 1);
    for (std::size_t i = 0; i < report->findings.size(); ++i) rows_.push_back({file, report, i});
    endInsertRows();
    emit countsChanged();
}

void ProblemsModel::removeFile(const QString& file)
{
    auto first = std::find_if(rows_.begin(), rows_.end(), [&file](const Row& r) { return r.file == file; });
    if (first == rows_.end()) return;
    auto last = std::find_if(first, rows_.end(), [&file](const Row& r) { return r.file != file; });
    const int from = static_cast<int>(first - rows_.begin());
    beginRemoveRows({}, from, static_cast<int>(last - rows_.begin()) - 1);
    rows_.erase(first, last);
    endRemoveRows();
    emit countsChanged();
}

void ProblemsModel::renameFile(const QString& from, const QString& to)
{
    int firstRow = -1, lastRow = -1;
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].file == from) {
            rows_[i].file = to;
            if (firstRow < 0) firstRow = static_cast<int>(i);
            lastRow = static_cast<int>(i);
        }
    if (firstRow >= 0) emit dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
}

void ProblemsModel::setLanguage(findings::Language language)
{
    if (language == language_) return;
    language_ = language;
    if (!rows_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const findings::Finding* ProblemsModel::findingAt(int row) const
{
    if (row < 0 || row >= rowCount()) return nullptr;
    return &rows_[static_cast<std::size_t>(row)].finding();
}

int ProblemsModel::count(findings::Severity severity, const QString& file) const
{
    return static_cast<int>(std::count_if(rows_.begin(), rows_.end(), [&](const Row& r) {
        return r.finding().severity == severity && r.finding().sameAs.empty() && (file.isEmpty() || r.file == file);
    }));
}

int ProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ProblemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const findings::Finding& f = row.finding();
    const auto* file = findings::fileLocationOf(f);
    const int line = file ? file->span.line : 0;
    const int column = file ? file->span.column : 0;
    // A Compose file's report also holds the findings of the Dockerfiles its services build: those name their file.
    const QString shownFile = file && !row.report->target.empty() && file->path != row.report->target
                                  ? QString::fromStdString(file->path)
                                  : row.file;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityDisplayName(f.severity);
        case RuleColumn: return QString::fromStdString(f.rule);
        case MessageColumn: {
            QString text = QString::fromStdString(f.message.in(language_));
            if (text.isEmpty()) text = QString::fromStdString(f.message.en);
            return text;
        }
        case FileColumn: return shownFile.section(QLatin1Char('/'), -1);
        case LineColumn: return QStringLiteral("%1:%2").arg(line).arg(column);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) return severityIcon(f.severity);
        break;
    case Qt::ToolTipRole:
        if (index.column() == FileColumn) return shownFile;
        return QString::fromStdString(findings::titleOf(f).in(language_).empty() ? findings::titleOf(f).en
                                                                                 : findings::titleOf(f).in(language_));
    case Qt::AccessibleTextRole:
        return tr("%1 %2 at line %3: %4")
            .arg(severityDisplayName(f.severity), QString::fromStdString(f.rule))
            .arg(line)
            .arg(QString::fromStdString(f.message.in(language_)));
    case SeverityRole: return static_cast<int>(f.severity);
    case RuleRole: return QString::fromStdString(f.rule);
    case FileRole: return shownFile;
    case LineRole: return line;
    case ColumnRole: return column;
    case OffsetRole: return file ? qulonglong(file->span.offset) : qulonglong(0);
    case FoldedRole: return !f.sameAs.empty();
    case SearchTextRole:
        return QString(QString::fromStdString(f.rule + " " + findings::titleOf(f).in(language_) + " " +
                                              f.message.in(language_) + " " + f.message.en) +
                       QLatin1Char(' ') + shownFile);
    }
    if (role == Qt::UserRole && index.column() == LineColumn) return line;
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case RuleColumn: return tr("Rule");
    case MessageColumn: return tr("Message");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    }
    return {};
}

} // namespace dw::ui
