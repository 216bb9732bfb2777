// The GUI's use of the scan history (core/history): recording a host or image scan, and reading a target's past
// scans for the dashboard's trend, both in the background. The store is the one the command line writes
// (history::defaultHistoryPath()).
#pragma once

#include "findings/vocabulary.h"
#include "history/history_store.h"
#include "scan/scan_report.h"

#include <QObject>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace dw::ui {

class JobRunner;

/// Records `report` under `target`; `done(id, error)` on the GUI thread (id 0 when it failed).
void recordScan(JobRunner* jobs, QObject* context, std::shared_ptr<const scan::ScanReport> report, const std::string& target,
                findings::Language language, std::function<void(qint64 id, const QString& error)> done);

/// The past scans of `target`, newest first, without their findings.
void loadHistory(JobRunner* jobs, QObject* context, const std::string& target,
                 std::function<void(std::vector<history::ScanRecord> scans, const QString& error)> done);

} // namespace dw::ui
