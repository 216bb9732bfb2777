// The content scanner and the content/config checks (DWI1nn, DWI2nn), and the shared secret detector
// (util/secrets.h): images are built in memory (support/image_check_cases.h), file bodies go through
// ContentScanner as the archive reader would hand them over, and every check has rows that fire and rows that
// stay silent.
#include "support/image_check_cases.h"

class TestImageChecks : public QObject {
    Q_OBJECT

  private slots:
    void everyCheckIsDocumented();
    void everyCheckHasCases();
    void baselineIsClean();
    void checks_data();
    void checks();
    void findingsCarryLayerAndPath();
    void deletedLaterStillReported();
    void fixturesAreInfo();
    void shadowSeverity();
    void secretsNeverLeak();
    void binarySkipping();
    void wantedBytes_data();
    void wantedBytes();
    void hostileBodies();
    void findSecret_data();
    void findSecret();
    void secretsAtEveryOffset();
    void secretNames_data();
    void secretNames();
    void redact_data();
    void redact();
    void redactAll_data();
    void redactAll();
    void finalFilesystem();
    void historySteps_data();
    void historySteps();
};

void TestImageChecks::everyCheckIsDocumented()
{
    int count = 0;
    for (const auto& check : imageAnalysisChecks()) {
        const findings::CheckInfo& info = check->info();
        const std::string id(info.id);
        if (!ours(id)) continue;
        ++count;
        for (const findings::LocalizedText* text : {&info.title, &info.explanation, &info.remedy}) {
            QVERIFY2(!text->en.empty() && !text->zh.empty(), id.c_str());
            QVERIFY2(text->en != text->zh, id.c_str());
        }
    }
    QCOMPARE(count, 24); // DWI101-107, DWI110-113, DWI201-213
}

void TestImageChecks::everyCheckHasCases()
{
    std::set<std::string> fires, silent;
    for (const CheckCase& c : checkCases())
        (c.count > 0 ? fires : silent).insert(c.rule);
    for (const auto& check : imageAnalysisChecks()) {
        const std::string id(check->info().id);
        if (!ours(id)) continue;
        QVERIFY2(fires.contains(id), ("no firing case: " + id).c_str());
        QVERIFY2(silent.contains(id), ("no silent case: " + id).c_str());
    }
}

void TestImageChecks::baselineIsClean()
{
    Run run;
    const std::vector<ImageFinding> findings = run.findings();
    QVERIFY2(describe(findings).isEmpty(), describe(findings).constData());
}

void TestImageChecks::checks_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < checkCases().size(); ++i)
        QTest::newRow((std::string(checkCases()[i].rule) + " " + checkCases()[i].name).c_str()) << int(i);
}

void TestImageChecks::checks()
{
    QFETCH(int, index);
    const CheckCase& testCase = checkCases()[std::size_t(index)];
    Run run;
    testCase.change(run.builder, run.ctx);
    const std::vector<ImageFinding> all = run.findings();
    QVERIFY2(int(findingsOf(all, testCase.rule).size()) == testCase.count, describe(all).constData());
}

void TestImageChecks::findingsCarryLayerAndPath()
{
    Run run;
    run.builder.run("cp key");
    run.builder.file("root/.ssh/id_rsa", pemBlock("RSA PRIVATE KEY"));
    const std::vector<ImageFinding> found = findingsOf(run.findings(), "DWI101");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].path, std::string("root/.ssh/id_rsa"));
    QCOMPARE(found[0].layerIndex, std::optional<std::size_t>(1));
    QCOMPARE(found[0].finding.severity, findings::Severity::Error);
    QCOMPARE(found[0].finding.subject, std::string("app:1.0"));
    QCOMPARE(found[0].finding.message.en,
             std::string("Image 'app:1.0' ships a private key in /root/.ssh/id_rsa (layer 1)"));
    QCOMPARE(found[0].finding.evidence, std::string("-----BEGIN RSA PRIVATE KEY----- at line 1"));
    QCOMPARE(found[0].finding.refs.front(), std::string("cis-docker:4.10"));
}

