// The lower half of the Host view: what is known about the selected object. Its findings with the remedy (the
// `docker run` flag and the Compose key), its inspect data as a tree and as raw JSON (secrets redacted until the
// user reveals one value), the processes of a running container, and links to its image.
#pragma once

#include "findings/finding.h"
#include "scan/scan_report.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeView;
class QTableView;

namespace dw::ui {

class InspectTreeModel;
class ObjectFindingsModel;
class TextTableModel;

class HostDetails : public QWidget {
    Q_OBJECT

  public:
    enum Tab { FindingsTab, InspectTab, JsonTab, ProcessesTab };

    explicit HostDetails(QWidget* parent = nullptr);

    /// Shows an object of `report` (empty id: nothing selected). The inspect data follows with setInspect().
    void showObject(findings::ObjectKind kind, const QString& id, const QString& name,
                    std::shared_ptr<const scan::ScanReport> report, const std::vector<std::size_t>& findingIndices,
                    const QString& imageId);
    /// Refreshes the findings and processes of the object shown, keeping the tab, selection and revealed values.
    void updateObject(std::shared_ptr<const scan::ScanReport> report, const std::vector<std::size_t>& findingIndices);
    /// The daemon's inspect answer for the object shown (ignored when it is about another one).
    void setInspect(findings::ObjectKind kind, const QString& id, const QByteArray& json, const QString& error);
    void setLanguage(findings::Language language);

    findings::ObjectKind kind() const { return kind_; }
    QString objectId() const { return id_; }
    QTabWidget* tabs() const { return tabs_; }
    ObjectFindingsModel* findingsModel() const { return findings_; }
    InspectTreeModel* inspectModel() const { return inspect_; }
    QTreeView* inspectView() const { return inspectView_; }
    QPlainTextEdit* jsonView() const { return json_; }
    TextTableModel* processesModel() const { return processes_; }
    QTextBrowser* findingText() const { return findingText_; }
    QPushButton* openImageButton() const { return openImage_; }
    QPushButton* containersButton() const { return containers_; }

  signals:
    void openImageRequested(const QString& imageId);
    void containersOfImageRequested(const QString& imageId);
    /// "Why? How to fix" on a finding: the Guide card of its rule.
    void guideRequested(const QString& rule);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void showFinding(int row);
    void showProcesses();
    void updateRevealNote();

    findings::ObjectKind kind_ = findings::ObjectKind::Daemon;
    QString id_;
    QString name_;
    QString imageId_;
    std::shared_ptr<const scan::ScanReport> report_;
    findings::Language language_ = findings::Language::English;

    QLabel* title_;
    QPushButton* openImage_;
    QPushButton* containers_;
    QTabWidget* tabs_;
    ObjectFindingsModel* findings_;
    QTreeView* findingsView_;
    QTextBrowser* findingText_;
    InspectTreeModel* inspect_;
    QTreeView* inspectView_;
    QLabel* revealNote_;
    QPushButton* hideRevealed_;
    QPlainTextEdit* json_;
    TextTableModel* processes_;
    QTableView* processesView_;
    QLabel* processesNote_;
    QString inspectError_;
};

} // namespace dw::ui
