// The recorded API 1.41 host of tests/data/engine/v1.41, served by the fault-injection daemon.
#pragma once

#include "fake_daemon.h"

#include "engine/endpoint.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace dw::test {

inline constexpr const char* kRunningId = "0415b59e90dc06f6d83624d4bae581aba83e1c17493c6de7c67377d93d1b083f";
inline constexpr const char* kImageId = "sha256:774292bdb48882375debfc36a2f3a330e3440fb8d606877a68de53a955c45a9e";
/// 1700000000 in Unix seconds, as the fake daemon's Date header.
inline constexpr const char* kPingDate = "Tue, 14 Nov 2023 22:13:20 GMT";

/// A file of the recorded host (tests/data/engine/v1.41/<name>), empty when missing.
inline std::string recorded(const char* name)
{
    QFile file(QStringLiteral(DW_TEST_DATA "/engine/v1.41/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll().toStdString();
}

inline FakeReply ok(std::string body) { return FakeReply{FakeReply::Kind::Normal, 200, std::move(body), {}, 0}; }

/// Serves the recorded API 1.41 host: one inspectable container (dw-running), one image, two networks, a volume.
inline void serveRecordedHost(FakeDaemon& daemon)
{
    daemon.route("/_ping", FakeReply{FakeReply::Kind::Normal, 200, "OK", {{"Api-Version", "1.41"}, {"Date", kPingDate}}, 0});
    daemon.route("/v1.41/version", ok(recorded("version.json")));
    daemon.route("/v1.41/info", ok(recorded("info.json")));
    daemon.route("/v1.41/containers/json?all=1", ok(recorded("containers.json")));
    daemon.route(std::string("/v1.41/containers/") + kRunningId + "/json", ok(recorded("container_dw-running.json")));
    daemon.route(std::string("/v1.41/containers/json?all=1&filters=%7B%22id%22%3A%5B%22") + kRunningId + "%22%5D%7D",
                 ok(recorded("containers.json")));
    daemon.route("/v1.41/images/json", ok(recorded("images.json")));
    daemon.route(std::string("/v1.41/images/") + kImageId + "/json", ok(recorded("image_dw-fixture.json")));
    daemon.route(std::string("/v1.41/images/") + kImageId + "/history", ok(recorded("image_history_dw-fixture.json")));
    daemon.route("/v1.41/networks", ok(recorded("networks.json")));
    daemon.route("/v1.41/volumes", ok(recorded("volumes.json")));
    daemon.route("/v1.41/system/df", ok(recorded("system_df.json")));
}

/// A fake daemon on a socket of its own serving the recorded host, for a test to add routes to or override.
class RecordedHost {
  public:
    /// False with `error` set when the socket cannot be served.
    bool start(std::string* error)
    {
        if (!socketDir_.isValid()) {
            *error = "no temporary directory";
            return false;
        }
        daemon_ = std::make_unique<FakeDaemon>(QString(socketDir_.path() + QStringLiteral("/d.sock")).toStdString());
        if (!daemon_->start(error)) return false;
        serveRecordedHost(*daemon_);
        return true;
    }

    FakeDaemon& daemon() { return *daemon_; }
    /// Nothing listens on the socket any more (endpoint() still names it).
    void stop() { daemon_->stop(); }
    void route(const std::string& target, FakeReply reply) { daemon_->route(target, std::move(reply)); }

    dw::engine::Endpoint endpoint() const
    {
        dw::engine::Endpoint endpoint;
        endpoint.socketPath = daemon_->socketPath();
        endpoint.url = "unix://" + endpoint.socketPath;
        return endpoint;
    }

  private:
    QTemporaryDir socketDir_;
    std::unique_ptr<FakeDaemon> daemon_; ///< declared after the directory: stops before the socket's directory goes
};

} // namespace dw::test
