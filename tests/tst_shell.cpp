// The shell model of RUN scripts: words, operators, nesting, redirections, hostile input.
#include "support/shell_test_support.h"

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
    QCOMPARE(install.words[3].raw(), std::string("\"cu rl\""));
    QCOMPARE(install.redirections[0].raw(), std::string("> log"));
    const Command& date = script.commands[2];
    QCOMPARE(date.begin, text.find("date"));
    QCOMPARE(date.end, text.size() - 1);
    QCOMPARE(script.commands[1].end, text.size());

    const Script continued = dw::sh::parse("a \\\n  b");
    QCOMPARE(continued.commands[0].words[1].begin, std::size_t(6));
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
