#include "dockerfile/variables.h"

#include <QRandomGenerator>
#include <QtTest>

#include <map>
#include <memory>

using namespace dw::df;

namespace {

std::string str(const QString& text) {
    return text.toStdString();
}

QStringList toList(const std::vector<std::string>& items) {
    QStringList list;
    for (const auto& item : items)
        list << QString::fromStdString(item);
    return list;
}

/// "NAME=value" entries; a NAME without '=' is defined and empty.
VariableLookup lookupFor(const QStringList& env) {
    auto values = std::make_shared<std::map<std::string, std::string, std::less<>>>();
    for (const QString& entry : env) {
        const qsizetype eq = entry.indexOf(u'=');
        (*values)[str(eq < 0 ? entry : entry.left(eq))] = eq < 0 ? std::string() : str(entry.mid(eq + 1));
    }
    return [values](std::string_view name) -> std::optional<std::string> {
        const auto it = values->find(name);
        if (it == values->end()) return std::nullopt;
        return it->second;
    };
}

/// '`': backtick escape token, 'q': rawQuotes, 'e': rawEscapes, 's': skipUnsetEnv.
LexOptions optionsFor(const QString& flags) {
    LexOptions options;
    if (flags.contains(u'`')) options.escape = U'`';
    options.rawQuotes = flags.contains(u'q');
    options.rawEscapes = flags.contains(u'e');
    options.skipUnsetEnv = flags.contains(u's');
    return options;
}

QStringList baseEnv() {
    return {"PWD=/home", "SHELL=bash", "KOREAN=한국어", "NULL=", "P=/usr/local/lib/file.tar.gz"};
}

QString formatRef(const VariableRef& ref) {
    return QStringLiteral("%1|%2|%3%4")
        .arg(QString::fromStdString(ref.name))
        .arg(ref.begin)
        .arg(ref.end)
        .arg(ref.hasDefault ? "|d" : "");
}

} // namespace

class TestVariables : public QObject {
    Q_OBJECT

  private slots:
    void expand_data();
    void expand();
    void usedAndUndefined_data();
    void usedAndUndefined();
    void errorMessages_data();
    void errorMessages();
    void words_data();
    void words();
    void refs_data();
    void refs();
    void deepNestingFails();
    void longValues();
    void randomInputNeverCrashes();
};

