// The read-only lists and tables the views show beside their main widgets (findings, files, packages, layers,
// dashboard numbers): a model behind a QSortFilterProxyModel, sortable by clicking a header, in the model's order
// until then.
#pragma once

#include <Qt>

class QAbstractItemModel;
class QTableView;
class QTreeView;
class QWidget;

namespace dw::ui {

/// A flat QTreeView (no root decoration, uniform rows, last column stretched).
QTreeView* sortableList(QAbstractItemModel* model, int sortRole, QWidget* parent);

/// A QTableView with row selection and no row numbers.
QTableView* sortableTable(QAbstractItemModel* model, QWidget* parent);

} // namespace dw::ui
