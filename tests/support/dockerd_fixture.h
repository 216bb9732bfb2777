// Starts a private dockerd for a test (root only) on a socket under a short /tmp directory, waits for
// /_ping, and stops it again. Header-only so every test that needs a real daemon can include it.
#pragma once

#include "engine/client.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

#include <chrono>

namespace dw::test {

class DockerdFixture {
public:
    DockerdFixture() = default;
    ~DockerdFixture() { stop(); }
    DockerdFixture(const DockerdFixture&) = delete;
    DockerdFixture& operator=(const DockerdFixture&) = delete;

    /// Starts dockerd and waits up to `readyTimeout` for /_ping. Returns an empty string when the daemon
    /// answers, else why it could not start (for QSKIP or QFAIL). `extraArguments` go to dockerd after the
    /// fixture's own (e.g. another `-H tcp://...` with `--tlsverify` and its certificates); /_ping is always
    /// asked over the fixture's unix socket.
    QString start(std::chrono::seconds readyTimeout = std::chrono::seconds(30), const QStringList& extraArguments = {}) {
        if (::geteuid() != 0) return QStringLiteral("dockerd needs root; this test runs as uid %1").arg(::geteuid());
        const QString dockerd = findDockerd();
        if (dockerd.isEmpty()) return QStringLiteral("dockerd is not installed");
        if (!dir_.isValid()) return QStringLiteral("cannot create a temporary directory under /tmp");
        const QString root = dir_.path();
        process_.setProgram(dockerd);
        process_.setArguments(QStringList{QStringLiteral("--data-root"), root + QStringLiteral("/data"),
                               QStringLiteral("--exec-root"), root + QStringLiteral("/exec"),
                               QStringLiteral("-H"), QStringLiteral("unix://") + socketPath(),
                               QStringLiteral("--pidfile"), root + QStringLiteral("/dockerd.pid"),
                               QStringLiteral("--iptables=false"), QStringLiteral("--ip6tables=false"),
                               QStringLiteral("--bridge=none"), QStringLiteral("--storage-driver=vfs")}
                              + extraArguments);
        process_.setProcessChannelMode(QProcess::MergedChannels);
        process_.setStandardOutputFile(logPath());
        process_.start();
        if (!process_.waitForStarted(10000)) return QStringLiteral("cannot start %1: %2").arg(dockerd, process_.errorString());

        engine::ClientOptions options;
        options.connectTimeout = std::chrono::milliseconds(1000);
        options.requestTimeout = std::chrono::milliseconds(2000);
        engine::Client client(endpoint(), options);
        const auto deadline = std::chrono::steady_clock::now() + readyTimeout;
        while (std::chrono::steady_clock::now() < deadline) {
            if (process_.state() == QProcess::NotRunning)
                return QStringLiteral("dockerd exited with code %1; log: %2").arg(process_.exitCode()).arg(logTail());
            if (client.get("/_ping")) return {};
            QThread::msleep(200);
        }
        stop();
        return QStringLiteral("dockerd did not answer /_ping within %1 s; log: %2").arg(readyTimeout.count()).arg(logTail());
    }

    void stop() {
        if (process_.state() == QProcess::NotRunning) return;
        // Networks a test created live on as bridge interfaces of the host after dockerd exits (its data root goes
        // with the temporary directory); left behind run after run, they use up the daemon's address pools.
        QProcess prune;
        prune.start(QStringLiteral("docker"), {QStringLiteral("-H"), QStringLiteral("unix://") + socketPath(),
                                               QStringLiteral("network"), QStringLiteral("prune"), QStringLiteral("-f")});
        if (prune.waitForStarted(5000) && !prune.waitForFinished(15000)) prune.kill();
        process_.terminate();
        if (!process_.waitForFinished(20000)) {
            process_.kill();
            process_.waitForFinished(5000);
        }
    }

    QString socketPath() const { return dir_.path() + QStringLiteral("/docker.sock"); }
    QString logPath() const { return dir_.path() + QStringLiteral("/dockerd.log"); }

    engine::Endpoint endpoint() const {
        engine::Endpoint endpoint;
        endpoint.transport = engine::Transport::Unix;
        endpoint.socketPath = socketPath().toStdString();
        endpoint.url = "unix://" + endpoint.socketPath;
        endpoint.context = "default";
        return endpoint;
    }

private:
    static QString findDockerd() {
        QString found = QStandardPaths::findExecutable(QStringLiteral("dockerd"));
        if (found.isEmpty())
            found = QStandardPaths::findExecutable(QStringLiteral("dockerd"),
                                                   {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                                    QStringLiteral("/usr/local/bin")});
        return found;
    }

    QString logTail() const {
        QFile log(logPath());
        if (!log.open(QIODevice::ReadOnly)) return QStringLiteral("(no log)");
        const QByteArray text = log.readAll();
        return QString::fromUtf8(text.right(600));
    }

    QTemporaryDir dir_{QStringLiteral("/tmp/dwd-XXXXXX")};
    QProcess process_;
};

/// Starts `fixture` in a test slot: skips the test where no daemon can run (not root, not installed) and fails it
/// where one should have started (root, dockerd installed).
#define DW_START_DOCKERD_OR_SKIP(fixture)                                                                              \
    do {                                                                                                               \
        const QString why_ = (fixture).start();                                                                        \
        if (!why_.isEmpty()) {                                                                                         \
            if (::geteuid() == 0 && !QStandardPaths::findExecutable(QStringLiteral("dockerd"),                        \
                                                                    {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}) \
                                         .isEmpty())                                                                   \
                QFAIL(qPrintable(QStringLiteral("dockerd is installed and we are root, but it did not start: ") + why_)); \
            QSKIP(qPrintable(QStringLiteral("no real Docker daemon for this test: ") + why_));                         \
        }                                                                                                              \
    } while (false)

/// Writes a build context for the fixture image every daemon test uses: busybox on scratch, sleeping an hour.
inline bool writeBusyboxContext(const QString& directory)
{
    if (!QFile::copy(QStringLiteral("/bin/busybox"), directory + QStringLiteral("/busybox"))) return false;
    QFile dockerfile(directory + QStringLiteral("/Dockerfile"));
    if (!dockerfile.open(QIODevice::WriteOnly)) return false;
    dockerfile.write("FROM scratch\nCOPY busybox /bin/busybox\nCMD [\"/bin/busybox\", \"sleep\", \"3600\"]\n");
    return true;
}

} // namespace dw::test
