// File › Export report: which scans go into the report (the open files, the Docker host, the image), the format
// (PDF, HTML, JSON), the report's language and title, and the file. Writing happens off the GUI thread with a
// progress dialog that can cancel; the report carries the history's trend of a single target.
#pragma once

#include "findings/vocabulary.h"
#include "scan/scan_report.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace dw::ui {

class JobRunner;

class ReportExportDialog : public QDialog {
    Q_OBJECT

  public:
    struct Source {
        QString label; ///< "Dockerfile (api/Dockerfile)", "Docker host unix:///...", "Image app:1.0"
        std::shared_ptr<const scan::ScanReport> report;
        std::string historyTarget; ///< the name the history records it under (for the trend)
    };

    ReportExportDialog(std::vector<Source> sources, findings::Language language, const QString& suggestedPath,
                       JobRunner* jobs, QWidget* parent = nullptr);

    /// The checked sources.
    std::vector<Source> chosen() const;
    QString path() const;
    void setPath(const QString& path);
    /// 0 PDF, 1 HTML, 2 JSON.
    void setFormat(int index);
    void setReportLanguage(findings::Language language);
    findings::Language reportLanguage() const;
    QString reportTitle() const;
    QStandardItemModel* sourcesModel() const { return model_; }
    /// Writes the report of the chosen sources in the background (what Export does) and closes when done, after
    /// `exported`; an error is shown in the dialog, which stays open.
    void exportNow();

  signals:
    void exported(const QString& path, const QStringList& warnings);

  private:
    void browse();
    void updateOk();
    void formatChanged();

    std::vector<Source> sources_;
    QStandardItemModel* model_;
    QListView* list_;
    QComboBox* format_;
    QComboBox* language_;
    QLineEdit* title_;
    QLineEdit* path_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
    JobRunner* jobs_ = nullptr;
};

} // namespace dw::ui
