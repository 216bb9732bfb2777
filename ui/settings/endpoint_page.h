// Settings › Docker: where Dockwarden reads the Docker host from. Lists the automatic choice (DOCKER_HOST, the
// current context, the default socket), every docker context found in ~/.docker and the endpoints added here (a
// Unix socket, tcp://, or tcp:// with TLS certificate files); "Use" picks one and the Host view reads it again.
#pragma once

#include "settings/app_settings.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace dw::ui {

/// The endpoints to choose from, as a table: name, address, kind, TLS; the one in use marked.
class EndpointListModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { NameColumn, AddressColumn, KindColumn, TlsColumn, ColumnCount };
    enum class Kind { Automatic, Context, Saved };
    struct Entry {
        Kind kind = Kind::Automatic;
        QString name;    ///< context name; for saved endpoints their URL
        QString address; ///< the daemon's address
        bool tls = false;
        bool currentContext = false;
    };

    explicit EndpointListModel(QObject* parent = nullptr);
    /// Lists the automatic choice, the contexts found and `settings`' saved endpoints; marks the one `settings` uses.
    void load(const AppSettings& settings);
    const Entry* entryAt(int row) const;
    int usedRow() const { return used_; }
    void setUsedRow(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    std::vector<Entry> entries_;
    int used_ = 0;
};

/// Adding an endpoint: its URL and, for tcp://, TLS with the CA, certificate and key files.
class EndpointDialog : public QDialog {
    Q_OBJECT

  public:
    explicit EndpointDialog(QWidget* parent = nullptr);
    SavedEndpoint endpoint() const;
    QLineEdit* urlEdit() const { return url_; }
    QCheckBox* tlsBox() const { return tls_; }
    QLineEdit* caEdit() const { return ca_; }

  private:
    void validate();

    QLineEdit* url_;
    QCheckBox* tls_;
    QCheckBox* verify_;
    QLineEdit* ca_;
    QLineEdit* cert_;
    QLineEdit* key_;
    QLabel* problem_;
    QPushButton* ok_;
};

class EndpointPage : public QWidget {
    Q_OBJECT

  public:
    explicit EndpointPage(const AppSettings& settings, QWidget* parent = nullptr);

    /// `settings` with the endpoint choice and the saved endpoints of this page.
    AppSettings applyTo(AppSettings settings) const;
    EndpointListModel* model() const { return model_; }
    QTreeView* view() const { return view_; }
    QPushButton* useButton() const { return use_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* removeButton() const { return remove_; }
    /// Adds an endpoint as the dialog would (tests); it becomes the one in use.
    void addEndpoint(const SavedEndpoint& endpoint);

  signals:
    void changed();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void updateButtons();

    AppSettings settings_;
    EndpointListModel* model_;
    QTreeView* view_;
    QLabel* intro_;
    QPushButton* use_;
    QPushButton* add_;
    QPushButton* remove_;
};

} // namespace dw::ui
