#include "host/host_view.h"

#include "engine/inventory.h"
#include "findings/severity_style.h"
#include "host/host_details.h"
#include "host/host_session.h"
#include "host/host_table_proxy.h"
#include "host/host_view_data.h"
#include "host/object_findings_model.h"
#include "scan/host_objects.h"
#include "shell/placeholder_view.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace dw::ui {
namespace {

constexpr std::array kTables{HostTable::Containers, HostTable::Images, HostTable::Networks, HostTable::Volumes};

findings::ObjectKind kindOf(HostTable table)
{
    switch (table) {
    case HostTable::Containers: return findings::ObjectKind::Container;
    case HostTable::Images: return findings::ObjectKind::Image;
    case HostTable::Networks: return findings::ObjectKind::Network;
    case HostTable::Volumes: return findings::ObjectKind::Volume;
    }
    return findings::ObjectKind::Container;
}

QString settingsKey(HostTable table)
{
    static const char* const names[] = {"containers", "images", "networks", "volumes"};
    return QStringLiteral("host/columns/") + QLatin1String(names[int(table)]);
}

std::vector<std::size_t> indicesOf(const HostViewData* data, findings::ObjectKind kind, const QString& id)
{
    return data ? data->indicesOf(kind, id.toStdString()) : std::vector<std::size_t>{};
}

} // namespace