void TestImageChecks::deletedLaterStillReported()
{
    Run run;
    run.builder.run("cp");
    run.builder.file("app/.env", "X=1\nAPI_TOKEN=" + kGithubToken + "\n");
    run.builder.file("root/.npmrc", "_authToken=" + kNpmToken + "\n");
    run.builder.run("rm");
    run.builder.whiteout("app");                  // the whole directory
    run.builder.file("root/.npmrc", "; empty\n"); // rewritten
    const std::vector<ImageFinding> all = run.findings();
    const std::vector<ImageFinding> env = findingsOf(all, "DWI103");
    QCOMPARE(env.size(), std::size_t(1));
    QCOMPARE(env[0].finding.message.en,
             std::string("Image 'app:1.0' ships a .env file with secrets in /app/.env, deleted in layer 2 but still "
                         "shipped in layer 1"));
    QCOMPARE(env[0].finding.evidence, std::string("API_TOKEN=ghp_***6789 at line 2"));
    const std::vector<ImageFinding> npmrc = findingsOf(all, "DWI104");
    QCOMPARE(npmrc.size(), std::size_t(1));
    QVERIFY(npmrc[0].finding.message.en.ends_with(", rewritten in layer 2 but still shipped in layer 1"));
}

void TestImageChecks::fixturesAreInfo()
{
    Run run;
    run.builder.file("usr/lib/python3.12/site-packages/paramiko/tests/test_rsa.key", pemBlock("RSA PRIVATE KEY"));
    run.builder.file("usr/share/doc/tool/sample.txt", "token " + kGithubToken + "\n");
    run.builder.file("usr/lib/python3/dist-packages/PyJWT-2.6.0.egg-info/PKG-INFO",
                     "jwt eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.SIGNATUREabc\n");
    const std::vector<ImageFinding> all = run.findings();
    QCOMPARE(findingsOf(all, "DWI101").size(), std::size_t(1));
    QCOMPARE(findingsOf(all, "DWI101")[0].finding.severity, findings::Severity::Info);
    QCOMPARE(findingsOf(all, "DWI102").size(), std::size_t(2));
    for (const ImageFinding& f : findingsOf(all, "DWI102"))
        QCOMPARE(f.finding.severity, findings::Severity::Info);
}

void TestImageChecks::shadowSeverity()
{
    const std::vector<ContentHit> hits =
        scan("etc/shadow", "root:$y$j9T$abc$def:1::::::\nguest::1::::::\nbin:*:1::::::\n");
    QCOMPARE(hits.size(), std::size_t(2));
    QCOMPARE(hits[0].evidence, std::string("password hash: account 'root' has a $y$ hash at line 1"));
    QCOMPARE(hits[1].evidence, std::string("empty password: account 'guest' at line 2"));
    Run run;
    run.builder.file("etc/shadow", "root:$6$s$h:1::::::\nguest::1::::::\n");
    const std::vector<ImageFinding> found = findingsOf(run.findings(), "DWI105");
    QCOMPARE(found.size(), std::size_t(2));
    QCOMPARE(found[0].finding.severity, findings::Severity::Warning);
    QCOMPARE(found[1].finding.severity, findings::Severity::Error);
}

void TestImageChecks::secretsNeverLeak()
{
    Run run;
    B& b = run.builder;
    b.image.config.env.push_back("DB_PASSWORD=" + kPassword);
    b.image.config.env.push_back("AWS_KEY=" + kAwsKeyId);
    b.history("|1 NPM_TOKEN=" + kNpmToken + " /bin/sh -c npm ci");
    b.run("curl -u bob:" + kPassword + " https://x.io && echo " + kGithubToken);
    b.file("app/.env", "AWS_SECRET_ACCESS_KEY=" + kAwsSecret + "\n");
    b.file("root/.npmrc", "_authToken=" + kNpmToken + "\n");
    b.file("root/.git-credentials", "https://bob:" + kPassword + "@github.com\n");
    b.file("root/.docker/config.json", "{\"auths\":{\"r\":{\"auth\":\"" + kPassword + "\"}}}");
    b.file("app/conf.yml", "gh: " + kGithubToken + "\naws: " + kAwsKeyId + "\n");
    b.run("sudo mysql --password " + kPassword + " && sudo curl -H 'X: " + kGithubToken + "' x.io"); // DWI208 shows it
    b.run("sudo curl --user bob:" + kPassword + " x.io");
    b.history("ADD https://bob:" + kPassword + "@x.io/app.tgz /opt/ # buildkit"); // DWI203 shows it
    const std::vector<ImageFinding> all = run.findings();
    std::set<std::string> rules;
    for (const ImageFinding& f : all) {
        rules.insert(f.finding.rule);
        for (const std::string& secret : {kGithubToken, kAwsKeyId, kAwsSecret, kNpmToken, kPassword})
            for (const std::string* text : {&f.finding.message.en, &f.finding.message.zh, &f.finding.evidence, &f.path})
                QVERIFY2(text->find(secret) == std::string::npos, (f.finding.rule + " leaks: " + *text).c_str());
    }
    for (const char* rule : {"DWI102", "DWI103", "DWI104", "DWI203", "DWI204", "DWI205", "DWI208"})
        QVERIFY2(rules.contains(rule), rule);
}

