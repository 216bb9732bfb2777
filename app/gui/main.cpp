// dockwarden: the desktop workbench. `dockwarden [FILE...]` opens the files (with none, the last session or the
// bundled sample); --version and --help work without a display.
#include "shell/main_window.h"

#include <QApplication>
#include <QFile>
#include <QIcon>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

constexpr const char* kUsage = R"(usage: dockwarden [options] [FILE...]

Opens the Dockerfiles given (with none, the files of the last session, or a sample Dockerfile) in the
Dockwarden workbench.

options:
  --lang en|zh_CN   language of this session (default: Settings, else the system's language)
  --version         print the version and exit
  -h, --help        print this help and exit
The command line tool is dockwarden-cli (lint, host, image, history, rules).
)";

bool hasDisplay()
{
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform) return true;
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList files;
    QString language;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--version")) {
            std::printf("dockwarden %s\n", DOCKWARDEN_VERSION);
            return 0;
        }
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (!std::strcmp(argv[i], "--lang") && i + 1 < argc) {
            language = QString::fromLocal8Bit(argv[++i]);
            if (language != QLatin1String("en") && language != QLatin1String("zh_CN")) {
                std::fprintf(stderr, "dockwarden: unknown language '%s' (en or zh_CN)\n", argv[i]);
                return 2;
            }
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1] == '-') {
            std::fprintf(stderr, "dockwarden: unknown option '%s'\n%s", argv[i], kUsage);
            return 2;
        }
        files << QString::fromLocal8Bit(argv[i]);
    }
    if (!hasDisplay()) {
        std::fputs("dockwarden: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Run it in a desktop "
                   "session, under `xvfb-run dockwarden`, or use dockwarden-cli on a terminal.\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    Q_INIT_RESOURCE(resources);
    QApplication::setOrganizationName(QStringLiteral("Dockwarden"));
    QApplication::setApplicationName(QStringLiteral("dockwarden"));
    QApplication::setApplicationVersion(QStringLiteral(DOCKWARDEN_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("security-high")));

    QString sample;
    QFile sampleFile(QStringLiteral(":/samples/Dockerfile"));
    if (sampleFile.open(QIODevice::ReadOnly)) sample = QString::fromUtf8(sampleFile.readAll());

    dw::ui::MainWindow window;
    if (!language.isEmpty()) {
        dw::ui::AppSettings settings = window.settings();
        settings.language = language;
        window.applySettings(settings);
    }
    window.openInitialFiles(files, sample);
    window.show();
    return app.exec();
}
