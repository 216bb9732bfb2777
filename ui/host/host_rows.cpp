// The rows of the Host view's tables, built from a host report's inventory and findings.
#include "host/host_table_model.h"
#include "host/host_view_data.h"

#include "engine/inventory.h"
#include "findings/subject_names.h"
#include "scan/host_objects.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <map>

namespace dw::ui {
namespace {

class HostColumns {
    Q_DECLARE_TR_FUNCTIONS(HostColumns)
  public:
    static QStringList titles(HostTable table)
    {
        switch (table) {
        case HostTable::Containers:
            return {tr("Name"), tr("Image"), tr("State"), tr("Status"), tr("Ports"), tr("Created"), tr("ID")};
        case HostTable::Images:
            return {tr("Tags"), tr("ID"), tr("Size"), tr("Created"), tr("Containers")};
        case HostTable::Networks:
            return {tr("Name"), tr("Driver"), tr("Scope"), tr("Subnet"), tr("Internal"), tr("ID")};
        case HostTable::Volumes:
            return {tr("Name"), tr("Driver"), tr("Mount point"), tr("Used by"), tr("Created")};
        }
        return {};
    }
    static QString risk(int points)
    {
        switch (scan::riskLevelOf(points)) {
        case scan::RiskLevel::High: return tr("High");
        case scan::RiskLevel::Medium: return tr("Medium");
        case scan::RiskLevel::Low: return tr("Low");
        case scan::RiskLevel::None: break;
        }
        return tr("None");
    }
    static QString yesNo(bool value) { return value ? tr("yes") : tr("no"); }
};

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString shortId(const std::string& id)
{
    return text(findings::shortId(id));
}

QString unixTimeText(std::int64_t seconds)
{
    if (seconds <= 0) return {};
    return QDateTime::fromSecsSinceEpoch(seconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

std::int64_t rfc3339Seconds(const std::string& value)
{
    const QDateTime time = QDateTime::fromString(text(value), Qt::ISODateWithMs);
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

QString portsText(const std::vector<engine::PortBinding>& ports)
{
    QStringList parts;
    for (const auto& port : ports) {
        if (port.hostPort.empty()) {
            parts << text(port.containerPort);
            continue;
        }
        const QString address = port.hostIp.empty() ? QStringLiteral("0.0.0.0") : text(port.hostIp);
        parts << address + QLatin1Char(':') + text(port.hostPort) + QStringLiteral("→") + text(port.containerPort);
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral(", "));
}

void attachFindings(HostRow& row, const std::map<scan::ObjectKey, scan::ObjectFindings>& objects, findings::ObjectKind kind,
                    const std::string& id)
{
    const auto found = objects.find({kind, id});
    if (found == objects.end()) return;
    row.worst = found->second.worst;
    row.findingCount = found->second.count;
    row.riskPoints = found->second.riskPoints;
}

void addCell(HostRow& row, const QVariant& shown, const QVariant& sortKey = {})
{
    row.cells.push_back(shown);
    row.sortKeys.push_back(sortKey.isValid() ? sortKey : shown);
}

std::vector<HostRow> containerRows(const engine::HostInventory& inventory,
                                   const std::map<scan::ObjectKey, scan::ObjectFindings>& objects)
{
    std::map<std::string, const engine::ContainerDetails*> details;
    for (const auto& container : inventory.containers) details[container.details.id] = &container.details;
    std::vector<HostRow> rows;
    rows.reserve(inventory.containerSummaries.size());
    for (const auto& summary : inventory.containerSummaries) {
        HostRow row;
        row.id = text(summary.id);
        const std::string name = summary.names.empty() ? std::string() : summary.names.front();
        row.name = text(findings::containerDisplayName(name, summary.id));
        row.image = text(summary.imageId);
        std::string state = summary.state;
        std::string status = summary.status;
        if (const auto it = details.find(summary.id); it != details.end()) {
            state = it->second->state.status; // the inspect data is newer than the list after a live update
            if (!it->second->state.healthStatus.empty()) status = state + " (" + it->second->state.healthStatus + ")";
        }
        row.active = state == "running";
        attachFindings(row, objects, findings::ObjectKind::Container, summary.id);
        addCell(row, row.name);
        addCell(row, text(summary.image));
        addCell(row, text(state));
        addCell(row, text(status));
        addCell(row, portsText(summary.ports));
        addCell(row, unixTimeText(summary.created), qint64(summary.created));
        addCell(row, shortId(summary.id));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<HostRow> imageRows(const engine::HostInventory& inventory,
                               const std::map<scan::ObjectKey, scan::ObjectFindings>& objects)
{
    std::map<std::string, int> users;
    for (const auto& container : inventory.containerSummaries) ++users[container.imageId];
    std::vector<HostRow> rows;
    rows.reserve(inventory.imageSummaries.size());
    for (const auto& image : inventory.imageSummaries) {
        HostRow row;
        row.id = text(image.id);
        row.name = text(findings::imageDisplayName(image.repoTags, image.repoDigests, image.id));
        const int using_ = users.count(image.id) ? users.at(image.id) : 0;
        row.active = using_ > 0;
        attachFindings(row, objects, findings::ObjectKind::Image, image.id);
        QStringList tags;
        for (const auto& tag : image.repoTags)
            if (tag != "<none>:<none>") tags << text(tag);
        addCell(row, tags.isEmpty() ? QStringLiteral("<none>") : tags.join(QStringLiteral(", ")));
        addCell(row, shortId(image.id));
        addCell(row, QLocale().formattedDataSize(image.size), qint64(image.size));
        addCell(row, unixTimeText(image.created), qint64(image.created));
        addCell(row, using_, using_);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<HostRow> networkRows(const engine::HostInventory& inventory,
                                 const std::map<scan::ObjectKey, scan::ObjectFindings>& objects)
{
    std::vector<HostRow> rows;
    for (const auto& network : inventory.networks) {
        HostRow row;
        row.id = text(network.id);
        row.name = text(network.name);
        attachFindings(row, objects, findings::ObjectKind::Network, network.id);
        QStringList subnets;
        for (const auto& ipam : network.ipamConfig)
            if (!ipam.subnet.empty()) subnets << text(ipam.subnet);
        addCell(row, row.name);
        addCell(row, text(network.driver));
        addCell(row, text(network.scope));
        addCell(row, subnets.join(QStringLiteral(", ")));
        addCell(row, HostColumns::yesNo(network.internal));
        addCell(row, shortId(network.id));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<HostRow> volumeRows(const engine::HostInventory& inventory,
                                const std::map<scan::ObjectKey, scan::ObjectFindings>& objects)
{
    std::map<std::string, int> users;
    for (const auto& container : inventory.containerSummaries)
        for (const auto& mount : container.mounts)
            if (mount.type == "volume" && !mount.name.empty()) ++users[mount.name];
    std::vector<HostRow> rows;
    for (const auto& volume : inventory.volumes.volumes) {
        HostRow row;
        row.id = text(volume.name);
        row.name = row.id;
        const int using_ = users.count(volume.name) ? users.at(volume.name) : 0;
        row.active = using_ > 0;
        attachFindings(row, objects, findings::ObjectKind::Volume, volume.name);
        addCell(row, row.name);
        addCell(row, text(volume.driver));
        addCell(row, text(volume.mountpoint));
        addCell(row, using_, using_);
        const std::int64_t created = rfc3339Seconds(volume.createdAt);
        addCell(row, unixTimeText(created), qint64(created));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

bool HostRow::sameAs(const HostRow& other) const
{
    return id == other.id && name == other.name && worst == other.worst && findingCount == other.findingCount &&
           riskPoints == other.riskPoints && cells == other.cells && image == other.image && active == other.active;
}

std::vector<HostRow> hostRows(HostTable table, const scan::ScanReport& report)
{
    return hostRows(table, report, scan::findingsByObject(report));
}

std::vector<HostRow> hostRows(HostTable table, const scan::ScanReport& report,
                              const std::map<scan::ObjectKey, scan::ObjectFindings>& objects)
{
    if (!report.inventory) return {};
    switch (table) {
    case HostTable::Containers: return containerRows(*report.inventory, objects);
    case HostTable::Images: return imageRows(*report.inventory, objects);
    case HostTable::Networks: return networkRows(*report.inventory, objects);
    case HostTable::Volumes: return volumeRows(*report.inventory, objects);
    }
    return {};
}

std::vector<std::size_t> HostViewData::indicesOf(findings::ObjectKind kind, const std::string& id) const
{
    const auto found = objects.find({kind, id});
    return found == objects.end() ? std::vector<std::size_t>{} : found->second.indices;
}

std::shared_ptr<const HostViewData> prepareHostView(std::shared_ptr<const scan::ScanReport> report)
{
    auto data = std::make_shared<HostViewData>();
    data->report = std::move(report);
    if (!data->report) return data;
    data->objects = scan::findingsByObject(*data->report);
    for (const HostTable table : {HostTable::Containers, HostTable::Images, HostTable::Networks, HostTable::Volumes})
        data->rows[std::size_t(table)] = hostRows(table, *data->report, data->objects);
    return data;
}

QStringList hostColumnTitles(HostTable table)
{
    return HostColumns::titles(table);
}

QString riskLevelName(int riskPoints)
{
    return HostColumns::risk(riskPoints);
}

} // namespace dw::ui
