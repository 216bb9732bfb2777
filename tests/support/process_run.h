// Running a program (the CLI, docker) from a test and keeping its exit code and output.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dw::test {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `program` with this process's environment minus `unset`, plus `env`; kills it after `timeoutMs`.
inline Run run(const QString& program, const QStringList& args, const QMap<QString, QString>& env = {},
               const QStringList& unset = {}, int timeoutMs = 300000)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : unset) environment.remove(name);
    for (auto it = env.begin(); it != env.end(); ++it) environment.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs)) process.kill();
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace dw::test
