#include "report/report_export_dialog.h"

#include "jobs/job_runner.h"
#include "report/report_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <ctime>

namespace dw::ui {
namespace {

const char* const kSuffixes[] = {"pdf", "html", "json"};

struct Outcome {
    bool written = false;
    QString error;
    QStringList warnings;
};


} // namespace

ReportExportDialog::ReportExportDialog(std::vector<Source> sources, findings::Language language,
                                       const QString& suggestedPath, JobRunner* jobs, QWidget* parent)
    : QDialog(parent), sources_(std::move(sources)), model_(new QStandardItemModel(this)), list_(new QListView(this)),
      format_(new QComboBox(this)), language_(new QComboBox(this)), title_(new QLineEdit(this)),
      path_(new QLineEdit(this)), error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)), jobs_(jobs)
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("reportExportDialog"));
    for (const Source& source : sources_) {
        auto* item = new QStandardItem(source.label);
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
        item->setEditable(false);
        model_->appendRow(item);
    }
    list_->setModel(model_);
    list_->setAccessibleName(tr("Scans in the report"));
    format_->addItems({tr("PDF document"), tr("HTML page (one file)"), tr("JSON data")});
    format_->setAccessibleName(tr("Format"));
    language_->addItem(QStringLiteral("English"));
    language_->addItem(QStringLiteral("简体中文"));
    language_->setCurrentIndex(language == findings::Language::English ? 0 : 1);
    language_->setAccessibleName(tr("Report language"));
    title_->setPlaceholderText(tr("Container security report"));
    title_->setAccessibleName(tr("Report title"));
    path_->setText(suggestedPath);
    path_->setAccessibleName(tr("Report file"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    error_->hide();
    auto* progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setRange(0, 0);
    progress->hide();
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto* form = new QFormLayout;
    form->addRow(tr("Scans:"), list_);
    form->addRow(tr("Format:"), format_);
    form->addRow(tr("Language:"), language_);
    form->addRow(tr("Title:"), title_);
    form->addRow(tr("File:"), pathRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(progress);
    layout->addWidget(buttons_);
    resize(560, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(format_, &QComboBox::currentIndexChanged, this, &ReportExportDialog::formatChanged);
    connect(path_, &QLineEdit::textChanged, this, &ReportExportDialog::updateOk);
    connect(model_, &QStandardItemModel::itemChanged, this, &ReportExportDialog::updateOk);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] { exportNow(); });
    connect(buttons_, &QDialogButtonBox::rejected, this, [this] {
        if (jobs_ && jobs_->isBusy(QStringLiteral("report"))) jobs_->cancel(QStringLiteral("report"));
        reject();
    });
    formatChanged();
}

std::vector<ReportExportDialog::Source> ReportExportDialog::chosen() const
{
    std::vector<Source> out;
    for (int row = 0; row < model_->rowCount(); ++row)
        if (model_->item(row)->checkState() == Qt::Checked) out.push_back(sources_[std::size_t(row)]);
    return out;
}

QString ReportExportDialog::path() const { return path_->text().trimmed(); }
void ReportExportDialog::setPath(const QString& path) { path_->setText(path); }
void ReportExportDialog::setFormat(int index) { format_->setCurrentIndex(index); }

void ReportExportDialog::setReportLanguage(findings::Language language)
{
    language_->setCurrentIndex(language == findings::Language::English ? 0 : 1);
}

findings::Language ReportExportDialog::reportLanguage() const
{
    return language_->currentIndex() == 0 ? findings::Language::English : findings::Language::SimplifiedChinese;
}

QString ReportExportDialog::reportTitle() const { return title_->text().trimmed(); }

void ReportExportDialog::formatChanged()
{
    const QString suffix = QString::fromLatin1(kSuffixes[qBound(0, format_->currentIndex(), 2)]);
    QString current = path();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        current = QFileInfo(info.dir(), info.completeBaseName() + QLatin1Char('.') + suffix).filePath();
        path_->setText(current);
    }
    updateOk();
}

void ReportExportDialog::updateOk()
{
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty() && !chosen().empty());
}

void ReportExportDialog::browse()
{
    const QString filters[] = {tr("PDF (*.pdf)"), tr("HTML (*.html)"), tr("JSON (*.json)")};
    const QString chosenPath = QFileDialog::getSaveFileName(this, tr("Export Report"), path(), filters[format_->currentIndex()]);
    if (!chosenPath.isEmpty()) path_->setText(chosenPath);
}

void ReportExportDialog::exportNow()
{
    JobRunner* jobs = jobs_;
    const std::vector<Source> sources = chosen();
    if (sources.empty() || path().isEmpty() || !jobs) return;
    const auto format = static_cast<report::ReportFormat>(format_->currentIndex());
    const std::string out = path().toStdString();
    report::ReportSettings settings;
    settings.language = reportLanguage();
    settings.title = reportTitle().toStdString();
    settings.toolVersion = DOCKWARDEN_VERSION;
    settings.generatedAt = static_cast<std::int64_t>(std::time(nullptr));
    std::vector<scan::ScanReport> scans;
    for (const Source& source : sources) scans.push_back(*source.report);
    const std::string trendTarget = sources.size() == 1 ? sources.front().historyTarget : std::string();

    error_->hide();
    findChild<QProgressBar*>(QStringLiteral("reportProgress"))->show();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
    jobs->run<Outcome>(
        QStringLiteral("report"), this,
        [scans = std::move(scans), settings, format, out, trendTarget](const std::atomic<bool>& cancel) mutable {
            settings.trend = report::trendFromHistory(trendTarget);
            const report::ReportModel model = report::buildReportModel(scans, std::move(settings));
            std::string error;
            std::vector<std::string> warnings;
            Outcome outcome;
            outcome.written = report::writeReport(model, format, out, error, warnings, &cancel);
            outcome.error = QString::fromStdString(error);
            for (const std::string& warning : warnings) outcome.warnings << QString::fromStdString(warning);
            return outcome;
        },
        [this](Outcome outcome) {
            findChild<QProgressBar*>(QStringLiteral("reportProgress"))->hide();
            updateOk();
            if (!outcome.written) {
                error_->setText(tr("The report was not written: %1").arg(outcome.error));
                error_->show();
                return;
            }
            emit exported(path(), outcome.warnings);
            accept();
        });
}

} // namespace dw::ui
