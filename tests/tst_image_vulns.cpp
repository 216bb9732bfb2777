// Vulnerability reports: trivy and grype JSON (tests/data/image/vulns_*.json), hostile documents, the DWI500/501
// findings, and the scanner runner against fake `trivy` / `grype` scripts first on PATH.
#include "image/image_check.h"
#include "image/vulnerabilities.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

using namespace dw;
using namespace dw::image;

namespace {

std::string readData(const char* name)
{
    QFile file(QStringLiteral(DW_TEST_DATA "/image/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll().toStdString();
}

const ImageAnalysisCheck& checkById(std::string_view id)
{
    for (const auto& check : imageAnalysisChecks())
        if (check->info().id == id) return *check;
    qFatal("no check %s", std::string(id).c_str());
}

std::vector<ImageFinding> runCheck(std::string_view id, const VulnerabilityReport* report)
{
    static const Image image;
    ImageCheckContext ctx;
    ctx.image = &image;
    ctx.subject = "app:1.0";
    ctx.vulnerabilities = report;
    std::vector<ImageFinding> out;
    checkById(id).check(ctx, out);
    return out;
}

/// Puts executable scripts in a temporary directory and makes it the whole PATH while alive.
class FakeScanners {
  public:
    FakeScanners() : oldPath_(qgetenv("PATH")) { qputenv("PATH", dir_.path().toUtf8()); }
    ~FakeScanners() { qputenv("PATH", oldPath_); }
    FakeScanners(const FakeScanners&) = delete;
    FakeScanners& operator=(const FakeScanners&) = delete;

    void add(const QString& name, const QByteArray& body)
    {
        QFile file(dir_.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n" + body);
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
    QString path(const QString& name) const { return dir_.filePath(name); }

  private:
    QTemporaryDir dir_;
    QByteArray oldPath_;
};

/// A script that answers --version and otherwise prints `fixture` (after logging its arguments to args.txt).
QByteArray printingScanner(const QString& logPath, const char* fixture, const QByteArray& version)
{
    return "if [ \"$1\" = --version ]; then echo '" + version +
           "'; exit 0; fi\n"
           "echo \"$@\" > '" +
           logPath.toUtf8() +
           "'\n"
           "/bin/cat '" DW_TEST_DATA "/image/" +
           QByteArray(fixture) + "'\n";
}

} // namespace

class TestImageVulns : public QObject {
    Q_OBJECT

  private slots:
    void trivyReport();
    void grypeReport();
    void hostileReports_data();
    void hostileReports();
    void malformedEntriesAreCounted();
    void severityNames();
    void notScannedFinding();
    void vulnerabilityFindings();
    void runnerTrivyOnTarball();
    void runnerGrypeOnImageRef();
    void runnerPassesTheDaemonToTheScanner();
    void runnerFailingScanner();
    void runnerGarbageOutput();
    void runnerTimeout();
    void runnerFallsBackToGrype();
    void runnerWithoutScanner();
    void runnerRejectsOptionLikeReference();
};

void TestImageVulns::trivyReport()
{
    const VulnerabilityReport report = parseScannerReport(readData("vulns_trivy.json"));
    QVERIFY(report.scanned);
    QCOMPARE(report.scanner, std::string("trivy"));
    QCOMPARE(report.scannerVersion, std::string());
    QCOMPARE(report.note, std::string());
    // CVE-2026-0001 appears in two targets: one entry, the severer rating and the known fix kept.
    QCOMPARE(report.vulnerabilities.size(), std::size_t(5));
    const Vulnerability& first = report.vulnerabilities[0];
    QCOMPARE(first.id, std::string("CVE-2026-0001"));
    QCOMPARE(first.severity, VulnerabilitySeverity::Critical);
    QCOMPARE(first.packageName, std::string("libexample1"));
    QCOMPARE(first.installedVersion, std::string("1.2.3-1"));
    QCOMPARE(first.fixedVersion, std::string("1.2.3-1+deb12u1"));
    QCOMPARE(first.packageType, std::string("debian"));
    QCOMPARE(first.title, std::string("libexample: heap overflow in the parser"));
    QCOMPARE(first.url, std::string("https://avd.aquasec.com/nvd/cve-2026-0001"));
    QCOMPARE(report.vulnerabilities[1].id, std::string("GHSA-aaaa-bbbb-cccc"));
    QCOMPARE(report.vulnerabilities[1].severity, VulnerabilitySeverity::High);
    QCOMPARE(report.vulnerabilities[1].packageType, std::string("python-pkg"));
    QCOMPARE(report.vulnerabilities[2].id, std::string("CVE-2026-0002"));
    QCOMPARE(report.vulnerabilities[2].title, std::string("zlib: multi line title"));
    QCOMPARE(report.vulnerabilities[2].fixedVersion, std::string());
    QCOMPARE(report.vulnerabilities[3].severity, VulnerabilitySeverity::Low);
    QCOMPARE(report.vulnerabilities[4].severity, VulnerabilitySeverity::Unknown);
}

void TestImageVulns::grypeReport()
{
    const VulnerabilityReport report = parseScannerReport(readData("vulns_grype.json"));
    QVERIFY(report.scanned);
    QCOMPARE(report.scanner, std::string("grype"));
    QCOMPARE(report.scannerVersion, std::string("0.80.1"));
    QCOMPARE(report.vulnerabilities.size(), std::size_t(3));
    const Vulnerability& high = report.vulnerabilities[0];
    QCOMPARE(high.id, std::string("CVE-2026-1001"));
    QCOMPARE(high.severity, VulnerabilitySeverity::High);
    QCOMPARE(high.packageName, std::string("libarchive13"));
    QCOMPARE(high.installedVersion, std::string("2.4.0-3"));
    QCOMPARE(high.fixedVersion, std::string("2.4.1-1, 2.5.0-1"));
    QCOMPARE(high.packageType, std::string("deb"));
    QCOMPARE(high.url, std::string("https://security-tracker.debian.org/tracker/CVE-2026-1001"));
    QCOMPARE(high.title, std::string("A crafted archive makes the extractor write outside its target."));
    QCOMPARE(report.vulnerabilities[1].id, std::string("GHSA-dddd-eeee-ffff"));
    QCOMPARE(report.vulnerabilities[1].severity, VulnerabilitySeverity::Medium);
    QCOMPARE(report.vulnerabilities[2].severity, VulnerabilitySeverity::Negligible);
    QCOMPARE(report.vulnerabilities[2].fixedVersion, std::string());
}

void TestImageVulns::hostileReports_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("noteStart");
    QTest::newRow("empty") << QByteArray() << "not a JSON document";
    QTest::newRow("text") << QByteArray("FATAL: no database") << "not a JSON document";
    QTest::newRow("truncated") << QByteArray("{\"Results\": [{\"Vulnerabilities\": [") << "not a JSON document";
    QTest::newRow("array") << QByteArray("[1, 2]") << "not a trivy or grype JSON report";
    QTest::newRow("other object") << QByteArray("{\"foo\": 1}") << "not a trivy or grype JSON report";
    QTest::newRow("Results not an array") << QByteArray("{\"Results\": \"x\"}") << "not a trivy or grype JSON report";
    QTest::newRow("matches not an array") << QByteArray("{\"matches\": {}}") << "not a trivy or grype JSON report";
    QTest::newRow("deep nesting") << QByteArray(200000, '[') << "not a JSON document";
    QTest::newRow("invalid utf-8") << QByteArray("{\"Results\": [\"\xff\xfe\"]}") << "not a JSON document";
}

void TestImageVulns::hostileReports()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, noteStart);
    const VulnerabilityReport report = parseScannerReport(std::string_view(document.constData(), document.size()));
    QVERIFY(!report.scanned);
    QVERIFY(report.vulnerabilities.empty());
    QVERIFY2(QString::fromStdString(report.note).startsWith(noteStart), report.note.c_str());
    QVERIFY(report.note.find('\n') == std::string::npos);
}

void TestImageVulns::malformedEntriesAreCounted()
{
    const char* trivy = R"({"SchemaVersion": 2, "Results": [
        5, {"Vulnerabilities": 7}, {"Type": "alpine", "Vulnerabilities": [
            {"VulnerabilityID": 7, "PkgName": "a"}, {"PkgName": "b"}, "x", null,
            {"VulnerabilityID": "CVE-1", "PkgName": "musl", "Severity": ["HIGH"], "InstalledVersion": 3}]}]})";
    VulnerabilityReport report = parseScannerReport(trivy);
    QVERIFY(report.scanned);
    QCOMPARE(report.vulnerabilities.size(), std::size_t(1));
    QCOMPARE(report.vulnerabilities[0].severity, VulnerabilitySeverity::Unknown);
    QCOMPARE(report.vulnerabilities[0].installedVersion, std::string());
    QCOMPARE(report.note, std::string("4 entries without an id or a package name were skipped"));

    const char* grype =
        R"({"matches": [1, {"vulnerability": "x"}, {"vulnerability": {"id": "CVE-2", "fix": {"versions": [1, "2.0"]}},
        "artifact": {"name": "zlib", "version": "1.0"}}]})";
    report = parseScannerReport(grype);
    QVERIFY(report.scanned);
    QCOMPARE(report.vulnerabilities.size(), std::size_t(1));
    QCOMPARE(report.vulnerabilities[0].fixedVersion, std::string("2.0"));
    QCOMPARE(report.note, std::string("2 entries without an id or a package name were skipped"));

    report = parseScannerReport(R"({"SchemaVersion": 2, "ArtifactName": "clean"})");
    QVERIFY(report.scanned); // trivy leaves Results out when it found nothing to report
    QVERIFY(report.vulnerabilities.empty());

    const std::string longTitle(1000, 'x');
    report = parseScannerReport(
        R"({"Results": [{"Vulnerabilities": [{"VulnerabilityID": "CVE-3", "PkgName": "p", "Title": ")" + longTitle +
        "\"}]}]}");
    QCOMPARE(report.vulnerabilities.at(0).title, std::string(300, 'x') + "…");
}

