#include "shell/placeholder_view.h"

#include "findings/severity_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dw::ui {

PlaceholderView::PlaceholderView(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), description_(new QLabel(this)), status_(new QLabel(this)),
      action_(new QPushButton(this))
{
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title_->setFont(big);
    for (QLabel* label : {title_, description_, status_}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    status_->hide();
    action_->hide();
    connect(action_, &QPushButton::clicked, this, &PlaceholderView::actionTriggered);

    // A column of readable width, centred.
    auto* column = new QWidget(this);
    column->setMaximumWidth(680);
    column->setMinimumWidth(320);
    auto* inner = new QVBoxLayout(column);
    inner->addWidget(title_);
    inner->addSpacing(8);
    inner->addWidget(description_);
    inner->addSpacing(16);
    inner->addWidget(status_);
    inner->addWidget(action_, 0, Qt::AlignHCenter);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void PlaceholderView::setTexts(const QString& title, const QString& description)
{
    title_->setText(title);
    description_->setText(description);
    setAccessibleName(title);
    setAccessibleDescription(description);
}

void PlaceholderView::setStatus(const QString& status, bool problem)
{
    status_->setText(status);
    status_->setVisible(!status.isEmpty());
    status_->setAccessibleName(status);
    QPalette palette = status_->palette();
    palette.setColor(QPalette::WindowText, problem ? severityColor(findings::Severity::Warning)
                                                   : QPalette().color(QPalette::Active, QPalette::WindowText));
    status_->setPalette(palette);
}

QString PlaceholderView::statusText() const
{
    return status_->isHidden() ? QString() : status_->text();
}

void PlaceholderView::setAction(const QString& text)
{
    action_->setText(text);
    action_->setVisible(!text.isEmpty());
}

} // namespace dw::ui
