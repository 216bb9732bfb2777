#include "jobs/progress_relay.h"

#include <mutex>

namespace dw::ui {

struct ProgressRelay::Box {
    std::mutex mutex;
    std::string stage;
    std::uint64_t done = 0;
    std::uint64_t total = 0;
    bool changed = false;
};

ProgressRelay::ProgressRelay(QObject* parent) : QObject(parent), box_(std::make_shared<Box>())
{
    timer_.setInterval(100);
    connect(&timer_, &QTimer::timeout, this, &ProgressRelay::poll);
}

void ProgressRelay::start()
{
    {
        std::lock_guard lock(box_->mutex);
        box_->stage.clear();
        box_->done = box_->total = 0;
        box_->changed = false;
    }
    timer_.start();
}

void ProgressRelay::stop()
{
    poll();
    timer_.stop();
}

std::function<void(const std::string&, std::uint64_t, std::uint64_t)> ProgressRelay::reporter() const
{
    return [box = box_](const std::string& stage, std::uint64_t done, std::uint64_t total) {
        std::lock_guard lock(box->mutex);
        box->stage = stage;
        box->done = done;
        box->total = total;
        box->changed = true;
    };
}

void ProgressRelay::poll()
{
    std::string stage;
    std::uint64_t done = 0, total = 0;
    {
        std::lock_guard lock(box_->mutex);
        if (!box_->changed) return;
        box_->changed = false;
        stage = box_->stage;
        done = box_->done;
        total = box_->total;
    }
    emit progress(QString::fromStdString(stage), qint64(done), qint64(total));
}

} // namespace dw::ui
