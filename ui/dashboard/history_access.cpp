#include "dashboard/history_access.h"

#include "history/recording.h"
#include "jobs/job_runner.h"

namespace dw::ui {

void recordScan(JobRunner* jobs, QObject* context, std::shared_ptr<const scan::ScanReport> report, const std::string& target,
                findings::Language language, std::function<void(qint64, const QString&)> done)
{
    struct Outcome {
        qint64 id = 0;
        QString error;
    };
    jobs->run<Outcome>(
        QStringLiteral("history-record:") + QString::fromStdString(target), context,
        [report, target, language](const std::atomic<bool>&) {
            std::string notice, error;
            auto store = history::HistoryStore::open(history::defaultHistoryPath(), notice, error);
            if (!store) return Outcome{0, QString::fromStdString(error)};
            const std::int64_t id = store->record(history::scanRecord(*report, target, language), error);
            return Outcome{id, QString::fromStdString(error)};
        },
        [done](Outcome outcome) { done(outcome.id, outcome.error); });
}

void loadHistory(JobRunner* jobs, QObject* context, const std::string& target,
                 std::function<void(std::vector<history::ScanRecord>, const QString&)> done)
{
    struct Loaded {
        std::vector<history::ScanRecord> scans;
        QString error;
    };
    jobs->run<Loaded>(
        QStringLiteral("history-load:") + QString::fromStdString(target), context,
        [target](const std::atomic<bool>&) {
            std::string notice, error;
            auto store = history::HistoryStore::open(history::defaultHistoryPath(), notice, error);
            if (!store) return Loaded{{}, QString::fromStdString(error)};
            return Loaded{store->list(target), {}};
        },
        [done](Loaded loaded) { done(std::move(loaded.scans), loaded.error); });
}

} // namespace dw::ui