void TestImageVulns::severityNames()
{
    QCOMPARE(vulnerabilitySeverityFromName("CRITICAL"), VulnerabilitySeverity::Critical);
    QCOMPARE(vulnerabilitySeverityFromName("High"), VulnerabilitySeverity::High);
    QCOMPARE(vulnerabilitySeverityFromName("medium"), VulnerabilitySeverity::Medium);
    QCOMPARE(vulnerabilitySeverityFromName("LOW"), VulnerabilitySeverity::Low);
    QCOMPARE(vulnerabilitySeverityFromName("Negligible"), VulnerabilitySeverity::Negligible);
    QCOMPARE(vulnerabilitySeverityFromName("UNKNOWN"), VulnerabilitySeverity::Unknown);
    QCOMPARE(vulnerabilitySeverityFromName("severe"), VulnerabilitySeverity::Unknown);
    QCOMPARE(vulnerabilitySeverityName(VulnerabilitySeverity::Negligible), std::string_view("negligible"));
}

void TestImageVulns::notScannedFinding()
{
    VulnerabilityReport report;
    report.note = "no trivy or grype on PATH";
    auto findings = runCheck("DWI500", &report);
    QCOMPARE(findings.size(), std::size_t(1));
    const findings::SubjectFinding& f = findings[0].finding;
    QCOMPARE(f.rule, std::string("DWI500"));
    QCOMPARE(f.severity, findings::Severity::Info);
    QCOMPARE(f.subject, std::string("app:1.0"));
    QCOMPARE(f.evidence, std::string("no trivy or grype on PATH"));
    QCOMPARE(f.message.en, std::string("Image 'app:1.0' was not scanned for vulnerabilities"));
    QVERIFY(!f.message.zh.empty());

    QCOMPARE(runCheck("DWI500", nullptr).size(), std::size_t(1)); // no report at all is no scan either
    QCOMPARE(runCheck("DWI500", nullptr)[0].finding.evidence, std::string("no vulnerability scan was run"));
    QVERIFY(runCheck("DWI501", &report).empty());

    report.scanned = true;
    QVERIFY(runCheck("DWI500", &report).empty());
    QVERIFY(runCheck("DWI501", &report).empty()); // a clean scan: nothing to say
}

