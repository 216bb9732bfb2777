// host_view_bench: the Host and Images views' figures, in-process offscreen (not a test: nothing here asserts a time).
//   connect   from connectTo() to a filled, live Host view (every container a row), resident memory then
//   stall     the longest gap of a 5 ms timer on the GUI thread while the host is read, while the view is searched
//             and sorted, and while a large saved image streams into the Images view
//   search    setting a search text over all tables and clearing it again; sorting the containers by name
// Environment: DW_BENCH_DOCKER_HOST (a daemon with many containers, see bench/run_gui_host_bench.sh),
// DW_BENCH_IMAGE_TAR (optional, a large `docker save` tarball, e.g. the one of bench/run_image_bench.sh).
#include "host/host_session.h"
#include "host/host_table_proxy.h"
#include "host/host_view.h"
#include "images/image_view.h"
#include "jobs/job_runner.h"
#include "bench_support.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <fstream>
#include <string>

namespace {

using dw::bench::residentKiB;

/// Measures the longest time the GUI thread did not get to a 5 ms timer.
class StallMeter {
  public:
    StallMeter()
    {
        timer_.setInterval(5);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            const qint64 now = clock_.nsecsElapsed();
            if (last_ > 0) worst_ = std::max(worst_, now - last_);
            last_ = now;
        });
    }
    void start()
    {
        worst_ = 0;
        last_ = 0;
        clock_.start();
        timer_.start();
    }
    double stopMs()
    {
        timer_.stop();
        return double(worst_) / 1e6;
    }

  private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    qint64 worst_ = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QByteArray host = qgetenv("DW_BENCH_DOCKER_HOST");
    if (host.isEmpty() && qgetenv("DW_BENCH_IMAGE_TAR").isEmpty()) {
        std::fprintf(stderr, "set DW_BENCH_DOCKER_HOST and/or DW_BENCH_IMAGE_TAR (bench/run_gui_host_bench.sh does)\n");
        return 2;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    dw::ui::JobRunner jobs;
    StallMeter stall;
    QElapsedTimer clock;
    if (!host.isEmpty()) {
    dw::ui::HostView view(&jobs);
    view.resize(1280, 800);
    view.show();
    QTest::qWait(50);
    const long before = residentKiB();
    stall.start();
    clock.start();
    dw::engine::EndpointRequest request;
    request.host = host.toStdString();
    // When the first rows were in the table, and when every row had its findings (the processes of running
    // containers and the disk usage may still be on their way).
    double firstRowsMs = -1, checkedMs = -1;
    QObject::connect(view.session(), &dw::ui::HostSession::reportChanged, &view, [&] {
        const double now = double(clock.nsecsElapsed()) / 1e6;
        if (firstRowsMs < 0 && view.model(dw::ui::HostTable::Containers)->rowCount() > 0) firstRowsMs = now;
        if (checkedMs < 0 && view.session()->viewData() && !view.model(dw::ui::HostTable::Containers)->isChecking())
            checkedMs = now;
    });
    view.connectTo(request);
    if (!QTest::qWaitFor([&] { return view.session()->state() == dw::ui::HostSession::State::Live; }, 600000))
        std::fprintf(stderr, "the host was not read within 10 minutes\n");
    const double connectMs = double(clock.nsecsElapsed()) / 1e6;
    QApplication::processEvents();
    const double connectStall = stall.stopMs();
    const int rows = view.model(dw::ui::HostTable::Containers)->rowCount();
    std::printf("connect   first rows in %.0f ms; every row checked in %.0f ms\n", firstRowsMs, checkedMs);
    std::printf("connect   %d containers, %d images: filled and live in %.0f ms; longest GUI stall %.1f ms; "
                "memory +%.1f MiB (%.1f MiB resident)\n",
                rows, view.model(dw::ui::HostTable::Images)->rowCount(), connectMs, connectStall,
                double(residentKiB() - before) / 1024.0, double(residentKiB()) / 1024.0);

    stall.start();
    clock.restart();
    view.searchEdit()->setText(QStringLiteral("created 12"));
    const int found = view.proxy(dw::ui::HostTable::Containers)->rowCount();
    view.searchEdit()->clear();
    const double searchMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    view.tableView(dw::ui::HostTable::Containers)->sortByColumn(dw::ui::HostTableModel::FirstOwnColumn, Qt::AscendingOrder);
    QApplication::processEvents();
    const double sortMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    view.session()->reconnect(); // a manual refresh with the rows on screen
    if (!QTest::qWaitFor([&] { return view.session()->state() == dw::ui::HostSession::State::Live; }, 600000))
        std::fprintf(stderr, "the host was not read within 10 minutes\n");
    const double refreshMs = double(clock.nsecsElapsed()) / 1e6;
    std::printf("search    %d of %d rows matched; search and clear %.1f ms; sort by name %.1f ms; refresh %.0f ms; "
                "longest GUI stall %.1f ms\n",
                found, rows, searchMs, sortMs, refreshMs, stall.stopMs());
    }

    const QByteArray tarball = qgetenv("DW_BENCH_IMAGE_TAR");
    if (!tarball.isEmpty()) {
        dw::ui::ImageView images(&jobs);
        images.resize(1280, 800);
        images.show();
        const long imageBefore = residentKiB();
        stall.start();
        clock.restart();
        images.openPath(QString::fromLocal8Bit(tarball));
        if (!QTest::qWaitFor([&] { return !images.isBusy(); }, 1800000)) std::fprintf(stderr, "the image was not read\n");
        std::printf("image     %s: opened in %.0f ms; longest GUI stall %.1f ms; memory +%.1f MiB\n", tarball.constData(),
                    double(clock.nsecsElapsed()) / 1e6, stall.stopMs(), double(residentKiB() - imageBefore) / 1024.0);
    }
    jobs.cancelAllAndWait();
    return 0;
}
