// One helper for all background work of the GUI: every job runs on the runner's thread pool under a slot name
// ("lint:<tab>", "daemon"); starting a job in a slot cancels the one before it, and only the latest job of a slot
// delivers its result, on the GUI thread. Jobs get a cancellation flag they should poll (the core's ScanControl
// takes it as is). No other code in ui/ creates threads.
#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace dw::ui {

class JobRunner : public QObject {
    Q_OBJECT

  public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    /// Runs `work(cancelFlag)` in the background; `deliver(result)` is called on the GUI thread unless a newer job
    /// was started in the same slot, the slot was cancelled, or `context` was destroyed meanwhile. Returns the id.
    template <typename Result>
    quint64 run(const QString& slot, QObject* context, std::function<Result(const std::atomic<bool>&)> work,
                std::function<void(Result)> deliver)
    {
        const quint64 id = start(slot);
        auto cancel = slots_.value(slot).cancel;
        auto* watcher = new QFutureWatcher<Result>(this);
        QPointer<QObject> guard(context);
        connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, slot, id, guard, deliver] {
            watcher->deleteLater();
            const bool current = finish(slot, id);
            if (current && guard && watcher->future().resultCount() > 0) deliver(watcher->future().result());
        });
        watcher->setFuture(QtConcurrent::run(&pool_, [work, cancel] { return work(*cancel); }));
        return id;
    }

    /// Raises the flag of the slot's job and drops its result.
    void cancel(const QString& slot);
    /// Cancels every job and waits for the pool to finish (the window's shutdown, tests).
    void cancelAllAndWait();
    bool isBusy(const QString& slot) const;
    /// Waits until every job has finished and its result was delivered (tests).
    bool waitForIdle(int timeoutMs = 10000);

  signals:
    void busyChanged(bool busy);

  private:
    struct Slot {
        quint64 id = 0;
        std::shared_ptr<std::atomic<bool>> cancel;
        bool running = false;
    };
    quint64 start(const QString& slot);
    bool finish(const QString& slot, quint64 id);

    QThreadPool pool_;
    QHash<QString, Slot> slots_;
    quint64 nextId_ = 1;
    int running_ = 0;
};

} // namespace dw::ui