void TestVariables::expand_data() {
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("undefined");

    const QStringList env = baseEnv();
    const auto row = [&](const char* name, const QString& word, const QString& expected,
                         const QStringList& undefined = {}, const QString& flags = {},
                         const QStringList& extraEnv = {}) {
        QTest::newRow(name) << word << (env + extraEnv) << flags << true << expected << undefined;
    };
    const auto error = [&](const char* name, const QString& word, const QStringList& undefined = {},
                           const QString& flags = {}) {
        QTest::newRow(name) << word << env << flags << false << QString() << undefined;
    };

    // quoting and backslash escapes
    row("plain", "hello", "hello");
    row("single quotes inside word", "he'll'o", "hello");
    row("escaped single quote", R"(he\'llo)", "he'llo");
    row("escape outside quotes", R"(abc\tdef)", "abctdef");
    row("escape kept in double quotes", R"("abc\tdef")", R"(abc\tdef)");
    row("escaped escape in double quotes", R"("abc\\tdef")", R"(abc\tdef)");
    row("escape literal in single quotes", R"('abc\tdef')", R"(abc\tdef)");
    row("trailing escape dropped", R"(hello\)", "hello");
    row("escaped escape at end", R"(hello\\)", R"(hello\)");
    row("single quote in double quotes", R"("hel'lo")", "hel'lo");
    row("escape at end of single quotes", R"('hello\')", R"(hello\)");
    row("single quotes kept in double quotes", R"("''")", "''");
    row("double quotes kept in single quotes", R"('"hello"')", R"("hello")");
    row("escaped double quote", R"("a\"b")", R"(a"b)");
    row("backtick not escapable with backslash", R"("a\`b")", R"(a\`b)");
    row("escaped dollar in double quotes", R"("he\$PWD")", "he$PWD");
    row("no expansion in single quotes", "'$PWD'", "$PWD");
    row("escaped dollar in single quotes", R"('\$PWD')", R"(\$PWD)");
    row("escaped dollar", R"(he\$PWD)", "he$PWD");
    row("escaped escape then variable", R"(he\\$PWD)", R"(he\/home)");
    row("unicode text", "안'녕'하세요", "안녕하세요");

    // backtick escape token
    row("backtick escapes dollar", "`$PWD", "$PWD", {}, "`");
    row("backslash literal with backtick", R"(C:\path\$PWD)", R"(C:\path\/home)", {}, "`");
    row("backtick escapes backtick", "a``b", "a`b", {}, "`");
    row("backtick escapes double quote", "\"a`\"b\"", "a\"b", {}, "`");
    row("backslash literal in double quotes", R"("a\b")", R"(a\b)", {}, "`");
    row("backtick kept before other char", "\"a`xb\"", "a`xb", {}, "`");
    row("trailing backtick dropped", "hello`", "hello", {}, "`");

    // raw quotes and raw escapes
    row("raw quotes", R"("a b"'c')", R"("a b"'c')", {}, "q");
    row("raw escapes", R"(a\ b)", R"(a\ b)", {}, "e");
    row("raw escaped dollar in double quotes", R"("a\$b")", R"(a\$b)", {}, "e");
    row("raw escape doubled before plain char", R"("a\qb")", R"(a\\qb)", {}, "e");
    row("default word drops raw escapes", R"(${XXX:-a\ b})", "a b", {}, "e");

    // plain references
    row("dollar name", "$PWD", "/home");
    row("braced name", "${PWD}", "/home");
    row("unset name", "he$pwd.", "he.", {"pwd"});
    row("lone dollar", "$", "$");
    row("dollar before space", "a$ b", "a$ b");
    row("dollar before punctuation", "$.", "$.");
    row("positional parameter", "he$1x", "hex", {"1"});
    row("special parameter", "$@", "", {"@"});
    row("braced special parameter", "${#}", "", {"#"});
    row("double dollar is a parameter", "a$$b", "ab", {"$"});
    row("unicode value", "${KOREAN}안녕", "한국어안녕");
    row("unicode name", "$한글", "", {"한글"});
    row("extra closing brace", "${aaa}}", "}", {"aaa"});
    row("empty value", "[$NULL]", "[]");

    // default and alternative forms
    row(":- unset", "${XXX:-000}", "000");
    row(":- empty", "${NULL:-000}", "000");
    row(":- set", "he${PWD:-000}xx", "he/homexx");
    row("- empty", "${NULL-000}", "");
    row("- unset", "${XXX-000}", "000");
    row("nested defaults", "he${XXX:-${YYY:-yyy}}xx", "heyyyxx");
    row("default names undefined variable", "${XXX:-$YYY}", "", {"YYY"});
    row(":+ set", "${PWD:+alt}", "alt");
    row(":+ empty", "${NULL:+alt}", "");
    row("+ empty", "${NULL+alt}", "alt");
    row("+ unset", "${XXX+alt}", "");
    row(":+ nested", "${PWD:+${SHELL}}", "bash");
    row(":+ word still resolved", "${XXX:+$YYY}", "", {"YYY"});
    row("escaped dollar in default", R"(he${XXX:-\${PWD}z}xx)", "he${PWDz}xx");
    row("escaped brace in default", R"(${XXX:-a\}b})", "a}b");
    row("quoted brace in default", R"(${XXX:-"}"})", "}");

    // required forms
    row(":? set", "${PWD:?}", "/home");
    row("? empty", "${NULL?}", "");
    error(":? empty", "${NULL:?}");
    error("? unset", "${XXX?}", {"XXX"});
    error(":? unset with message", "${XXX:?need it}", {"XXX"});

    // pattern removal
    row("# literal", "${PWD#/h}", "ome");
    row("# shortest", "${P#*/}", "usr/local/lib/file.tar.gz");
    row("## longest", "${P##*/}", "file.tar.gz");
    row("% shortest", "${P%.*}", "/usr/local/lib/file.tar");
    row("%% longest", "${P%%.*}", "/usr/local/lib/file");
    row("% directory", "${P%/*}", "/usr/local/lib");
    row("# empty pattern", "${P#}", "/usr/local/lib/file.tar.gz");
    row("% no match", "${P%x}", "/usr/local/lib/file.tar.gz");
    row("# question mark", "${P#?}", "usr/local/lib/file.tar.gz");
    row("brackets are literal", "${PWD##*[o]}", "/home");
    row("# escaped star", R"(${V#\*})", "star", {}, {}, {"V=*star"});
    row("%% escaped stars", R"(${V%%\**\*})", "a", {}, {}, {"V=a***yy*"});
    row("# regex characters", R"(${V#()[]{\}^$.\*\?|\\})", "x", {}, {}, {R"(V=()[]{}^$.*?|\x)"});
    row("# pattern from variable", "${V#$W}", "xyy", {}, {}, {"V=xxyy", "W=x"});
    row("# escaped slash", R"(${PWD#\/})", "home");
    row("# unset operand", "${XXX#a}", "", {"XXX"});
    row("%% unset operand", "${XXX%%*}", "", {"XXX"});

    // replacement
    row("/ first", R"(${P/\//:})", ":usr/local/lib/file.tar.gz");
    row("// all", R"(${P//\//:})", ":usr:local:lib:file.tar.gz");
    row("/ greedy star", "${P/lib*/X}", "/usr/local/X");
    row("// any char", "${SHELL//?/.}", "....");
    row("// empty pattern", "${SHELL//$NULL/.}", ".b.a.s.h.");
    row("/ empty pattern", "${SHELL/$NULL/.}", ".bash");
    row("// replacement template", R"(${SHELL//a/\$0\$0})", R"(b\a\ash)");
    row("// no match", "${SHELL//x/y}", "bash");
    row("// empty pattern and replacement", "${SHELL///}", "bash");
    row("/ unset", "${XXX/a/b}", "", {"XXX"});
    row("/ escaped slashes kept in replacement", R"(${PWD//\//\/})", R"(\/home)");

    // errors
    error("empty braces", "${}");
    error("colon only", "${:}");
    error("double brace", "${{a}");
    error("missing brace", "${PWD");
    error("missing brace after default", "${PWD:-x");
    error(":= unsupported", "${PWD:=x}");
    error("= unsupported", "${PWD=x}");
    error("length unsupported", "${#PWD}");
    error("dot name", "${.}");
    error("missing slash", "${PWD/x}");
    error("missing replacement", "${PWD//}");
    error("unterminated single quote", "'abc");
    error("unterminated double quote", R"("abc\")");
    error("invalid pattern escape", R"(${PWD#\x})");

    // skipUnsetEnv
    row("skip $name", "$XXX-$PWD", "$XXX-/home", {"XXX"}, "s");
    row("skip ${name}", "${XXX}", "${XXX}", {"XXX"}, "s");
    row("skip default", "${XXX:-def}", "${XXX:-def}", {}, "s");
    row("skip required", "${XXX:?msg}", "${XXX:?msg}", {"XXX"}, "s");
    row("skip suffix", "${XXX%%.*}", "${XXX%%.*}", {"XXX"}, "s");
    row("skip replace all", "${XXX//a/b}", "${XXX/a/b}", {"XXX"}, "s");
    row("skip with raw quotes", R"("$XXX")", R"("$XXX")", {"XXX"}, "sq");
}

void TestVariables::expand() {
    QFETCH(QString, word);
    QFETCH(QStringList, env);
    QFETCH(QString, flags);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    QFETCH(QStringList, undefined);

    const Expansion result = expandWord(str(word), lookupFor(env), optionsFor(flags));
    QCOMPARE(result.ok, ok);
    if (ok) {
        QVERIFY2(result.error.empty(), result.error.c_str());
        QCOMPARE(QString::fromStdString(result.value), expected);
    } else {
        QVERIFY(!result.error.empty());
        QVERIFY(result.value.empty());
    }
    QCOMPARE(toList(result.undefined), undefined);
}

void TestVariables::usedAndUndefined_data() {
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<QStringList>("undefined");

    QTest::newRow("source order") << "${A:-$B}$C$A" << QStringList{"A", "B", "C"} << QStringList{"B", "C"};
    QTest::newRow("plain use after default") << "${X:-d} $X" << QStringList{"X"} << QStringList{"X"};
    QTest::newRow("plain use before default") << "$X ${X:-d}" << QStringList{"X"} << QStringList{"X"};
    QTest::newRow("alternative nested") << "${X:+$Y}" << QStringList{"X", "Y"} << QStringList{"Y"};
    QTest::newRow("single quoted") << "'$X'" << QStringList{} << QStringList{};
    QTest::newRow("escaped") << R"(\$X)" << QStringList{} << QStringList{};
    QTest::newRow("defined only") << "$A${A}" << QStringList{"A"} << QStringList{};
    QTest::newRow("pattern operand") << "${A#$Z}" << QStringList{"A", "Z"} << QStringList{"Z"};
    QTest::newRow("required") << "${Q:?}" << QStringList{"Q"} << QStringList{"Q"};
}

void TestVariables::usedAndUndefined() {
    QFETCH(QString, word);
    QFETCH(QStringList, used);
    QFETCH(QStringList, undefined);

    const Expansion result = expandWord(str(word), lookupFor({"A=a"}));
    QCOMPARE(toList(result.used), used);
    QCOMPARE(toList(result.undefined), undefined);
}

void TestVariables::errorMessages_data() {
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("message");

    QTest::newRow("custom") << "${X:?custom $A}"
                            << "X: custom a";
    QTest::newRow("unset") << "${X?}"
                           << "X: is not allowed to be unset";
    QTest::newRow("empty") << "${E:?}"
                           << "E: is not allowed to be empty";
    QTest::newRow("bad substitution") << "${}"
                                      << "syntax error: bad substitution";
    QTest::newRow("missing brace") << "${X"
                                   << "syntax error: missing '}'";
    QTest::newRow("missing slash") << "${X/a"
                                   << "syntax error: missing '/' in ${}";
    QTest::newRow("single quote") << "'a"
                                  << "looking for matching single-quote";
    QTest::newRow("double quote") << "\"a"
                                  << "looking for matching double-quote";
    QTest::newRow("modifier") << "${A:=b}"
                              << "unsupported modifier (:=) in substitution";
    QTest::newRow("invalid escape") << R"(${A#\q})"
                                    << R"(invalid pattern (\q) in substitution: invalid escape '\q')";
}

void TestVariables::errorMessages() {
    QFETCH(QString, word);
    QFETCH(QString, message);

    const Expansion result = expandWord(str(word), lookupFor({"A=a", "E="}));
    QVERIFY(!result.ok);
    const QString error = QString::fromStdString(result.error);
    QVERIFY2(error.startsWith("failed to process \""), qPrintable(error));
    QVERIFY2(error.endsWith(message), qPrintable(error));
}

void TestVariables::words_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("single") << "hello" << true << QStringList{"hello"};
    QTest::newRow("joined value") << "hello${hi}bye" << true << QStringList{"hellohibye"};
    QTest::newRow("value splits") << "hello${space}bye" << true << QStringList{"helloabc", "defbye"};
    QTest::newRow("quoted value") << R"(hello"${space}"bye)" << true << QStringList{"helloabc  defbye"};
    QTest::newRow("space then quoted")
        << R"(hello "${space}"bye)" << true << QStringList{"hello", "abc  defbye"};
    QTest::newRow("leading spaces") << "hello${leading}def" << true << QStringList{"hello", "ab", "cdef"};
    QTest::newRow("quoted leading") << R"(hello"${leading}" def)" << true
                                    << QStringList{"hello  ab c", "def"};
    QTest::newRow("trailing spaces") << "hello${trailing}" << true << QStringList{"helloab", "c"};
    QTest::newRow("trailing then text") << "hello${trailing}d" << true << QStringList{"helloab", "c", "d"};
    QTest::newRow("quoted trailing") << R"(hello"${trailing}"d)" << true << QStringList{"helloab c   d"};
    QTest::newRow("tab") << "hello${tab}d" << true << QStringList{"helloab", "cd"};
    QTest::newRow("empty quotes") << R"(a "" b)" << true << QStringList{"a", "b"};
    QTest::newRow("only empty quotes") << R"("" '')" << true << QStringList{};
    QTest::newRow("surrounding spaces") << "  a   b  " << true << QStringList{"a", "b"};
    QTest::newRow("escaped space") << R"(a\ b c)" << true << QStringList{"a b", "c"};
    QTest::newRow("quoted words") << R"('a b' "c d")" << true << QStringList{"a b", "c d"};
    QTest::newRow("unset variable") << "${unset} x" << true << QStringList{"x"};
    QTest::newRow("ports") << "80/tcp ${ports}" << true << QStringList{"80/tcp", "443/tcp", "8080"};
    QTest::newRow("error") << "x 'unterminated" << false << QStringList{};
}

