// The Rules page of Settings: every Dockerfile rule, switched on or off and given a severity, saved into the
// `.dockwarden.yaml` that `dockwarden-cli lint` reads for the same files.
#pragma once

#include "findings/vocabulary.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dw::ui {

class RulesModel;

class RulesPage : public QWidget {
    Q_OBJECT

  public:
    /// `path` is the `.dockwarden.yaml` to edit (created on save when missing).
    RulesPage(const QString& path, findings::Language language, QWidget* parent = nullptr);

    RulesModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    /// Writes the choices; false (and the reason shown on the page) when the file cannot be written.
    bool save();

  signals:
    void saved(const QString& path);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();

    QString path_;
    RulesModel* model_;
    QSortFilterProxyModel* proxy_;
    QLabel* where_;
    QLabel* status_;
    QLineEdit* filter_;
    QTableView* table_;
    QPushButton* save_;
    QPushButton* reset_;
};

} // namespace dw::ui
