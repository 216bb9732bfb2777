// Accepting a risk on purpose: the rule, the files it covers (a glob, this file by default), the reason (required)
// and, optionally, the last day it holds. The result is written as a waiver into `.dockwarden.yaml`.
#pragma once

#include "findings/waivers.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace dw::ui {

class WaiverDialog : public QDialog {
    Q_OBJECT

  public:
    WaiverDialog(const QString& rule, const QString& target, QWidget* parent = nullptr);
    /// Editing a waiver (the waiver centre): its fields filled in; `ruleEditable` for a new one typed from scratch.
    WaiverDialog(const findings::Waiver& existing, bool ruleEditable, QWidget* parent = nullptr);
    findings::Waiver waiver() const;
    QLineEdit* reasonEdit() const { return reason_; }
    QLineEdit* ruleEdit() const { return ruleEdit_; }
    QLineEdit* targetEdit() const { return target_; }

  private:
    void updateOk();

    QString rule_;
    QLineEdit* ruleEdit_ = nullptr;
    QLineEdit* target_;
    QLineEdit* reason_;
    QCheckBox* expires_;
    QDateEdit* date_;
    QDialogButtonBox* buttons_;
};

} // namespace dw::ui
