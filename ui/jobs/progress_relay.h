// Progress from a background job to the GUI: the job writes stage, done and total from its thread (thread-safe,
// any rate); a timer on the GUI thread emits progress() at most ten times a second while something changed.
#pragma once

#include <QObject>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace dw::ui {

class ProgressRelay : public QObject {
    Q_OBJECT

  public:
    explicit ProgressRelay(QObject* parent = nullptr);

    /// Starts relaying, from zero; stop() ends it (a last update is delivered).
    void start();
    void stop();
    /// What a job calls from its thread; the returned function stays safe to call after the relay is gone.
    std::function<void(const std::string& stage, std::uint64_t done, std::uint64_t total)> reporter() const;

  signals:
    void progress(const QString& stage, qint64 done, qint64 total);

  private:
    struct Box;
    void poll();

    std::shared_ptr<Box> box_;
    QTimer timer_;
};

} // namespace dw::ui