void TestVariables::words() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QStringList, expected);

    const QStringList env{"hi=hi",     "space=abc  def",    "leading=  ab c", "trailing=ab c   ",
                          "tab=ab\tc", "ports=443/tcp 8080"};
    Expansion info;
    const auto words = expandWords(str(text), lookupFor(env), {}, &info);
    QCOMPARE(info.ok, ok);
    QCOMPARE(toList(words), expected);
    if (ok) QCOMPARE(info.value, expandWord(str(text), lookupFor(env)).value);
}

void TestVariables::refs_data() {
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("dollar name") << "$A"
                                 << "" << QStringList{"A|0|2"};
    QTest::newRow("braced") << "x${A}y"
                            << "" << QStringList{"A|1|5"};
    QTest::newRow("nested default") << "${A:-$B}"
                                    << "" << QStringList{"A|0|8|d", "B|5|7"};
    QTest::newRow("alternative") << "${A:+x}"
                                 << "" << QStringList{"A|0|7|d"};
    QTest::newRow("dash default") << "${A-x}"
                                  << "" << QStringList{"A|0|6|d"};
    QTest::newRow("required") << "${A:?x}"
                              << "" << QStringList{"A|0|7"};
    QTest::newRow("pattern") << "${A##*/}"
                             << "" << QStringList{"A|0|8"};
    QTest::newRow("replace") << "${PWD/a/$B}"
                             << "" << QStringList{"PWD|0|11", "B|8|10"};
    QTest::newRow("single quoted skipped") << "'$A' $B"
                                           << "" << QStringList{"B|5|7"};
    QTest::newRow("escaped skipped") << R"(\$A $B)"
                                     << "" << QStringList{"B|4|6"};
    QTest::newRow("double quoted") << R"("$A")"
                                   << "" << QStringList{"A|1|3"};
    QTest::newRow("backtick escape") << "`$A $B"
                                     << "`" << QStringList{"B|4|6"};
    QTest::newRow("backslash with backtick escape") << R"(\$A)"
                                                    << "`" << QStringList{"A|1|3"};
    QTest::newRow("positional and special") << "$1 $@"
                                            << "" << QStringList{"1|0|2", "@|3|5"};
    QTest::newRow("no dollar at all") << "\"a b\" \\{A} 'c' {B}:-x"
                                      << "" << QStringList{};
    QTest::newRow("no dollar, backtick escape") << "`{A} {B}"
                                                << "`" << QStringList{};
    QTest::newRow("lone dollars") << "$ a$"
                                  << "" << QStringList{};
    QTest::newRow("unterminated") << "${A"
                                  << "" << QStringList{"A|0|3"};
    QTest::newRow("unterminated nested") << "${A:-$B"
                                         << "" << QStringList{"A|0|7|d", "B|5|7"};
    QTest::newRow("utf-8 offsets") << "é$A"
                                   << "" << QStringList{"A|2|4"};
    QTest::newRow("after error stops") << "${} $A"
                                       << "" << QStringList{};
}