void TestImageChecks::binarySkipping()
{
    std::string elf = std::string("\x7f"
                                  "ELF",
                                  4) +
                      std::string(8, '\0') + pemBlock("RSA PRIVATE KEY") + kGithubToken;
    QVERIFY(looksBinary(elf));
    QVERIFY(scan("usr/bin/app", elf).empty());
    std::string late = std::string(600, 'a') + std::string(1, '\0') + "\n" + kGithubToken; // NUL after 512 bytes
    QVERIFY(!looksBinary(late));
    QCOMPARE(scan("app/data.txt", late).size(), std::size_t(1));
}

void TestImageChecks::wantedBytes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qulonglong>("size");
    QTest::addColumn<qulonglong>("wanted");
    const auto file = int(EntryKind::File);
    QTest::newRow("text") << "app/config.yml" << file << 100ULL << 100ULL;
    QTest::newRow("capped") << "var/log/big.log" << file << 5ULL * 1024 * 1024 << 1024ULL * 1024;
    QTest::newRow("shared library") << "usr/lib/libssl.so.3" << file << 100ULL << 0ULL;
    QTest::newRow("png") << "app/logo.PNG" << file << 100ULL << 0ULL;
    QTest::newRow("locale") << "usr/share/locale/de/x.txt" << file << 100ULL << 0ULL;
    QTest::newRow("empty") << "app/empty" << file << 0ULL << 0ULL;
    QTest::newRow("directory") << "app" << int(EntryKind::Directory) << 0ULL << 0ULL;
    QTest::newRow("symlink") << "app/link" << int(EntryKind::Symlink) << 0ULL << 0ULL;
}

void TestImageChecks::wantedBytes()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(qulonglong, size);
    QFETCH(qulonglong, wanted);
    const ContentScanner scanner;
    const LayerEntry entry = ImageBuilder::entry(path.toStdString(), EntryKind(kind), size, 0644);
    QCOMPARE(qulonglong(scanner.wantedBytes(entry)), wanted);
}

void TestImageChecks::hostileBodies()
{
    // Unterminated blocks, cut tokens, lone separators and long lines: clear results, no crash, no hang.
    const std::vector<std::string> bodies{"-----BEGIN ",
                                          "-----BEGIN RSA PRIVATE KEY-----",
                                          "-----BEGIN RSA PRIVATE KEY-----\n" + std::string(100000, 'Q'),
                                          "ghp_",
                                          std::string(200000, '=') + "\n" + std::string(200000, ':'),
                                          "eyJ.eyJ.",
                                          "://@:@://a:b@",
                                          std::string(100000, '\n'),
                                          "\"auth\":\"",
                                          "password"};
    for (const char* path : {"app/x.txt", "app/.env", "root/.npmrc", "root/.netrc", "root/.docker/config.json",
                             "etc/shadow", "root/.git-credentials", "root/.aws/credentials"}) {
        for (const std::string& body : bodies) {
            const std::vector<ContentHit> hits = scan(path, body);
            QVERIFY(hits.size() <= ContentScanner::kMaxHitsPerFile);
        }
    }
    QCOMPARE(scan("app/x.txt", "-----BEGIN RSA PRIVATE KEY-----\n" + std::string(100000, 'Q')).size(), std::size_t(1));
    std::string many;
    for (int i = 0; i < 50; ++i)
        many += kGithubToken + "\n";
    QCOMPARE(scan("app/tokens.txt", many).size(), ContentScanner::kMaxHitsPerFile);
}

