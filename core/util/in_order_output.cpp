#include "util/in_order_output.h"

#include <stdexcept>
#include <utility>

namespace dw::util {

InOrderOutput::InOrderOutput(std::size_t count, Sink sink)
    : waiting_(count), arrived_(count, false), gathered_(std::move(sink))
{
}

void InOrderOutput::put(std::size_t index, std::string piece)
{
    const std::lock_guard<std::mutex> guard(lock_);
    if (index >= arrived_.size()) throw std::out_of_range("InOrderOutput: a piece numbered past the last one");
    if (arrived_[index]) throw std::logic_error("InOrderOutput: a piece handed in twice");
    arrived_[index] = true;
    if (index != next_) {
        waiting_[index] = std::move(piece);
        return;
    }
    gathered_.add(piece);
    for (++next_; next_ < arrived_.size() && arrived_[next_]; ++next_) {
        gathered_.add(waiting_[next_]);
        std::string().swap(waiting_[next_]);
    }
}

void InOrderOutput::flush()
{
    const std::lock_guard<std::mutex> guard(lock_);
    gathered_.flush();
}

std::size_t InOrderOutput::written() const
{
    const std::lock_guard<std::mutex> guard(lock_);
    return next_;
}

} // namespace dw::util