HostView::HostView(JobRunner* jobs, QWidget* parent)
    : QWidget(parent), jobs_(jobs), session_(new HostSession(jobs, this)), stack_(new QStackedWidget(this)),
      placeholder_(new PlaceholderView(this)), banner_(new QFrame(this)), bannerText_(new QLabel(this)),
      retry_(new QPushButton(this)), score_(new QLabel(this)), summary_(new QLabel(this)), live_(new QLabel(this)),
      progress_(new QProgressBar(this)), cancel_(new QPushButton(this)), refresh_(new QPushButton(this)),
      daemonFindings_(new ObjectFindingsModel(this)), daemonView_(new QTreeView(this)), search_(new QLineEdit(this)),
      findingsOnly_(new QCheckBox(this)), imageFilter_(new QPushButton(this)), tables_(new QTabWidget(this)),
      details_(new HostDetails(this))
{
    setObjectName(QStringLiteral("hostView"));
    banner_->setObjectName(QStringLiteral("hostBanner"));
    banner_->setFrameShape(QFrame::StyledPanel);
    banner_->setAutoFillBackground(true);
    bannerText_->setWordWrap(true);
    bannerText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bannerRow = new QHBoxLayout(banner_);
    auto* bannerIcon = new QLabel(banner_);
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    bannerRow->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerRow->addWidget(bannerText_, 1);
    bannerRow->addWidget(retry_, 0, Qt::AlignTop);
    banner_->hide();

    QFont scoreFont = score_->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.8);
    scoreFont.setBold(true);
    score_->setFont(scoreFont);
    score_->setMinimumWidth(score_->fontMetrics().horizontalAdvance(QStringLiteral("100")) + 8);
    score_->setAlignment(Qt::AlignCenter);
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);
    progress_->setMaximumWidth(260);
    progress_->setTextVisible(true);
    daemonView_->setModel(daemonFindings_);
    daemonView_->setRootIsDecorated(false);
    daemonView_->setUniformRowHeights(true);
    daemonView_->setMaximumHeight(daemonView_->fontMetrics().height() * 8 + 12);
    daemonView_->header()->setStretchLastSection(true);

    auto* headerRow = new QHBoxLayout;
    auto* scoreBox = new QVBoxLayout;
    scoreBox->addWidget(score_);
    scoreBox->addWidget(live_, 0, Qt::AlignHCenter);
    scoreBox->addStretch();
    headerRow->addLayout(scoreBox);
    auto* middle = new QVBoxLayout;
    middle->addWidget(summary_);
    middle->addWidget(daemonView_, 1);
    headerRow->addLayout(middle, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(refresh_);
    buttons->addWidget(progress_);
    buttons->addWidget(cancel_);
    buttons->addStretch();
    headerRow->addLayout(buttons);

    auto* filterRow = new QHBoxLayout;
    search_->setClearButtonEnabled(true);
    filterRow->addWidget(search_, 1);
    filterRow->addWidget(findingsOnly_);
    filterRow->addWidget(imageFilter_);
    imageFilter_->hide();

    for (const HostTable table : kTables) {
        const auto at = std::size_t(table);
        models_[at] = new HostTableModel(table, this);
        proxies_[at] = new HostTableProxy(this);
        proxies_[at]->setSourceModel(models_[at]);
        auto* view = new QTreeView(this);
        views_[at] = view;
        view->setModel(proxies_[at]);
        view->setRootIsDecorated(false);
        view->setUniformRowHeights(true);
        view->setSortingEnabled(true);
        view->setAllColumnsShowFocus(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->header()->setSectionsMovable(true);
        view->header()->setResizeContentsPrecision(100); // fitting columns reads 100 rows, not a thousand
        view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
        view->sortByColumn(HostTableModel::SeverityColumn, Qt::DescendingOrder);
        tables_->addTab(view, QString());
        restoreColumns(table);
        connect(view->header(), &QWidget::customContextMenuRequested, this,
                [this, table](const QPoint& point) { showColumnMenu(table, point); });
        connect(view->header(), &QHeaderView::sortIndicatorChanged, this, [this, table] { saveColumns(table); });
        connect(view->header(), &QHeaderView::sectionMoved, this, [this, table] { saveColumns(table); });
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HostView::showSelected);
    }
    connect(tables_, &QTabWidget::currentChanged, this, &HostView::showSelected);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 0);
    contentLayout->addLayout(headerRow);
    contentLayout->addLayout(filterRow);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tables_);
    split->addWidget(details_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    contentLayout->addWidget(split, 1);
    stack_->addWidget(placeholder_);
    stack_->addWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner_);
    layout->addWidget(stack_, 1);

    connect(session_, &HostSession::stateChanged, this, &HostView::updateState);
    connect(session_, &HostSession::reportChanged, this, &HostView::updateReport);
    connect(session_, &HostSession::progress, this, [this](const QString& stage, qint64 done, qint64 total) {
        progress_->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0) progress_->setValue(int(done * 1000 / total));
        progress_->setFormat(total > 0 ? tr("%1: %2 of %3").arg(stageName(stage)).arg(done).arg(total)
                                       : tr("Reading %1…").arg(stageName(stage)));
        progress_->setToolTip(progress_->text());
    });
    connect(session_, &HostSession::inspected, details_, &HostDetails::setInspect);
    connect(retry_, &QPushButton::clicked, session_, &HostSession::reconnect);
    connect(placeholder_, &PlaceholderView::actionTriggered, this, [this] {
        if (session_->state() == HostSession::State::Connecting) session_->cancel();
        else session_->reconnect();
    });
    connect(refresh_, &QPushButton::clicked, session_, &HostSession::reconnect);
    connect(cancel_, &QPushButton::clicked, session_, &HostSession::cancel);
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (HostTableProxy* proxy : proxies_) proxy->setSearchText(text);
    });
    connect(findingsOnly_, &QCheckBox::toggled, this, [this](bool only) {
        for (HostTableProxy* proxy : proxies_) proxy->setFindingsOnly(only);
    });
    connect(imageFilter_, &QPushButton::clicked, this, [this] { showContainersOfImage({}); });
    connect(daemonView_, &QTreeView::clicked, this, [this] {
        for (QTreeView* view : views_) view->clearSelection();
        const auto& info = shownReport() && shownReport()->inventory ? shownReport()->inventory->info
                                                                                : engine::DaemonInfo{};
        const QString id = QString::fromStdString(info.id);
        details_->showObject(findings::ObjectKind::Daemon, id, QString::fromStdString(info.name), shownReport(),
                             indicesOf(session_->viewData().get(), findings::ObjectKind::Daemon, id), {});
        session_->fetchInspect(findings::ObjectKind::Daemon, id);
    });
    connect(details_, &HostDetails::guideRequested, this, &HostView::guideRequested);
    connect(details_, &HostDetails::openImageRequested, this, [this](const QString& imageId) {
        const int row = models_[std::size_t(HostTable::Images)]->rowOf(imageId);
        const HostRow* image = models_[std::size_t(HostTable::Images)]->rowAt(row);
        emit openImageRequested(imageId, image ? image->name : imageId);
    });
    connect(details_, &HostDetails::containersOfImageRequested, this, &HostView::showContainersOfImage);

    retranslate();
    updateState();
}

