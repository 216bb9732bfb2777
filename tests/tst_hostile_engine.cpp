// Hostile input for the Engine API and image engines (issue 14): a daemon whose lists are broken, truncated,
// gigantic, deeply nested, wrongly typed, failing, slow or endless; inspects that fail; a host with more
// containers than are inspected; unreadable --vuln-report and --dive-ci files; SBOM targets that cannot be
// written; a layer of a million entries. Every case ends with a result or a clear error, bounded by the
// client's timeouts (no timed assertions: speed is measured by the benchmarks, not here).
//
// Already covered elsewhere: client faults one by one (tst_engine_client faultsGiveClearErrors), decoder
// hostile bodies (tst_engine_decode), tarballs with traversal, links out of the root, bombs, corrupt data and
// lying manifests (tst_image_source hostileEntries, truncatedAndCorrupt, limits, lyingManifest).
#include "engine/client.h"
#include "engine/inventory.h"
#include "image/image_source.h"
#include "image/layer_analysis.h"
#include "support/fake_daemon.h"
#include "support/image_archive_builder.h"
#include "support/process_run.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

using dw::test::FakeDaemon;
using dw::test::FakeReply;
using dw::test::Run;
using Kind = dw::test::FakeReply::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

constexpr const char* kRunningId = "0415b59e90dc06f6d83624d4bae581aba83e1c17493c6de7c67377d93d1b083f";

