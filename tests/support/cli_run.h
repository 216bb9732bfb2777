// What the lint CLI suites share: running dockwarden-cli as users and CI do (standard input, a working directory,
// no user config), writing the files it reads, reading the findings of its JSON.
#pragma once

#include "process_run.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace dw::test {

inline Run cli(const QStringList& args, const QByteArray& input = {}, const QString& workDir = {})
{
    QProcess process;
    if (!workDir.isEmpty()) process.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/nonexistent"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DW_CLI_PATH), args);
    process.waitForStarted();
    if (!input.isEmpty()) process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) process.kill();
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

inline const QByteArray kRisky = "FROM debian\nMAINTAINER someone\nRUN apt-get install curl\nADD app.tar /srv/\nCMD ./run\n";
inline const QByteArray kClean = "# syntax=docker/dockerfile:1\nFROM debian:12-slim@sha256:4b7ff1c4e8a0cd06ae7bd4a6bd1f7b06f84e0a8c2d8a1a1c5d1d2e7f0b1b2c3d\n"
                          "LABEL org.opencontainers.image.source=\"https://example.com/app\" org.opencontainers.image.version=\"1.0\"\n"
                          "COPY --chown=10001:10001 app /srv/app\nUSER 10001\nHEALTHCHECK CMD [\"/srv/app\", \"--check\"]\nCMD [\"/srv/app\"]\n";

inline QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write the fixture %s", qPrintable(path));
    file.write(content);
    return path;
}

inline QJsonArray findingsOf(const QByteArray& json, int fileIndex = 0)
{
    return QJsonDocument::fromJson(json).object()[QStringLiteral("files")].toArray()[fileIndex].toObject()[QStringLiteral("findings")].toArray();
}

inline QStringList rulesOf(const QJsonArray& findings)
{
    QStringList rules;
    for (const auto& f : findings) rules << f.toObject()[QStringLiteral("rule")].toString();
    return rules;
}

} // namespace dw::test
