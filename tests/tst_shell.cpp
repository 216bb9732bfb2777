#include "shell/shell_script.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <limits>
#include <string>

using dw::sh::Command;
using dw::sh::Script;
using dw::sh::Separator;
using dw::sh::Word;

namespace {

std::string toStd(const QByteArray& bytes) {
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

Script parseBytes(const QByteArray& script) {
    return dw::sh::parse(toStd(script));
}

QString join(const std::vector<Word>& words) {
    QStringList texts;
    for (const Word& word : words)
        texts << QString::fromStdString(word.text);
    return texts.join(',');
}

/// Each command as its assignments and words joined by ',', commands joined by " ; ".
QString summary(const Script& script) {
    QStringList commands;
    for (const Command& command : script.commands) {
        QStringList parts;
        if (!command.assignments.empty()) parts << join(command.assignments);
        if (!command.words.empty()) parts << join(command.words);
        commands << parts.join(',');
    }
    return commands.join(" ; ");
}

QString separatorName(Separator separator) {
    switch (separator) {
    case Separator::None:
        return "none";
    case Separator::And:
        return "and";
    case Separator::Or:
        return "or";
    case Separator::Semicolon:
        return "semi";
    case Separator::Pipe:
        return "pipe";
    case Separator::Background:
        return "bg";
    }
    return "?";
}

/// Checks the invariants every parse must keep, whatever the input.
void verifyWellFormed(const Script& script) {
    std::size_t previousBegin = 0;
    for (const Command& command : script.commands) {
        QVERIFY(command.begin <= command.end);
        QVERIFY(command.end <= script.text.size());
        QVERIFY(command.begin >= previousBegin);
        previousBegin = command.begin;
        for (const auto* words : {&command.assignments, &command.words, &command.redirections}) {
            for (const Word& word : *words) {
                QVERIFY(word.begin <= word.end);
                QVERIFY(word.begin >= command.begin && word.end <= command.end);
                QCOMPARE(script.text.substr(word.begin, word.end - word.begin), word.raw);
            }
        }
    }
}

Command commandOf(const QByteArray& text) {
    const Script script = parseBytes(text);
    return script.commands.empty() ? Command{} : script.commands.front();
}

} // namespace

class TestShell : public QObject {
    Q_OBJECT

  private slots:
    void words_data();
    void words();
    void commands_data();
    void commands();
    void separators_data();
    void separators();
    void pipelines();
    void nesting_data();
    void nesting();
    void assignments_data();
    void assignments();
    void redirections_data();
    void redirections();
    void offsets();
    void name_data();
    void name();
    void hasFlag_data();
    void hasFlag();
    void flagValue_data();
    void flagValue();
    void argsNoFlags_data();
    void argsNoFlags();
    void isSubcommand_data();
    void isSubcommand();
    void argsAndHasArg();
    void wrappedCommands_data();
    void wrappedCommands();
    void scriptQueries();
    void hostileInput_data();
    void hostileInput();
    void largeScriptParses();
};

void TestShell::words_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<bool>("expansion");

