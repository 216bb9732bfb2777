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
    target_->setAccessibleName(tr("Applies to"));
    target_->setToolTip(tr("Files, containers or images the waiver covers, as a glob; empty covers everything"));
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date_->setEnabled(false);
    expires_->setText(tr("Until"));
    connect(expires_, &QCheckBox::toggled, date_, &QWidget::setEnabled);
    auto* form = new QFormLayout;
    form->addRow(tr("Rule:"), new QLabel(rule, this));
    form->addRow(tr("Applies to (glob):"), target_);
    form->addRow(tr("Reason:"), reason_);
    form->addRow(expires_, date_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    updateOk();
    connect(reason_, &QLineEdit::textChanged, this, &WaiverDialog::updateOk);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

WaiverDialog::WaiverDialog(const findings::Waiver& existing, bool ruleEditable, QWidget* parent)
    : WaiverDialog(QString::fromStdString(existing.rule), QString::fromStdString(existing.target), parent)
{
    reason_->setText(QString::fromStdString(existing.reason));
    const QDate last = QDate::fromString(QString::fromStdString(existing.expires), Qt::ISODate);
    expires_->setChecked(last.isValid());
    if (last.isValid()) date_->setDate(last);
    if (ruleEditable) {
        setWindowTitle(tr("New Waiver"));
        ruleEdit_ = new QLineEdit(this);
        ruleEdit_->setPlaceholderText(tr("A rule or check id, e.g. DL3008 or DWH505"));
        ruleEdit_->setAccessibleName(tr("Rule"));
        auto* form = findChild<QFormLayout*>();
        form->removeRow(0);
        form->insertRow(0, tr("Rule:"), ruleEdit_);
        connect(ruleEdit_, &QLineEdit::textChanged, this, &WaiverDialog::updateOk);
    } else {
        setWindowTitle(tr("Edit the Waiver of %1").arg(QString::fromStdString(existing.rule)));
    }
    updateOk();
}

void WaiverDialog::updateOk()
{
    const bool ruleGiven = !ruleEdit_ || !ruleEdit_->text().trimmed().isEmpty();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(ruleGiven && !reason_->text().trimmed().isEmpty());
}

findings::Waiver WaiverDialog::waiver() const
{
    findings::Waiver waiver;
    waiver.rule = ruleEdit_ ? ruleEdit_->text().trimmed().toStdString() : rule_.toStdString();
    waiver.target = target_->text().trimmed().toStdString();
    waiver.reason = reason_->text().trimmed().toStdString();
    if (expires_->isChecked()) waiver.expires = date_->date().toString(Qt::ISODate).toStdString();
    return waiver;
}

} // namespace dw::ui