HostView::~HostView()
{
    // Widths chosen over an empty table say nothing; the first rows fit the columns to their contents instead.
    for (const HostTable table : kTables)
        if (views_[std::size_t(table)]->property("dwFitted").toBool()) saveColumns(table);
}

void HostView::connectTo(const engine::EndpointRequest& request)
{
    session_->connectTo(request);
}

void HostView::setLanguage(findings::Language language)
{
    language_ = language;
    daemonFindings_->setLanguage(language);
    details_->setLanguage(language);
}

QString HostView::statusText() const
{
    return stack_->currentWidget() == placeholder_ ? placeholder_->statusText() : bannerText_->text();
}

QPushButton* HostView::actionButton() const
{
    return stack_->currentWidget() == placeholder_ ? placeholder_->actionButton() : retry_;
}

QString HostView::stageName(const QString& stage)
{
    // Short: they fit the progress bar beside the buttons.
    if (stage == QLatin1String("daemon")) return tr("lists");
    if (stage == QLatin1String("containers")) return tr("containers");
    if (stage == QLatin1String("images")) return tr("images");
    if (stage == QLatin1String("processes")) return tr("processes");
    if (stage == QLatin1String("done")) return tr("finishing");
    return stage;
}

std::shared_ptr<const scan::ScanReport> HostView::shownReport() const
{
    const auto data = session_->viewData();
    return data ? data->report : nullptr;
}

QString HostView::failureText() const
{
    const QString endpoint = session_->endpointUrl();
    if (session_->state() == HostSession::State::Reconnecting)
        return tr("The connection to the Docker daemon at %1 was lost. The data below is from before; the view "
                  "reconnects by itself.").arg(endpoint);
    return endpoint.isEmpty() ? tr("No Docker daemon was found.") : tr("No Docker daemon was found at %1.").arg(endpoint);
}

QString HostView::adviceText() const
{
    const auto& error = session_->error();
    if (!error) return {};
    QString advice;
    switch (error->id) {
    case engine::ErrorId::PermissionDenied:
        advice = tr("This user may not open the daemon's socket: join the docker group (and log in again) or run as root.");
        break;
    case engine::ErrorId::Tls:
        advice = tr("The TLS handshake failed: check the certificate paths of the endpoint.");
        break;
    case engine::ErrorId::InvalidEndpoint:
    case engine::ErrorId::Unsupported:
        advice = tr("Check the Docker endpoint in Settings, DOCKER_HOST and the current docker context.");
        break;
    case engine::ErrorId::Timeout:
        advice = tr("The daemon did not answer in time: it may be busy or hung. Check it, then retry.");
        break;
    default:
        advice = tr("Start the Docker daemon, or set its endpoint in Settings, then choose Tools › Reconnect to Docker.");
        break;
    }
    return advice + QStringLiteral("\n") + tr("Details: %1").arg(QString::fromStdString(error->message));
}

