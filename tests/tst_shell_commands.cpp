// The shell model's command helpers: names, flags, option values, subcommands, wrapped commands, queries.
#include "support/shell_test_support.h"

class TestShellCommands : public QObject {
    Q_OBJECT

private slots:
    void name_data();
    void name();
    void hasFlag_data();
    void hasFlag();
    void hasAnyFlag_data();
    void hasAnyFlag();
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
    void nameQueriesAgreeWithAFullSearch();
};

void TestShellCommands::name_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("name");

    QTest::newRow("plain") << QByteArray("apt-get install") << "apt-get";
    QTest::newRow("path") << QByteArray("/usr/bin/apt-get install") << "apt-get";
    QTest::newRow("relative") << QByteArray("./configure --prefix=/usr") << "configure";
    QTest::newRow("quoted") << QByteArray("\"pip\" install") << "pip";
    QTest::newRow("none") << QByteArray("A=1 > f") << "";
}

void TestShellCommands::name() {
    QFETCH(QByteArray, script);
    QTEST(QString::fromStdString(std::string(commandOf(script).name())), "name");
}

void TestShellCommands::hasFlag_data() {
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

void TestShellCommands::hasFlag() {
    QFETCH(QByteArray, script);
    QFETCH(QString, flag);
    QTEST(commandOf(script).hasFlag(flag.toStdString()), "expected");
}

void TestShellCommands::hasAnyFlag_data() {
    QTest::addColumn<QByteArray>("script");
    // For the flags "force-yes", "k", "" and "allow-unauthenticated": the index of the first of them, in that
    // list's order, that the command has (-1 for none), whatever the order of the words.
    QTest::addColumn<int>("first");

    QTest::newRow("none") << QByteArray("apt-get install -y curl wget --no-install-recommends") << -1;
    QTest::newRow("first") << QByteArray("apt-get install --force-yes curl") << 0;
    QTest::newRow("short in a cluster") << QByteArray("curl -fsSLk https://x") << 1;
    QTest::newRow("last, with a value") << QByteArray("apt-get install --allow-unauthenticated=true x") << 3;
    QTest::newRow("after a bare double dash") << QByteArray("apt-get install x -- --force-yes -k") << -1;
    QTest::newRow("after a long package list")
        << QByteArray("apt-get install a b c d e f g h i j k l m n o p --force-yes") << 0;
    QTest::newRow("words that are no flags") << QByteArray("echo - k force-yes x-k") << -1;
    QTest::newRow("list order, not word order")
        << QByteArray("apt-get --allow-unauthenticated -k install --force-yes x") << 0;
    QTest::newRow("a later word holds an earlier flag")
        << QByteArray("apt-get --allow-unauthenticated install -qk x") << 1;
    QTest::newRow("the earlier flag after a bare double dash")
        << QByteArray("apt-get --allow-unauthenticated install -- --force-yes") << 3;
}

void TestShellCommands::hasAnyFlag() {
    QFETCH(QByteArray, script);
    QFETCH(int, first);
    const auto command = commandOf(script);
    const std::initializer_list<std::string_view> flags = {"force-yes", "k", "", "allow-unauthenticated"};
    QCOMPARE(command.hasAnyFlag(flags), first >= 0);
    const auto found = command.firstFlagOf(flags);
    QCOMPARE(found ? static_cast<int>(*found) : -1, first);
}

void TestShellCommands::flagValue_data() {
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

void TestShellCommands::flagValue() {
    QFETCH(QByteArray, script);
    QFETCH(QString, flag);
    const auto value = commandOf(script).flagValue(flag.toStdString());
    QTEST(value ? QString::fromStdString(*value) : QString("<none>"), "expected");
}

void TestShellCommands::argsNoFlags_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("expected");

    QTest::newRow("mixed") << QByteArray("apt-get -y install --no-install-recommends curl git")
                           << "install,curl,git";
    QTest::newRow("double dash") << QByteArray("rm -f -- -weird file") << "-weird,file";
    QTest::newRow("stdin dash") << QByteArray("tar -xf -") << "-";
    QTest::newRow("values are kept") << QByteArray("pip install -r req.txt") << "install,req.txt";
    QTest::newRow("no args") << QByteArray("ls") << "";
}

void TestShellCommands::argsNoFlags() {
    QFETCH(QByteArray, script);
    QStringList args;
    const dw::sh::Command command = commandOf(script);
    for (const std::string_view arg : command.argsNoFlags())
        args << QString::fromUtf8(arg.data(), static_cast<qsizetype>(arg.size()));
    QTEST(args.join(','), "expected");
    // argNoFlag(i) walks to the same words without building the list, and ends where it ends.
    QStringList walked;
    for (std::size_t i = 0; const std::string* arg = command.argNoFlag(i); ++i)
        walked << QString::fromStdString(*arg);
    QCOMPARE(walked, args);
    QVERIFY(!command.argNoFlag(static_cast<std::size_t>(args.size())));
}

void TestShellCommands::isSubcommand_data() {
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("subcommand");
    QTest::addColumn<bool>("expected");

    QTest::newRow("first") << QByteArray("apt-get install curl") << "install" << true;
    QTest::newRow("after flags") << QByteArray("apt-get -y -q install curl") << "install" << true;
    QTest::newRow("not first") << QByteArray("apt-get update install") << "install" << false;
    QTest::newRow("package named like it") << QByteArray("apk add install") << "install" << false;
    QTest::newRow("no args") << QByteArray("apt-get") << "install" << false;
}

void TestShellCommands::isSubcommand() {
    QFETCH(QByteArray, script);
    QFETCH(QString, subcommand);
    QTEST(commandOf(script).isSubcommand(subcommand.toStdString()), "expected");
}

void TestShellCommands::argsAndHasArg() {
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

void TestShellCommands::wrappedCommands_data() {
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

void TestShellCommands::wrappedCommands() {
    QFETCH(QString, script);
    QFETCH(QString, wrapped);
    const Script parsed = dw::sh::parse(script.toStdString());
    QStringList found;
    for (const auto& command : parsed.commands) {
        if (!command.wrapped) continue;
        QStringList words;
        for (const auto& w : command.words) words << QString::fromStdString(w.text);
        found << words.join(QLatin1Char(' '));
        QCOMPARE(parsed.text.substr(command.begin, command.words.front().raw().size()), command.words.front().raw());
    }
    QCOMPARE(found.join(QLatin1Char('|')), wrapped);
}

void TestShellCommands::scriptQueries() {
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

// Name queries skip scripts that cannot hold the name (parse() records which names occur): they must still give
// what a search of every command gives, for present and absent names, wrapped commands and hand-built scripts.
void TestShellCommands::nameQueriesAgreeWithAFullSearch() {
    Script byHand;
    byHand.commands.push_back(dw::sh::parse("wget -q x").commands.front());
    QCOMPARE(byHand.commandsNamed("wget").size(), std::size_t(1));
    QVERIFY(byHand.hasCommand("wget"));

    const Script script = dw::sh::parse("a; bb; ccc; apt-get x; apk add y; pip3 install z; /bin/sh -c w; "
                                        "env A=1 make; $(go build) | tee log; sudo -u app npm ci");
    for (const char* name : {"a", "bb", "ccc", "apt-get", "apk", "pip3", "sh", "make", "env", "go", "tee", "sudo",
                             "npm", "b", "apt", "pip", "mak", "", "zz", "curl", "wget", "gem", "ln", "A=1"}) {
        std::size_t expected = 0;
        for (const auto& command : script.commands)
            if (!command.name().empty() && command.name() == name) ++expected;
        QCOMPARE(script.commandsNamed(name).size(), expected);
        QCOMPARE(script.hasCommand(name), expected > 0);
        QCOMPARE(script.commandsNamedAny({"zz", name}).size(), expected);
    }
}

QTEST_APPLESS_MAIN(TestShellCommands)
#include "tst_shell_commands.moc"
