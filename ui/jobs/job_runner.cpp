#include "jobs/job_runner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace dw::ui {

JobRunner::JobRunner(QObject* parent) : QObject(parent)
{
    // Some jobs mostly wait (a daemon answering, a watcher stopping): more threads than cores keep them from holding
    // up the ones that compute (an image being read) on a two-core machine.
    pool_.setMaxThreadCount(qMax(4, QThread::idealThreadCount()));
}

JobRunner::~JobRunner()
{
    cancelAllAndWait();
}

quint64 JobRunner::start(const QString& slot)
{
    Slot& entry = slots_[slot];
    if (entry.cancel) entry.cancel->store(true); // the previous job of this slot is stale now
    entry.id = nextId_++;
    entry.cancel = std::make_shared<std::atomic<bool>>(false);
    entry.running = true;
    if (running_++ == 0) emit busyChanged(true);
    return entry.id;
}

bool JobRunner::finish(const QString& slot, quint64 id)
{
    if (--running_ == 0) emit busyChanged(false);
    auto it = slots_.find(slot);
    if (it == slots_.end() || it->id != id) return false;
    it->running = false;
    return !it->cancel->load();
}

void JobRunner::cancel(const QString& slot)
{
    auto it = slots_.find(slot);
    if (it != slots_.end() && it->cancel) it->cancel->store(true);
}

void JobRunner::cancelAllAndWait()
{
    for (Slot& entry : slots_)
        if (entry.cancel) entry.cancel->store(true);
    pool_.waitForDone();
}

bool JobRunner::isBusy(const QString& slot) const
{
    return slots_.value(slot).running;
}

bool JobRunner::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (running_ > 0 && !deadline.hasExpired()) {
        pool_.waitForDone(10);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return running_ == 0;
}

} // namespace dw::ui