void TestImageVulns::vulnerabilityFindings()
{
    const VulnerabilityReport report = parseScannerReport(readData("vulns_trivy.json"));
    auto findings = runCheck("DWI501", &report);
    QCOMPARE(findings.size(), std::size_t(5));
    const findings::SubjectFinding& critical = findings[0].finding;
    QCOMPARE(critical.severity, findings::Severity::Error);
    QCOMPARE(critical.refs, std::vector<std::string>{"CVE-2026-0001"});
    QCOMPARE(critical.message.en, std::string("Image 'app:1.0' has CVE-2026-0001 (critical) in libexample1 1.2.3-1"));
    QCOMPARE(critical.evidence, std::string("trivy: libexample1 1.2.3-1, fixed in 1.2.3-1+deb12u1; libexample: heap "
                                            "overflow in the parser; https://avd.aquasec.com/nvd/cve-2026-0001"));
    QCOMPARE(critical.remedy.en,
             std::string("Upgrade libexample1 to 1.2.3-1+deb12u1 (a newer base image, or an upgrade of "
                         "that package in the Dockerfile)."));
    QVERIFY(critical.remedy.zh.find("1.2.3-1+deb12u1") != std::string::npos);
    QCOMPARE(findings[1].finding.severity, findings::Severity::Error);   // high
    QCOMPARE(findings[2].finding.severity, findings::Severity::Warning); // medium
    QCOMPARE(findings[2].finding.remedy.en.substr(0, 36), std::string("No fixed version of zlib1g is known "));
    QCOMPARE(findings[3].finding.severity, findings::Severity::Info); // low
    QCOMPARE(findings[4].finding.severity, findings::Severity::Info); // unknown

    const VulnerabilityReport grype = parseScannerReport(readData("vulns_grype.json"));
    findings = runCheck("DWI501", &grype);
    QCOMPARE(findings.size(), std::size_t(3));
    QCOMPARE(findings[2].finding.severity, findings::Severity::Info); // negligible
    QVERIFY(findings[0].finding.evidence.starts_with("grype 0.80.1: libarchive13 2.4.0-3, fixed in 2.4.1-1, 2.5.0-1"));
}

