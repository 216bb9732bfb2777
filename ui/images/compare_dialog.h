// Two images compared in one window: the size difference, the layers side by side (shared ones marked), the files
// added, removed and changed, the packages added, removed and changed, and the findings new in the second image
// and fixed since the first. Each list is a table (sortable, copyable).
#pragma once

#include "image/image_compare.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace dw::ui {

class TextTableModel;

class CompareDialog : public QDialog {
    Q_OBJECT

  public:
    CompareDialog(const QString& beforeName, const image::ImageReport& before, const QString& afterName,
                  const image::ImageReport& after, const image::ImageComparison& comparison, QWidget* parent = nullptr);

    QLabel* summary() const { return summary_; }
    QTabWidget* tabs() const { return tabs_; }
    TextTableModel* layers() const { return layers_; }
    TextTableModel* files() const { return files_; }
    TextTableModel* packages() const { return packages_; }
    TextTableModel* findings() const { return findings_; }

  private:
    QLabel* summary_;
    QTabWidget* tabs_;
    TextTableModel* layers_;
    TextTableModel* files_;
    TextTableModel* packages_;
    TextTableModel* findings_;
};

} // namespace dw::ui