    QTest::newRow("plain") << QByteArray("echo hello") << 1 << "hello" << false << false;
    QTest::newRow("single quotes") << QByteArray("echo 'a  $b \\n'") << 1 << "a  $b \\n" << true << false;
    QTest::newRow("adjacent quotes") << QByteArray("echo 'it'\"'\"'s'") << 1 << "it's" << true << false;
    QTest::newRow("double quotes escapes")
        << QByteArray("echo \"a\\\"b\\\\c\\d\"") << 1 << "a\"b\\c\\d" << true << false;
    QTest::newRow("double quoted var") << QByteArray("echo \"$HOME/x\"") << 1 << "$HOME/x" << true << true;
    QTest::newRow("escaped dollar") << QByteArray("echo \\$HOME") << 1 << "$HOME" << true << false;
    QTest::newRow("escaped space") << QByteArray("ls a\\ b") << 1 << "a b" << true << false;
    QTest::newRow("bare var") << QByteArray("echo $PATH:x") << 1 << "$PATH:x" << false << true;
    QTest::newRow("special parameter") << QByteArray("echo $?$#") << 1 << "$?$#" << false << true;
    QTest::newRow("nested braces") << QByteArray("echo ${A:-${B:-{x}}} next") << 1 << "${A:-${B:-{x}}}"
                                   << false << true;
    QTest::newRow("command substitution")
        << QByteArray("echo $(echo \"a)b\" $(date)) z") << 1 << "$(echo \"a)b\" $(date))" << false << true;
    QTest::newRow("backticks") << QByteArray("echo `uname -r`x") << 1 << "`uname -r`x" << false << true;
    QTest::newRow("arithmetic") << QByteArray("echo $(( (1+2) * 3 )) z") << 1 << "$(( (1+2) * 3 ))" << false
                                << true;
    QTest::newRow("ansi-c quoting") << QByteArray("printf $'a\\tb'") << 1 << "a\tb" << true << false;
    QTest::newRow("lone dollar") << QByteArray("echo $ x") << 1 << "$" << false << false;
    QTest::newRow("continuation joins") << QByteArray("echo foo\\\nbar") << 1 << "foobar" << false << false;
    QTest::newRow("continuation in quotes")
        << QByteArray("echo \"foo\\\nbar\"") << 1 << "foobar" << true << false;
    QTest::newRow("hash inside word") << QByteArray("echo a#b") << 1 << "a#b" << false << false;
    QTest::newRow("array assignment") << QByteArray("declare a=(1 2) x") << 1 << "a=(1 2)" << false << false;
    QTest::newRow("process substitution") << QByteArray("diff <(ls a) b") << 1 << "<(ls a)" << false << true;
}

void TestShell::words() {
    QFETCH(QByteArray, script);
    QFETCH(int, index);
    const Command command = commandOf(script);
    QVERIFY(static_cast<std::size_t>(index) < command.words.size());
    const Word& word = command.words[static_cast<std::size_t>(index)];
    QTEST(QString::fromStdString(word.text), "text");
    QTEST(word.quoted, "quoted");
    QTEST(word.hasExpansion, "expansion");
}

