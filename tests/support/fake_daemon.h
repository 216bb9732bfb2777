// A fault-injection HTTP/1.1 server on a Unix socket, for what a real daemon won't do on demand:
// truncated and huge bodies, stalls, closes mid-body. Header-only, plain POSIX sockets, one thread per
// connection, keep-alive so connection reuse can be observed.
#pragma once

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace dw::test {

struct FakeReply {
    enum class Kind {
        Normal,       ///< status, headers, Content-Length, body; the connection stays open
        Truncate,     ///< Content-Length larger than the body sent, then close
        CloseMidBody, ///< chunked: the first half of the body as one chunk, then close
        Stall,        ///< chunked: the body as one chunk, then nothing until the server stops
        Huge,         ///< chunked: `hugeBytes` of 'x' (stops early when the client hangs up)
        HugeDeclared, ///< Content-Length: hugeBytes, then as much of it as the client takes
        Lines,        ///< chunked: every line of the body as its own chunk, then the end
    };
    Kind kind = Kind::Normal;
    int status = 200;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    std::size_t hugeBytes = 0;
};

class FakeDaemon {
public:
    explicit FakeDaemon(std::string socketPath) : path_(std::move(socketPath)) {}
    ~FakeDaemon() { stop(); }
    FakeDaemon(const FakeDaemon&) = delete;
    FakeDaemon& operator=(const FakeDaemon&) = delete;

    /// Replies to requests whose target (path and query) is exactly `target`; others get a 404.
    void route(const std::string& target, FakeReply reply) {
        std::lock_guard lock(mutex_);
        routes_[target] = std::move(reply);
    }

    bool start(std::string* error) {
        listenFd_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (path_.size() >= sizeof(address.sun_path)) return fail(error, "socket path too long");
        std::memcpy(address.sun_path, path_.c_str(), path_.size() + 1);
        ::unlink(path_.c_str());
        if (listenFd_ < 0 || ::bind(listenFd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
            ::listen(listenFd_, 64) != 0)
            return fail(error, std::strerror(errno));
        acceptThread_ = std::thread([this] { acceptLoop(); });
        return true;
    }

    void stop() {
        if (stopping_.exchange(true)) return;
        if (acceptThread_.joinable()) acceptThread_.join();
        if (listenFd_ >= 0) ::close(listenFd_);
        std::vector<std::thread> threads;
        {
            std::lock_guard lock(mutex_);
            threads.swap(connectionThreads_);
        }
        for (std::thread& thread : threads) thread.join();
        ::unlink(path_.c_str());
    }

    /// "GET /v1.41/info" per request, in arrival order.
    std::vector<std::string> requests() const {
        std::lock_guard lock(mutex_);
        return requests_;
    }
    int connectionsAccepted() const { return accepted_.load(); }
    const std::string& socketPath() const { return path_; }

private:
    bool fail(std::string* error, const std::string& why) {
        if (error) *error = "fake daemon on " + path_ + ": " + why;
        return false;
    }

    /// Waits until `fd` is readable, checking the stop flag every 20 ms.
    bool waitReadable(int fd) {
        while (!stopping_) {
            pollfd entry{fd, POLLIN, 0};
            const int ready = ::poll(&entry, 1, 20);
            if (ready > 0) return true;
            if (ready < 0 && errno != EINTR) return false;
        }
        return false;
    }

    void acceptLoop() {
        while (waitReadable(listenFd_)) {
            const int fd = ::accept4(listenFd_, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0) continue;
            ++accepted_;
            std::lock_guard lock(mutex_);
            connectionThreads_.emplace_back([this, fd] { serve(fd); ::close(fd); });
        }
    }

    static bool sendAll(int fd, const std::string& data) {
        std::size_t sent = 0;
        while (sent < data.size()) {
            const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) return false;
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }

    static std::string chunk(const std::string& data) {
        char size[32];
        std::snprintf(size, sizeof size, "%zx\r\n", data.size());
        return size + data + "\r\n";
    }

    static std::string head(const FakeReply& reply, const std::string& lengthHeader) {
        std::string text = "HTTP/1.1 " + std::to_string(reply.status) + (reply.status < 400 ? " OK" : " Error") +
                           "\r\nContent-Type: application/json\r\n" + lengthHeader + "\r\n";
        for (const auto& [name, value] : reply.headers) text += name + ": " + value + "\r\n";
        return text + "\r\n";
    }

    /// Serves requests on one connection until the client closes it or a reply ends it.
    void serve(int fd) {
        std::string buffer;
        char data[4096];
        while (waitReadable(fd)) {
            const ssize_t n = ::recv(fd, data, sizeof data, 0);
            if (n <= 0) return;
            buffer.append(data, static_cast<std::size_t>(n));
            std::size_t end;
            while ((end = buffer.find("\r\n\r\n")) != std::string::npos) {
                const std::string requestLine = buffer.substr(0, buffer.find("\r\n"));
                buffer.erase(0, end + 4);
                if (!respond(fd, requestLine)) return;
            }
        }
    }

    /// Sends the routed reply; false when the connection must be closed afterwards.
    bool respond(int fd, const std::string& requestLine) {
        const auto firstSpace = requestLine.find(' ');
        const std::string method = requestLine.substr(0, firstSpace);
        const std::string target = requestLine.substr(firstSpace + 1, requestLine.rfind(' ') - firstSpace - 1);
        FakeReply reply;
        {
            std::lock_guard lock(mutex_);
            requests_.push_back(method + " " + target);
            auto it = routes_.find(target);
            if (it != routes_.end()) reply = it->second;
            else reply = FakeReply{FakeReply::Kind::Normal, 404, R"({"message":"page not found"})", {}, 0};
        }
        using Kind = FakeReply::Kind;
        const std::string& body = reply.body;
        switch (reply.kind) {
        case Kind::Normal:
            return sendAll(fd, head(reply, "Content-Length: " + std::to_string(body.size())) +
                                   (method == "HEAD" ? std::string() : body));
        case Kind::Truncate:
            sendAll(fd, head(reply, "Content-Length: " + std::to_string(body.size() + 100)) + body);
            return false;
        case Kind::CloseMidBody:
            sendAll(fd, head(reply, "Transfer-Encoding: chunked") + chunk(body.substr(0, body.size() / 2)));
            return false;
        case Kind::Stall:
            sendAll(fd, head(reply, "Transfer-Encoding: chunked") + chunk(body));
            while (!stopping_) std::this_thread::sleep_for(std::chrono::milliseconds(10));
            return false;
        case Kind::Lines: {
            std::string text = head(reply, "Transfer-Encoding: chunked");
            for (std::size_t start = 0; start < body.size();) {
                const std::size_t next = std::min(body.find('\n', start), body.size() - 1) + 1;
                text += chunk(body.substr(start, next - start));
                start = next;
            }
            return sendAll(fd, text + "0\r\n\r\n");
        }
        case Kind::Huge:
        case Kind::HugeDeclared: {
            const bool declared = reply.kind == Kind::HugeDeclared;
            if (!sendAll(fd, head(reply, declared ? "Content-Length: " + std::to_string(reply.hugeBytes)
                                                  : std::string("Transfer-Encoding: chunked"))))
                return false;
            const std::string block(64 * 1024, 'x');
            for (std::size_t sent = 0; sent < reply.hugeBytes && !stopping_; sent += block.size())
                if (!sendAll(fd, declared ? block : chunk(block))) return false;
            return declared || sendAll(fd, "0\r\n\r\n");
        }
        }
        return false;
    }

    std::string path_;
    int listenFd_ = -1;
    std::atomic<bool> stopping_{false};
    std::atomic<int> accepted_{0};
    std::thread acceptThread_;
    mutable std::mutex mutex_;
    std::map<std::string, FakeReply> routes_;
    std::vector<std::string> requests_;
    std::vector<std::thread> connectionThreads_;
};

} // namespace dw::test
