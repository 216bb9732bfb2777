// The string path arithmetic of util/lexical_path.h gives what std::filesystem gives, or declines.
#include "util/lexical_path.h"

#include <QtTest>

#include <filesystem>
#include <random>

using namespace dw::util;

namespace {

std::string filesystemJoin(const std::string& base, const std::string& path)
{
    return (std::filesystem::path(base) / path).lexically_normal().generic_string();
}

QString show(const std::optional<std::string>& text) { return text ? QString::fromStdString(*text) : QStringLiteral("(none)"); }

} // namespace

class TestLexicalPath : public QObject {
    Q_OBJECT

  private slots:
    void joinNormal_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // empty: declined
        QTest::newRow("plain name") << "/work/main" << "Dockerfile" << "/work/main/Dockerfile";
        QTest::newRow("sub folder") << "/work/main" << "svc/api/Dockerfile" << "/work/main/svc/api/Dockerfile";
        QTest::newRow("dot slash") << "/work/main" << "./svc/Dockerfile" << "/work/main/svc/Dockerfile";
        QTest::newRow("up one") << "/work/main" << "../shared/Dockerfile" << "/work/shared/Dockerfile";
        QTest::newRow("up past the root") << "/work" << "../../../x/Dockerfile" << "/x/Dockerfile";
        QTest::newRow("base is the root") << "/" << "a/Dockerfile" << "/a/Dockerfile";
        QTest::newRow("absolute path") << "/work/main" << "/src/./app/../Dockerfile" << "/src/Dockerfile";
        QTest::newRow("dots in names") << "/w" << ".../..x/x../Dockerfile.dev" << "/w/.../..x/x../Dockerfile.dev";
        QTest::newRow("doubled slash") << "/work" << "a//Dockerfile" << "";
        QTest::newRow("trailing slash") << "/work" << "a/" << "";
        QTest::newRow("ends in dot") << "/work" << "a/." << "";
        QTest::newRow("ends in dot-dot") << "/work" << "a/b/.." << "";
        QTest::newRow("empty") << "/work" << "" << "";
        QTest::newRow("relative base") << "work" << "Dockerfile" << "";
        QTest::newRow("no base, absolute path") << "" << "/a/b" << "/a/b";
    }

    void joinNormal()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const std::optional<std::string> joined = dw::util::joinNormal(base.toStdString(), path.toStdString());
        QCOMPARE(show(joined), expected.isEmpty() ? QStringLiteral("(none)") : expected);
        if (joined) QCOMPARE(*joined, filesystemJoin(base.toStdString(), path.toStdString()));
    }

    void pathBelow_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected"); // empty: not below
        QTest::newRow("below") << "/work/main/svc/Dockerfile" << "/work/main" << "svc/Dockerfile";
        QTest::newRow("same") << "/work/main" << "/work/main" << "";
        QTest::newRow("sibling with the base as prefix") << "/work/mainx/Dockerfile" << "/work/main" << "";
        QTest::newRow("above") << "/work/Dockerfile" << "/work/main" << "";
        QTest::newRow("base is the root") << "/a/Dockerfile" << "/" << "a/Dockerfile";
        QTest::newRow("the root itself") << "/" << "/" << "";
    }

    void pathBelow()
    {
        QFETCH(QString, path);
        QFETCH(QString, base);
        QFETCH(QString, expected);
        const std::string pathText = path.toStdString();
        const std::optional<std::string_view> below = dw::util::pathBelow(pathText, base.toStdString());
        QCOMPARE(below ? QString::fromUtf8(below->data(), qsizetype(below->size())) : QString(), expected);
        const std::string relative = std::filesystem::path(pathText).lexically_relative(base.toStdString()).generic_string();
        if (below) QCOMPARE(std::string(*below), relative);
        else QVERIFY2(relative == "." || relative.starts_with(".."), relative.c_str());
    }

    // Paths built at random from names, dots and slashes: whenever the strings are worked out, they match.
    void agreesWithFilesystemOnGeneratedPaths()
    {
        const std::vector<std::string> pieces = {"a", "bb", ".", "..", "...", "", "x.y", "Dockerfile"};
        const std::vector<std::string> bases = {"/", "/w", "/work/main", "/a/bb/c"};
        std::mt19937 random(13);
        int worked = 0;
        for (int round = 0; round < 20000; ++round) {
            std::string path = random() % 4 == 0 ? "/" : "";
            const int count = 1 + int(random() % 6);
            for (int i = 0; i < count; ++i) {
                if (i > 0) path += '/';
                path += pieces[random() % pieces.size()];
            }
            const std::string& base = bases[random() % bases.size()];
            const std::optional<std::string> joined = dw::util::joinNormal(base, path);
            if (!joined) continue;
            ++worked;
            QCOMPARE(*joined, filesystemJoin(base, path));
            const std::optional<std::string_view> below = dw::util::pathBelow(*joined, base);
            const std::string relative = std::filesystem::path(*joined).lexically_relative(base).generic_string();
            if (below) QCOMPARE(std::string(*below), relative);
            else QVERIFY2(relative == "." || relative.starts_with(".."), (path + " from " + base).c_str());
        }
        QVERIFY(worked > 5000); // most generated paths take the string route
    }

    void baseName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("posix");
        QTest::addColumn<QString>("anySeparator");
        QTest::newRow("absolute") << "/usr/bin/env" << "env" << "env";
        QTest::newRow("bare name") << "env" << "env" << "env";
        QTest::newRow("relative") << "./install.sh" << "install.sh" << "install.sh";
        QTest::newRow("trailing slash") << "dir/" << "" << "";
        QTest::newRow("empty") << "" << "" << "";
        QTest::newRow("root") << "/" << "" << "";
        QTest::newRow("windows") << "C:\\Windows\\cmd.exe" << "C:\\Windows\\cmd.exe" << "cmd.exe";
        QTest::newRow("mixed") << "C:\\tools/bin\\pwsh.exe" << "bin\\pwsh.exe" << "pwsh.exe";
    }

    void baseName()
    {
        QFETCH(QString, path);
        QFETCH(QString, posix);
        QFETCH(QString, anySeparator);
        const std::string text = path.toStdString();
        QCOMPARE(QString::fromStdString(std::string(dw::util::baseName(text))), posix);
        QCOMPARE(QString::fromStdString(std::string(baseNameAnySeparator(text))), anySeparator);
        static_assert(dw::util::baseName("/bin/sh") == "sh"); // usable in constant expressions
    }
};

QTEST_APPLESS_MAIN(TestLexicalPath)
#include "tst_lexical_path.moc"
