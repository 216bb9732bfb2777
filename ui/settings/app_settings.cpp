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
    settings.setValue(QStringLiteral("docker/host"), dockerHost);
    settings.setValue(QStringLiteral("lint/buildArgs"), buildArgs);
}

} // namespace dw::ui