void TestImageVulns::runnerTrivyOnTarball()
{
    FakeScanners fake;
    fake.add("trivy", printingScanner(fake.path("args.txt"), "vulns_trivy.json", "Version: 0.99.1"));
    const VulnerabilityReport report =
        runScanner({.tarPath = "/tmp/image.tar", .imageRef = {}, .environment = {}}, std::chrono::seconds(20));
    QVERIFY2(report.scanned, report.note.c_str());
    QCOMPARE(report.scanner, std::string("trivy"));
    QCOMPARE(report.scannerVersion, std::string("0.99.1"));
    QCOMPARE(report.vulnerabilities.size(), std::size_t(5));
    QFile args(fake.path("args.txt"));
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(args.readAll(), QByteArray("image --input /tmp/image.tar --format json --quiet\n"));
}

void TestImageVulns::runnerPassesTheDaemonToTheScanner()
{
    FakeScanners fake;
    const QString log = fake.path("env.txt");
    fake.add("trivy", "if [ \"$1\" = --version ]; then echo 'Version: 0.99.1'; exit 0; fi\n"
                      "echo \"$DOCKER_HOST $DOCKER_CERT_PATH\" > '" + log.toUtf8() + "'\n"
                      "/bin/cat '" DW_TEST_DATA "/image/vulns_trivy.json'\n");
    const VulnerabilityReport report =
        runScanner({.tarPath = {}, .imageRef = "app:1.0",
                    .environment = {"DOCKER_HOST=unix:///tmp/other.sock", "DOCKER_CERT_PATH=/tmp/certs"}},
                   std::chrono::seconds(20));
    QVERIFY2(report.scanned, report.note.c_str());
    QFile env(log);
    QVERIFY(env.open(QIODevice::ReadOnly));
    QCOMPARE(env.readAll(), QByteArray("unix:///tmp/other.sock /tmp/certs\n"));
}

