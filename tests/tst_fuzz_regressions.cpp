// Every input the fuzzers ever crashed on, kept: tests/data/fuzz_regressions/<harness>/<name> runs through the
// same harness body as fuzz/fuzz_<harness>.cpp (fuzz/harness_<harness>.h). A broken invariant aborts with a
// message on stderr; Qt Test then names the file as the data tag of the crashing row.
#include "harness_config.h"
#include "harness_runtime.h"
#include "harness_dockerfile.h"
#include "harness_engine_decode.h"
#include "harness_image.h"
#include "harness_image_files.h"
#include "harness_parser.h"
#include "harness_shell.h"
#include "harness_variables.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <array>
#include <cstdint>
#include <utility>

namespace {

using Harness = int (*)(const std::uint8_t*, std::size_t);

const std::array<std::pair<const char*, Harness>, 9> kHarnesses = {{
    {"dockerfile", dw::fuzz::runDockerfileHarness},
    {"parser", dw::fuzz::runParserHarness},
    {"variables", dw::fuzz::runVariablesHarness},
    {"shell", dw::fuzz::runShellHarness},
    {"engine_decode", dw::fuzz::runEngineDecodeHarness},
    {"image", dw::fuzz::runImageHarness},
    {"image_files", dw::fuzz::runImageFilesHarness},
    {"config", dw::fuzz::runConfigHarness},
    {"runtime", dw::fuzz::runRuntimeHarness},
}};

Harness harnessNamed(const QString& name)
{
    for (const auto& [harnessName, harness] : kHarnesses)
        if (name == QLatin1String(harnessName)) return harness;
    return nullptr;
}

int run(Harness harness, const QByteArray& bytes)
{
    return harness(reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

  private slots:
    void savedInputs_data()
    {
        QTest::addColumn<QString>("harness");
        QTest::addColumn<QString>("path");
        const QDir root(QStringLiteral(DW_TEST_DATA "/fuzz_regressions"));
        int rows = 0;
        for (const QString& harness : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            QDirIterator files(root.filePath(harness), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            QStringList paths;
            while (files.hasNext())
                paths << files.next();
            paths.sort();
            for (const QString& path : paths) {
                QTest::addRow("%s", qPrintable(root.relativeFilePath(path))) << harness << path;
                ++rows;
            }
        }
        if (rows == 0) QTest::addRow("none") << QString() << QString();
    }

    void savedInputs()
    {
        QFETCH(QString, harness);
        QFETCH(QString, path);
        if (path.isEmpty()) QSKIP("no saved fuzz inputs");
        const Harness body = harnessNamed(harness);
        QVERIFY2(body, qPrintable("no harness named " + harness + " (folder of " + path + ")"));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(run(body, file.readAll()), 0);
    }

    /// The harnesses also run here on a few inputs each, so they stay correct in the g++ build.
    void harnessesRun_data()
    {
        QTest::addColumn<QString>("harness");
        QTest::addColumn<QByteArray>("input");
        const QByteArray dockerfile = "# syntax=docker/dockerfile:1\nFROM debian:12 AS build\n"
                                      "RUN apt-get update && apt-get install -y curl\nFROM build\nUSER root\n";
        QTest::newRow("dockerfile") << "dockerfile" << dockerfile;
        QTest::newRow("dockerfile-empty") << "dockerfile" << QByteArray();
        QTest::newRow("parser") << "parser" << dockerfile + "ONBUILD RUN <<EOF\nx\nEOF\nCOPY --from=build a b\n";
        QTest::newRow("parser-empty") << "parser" << QByteArray();
        QTest::newRow("variables") << "variables"
                                   << QByteArray("\x01${A:-$B}\x01"
                                                 "B=1\n",
                                                 14);
        QTest::newRow("variables-empty") << "variables" << QByteArray();
        QTest::newRow("shell") << "shell" << QByteArray("sudo apt-get -qy install x | tee log && (cd / ; ls $(pwd))");
        QTest::newRow("engine_decode") << "engine_decode"
                                       << QByteArray("{\"Id\":\"x\",\"Config\":{\"Env\":[\"A=1\"]}}");
        QTest::newRow("engine_decode-bad") << "engine_decode" << QByteArray("[{\"Names\":1}");
        QTest::newRow("image-not-tar") << "image" << QByteArray("not an archive");
        QTest::newRow("image-empty") << "image" << QByteArray();
        QTest::newRow("image_files-dpkg")
            << "image_files" << QByteArray("\x06Package: a\nStatus: install ok installed\nVersion: 1\n");
        QTest::newRow("image_files-secret")
            << "image_files" << QByteArray("\x0bTOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB");
        QTest::newRow("config") << "config" << QByteArray("ignored: [DL3008]\ntrustedRegistries: [docker.io]\n");
        QTest::newRow("config-bad") << "config" << QByteArray("ignored: {a: [");
        QTest::newRow("runtime-compose") << "runtime" << (QByteArray(1, '\0') + QByteArray("services:\n  w:\n    image: x\n    privileged: true\n"));
        QTest::newRow("runtime-shell") << "runtime" << QByteArray("\1docker run -p 80:80 --privileged x:1\n");
    }

    void harnessesRun()
    {
        QFETCH(QString, harness);
        QFETCH(QByteArray, input);
        const Harness body = harnessNamed(harness);
        QVERIFY(body);
        QCOMPARE(run(body, input), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