void TestShell::commands_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray("") << "";
    QTest::newRow("blank") << QByteArray("  \t\n\n ") << "";
    QTest::newRow("single") << QByteArray("apt-get update") << "apt-get,update";
    QTest::newRow("and or") << QByteArray("a && b || c") << "a ; b ; c";
    QTest::newRow("semicolons") << QByteArray("a;b ; c;") << "a ; b ; c";
    QTest::newRow("newlines") << QByteArray("a\nb\n\nc\n") << "a ; b ; c";
    QTest::newRow("continuation") << QByteArray("apt-get install \\\n    curl \\\n    git")
                                  << "apt-get,install,curl,git";
    QTest::newRow("crlf continuation")
        << QByteArray("apt-get install \\\r\n  curl\r\nls\r\n") << "apt-get,install,curl ; ls";
    QTest::newRow("pipes") << QByteArray("a | b |& c") << "a ; b ; c";
    QTest::newRow("background") << QByteArray("a & b") << "a ; b";
    QTest::newRow("comment line") << QByteArray("# note\necho hi # trailing; rm -rf /\nls") << "echo,hi ; ls";
    QTest::newRow("operators without spaces") << QByteArray("a&&b||c;d|e") << "a ; b ; c ; d ; e";
    QTest::newRow("subshell") << QByteArray("(cd /tmp && make) || exit 1") << "cd,/tmp ; make ; exit,1";
    QTest::newRow("group") << QByteArray("{ echo a; echo b; } > log") << "echo,a ; echo,b";
    QTest::newRow("brace word is not a group") << QByteArray("echo {a,b} }") << "echo,{a,b},}";
    QTest::newRow("substitution commands")
        << QByteArray("echo $(date) `id -u`") << "echo,$(date),`id -u` ; date ; id,-u";
    QTest::newRow("if elif else") << QByteArray("if [ -f a ]; then b; elif c; then d; else e; fi")
                                  << "[,-f,a,] ; b ; c ; d ; e";
    QTest::newRow("for loop") << QByteArray("for f in a b $(ls); do rm \"$f\"; done") << "ls ; rm,$f";
    QTest::newRow("for without in") << QByteArray("for f\ndo echo $f\ndone") << "echo,$f";
    QTest::newRow("arithmetic for") << QByteArray("for ((i=0;i<3;i++)); do echo $i; done") << "echo,$i";
    QTest::newRow("while loop") << QByteArray("while read -r l; do echo \"$l\"; done < list")
                                << "read,-r,l ; echo,$l";
    QTest::newRow("until loop") << QByteArray("until curl -f x; do sleep 1; done") << "curl,-f,x ; sleep,1";
    QTest::newRow("case") << QByteArray("case \"$A\" in\n  a|b) one ;;\n  (c) two;;\n  *) three\nesac\nafter")
                          << "one ; two ; three ; after";
    QTest::newRow("case in substitution")
        << QByteArray("x=$(case a in a) echo y;; esac); z") << "x=$(case a in a) echo y;; esac) ; echo,y ; z";
    QTest::newRow("negation") << QByteArray("! grep -q x f && ! ! true") << "grep,-q,x,f ; true";
    QTest::newRow("function") << QByteArray("f() { echo in; }; f") << "echo,in ; f";
    QTest::newRow("function keyword") << QByteArray("function g { echo in; }\ng") << "echo,in ; g";
    QTest::newRow("reserved word as argument")
        << QByteArray("echo if then fi done") << "echo,if,then,fi,done";
    QTest::newRow("quoted reserved word is a command") << QByteArray("'if' x") << "if,x";
    QTest::newRow("test expression") << QByteArray("[[ -f a && ( -z \"$b\" || x < y ) ]] && ok")
                                     << "[[,-f,a,&&,(,-z,$b,||,x,<,y,),]] ; ok";
    QTest::newRow("arithmetic command") << QByteArray("(( i++ )) && echo") << "echo";
    QTest::newRow("heredoc") << QByteArray("cat <<EOF > /etc/x\nrm -rf /\n$(reboot)\nEOF\necho done")
                             << "cat ; echo,done";
    QTest::newRow("heredoc strip tabs") << QByteArray("cat <<-END\n\tline\n\tEND\nls") << "cat ; ls";
    QTest::newRow("heredoc quoted delimiter") << QByteArray("cat <<'E O F'\nx\nE O F\nls") << "cat ; ls";
    QTest::newRow("heredoc then pipe") << QByteArray("cat <<EOF | sh\necho evil\nEOF\nls") << "cat ; sh ; ls";
    QTest::newRow("two heredocs") << QByteArray("cat <<A <<\"B\"\na1\nA\nb1\nB\nls") << "cat ; ls";
    QTest::newRow("unterminated heredoc") << QByteArray("cat <<EOF\nx\ny") << "cat";
    QTest::newRow("here-string is not a heredoc") << QByteArray("cat <<< word\nls") << "cat ; ls";
    QTest::newRow("assignment only") << QByteArray("A=1; B=2 C=3") << "A=1 ; B=2,C=3";
    QTest::newRow("quotes hide substitutions")
        << QByteArray("echo '$(rm -rf /)' \\$HOME") << "echo,$(rm -rf /),$HOME";
    QTest::newRow("comment hides substitution") << QByteArray("echo a # $(rm -rf /)\nls") << "echo,a ; ls";
    QTest::newRow("heredoc inside substitution") << QByteArray("x=$(cat <<EOF\nnot a command\nEOF\n) && y")
                                                 << "x=$(cat <<EOF\nnot a command\nEOF\n) ; cat ; y";
}

void TestShell::commands() {
    QFETCH(QByteArray, script);
    const Script parsed = parseBytes(script);
    verifyWellFormed(parsed);
    QTEST(summary(parsed), "expected");
}

void TestShell::separators_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all operators") << QByteArray("a && b || c ; d | e |& f & g")
                                   << "and or semi pipe pipe bg none";
    QTest::newRow("newline is semicolon") << QByteArray("a\nb") << "semi none";
    QTest::newRow("newline after and") << QByteArray("a &&\n\n b") << "and none";
    QTest::newRow("newline after pipe") << QByteArray("a |\n b") << "pipe none";
    QTest::newRow("compound passes operator on") << QByteArray("(a; b) | c && d") << "semi pipe and none";
    QTest::newRow("group then and") << QByteArray("{ a; } && b") << "semi none";
    QTest::newRow("if then or") << QByteArray("if a; then b; fi || c") << "semi semi none";
    QTest::newRow("trailing pipe") << QByteArray("a |") << "pipe";
}

