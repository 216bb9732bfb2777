// The exported reports as a reader gets them: `dockwarden-cli report` writes a PDF whose text (pdftotext) has the
// headings and findings in the chosen language and whose fonts (pdffonts) are the embedded Simplified Chinese Noto
// subsets, with named destinations and bookmarks; a self-contained HTML file; a JSON document. Secrets stay
// redacted, waived findings get their own section, the history gives a trend, failures leave the old file whole.
#include "report/report_blocks.h"
#include "report/report_model.h"
#include "support/process_run.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using dw::test::Run;

namespace {

const QString kCli = QStringLiteral(DW_CLI_PATH);
constexpr const char* kSecret = "ghp_R3allyS3cretTokenValue0123456789abcd";

QByteArray dockerfile()
{
    return QByteArray("FROM python:latest\n"
                      "ENV API_TOKEN=") + kSecret +
           "\n"
           "ADD app.tar.gz /app\n"
           "RUN apt-get update && apt-get install -y curl\n"
           "RUN curl -fsSL https://example.com/install.sh | sh\n"
           "CMD [\"python\", \"/app/main.py\"]\n";
}

void write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QString tool(const QString& name, const QStringList& args)
{
    const Run result = dw::test::run(name, args);
    return QString::fromUtf8(result.out);
}

} // namespace

