// What the user chose in Settings, saved with QSettings: language, theme, editor font, inline messages, ShellCheck,
// the Docker endpoint.
#pragma once

#include <QFont>
#include <QString>
#include <QList>
#include <QStringList>

namespace dw::ui {

/// An endpoint the user added in Settings: a URL and, for tcp://, TLS files.
struct SavedEndpoint {
    QString url;
    bool tls = false;
    bool verify = true;
    QString caFile;
    QString certFile;
    QString keyFile;
    friend bool operator==(const SavedEndpoint&, const SavedEndpoint&) = default;
};

struct AppSettings {
    QString language = QStringLiteral("system"); ///< "system", "en", "zh_CN"
    QString theme = QStringLiteral("system");    ///< "system", "light", "dark"
    QFont editorFont{QStringLiteral("Monospace"), 11};
    bool inlineMessages = true;
    bool shellcheck = false;
    bool recordHistory = true; ///< record each host and image scan in the history the dashboard's trend reads
    QString dockerHost;    ///< empty: DOCKER_HOST, the current context, the default socket
    QString dockerContext; ///< a docker context chosen in Settings (then dockerHost is empty)
    QList<SavedEndpoint> endpoints; ///< endpoints added in Settings (one may be dockerHost)
    QStringList buildArgs; ///< "NAME=VALUE", as `--build-arg` takes them, for every lint

    static AppSettings load();
    void save() const;
    friend bool operator==(const AppSettings&, const AppSettings&) = default;
};

} // namespace dw::ui