void TestImageChecks::findSecret_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind"); // empty: nothing found
    QTest::addColumn<QString>("secret");
    QTest::newRow("aws id") << QString::fromStdString("id=" + kAwsKeyId) << "an AWS access key id"
                            << QString::fromStdString(kAwsKeyId);
    QTest::newRow("aws session id") << "ASIAFAKE0123456789ZQ"
                                    << "an AWS access key id"
                                    << "ASIAFAKE0123456789ZQ";
    QTest::newRow("aws secret") << QString::fromStdString("SecretAccessKey: \"" + kAwsSecret + "\"")
                                << "an AWS secret access key" << QString::fromStdString(kAwsSecret);
    QTest::newRow("github") << QString::fromStdString(kGithubToken) << "a GitHub token"
                            << QString::fromStdString(kGithubToken);
    QTest::newRow("github pat") << "github_pat_FAKE0123456789abcdefGHIJ_x"
                                << "a GitHub token"
                                << "github_pat_FAKE0123456789abcdefGHIJ_x";
    QTest::newRow("gitlab") << "glpat-FAKEfake0123456789ab"
                            << "a GitLab token"
                            << "glpat-FAKEfake0123456789ab";
    QTest::newRow("slack") << "xoxb-1234-FAKE-fake"
                           << "a Slack token"
                           << "xoxb-1234-FAKE-fake";
    QTest::newRow("google") << "AIzaFAKE_fake_FAKE_fake_FAKE_fake_12345"
                            << "a Google API key"
                            << "AIzaFAKE_fake_FAKE_fake_FAKE_fake_12345";
    QTest::newRow("stripe") << "sk_live_FAKEfake0123456789ab"
                            << "a Stripe live key"
                            << "sk_live_FAKEfake0123456789ab";
    QTest::newRow("npm") << QString::fromStdString(kNpmToken) << "an npm access token"
                         << QString::fromStdString(kNpmToken);
    const std::string pypi = "pypi-AgEIcHlwaS5vcmc" + std::string(60, 'F');
    QTest::newRow("pypi") << QString::fromStdString(pypi) << "a PyPI upload token" << QString::fromStdString(pypi);
    QTest::newRow("private key") << "-----BEGIN ENCRYPTED PRIVATE KEY-----"
                                 << "a private key block"
                                 << "-----BEGIN ENCRYPTED PRIVATE KEY-----";
    QTest::newRow("jwt") << "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.FAKESIGNATURE"
                         << "a JSON Web Token"
                         << "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.FAKESIGNATURE";
    QTest::newRow("url password") << "postgres://app:Tr0ub4dor3@db/app"
                                  << "a URL with an embedded password"
                                  << "Tr0ub4dor3";
    QTest::newRow("inline setting") << "-Dpassword=Tr0ub4dor3 -Xmx1g"
                                    << "an inline password or token setting"
                                    << "Tr0ub4dor3";
    // The shortest texts each finder matches: findSecret skips texts shorter than the shortest token shape
    // unless they hold a ':' or an '='.
    QTest::newRow("shortest token") << "xoxb-12345abcde"
                                    << "a Slack token"
                                    << "xoxb-12345abcde";
    QTest::newRow("shortest url password") << "a://u:p2@h"
                                           << "a URL with an embedded password"
                                           << "p2";
    QTest::newRow("shortest inline setting") << "pwd=k9"
                                             << "an inline password or token setting"
                                             << "k9";
    QTest::newRow("shortest jwt") << "eyJaaaaaaaa.eyJbbbbbbbb.cccccccc"
                                  << "a JSON Web Token"
                                  << "eyJaaaaaaaa.eyJbbbbbbbb.cccccccc";
    QTest::newRow("shortest private key") << "-----BEGIN PRIVATE KEY-----"
                                          << "a private key block"
                                          << "-----BEGIN PRIVATE KEY-----";
    QTest::newRow("one short of a token") << "xoxb-12345abcd"
                                          << ""
                                          << "";
    QTest::newRow("aws sample") << "AKIAIOSFODNN7EXAMPLE"
                                << ""
                                << "";
    QTest::newRow("url placeholder") << "https://user:password@host"
                                     << ""
                                     << "";
    QTest::newRow("token inside a word") << QString::fromStdString("x" + kGithubToken) << ""
                                         << "";
    QTest::newRow("public key") << "-----BEGIN PUBLIC KEY-----"
                                << ""
                                << "";
}

