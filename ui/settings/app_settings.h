// What the user chose in Settings, saved with QSettings: language, theme, editor font, inline messages, ShellCheck,
// the Docker endpoint.
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace dw::ui {

struct AppSettings {
    QString language = QStringLiteral("system"); ///< "system", "en", "zh_CN"
    QString theme = QStringLiteral("system");    ///< "system", "light", "dark"
    QFont editorFont{QStringLiteral("Monospace"), 11};
    bool inlineMessages = true;
    bool shellcheck = false;
    bool recordHistory = true; ///< record each host and image scan in the history the dashboard's trend reads
    QString dockerHost; ///< empty: DOCKER_HOST, the current context, the default socket
    QStringList buildArgs; ///< "NAME=VALUE", as `--build-arg` takes them, for every lint

    static AppSettings load();
    void save() const;
    friend bool operator==(const AppSettings&, const AppSettings&) = default;
};

} // namespace dw::ui