class TestReportExport : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    Run report(const QStringList& args)
    {
        return dw::test::run(kCli, QStringList{QStringLiteral("report")} + args,
                             {{QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data"))}});
    }

  private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            QFAIL("poppler-utils (pdftotext, pdffonts) is needed: scripts/setup.sh installs it");
        write(path(QStringLiteral("Dockerfile")), dockerfile());
        write(path(QStringLiteral("compose.yaml")), "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n");
        write(path(QStringLiteral("config.yaml")), "waivers:\n  - rule: DL3007\n    target: Dockerfile\n"
                                                   "    reason: the archive is unpacked on purpose\n"
                                                   "    expires: 2099-01-31\n");
    }

    void pdfInEachLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("headings");
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringList{QStringLiteral("Container security report"), QStringLiteral("Contents"),
                                                QStringLiteral("Executive summary"), QStringLiteral("Findings by severity"),
                                                QStringLiteral("Waived findings"), QStringLiteral("Appendix"),
                                                QStringLiteral("Run as an unprivileged user")};
        QTest::newRow("Chinese") << QStringLiteral("zh_CN")
                                 << QStringList{QStringLiteral("容器安全报告"), QStringLiteral("目录"),
                                                QStringLiteral("摘要"), QStringLiteral("按严重程度统计"),
                                                QStringLiteral("已豁免的问题"), QStringLiteral("附录"),
                                                QStringLiteral("第 2 页，共")};
    }

    void pdfInEachLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, headings);
        const QString out = path(QStringLiteral("report-%1.pdf").arg(lang));
        const Run result = report({QStringLiteral("--lang"), lang, QStringLiteral("--out"), out, QStringLiteral("lint"),
                                   QStringLiteral("--config"), path(QStringLiteral("config.yaml")),
                                   path(QStringLiteral("Dockerfile")), path(QStringLiteral("compose.yaml"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.isEmpty());

        const QString info = tool(QStringLiteral("pdfinfo"), {out});
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        QVERIFY2(pages.captured(1).toInt() >= 5 && pages.captured(1).toInt() <= 40, qPrintable(info));

        const QString text = tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        for (const QString& heading : headings) QVERIFY2(text.contains(heading), qPrintable(heading));
        for (const char* rule : {"DL3007", "DL3009", "DW1004", "DWH505"})
            QVERIFY2(text.contains(QLatin1String(rule)), rule);
        QVERIFY(text.contains(QStringLiteral("the archive is unpacked on purpose")));
        QVERIFY(text.contains(QStringLiteral("2099-01-31")));
        QVERIFY2(!text.contains(QLatin1String(kSecret)), "the secret reached the PDF");

        const QString fonts = tool(QStringLiteral("pdffonts"), {out});
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJKsc-Regular")), qPrintable(fonts));
        QVERIFY2(!fonts.contains(QStringLiteral("CJKjp")), qPrintable(fonts));
        for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2)) {
            if (line.trimmed().isEmpty()) continue;
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+yes\\s+yes\\s+"))), qPrintable(line));
        }

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-1.5"));
        QVERIFY2(bytes.contains("/Dest (summary)") && bytes.contains("/Dest (waived)"), "contents are not linked");
        QVERIFY2(bytes.contains("/Outlines"), "no bookmarks");
        QVERIFY(QDir(dir_.path()).entryList({QStringLiteral("*.tmp*"), QStringLiteral(".*report*")}).isEmpty());
    }

    // The PDF writer is a module loaded on first use: a broken one is a clear error, and nothing is written.
    void brokenPdfModuleIsAClearError()
    {
        write(path(QStringLiteral("not-a-library.so")), "this is not an ELF file");
        const QString out = path(QStringLiteral("broken-module.pdf"));
        const Run result = dw::test::run(kCli, {QStringLiteral("report"), QStringLiteral("--out"), out,
                                                path(QStringLiteral("Dockerfile"))},
                                         {{QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data"))},
                                          {QStringLiteral("DOCKWARDEN_PDF_MODULE"), path(QStringLiteral("not-a-library.so"))}});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("cannot load the PDF writer") && result.err.contains("not-a-library.so"),
                 result.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void htmlIsSelfContained()
    {
        const QString out = path(QStringLiteral("report.html"));
        const Run result = report({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--out"), out,
                                   path(QStringLiteral("Dockerfile"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"zh-CN\">")));
        QVERIFY(html.contains(QStringLiteral("name=\"viewport\" content=\"width=device-width")));
        QVERIFY(html.contains(QStringLiteral("@media (max-width:640px)")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(html.contains(QStringLiteral("<h1 id=\"summary\">摘要</h1>")));
        QVERIFY(html.contains(QStringLiteral("href=\"#card-least-privilege-user\"")));
        QVERIFY(html.contains(QStringLiteral("原因：")));
        QVERIFY(html.contains(QStringLiteral("id=\"card-least-privilege-user\"")));
        // Nothing is fetched or linked outside the file (a URL quoted in a rule's explanation is text, not a reference).
        for (const char* external : {"href=\"http", "href=\"//", "src=", "<link", "@import", "url(", "<script", "<iframe"})
            QVERIFY2(!html.contains(QLatin1String(external)), external);
        QVERIFY(!html.contains(QLatin1String(kSecret)));
    }

    void jsonCarriesTheSameContent()
    {
        const QString out = path(QStringLiteral("report.json"));
        const Run result = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out,
                                   QStringLiteral("lint"), QStringLiteral("--config"),
                                   path(QStringLiteral("config.yaml")), path(QStringLiteral("Dockerfile"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(kSecret));
        const auto json = nlohmann::json::parse(bytes.toStdString());
        QCOMPARE(json["tool"].get<std::string>(), std::string("dockwarden"));
        QCOMPARE(json["targets"].size(), std::size_t(1));
        const auto& target = json["targets"][0];
        QCOMPARE(target["kind"].get<std::string>(), std::string("dockerfile"));
        int counted = 0;
        bool userCard = false;
        for (const auto& group : target["practices"]) {
            counted += int(group["findings"].size());
            userCard = userCard || group["card"] == "least-privilege-user";
        }
        QVERIFY(userCard);
        const auto& severities = json["summary"]["bySeverity"];
        QCOMPARE(counted, severities["error"].get<int>() + severities["warning"].get<int>() +
                              severities["info"].get<int>() + severities["style"].get<int>());
        QCOMPARE(target["waived"].size(), std::size_t(1));
        QCOMPARE(target["waived"][0]["reason"].get<std::string>(), std::string("the archive is unpacked on purpose"));
        QVERIFY(json["appendix"].size() >= 10);
        QCOMPARE(json["trend"].size(), std::size_t(0));
    }

    void recordedScansGiveATrend()
    {
        const QString db = path(QStringLiteral("history.sqlite"));
        for (int i = 0; i < 2; ++i) {
            const Run lint = dw::test::run(kCli, {QStringLiteral("lint"), QStringLiteral("--record"), QStringLiteral("--db"),
                                                  db, QStringLiteral("--no-fail"), path(QStringLiteral("Dockerfile"))});
            QVERIFY2(lint.exitCode == 0, lint.err.constData());
        }
        const QString out = path(QStringLiteral("trend.json"));
        Run result = report({QStringLiteral("--db"), db, QStringLiteral("--out"), out, QStringLiteral("--history"),
                             QStringLiteral("2")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto json = nlohmann::json::parse(file.readAll().toStdString());
        QCOMPARE(json["trend"].size(), std::size_t(2));
        QVERIFY(json["targets"][0]["practices"].size() > 0);

        const QString pdf = path(QStringLiteral("trend.pdf"));
        result = report({QStringLiteral("--db"), db, QStringLiteral("--out"), pdf, QStringLiteral("--no-such")});
        QCOMPARE(result.exitCode, 2); // an option lint does not know
        result = report({QStringLiteral("--db"), db, QStringLiteral("--out"), pdf, QStringLiteral("lint"),
                         QStringLiteral("--no-fail"), path(QStringLiteral("Dockerfile"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).contains(QStringLiteral("Risk score over time")));

        result = report({QStringLiteral("--db"), db, QStringLiteral("--out"), pdf, QStringLiteral("--history"),
                         QStringLiteral("99")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("no recorded scan with id 99"));
    }

    void failuresAreClearAndKeepTheOldFile()
    {
        const QString existing = path(QStringLiteral("keep.pdf"));
        write(existing, "old report");
        Run result = report({QStringLiteral("--out"), existing, path(QStringLiteral("missing/Dockerfile"))});
        QCOMPARE(result.exitCode, 2);
        QFile file(existing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old report"));

        result = report({QStringLiteral("--out"), path(QStringLiteral("no/such/dir/r.pdf")), path(QStringLiteral("Dockerfile"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("cannot write the report"), result.err.constData());

        result = report({QStringLiteral("--out"), dir_.path(), QStringLiteral("--format"), QStringLiteral("pdf"),
                         path(QStringLiteral("Dockerfile"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(QFileInfo(dir_.path()).isDir());

        result = report({path(QStringLiteral("Dockerfile"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--out FILE is required"));
        result = report({QStringLiteral("--out"), path(QStringLiteral("r.docx")), path(QStringLiteral("Dockerfile"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("cannot tell the format"));
        result = report({QStringLiteral("--out"), path(QStringLiteral("r.pdf"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("nothing to report"));
    }

    void cancelledPdfIsNotWritten()
    {
        std::vector<dw::scan::ScanReport> scans(1);
        scans[0].target = "Dockerfile";
        const dw::report::ReportModel model = dw::report::buildReportModel(scans, {});
        std::atomic<bool> cancel{true};
        std::string error;
        std::vector<std::string> warnings;
        const QString out = path(QStringLiteral("cancelled.pdf"));
        QVERIFY(!dw::report::writeReport(model, dw::report::ReportFormat::Pdf, out.toStdString(), error, warnings, &cancel));
        QCOMPARE(error, std::string("cancelled"));
        QVERIFY(!QFile::exists(out));
        cancel = false;
        QVERIFY(dw::report::writeReport(model, dw::report::ReportFormat::Pdf, out.toStdString(), error, warnings, &cancel));
        QVERIFY(warnings.empty());
    }

    void formatsByName()
    {
        using dw::report::ReportFormat;
        QCOMPARE(dw::report::reportFormatOfPath("out/Report.PDF"), std::optional(ReportFormat::Pdf));
        QCOMPARE(dw::report::reportFormatOfPath("r.htm"), std::optional(ReportFormat::Html));
        QCOMPARE(dw::report::reportFormatOfPath("a.b/report"), std::optional<ReportFormat>());
        QCOMPARE(dw::report::reportFormatFromName("json"), std::optional(ReportFormat::Json));
        QCOMPARE(dw::report::reportFormatFromName("docx"), std::optional<ReportFormat>());
    }
};

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_report_export.moc"
