// Bridging a push source (libcurl's write callback) to libarchive's pull: the producer runs on its own thread
// and pushes into a small bounded pipe; the reading thread pulls from it. Neither side ever holds more than
// the pipe's few MiB, and either side can stop the other.
#include "engine/client.h"
#include "image/image_source.h"
#include "image/image_source_archive.h"

#include <archive.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace dw::image {
namespace {

constexpr std::size_t kPipeBytes = std::size_t{4} << 20;
constexpr auto kCancelPoll = std::chrono::milliseconds(100);

class BytePipe {
  public:
    explicit BytePipe(const std::atomic<bool>* cancel) : cancel_(cancel) {}

    /// Producer side; false once the reader has stopped.
    bool push(std::string_view bytes)
    {
        std::unique_lock lock(mutex_);
        spaceFreed_.wait(lock, [&] { return aborted_ || buffered_ < kPipeBytes; });
        if (aborted_) return false;
        chunks_.emplace_back(bytes);
        buffered_ += bytes.size();
        dataReady_.notify_one();
        return true;
    }

    /// Producer side: no more bytes; `failure` is empty when the source ended normally.
    void close(std::string failure)
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        failure_ = std::move(failure);
        dataReady_.notify_one();
    }

    /// Reader side: the next chunk, or false at the end (see failure()) or when cancelled.
    bool pop(std::string& chunk)
    {
        std::unique_lock lock(mutex_);
        while (chunks_.empty() && !closed_) {
            if (cancel_ && cancel_->load()) return false;
            dataReady_.wait_for(lock, kCancelPoll);
        }
        if (chunks_.empty()) return false;
        chunk = std::move(chunks_.front());
        chunks_.pop_front();
        buffered_ -= chunk.size();
        spaceFreed_.notify_one();
        return true;
    }

    /// Reader side: stop the producer (its next push returns false).
    void abort()
    {
        std::lock_guard lock(mutex_);
        aborted_ = true;
        spaceFreed_.notify_all();
    }

    std::string failure()
    {
        std::lock_guard lock(mutex_);
        return failure_;
    }

  private:
    const std::atomic<bool>* cancel_;
    std::mutex mutex_;
    std::condition_variable dataReady_;
    std::condition_variable spaceFreed_;
    std::deque<std::string> chunks_;
    std::size_t buffered_ = 0;
    bool closed_ = false;
    bool aborted_ = false;
    std::string failure_;
};

struct PipeReader {
    BytePipe* pipe = nullptr;
    const std::atomic<bool>* cancel = nullptr;
    std::string current;
    std::string head; ///< the stream's first bytes, to tell damaged compression from no archive at all
};

la_ssize_t readFromPipe(archive* a, void* user, const void** buffer)
{
    auto& reader = *static_cast<PipeReader*>(user);
    if (!reader.pipe->pop(reader.current)) {
        if (reader.cancel && reader.cancel->load()) {
            archive_set_error(a, ECANCELED, "cancelled");
            return -1;
        }
        const std::string failure = reader.pipe->failure();
        if (failure.empty()) return 0;
        archive_set_error(a, EIO, "%s", failure.c_str());
        return -1;
    }
    if (reader.head.size() < 8) reader.head += reader.current.substr(0, 8 - reader.head.size());
    *buffer = reader.current.data();
    return static_cast<la_ssize_t>(reader.current.size());
}

struct ArchiveDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};

ImageExpected<Image> readFromPipe(BytePipe& pipe, const std::string& label, const ReadOptions& options)
{
    OuterSource source;
    source.label = label;
    source.failure = [&]() -> std::optional<ImageError> {
        if (options.cancel && options.cancel->load())
            return ImageError{ImageErrorKind::Cancelled, "reading " + label + " was cancelled"};
        std::string failure = pipe.failure();
        if (failure.empty()) return std::nullopt;
        return ImageError{ImageErrorKind::Engine, failure};
    };
    PipeReader reader{&pipe, options.cancel, {}, {}};
    std::unique_ptr<archive, ArchiveDeleter> outer(newOuterArchiveReader());
    if (archive_read_open(outer.get(), &reader, nullptr, readFromPipe, nullptr) != ARCHIVE_OK) {
        if (auto failure = source.failure()) return *failure;
        return outerOpenFailure(outer.get(), label, reader.head);
    }
    return readOpenedArchive(outer.get(), source, options);
}

std::string encodePathSegment(const std::string& name)
{
    static const char* hex = "0123456789ABCDEF";
    std::string encoded;
    for (const unsigned char c : name) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                           c == '_' || c == '-' || c == ':' || c == '/' || c == '@';
        if (plain) {
            encoded += static_cast<char>(c);
        } else {
            encoded += '%';
            encoded += hex[c >> 4];
            encoded += hex[c & 0xf];
        }
    }
    return encoded;
}

ImageExpected<Image> readStreamLabelled(const ByteProducer& produce, const std::string& label,
                                        const ReadOptions& options)
{
    BytePipe pipe(options.cancel);
    std::thread producer([&] {
        std::string failure = produce([&](std::string_view bytes) { return pipe.push(bytes); });
        pipe.close(std::move(failure));
    });
    auto image = readFromPipe(pipe, label, options);
    pipe.abort();
    producer.join();
    return image;
}

} // namespace

ImageExpected<Image> readImageStream(const ByteProducer& produce, const ReadOptions& options)
{
    return readStreamLabelled(produce, "the image stream", options);
}

ImageExpected<Image> readImageFromDaemon(engine::Client& client, const std::string& nameOrId,
                                         const ReadOptions& options)
{
    const std::string path = "/images/" + encodePathSegment(nameOrId) + "/get";
    ByteProducer produce = [&](const std::function<bool(std::string_view)>& push) -> std::string {
        const engine::Status status = client.streamBytes(path, push);
        return status ? std::string() : status.error().message;
    };
    return readStreamLabelled(produce, "image " + nameOrId + " from " + client.endpoint().url, options);
}

} // namespace dw::image