void HostView::updateState()
{
    using State = HostSession::State;
    const State state = session_->state();
    const bool hasData = shownReport() != nullptr;
    const bool failed = state == State::Failed || state == State::Cancelled;
    stack_->setCurrentWidget(hasData ? static_cast<QWidget*>(stack_->widget(1)) : placeholder_);
    if (!hasData) {
        if (failed && state == State::Cancelled) {
            placeholder_->setStatus(tr("Reading the host was cancelled."), false);
            placeholder_->setAction(tr("Retry"));
        } else if (failed) {
            placeholder_->setStatus(failureText() + QStringLiteral("\n\n") + adviceText(), true);
            placeholder_->setAction(tr("Retry"));
        } else {
            placeholder_->setStatus(state == State::Connecting ? tr("Reading the Docker host at %1…").arg(session_->endpointUrl())
                                                               : tr("Looking for a Docker daemon…"),
                                    false);
            placeholder_->setAction(state == State::Connecting ? tr("Cancel") : QString());
        }
    }
    const bool showBanner = hasData && (state == State::Reconnecting || state == State::Failed);
    banner_->setVisible(showBanner);
    if (showBanner) {
        bannerText_->setText(failureText() + QStringLiteral("\n") + adviceText());
        QPalette palette = banner_->palette();
        QColor tint = severityColor(findings::Severity::Warning);
        tint.setAlpha(paletteIsDark() ? 70 : 45);
        palette.setColor(QPalette::Window, tint);
        banner_->setPalette(palette);
    }
    retry_->setVisible(state == State::Failed);
    for (HostTableModel* model : models_) model->setStale(hasData && (state == State::Reconnecting || state == State::Failed));
    const bool busy = state == State::Connecting;
    progress_->setVisible(busy);
    cancel_->setVisible(busy);
    refresh_->setEnabled(!busy);
    if (busy) {
        progress_->setRange(0, 0);
        progress_->setFormat(tr("Connecting…"));
    }
    updateHeader();
}

void HostView::updateReport()
{
    const auto data = session_->viewData();
    const auto report = shownReport();
    const bool checking = session_->previewStage() == engine::InventoryStage::Lists;
    for (const HostTable table : kTables) {
        models_[std::size_t(table)]->setRows(data ? data->rows[std::size_t(table)] : std::vector<HostRow>{});
        models_[std::size_t(table)]->setChecking(checking);
    }
    const auto daemonIndices =
        report && report->inventory ? indicesOf(data.get(), findings::ObjectKind::Daemon, QString::fromStdString(report->inventory->info.id))
                                    : std::vector<std::size_t>{};
    daemonFindings_->setFindings(report, daemonIndices);
    for (int column = 0; column < ObjectFindingsModel::MessageColumn; ++column) daemonView_->resizeColumnToContents(column);
    if (!details_->objectId().isEmpty() || details_->kind() == findings::ObjectKind::Daemon)
        details_->updateObject(report, indicesOf(data.get(), details_->kind(), details_->objectId()));
    // Columns fit their contents the first time rows arrive, unless the user's widths were restored.
    for (const HostTable table : kTables) {
        QTreeView* view = views_[std::size_t(table)];
        const bool fitted = view->property("dwFitted").toBool();
        if (fitted || models_[std::size_t(table)]->rowCount() == 0) continue;
        view->setProperty("dwFitted", true);
        if (QSettings().contains(settingsKey(table))) continue;
        for (int column = 0; column < models_[std::size_t(table)]->columnCount() - 1; ++column)
            view->resizeColumnToContents(column);
    }
    updateCountTexts();
    updateState();
}

