#include "settings/endpoint_page.h"

#include "engine/endpoint.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw::ui {

EndpointListModel::EndpointListModel(QObject* parent) : QAbstractTableModel(parent) {}

void EndpointListModel::load(const AppSettings& settings)
{
    beginResetModel();
    entries_.clear();
    entries_.push_back({Kind::Automatic, {}, {}, false, false});
    for (const auto& context : engine::listContexts(engine::processEnvironment(), engine::processHomeDir())) {
        if (context.name == "default") continue;
        entries_.push_back({Kind::Context, QString::fromStdString(context.name), QString::fromStdString(context.host),
                            false, context.current});
    }
    for (const SavedEndpoint& endpoint : settings.endpoints)
        entries_.push_back({Kind::Saved, endpoint.url, endpoint.url, endpoint.tls, false});
    used_ = 0;
    for (int row = 0; row < int(entries_.size()); ++row) {
        const Entry& entry = entries_[std::size_t(row)];
        if ((entry.kind == Kind::Context && entry.name == settings.dockerContext && !settings.dockerContext.isEmpty()) ||
            (entry.kind == Kind::Saved && entry.address == settings.dockerHost && !settings.dockerHost.isEmpty()))
            used_ = row;
    }
    endResetModel();
}

const EndpointListModel::Entry* EndpointListModel::entryAt(int row) const
{
    return row >= 0 && row < rowCount() ? &entries_[std::size_t(row)] : nullptr;
}

void EndpointListModel::setUsedRow(int row)
{
    if (row < 0 || row >= rowCount() || row == used_) return;
    const int before = used_;
    used_ = row;
    emit dataChanged(index(before, 0), index(before, ColumnCount - 1));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EndpointListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(entries_.size());
}

int EndpointListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointListModel::data(const QModelIndex& index, int role) const
{
    const Entry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry) return {};
    if (role == Qt::FontRole && index.row() == used_) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case NameColumn:
        if (entry->kind == Kind::Automatic) return index.row() == used_ ? tr("● Automatic") : tr("Automatic");
        return QString((index.row() == used_ ? QStringLiteral("● ") : QString()) + entry->name +
                       (entry->currentContext ? tr(" (current context)") : QString()));
    case AddressColumn:
        return entry->kind == Kind::Automatic ? tr("DOCKER_HOST, the current context, or the default socket") : entry->address;
    case KindColumn:
        switch (entry->kind) {
        case Kind::Automatic: return tr("as the docker CLI");
        case Kind::Context: return tr("docker context");
        case Kind::Saved: return tr("added here");
        }
        return {};
    case TlsColumn: return entry->kind == Kind::Saved ? (entry->tls ? tr("TLS") : tr("no TLS")) : QString();
    }
    return {};
}

QVariant EndpointListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Endpoint");
    case AddressColumn: return tr("Address");
    case KindColumn: return tr("From");
    case TlsColumn: return tr("Security");
    }
    return {};
}