std::string recorded(const char* name)
{
    QFile file(QStringLiteral(DW_TEST_DATA "/engine/v1.41/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll().toStdString();
}

FakeReply ok(std::string body)
{
    return FakeReply{Kind::Normal, 200, std::move(body), {}, 0};
}

/// A 64-hex-digit container id made from a number.
std::string containerId(int n)
{
    char id[65];
    std::snprintf(id, sizeof id, "%064x", n);
    return id;
}

/// The recorded running container's list entry and inspect body, under another id and state.
std::pair<nlohmann::json, std::string> containerCopy(const std::string& id, bool running)
{
    nlohmann::json summary = nlohmann::json::parse(recorded("containers.json"))[0];
    summary["Id"] = id;
    summary["Names"] = {"/c-" + id.substr(56)};
    summary["State"] = running ? "running" : "exited";
    nlohmann::json details = nlohmann::json::parse(recorded("container_dw-running.json"));
    details["Id"] = id;
    details["Name"] = "/c-" + id.substr(56);
    details["State"]["Status"] = running ? "running" : "exited";
    details["State"]["Running"] = running;
    return {summary, details.dump()};
}

/// A host with the recorded daemon, networks, volumes and image, and the recorded running container.
void serveHost(FakeDaemon& daemon)
{
    daemon.route("/_ping", FakeReply{Kind::Normal, 200, "OK", {{"Api-Version", "1.41"}}, 0});
    daemon.route("/v1.41/version", ok(recorded("version.json")));
    daemon.route("/v1.41/info", ok(recorded("info.json")));
    nlohmann::json list = nlohmann::json::array({nlohmann::json::parse(recorded("containers.json"))[0]});
    daemon.route("/v1.41/containers/json?all=1", ok(list.dump()));
    daemon.route(std::string("/v1.41/containers/") + kRunningId + "/json", ok(recorded("container_dw-running.json")));
    daemon.route("/v1.41/images/json", ok("[]"));
    daemon.route("/v1.41/networks", ok(recorded("networks.json")));
    daemon.route("/v1.41/volumes", ok(recorded("volumes.json")));
    daemon.route("/v1.41/system/df", ok(recorded("system_df.json")));
}

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Run cli(const QStringList& args)
{
    return dw::test::run(QStringLiteral(DW_CLI_PATH), args, {}, {QStringLiteral("DOCKER_CONTENT_TRUST")}, 120000);
}

/// Writes a docker-save archive (zstd-compressed outer tar, an uncompressed layer of `files` empty files in
/// directories of 999, plus those directories) straight to `path`, never holding the layer in memory.
bool writeManyEntryImage(const QString& path, int files)
{
    const int perDir = 999;
    const int dirs = (files + perDir - 1) / perDir;
    // Every entry is one 512-byte ustar header; the two zero blocks end the archive.
    const la_int64_t layerBytes = la_int64_t(512) * (files + dirs) + 1024;

    archive* outer = archive_write_new();
    archive_write_set_format_ustar(outer);
    archive_write_add_filter_zstd(outer);
    if (archive_write_open_filename(outer, path.toLocal8Bit().constData()) != ARCHIVE_OK) return false;
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, "layer0/layer.tar");
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, layerBytes);
    archive_write_header(outer, entry);

    struct Sink {
        archive* outer;
        QCryptographicHash sha{QCryptographicHash::Sha256};
        la_int64_t written = 0;
    } sink{outer};
    archive* layer = archive_write_new();
    archive_write_set_format_ustar(layer);
    archive_write_set_bytes_per_block(layer, 512);
    archive_write_set_bytes_in_last_block(layer, 1);
    archive_write_open(
        layer, &sink, nullptr,
        [](archive*, void* user, const void* buffer, size_t length) -> la_ssize_t {
            auto& s = *static_cast<Sink*>(user);
            s.sha.addData(QByteArrayView(static_cast<const char*>(buffer), qsizetype(length)));
            s.written += la_int64_t(length);
            return archive_write_data(s.outer, buffer, length);
        },
        nullptr);
    archive_entry* item = archive_entry_new();
    char name[64];
    for (int d = 0; d < dirs; ++d) {
        archive_entry_clear(item);
        std::snprintf(name, sizeof name, "data/d%04d/", d);
        archive_entry_set_pathname(item, name);
        archive_entry_set_filetype(item, AE_IFDIR);
        archive_entry_set_perm(item, 0755);
        archive_write_header(layer, item);
        for (int f = 0; f < perDir && d * perDir + f < files; ++f) {
            archive_entry_clear(item);
            std::snprintf(name, sizeof name, "data/d%04d/f%04d", d, f);
            archive_entry_set_pathname(item, name);
            archive_entry_set_filetype(item, AE_IFREG);
            archive_entry_set_perm(item, 0644);
            archive_entry_set_size(item, 0);
            archive_write_header(layer, item);
        }
    }
    archive_entry_free(item);
    archive_write_close(layer);
    archive_write_free(layer);
    if (sink.written != layerBytes) return false;

    const std::string diffId = "sha256:" + sink.sha.result().toHex().toStdString();
    const std::string config = nlohmann::json{{"architecture", "amd64"},
                                              {"os", "linux"},
                                              {"rootfs", {{"type", "layers"}, {"diff_ids", {diffId}}}},
                                              {"history", {{{"created_by", "COPY data /data"}}}}}
                                   .dump();
    const std::string configName = dw::test::hexOf(dw::test::sha256Of(config)) + ".json";
    const std::string manifest =
        nlohmann::json::array({{{"Config", configName}, {"RepoTags", {"many:1"}}, {"Layers", {"layer0/layer.tar"}}}})
            .dump();
    for (const auto& [member, body] :
         {std::pair{configName, config}, std::pair{std::string("manifest.json"), manifest}}) {
        archive_entry_clear(entry);
        archive_entry_set_pathname(entry, member.c_str());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, la_int64_t(body.size()));
        archive_write_header(outer, entry);
        archive_write_data(outer, body.data(), body.size());
    }
    archive_entry_free(entry);
    const bool closed = archive_write_close(outer) == ARCHIVE_OK;
    archive_write_free(outer);
    return closed;
}

} // namespace

