#include "util/gathered_writes.h"

#include <utility>

namespace dw::util {

GatheredWrites::GatheredWrites(Sink sink) : sink_(std::move(sink))
{
    // Room for a whole run up front: grown step by step, the buffer would pass through several sizes of block, and
    // the allocator keeps a page of each size it has handed out.
    pending_.reserve(kRunBytes);
}

GatheredWrites::~GatheredWrites()
{
    try {
        flush();
    } catch (...) {
        // Thrown while unwinding from an earlier failure, or by a sink with nothing left to write to.
    }
}

void GatheredWrites::add(std::string_view piece)
{
    if (pending_.size() + piece.size() > kRunBytes) flush();
    if (piece.size() >= kRunBytes) sink_(piece);
    else pending_ += piece;
}

void GatheredWrites::flush()
{
    if (pending_.empty()) return;
    sink_(pending_);
    pending_.clear();
}

} // namespace dw::util