void HostView::updateHeader()
{
    const auto report = shownReport();
    const auto previewStage = session_->previewStage();
    if (!report) {
        score_->setText(QStringLiteral("–"));
        summary_->setText(QString());
    } else if (previewStage) {
        // A first collection in progress: no score until every container is checked.
        score_->setText(QStringLiteral("…"));
        score_->setPalette(palette());
        score_->setToolTip(tr("The score is computed once every object is checked."));
        const auto& inventory = *report->inventory;
        const QString daemon = tr("Docker %1 (API %2) at %3")
                                   .arg(QString::fromStdString(inventory.version.version),
                                        QString::fromStdString(inventory.apiVersion), session_->endpointUrl());
        summary_->setText(*previewStage == engine::InventoryStage::Lists
                              ? tr("%1 · listed %2 containers and %3 images; reading and checking their details…")
                                    .arg(daemon)
                                    .arg(inventory.containerSummaries.size())
                                    .arg(inventory.imageSummaries.size())
                              : tr("%1 · %2 errors, %3 warnings, %4 info so far · reading the processes of running containers…")
                                    .arg(daemon)
                                    .arg(report->risk.errors)
                                    .arg(report->risk.warnings)
                                    .arg(report->risk.infos));
    } else {
        score_->setText(QString::number(report->risk.score));
        QPalette palette = score_->palette();
        const auto worst = report->risk.score >= 80 ? findings::Severity::Info
                           : report->risk.score >= 50 ? findings::Severity::Warning
                                                      : findings::Severity::Error;
        palette.setColor(QPalette::WindowText, severityColor(worst));
        score_->setPalette(palette);
        score_->setToolTip(tr("The host's risk score: 100 means nothing was found, 0 means many serious findings."));
        const auto& inventory = *report->inventory;
        summary_->setText(tr("Docker %1 (API %2) at %3 · %4 errors, %5 warnings, %6 info · daemon findings:")
                              .arg(QString::fromStdString(inventory.version.version),
                                   QString::fromStdString(inventory.apiVersion), session_->endpointUrl())
                              .arg(report->risk.errors)
                              .arg(report->risk.warnings)
                              .arg(report->risk.infos));
    }
    using State = HostSession::State;
    switch (session_->state()) {
    case State::Live:
        live_->setText(tr("● Live"));
        live_->setToolTip(tr("Following the daemon's events: the tables change as containers come and go."));
        break;
    case State::Reconnecting:
        live_->setText(tr("○ Stale"));
        live_->setToolTip(tr("The daemon is away; the data is the last known. Reconnecting…"));
        break;
    case State::Connecting:
        live_->setText(tr("Reading…"));
        live_->setToolTip(QString());
        break;
    default:
        live_->setText(tr("○ Offline"));
        live_->setToolTip(QString());
        break;
    }
    QPalette palette = live_->palette();
    palette.setColor(QPalette::WindowText, session_->state() == State::Live ? severityColor(findings::Severity::Info)
                                                                            : palette.color(QPalette::PlaceholderText));
    live_->setPalette(palette);
    QString summary;
    switch (session_->state()) {
    case State::Live: summary = tr("Docker host at %1, live").arg(session_->endpointUrl()); break;
    case State::Reconnecting: summary = tr("Lost the Docker daemon at %1; reconnecting").arg(session_->endpointUrl()); break;
    case State::Connecting: summary = tr("Reading the Docker host at %1…").arg(session_->endpointUrl()); break;
    default:
        summary = session_->endpointUrl().isEmpty() ? tr("No Docker daemon") : tr("No Docker daemon at %1").arg(session_->endpointUrl());
        break;
    }
    emit connectionChanged(summary, session_->state() == State::Live);
}

void HostView::showSelected()
{
    const auto table = HostTable(tables_->currentIndex());
    QTreeView* view = views_[std::size_t(table)];
    const QModelIndex current = view->selectionModel()->currentIndex();
    const QModelIndex source = proxies_[std::size_t(table)]->mapToSource(current);
    const HostRow* row = current.isValid() ? models_[std::size_t(table)]->rowAt(source.row()) : nullptr;
    if (!row) {
        details_->showObject(kindOf(table), {}, {}, shownReport(), {}, {});
        return;
    }
    const findings::ObjectKind kind = kindOf(table);
    const QString imageId = table == HostTable::Containers ? row->image : table == HostTable::Images ? row->id : QString();
    if (details_->kind() == kind && details_->objectId() == row->id) return;
    details_->showObject(kind, row->id, row->name, shownReport(), indicesOf(session_->viewData().get(), kind, row->id), imageId);
    session_->fetchInspect(kind, row->id);
}

