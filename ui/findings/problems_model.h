// The findings of the open files as a table: one row per finding, with its severity, rule, message, file and
// position. Fed one file's ScanReport at a time on the GUI thread; texts in the chosen language.
#pragma once

#include "scan/scan_report.h"

#include <QAbstractTableModel>
#include <QString>

#include <memory>
#include <vector>

namespace dw::ui {

class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, FileColumn, LineColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int(findings::Severity), for sorting and filtering
        RuleRole,                        ///< the rule id
        FileRole,                        ///< the file's key (its path, or the untitled tab's name)
        LineRole,                        ///< 1-based
        ColumnRole,                      ///< 1-based
        OffsetRole,                      ///< byte offset of the start
        FoldedRole,                      ///< true when an equivalent finding at the same place is the one shown
        SearchTextRole,                  ///< rule, title, message and file together, for the text filter
    };

    explicit ProblemsModel(QObject* parent = nullptr);

    /// Replaces the findings of `file` with those of `report` (a Dockerfile scan).
    void setReport(const QString& file, std::shared_ptr<const scan::ScanReport> report);
    void removeFile(const QString& file);
    void renameFile(const QString& from, const QString& to);
    void setLanguage(findings::Language language);

    /// The finding of a row (of this model), or null.
    const findings::Finding* findingAt(int row) const;
    /// Shown findings (not folded) per severity, over every file, or of one file when `file` is set.
    int count(findings::Severity severity, const QString& file = {}) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  signals:
    void countsChanged();

  private:
    struct Row {
        QString file;
        std::shared_ptr<const scan::ScanReport> report;
        std::size_t index = 0;
        const findings::Finding& finding() const { return report->findings[index]; }
    };
    std::vector<Row> rows_;
    findings::Language language_ = findings::Language::English;
};

/// Localized name of a severity ("Error" / "错误").
QString severityDisplayName(findings::Severity severity);

} // namespace dw::ui