void TestImageChecks::findSecret()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, secret);
    const std::optional<secrets::SecretMatch> found = secrets::findSecret(text.toStdString());
    QCOMPARE(found.has_value(), !kind.isEmpty());
    if (!found) return;
    QCOMPARE(QString::fromStdString(found->kindEn), kind);
    QCOMPARE(QString::fromStdString(found->secret), secret);
    QVERIFY(!found->kindZh.empty());
}

// The scans test 16 bytes at a time: a token or a setting must be found, or skipped when it sits inside a word,
// wherever it falls against those blocks, and near both ends of the text.
void TestImageChecks::secretsAtEveryOffset()
{
    for (std::size_t pad = 0; pad < 40; ++pad) {
        for (const char before : {' ', 'x', '_', '7', '\xe4'}) {
            const bool wordBefore = before != ' ' && before != '\xe4';
            for (std::size_t tail = 0; tail < 18; tail += 17) {
                std::string text(pad, '-');
                if (pad > 0) text.back() = before;
                text += kGithubToken + std::string(tail, ' ');
                const std::vector<secrets::SecretMatch> found = secrets::findAllSecrets(text, secrets::AllFamilies);
                const bool expected = pad == 0 || !wordBefore;
                QVERIFY2(found.size() == (expected ? 1u : 0u), text.c_str());
                if (expected) QCOMPARE(found.front().offset, pad);
            }
        }
        const std::string setting = std::string(pad, 'a') + " token=Tr0ub4dor3x";
        const std::vector<secrets::SecretMatch> settings = secrets::findAllSecrets(setting, secrets::AllFamilies);
        QCOMPARE(settings.size(), 1u);
        QCOMPARE(settings.front().secret, std::string("Tr0ub4dor3x"));
        QCOMPARE(settings.front().offset, pad + 7);
    }
}

void TestImageChecks::secretNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    for (const char* name : {"DB_PASSWORD", "githubToken", "API_KEY", "aws_secret_access_key", "DBPASSWORD", "MYAPIKEY",
                             "CLIENT_SECRET", "private-key", "NPM_AUTH_TOKEN", "registryCredentials", "GPG_PASSPHRASE",
                             "SESSION_KEY", "Db_Pwd", "SECRET"})
        QTest::newRow(name) << name << true;
    for (const char* name : {"GPG_KEY", "PASSWORD_FILE", "TOKEN_URL", "TOKEN_TTL", "PWD", "TOKENIZERS_PARALLELISM",
                             "PASSWORD_MIN_LENGTH", "KEYID", "PATH", "PASSENGER_APP_ENV", "PA_SS", "SEC_RET", "",
                             "DEBIAN_FRONTEND"})
        QTest::newRow(name) << name << false;
}

void TestImageChecks::secretNames()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(secrets::isSecretName(name.toStdString()), secret);
}

void TestImageChecks::redact_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("shown");
    QTest::newRow("empty") << ""
                           << "***";
    QTest::newRow("short") << "abc"
                           << "***";
    QTest::newRow("password") << "hunter2"
                              << "h***";
    QTest::newRow("aws id") << QString::fromStdString(kAwsKeyId) << "AKIA***ZQ";
    QTest::newRow("github") << QString::fromStdString(kGithubToken) << "ghp_***6789";
    QTest::newRow("utf-8 kept whole") << QString::fromUtf8("密码ab") << "***"; // 8 bytes: 2 would cut 密 in half
}

void TestImageChecks::redact()
{
    QFETCH(QString, secret);
    QFETCH(QString, shown);
    QCOMPARE(QString::fromStdString(secrets::redact(secret.toStdString())), shown);
}

