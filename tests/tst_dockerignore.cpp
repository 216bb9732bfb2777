#include "lint/dockerignore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using dw::lint::DockerIgnore;
using dw::lint::DockerIgnoreFinder;

namespace {

QStringList toList(const std::vector<std::string>& items) {
    QStringList list;
    for (const auto& item : items)
        list << QString::fromStdString(item);
    return list;
}

void writeFile(const QString& path, const QByteArray& content) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestDockerIgnore : public QObject {
    Q_OBJECT

  private slots:
    void matches_data();
    void matches();
    void parsePatterns();
    void emptyFile();
    void loadBeside();
    void finderAgreesWithLoadBeside();
};

void TestDockerIgnore::matches_data() {
    QTest::addColumn<QByteArray>("ignore");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");

    const auto row = [](const char* name, const QByteArray& ignore, const QString& path, bool excluded) {
        QTest::newRow(name) << ignore << path << excluded;
    };

    // plain names and parent directories
    row("exact file", "secret.txt", "secret.txt", true);
    row("other file", "secret.txt", "public.txt", false);
    row("exact is not a prefix", "secret", "secret.txt", false);
    row("directory covers files", "node_modules", "node_modules/a/b/c.js", true);
    row("nested name is not matched", "node_modules", "app/node_modules/x", false);
    row("leading slash removed", "/build", "build/out.o", true);
    row("dot slash and trailing slash cleaned", "./build/", "build/out.o", true);
    row("dot dot cleaned", "a/../b", "b", true);
    row("dot dot cleaned leaves a", "a/../b", "a", false);

    // queried paths are cleaned too
    row("dot slash in path", "docs", "./docs/x.md", true);
    row("leading slash in path", "docs", "/docs/x.md", true);
    row("trailing slash in path", "docs", "docs/", true);
    row("context root never", "*", ".", false);
    row("empty path never", "*", "", false);

    // single-segment wildcards
    row("star", "*", "fileutils.go", true);
    row("star extension", "*.go", "fileutils.go", true);
    row("star does not cross slash", "a*/b", "a/c/b", false);
    row("star in directory", "a*/b", "abc/b", true);
    row("star matches parent", "a*", "ab/c", true);
    row("star extension in subdir", "a/*.txt", "a/dir/file.txt", false);
    row("star extension direct", "a/*.txt", "a/file.txt", true);
    row("dot star", ".*", ".foo", true);
    row("dot star no dot", ".*", "foo", false);
    row("dot is literal", "abc.def", "abcdef", false);
    row("dot literal match", "abc.def", "abc.def", true);
    row("question mark", "abc?def", "abcZdef", true);
    row("question mark needs a char", "abc?def", "abcdef", false);
    row("question mark not slash", "a?b", "a/b", false);
    row("star not slash", "a*b", "a/b", false);
    row("question mark utf-8", "a?b", "a☺b", true);
    row("question marks count characters", "a???b", "a☺b", false);
    row("regex characters literal", "a(b)c/def", "a(b)c/def", true);
    row("more regex characters", "a.|)$(}+{bc", "a.|)$(}+{bc", true);
    row("plus in name", "dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true);

    // double star
    row("** everything", "**", "file", true);
    row("** nested", "**", "dir/file", true);
    row("**/ cleaned", "**/", "dir/file", true);
    row("dir/** file", "dir/**", "dir/file", true);
    row("dir/** deep", "dir/**", "dir/dir2/file", true);
    row("dir/** not dir itself", "abc/**", "abc", false);
    row("**/dir at root", "**/dir", "dir", true);
    row("**/dir below", "**/dir", "a/b/dir", true);
    row("**/dir parent", "**/dir", "dir/file", true);
    row("**/dir2/*", "**/dir2/*", "dir/dir2/file", true);
    row("**/dir2/** deep", "**/dir2/**", "dir/dir2/dir3/file", true);
    row("**file suffix", "**file", "dir/dir/file", true);
    row("**file suffix of name", "**file", "dir/myfile", true);
    row("**/file* prefix", "**/file*", "dir/dir/file.txt", true);
    row("**/**/*.txt", "**/**/*.txt", "dir/dir/file.txt", true);
    row("**/**/*.txt2", "**/**/*.txt2", "dir/dir/file.txt", false);
    row("**/*.txt at root", "**/*.txt", "file.txt", true);
    row("a**/*.txt", "a**/*.txt", "a/dir/dir/file.txt", true);
    row("**/foo/bar at root", "**/foo/bar", "foo/bar", true);
    row("**/.foo other name", "**/.foo", "bar.foo", false);
    row("** middle", "a/**/z", "a/b/c/z", true);
    row("** middle zero dirs", "a/**/z", "a/z", true);
    row("** middle other", "a/**/z", "b/z", false);

    // character classes and escapes
    row("range miss", "a[b-d]e", "ae", false);
    row("range hit", "a[b-d]e", "ace", true);
    row("range outside", "a[b-d]e", "aae", false);
    row("negated range", "a[^b-d]e", "aze", true);
    row("negated range miss", "a[^b-d]e", "ace", false);
    row("set", "ab[c]", "abc", true);
    row("escaped bracket in class", R"([\]a])", "]", true);
    row("escaped dash in class", R"([\-])", "-", true);
    row("escaped dash set miss", R"([x\-])", "z", false);
    row("unicode range", "[a-ζ]*", "α", true);
    row("escaped star", R"(a\*b)", "a*b", true);
    row("escaped star literal only", R"(a\*b)", "ab", false);
    row("escaped backslash", R"(a\\)", R"(a\)", true);

    // exceptions and order
    row("exception after pattern", "*.go\n!fileutils.go", "fileutils.go", false);
    row("other file still excluded", "*.go\n!fileutils.go", "main.go", true);
    row("exception before pattern", "!fileutils.go\n*.go", "fileutils.go", true);
    row("folder then exception", "docs\n!docs/README.md", "docs/README.md", false);
    row("folder sibling excluded", "docs\n!docs/README.md", "docs/other.md", true);
    row("folder itself excluded", "docs\n!docs/README.md", "docs", true);
    row("folder wildcard exception", "docs/*\n!docs/README.md", "docs/README.md", false);
    row("everything but readme", "*\n!README.md", "README.md", false);
    row("everything but readme other", "*\n!README.md", "src/main.c", true);
    row("exception of parent", "**\n!util/docker/web", "util/docker/web/foo", false);
    row("re-excluded after exception", "**\n!util/docker/web\nutil/docker/web/foo", "util/docker/web/foo",
        true);
    row("spaced exception", "*.md\n  !  README.md  ", "README.md", false);

    // file syntax
    row("comment ignored", "# comment\nsecret.txt", "# comment", false);
    row("line after comment", "# comment\nsecret.txt", "secret.txt", true);
    row("indented hash is a pattern", "  # not a comment", "# not a comment", true);
    row("surrounding spaces", "  spaced.txt  \t", "spaced.txt", true);
    row("byte order mark",
        "\xEF\xBB\xBF"
        "bom.txt",
        "bom.txt", true);
    row("crlf first line", "a.txt\r\nb.txt\r\n", "a.txt", true);
    row("crlf second line", "a.txt\r\nb.txt\r\n", "b.txt", true);
    row("blank lines", "\n\n   \nx\n\n", "x", true);
    row("invalid pattern skipped", "[\nfile", "[", false);
    row("valid pattern after invalid", "[\nfile", "file", true);
    row("lone exclamation skipped", "!\nfile", "file", true);
}

void TestDockerIgnore::matches() {
    QFETCH(QByteArray, ignore);
    QFETCH(QString, path);
    QFETCH(bool, excluded);

    const DockerIgnore parsed = DockerIgnore::parse(ignore.toStdString());
    QCOMPARE(parsed.matches(path.toStdString()), excluded);
}

void TestDockerIgnore::parsePatterns() {
    const DockerIgnore parsed =
        DockerIgnore::parse("test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n"
                            "! /inverted/abs/path\n!\n! \nbad[\ntrailing\\\n");
    QCOMPARE(toList(parsed.patterns()), (QStringList{"test1", "test2", "a/file/here", "lastfile",
                                                     "!inverted/abs/path", "!", "!", "bad[", "trailing\\"}));
    QCOMPARE(toList(parsed.invalidPatterns()), (QStringList{"!", "!", "bad[", "trailing\\"}));
    QVERIFY(!parsed.empty());
    QVERIFY(parsed.path().empty());
}

void TestDockerIgnore::emptyFile() {
    QVERIFY(DockerIgnore::parse("").empty());
    QVERIFY(DockerIgnore::parse("# only a comment\n\n   \n").empty());
    QVERIFY(!DockerIgnore::parse("# only a comment\n\n   \n").matches("anything"));
}

void TestDockerIgnore::loadBeside() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string dockerfile = dir.filePath("Dockerfile").toStdString();
    const std::string named = dir.filePath("app.Dockerfile").toStdString();

    QVERIFY(!DockerIgnore::loadBeside(dockerfile).has_value());

    writeFile(dir.filePath(".dockerignore"), "shared\n");
    auto shared = DockerIgnore::loadBeside(dockerfile);
    QVERIFY(shared.has_value());
    QCOMPARE(QString::fromStdString(shared->path()), dir.filePath(".dockerignore"));
    QVERIFY(shared->matches("shared"));

    writeFile(dir.filePath("app.Dockerfile.dockerignore"), "own\n");
    auto own = DockerIgnore::loadBeside(named);
    QVERIFY(own.has_value());
    QCOMPARE(QString::fromStdString(own->path()), dir.filePath("app.Dockerfile.dockerignore"));
    QVERIFY(own->matches("own"));
    QVERIFY(!own->matches("shared"));

    QVERIFY(DockerIgnore::loadBeside(dockerfile)->matches("shared"));

    // A doubled slash names the same folder; the path shown is the folded one.
    const std::string doubled = (dir.path() + QStringLiteral("//app.Dockerfile")).toStdString();
    QCOMPARE(QString::fromStdString(DockerIgnore::loadBeside(doubled)->path()), dir.filePath("app.Dockerfile.dockerignore"));
    // A folder named like the ignore file is not read as one.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("other")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("other/Dockerfile.dockerignore")));
    writeFile(dir.filePath("other/.dockerignore"), "fallback\n");
    QVERIFY(DockerIgnore::loadBeside(dir.filePath("other/Dockerfile").toStdString())->matches("fallback"));
    // A bare name looks in the working directory.
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    auto bare = DockerIgnore::loadBeside("app.Dockerfile");
    QDir::setCurrent(previous);
    QVERIFY(bare.has_value());
    QCOMPARE(QString::fromStdString(bare->path()), QStringLiteral("app.Dockerfile.dockerignore"));
}

// The run-wide finder gives what loadBeside() gives for each Dockerfile, before and after it lists a folder, on
// several threads at once; a folder's shared file is parsed once.
void TestDockerIgnore::finderAgreesWithLoadBeside() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("sub")));
    QVERIFY(root.mkpath(QStringLiteral("c.Dockerfile.dockerignore"))); // a folder, not an ignore file
    writeFile(dir.filePath(".dockerignore"), "shared\n");
    writeFile(dir.filePath("a.Dockerfile.dockerignore"), "own\n");
    std::vector<std::string> dockerfiles;
    for (const char* name : {"Dockerfile", "a.Dockerfile", "b.Dockerfile", "c.Dockerfile", "sub/x.Dockerfile",
                             "sub/y.Dockerfile", "missing/z.Dockerfile"})
        dockerfiles.push_back(dir.filePath(QString::fromUtf8(name)).toStdString());
    const auto describe = [](const DockerIgnore* ignore) {
        return ignore ? ignore->path() + " " + std::to_string(ignore->patterns().size()) : std::string("none");
    };
    std::vector<std::string> expected;
    for (const std::string& path : dockerfiles) {
        const std::optional<DockerIgnore> alone = DockerIgnore::loadBeside(path);
        expected.push_back(describe(alone ? &*alone : nullptr));
    }
    QCOMPARE(expected[1], dir.filePath("a.Dockerfile.dockerignore").toStdString() + " 1");
    QCOMPARE(expected[3], dir.filePath(".dockerignore").toStdString() + " 1");
    QCOMPARE(expected[4], std::string("none"));

    DockerIgnoreFinder finder;
    for (int round = 0; round < 3; ++round) // the second request for a folder lists it
        for (std::size_t i = 0; i < dockerfiles.size(); ++i)
            QCOMPARE(describe(finder.loadBeside(dockerfiles[i]).get()), expected[i]);
    QCOMPARE(finder.loadBeside(dockerfiles[0]).get(), finder.loadBeside(dockerfiles[2]).get());

    DockerIgnoreFinder shared;
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int round = 0; round < 20; ++round)
                for (std::size_t i = 0; i < dockerfiles.size(); ++i)
                    if (describe(shared.loadBeside(dockerfiles[i]).get()) != expected[i]) ++mismatches;
        });
    for (std::thread& thread : threads) thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_APPLESS_MAIN(TestDockerIgnore)
#include "tst_dockerignore.moc"