void TestShell::separators() {
    QFETCH(QByteArray, script);
    QStringList names;
    for (const Command& command : parseBytes(script).commands)
        names << separatorName(command.next);
    QTEST(names.join(' '), "expected");
}

void TestShell::pipelines() {
    const Script script = dw::sh::parse("a | b | c && d; e | f");
    QCOMPARE(script.commands.size(), std::size_t(6));
    QStringList numbers;
    for (const Command& command : script.commands)
        numbers << QString::number(command.pipeline);
    QCOMPARE(numbers.join(' '), QString("0 0 0 1 2 2"));

    const auto first = script.pipeline(0);
    QCOMPARE(first.size(), std::size_t(3));
    QCOMPARE(first[2]->name(), std::string("c"));
    QCOMPARE(script.nextInPipeline(script.commands[0]), &script.commands[1]);
    QCOMPARE(script.nextInPipeline(script.commands[2]), nullptr);
    QCOMPARE(script.nextInPipeline(script.commands[4]), &script.commands[5]);

    const Script nested = dw::sh::parse("curl -fsSL $(echo u | tr a b) | sh");
    QCOMPARE(summary(nested), QString("curl,-fsSL,$(echo u | tr a b) ; echo,u ; tr,a,b ; sh"));
    QCOMPARE(nested.nextInPipeline(nested.commands[0]), &nested.commands[3]);
    QCOMPARE(nested.commands[1].pipeline, nested.commands[2].pipeline);
    QVERIFY(nested.commands[0].pipeline != nested.commands[1].pipeline);
    QCOMPARE(nested.commands[0].pipeline, 0);
}

void TestShell::nesting_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("expected"); // name:depth, with '$' when inside a substitution

    QTest::newRow("top level") << QByteArray("a; b") << "a:0 b:0";
    QTest::newRow("subshell") << QByteArray("(a; (b)) ; c") << "a:1 b:2 c:0";
    QTest::newRow("group") << QByteArray("{ a; }") << "a:1";
    QTest::newRow("dollar paren") << QByteArray("echo $(a $(b))") << "echo:0 a:1$ b:2$";
    QTest::newRow("backticks") << QByteArray("echo `a`") << "echo:0 a:1$";
    QTest::newRow("in double quotes") << QByteArray("echo \"x $(a) `b`\"") << "echo:0 a:1$ b:1$";
    QTest::newRow("assignment substitution") << QByteArray("V=$(cat f) make") << "make:0 cat:1$";
    QTest::newRow("redirection substitution") << QByteArray("echo > $(mktemp)") << "echo:0 mktemp:1$";
    QTest::newRow("if") << QByteArray("if a; then b; fi") << "a:1 b:1";
    QTest::newRow("while in if") << QByteArray("if a; then while b; do c; done; fi") << "a:1 b:2 c:2";
    QTest::newRow("subshell in substitution") << QByteArray("x $( (a) )") << "x:0 a:2$";
    QTest::newRow("function body") << QByteArray("f() { a; }") << "a:1";
    QTest::newRow("case body") << QByteArray("case x in y) a;; esac") << "a:1";
    QTest::newRow("first word substitution")
        << QByteArray("$(which python) -V") << "$(which python):0 which:1$";
}

void TestShell::nesting() {
    QFETCH(QByteArray, script);
    const Script parsed = parseBytes(script);
    verifyWellFormed(parsed);
    QStringList described;
    for (const Command& command : parsed.commands) {
        const QString name =
            command.words.empty() ? QString("-") : QString::fromStdString(command.words[0].text);
        described << QString("%1:%2%3").arg(name).arg(command.depth).arg(command.inSubstitution ? "$" : "");
    }
    QTEST(described.join(' '), "expected");
}

