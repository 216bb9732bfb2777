#include "dashboard/dashboard_models.h"

#include "findings/practice_names.h"
#include "findings/problems_model.h"
#include "findings/severity_style.h"
#include "host/host_table_model.h"
#include "scan/host_objects.h"

#include <QDateTime>

#include <algorithm>
#include <map>

namespace dw::ui {
namespace {

QStandardItem* number(qint64 value)
{
    auto* item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

QStandardItem* text(const QString& value)
{
    auto* item = new QStandardItem(value);
    item->setEditable(false);
    return item;
}

void clearRows(QStandardItemModel* model)
{
    model->removeRows(0, model->rowCount());
}

} // namespace

DashboardModels::DashboardModels(QObject* parent)
    : QObject(parent), severities_(new QStandardItemModel(this)), practices_(new QStandardItemModel(this)),
      riskiest_(new QStandardItemModel(this)), trend_(new QStandardItemModel(this))
{
    retranslate();
}

void DashboardModels::retranslate()
{
    severities_->setHorizontalHeaderLabels({tr("Severity"), tr("Findings")});
    practices_->setHorizontalHeaderLabels({tr("Practice"), tr("Findings")});
    riskiest_->setHorizontalHeaderLabels({tr("Kind"), tr("Name"), tr("Worst"), tr("Findings"), tr("Risk points")});
    trend_->setHorizontalHeaderLabels({tr("Scanned"), tr("Score"), tr("Errors"), tr("Warnings"), tr("Info"), tr("Time (ms)")});
    rebuildReportModels();
    rebuildTrend();
}

void DashboardModels::setReport(std::shared_ptr<const scan::ScanReport> report)
{
    report_ = std::move(report);
    rebuildReportModels();
    emit updated();
}

void DashboardModels::setHistory(std::vector<history::ScanRecord> scans)
{
    history_ = std::move(scans);
    rebuildTrend();
    emit updated();
}

void DashboardModels::rebuildReportModels()
{
    clearRows(severities_);
    clearRows(practices_);
    clearRows(riskiest_);
    if (!report_) return;
    const findings::RiskScore& risk = report_->risk;
    const std::pair<findings::Severity, int> counts[] = {{findings::Severity::Error, risk.errors},
                                                         {findings::Severity::Warning, risk.warnings},
                                                         {findings::Severity::Info, risk.infos}};
    for (const auto& [severity, count] : counts) {
        QStandardItem* name = text(severityDisplayName(severity));
        name->setData(int(severity), SeverityRole);
        name->setData(severityIcon(severity), Qt::DecorationRole);
        severities_->appendRow({name, number(count)});
    }

    std::map<findings::Practice, int> byPractice;
    for (const auto& finding : report_->findings)
        if (finding.sameAs.empty() && finding.severity != findings::Severity::Ignore)
            if (const auto practice = practiceOf(finding)) ++byPractice[*practice];
    std::vector<std::pair<findings::Practice, int>> sorted(byPractice.begin(), byPractice.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [practice, count] : sorted) {
        QStandardItem* name = text(practiceDisplayName(practice));
        name->setData(static_cast<int>(practice), PracticeRole);
        practices_->appendRow({name, number(count)});
    }

    struct Ranked {
        findings::ObjectKind kind;
        QString id;
        QString name;
        scan::ObjectFindings findings;
    };
    std::vector<Ranked> ranked;
    for (const auto& [key, object] : scan::findingsByObject(*report_)) {
        if (key.first != findings::ObjectKind::Container && key.first != findings::ObjectKind::Image) continue;
        if (object.count == 0) continue;
        const auto& where = std::get<findings::HostObjectLocation>(report_->findings[object.indices.front()].location);
        ranked.push_back({key.first, QString::fromStdString(key.second), QString::fromStdString(where.name), object});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.findings.riskPoints != b.findings.riskPoints) return a.findings.riskPoints > b.findings.riskPoints;
        if (a.findings.count != b.findings.count) return a.findings.count > b.findings.count;
        return a.name < b.name;
    });
    if (ranked.size() > 10) ranked.resize(10);
    for (const Ranked& entry : ranked) {
        QStandardItem* kind = text(entry.kind == findings::ObjectKind::Container ? tr("Container") : tr("Image"));
        kind->setData(entry.id, IdRole);
        kind->setData(int(entry.kind), ObjectKindRole);
        QStandardItem* worst = text(severityDisplayName(entry.findings.worst));
        worst->setData(severityIcon(entry.findings.worst), Qt::DecorationRole);
        riskiest_->appendRow({kind, text(entry.name), worst, number(entry.findings.count), number(entry.findings.riskPoints)});
    }
}

void DashboardModels::rebuildTrend()
{
    clearRows(trend_);
    // Oldest first, as a chart reads left to right.
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(it->unixTime);
        trend_->appendRow({text(when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))), number(it->riskScore), number(it->errors),
                           number(it->warnings), number(it->infos), number(when.toMSecsSinceEpoch())});
    }
}

} // namespace dw::ui