void TestImageChecks::redactAll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("nothing secret") << "apt-get install -y curl=8.5 && make"
                                    << "apt-get install -y curl=8.5 && make";
    QTest::newRow("token") << QString::fromStdString("echo " + kGithubToken + " | gh auth login")
                           << "echo ghp_***6789 | gh auth login";
    QTest::newRow("curl user") << "curl -u bob:hunter2hunter2 https://x.io"
                               << "curl -u bob:hun*** https://x.io";
    QTest::newRow("password option") << QString::fromStdString("mysql --password " + kPassword + " -e 'select 1'")
                                     << "mysql --password s3cr*** -e 'select 1'";
    QTest::newRow("assignment") << "export DB_PASSWORD=hunter2hunter2; run"
                                << "export DB_PASSWORD=hun***; run";
    QTest::newRow("url") << "git clone https://bob:hunter2hunter2@git.x.io/r"
                         << "git clone https://bob:hun***@git.x.io/r";
}

void TestImageChecks::redactAll()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(QString::fromStdString(secrets::redactAll(text.toStdString())), shown);
}

void TestImageChecks::finalFilesystem()
{
    ImageBuilder b;
    b.run("1");
    b.file("app/a", "1");
    b.file("app/sub/b", "2");
    b.file("data/x", "3");
    b.dir("lib");
    b.file("lib/old", "4");
    b.run("2");
    b.whiteout("app/sub");
    b.opaque("data");
    b.file("data/y", "5");
    b.file("lib", "now a file");
    const auto tree = image::finalFilesystem(b.image);
    QVERIFY(tree.contains("app/a"));
    QVERIFY(!tree.contains("app/sub") && !tree.contains("app/sub/b"));
    QVERIFY(!tree.contains("data/x") && tree.contains("data/y"));
    QVERIFY(!tree.contains("lib/old"));
    QCOMPARE(tree.at("lib").layerIndex, std::size_t(2));
    QCOMPARE(tree.at("lib").entry->kind, EntryKind::File);
    const auto gone = laterChange(b.image, 1, "app/sub/b");
    QVERIFY(gone && gone->deleted && gone->layerIndex == 2);
    QVERIFY(!laterChange(b.image, 1, "app/a"));
    const auto underFile = laterChange(b.image, 1, "lib/old");
    QVERIFY(underFile && underFile->deleted);
}

void TestImageChecks::historySteps_data()
{
    QTest::addColumn<QString>("createdBy");
    QTest::addColumn<QString>("instruction");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("args");
    QTest::newRow("classic nop") << "/bin/sh -c #(nop)  ENV A=b"
                                 << "ENV"
                                 << "A=b" << 0;
    QTest::newRow("classic run") << "/bin/sh -c apk add x"
                                 << "RUN"
                                 << "apk add x" << 0;
    QTest::newRow("classic args") << "|2 A=1 B=2 /bin/sh -c make"
                                  << "RUN"
                                  << "make" << 2;
    QTest::newRow("buildkit run") << "RUN /bin/sh -c make all # buildkit"
                                  << "RUN"
                                  << "make all" << 0;
    QTest::newRow("buildkit args") << "RUN |1 T=x /bin/sh -c make # buildkit"
                                   << "RUN"
                                   << "make" << 1;
    QTest::newRow("buildkit copy") << "COPY . /app # buildkit"
                                   << "COPY"
                                   << ". /app" << 0;
    QTest::newRow("exec form run") << "|1 T=x make"
                                   << "RUN"
                                   << "make" << 1;
    QTest::newRow("lying count") << "|99 T=x /bin/sh -c make"
                                 << "RUN"
                                 << "make" << 1;
    QTest::newRow("unknown") << "something odd"
                             << ""
                             << "something odd" << 0;
}

void TestImageChecks::historySteps()
{
    QFETCH(QString, createdBy);
    QFETCH(QString, instruction);
    QFETCH(QString, body);
    QFETCH(int, args);
    const content_checks::HistoryStep step = content_checks::parseHistoryStep(createdBy.toStdString());
    QCOMPARE(QString::fromStdString(step.instruction), instruction);
    QCOMPARE(QString::fromStdString(step.body), body);
    QCOMPARE(int(step.buildArgs.size()), args);
}

QTEST_APPLESS_MAIN(TestImageChecks)

#include "tst_image_checks.moc"
