#include "util/parallel_for.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace dw::util {

std::size_t coreCount() { return std::max(1u, std::thread::hardware_concurrency()); }

void parallelFor(std::size_t count, std::size_t workers,
                 const std::function<void(std::size_t index, std::size_t worker)>& work)
{
    workers = std::clamp<std::size_t>(workers, 1, std::max<std::size_t>(count, 1));
    if (workers == 1) {
        for (std::size_t i = 0; i < count; ++i) work(i, 0);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureLock;
    const auto run = [&](std::size_t worker) {
        try {
            for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) work(i, worker);
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failureLock);
            if (!failure) failure = std::current_exception();
            next = count;
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(workers - 1);
    for (std::size_t worker = 1; worker < workers; ++worker) {
        try {
            threads.emplace_back(run, worker);
        } catch (const std::system_error&) { // no more threads to be had: the ones running finish the job
            break;
        }
    }
    run(0);
    for (std::thread& thread : threads) thread.join();
    if (failure) std::rethrow_exception(failure);
}

} // namespace dw::util
