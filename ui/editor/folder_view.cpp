#include "editor/folder_view.h"

#include "editor/folder_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw::ui {

FolderView::FolderView(FolderModel* model, QWidget* parent)
    : QWidget(parent), model_(model), proxy_(new QSortFilterProxyModel(this)), title_(new QLabel(this)),
      tree_(new QTreeView(this)), progress_(new QProgressBar(this)), cancel_(new QPushButton(this)),
      close_(new QPushButton(this))
{
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(FolderModel::SortRole);
    tree_->setModel(proxy_);
    tree_->setRootIsDecorated(false);
    tree_->setSortingEnabled(true);
    tree_->sortByColumn(FolderModel::FileColumn, Qt::AscendingOrder);
    tree_->setAlternatingRowColors(true);
    tree_->setUniformRowHeights(true);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(FolderModel::FileColumn, QHeaderView::Stretch);
    for (int column = FolderModel::ErrorsColumn; column < FolderModel::ColumnCount; ++column)
        tree_->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(tree_, &QTreeView::activated, this,
            [this](const QModelIndex& index) { emit fileActivated(index.data(FolderModel::PathRole).toString()); });
    progress_->hide();
    cancel_->hide();
    close_->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close_->setFlat(true);
    connect(cancel_, &QPushButton::clicked, this, &FolderView::cancelRequested);
    connect(close_, &QPushButton::clicked, this, &FolderView::closeRequested);
    title_->setTextFormat(Qt::PlainText);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 2, 2);
    header->addWidget(title_, 1);
    header->addWidget(close_);
    auto* busy = new QHBoxLayout;
    busy->setContentsMargins(6, 0, 6, 4);
    busy->addWidget(progress_, 1);
    busy->addWidget(cancel_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addLayout(busy);
    layout->addWidget(tree_, 1);
    retranslate();
}

void FolderView::setProgress(int done, int total)
{
    const bool running = total == 0 || done < total;
    progress_->setVisible(running);
    cancel_->setVisible(running);
    progress_->setRange(0, total); // 0..0 is a busy bar while the files are being found
    progress_->setValue(done);
}

void FolderView::setFolderName(const QString& name)
{
    folderName_ = name;
    retranslate();
}

void FolderView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void FolderView::retranslate()
{
    title_->setText(tr("Folder: %1").arg(folderName_));
    cancel_->setText(tr("Cancel"));
    close_->setToolTip(tr("Close the folder"));
    close_->setAccessibleName(tr("Close the folder"));
    tree_->setAccessibleName(tr("Dockerfiles of the folder"));
    setAccessibleName(tr("Folder"));
}

} // namespace dw::ui
