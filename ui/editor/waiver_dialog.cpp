#include "editor/waiver_dialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dw::ui {

WaiverDialog::WaiverDialog(const QString& rule, const QString& target, QWidget* parent)
    : QDialog(parent), rule_(rule), target_(new QLineEdit(target, this)), reason_(new QLineEdit(this)),
      expires_(new QCheckBox(this)), date_(new QDateEdit(QDate::currentDate().addMonths(3), this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Waive %1").arg(rule));
    auto* intro = new QLabel(tr("A waived finding is no longer reported as a problem, but every report still lists it "
                                "with the reason. The waiver is written into .dockwarden.yaml, which the command "
                                "line reads too."),
                             this);
    intro->setWordWrap(true);
    reason_->setPlaceholderText(tr("Why is this risk accepted? (required)"));
    reason_->setAccessibleName(tr("Reason"));
    target_->setAccessibleName(tr("Files"));
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date_->setEnabled(false);
    expires_->setText(tr("Until"));
    connect(expires_, &QCheckBox::toggled, date_, &QWidget::setEnabled);
    auto* form = new QFormLayout;
    form->addRow(tr("Rule:"), new QLabel(rule, this));
    form->addRow(tr("Files (glob):"), target_);
    form->addRow(tr("Reason:"), reason_);
    form->addRow(expires_, date_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    QPushButton* ok = buttons_->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(reason_, &QLineEdit::textChanged, ok, [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

findings::Waiver WaiverDialog::waiver() const
{
    findings::Waiver waiver;
    waiver.rule = rule_.toStdString();
    waiver.target = target_->text().trimmed().toStdString();
    waiver.reason = reason_->text().trimmed().toStdString();
    if (expires_->isChecked()) waiver.expires = date_->date().toString(Qt::ISODate).toStdString();
    return waiver;
}

} // namespace dw::ui