void TestShell::assignments_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("assignments");
    QTest::addColumn<QString>("words");

    QTest::newRow("leading") << QByteArray("A=1 B=\"x y\" cmd arg") << "A=1,B=x y"
                             << "cmd,arg";
    QTest::newRow("only") << QByteArray("DEBIAN_FRONTEND=noninteractive") << "DEBIAN_FRONTEND=noninteractive"
                          << "";
    QTest::newRow("append") << QByteArray("PATH+=:/x env") << "PATH+=:/x"
                            << "env";
    QTest::newRow("after name is an argument") << QByteArray("env A=1 cmd") << ""
                                               << "env,A=1,cmd";
    QTest::newRow("not a name") << QByteArray("1A=x cmd") << ""
                                << "1A=x,cmd";
    QTest::newRow("quoted name") << QByteArray("\"A\"=1 cmd") << ""
                                 << "A=1,cmd";
    QTest::newRow("after redirection") << QByteArray(">log A=1 cmd") << "A=1"
                                       << "cmd";
    QTest::newRow("with substitution") << QByteArray("V=$(id -u) x") << "V=$(id -u)"
                                       << "x";
}

void TestShell::assignments() {
    QFETCH(QByteArray, script);
    const Command command = commandOf(script);
    QTEST(join(command.assignments), "assignments");
    QTEST(join(command.words), "words");
}

void TestShell::redirections_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("redirections");

    QTest::newRow("output") << QByteArray("echo a > out") << "echo,a"
                            << ">out";
    QTest::newRow("no space") << QByteArray("echo a >out") << "echo,a"
                              << ">out";
    QTest::newRow("append") << QByteArray("echo a >> log") << "echo,a"
                            << ">>log";
    QTest::newRow("input") << QByteArray("sort < in -r") << "sort,-r"
                           << "<in";
    QTest::newRow("stderr") << QByteArray("make 2>/dev/null") << "make"
                            << "2>/dev/null";
    QTest::newRow("dup") << QByteArray("make 2>&1 | tee x") << "make"
                         << "2>&1";
    QTest::newRow("both") << QByteArray("make &> log") << "make"
                          << "&>log";
    QTest::newRow("clobber") << QByteArray("echo >| f") << "echo"
                             << ">|f";
    QTest::newRow("here-string") << QByteArray("read x <<< \"a b\"") << "read,x"
                                 << "<<<a b";
    QTest::newRow("heredoc") << QByteArray("cat <<'EOF'\nbody\nEOF") << "cat"
                             << "<<EOF";
    QTest::newRow("leading") << QByteArray("2>err >out cmd x") << "cmd,x"
                             << "2>err,>out";
    QTest::newRow("digits are an argument") << QByteArray("echo 2 > f") << "echo,2"
                                            << ">f";
    QTest::newRow("dup then file") << QByteArray("cmd 2>&1>/dev/null x") << "cmd,x"
                                   << "2>&1,>/dev/null";
    QTest::newRow("close descriptor") << QByteArray("cmd 2>&- x") << "cmd,x"
                                      << "2>&-";
    QTest::newRow("dup to file name") << QByteArray("cmd >&log") << "cmd"
                                      << ">&log";
    QTest::newRow("on compound") << QByteArray("{ a; } > f 2>&1") << "a"
                                 << "";
}

void TestShell::redirections() {
    QFETCH(QByteArray, script);
    const Command command = commandOf(script);
    QTEST(join(command.words), "words");
    QTEST(join(command.redirections), "redirections");
}

void TestShell::offsets() {
    const std::string text = "  apt-get install -y  \"cu rl\" > log && echo $(date)";
    const Script script = dw::sh::parse(text);
    verifyWellFormed(script);
    QCOMPARE(script.text, text);
    QCOMPARE(script.commands.size(), std::size_t(3));
    const Command& install = script.commands[0];
    QCOMPARE(install.begin, std::size_t(2));
    QCOMPARE(install.end, text.find(" &&"));
    QCOMPARE(install.words[3].begin, text.find('"'));
    QCOMPARE(install.words[3].raw, std::string("\"cu rl\""));
    QCOMPARE(install.redirections[0].raw, std::string("> log"));
    const Command& date = script.commands[2];
    QCOMPARE(date.begin, text.find("date"));
    QCOMPARE(date.end, text.size() - 1);
    QCOMPARE(script.commands[1].end, text.size());

    const Script continued = dw::sh::parse("a \\\n  b");
    QCOMPARE(continued.commands[0].words[1].begin, std::size_t(6));
}