class TestHostileEngine : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<FakeDaemon> daemon_;
    QString host_;
    QString imageTar_;

    QString path(const QString& name) const { return dir_->filePath(name); }

    bool writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    Run host(const QStringList& extra = {})
    {
        return cli(QStringList{QStringLiteral("host"), QStringLiteral("--host"), host_, QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--no-fail")} +
                   extra);
    }

    Run image(const QStringList& extra)
    {
        return cli(QStringList{QStringLiteral("image"), QStringLiteral("--tar"), imageTar_, QStringLiteral("--no-scan"),
                               QStringLiteral("--no-fail"), QStringLiteral("--format"), QStringLiteral("json")} +
                   extra);
    }

  private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        daemon_ = std::make_unique<FakeDaemon>(path(QStringLiteral("d.sock")).toStdString());
        std::string error;
        QVERIFY2(daemon_->start(&error), error.c_str());
        host_ = QStringLiteral("unix://") + path(QStringLiteral("d.sock"));
        serveHost(*daemon_);

        dw::test::FixtureImage fixture;
        dw::test::TarBuilder layer;
        layer.file("etc/os-release", "ID=alpine\nVERSION_ID=3.19.1\n").file("app/run", "#!/bin/sh\n", 0755);
        fixture.layers = {{layer.bytes(), dw::test::Compression::Gzip, "COPY . /"}};
        fixture.tags = {"hostile:1"};
        imageTar_ = path(QStringLiteral("image.tar"));
        QVERIFY(
            writeFile(QStringLiteral("image.tar"), QByteArray::fromStdString(dw::test::legacyLayout({fixture}).tar())));
    }

    void cleanup()
    {
        daemon_.reset();
        dir_.reset();
    }

    void healthyHostReports()
    {
        const Run result = host();
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(report[QStringLiteral("containers")].toArray().size(), 1);
    }

    void unreadableListIsAnError_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("hugeBytes");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("detail");
        const QString containers = QStringLiteral("/v1.41/containers/json?all=1");
        const QByteArray list = QByteArray::fromStdString(
            nlohmann::json::array({nlohmann::json::parse(recorded("containers.json"))[0]}).dump());
        const QString theList = QStringLiteral("the container list");
        QTest::newRow("containers: invalid JSON")
            << containers << Kind::Normal << 200 << QByteArray(R"([{"Id": "abc",)") << 0 << theList << "syntax";
        QTest::newRow("containers: truncated")
            << containers << Kind::Truncate << 200 << list << 0 << theList << "closed the connection";
        QTest::newRow("containers: closed mid-body")
            << containers << Kind::CloseMidBody << 200 << list << 0 << theList << "closed the connection";
        QTest::newRow("containers: gigantic, declared") << containers << Kind::HugeDeclared << 200 << QByteArray()
                                                        << 100000000 << theList << "larger than the limit";
        QTest::newRow("containers: endless chunks")
            << containers << Kind::Huge << 200 << QByteArray() << 200000000 << theList << "larger than the limit";
        QTest::newRow("containers: deeply nested")
            << containers << Kind::Normal << 200 << QByteArray(100000, '[') << 0 << theList << "too-deep";
        QTest::newRow("containers: an object") << containers << Kind::Normal << 200 << QByteArray(R"({"Id":"abc"})")
                                               << 0 << theList << "expected an array, got object";
        QTest::newRow("containers: an element wrongly typed")
            << containers << Kind::Normal << 200 << QByteArray(R"([{"Id":"abc","Names":"/x"}])") << 0 << theList
            << "/0/Names: wrong-type";
        QTest::newRow("containers: HTTP 500")
            << containers << Kind::Normal << 500 << QByteArray(R"({"message":"boom"})") << 0 << theList
            << "HTTP 500: boom";
        QTest::newRow("containers: stall")
            << containers << Kind::Stall << 200 << QByteArray("[") << 0 << theList << "timed out";
        QTest::newRow("images: HTTP 503") << QStringLiteral("/v1.41/images/json") << Kind::Normal << 503 << QByteArray()
                                          << 0 << QStringLiteral("the image list") << "HTTP 503";
        QTest::newRow("images: truncated")
            << QStringLiteral("/v1.41/images/json") << Kind::Truncate << 200 << QByteArray("[]") << 0
            << QStringLiteral("the image list") << "closed the connection";
        QTest::newRow("networks: malformed")
            << QStringLiteral("/v1.41/networks") << Kind::Normal << 200 << QByteArray("<html>") << 0
            << QStringLiteral("the network list") << "syntax";
        QTest::newRow("volumes: wrongly typed")
            << QStringLiteral("/v1.41/volumes") << Kind::Normal << 200 << QByteArray("[]") << 0
            << QStringLiteral("the volume list") << "expected an object";
        QTest::newRow("info: HTTP 500") << QStringLiteral("/v1.41/info") << Kind::Normal << 500 << QByteArray("oops")
                                        << 0 << QStringLiteral("the daemon's info") << "HTTP 500: oops";
        QTest::newRow("version: not JSON")
            << QStringLiteral("/v1.41/version") << Kind::Normal << 200 << QByteArray("v1") << 0
            << QStringLiteral("the daemon's version") << "syntax";
    }

    void unreadableListIsAnError()
    {
        QFETCH(QString, target);
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, hugeBytes);
        QFETCH(QString, what);
        QFETCH(QString, detail);
        daemon_->route(target.toStdString(), FakeReply{kind, status, body.toStdString(), {}, std::size_t(hugeBytes)});
        // A huge body must end at the size limit, not at the clock: under a sanitizer 1 s is not enough to read it.
        const QString seconds = kind == Kind::Huge ? QStringLiteral("60") : QStringLiteral("1");
        const Run result = host({QStringLiteral("--timeout"), seconds});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.out.isEmpty(), result.out.left(300).constData());
        const QStringList errors = lines(result.err);
        QCOMPARE(errors.size(), 1);
        const QString line = errors.front();
        QVERIFY2(line.startsWith(QStringLiteral("dockwarden-cli: cannot read ") + what + QStringLiteral(": GET ")),
                 qPrintable(line));
        QVERIFY2(line.contains(host_), qPrintable(line));
        QVERIFY2(line.contains(detail), qPrintable(line));
    }

    void inspectFailuresAreWarnings()
    {
        nlohmann::json list = nlohmann::json::array({nlohmann::json::parse(recorded("containers.json"))[0]});
        const std::string removed = containerId(1), broken = containerId(2);
        list.push_back(containerCopy(removed, false).first);
        list.push_back(containerCopy(broken, false).first);
        daemon_->route("/v1.41/containers/json?all=1", ok(list.dump()));
        daemon_->route("/v1.41/containers/" + broken + "/json", ok(R"({"Id": 42})"));
        const Run result = host();
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QStringList warnings = lines(result.err);
        QCOMPARE(warnings.size(), 1); // the removed container (404) is no problem of the host
        QVERIFY2(warnings.front().startsWith(QStringLiteral("dockwarden-cli: warning: containers ") +
                                             QString::fromStdString(broken)),
                 qPrintable(warnings.front()));
        QVERIFY2(warnings.front().contains(QStringLiteral("/Id: wrong-type")), qPrintable(warnings.front()));
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(report[QStringLiteral("containers")].toArray().size(), 1);
        QCOMPARE(report[QStringLiteral("problems")].toArray().size(), 1);
    }

    void containersBeyondTheCapComeFromTheList()
    {
        nlohmann::json list = nlohmann::json::array();
        for (int i = 1; i <= 12; ++i) {
            const bool running = i > 8; // the last four run: they are inspected first
            auto [summary, details] = containerCopy(containerId(i), running);
            list.push_back(summary);
            daemon_->route("/v1.41/containers/" + containerId(i) + "/json", ok(details));
            daemon_->route("/v1.41/containers/" + containerId(i) + "/top",
                           ok(R"({"Titles":["CMD"],"Processes":[["sleep"]]})"));
        }
        daemon_->route("/v1.41/containers/json?all=1", ok(list.dump()));
        const Run result = host({QStringLiteral("--max-inspect"), QStringLiteral("4")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.err.contains("12 containers listed, more than the 4 inspected in detail (running ones first): "
                                     "the other 8 are reported from the list only"),
                 result.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        const QJsonArray containers = report[QStringLiteral("containers")].toArray();
        QCOMPARE(containers.size(), 12);
        int inspected = 0;
        for (const auto& value : containers) {
            const QJsonObject c = value.toObject();
            const bool wasInspected = !c.contains(QStringLiteral("inspected"));
            inspected += wasInspected;
            QCOMPARE(wasInspected, c[QStringLiteral("state")].toString() == QStringLiteral("running"));
        }
        QCOMPARE(inspected, 4);
        QCOMPARE(report[QStringLiteral("summary")]
                     .toObject()[QStringLiteral("notInspected")]
                     .toObject()[QStringLiteral("containers")]
                     .toInt(),
                 8);
        QCOMPARE(host({QStringLiteral("--max-inspect"), QStringLiteral("0")}).exitCode, 2);
    }

    void vulnerabilityReportErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content"); // written to `file` in the test directory unless empty
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing.json") << QByteArray()
                                 << "cannot read the vulnerability report: No such file or directory";
        QTest::newRow("a directory") << QStringLiteral(".") << QByteArray() << "is a directory";
        QTest::newRow("endless (/dev/zero)")
            << QStringLiteral("/dev/zero") << QByteArray() << "larger than 256 MiB, the limit for an imported report";
        QTest::newRow("invalid JSON") << QStringLiteral("bad.json") << QByteArray(R"({"Results": [)")
                                      << "not a JSON document";
        QTest::newRow("deeply nested") << QStringLiteral("deep.json") << QByteArray(100000, '[') << "nested deeper";
        QTest::newRow("not a report") << QStringLiteral("other.json") << QByteArray(R"({"hello": 1})")
                                      << "not a trivy or grype JSON report";
    }

    void vulnerabilityReportErrors()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QString where = file;
        if (!content.isEmpty()) {
            QVERIFY(writeFile(file, content));
            where = path(file);
        } else if (file == QLatin1String(".")) {
            where = dir_->path();
        } else if (!file.startsWith(QLatin1Char('/'))) {
            where = path(file);
        }
        const Run result = image({QStringLiteral("--vuln-report"), where});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        const QStringList errors = lines(result.err);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.front().startsWith(QStringLiteral("dockwarden-cli: ") + where + QStringLiteral(": ")),
                 qPrintable(errors.front()));
        QVERIFY2(errors.front().contains(message), qPrintable(errors.front()));
    }

    void vulnerabilityReportIsImported()
    {
        QVERIFY(writeFile(QStringLiteral("trivy.json"),
                          R"({"SchemaVersion":2,"Results":[{"Target":"x","Type":"alpine","Vulnerabilities":[
                             {"VulnerabilityID":"CVE-2024-0001","PkgName":"musl","InstalledVersion":"1.2.4-r2",
                              "Severity":"HIGH"}]}]})"));
        const Run result = image({QStringLiteral("--vuln-report"), path(QStringLiteral("trivy.json"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject vulns =
            QJsonDocument::fromJson(result.out).object()[QStringLiteral("vulnerabilities")].toObject();
        QVERIFY(vulns[QStringLiteral("scanned")].toBool());
    }

    void diveCiErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing-dive-ci") << "cannot be read";
        QTest::newRow("a directory") << QStringLiteral(".") << "is a directory";
        QTest::newRow("endless (/dev/zero)") << QStringLiteral("/dev/zero") << "larger than 1 MiB";
    }

    void diveCiErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString where = file == QLatin1String(".") ? dir_->path() : file.startsWith('/') ? file : path(file);
        const Run result = image({QStringLiteral("--dive-ci"), where});
        QCOMPARE(result.exitCode, 2);
        const QStringList errors = lines(result.err);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.front().contains(where) && errors.front().contains(message), qPrintable(errors.front()));
    }

    void deeplyNestedDiveCiEnds()
    {
        QVERIFY(writeFile(QStringLiteral("deep-dive-ci"), "rules:\n  lowestEfficiency: " + QByteArray(200000, '[')));
        const Run result = image({QStringLiteral("--dive-ci"), path(QStringLiteral("deep-dive-ci"))});
        QCOMPARE(result.exitCode, 2); // refused with a message, never a crash
        QVERIFY2(result.err.contains("deep-dive-ci"), result.err.constData());
    }

    void sbomTargetsThatCannotBeWritten_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("a directory") << QStringLiteral("sbom-dir") << "is a directory";
        QTest::newRow("no such directory") << QStringLiteral("nowhere/sbom.json") << "its directory does not exist";
    }

    void sbomTargetsThatCannotBeWritten()
    {
        QFETCH(QString, target);
        QFETCH(QString, message);
        QVERIFY(QDir(dir_->path()).mkdir(QStringLiteral("sbom-dir")));
        const Run result = image({QStringLiteral("--sbom"), path(target)});
        QCOMPARE(result.exitCode, 2);
        const QStringList errors = lines(result.err);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.front().contains(path(target)) && errors.front().contains(message), qPrintable(errors.front()));
        QVERIFY(QFileInfo(path(QStringLiteral("sbom-dir"))).isDir());
    }

    void sbomIsReplacedWholeOrNotAtAll()
    {
        const QByteArray old = "previous sbom\n";
        QVERIFY(writeFile(QStringLiteral("sbom.json"), old));
        // The image cannot be read: the old SBOM stays as it was.
        QVERIFY(writeFile(QStringLiteral("broken.tar"), QByteArray(4096, 'z')));
        const Run failed =
            cli({QStringLiteral("image"), QStringLiteral("--tar"), path(QStringLiteral("broken.tar")),
                 QStringLiteral("--no-scan"), QStringLiteral("--sbom"), path(QStringLiteral("sbom.json"))});
        QCOMPARE(failed.exitCode, 2);
        QFile kept(path(QStringLiteral("sbom.json")));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), old);
        kept.close();
        // A good run replaces it with a complete document and leaves no temporary file behind.
        const Run done = image({QStringLiteral("--sbom"), path(QStringLiteral("sbom.json"))});
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QJsonObject sbom = QJsonDocument::fromJson(kept.readAll()).object();
        QCOMPARE(sbom[QStringLiteral("bomFormat")].toString(), QStringLiteral("CycloneDX"));
        QCOMPARE(QDir(dir_->path()).entryList({QStringLiteral("*dockwarden-tmp*")}, QDir::Files).size(), 0);
    }

    void millionEntryLayerEnds()
    {
        // A layer of a million entries (1,000 directories of 999 empty files, plus the directories): it must be
        // read and analysed to the end. How fast is measured by the benchmarks (README), not here.
        const int files = 999000;
        const QString archivePath = path(QStringLiteral("many.tar.zst"));
        QVERIFY(writeManyEntryImage(archivePath, files));
        auto read = dw::image::readImageArchive(archivePath.toStdString());
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        const dw::image::Image& image = read.value();
        QCOMPARE(image.layers.size(), std::size_t(1));
        QCOMPARE(image.layers[0].entries.size(), std::size_t(files + 1000));
        QVERIFY(image.warnings.empty());
        const dw::image::LayerAnalysis analysis = dw::image::analyzeLayers(image);
        QCOMPARE(analysis.tree.size(), std::size_t(files + 1000));
        QCOMPARE(analysis.layers[0].addedFiles, std::size_t(files));
        QVERIFY(analysis.inefficientPaths.empty());
    }
};

QTEST_GUILESS_MAIN(TestHostileEngine)
#include "tst_hostile_engine.moc"
