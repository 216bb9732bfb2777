// The Host view: what is on the Docker host and what is wrong with it. A banner says when there is no daemon (or
// the connection was lost, with the last data kept and marked stale) and how to fix it, with Retry; a header
// shows the host's score, the daemon's own findings, a live indicator, progress with Cancel, and Refresh; four
// tables (containers, images, networks, volumes) with severity, finding count and risk first, searchable,
// sortable, columns chosen from the header's menu and remembered; and the selected object's details below.
#pragma once

#include "engine/endpoint.h"
#include "findings/vocabulary.h"
#include "host/host_table_model.h"

#include <QWidget>

#include <array>
#include <memory>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace dw::ui {

class HostDetails;
class HostSession;
class HostTableProxy;
class JobRunner;
class ObjectFindingsModel;
class PlaceholderView;

class HostView : public QWidget {
    Q_OBJECT

  public:
    explicit HostView(JobRunner* jobs, QWidget* parent = nullptr);
    ~HostView() override;

    /// Connects to the endpoint (empty: DOCKER_HOST, the current context, the default socket) and reads the host.
    void connectTo(const engine::EndpointRequest& request);
    void setLanguage(findings::Language language);

    HostSession* session() const { return session_; }
    /// What the view says about the connection (the banner, or the placeholder before any data).
    QString statusText() const;
    /// Retry (visible when the connection failed).
    QPushButton* actionButton() const;
    QFrame* banner() const { return banner_; }
    QLabel* liveIndicator() const { return live_; }
    QLabel* scoreLabel() const { return score_; }
    QLabel* summaryLabel() const { return summary_; }
    QProgressBar* progressBar() const { return progress_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* refreshButton() const { return refresh_; }
    QLineEdit* searchEdit() const { return search_; }
    QCheckBox* findingsOnlyBox() const { return findingsOnly_; }
    QTabWidget* tables() const { return tables_; }
    HostTableModel* model(HostTable table) const { return models_[std::size_t(table)]; }
    HostTableProxy* proxy(HostTable table) const { return proxies_[std::size_t(table)]; }
    QTreeView* tableView(HostTable table) const { return views_[std::size_t(table)]; }
    HostDetails* details() const { return details_; }
    ObjectFindingsModel* daemonFindings() const { return daemonFindings_; }
    /// Selects the object's row (switching to its table) and shows its details. False when it is not listed.
    bool selectObject(HostTable table, const QString& id);
    /// Shows only the containers created from `imageId` (empty: all).
    void showContainersOfImage(const QString& imageId);

  signals:
    /// The user asked to see an image in the Images view.
    void openImageRequested(const QString& imageId, const QString& name);
    /// The connection's state changed: for the status bar.
    void connectionChanged(const QString& summary, bool connected);
    /// "Why? How to fix" on a finding: the Guide card of its rule.
    void guideRequested(const QString& rule);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void updateState();
    void updateReport();
    void updateHeader();
    /// The texts that follow the data: the tab titles' counts, the image filter's name.
    void updateCountTexts();
    void showSelected();
    void saveColumns(HostTable table) const;
    void restoreColumns(HostTable table);
    void showColumnMenu(HostTable table, const QPoint& at);
    /// The collection's stage ("containers", "processes" ...) in the user's language.
    static QString stageName(const QString& stage);
    /// The report whose rows are shown: the session's latest, or the preview of a first collection.
    std::shared_ptr<const scan::ScanReport> shownReport() const;
    QString failureText() const;
    QString adviceText() const;

    JobRunner* jobs_;
    HostSession* session_;
    findings::Language language_ = findings::Language::English;
    QStackedWidget* stack_;
    PlaceholderView* placeholder_;
    QFrame* banner_;
    QLabel* bannerText_;
    QPushButton* retry_;
    QLabel* score_;
    QLabel* summary_;
    QLabel* live_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QPushButton* refresh_;
    ObjectFindingsModel* daemonFindings_;
    QTreeView* daemonView_;
    QLineEdit* search_;
    QCheckBox* findingsOnly_;
    QPushButton* imageFilter_;
    QTabWidget* tables_;
    std::array<HostTableModel*, 4> models_{};
    std::array<HostTableProxy*, 4> proxies_{};
    std::array<QTreeView*, 4> views_{};
    HostDetails* details_;
};

} // namespace dw::ui