void TestShell::name_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("name");

    QTest::newRow("plain") << QByteArray("apt-get install") << "apt-get";
    QTest::newRow("path") << QByteArray("/usr/bin/apt-get install") << "apt-get";
    QTest::newRow("relative") << QByteArray("./configure --prefix=/usr") << "configure";
    QTest::newRow("quoted") << QByteArray("\"pip\" install") << "pip";
    QTest::newRow("none") << QByteArray("A=1 > f") << "";
}

void TestShell::name() {
    QFETCH(QByteArray, script);
    QTEST(QString::fromStdString(commandOf(script).name()), "name");
}

void TestShell::hasFlag_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<bool>("expected");

    QTest::newRow("short") << QByteArray("apt-get install -y curl") << "y" << true;
    QTest::newRow("short absent") << QByteArray("apt-get install curl") << "y" << false;
    QTest::newRow("cluster") << QByteArray("apt-get -qy install curl") << "y" << true;
    QTest::newRow("cluster other letter") << QByteArray("apt-get -qq install") << "y" << false;
    QTest::newRow("option with value is a cluster")
        << QByteArray("apt-get -oDpkg::Use-Pty=0 install") << "o" << true;
    QTest::newRow("long") << QByteArray("apt-get install --yes curl") << "yes" << true;
    QTest::newRow("long with value") << QByteArray("apt-get install --yes=true curl") << "yes" << true;
    QTest::newRow("long prefix only") << QByteArray("apt-get install --yesno") << "yes" << false;
    QTest::newRow("short name ignores long") << QByteArray("pip install --y") << "y" << false;
    QTest::newRow("long name ignores short") << QByteArray("apt-get -yes") << "yes" << false;
    QTest::newRow("double dash ends flags") << QByteArray("rm -- -y") << "y" << false;
    QTest::newRow("name is not a flag") << QByteArray("-y") << "y" << false;
    QTest::newRow("quoted flag still a flag")
        << QByteArray("pip install \"--no-cache-dir\" x") << "no-cache-dir" << true;
    QTest::newRow("single dash is stdin") << QByteArray("tar xf -") << "-" << false;
    QTest::newRow("empty flag") << QByteArray("ls -l") << "" << false;
}

void TestShell::hasFlag() {
    QFETCH(QByteArray, script);
    QFETCH(QString, flag);
    QTEST(commandOf(script).hasFlag(flag.toStdString()), "expected");
}

void TestShell::flagValue_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("expected"); // "<none>" for nullopt

    QTest::newRow("separate") << QByteArray("docker build -t app .") << "t"
                              << "app";
    QTest::newRow("attached") << QByteArray("docker build -tapp .") << "t"
                              << "app";
    QTest::newRow("attached with equals") << QByteArray("apt-get -q=2 update") << "q"
                                          << "2";
    QTest::newRow("long separate") << QByteArray("pip install --target /opt x") << "target"
                                   << "/opt";
    QTest::newRow("long equals") << QByteArray("pip install --target=/opt x") << "target"
                                 << "/opt";
    QTest::newRow("cluster ending in flag") << QByteArray("tar -xzf a.tgz") << "f"
                                            << "a.tgz";
    QTest::newRow("first occurrence") << QByteArray("x -t a -t b") << "t"
                                      << "a";
    QTest::newRow("missing") << QByteArray("x -q") << "t"
                             << "<none>";
    QTest::newRow("no value at end") << QByteArray("x -t") << "t"
                                     << "<none>";
    QTest::newRow("after double dash") << QByteArray("x -- -t a") << "t"
                                       << "<none>";
    QTest::newRow("long not prefix") << QByteArray("x --targets=a") << "target"
                                     << "<none>";
}

void TestShell::flagValue() {
    QFETCH(QByteArray, script);
    QFETCH(QString, flag);
    const auto value = commandOf(script).flagValue(flag.toStdString());
    QTEST(value ? QString::fromStdString(*value) : QString("<none>"), "expected");
}

void TestShell::argsNoFlags_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("expected");

    QTest::newRow("mixed") << QByteArray("apt-get -y install --no-install-recommends curl git")
                           << "install,curl,git";
    QTest::newRow("double dash") << QByteArray("rm -f -- -weird file") << "-weird,file";
    QTest::newRow("stdin dash") << QByteArray("tar -xf -") << "-";
    QTest::newRow("values are kept") << QByteArray("pip install -r req.txt") << "install,req.txt";
    QTest::newRow("no args") << QByteArray("ls") << "";
}

