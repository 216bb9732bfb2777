#include "image/background_hash.h"

#include "image/archive_digest.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace dw::image {

struct BackgroundSha256::State {
    Sha256 sha; ///< touched by the hasher thread once it runs, by the caller before that
    std::vector<char> filling;

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::vector<char>> queued; ///< full blocks waiting for the hasher
    std::vector<std::vector<char>> spare; ///< hashed blocks, kept for reuse
    bool closing = false;
    std::thread hasher;

    void hashQueued()
    {
        std::unique_lock lock(mutex);
        for (;;) {
            changed.wait(lock, [&] { return closing || !queued.empty(); });
            if (queued.empty()) return; // closing with nothing left
            std::vector<char> block = std::move(queued.front());
            queued.pop_front();
            changed.notify_all(); // room in the queue
            lock.unlock();
            sha.update(std::string_view(block.data(), block.size()));
            block.clear();
            lock.lock();
            spare.push_back(std::move(block));
        }
    }

    void handOver()
    {
        if (!hasher.joinable()) hasher = std::thread([this] { hashQueued(); });
        std::vector<char> next;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return queued.size() < kQueuedBlocks; });
            queued.push_back(std::move(filling));
            if (!spare.empty()) {
                next = std::move(spare.back());
                spare.pop_back();
            }
        }
        changed.notify_all();
        next.reserve(kBlockBytes);
        filling = std::move(next);
    }

    void stop()
    {
        if (!hasher.joinable()) return;
        {
            std::lock_guard lock(mutex);
            closing = true;
        }
        changed.notify_all();
        hasher.join();
    }
};

BackgroundSha256::BackgroundSha256() : state_(std::make_unique<State>())
{
    state_->filling.reserve(kBlockBytes);
}

BackgroundSha256::~BackgroundSha256()
{
    if (!state_) return;
    {
        std::lock_guard lock(state_->mutex);
        state_->queued.clear(); // an abandoned stream: no need to hash what is left
    }
    state_->stop();
}

void BackgroundSha256::update(std::string_view bytes)
{
    State& s = *state_;
    while (!bytes.empty()) {
        const std::size_t room = kBlockBytes - s.filling.size();
        const std::size_t taken = std::min(room, bytes.size());
        s.filling.insert(s.filling.end(), bytes.data(), bytes.data() + taken);
        bytes.remove_prefix(taken);
        if (s.filling.size() == kBlockBytes) s.handOver();
    }
}

std::string BackgroundSha256::finish()
{
    State& s = *state_;
    s.stop(); // hashes every queued block first: the queue is emptied before the hasher returns
    s.sha.update(std::string_view(s.filling.data(), s.filling.size()));
    std::string digest = s.sha.finish();
    state_.reset();
    return digest;
}

} // namespace dw::image
