#include "settings/app_settings.h"

#include <QSettings>

namespace dw::ui {

AppSettings AppSettings::load()
{
    QSettings settings;
    AppSettings out;
    out.language = settings.value(QStringLiteral("ui/language"), out.language).toString();
    out.theme = settings.value(QStringLiteral("ui/theme"), out.theme).toString();
    QFont font = out.editorFont;
    if (settings.contains(QStringLiteral("editor/font"))) font.fromString(settings.value(QStringLiteral("editor/font")).toString());
    out.editorFont = font;
    out.inlineMessages = settings.value(QStringLiteral("editor/inlineMessages"), out.inlineMessages).toBool();
    out.shellcheck = settings.value(QStringLiteral("lint/shellcheck"), out.shellcheck).toBool();
    out.recordHistory = settings.value(QStringLiteral("history/record"), out.recordHistory).toBool();
    out.dockerContext = settings.value(QStringLiteral("docker/context")).toString();
    const int endpoints = settings.beginReadArray(QStringLiteral("docker/endpoints"));
    for (int i = 0; i < endpoints; ++i) {
        settings.setArrayIndex(i);
        SavedEndpoint endpoint;
        endpoint.url = settings.value(QStringLiteral("url")).toString();
        endpoint.tls = settings.value(QStringLiteral("tls")).toBool();
        endpoint.verify = settings.value(QStringLiteral("verify"), true).toBool();
        endpoint.caFile = settings.value(QStringLiteral("ca")).toString();
        endpoint.certFile = settings.value(QStringLiteral("cert")).toString();
        endpoint.keyFile = settings.value(QStringLiteral("key")).toString();
        if (!endpoint.url.isEmpty()) out.endpoints << endpoint;
    }
    settings.endArray();
    out.dockerHost = settings.value(QStringLiteral("docker/host"), out.dockerHost).toString();
    out.buildArgs = settings.value(QStringLiteral("lint/buildArgs")).toStringList();
    return out;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.setValue(QStringLiteral("ui/theme"), theme);
    settings.setValue(QStringLiteral("editor/font"), editorFont.toString());
    settings.setValue(QStringLiteral("editor/inlineMessages"), inlineMessages);
    settings.setValue(QStringLiteral("lint/shellcheck"), shellcheck);
    settings.setValue(QStringLiteral("history/record"), recordHistory);
    settings.setValue(QStringLiteral("docker/context"), dockerContext);
    settings.beginWriteArray(QStringLiteral("docker/endpoints"), int(endpoints.size()));
    for (int i = 0; i < endpoints.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("url"), endpoints[i].url);
        settings.setValue(QStringLiteral("tls"), endpoints[i].tls);
        settings.setValue(QStringLiteral("verify"), endpoints[i].verify);
        settings.setValue(QStringLiteral("ca"), endpoints[i].caFile);
        settings.setValue(QStringLiteral("cert"), endpoints[i].certFile);
        settings.setValue(QStringLiteral("key"), endpoints[i].keyFile);
    }
    settings.endArray();
    settings.setValue(QStringLiteral("docker/host"), dockerHost);
    settings.setValue(QStringLiteral("lint/buildArgs"), buildArgs);
}

} // namespace dw::ui