void TestShell::argsNoFlags() {
    QFETCH(QByteArray, script);
    QStringList args;
    for (const std::string& arg : commandOf(script).argsNoFlags())
        args << QString::fromStdString(arg);
    QTEST(args.join(','), "expected");
}

void TestShell::isSubcommand_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("subcommand");
    QTest::addColumn<bool>("expected");

    QTest::newRow("first") << QByteArray("apt-get install curl") << "install" << true;
    QTest::newRow("after flags") << QByteArray("apt-get -y -q install curl") << "install" << true;
    QTest::newRow("not first") << QByteArray("apt-get update install") << "install" << false;
    QTest::newRow("package named like it") << QByteArray("apk add install") << "install" << false;
    QTest::newRow("no args") << QByteArray("apt-get") << "install" << false;
}

void TestShell::isSubcommand() {
    QFETCH(QByteArray, script);
    QFETCH(QString, subcommand);
    QTEST(commandOf(script).isSubcommand(subcommand.toStdString()), "expected");
}

void TestShell::argsAndHasArg() {
    const Command command = commandOf("pip install --no-cache-dir 'flask==2.0' -r req.txt");
    QCOMPARE(command.args(),
             (std::vector<std::string>{"install", "--no-cache-dir", "flask==2.0", "-r", "req.txt"}));
    QVERIFY(command.hasArg("flask==2.0"));
    QVERIFY(!command.hasArg("pip"));
    QVERIFY(!command.hasArg("flask"));
    QVERIFY(command.hasAnyFlag({"U", "no-cache-dir"}));
    QVERIFY(!command.hasAnyFlag({"U", "upgrade"}));
    QVERIFY(Command{}.args().empty());
    QVERIFY(!Command{}.hasArg(""));
}

void TestShell::wrappedCommands_data() {
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("wrapped"); // the words of the wrapped command, or "" for none
    QTest::newRow("sudo") << "sudo apt-get install -y x" << "apt-get install -y x";
    QTest::newRow("sudo-user") << "sudo -u app -E HOME=/x pip install y" << "pip install y";
    QTest::newRow("env") << "env -i PATH=/bin DEBIAN_FRONTEND=noninteractive apt-get upgrade" << "apt-get upgrade";
    QTest::newRow("exec") << "exec nginx -g 'daemon off;'" << "nginx -g daemon off;";
    QTest::newRow("command-v-is-no-run") << "command -v curl" << "";
    QTest::newRow("command") << "command curl -k x" << "curl -k x";
    QTest::newRow("time-nice-nohup") << "time -p nice -n 5 nohup make" << "nice -n 5 nohup make|nohup make|make";
    QTest::newRow("timeout") << "timeout -s KILL 30 curl x" << "curl x";
    QTest::newRow("xargs") << "ls | xargs -n 1 -I {} rm -f {}" << "rm -f {}";
    QTest::newRow("gosu") << "gosu app:app ./server --port 80" << "./server --port 80";
    QTest::newRow("busybox") << "busybox wget -q x" << "wget -q x";
    QTest::newRow("wrapper-alone") << "sudo" << "";
    QTest::newRow("sudo-only-options") << "sudo -u root" << "";
}

void TestShell::wrappedCommands() {
    QFETCH(QString, script);
    QFETCH(QString, wrapped);
    const Script parsed = dw::sh::parse(script.toStdString());
    QStringList found;
    for (const auto& command : parsed.commands) {
        if (!command.wrapped) continue;
        QStringList words;
        for (const auto& w : command.words) words << QString::fromStdString(w.text);
        found << words.join(QLatin1Char(' '));
        QCOMPARE(parsed.text.substr(command.begin, command.words.front().raw.size()), command.words.front().raw);
    }
    QCOMPARE(found.join(QLatin1Char('|')), wrapped);
}

