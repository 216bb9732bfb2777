#include "dashboard/dashboard_view.h"

#include "dashboard/dashboard_models.h"
#include "dashboard/waiver_model.h"
#include "editor/waiver_dialog.h"
#include "findings/severity_style.h"
#include "lint/config_writer.h"
#include "shell/placeholder_view.h"
#include "shell/sortable_views.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QVPieModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

namespace dw::ui {

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent), models_(new DashboardModels(this)), waivers_(new WaiverModel(this)), tabs_(new QTabWidget(this)),
      score_(new QLabel(this)), summary_(new QLabel(this)), riskiestTitle_(new QLabel(this)), waiverFile_(new QLabel(this)),
      waiverSummary_(new QLabel(this)), addWaiver_(new QPushButton(this)), editWaiver_(new QPushButton(this)),
      removeWaiver_(new QPushButton(this)), reloadWaivers_(new QPushButton(this)), empty_(new PlaceholderView(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    for (auto& chart : charts_) {
        chart = new QChartView(this);
        chart->setRenderHint(QPainter::Antialiasing);
        chart->setMinimumHeight(220);
    }
    severityTable_ = sortableTable(models_->severities(), this);
    practiceTable_ = sortableTable(models_->practices(), this);
    riskiestTable_ = sortableTable(models_->riskiest(), this);
    trendTable_ = sortableTable(models_->trend(), this);
    trendTable_->hideColumn(DashboardModels::TimeMsColumn);

    // The charts read the models through mappers: the tables beside them show the very same numbers.
    auto* pie = new QPieSeries(this);
    pie->setHoleSize(0.45);
    auto* pieMapper = new QVPieModelMapper(this);
    pieMapper->setLabelsColumn(0);
    pieMapper->setValuesColumn(1);
    pieMapper->setModel(models_->severities());
    pieMapper->setSeries(pie);
    charts_[0]->chart()->addSeries(pie);

    // Bars are filled from the practice model in rebuildCharts(): Qt 6.4's bar mapper crashes when the header of an
    // empty model changes (a language switch).
    charts_[1]->chart()->addSeries(new QHorizontalBarSeries(this));

    const std::pair<int, findings::Severity> lines[] = {{DashboardModels::ScoreColumn, findings::Severity::Info},
                                                       {DashboardModels::ErrorsColumn, findings::Severity::Error},
                                                       {DashboardModels::WarningsColumn, findings::Severity::Warning}};
    for (const auto& [column, severity] : lines) {
        auto* series = new QLineSeries(this);
        series->setPointsVisible(true);
        auto* mapper = new QVXYModelMapper(this);
        mapper->setXColumn(DashboardModels::TimeMsColumn);
        mapper->setYColumn(column);
        mapper->setModel(models_->trend());
        mapper->setSeries(series);
        charts_[2]->chart()->addSeries(series);
    }

    auto* header = new QHBoxLayout;
    QFont big = score_->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    score_->setFont(big);
    summary_->setWordWrap(true);
    header->addWidget(score_);
    header->addWidget(summary_, 1);

    auto* grid = new QGridLayout;
    grid->addWidget(panel(charts_[0], severityTable_, &panelTabs_[0]), 0, 0);
    grid->addWidget(panel(charts_[1], practiceTable_, &panelTabs_[1]), 0, 1);
    auto* riskiest = new QWidget(this);
    auto* riskiestLayout = new QVBoxLayout(riskiest);
    riskiestLayout->setContentsMargins(0, 0, 0, 0);
    riskiestLayout->addWidget(riskiestTitle_);
    riskiestLayout->addWidget(riskiestTable_, 1);
    grid->addWidget(riskiest, 1, 0);
    grid->addWidget(panel(charts_[2], trendTable_, &panelTabs_[3]), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* overview = new QWidget(this);
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addLayout(header);
    auto* chartsPage = new QWidget(this);
    chartsPage->setLayout(grid);
    grid->setContentsMargins(0, 0, 0, 0);
    overviewStack_ = new QStackedWidget(this);
    overviewStack_->addWidget(empty_);
    overviewStack_->addWidget(chartsPage);
    overviewLayout->addWidget(overviewStack_, 1);

    auto* waiversPage = new QWidget(this);
    auto* waiverLayout = new QVBoxLayout(waiversPage);
    waiverFile_->setWordWrap(true);
    waiverFile_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    waiverLayout->addWidget(waiverFile_);
    waiverLayout->addWidget(waiverSummary_);
    waiverTable_ = sortableTable(waivers_, this);
    waiverTable_->setSelectionMode(QAbstractItemView::SingleSelection);
    waiverLayout->addWidget(waiverTable_, 1);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {addWaiver_, editWaiver_, removeWaiver_, reloadWaivers_}) buttons->addWidget(button);
    buttons->addStretch();
    waiverLayout->addLayout(buttons);

    tabs_->addTab(overview, QString());
    tabs_->addTab(waiversPage, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);

    connect(models_, &DashboardModels::updated, this, &DashboardView::rebuildCharts);
    connect(models_, &DashboardModels::updated, this, &DashboardView::updateSummary);
    connect(practiceTable_, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex first = index.siblingAtColumn(0);
        const QVariant practice = first.data(DashboardModels::PracticeRole);
        if (practice.isValid()) emit practiceActivated(practice.toInt());
    });
    connect(riskiestTable_, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex first = index.siblingAtColumn(0);
        emit objectActivated(first.data(DashboardModels::ObjectKindRole).toInt(), first.data(DashboardModels::IdRole).toString());
    });
    connect(addWaiver_, &QPushButton::clicked, this, [this] { editWaiver(-1); });
    connect(editWaiver_, &QPushButton::clicked, this, [this] {
        const auto* proxy = static_cast<QSortFilterProxyModel*>(waiverTable_->model());
        editWaiver(proxy->mapToSource(waiverTable_->currentIndex()).row());
    });
    connect(waiverTable_, &QTableView::activated, this, [this](const QModelIndex& index) {
        editWaiver(static_cast<QSortFilterProxyModel*>(waiverTable_->model())->mapToSource(index).row());
    });
    connect(removeWaiver_, &QPushButton::clicked, this, [this] {
        const auto* proxy = static_cast<QSortFilterProxyModel*>(waiverTable_->model());
        const int row = proxy->mapToSource(waiverTable_->currentIndex()).row();
        if (row < 0) return;
        auto list = waivers_->waivers();
        list.erase(list.begin() + row);
        saveWaivers(list);
    });
    connect(reloadWaivers_, &QPushButton::clicked, this, &DashboardView::reloadWaivers);
    retranslate();
    rebuildCharts();
}

