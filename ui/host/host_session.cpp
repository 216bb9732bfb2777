#include "host_session.h"

#include "engine/event_watcher.h"
#include "engine/event_watcher_refresh.h"
#include "host/host_view_data.h"
#include "jobs/job_runner.h"
#include "jobs/progress_relay.h"
#include "scan/host_scan.h"

#include <QMetaObject>

#include <cstdlib>
#include <mutex>

namespace dw::ui {

/// Lets threads of the core (the watcher's) post to the session without outliving it: the session clears `target`
/// under the mutex before it goes, and a call posted to a target that is gone by delivery time is dropped by Qt.
struct HostSession::Relay {
    std::mutex mutex;
    HostSession* target = nullptr;

    /// Calls `function(session)` on the GUI thread, unless the session is gone by then.
    template <typename Function>
    void post(Function function)
    {
        std::lock_guard lock(mutex);
        if (target)
            QMetaObject::invokeMethod(target, [function = std::move(function), session = target] { function(session); },
                                      Qt::QueuedConnection);
    }
};

struct HostSession::Collected {
    std::optional<engine::EngineError> error;
    engine::Endpoint endpoint;
    engine::InventorySnapshot snapshot;
    std::shared_ptr<const HostViewData> data;
};

namespace {

std::optional<std::string> contentTrustEnv()
{
    if (const char* value = std::getenv("DOCKER_CONTENT_TRUST")) return std::string(value);
    return std::nullopt;
}

scan::HostScanOptions scanOptions(const lint::Config& config)
{
    scan::HostScanOptions options;
    options.config = config;
    options.contentTrustEnv = contentTrustEnv();
    options.toolVersion = DOCKWARDEN_VERSION;
    return options;
}

} // namespace

HostSession::HostSession(JobRunner* jobs, QObject* parent)
    : QObject(parent), jobs_(jobs), relay_(std::make_shared<Relay>()), progress_(new ProgressRelay(this))
{
    relay_->target = this;
    rescanTimer_.setSingleShot(true);
    rescanTimer_.setInterval(150);
    connect(&rescanTimer_, &QTimer::timeout, this, &HostSession::rescan);
    connect(progress_, &ProgressRelay::progress, this, &HostSession::progress);
}

HostSession::~HostSession()
{
    if (jobs_) {
        jobs_->cancel(QStringLiteral("host"));
        jobs_->cancel(QStringLiteral("host-rescan"));
    }
    {
        std::lock_guard lock(relay_->mutex);
        relay_->target = nullptr;
    }
    if (watcher_) watcher_->stop();
}

std::shared_ptr<const scan::ScanReport> HostSession::report() const
{
    return data_ ? data_->report : nullptr;
}

void HostSession::setConfig(lint::Config config)
{
    config_ = std::move(config);
    if (watcher_) rescanTimer_.start();
}

void HostSession::connectTo(const engine::EndpointRequest& request)
{
    if (request.host != request_.host || request.context != request_.context) {
        data_.reset(); // another host: its objects must not pass for this one's
        emit reportChanged();
    }
    request_ = request;
    reconnect();
}

void HostSession::reconnect()
{
    stopWatcher();
    ++generation_;
    dropPreview();
    changesSeen_ = 0;
    error_.reset();
    endpoint_.reset();
    auto resolved = engine::resolveEndpoint(request_, engine::processEnvironment(), engine::processHomeDir());
    if (!resolved) {
        endpointUrl_ = QString::fromStdString(request_.host);
        error_ = resolved.error();
        setState(State::Failed);
        return;
    }
    endpointUrl_ = QString::fromStdString(resolved.value().url);
    endpoint_ = resolved.value();
    setState(State::Connecting);
    progress_->start();

    const engine::Endpoint endpoint = resolved.value();
    const scan::HostScanOptions options = scanOptions(config_);
    auto reporter = progress_->reporter();
    auto relay = relay_;
    const quint64 generation = generation_;
    jobs_->run<std::shared_ptr<Collected>>(
        QStringLiteral("host"), this,
        [endpoint, options, reporter, relay, generation](const std::atomic<bool>& cancel) {
            auto collected = std::make_shared<Collected>();
            collected->endpoint = endpoint;
            engine::ClientOptions clientOptions;
            clientOptions.connectTimeout = std::chrono::seconds(3);
            clientOptions.requestTimeout = std::chrono::seconds(30);
            clientOptions.idleTimeout = std::chrono::seconds(15);
            clientOptions.cancel = &cancel;
            engine::Client client(endpoint, clientOptions);
            engine::InventoryOptions inventoryOptions = options.inventory;
            inventoryOptions.progress = [reporter](const std::string& stage, std::size_t done, std::size_t total) {
                reporter(stage, done, total);
            };
            // The rows as soon as the lists are in, the findings as soon as the inspect data is: a big host's
            // /top and /system/df calls take seconds more.
            inventoryOptions.onStage = [relay, generation, options](engine::InventoryStage stage, const engine::HostInventory& sofar) {
                auto preview = prepareHostView(std::make_shared<const scan::ScanReport>(
                    scan::scanHostInventory(std::make_shared<const engine::HostInventory>(sofar), options)));
                relay->post([generation, stage, preview](HostSession* session) { session->showPreview(generation, stage, preview); });
            };
            auto snapshot = engine::takeInventorySnapshot(client, inventoryOptions);
            if (!snapshot) {
                collected->error = snapshot.error();
                return collected;
            }
            collected->snapshot = std::move(snapshot.value());
            collected->data = prepareHostView(std::make_shared<const scan::ScanReport>(scan::scanHostInventory(
                std::make_shared<const engine::HostInventory>(collected->snapshot.inventory), options)));
            return collected;
        },
        [this](std::shared_ptr<Collected> collected) { deliverCollected(std::move(collected)); });
}

void HostSession::cancel()
{
    if (state_ != State::Connecting) return;
    jobs_->cancel(QStringLiteral("host"));
    progress_->stop();
    dropPreview();
    setState(State::Cancelled);
}

void HostSession::showPreview(quint64 generation, engine::InventoryStage stage, std::shared_ptr<const HostViewData> preview)
{
    // A refresh keeps showing the last complete report rather than a partial new one.
    if (generation != generation_ || state_ != State::Connecting || data_) return;
    preview_ = std::move(preview);
    previewStage_ = stage;
    emit reportChanged();
}

void HostSession::dropPreview()
{
    if (!preview_) return;
    preview_.reset();
    previewStage_.reset();
    if (!data_) emit reportChanged();
}

std::shared_ptr<const HostViewData> HostSession::viewData() const
{
    return data_ ? data_ : preview_;
}

void HostSession::deliverCollected(std::shared_ptr<Collected> collected)
{
    progress_->stop();
    if (collected->error) {
        error_ = collected->error;
        dropPreview();
        setState(State::Failed);
        return;
    }
    preview_.reset();
    previewStage_.reset();
    data_ = collected->data;
    emit reportChanged();
    startWatcher(std::move(collected));
    setState(State::Live);
    emit this->collected();
}

void HostSession::startWatcher(std::shared_ptr<Collected> collected)
{
    engine::WatcherOptions options;
    options.client.connectTimeout = std::chrono::seconds(3);
    options.client.requestTimeout = std::chrono::seconds(30);
    options.client.idleTimeout = std::chrono::seconds(15);
    options.initialBackoff = std::chrono::milliseconds(500);
    options.maxBackoff = std::chrono::seconds(5);
    auto relay = relay_;
    const quint64 generation = generation_;
    options.onChange = [relay, generation](const engine::InventoryChange&) {
        relay->post([generation](HostSession* session) {
            if (session->generation_ != generation) return;
            ++session->changesSeen_;
            session->rescanTimer_.start();
        });
    };
    options.onConnection = [relay, generation](const engine::ConnectionStatus& status) {
        relay->post([generation, status](HostSession* session) {
            if (session->generation_ != generation) return;
            switch (status.state) {
            case engine::ConnectionState::Reconnecting: {
                engine::EngineError lost;
                lost.id = engine::ErrorId::Unreachable;
                lost.endpoint = session->endpointUrl_.toStdString();
                lost.message = status.lastError;
                session->error_ = lost;
                session->setState(State::Reconnecting);
                break;
            }
            case engine::ConnectionState::Connected:
                if (session->state_ == State::Reconnecting) {
                    session->error_.reset();
                    session->setState(State::Live);
                    session->rescanTimer_.start();
                }
                break;
            case engine::ConnectionState::Connecting:
            case engine::ConnectionState::Stopped:
                break;
            }
        });
    };
    watcher_ = std::make_shared<engine::InventoryWatcher>(collected->endpoint, std::move(collected->snapshot), options);
    watcher_->start();
}

void HostSession::stopWatcher()
{
    rescanTimer_.stop();
    jobs_->cancel(QStringLiteral("host-rescan"));
    if (!watcher_) return;
    // Joining the watcher can take a second (an open stream notices the flag once a second): let a worker wait.
    watcher_->requestStop();
    auto retired = std::move(watcher_);
    jobs_->run<int>(QStringLiteral("host-retire-%1").arg(generation_), this,
                    [retired](const std::atomic<bool>&) mutable {
                        retired->stop();
                        retired.reset();
                        return 0;
                    },
                    [](int) {});
}

void HostSession::rescan()
{
    if (!watcher_) return;
    auto watcher = watcher_;
    const scan::HostScanOptions options = scanOptions(config_);
    jobs_->run<std::shared_ptr<const HostViewData>>(
        QStringLiteral("host-rescan"), this,
        [watcher, options](const std::atomic<bool>&) {
            auto inventory = std::make_shared<const engine::HostInventory>(watcher->snapshot());
            return prepareHostView(std::make_shared<const scan::ScanReport>(scan::scanHostInventory(std::move(inventory), options)));
        },
        [this](std::shared_ptr<const HostViewData> data) {
            data_ = std::move(data);
            emit reportChanged();
        });
}

void HostSession::fetchInspect(findings::ObjectKind kind, const QString& id)
{
    const auto shown = viewData();
    if (!endpoint_ || !shown || !shown->report || !shown->report->inventory) {
        emit inspected(kind, id, {}, tr("Not connected to a Docker daemon."));
        return;
    }
    std::string path;
    const std::string encoded = engine::watch::urlEncode(id.toStdString());
    switch (kind) {
    case findings::ObjectKind::Container: path = "/containers/" + encoded + "/json"; break;
    case findings::ObjectKind::Image: path = "/images/" + encoded + "/json"; break;
    case findings::ObjectKind::Network: path = "/networks/" + encoded; break;
    case findings::ObjectKind::Volume: path = "/volumes/" + encoded; break;
    case findings::ObjectKind::Daemon: path = "/info"; break;
    }
    const engine::Endpoint endpoint = *endpoint_;
    const std::string apiVersion = shown->report->inventory->apiVersion;
    struct Answer {
        QByteArray json;
        QString error;
    };
    jobs_->run<Answer>(
        QStringLiteral("host-inspect"), this,
        [endpoint, apiVersion, path](const std::atomic<bool>& cancel) {
            engine::ClientOptions options;
            options.connectTimeout = std::chrono::seconds(3);
            options.requestTimeout = std::chrono::seconds(15);
            options.cancel = &cancel;
            engine::Client client(endpoint, options);
            client.setApiVersion(apiVersion);
            auto response = client.get(path);
            if (!response) return Answer{{}, QString::fromStdString(response.error().message)};
            return Answer{QByteArray::fromStdString(response.value().body), {}};
        },
        [this, kind, id](Answer answer) { emit inspected(kind, id, answer.json, answer.error); });
}

void HostSession::setState(State state)
{
    if (state_ == state) {
        emit stateChanged(); // the error may differ (another failed attempt)
        return;
    }
    state_ = state;
    emit stateChanged();
}

} // namespace dw::ui
