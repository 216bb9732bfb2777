// The GUI's connection to one Docker host: resolve the endpoint (the Settings' host, DOCKER_HOST, contexts), collect
// and check the inventory in the background with progress and cancel, then follow the daemon's /events through the
// core's InventoryWatcher and re-check after every change. When the daemon goes away the last report stays, marked
// stale, while the watcher reconnects by itself. Read-only: only GET requests reach the daemon.
#pragma once

#include "engine/client_error.h"
#include "engine/endpoint.h"
#include "engine/inventory.h"
#include "findings/finding.h"
#include "lint/config.h"
#include "scan/scan_report.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace dw::engine {
class InventoryWatcher;
}

namespace dw::ui {

class JobRunner;
struct HostViewData;
class ProgressRelay;

class HostSession : public QObject {
    Q_OBJECT

  public:
    enum class State {
        Idle,         ///< not asked to connect yet
        Connecting,   ///< the first collection and check is running
        Live,         ///< connected; the watcher follows the daemon's events
        Reconnecting, ///< the daemon went away: the last report is stale, the watcher tries again by itself
        Failed,       ///< the daemon could not be read (see error()); Retry starts over
        Cancelled,    ///< the user stopped the collection
    };

    explicit HostSession(JobRunner* jobs, QObject* parent = nullptr);
    ~HostSession() override;

    /// Drops the current connection and connects to `request` (empty: DOCKER_HOST, the context, the default socket).
    void connectTo(const engine::EndpointRequest& request);
    /// Connects again to the last endpoint asked for (Retry, Refresh).
    void reconnect();
    /// Stops a collection in progress.
    void cancel();
    void setConfig(lint::Config config);
    /// Asks the daemon for an object's inspect data in the background; inspected() delivers it (or why not).
    void fetchInspect(findings::ObjectKind kind, const QString& id);

    State state() const { return state_; }
    /// Why the last attempt failed, or why the live connection was lost.
    const std::optional<engine::EngineError>& error() const { return error_; }
    QString endpointUrl() const { return endpointUrl_; }
    /// The endpoint resolved by the last connect, when it could be resolved.
    const std::optional<engine::Endpoint>& endpoint() const { return endpoint_; }
    /// The latest complete check of the host (null before the first one succeeded, never a preview); stale() while
    /// the daemon is away.
    std::shared_ptr<const scan::ScanReport> report() const;
    /// The rows and findings the Host view shows, built off the GUI thread: the latest complete report's, or while
    /// a first collection runs, a preview of what has arrived so far (see previewStage()).
    std::shared_ptr<const HostViewData> viewData() const;
    /// Set while viewData() is a preview: Lists (rows only, not checked yet) or Details (checked, the processes of
    /// running containers still being read).
    std::optional<engine::InventoryStage> previewStage() const { return previewStage_; }
    bool stale() const { return state_ == State::Reconnecting; }
    /// Changes the watcher applied since connecting.
    quint64 changesSeen() const { return changesSeen_; }

  signals:
    void stateChanged();
    void reportChanged();
    /// A whole collection finished (connect, refresh, retry): the moment to record the scan in the history.
    void collected();
    /// A collection moves on: stage ("containers", "images", ...), done, total (0 = unknown).
    void progress(const QString& stage, qint64 done, qint64 total);
    /// The daemon's JSON for an object (empty with `error` set when it could not be read).
    void inspected(findings::ObjectKind kind, const QString& id, const QByteArray& json, const QString& error);

  private:
    struct Collected;
    struct Relay;
    void setState(State state);
    void showPreview(quint64 generation, engine::InventoryStage stage, std::shared_ptr<const HostViewData> preview);
    void dropPreview();
    void deliverCollected(std::shared_ptr<Collected> collected);
    void startWatcher(std::shared_ptr<Collected> collected);
    void stopWatcher();
    void rescan();

    QPointer<JobRunner> jobs_; ///< may go before the session when both are children of the window
    std::shared_ptr<Relay> relay_;
    ProgressRelay* progress_;
    engine::EndpointRequest request_;
    lint::Config config_;
    State state_ = State::Idle;
    std::optional<engine::EngineError> error_;
    QString endpointUrl_;
    std::optional<engine::Endpoint> endpoint_;
    std::shared_ptr<const HostViewData> data_;
    std::shared_ptr<const HostViewData> preview_;
    std::optional<engine::InventoryStage> previewStage_;
    std::shared_ptr<engine::InventoryWatcher> watcher_;
    QTimer rescanTimer_;
    quint64 changesSeen_ = 0;
    quint64 generation_ = 0; ///< bumped on every connect, so callbacks of an older watcher are ignored
};

} // namespace dw::ui