DashboardView::~DashboardView()
{
    // The charts' series talk to their model mappers while they are destroyed: they go before the models do.
    for (QChartView*& chart : charts_) {
        delete chart;
        chart = nullptr;
    }
}

QWidget* DashboardView::panel(QChartView* chart, QTableView* table, QTabWidget** tabs)
{
    *tabs = new QTabWidget(this);
    (*tabs)->setTabPosition(QTabWidget::South);
    (*tabs)->setDocumentMode(true);
    (*tabs)->addTab(chart, QString());
    (*tabs)->addTab(table, QString());
    return *tabs;
}

void DashboardView::setReport(std::shared_ptr<const scan::ScanReport> report)
{
    models_->setReport(std::move(report));
    retranslate();
}

void DashboardView::setHistory(std::vector<history::ScanRecord> scans)
{
    models_->setHistory(std::move(scans));
}

void DashboardView::styleChart(QChart* chart)
{
    chart->setTheme(paletteIsDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    chart->setFont(font());
    chart->legend()->setFont(font());
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void DashboardView::rebuildCharts()
{
    for (QChartView* view : charts_) {
        QChart* chart = view->chart();
        for (QAbstractAxis* axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
        styleChart(chart);
    }
    // Severity donut: slices in the severities' colours.
    auto* pie = static_cast<QPieSeries*>(charts_[0]->chart()->series().value(0));
    const findings::Severity order[] = {findings::Severity::Error, findings::Severity::Warning, findings::Severity::Info};
    for (int i = 0; i < pie->count() && i < 3; ++i) {
        QPieSlice* slice = pie->slices().at(i);
        slice->setColor(severityColor(order[i]));
        slice->setLabelVisible(slice->value() > 0);
        slice->setLabelColor(palette().color(QPalette::Text));
        slice->setLabel(QStringLiteral("%1: %2").arg(models_->severities()->item(i, 0)->text()).arg(slice->value()));
    }
    charts_[0]->chart()->legend()->setAlignment(Qt::AlignRight);

    // Practices: one bar set, the practices as categories.
    QChart* practices = charts_[1]->chart();
    auto* categories = new QBarCategoryAxis(practices);
    for (int row = 0; row < models_->practices()->rowCount(); ++row) categories->append(models_->practices()->item(row, 0)->text());
    practices->addAxis(categories, Qt::AlignLeft);
    auto* counts = new QValueAxis(practices);
    counts->setLabelFormat(QStringLiteral("%d"));
    practices->addAxis(counts, Qt::AlignBottom);
    if (auto* series = static_cast<QHorizontalBarSeries*>(practices->series().value(0))) {
        series->clear();
        auto* set = new QBarSet(tr("Findings"));
        set->setColor(severityColor(findings::Severity::Warning));
        set->setLabelColor(palette().color(QPalette::Text));
        int most = 1;
        for (int row = 0; row < models_->practices()->rowCount(); ++row) {
            const int count = models_->practices()->item(row, 1)->data(Qt::DisplayRole).toInt();
            set->append(count);
            most = std::max(most, count);
        }
        series->append(set);
        series->setLabelsVisible(true);
        series->attachAxis(categories);
        series->attachAxis(counts);
        counts->setRange(0, std::max(most, 4));
        counts->applyNiceNumbers();
    }
    practices->legend()->hide();

    // Trend: the score on the left axis (0-100), errors and warnings on the right.
    QChart* trend = charts_[2]->chart();
    auto* time = new QDateTimeAxis(trend);
    time->setFormat(QStringLiteral("MM-dd HH:mm"));
    trend->addAxis(time, Qt::AlignBottom);
    auto* score = new QValueAxis(trend);
    score->setRange(0, 100);
    score->setLabelFormat(QStringLiteral("%d"));
    trend->addAxis(score, Qt::AlignLeft);
    auto* findingsAxis = new QValueAxis(trend);
    findingsAxis->setLabelFormat(QStringLiteral("%d"));
    trend->addAxis(findingsAxis, Qt::AlignRight);
    const QStandardItemModel* model = models_->trend();
    qint64 first = 0, last = 0;
    int most = 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 at = model->item(row, DashboardModels::TimeMsColumn)->data(Qt::DisplayRole).toLongLong();
        first = row == 0 ? at : std::min(first, at);
        last = std::max(last, at);
        most = std::max({most, model->item(row, DashboardModels::ErrorsColumn)->data(Qt::DisplayRole).toInt(),
                         model->item(row, DashboardModels::WarningsColumn)->data(Qt::DisplayRole).toInt()});
    }
    if (first == last) {
        first -= 3600 * 1000;
        last += 3600 * 1000;
    }
    time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    findingsAxis->setRange(0, std::max(most, 4));
    findingsAxis->applyNiceNumbers();
    const QString names[] = {tr("Score"), tr("Errors"), tr("Warnings")};
    const findings::Severity colours[] = {findings::Severity::Info, findings::Severity::Error, findings::Severity::Warning};
    const auto series = trend->series();
    for (int i = 0; i < series.size() && i < 3; ++i) {
        auto* line = static_cast<QLineSeries*>(series.at(i));
        line->attachAxis(time);
        line->attachAxis(i == 0 ? score : findingsAxis);
        line->setName(names[i]);
        QPen pen(severityColor(colours[i]));
        pen.setWidthF(i == 0 ? 3.0 : 2.0);
        line->setPen(pen);
    }
    trend->legend()->setAlignment(Qt::AlignBottom);
    for (QTableView* table : {severityTable_, practiceTable_, riskiestTable_, trendTable_}) table->resizeColumnsToContents();
}

void DashboardView::setConfigPathProvider(std::function<QString()> provider)
{
    configPath_ = std::move(provider);
    reloadWaivers();
}

QString DashboardView::configPath() const
{
    return configPath_ ? configPath_() : QString();
}

void DashboardView::reloadWaivers()
{
    std::string error;
    const QString path = configPath();
    waivers_->setWaivers(path.isEmpty() ? std::vector<findings::Waiver>{} : lint::readWaivers(path.toStdString(), error));
    waiverFile_->setText(error.empty() ? tr("Waivers of %1").arg(path)
                                       : tr("The waivers of %1 could not be read: %2").arg(path, QString::fromStdString(error)));
    retranslate();
}

bool DashboardView::saveWaivers(const std::vector<findings::Waiver>& waivers)
{
    std::string error;
    if (!lint::writeWaivers(configPath().toStdString(), waivers, error)) {
        QMessageBox::warning(this, tr("Waivers not saved"), tr("The waivers could not be written: %1").arg(QString::fromStdString(error)));
        return false;
    }
    reloadWaivers();
    emit waiversChanged();
    return true;
}

void DashboardView::editWaiver(int row)
{
    const bool adding = row < 0 || row >= waivers_->rowCount();
    WaiverDialog dialog(adding ? findings::Waiver{} : waivers_->waivers()[std::size_t(row)], adding, this);
    if (dialog.exec() != QDialog::Accepted) return;
    auto list = waivers_->waivers();
    if (adding) list.push_back(dialog.waiver());
    else list[std::size_t(row)] = dialog.waiver();
    saveWaivers(list);
}

void DashboardView::retranslate()
{
    models_->retranslate();
    tabs_->setTabText(OverviewTab, tr("Overview"));
    tabs_->setTabText(WaiversTab, tr("Waivers (%1)").arg(waivers_->rowCount()));
    for (QTabWidget* tabs : panelTabs_) {
        if (!tabs) continue;
        tabs->setTabText(0, tr("Chart"));
        tabs->setTabText(1, tr("Table"));
    }
    charts_[0]->chart()->setTitle(tr("Findings by severity"));
    charts_[1]->chart()->setTitle(tr("Findings by practice"));
    charts_[2]->chart()->setTitle(tr("Score and findings over past scans"));
    riskiestTitle_->setText(tr("Riskiest containers and images (double-click to open)"));
    updateSummary();
    rebuildCharts();
    addWaiver_->setText(tr("Add…"));
    editWaiver_->setText(tr("Edit…"));
    removeWaiver_->setText(tr("Remove"));
    reloadWaivers_->setText(tr("Reload"));
    waiverSummary_->setText(tr("%1 in effect · %2 expiring within two weeks · %3 expired")
                                .arg(waivers_->count(WaiverModel::Status::Active) + waivers_->count(WaiverModel::Status::NoEnd))
                                .arg(waivers_->count(WaiverModel::Status::ExpiresSoon))
                                .arg(waivers_->count(WaiverModel::Status::Expired)));
    severityTable_->setAccessibleName(tr("Findings by severity"));
    practiceTable_->setAccessibleName(tr("Findings by practice"));
    riskiestTable_->setAccessibleName(tr("Riskiest containers and images"));
    trendTable_->setAccessibleName(tr("Score over past scans"));
    waiverTable_->setAccessibleName(tr("Waivers"));
}

void DashboardView::updateSummary()
{
    overviewStack_->setCurrentIndex(models_->report() ? 1 : 0);
    empty_->setTexts(tr("Dashboard"), tr("The risk of the Docker host at a glance: its score, its findings by severity and by "
                                         "practice, the riskiest containers and images, and the trend over past scans."));
    const auto report = models_->report();
    score_->setText(report ? QString::number(report->risk.score) : QStringLiteral("–"));
    summary_->setText(report ? tr("The risk score of the Docker host at %1: 100 means nothing was found. %2 errors, %3 warnings, "
                                  "%4 info; %5 recorded scans.")
                                   .arg(QString::fromStdString(report->target))
                                   .arg(report->risk.errors)
                                   .arg(report->risk.warnings)
                                   .arg(report->risk.infos)
                                   .arg(models_->trend()->rowCount())
                             : tr("No Docker host has been read yet. Its score, its findings and their trend over past "
                                  "scans appear here once the Host view is connected."));
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    if (event->type() == QEvent::PaletteChange) rebuildCharts();
    QWidget::changeEvent(event);
}

} // namespace dw::ui