void TestShell::scriptQueries() {
    const Script script = dw::sh::parse("apt-get update && /usr/bin/apt-get install -y curl && curl -fsSL "
                                        "https://x | sh; sudo apt-get clean");
    // `sudo apt-get clean` is listed as sudo and, right after it, as the wrapped apt-get.
    QCOMPARE(script.commandsNamed("apt-get").size(), std::size_t(3));
    QCOMPARE(script.commandsNamed("apt-get")[1]->words[0].text, std::string("/usr/bin/apt-get"));
    QVERIFY(script.commandsNamed("apt-get")[2]->wrapped);
    QCOMPARE(script.commandsNamedAny({"curl", "wget", "sh"}).size(), std::size_t(2));
    QVERIFY(script.hasCommand("sudo"));
    QVERIFY(!script.hasCommand("wget"));
    QVERIFY(!script.hasCommand(""));
    QVERIFY(script.hasPipe());
    QVERIFY(!dw::sh::parse("a && b || c; d & e").hasPipe());
    QVERIFY(!dw::sh::parse("echo 'a | b' \"|\" \\|").hasPipe());
    QVERIFY(dw::sh::parse("(curl x) | sh").hasPipe());
    QVERIFY(dw::sh::parse("echo $(a | b)").hasPipe());
    QVERIFY(dw::sh::parse("").commandsNamed("x").empty());
}

void TestShell::hostileInput_data() {
    QTest::addColumn<QByteArray>("script");

    QTest::newRow("stray close paren") << QByteArray(") ) a )");
    QTest::newRow("unbalanced open paren") << QByteArray("( ( a");
    QTest::newRow("unterminated single") << QByteArray("echo 'abc");
    QTest::newRow("unterminated double") << QByteArray("echo \"abc $(x");
    QTest::newRow("unterminated substitution") << QByteArray("echo $(a; (b");
    QTest::newRow("unterminated backtick") << QByteArray("echo `a");
    QTest::newRow("unterminated brace expansion") << QByteArray("echo ${a");
    QTest::newRow("unterminated arithmetic") << QByteArray("echo $((1+");
    QTest::newRow("stray reserved words") << QByteArray("fi; done; esac; then; } ;; else a");
    QTest::newRow("unterminated if") << QByteArray("if a; then b");
    QTest::newRow("unterminated case") << QByteArray("case x in a) b");
    QTest::newRow("case without parens") << QByteArray("case x in a b c");
    QTest::newRow("mismatched closers") << QByteArray("( if a; then b ) ; while c; do } done");
    QTest::newRow("lone operators") << QByteArray("| && || ; & |& ;;");
    QTest::newRow("trailing backslash") << QByteArray("echo a\\");
    QTest::newRow("lone heredoc operator") << QByteArray("cat <<");
    QTest::newRow("nul bytes") << QByteArray("echo a\0b; ls", 13);
    QTest::newRow("function without body") << QByteArray("f()");
    QTest::newRow("bare redirections") << QByteArray("> < >> 2>&");
    QTest::newRow("deep parens") << QByteArray(20000, '(');
    QTest::newRow("deep substitutions") << QByteArray("$(").repeated(20000);
    QTest::newRow("deep quoted substitutions") << QByteArray("\"$(").repeated(20000);
    QTest::newRow("deep backticks") << QByteArray("`$(").repeated(20000);
    QTest::newRow("deep ifs") << QByteArray("if a; then ").repeated(20000);
    QTest::newRow("many functions") << QByteArray("f() ").repeated(20000);
    QTest::newRow("many closers") << QByteArray(") fi } ;; ").repeated(20000);
    QTest::newRow("many heredocs") << QByteArray("cat <<E\n").repeated(20000);
}

void TestShell::hostileInput() {
    QFETCH(QByteArray, script);
    // A hang or quadratic blow-up shows as the CTest timeout; speed itself is measured in bench/.
    const Script parsed = parseBytes(script);
    verifyWellFormed(parsed);
}

void TestShell::largeScriptParses() {
    QByteArray script;
    while (script.size() < 100 * 1024)
        script += "apt-get update && apt-get install -y --no-install-recommends curl=\"7.1\" \\\n"
                  "    $(echo a | tr a b) `ls` 2>&1 > /dev/null; if [ -f x ]; then rm -rf /tmp/*; fi\n";
    const Script parsed = parseBytes(script);
    QVERIFY(parsed.commands.size() > 3000);
    verifyWellFormed(parsed);
}

QTEST_APPLESS_MAIN(TestShell)
#include "tst_shell.moc"
