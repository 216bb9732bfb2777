// Hands out the indices of a job to a few threads, each taking the next index as soon as it is done with one: the
// CLI lints many files this way, the JSON writer writes its slices, the engine client fetches many paths, and the
// benchmarks time exactly that code.
#pragma once

#include <cstddef>
#include <functional>

namespace dw::util {

/// The number of cores the system reports, at least 1.
std::size_t coreCount();

/// Calls work(index, worker) once for every index in [0, count), on `workers` threads (at most `count`; the calling
/// thread is worker 0 and the others are numbered 1, 2, ...). Indices are taken in increasing order. The first
/// exception a call throws stops the handing out of indices; it is rethrown on the calling thread once every worker
/// has returned. When the system refuses a thread, the workers already running share its part. With one worker
/// (or `count` 1) everything runs on the calling thread, in order. The other workers are helper threads kept for
/// later calls (a thread's end is costly), so several calls at once, nested ones included, each get their own.
void parallelFor(std::size_t count, std::size_t workers,
                 const std::function<void(std::size_t index, std::size_t worker)>& work);

} // namespace dw::util
