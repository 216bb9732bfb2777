// No output of `dockwarden-cli lint` ever shows a secret the file holds: every format, both languages, the
// messages and the quick fixes (which rewrite the very instructions that hold them), while `--fix` still writes
// the real value back. The linter searches only the instructions that some finding reaches for secrets; what it
// prints is the same as with every secret of the file.
#include "dockerfile/parser.h"
#include "lint/redaction.h"
#include "support/process_run.h"

#include <random>

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

// Two secrets, on lines 2 and 3; line 4 holds none.
const std::string kTwoSecrets = "FROM alpine:3.20\nENV A_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n"
                                "RUN echo glpat-abcdefghij0123456789 > /dev/null\nUSER app\n";
constexpr const char* kEnvSecret = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
constexpr const char* kRunSecret = "glpat-abcdefghij0123456789";

dw::df::Range rangeAt(const dw::df::Dockerfile& file, std::size_t begin, std::size_t end)
{
    return {file.positionAt(begin), file.positionAt(end)};
}

/// A finding whose message quotes both secrets, at `range`, with a fix edit at `edit` when given.
dw::lint::Finding quotingFinding(const dw::df::Range& range, std::optional<dw::df::Range> edit = std::nullopt)
{
    dw::lint::Finding finding;
    finding.rule = "DW9999";
    finding.range = range;
    finding.message = {std::string("quotes ") + kEnvSecret + " and " + kRunSecret, "引用"};
    if (edit) finding.fixes.push_back({{"fix", "修复"}, {{*edit, std::string("x ") + kRunSecret}}});
    return finding;
}

/// The distinct secret values, in order (an assignment's value is found both as assigned and by its shape).
std::vector<std::string> valuesOf(const std::vector<dw::lint::SecretSpan>& spans)
{
    std::vector<std::string> values;
    for (const auto& span : spans)
        if (values.empty() || values.back() != span.value) values.push_back(span.value);
    return values;
}

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

    void onlyInstructionsAFindingReachesAreSearched_data()
    {
        QTest::addColumn<int>("rangeBegin"); // offsets into kTwoSecrets; -1: no finding at all
        QTest::addColumn<int>("rangeEnd");
        QTest::addColumn<int>("editBegin"); // -1: no fix edit
        QTest::addColumn<int>("editEnd");
        QTest::addColumn<QStringList>("expected");
        const auto at = [](const char* text) { return int(kTwoSecrets.find(text)); };
        const int envLine = at("ENV"), runLine = at("RUN"), userLine = at("USER");
        const int runEnd = userLine - 1; // the line break after the RUN line
        QTest::newRow("no finding") << -1 << -1 << -1 << -1 << QStringList{};
        QTest::newRow("on the ENV line") << envLine << envLine + 3 << -1 << -1 << QStringList{kEnvSecret};
        QTest::newRow("on the USER line") << userLine << userLine + 4 << -1 << -1 << QStringList{};
        QTest::newRow("an edit reaches the RUN line")
            << userLine << userLine + 4 << runLine << runLine + 3 << QStringList{kRunSecret};
        QTest::newRow("empty, where the RUN line starts") << runLine << runLine << -1 << -1 << QStringList{kRunSecret};
        QTest::newRow("empty, where the RUN line ends") << runEnd << runEnd << -1 << -1 << QStringList{};
        QTest::newRow("across both lines") << envLine + 5 << runLine + 2 << -1 << -1
                                           << QStringList{kEnvSecret, kRunSecret};
    }

    void onlyInstructionsAFindingReachesAreSearched()
    {
        QFETCH(int, rangeBegin);
        QFETCH(int, rangeEnd);
        QFETCH(int, editBegin);
        QFETCH(int, editEnd);
        QFETCH(QStringList, expected);
        const dw::df::Dockerfile file = dw::df::parse(kTwoSecrets);
        std::vector<dw::lint::Finding> findings;
        if (rangeBegin >= 0) {
            std::optional<dw::df::Range> edit;
            if (editBegin >= 0) edit = rangeAt(file, editBegin, editEnd);
            findings.push_back(quotingFinding(rangeAt(file, rangeBegin, rangeEnd), edit));
        }
        std::vector<std::string> wanted;
        for (const QString& value : expected) wanted.push_back(value.toStdString());
        QCOMPARE(valuesOf(dw::lint::collectSecrets(file, findings)), wanted);
    }

    /// Random findings over the file print the same with the secrets searched where they reach as with every
    /// secret of the file (what a finding spanning the whole file collects).
    void redactionMatchesSearchingEverywhere()
    {
        const dw::df::Dockerfile file = dw::df::parse(kTwoSecrets);
        const auto everything = dw::lint::collectSecrets(file, {quotingFinding(rangeAt(file, 0, kTwoSecrets.size()))});
        QCOMPARE(valuesOf(everything), (std::vector<std::string>{kEnvSecret, kRunSecret}));
        std::mt19937 random(13);
        std::uniform_int_distribution<std::size_t> offset(0, kTwoSecrets.size());
        for (int round = 0; round < 500; ++round) {
            std::vector<dw::lint::Finding> findings;
            for (int i = int(random() % 3); i > 0; --i) {
                std::size_t a = offset(random), b = offset(random), c = offset(random), d = offset(random);
                std::optional<dw::df::Range> edit;
                if (random() % 2) edit = rangeAt(file, std::min(c, d), std::max(c, d));
                findings.push_back(quotingFinding(rangeAt(file, std::min(a, b), std::max(a, b)), edit));
            }
            const auto narrow = dw::lint::redactForDisplay(findings, dw::lint::collectSecrets(file, findings));
            const auto wide = dw::lint::redactForDisplay(findings, everything);
            QCOMPARE(narrow.size(), wide.size());
            for (std::size_t i = 0; i < narrow.size(); ++i) {
                QCOMPARE(narrow[i].message.en, wide[i].message.en);
                for (std::size_t f = 0; f < narrow[i].fixes.size(); ++f)
                    QCOMPARE(narrow[i].fixes[f].edits.front().text, wide[i].fixes[f].edits.front().text);
            }
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