bool HostView::selectObject(HostTable table, const QString& id)
{
    const int row = models_[std::size_t(table)]->rowOf(id);
    if (row < 0) return false;
    tables_->setCurrentIndex(int(table));
    const QModelIndex index = proxies_[std::size_t(table)]->mapFromSource(models_[std::size_t(table)]->index(row, 0));
    if (!index.isValid()) return false;
    views_[std::size_t(table)]->setCurrentIndex(index);
    views_[std::size_t(table)]->scrollTo(index);
    return true;
}

void HostView::showContainersOfImage(const QString& imageId)
{
    proxies_[std::size_t(HostTable::Containers)]->setImageFilter(imageId);
    imageFilter_->setVisible(!imageId.isEmpty());
    if (!imageId.isEmpty()) tables_->setCurrentIndex(int(HostTable::Containers));
    updateCountTexts();
}

void HostView::saveColumns(HostTable table) const
{
    QSettings().setValue(settingsKey(table), views_[std::size_t(table)]->header()->saveState());
}

void HostView::restoreColumns(HostTable table)
{
    const QByteArray state = QSettings().value(settingsKey(table)).toByteArray();
    if (!state.isEmpty()) views_[std::size_t(table)]->header()->restoreState(state);
}

void HostView::showColumnMenu(HostTable table, const QPoint& at)
{
    QHeaderView* header = views_[std::size_t(table)]->header();
    QMenu menu(this);
    for (int column = 0; column < models_[std::size_t(table)]->columnCount(); ++column) {
        QAction* action = menu.addAction(models_[std::size_t(table)]->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column, table](bool shown) {
            header->setSectionHidden(column, !shown);
            saveColumns(table);
        });
    }
    menu.exec(header->mapToGlobal(at));
}

void HostView::updateCountTexts()
{
    const HostRow* image = models_[std::size_t(HostTable::Images)]->rowAt(
        models_[std::size_t(HostTable::Images)]->rowOf(proxies_[std::size_t(HostTable::Containers)]->imageFilter()));
    imageFilter_->setText(tr("Image: %1 ✕").arg(image ? image->name : proxies_[std::size_t(HostTable::Containers)]->imageFilter().left(19)));
    const QString titles[] = {tr("Containers (%1)"), tr("Images (%1)"), tr("Networks (%1)"), tr("Volumes (%1)")};
    for (const HostTable table : kTables)
        tables_->setTabText(int(table), titles[std::size_t(table)].arg(models_[std::size_t(table)]->rowCount()));
}

void HostView::retranslate()
{
    placeholder_->setTexts(tr("Docker host"), tr("The containers, images, networks and volumes of a Docker host, each with "
                                                 "the risks found in its settings and what to change."));
    retry_->setText(tr("Retry"));
    cancel_->setText(tr("Cancel"));
    refresh_->setText(tr("Refresh"));
    refresh_->setToolTip(tr("Read the whole host again"));
    search_->setPlaceholderText(tr("Search names, images, ports, states…"));
    findingsOnly_->setText(tr("With findings only"));
    const QString widest = tr("%1: %2 of %3").arg(stageName(QStringLiteral("containers"))).arg(10000).arg(10000);
    progress_->setMinimumWidth(std::min(260, progress_->fontMetrics().horizontalAdvance(widest) + 24));
    imageFilter_->setToolTip(tr("Show the containers of every image again"));
    for (HostTableModel* model : models_) model->retranslate();
    updateCountTexts();
    views_[0]->setAccessibleName(tr("Containers"));
    views_[1]->setAccessibleName(tr("Images"));
    views_[2]->setAccessibleName(tr("Networks"));
    views_[3]->setAccessibleName(tr("Volumes"));
    daemonView_->setAccessibleName(tr("Findings about the daemon"));
    search_->setAccessibleName(tr("Search the host's objects"));
    live_->setAccessibleName(tr("Connection state"));
    updateState();
}

void HostView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace dw::ui
