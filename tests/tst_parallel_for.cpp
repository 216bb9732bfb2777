// util::parallelFor: every index once, on the workers asked for, and the first failure handed back to the caller.
#include "util/parallel_for.h"

#include <QtTest>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using dw::util::parallelFor;

class TestParallelFor : public QObject {
    Q_OBJECT

  private slots:
    void everyIndexOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("workers");
        QTest::newRow("nothing to do") << 0 << 4;
        QTest::newRow("one index, many workers") << 1 << 8;
        QTest::newRow("fewer indices than workers") << 3 << 8;
        QTest::newRow("one worker") << 100 << 1;
        QTest::newRow("zero workers means one") << 10 << 0;
        QTest::newRow("many indices") << 5000 << 4;
    }
    void everyIndexOnce()
    {
        QFETCH(int, count);
        QFETCH(int, workers);
        std::vector<std::atomic<int>> calls(static_cast<std::size_t>(count));
        std::mutex lock;
        std::set<std::size_t> workerNumbers;
        parallelFor(static_cast<std::size_t>(count), static_cast<std::size_t>(workers), [&](std::size_t i, std::size_t worker) {
            calls[i].fetch_add(1);
            const std::lock_guard<std::mutex> guard(lock);
            workerNumbers.insert(worker);
        });
        for (int i = 0; i < count; ++i) QCOMPARE(calls[static_cast<std::size_t>(i)].load(), 1);
        const std::size_t allowed = static_cast<std::size_t>(std::max(1, std::min(count, workers)));
        for (std::size_t worker : workerNumbers) QVERIFY2(worker < allowed, qPrintable(QString::number(worker)));
    }

    void oneWorkerRunsInOrderOnTheCaller()
    {
        std::vector<std::size_t> order;
        const auto caller = std::this_thread::get_id();
        bool elsewhere = false;
        parallelFor(50, 1, [&](std::size_t i, std::size_t worker) {
            order.push_back(i);
            elsewhere = elsewhere || worker != 0 || std::this_thread::get_id() != caller;
        });
        QVERIFY(!elsewhere);
        QCOMPARE(order.size(), std::size_t(50));
        for (std::size_t i = 0; i < order.size(); ++i) QCOMPARE(order[i], i);
    }

    void workersRunAtTheSameTime()
    {
        // Each of two calls waits (up to two seconds) for the other to start: run one after the other, the first
        // would give up without seeing the second.
        std::atomic<int> started{0};
        std::atomic<int> sawTheOther{0};
        parallelFor(2, 2, [&](std::size_t, std::size_t) {
            started.fetch_add(1);
            for (int spins = 0; started.load() < 2 && spins < 2000; ++spins)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            if (started.load() == 2) sawTheOther.fetch_add(1);
        });
        QCOMPARE(sawTheOther.load(), 2);
    }

    void helpersAreKeptForLaterCalls()
    {
        // A helper marks its thread once it has served; a thread started for a call has no mark yet. Were a thread
        // started and ended per call, every call would meet an unmarked helper.
        static thread_local bool servedBefore = false;
        constexpr int kCalls = 50;
        int freshHelpers = 0;
        for (int call = 0; call < kCalls; ++call) {
            std::atomic<int> started{0};
            std::atomic<bool> fresh{false};
            parallelFor(2, 2, [&](std::size_t, std::size_t worker) {
                started.fetch_add(1); // each waits for the other, so the helper surely takes an index
                for (int spins = 0; started.load() < 2 && spins < 2000; ++spins)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                if (worker == 0) return;
                if (!servedBefore) fresh = true;
                servedBefore = true;
            });
            QCOMPARE(started.load(), 2);
            freshHelpers += fresh.load() ? 1 : 0;
        }
        // Earlier tests may have left a few helpers that never took an index.
        QVERIFY2(freshHelpers <= 8, qPrintable(QString::number(freshHelpers)));
    }

    void callsAtOnceAndNestedCallsEachGetEveryIndex()
    {
        constexpr std::size_t kOuter = 6;
        constexpr std::size_t kInner = 200;
        std::vector<std::atomic<int>> calls(kOuter * kInner);
        std::atomic<bool> badWorker{false};
        const auto nested = [&] {
            parallelFor(kOuter, 3, [&](std::size_t outer, std::size_t outerWorker) {
                if (outerWorker >= 3) badWorker = true;
                parallelFor(kInner, 2, [&](std::size_t inner, std::size_t innerWorker) {
                    if (innerWorker >= 2) badWorker = true;
                    calls[outer * kInner + inner].fetch_add(1);
                });
            });
        };
        std::thread other(nested); // two such calls at once, from two threads
        nested();
        other.join();
        QVERIFY(!badWorker.load());
        for (const auto& count : calls) QCOMPARE(count.load(), 2);
    }

    void firstFailureReachesTheCaller()
    {
        // The other workers go on while the exception unwinds (slowly under ASan: thousands of these cheap
        // indices), so how many run after the failure depends on timing. Whether the far end of a long range runs
        // does not: it does only when the handing out never stops.
        constexpr std::size_t kCount = 50'000'000;
        for (std::size_t workers : {std::size_t(1), std::size_t(4)}) {
            std::atomic<bool> lastRan{false};
            bool caught = false;
            try {
                parallelFor(kCount, workers, [&](std::size_t i, std::size_t) {
                    if (i == 10) throw std::runtime_error("index 10 failed");
                    if (i == kCount - 1) lastRan = true;
                });
            } catch (const std::runtime_error& error) {
                caught = true;
                QCOMPARE(QString(error.what()), QStringLiteral("index 10 failed"));
            }
            QVERIFY(caught);
            QVERIFY(!lastRan.load());
        }
    }
};

QTEST_GUILESS_MAIN(TestParallelFor)
#include "tst_parallel_for.moc"
