// A host report made ready for the Host view off the GUI thread: the rows of its four tables and its findings per
// object, so that a live update of a host with a thousand containers costs the GUI thread only the model's diff.
#pragma once

#include "host/host_table_model.h"
#include "scan/host_objects.h"

#include <array>
#include <map>
#include <memory>
#include <vector>

namespace dw::ui {

struct HostViewData {
    std::shared_ptr<const scan::ScanReport> report;
    std::array<std::vector<HostRow>, 4> rows; ///< by HostTable
    std::map<scan::ObjectKey, scan::ObjectFindings> objects;

    /// The findings of one object (indices into report->findings), empty when none.
    std::vector<std::size_t> indicesOf(findings::ObjectKind kind, const std::string& id) const;
};

/// Builds the view's data for a host report (thread-safe: runs on the job runner).
std::shared_ptr<const HostViewData> prepareHostView(std::shared_ptr<const scan::ScanReport> report);

} // namespace dw::ui
