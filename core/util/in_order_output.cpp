#include "util/in_order_output.h"

#include <stdexcept>
#include <utility>

namespace dw::util {

InOrderOutput::InOrderOutput(std::size_t count, Sink sink)
    : sink_(std::move(sink)), waiting_(count), arrived_(count, false)
{
    // Room for a whole run up front: grown step by step, the buffer would pass through several sizes of block, and
    // the allocator keeps a page of each size it has handed out.
    gathered_.reserve(kGatherBytes);
}

InOrderOutput::~InOrderOutput()
{
    try {
        flush();
    } catch (...) {
        // A sink that throws while the output is torn down (after an earlier failure) has nothing left to tell.
    }
}

void InOrderOutput::put(std::size_t index, std::string piece)
{
    const std::lock_guard<std::mutex> guard(lock_);
    if (index >= arrived_.size() || arrived_[index]) throw std::logic_error("InOrderOutput: a piece handed in twice");
    arrived_[index] = true;
    if (index != next_) {
        waiting_[index] = std::move(piece);
        return;
    }
    gather(piece);
    for (++next_; next_ < arrived_.size() && arrived_[next_]; ++next_) {
        gather(waiting_[next_]);
        std::string().swap(waiting_[next_]);
    }
}

void InOrderOutput::gather(std::string_view text)
{
    if (gathered_.size() + text.size() > kGatherBytes && !gathered_.empty()) {
        sink_(gathered_);
        gathered_.clear();
    }
    if (text.size() >= kGatherBytes) sink_(text);
    else gathered_ += text;
}

void InOrderOutput::flush()
{
    const std::lock_guard<std::mutex> guard(lock_);
    if (gathered_.empty()) return;
    sink_(gathered_);
    gathered_.clear();
}

std::size_t InOrderOutput::written() const
{
    const std::lock_guard<std::mutex> guard(lock_);
    return next_;
}

} // namespace dw::util
