#include "util/parallel_for.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace dw::util {
namespace {

/// One call of parallelFor: the indices still to hand out, its first failure, and the helpers working on it.
struct Job {
    std::size_t count = 0;
    const std::function<void(std::size_t, std::size_t)>* work = nullptr;
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex lock; ///< guards failure and activeHelpers
    std::condition_variable helperDone;
    std::size_t activeHelpers = 0; ///< helpers that took the job and have not finished it
    std::size_t helpersJoined = 0; ///< worker numbers handed out so far (under the pool's lock)

    void run(std::size_t worker)
    {
        try {
            for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) (*work)(i, worker);
        } catch (...) {
            const std::lock_guard<std::mutex> guard(lock);
            if (!failure) failure = std::current_exception();
            next = count;
        }
    }
};

/// Helper threads kept for the rest of the process and reused by every parallelFor. Starting a thread costs, and
/// ending one costs more: mimalloc sweeps its whole segment cache (160 KiB of untouched memory, ~40 page faults)
/// when a thread exits, which was ~1.5 ms of a 45 ms corpus lint. The pool grows to the largest number of helpers
/// ever wanted at once and never shrinks; its threads are joined when the process ends normally (the CLI's `_Exit`
/// leaves them parked).
class HelperPool {
public:
    static HelperPool& instance()
    {
        static HelperPool pool;
        return pool;
    }

    HelperPool() = default;
    HelperPool(const HelperPool&) = delete;
    HelperPool& operator=(const HelperPool&) = delete;

    ~HelperPool()
    {
        {
            const std::lock_guard<std::mutex> guard(lock_);
            stopping_ = true;
        }
        wake_.notify_all();
        for (std::thread& thread : threads_) thread.join();
    }

    /// Offers `job` to `wanted` helpers, starting threads when too few are idle. A helper refused by the system
    /// leaves its share to the others, and so does one wanted while the process ends (the caller does it all).
    void offer(Job& job, std::size_t wanted)
    {
        {
            const std::lock_guard<std::mutex> guard(lock_);
            if (stopping_) return;
            const std::size_t available = idle_ > queue_.size() ? idle_ - queue_.size() : 0;
            for (std::size_t i = 0; i < wanted; ++i) queue_.push_back(&job);
            for (std::size_t started = std::min(available, wanted); started < wanted; ++started) {
                try {
                    threads_.emplace_back([this] { serve(); });
                } catch (const std::system_error&) {
                    break;
                }
            }
        }
        wake_.notify_all();
    }

    /// Once the caller has run out of indices: withdraws the offers no helper took, then waits for the helpers
    /// that did.
    void finish(Job& job)
    {
        {
            const std::lock_guard<std::mutex> guard(lock_);
            queue_.erase(std::remove(queue_.begin(), queue_.end(), &job), queue_.end());
        }
        std::unique_lock<std::mutex> guard(job.lock);
        job.helperDone.wait(guard, [&] { return job.activeHelpers == 0; });
    }

private:
    void serve()
    {
        std::unique_lock<std::mutex> guard(lock_);
        while (true) {
            ++idle_;
            wake_.wait(guard, [this] { return stopping_ || !queue_.empty(); });
            --idle_;
            if (queue_.empty()) return; // stopping
            Job& job = *queue_.front();
            queue_.pop_front();
            const std::size_t worker = ++job.helpersJoined;
            {
                const std::lock_guard<std::mutex> jobGuard(job.lock);
                ++job.activeHelpers;
            }
            guard.unlock();
            job.run(worker);
            {
                const std::lock_guard<std::mutex> jobGuard(job.lock);
                --job.activeHelpers;
                // Notified under the lock: the caller may destroy the job as soon as it sees the count at zero.
                job.helperDone.notify_all();
            }
            guard.lock();
        }
    }

    std::mutex lock_;
    std::condition_variable wake_;
    std::deque<Job*> queue_; ///< one entry per helper a job still wants
    std::size_t idle_ = 0;   ///< helpers waiting for work
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

} // namespace

std::size_t coreCount() { return std::max(1u, std::thread::hardware_concurrency()); }

void parallelFor(std::size_t count, std::size_t workers,
                 const std::function<void(std::size_t index, std::size_t worker)>& work)
{
    workers = std::clamp<std::size_t>(workers, 1, std::max<std::size_t>(count, 1));
    if (workers == 1) {
        for (std::size_t i = 0; i < count; ++i) work(i, 0);
        return;
    }
    Job job;
    job.count = count;
    job.work = &work;
    HelperPool& pool = HelperPool::instance();
    pool.offer(job, workers - 1);
    job.run(0);
    pool.finish(job);
    if (job.failure) std::rethrow_exception(job.failure);
}

} // namespace dw::util
