// No output of `dockwarden-cli lint` ever shows a secret the file holds: every format, both languages, the
// messages and the quick fixes (which rewrite the very instructions that hold them), while `--fix` still writes
// the real value back.
#include "support/process_run.h"

#include <QtTest>

namespace {

struct SecretFixture {
    const char* name;
    const char* dockerfile;
    std::vector<const char*> secrets;
};

const SecretFixture kFixtures[] = {
    {"legacy-env", "FROM alpine:3.20\nENV DB_PASSWORD s3cr3tPa55w0rd!\nUSER app\n", {"s3cr3tPa55w0rd!"}},
    {"legacy-env-spaces", "FROM alpine:3.20\nENV API_TOKEN my \"quoted\" Tok3nValue99\nUSER app\n",
     {"Tok3nValue99", "my \"quoted\" Tok3nValue99"}},
    {"aws-keys",
     "FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID AKIAQWERTYUIOPASDFGH\nENV AWS_SECRET_ACCESS_KEY "
     "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\nUSER app\n",
     {"AKIAQWERTYUIOPASDFGH", "wJalrXUtnFEMIK7MDENGbPxRfiCYzzzzzzzzzzzz"}},
    {"github-token-arg", "ARG GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\nFROM alpine:3.20\nUSER app\n",
     {"ghp_abcdefghijklmnopqrstuvwxyz0123456789"}},
    {"label-and-run",
     "FROM alpine:3.20\nLABEL token glpat-abcdefghij0123456789\n"
     "run curl -H \"Authorization: token ghp_zyxwvutsrqponmlkjihgfedcba9876543210\" https://x.example/a | sh\n"
     "USER app\n",
     {"glpat-abcdefghij0123456789", "ghp_zyxwvutsrqponmlkjihgfedcba9876543210"}},
    {"url-password", "FROM alpine:3.20\nENV DATABASE_URL postgres://admin:Sup3rS3cretPw@db:5432/app\nUSER app\n",
     {"Sup3rS3cretPw"}},
    {"onbuild", "FROM alpine:3.20\nONBUILD ENV NPM_TOKEN npm_abcdefghijklmnopqrstuvwxyz0123456789\nUSER app\n",
     {"npm_abcdefghijklmnopqrstuvwxyz0123456789"}},
};

} // namespace

class SecretOutputsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = dir_.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) file.write(content);
        return path;
    }

private slots:
    void noFormatShowsASecret_data()
    {
        QTest::addColumn<int>("fixture");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("language");
        for (int i = 0; i < int(std::size(kFixtures)); ++i)
            for (const char* format : {"text", "json", "sarif", "checkstyle"})
                for (const char* language : {"en", "zh_CN"})
                    QTest::addRow("%s-%s-%s", kFixtures[i].name, format, language) << i << format << language;
    }

    void noFormatShowsASecret()
    {
        QFETCH(int, fixture);
        QFETCH(QString, format);
        QFETCH(QString, language);
        const SecretFixture& f = kFixtures[fixture];
        const QString path = write(QString::fromLatin1(f.name) + ".Dockerfile", f.dockerfile);
        const auto run = dw::test::run(QStringLiteral(DW_CLI_PATH),
                                       {"lint", "--no-fail", "--format", format, "--lang", language, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.isEmpty());
        for (const char* secret : f.secrets) {
            QVERIFY2(!run.out.contains(secret), qPrintable(QStringLiteral("%1 in\n%2").arg(secret, QString::fromUtf8(run.out))));
            QVERIFY(!run.err.contains(secret));
        }
    }

    void fixesStillOfferedAndAppliedWithTheRealValue()
    {
        const QString path = write("apply.Dockerfile", kFixtures[0].dockerfile);
        auto run = dw::test::run(QStringLiteral(DW_CLI_PATH), {"lint", "--no-fail", "--format", "json", path});
        QVERIFY(run.out.contains("LegacyKeyValueFormat"));
        QVERIFY(run.out.contains("\"fixes\""));
        run = dw::test::run(QStringLiteral(DW_CLI_PATH), {"lint", "--fix", "--no-fail", path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains("s3cr3tPa55w0rd!"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("DB_PASSWORD=s3cr3tPa55w0rd!"));
    }
};

QTEST_GUILESS_MAIN(SecretOutputsTest)
#include "tst_secret_outputs.moc"
