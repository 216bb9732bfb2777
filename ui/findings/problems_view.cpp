#include "findings/problems_view.h"

#include "findings/problems_model.h"
#include "findings/problems_proxy.h"
#include "findings/severity_style.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QStyle>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dw::ui {
namespace {

constexpr std::array<findings::Severity, 4> kSeverities{findings::Severity::Error, findings::Severity::Warning,
                                                        findings::Severity::Info, findings::Severity::Style};

} // namespace

ProblemsView::ProblemsView(ProblemsModel* model, QWidget* parent)
    : QWidget(parent), model_(model), proxy_(new ProblemsProxy(this)), table_(new QTableView(this)),
      filter_(new QLineEdit(this)), empty_(new QLabel(this)), rulesButton_(new QToolButton(this))
{
    proxy_->setSourceModel(model_);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    for (std::size_t i = 0; i < kSeverities.size(); ++i) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        const findings::Severity severity = kSeverities[i];
        connect(button, &QToolButton::toggled, this, [this, severity](bool on) { proxy_->setSeverityShown(severity, on); });
        severityButtons_[i] = button;
        bar->addWidget(button);
    }
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, proxy_, &ProblemsProxy::setText);
    bar->addWidget(filter_, 1);
    rulesButton_->setAutoRaise(true);
    rulesButton_->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    rulesButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    rulesButton_->hide();
    connect(rulesButton_, &QToolButton::clicked, this, &ProblemsView::clearRules);
    bar->addWidget(rulesButton_);

    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(ProblemsModel::LineColumn, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(ProblemsModel::RuleColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(ProblemsModel::FileColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(ProblemsModel::LineColumn, QHeaderView::ResizeToContents);
    auto activate = [this](const QModelIndex& index) {
        if (!index.isValid()) return;
        emit findingActivated(index.data(ProblemsModel::FileRole).toString(),
                              index.data(ProblemsModel::OffsetRole).toULongLong());
    };
    connect(table_, &QTableView::activated, this, activate);
    connect(table_, &QTableView::doubleClicked, this, activate);
    table_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table_, &QTableView::customContextMenuRequested, this, [this, activate](const QPoint& point) {
        const QModelIndex index = table_->indexAt(point);
        if (!index.isValid()) return;
        const QString rule = index.data(ProblemsModel::RuleRole).toString();
        QMenu menu(this);
        connect(menu.addAction(tr("Why? How to fix (%1)").arg(rule)), &QAction::triggered, this,
                [this, rule] { emit guideRequested(rule); });
        connect(menu.addAction(tr("Go to the finding")), &QAction::triggered, this, [index, activate] { activate(index); });
        menu.exec(table_->viewport()->mapToGlobal(point));
    });

    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    auto* stack = new QStackedLayout;
    stack->addWidget(table_);
    stack->addWidget(empty_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addLayout(stack);
    auto refresh = [this, stack] {
        updateCounts();
        stack->setCurrentWidget(proxy_->rowCount() == 0 ? static_cast<QWidget*>(empty_) : table_);
    };
    connect(model_, &ProblemsModel::countsChanged, this, refresh);
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(proxy_, &QAbstractItemModel::modelReset, this, refresh);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, refresh);
    retranslate();
    refresh();
}

void ProblemsView::showRules(const QStringList& rules, const QString& title)
{
    proxy_->setRules(QSet<QString>(rules.begin(), rules.end()));
    rulesTitle_ = title;
    rulesButton_->setText(tr("Practice: %1").arg(title));
    rulesButton_->setToolTip(tr("Show the findings of every rule again"));
    rulesButton_->show();
}

void ProblemsView::clearRules()
{
    proxy_->setRules({});
    rulesTitle_.clear();
    rulesButton_->hide();
}

void ProblemsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    else if (event->type() == QEvent::PaletteChange) updateCounts();
    QWidget::changeEvent(event);
}

void ProblemsView::retranslate()
{
    setAccessibleName(tr("Problems"));
    table_->setAccessibleName(tr("Problems table"));
    if (!rulesTitle_.isEmpty()) rulesButton_->setText(tr("Practice: %1").arg(rulesTitle_));
    filter_->setPlaceholderText(tr("Filter by rule, title, message or file"));
    filter_->setAccessibleName(tr("Problems filter"));
    empty_->setText(tr("No problems to show. Findings of the open Dockerfiles appear here as you type."));
    updateCounts();
}

void ProblemsView::updateCounts()
{
    for (std::size_t i = 0; i < kSeverities.size(); ++i) {
        QToolButton* button = severityButtons_[i];
        const int count = model_->count(kSeverities[i]);
        button->setIcon(severityIcon(kSeverities[i]));
        button->setText(QString::number(count));
        const QString name = severityDisplayName(kSeverities[i]);
        button->setToolTip(tr("Show or hide %1 findings").arg(name));
        button->setAccessibleName(tr("%1: %2").arg(name).arg(count));
    }
}

} // namespace dw::ui