void TestVariables::refs() {
    QFETCH(QString, word);
    QFETCH(QString, flags);
    QFETCH(QStringList, expected);

    QStringList actual;
    for (const VariableRef& ref : findVariableRefs(str(word), optionsFor(flags).escape))
        actual << formatRef(ref);
    QCOMPARE(actual, expected);
}

void TestVariables::deepNestingFails() {
    std::string word;
    for (int i = 0; i < 100000; ++i)
        word += "${A:-";
    const Expansion result = expandWord(word, lookupFor({}));
    QVERIFY(!result.ok);
    QVERIFY(!findVariableRefs(word).empty());

    std::string quotes;
    for (int i = 0; i < 100000; ++i)
        quotes += "\"${A:-";
    QVERIFY(!expandWord(quotes, lookupFor({})).ok);
}

void TestVariables::longValues() {
    const QString big = QString(200000, u'a') + "b";
    const QStringList env{"BIG=" + big};
    QCOMPARE(QString::fromStdString(expandWord("${BIG##*a}", lookupFor(env)).value), QString("b"));
    QCOMPARE(QString::fromStdString(expandWord("${BIG%%a*}", lookupFor(env)).value), QString());
    // A value over the cap (dockerfile/variables.h) comes back cut, and says so.
    const Expansion unchanged = expandWord("${BIG//*c/x}", lookupFor(env));
    QVERIFY(unchanged.truncated);
    QCOMPARE(unchanged.value, str(big).substr(0, kMaxExpansionBytes));
    QCOMPARE(expandWord("${BIG//a/}", lookupFor(env)).value, std::string("b"));
}

void TestVariables::randomInputNeverCrashes() {
    static const char* const pieces[] = {"$", "{",  "}", ":", "-", "+", "?", "#", "%",    "/",  "\\", "`",
                                         "'", "\"", "a", "X", "U", " ", "*", "é", "\xff", "\n", "0",  "@"};
    const auto lookup = lookupFor({"X=x y*", "a="});
    QRandomGenerator random(1234);
    for (int i = 0; i < 20000; ++i) {
        std::string word;
        const int length = random.bounded(1, 24);
        for (int j = 0; j < length; ++j)
            word += pieces[random.bounded(int(std::size(pieces)))];
        LexOptions options;
        options.escape = (i & 1) ? U'`' : U'\\';
        options.rawQuotes = i & 2;
        options.rawEscapes = i & 4;
        options.skipUnsetEnv = i & 8;
        const Expansion result = expandWord(word, lookup, options);
        QVERIFY(result.ok || !result.error.empty());
        expandWords(word, lookup, options);
        for (const VariableRef& ref : findVariableRefs(word, options.escape))
            QVERIFY(ref.begin < ref.end && ref.end <= word.size() && word[ref.begin] == '$');
    }
}

QTEST_APPLESS_MAIN(TestVariables)
#include "tst_variables.moc"