EndpointDialog::EndpointDialog(QWidget* parent)
    : QDialog(parent), url_(new QLineEdit(this)), tls_(new QCheckBox(tr("Use TLS"), this)),
      verify_(new QCheckBox(tr("Check the daemon's certificate"), this)), ca_(new QLineEdit(this)), cert_(new QLineEdit(this)),
      key_(new QLineEdit(this)), problem_(new QLabel(this)), ok_(nullptr)
{
    setWindowTitle(tr("Add a Docker Endpoint"));
    url_->setPlaceholderText(tr("unix:///var/run/docker.sock or tcp://build-host:2376"));
    url_->setAccessibleName(tr("Address"));
    verify_->setChecked(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Address:"), url_);
    form->addRow(QString(), tls_);
    form->addRow(QString(), verify_);
    auto fileRow = [this, form](const QString& label, QLineEdit* edit) {
        auto* row = new QHBoxLayout;
        auto* browse = new QToolButton(this);
        browse->setText(QStringLiteral("…"));
        browse->setToolTip(tr("Choose the file"));
        row->addWidget(edit, 1);
        row->addWidget(browse);
        form->addRow(label, row);
        edit->setAccessibleName(label);
        connect(browse, &QToolButton::clicked, this, [this, edit] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Choose a PEM file"), edit->text(), tr("PEM files (*.pem);;All files (*)"));
            if (!path.isEmpty()) edit->setText(path);
        });
    };
    fileRow(tr("CA certificate:"), ca_);
    fileRow(tr("Client certificate:"), cert_);
    fileRow(tr("Client key:"), key_);
    problem_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {url_, ca_, cert_, key_}) connect(edit, &QLineEdit::textChanged, this, &EndpointDialog::validate);
    connect(tls_, &QCheckBox::toggled, this, &EndpointDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

void EndpointDialog::validate()
{
    QString problem;
    const QString url = url_->text().trimmed();
    const auto parsed = engine::parseHostUrl(url.toStdString());
    if (url.isEmpty()) problem = tr("Type the daemon's address.");
    else if (!parsed) problem = QString::fromStdString(parsed.error().message);
    const bool tcp = parsed && parsed.value().transport == engine::Transport::Tcp;
    for (QWidget* widget : std::initializer_list<QWidget*>{tls_, verify_, ca_, cert_, key_}) widget->setEnabled(tcp);
    verify_->setEnabled(tcp && tls_->isChecked());
    for (QLineEdit* file : {ca_, cert_, key_}) {
        file->setEnabled(tcp && tls_->isChecked());
        if (problem.isEmpty() && file->isEnabled() && !file->text().isEmpty() && !QFileInfo::exists(file->text()))
            problem = tr("There is no file %1.").arg(file->text());
    }
    if (problem.isEmpty() && tcp && !tls_->isChecked())
        problem = tr("Without TLS anyone on the network can read and drive this daemon: use TLS unless it only listens on localhost.");
    problem_->setText(problem);
    ok_->setEnabled(!url.isEmpty() && parsed && (problem.isEmpty() || (tcp && !tls_->isChecked())));
}

SavedEndpoint EndpointDialog::endpoint() const
{
    SavedEndpoint endpoint;
    endpoint.url = url_->text().trimmed();
    const auto parsed = engine::parseHostUrl(endpoint.url.toStdString());
    endpoint.tls = parsed && parsed.value().transport == engine::Transport::Tcp && tls_->isChecked();
    endpoint.verify = verify_->isChecked();
    if (endpoint.tls) {
        endpoint.caFile = ca_->text().trimmed();
        endpoint.certFile = cert_->text().trimmed();
        endpoint.keyFile = key_->text().trimmed();
    }
    return endpoint;
}

EndpointPage::EndpointPage(const AppSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), model_(new EndpointListModel(this)), view_(new QTreeView(this)),
      intro_(new QLabel(this)), use_(new QPushButton(this)), add_(new QPushButton(this)), remove_(new QPushButton(this))
{
    intro_->setWordWrap(true);
    model_->load(settings_);
    view_->setModel(model_);
    view_->setRootIsDecorated(false);
    view_->setUniformRowHeights(true);
    view_->header()->setStretchLastSection(true);
    view_->setCurrentIndex(model_->index(model_->usedRow(), 0));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {use_, add_, remove_}) buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addWidget(view_, 1);
    layout->addLayout(buttons);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EndpointPage::updateButtons);
    connect(view_, &QTreeView::activated, use_, &QPushButton::click);
    connect(use_, &QPushButton::clicked, this, [this] {
        model_->setUsedRow(view_->currentIndex().row());
        updateButtons();
        emit changed();
    });
    connect(add_, &QPushButton::clicked, this, [this] {
        EndpointDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) addEndpoint(dialog.endpoint());
    });
    connect(remove_, &QPushButton::clicked, this, [this] {
        const EndpointListModel::Entry* entry = model_->entryAt(view_->currentIndex().row());
        if (!entry || entry->kind != EndpointListModel::Kind::Saved) return;
        const bool wasUsed = view_->currentIndex().row() == model_->usedRow();
        const QString url = entry->address;
        settings_ = applyTo(settings_);
        settings_.endpoints.removeIf([&](const SavedEndpoint& endpoint) { return endpoint.url == url; });
        if (wasUsed) settings_.dockerHost.clear();
        model_->load(settings_);
        view_->setCurrentIndex(model_->index(model_->usedRow(), 0));
        emit changed();
    });
    retranslate();
    updateButtons();
}

void EndpointPage::addEndpoint(const SavedEndpoint& endpoint)
{
    settings_ = applyTo(settings_);
    settings_.endpoints.removeIf([&](const SavedEndpoint& saved) { return saved.url == endpoint.url; });
    settings_.endpoints << endpoint;
    settings_.dockerHost = endpoint.url;
    settings_.dockerContext.clear();
    model_->load(settings_);
    view_->setCurrentIndex(model_->index(model_->usedRow(), 0));
    emit changed();
}

AppSettings EndpointPage::applyTo(AppSettings settings) const
{
    settings.endpoints = settings_.endpoints;
    const EndpointListModel::Entry* used = model_->entryAt(model_->usedRow());
    settings.dockerHost.clear();
    settings.dockerContext.clear();
    if (used && used->kind == EndpointListModel::Kind::Context) settings.dockerContext = used->name;
    if (used && used->kind == EndpointListModel::Kind::Saved) settings.dockerHost = used->address;
    return settings;
}

void EndpointPage::updateButtons()
{
    const int row = view_->currentIndex().row();
    const EndpointListModel::Entry* entry = model_->entryAt(row);
    use_->setEnabled(entry && row != model_->usedRow());
    remove_->setEnabled(entry && entry->kind == EndpointListModel::Kind::Saved);
}

void EndpointPage::retranslate()
{
    intro_->setText(tr("Where the Host view reads the Docker host from. Dockwarden only reads from the daemon; it never "
                       "changes anything on the host."));
    use_->setText(tr("Use"));
    add_->setText(tr("Add…"));
    remove_->setText(tr("Remove"));
    view_->setAccessibleName(tr("Docker endpoints"));
}

void EndpointPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace dw::ui