void TestImageVulns::runnerGrypeOnImageRef()
{
    FakeScanners fake;
    fake.add("grype", printingScanner(fake.path("args.txt"), "vulns_grype.json", "grype 0.1.0"));
    const VulnerabilityReport report = runScanner({.tarPath = {}, .imageRef = "app:1.0", .environment = {}}, std::chrono::seconds(20));
    QVERIFY2(report.scanned, report.note.c_str());
    QCOMPARE(report.scanner, std::string("grype"));
    QCOMPARE(report.scannerVersion, std::string("0.80.1")); // from the report's descriptor
    QFile args(fake.path("args.txt"));
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(args.readAll(), QByteArray("docker:app:1.0 -o json -q\n"));
}

void TestImageVulns::runnerFailingScanner()
{
    FakeScanners fake;
    fake.add("trivy", "echo 'INFO starting' >&2\necho 'FATAL failed to download the vulnerability DB' >&2\nexit 1\n");
    const VulnerabilityReport report =
        runScanner({.tarPath = "/tmp/image.tar", .imageRef = {}, .environment = {}}, std::chrono::seconds(20));
    QVERIFY(!report.scanned);
    QVERIFY(report.vulnerabilities.empty());
    QCOMPARE(report.note, std::string("trivy failed (exit code 1): FATAL failed to download the vulnerability DB"));
}

void TestImageVulns::runnerGarbageOutput()
{
    FakeScanners fake;
    fake.add("trivy", "echo 'this is not json'\n");
    const VulnerabilityReport report =
        runScanner({.tarPath = "/tmp/image.tar", .imageRef = {}, .environment = {}}, std::chrono::seconds(20));
    QVERIFY(!report.scanned);
    QVERIFY2(report.note.starts_with("trivy printed no usable report: not a JSON document"), report.note.c_str());
}

void TestImageVulns::runnerTimeout()
{
    FakeScanners fake;
    fake.add("trivy", "exec /bin/sleep 30\n");
    const VulnerabilityReport report =
        runScanner({.tarPath = "/tmp/image.tar", .imageRef = {}, .environment = {}}, std::chrono::milliseconds(300));
    QVERIFY(!report.scanned);
    QCOMPARE(report.note, std::string("trivy timed out after 300 ms"));
}

void TestImageVulns::runnerFallsBackToGrype()
{
    FakeScanners fake;
    fake.add("trivy", "exit 3\n");
    fake.add("grype", printingScanner(fake.path("args.txt"), "vulns_grype.json", "grype 0.80.1"));
    const VulnerabilityReport report =
        runScanner({.tarPath = "/tmp/image.tar", .imageRef = {}, .environment = {}}, std::chrono::seconds(20));
    QVERIFY(report.scanned);
    QCOMPARE(report.scanner, std::string("grype"));
    QCOMPARE(report.note, std::string("trivy failed (exit code 3)"));
    QFile args(fake.path("args.txt"));
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(args.readAll(), QByteArray("docker-archive:/tmp/image.tar -o json -q\n"));
}

void TestImageVulns::runnerWithoutScanner()
{
    FakeScanners fake; // an empty PATH directory
    const VulnerabilityReport report =
        runScanner({.tarPath = "/tmp/image.tar", .imageRef = {}, .environment = {}}, std::chrono::seconds(5));
    QVERIFY(!report.scanned);
    QCOMPARE(report.note, std::string("no trivy or grype on PATH"));
}

void TestImageVulns::runnerRejectsOptionLikeReference()
{
    FakeScanners fake;
    fake.add("trivy", "exit 0\n");
    const VulnerabilityReport report = runScanner({.tarPath = {}, .imageRef = "--help", .environment = {}}, std::chrono::seconds(5));
    QVERIFY(!report.scanned);
    QCOMPARE(report.note, std::string("nothing to scan: no image tarball and no valid image reference"));
}

QTEST_GUILESS_MAIN(TestImageVulns)
#include "tst_image_vulns.moc"
