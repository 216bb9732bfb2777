#include "settings/rules_page.h"

#include "findings/problems_model.h"
#include "settings/rules_model.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace dw::ui {
namespace {

/// A combo box of the four severities for the Severity column.
class SeverityDelegate : public QStyledItemDelegate {
  public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (const auto severity : {findings::Severity::Error, findings::Severity::Warning, findings::Severity::Info,
                                    findings::Severity::Style})
            box->addItem(severityDisplayName(severity), static_cast<int>(severity));
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

RulesPage::RulesPage(const QString& path, findings::Language language, QWidget* parent)
    : QWidget(parent), path_(path), model_(new RulesModel(this)), proxy_(new QSortFilterProxyModel(this)),
      where_(new QLabel(this)), status_(new QLabel(this)), filter_(new QLineEdit(this)), table_(new QTableView(this)),
      save_(new QPushButton(this)), reset_(new QPushButton(this))
{
    std::string error;
    model_->setChoices(lint::readRuleChoices(path.toStdString(), error));
    model_->setLanguage(language);
    proxy_->setSourceModel(model_);
    proxy_->setFilterRole(RulesModel::SearchRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    table_->setModel(proxy_);
    table_->setItemDelegateForColumn(RulesModel::SeverityColumn, new SeverityDelegate(table_));
    table_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSortingEnabled(true);
    table_->sortByColumn(RulesModel::RuleColumn, Qt::AscendingOrder);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(RulesModel::TitleColumn, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(RulesModel::RuleColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(RulesModel::DefaultColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(RulesModel::SeverityColumn, QHeaderView::ResizeToContents);
    where_->setWordWrap(true);
    where_->setTextFormat(Qt::PlainText);
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::PlainText);
    if (!error.empty()) status_->setText(QString::fromStdString(error));
    connect(save_, &QPushButton::clicked, this, &RulesPage::save);
    connect(reset_, &QPushButton::clicked, this, [this] { model_->setChoices({}); });
    connect(model_, &RulesModel::choicesEdited, this, [this] { status_->clear(); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(status_, 1);
    buttons->addWidget(reset_);
    buttons->addWidget(save_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where_);
    layout->addWidget(filter_);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    retranslate();
}

bool RulesPage::save()
{
    std::string error;
    if (!lint::writeRuleChoices(path_.toStdString(), model_->choices(), error)) {
        status_->setText(tr("Not saved: %1").arg(QString::fromStdString(error)));
        return false;
    }
    status_->setText(tr("Saved."));
    emit saved(path_);
    return true;
}

void RulesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void RulesPage::retranslate()
{
    where_->setText(tr("Rule choices for the Dockerfiles under %1, saved in %2 (dockwarden-cli reads the same file).")
                        .arg(QFileInfo(path_).absolutePath(), path_));
    filter_->setPlaceholderText(tr("Filter rules by id or title"));
    filter_->setAccessibleName(tr("Rules filter"));
    table_->setAccessibleName(tr("Rules"));
    save_->setText(tr("&Save to .dockwarden.yaml"));
    reset_->setText(tr("Reset to &defaults"));
}

} // namespace dw::ui
