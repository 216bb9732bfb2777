// The folder panel: the Dockerfiles of the opened folder with their counts and score, a progress bar with Cancel
// while they are linted, and activation to open one.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace dw::ui {

class FolderModel;

class FolderView : public QWidget {
    Q_OBJECT

  public:
    explicit FolderView(FolderModel* model, QWidget* parent = nullptr);

    QTreeView* tree() const { return tree_; }
    /// Shows the progress of the folder's lint (total 0: still looking for files); done == total hides it.
    void setProgress(int done, int total);
    void setFolderName(const QString& name);

  signals:
    void fileActivated(const QString& path);
    void cancelRequested();
    void closeRequested();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();

    FolderModel* model_;
    QSortFilterProxyModel* proxy_;
    QLabel* title_;
    QTreeView* tree_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QPushButton* close_;
    QString folderName_;
};

} // namespace dw::ui
