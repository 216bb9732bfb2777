#include "images/compare_dialog.h"

#include "images/layers_model.h"
#include "shell/sortable_views.h"
#include "shell/text_table_model.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw::ui {
namespace {

std::string text(const QString& value)
{
    return value.toStdString();
}

std::string bytes(std::uint64_t size)
{
    return QLocale().formattedDataSize(qint64(size)).toStdString();
}

} // namespace

CompareDialog::CompareDialog(const QString& beforeName, const image::ImageReport& before, const QString& afterName,
                             const image::ImageReport& after, const image::ImageComparison& comparison, QWidget* parent)
    : QDialog(parent), summary_(new QLabel(this)), tabs_(new QTabWidget(this)), layers_(new TextTableModel(this)),
      files_(new TextTableModel(this)), packages_(new TextTableModel(this)), findings_(new TextTableModel(this))
{
    setWindowTitle(tr("%1 compared with %2").arg(afterName, beforeName));
    const QLocale locale;
    const QString delta = (comparison.sizeDelta >= 0 ? QStringLiteral("+") : QStringLiteral("−")) +
                          locale.formattedDataSize(qAbs(comparison.sizeDelta));
    summary_->setWordWrap(true);
    summary_->setText(tr("From %1 to %2: size %3 (%4 → %5); %6 shared layers; files: %7 added, %8 removed, %9 changed; "
                         "packages: %10 added, %11 removed, %12 changed; findings: %13 new, %14 fixed.")
                          .arg(beforeName, afterName, delta, locale.formattedDataSize(qint64(before.layers.sizeBytes)),
                               locale.formattedDataSize(qint64(after.layers.sizeBytes)))
                          .arg(comparison.sharedLayers)
                          .arg(comparison.added.size())
                          .arg(comparison.removed.size())
                          .arg(comparison.changed.size())
                          .arg(comparison.packagesAdded.size())
                          .arg(comparison.packagesRemoved.size())
                          .arg(comparison.packagesChanged.size())
                          .arg(comparison.findingsNew.size())
                          .arg(comparison.findingsFixed.size()));

    std::vector<std::vector<std::string>> rows;
    auto step = [](const image::ImageReport& report, std::size_t index) {
        const auto& layer = report.layers.layers[index];
        return text(stepText(layer.createdBy)) + " (" + bytes(layer.size) + ")";
    };
    for (const auto& pair : comparison.layers)
        rows.push_back({pair.before ? std::to_string(*pair.before) : std::string(), pair.before ? step(before, *pair.before) : std::string(),
                        pair.shared ? text(tr("shared")) : text(tr("different")),
                        pair.after ? std::to_string(*pair.after) : std::string(), pair.after ? step(after, *pair.after) : std::string()});
    layers_->setTable({text(tr("Layer")), text(beforeName), text(tr("Same?")), text(tr("Layer")), text(afterName)}, rows);

    rows.clear();
    auto addFiles = [&rows](const std::vector<image::FileChangeEntry>& list, const QString& change) {
        for (const auto& file : list)
            rows.push_back({text(change), "/" + file.path, file.sizeBefore ? bytes(file.sizeBefore) : std::string(),
                            file.sizeAfter ? bytes(file.sizeAfter) : std::string(),
                            file.modeChanged ? text(tr("permissions changed")) : std::string()});
    };
    addFiles(comparison.added, tr("added"));
    addFiles(comparison.removed, tr("removed"));
    addFiles(comparison.changed, tr("changed"));
    files_->setTable({text(tr("Change")), text(tr("Path")), text(tr("Size before")), text(tr("Size after")), text(tr("Note"))}, rows);

    rows.clear();
    auto addPackages = [&rows](const std::vector<image::PackageChange>& list, const QString& change) {
        for (const auto& package : list)
            rows.push_back({text(change), package.name, package.type, package.versionBefore, package.versionAfter});
    };
    addPackages(comparison.packagesAdded, tr("added"));
    addPackages(comparison.packagesRemoved, tr("removed"));
    addPackages(comparison.packagesChanged, tr("changed"));
    packages_->setTable({text(tr("Change")), text(tr("Package")), text(tr("Type")), text(tr("Before")), text(tr("After"))}, rows);

    rows.clear();
    for (const auto& finding : comparison.findingsNew)
        rows.push_back({text(tr("new")), finding.rule, std::string(findings::severityName(finding.severity)), finding.where, finding.message});
    for (const auto& finding : comparison.findingsFixed)
        rows.push_back({text(tr("fixed")), finding.rule, std::string(findings::severityName(finding.severity)), finding.where, finding.message});
    findings_->setTable({text(tr("Change")), text(tr("Rule")), text(tr("Severity")), text(tr("Where")), text(tr("Finding"))}, rows);

    tabs_->addTab(sortableList(layers_, Qt::DisplayRole, this), tr("Layers (%1 shared)").arg(comparison.sharedLayers));
    tabs_->addTab(sortableList(files_, Qt::DisplayRole, this), tr("Files (%1)").arg(files_->rowCount()));
    tabs_->addTab(sortableList(packages_, Qt::DisplayRole, this), tr("Packages (%1)").arg(packages_->rowCount()));
    tabs_->addTab(sortableList(findings_, Qt::DisplayRole, this), tr("Findings (%1 new, %2 fixed)").arg(comparison.findingsNew.size()).arg(comparison.findingsFixed.size()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(tabs_, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
}

} // namespace dw::ui
