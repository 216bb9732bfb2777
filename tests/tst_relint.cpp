// The editor's re-lint (lint::relint with a LintMemo kept across edits) must give exactly what a full parse and
// lint of the same text gives: every field of the syntax tree and every finding, fix and secret. Documents are
// the rule cases of tests/data/rules (each rule's cases joined into one file), hand-made texts for the grammar's
// corners (byte order mark, escape directive, heredocs, ONBUILD, CRLF, continuations into comments and the end
// of the file), and, when it is beside the checkout, the corpus of ../shared/corpus/dockerfiles. Each document
// gets a run of random edits from a fixed seed: typed and deleted characters (the escape and quote characters,
// `<<`, `$`, `#` and line breaks among them), deleted and duplicated lines, pasted blocks.
#include "dockerfile/parse_memo.h"
#include "dockerfile/parser.h"
#include "lint/lint_memo.h"
#include "lint/linter.h"
#include "rule_cases.h"
#include "scan/dockerfile_scan.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace dw;

namespace {

std::string describe(const df::Position& p)
{
    return std::to_string(p.line) + ":" + std::to_string(p.column) + "@" + std::to_string(p.offset);
}

std::string describe(const df::Range& r)
{
    return "[" + describe(r.start) + "-" + describe(r.end) + "]";
}

void describe(const df::Instruction& in, std::ostringstream& out)
{
    out << "I " << int(in.keyword) << ' ' << in.keywordWord.value << describe(in.keywordWord.range) << describe(in.range)
        << " json=" << in.jsonForm << " stage=" << in.stage << " empty=" << in.emptyContinuationLine << '\n';
    for (const auto& f : in.flags) out << " F " << f.raw << '|' << f.name << '|' << f.value.value_or("<none>") << describe(f.range) << '\n';
    out << " T " << in.argText << describe(in.argRange) << '\n';
    for (const auto& run : in.argTextRuns) out << " R " << run.textIndex << '>' << run.sourceOffset << '\n';
    for (const auto& w : in.args) out << " A " << w.value << describe(w.range) << '\n';
    for (const auto& p : in.pairs)
        out << " P " << p.key.value << describe(p.key.range) << '=' << (p.value ? p.value->value + describe(p.value->range) : "<none>")
            << " legacy=" << p.legacy << describe(p.range) << '\n';
    for (const auto& h : in.heredocs)
        out << " H " << h.name << ' ' << h.expand << h.chomp << h.fileDescriptor << describe(h.marker) << describe(h.body) << '\n'
            << h.content << "\n";
    for (const auto& c : in.comments) out << " C " << c << '\n';
    if (in.inner) {
        out << " inner:\n";
        describe(*in.inner, out);
    }
}

std::string describe(const df::Dockerfile& file)
{
    std::ostringstream out;
    out << "escape " << int(file.escape) << '\n';
    for (const auto& d : file.directives) out << "D " << d.name << '=' << d.value << describe(d.range) << '\n';
    for (const auto& in : file.instructions) describe(in, out);
    for (const auto& c : file.comments) out << "C " << c.text << describe(c.range) << '\n';
    for (const auto& e : file.errors) out << "E " << int(e.kind) << ' ' << e.message << describe(e.range) << '\n';
    for (const auto& s : file.stages)
        out << "S " << s.index << ' ' << s.name << ' ' << s.nameWord.value << describe(s.nameWord.range) << ' '
            << s.image.value << describe(s.image.range) << ' ' << (s.platform ? s.platform->value : "-") << ' '
            << s.fromIndex << ' ' << s.endIndex << ' ' << s.baseStage << '\n';
    for (const auto& r : file.stageReferences)
        out << "SR " << int(r.kind) << ' ' << r.stage << ' ' << r.instruction << describe(r.range) << '\n';
    return out.str();
}

std::string describe(const lint::LintResult& result)
{
    std::ostringstream out;
    for (const auto& f : result.findings) {
        out << f.rule << ' ' << int(f.severity) << describe(f.range) << ' ' << f.message.en << " | " << f.message.zh
            << " same=" << f.sameAs << '\n';
        for (const auto& fix : f.fixes) {
            out << "  fix " << fix.title.en << '\n';
            for (const auto& e : fix.edits) out << "   " << describe(e.range) << '>' << e.text << '\n';
        }
    }
    for (const auto& s : result.secrets) out << "secret " << s.begin << '-' << s.end << ' ' << s.value << '\n';
    out << result.shellcheckProblem;
    return out.str();
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Document {
    std::string name;
    std::string text;
};

std::vector<Document> corners()
{
    return {
        {"byte order mark", "\xEF\xBB\xBF" "FROM alpine:3.19\nRUN echo hi\nFROM alpine:3.19\nRUN echo hi\n"},
        {"escape directive", "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  c:\\ \nCOPY a.txt c:\\app\\\nRUN echo hi\n"},
        {"heredocs", "# syntax=docker/dockerfile:1\nFROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n"
                     "COPY <<-'CONF' /etc/app.conf\n\tkey=$value\n\tCONF\nRUN <<A cat > /x && <<B cat > /y\none\nA\ntwo\nB\nRUN echo done\n"},
        {"onbuild", "FROM node:20\nONBUILD RUN npm install --unsafe-perm\nONBUILD COPY . /app\nONBUILD ADD http://example.com/x /x\nUSER node\n"},
        {"crlf", "FROM alpine:3.19\r\nRUN apk add curl \\\r\n    git\r\nENV PASSWORD=hunter2\r\nCMD [\"sh\"]\r\n"},
        {"continuations", "FROM alpine:3.19\nRUN apk add \\\n# a comment inside\n    curl \\\n\n    git\nARG TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\n"
                          "ENV A=1 \\\n    B=\"two words\" \\\n    C=${A:-x}\nRUN echo $B \\"},
        {"stages", "ARG BASE=alpine:3.19\nFROM ${BASE} AS build\nRUN make\nFROM build AS test\nRUN make test\nFROM scratch\n"
                   "COPY --from=build /out /out\nRUN --mount=type=cache,target=/root/.cache,from=test true\n"},
        {"errors", "FROM\nRUN\nCOPY onlyone\nBOGUS x\nFROM alpine AS\nHEALTHCHECK --interval=abc CMD true\nRUN <<EOF\nunterminated\n"},
    };
}

std::vector<Document> ruleCaseDocuments()
{
    std::vector<Document> out;
    for (const auto& entry : std::filesystem::directory_iterator(DW_TEST_DATA "/rules")) {
        if (entry.path().extension() != ".txt") continue;
        std::string joined;
        for (const auto& c : dw::test::readRuleCases(entry.path().string())) joined += c.dockerfile + "\n";
        out.push_back({entry.path().filename().string(), joined});
    }
    std::sort(out.begin(), out.end(), [](const Document& a, const Document& b) { return a.name < b.name; });
    return out;
}

std::vector<Document> corpusDocuments()
{
    std::vector<Document> out;
    const std::filesystem::path dir = std::filesystem::path(DW_TEST_DATA) / ".." / ".." / ".." / "shared" / "corpus" / "dockerfiles";
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return out;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.is_regular_file() && entry.path().filename() != "INDEX.tsv" && entry.path().filename() != "README.md")
            out.push_back({"corpus/" + entry.path().filename().string(), readFile(entry.path())});
    std::sort(out.begin(), out.end(), [](const Document& a, const Document& b) { return a.name < b.name; });
    return out;
}

class Editor {
  public:
    explicit Editor(std::uint32_t seed) : random_(seed) {}

    /// One random edit of `text`; `what` says which, for the failure message.
    void edit(std::string& text, std::string& what)
    {
        static const std::string typed = "a Z0-=\\`\"'$#<{}()\n\n \t;&|/:.@";
        const std::size_t at = pick(text.size() + 1);
        switch (pick(7)) {
        case 0:
        case 1: {
            const char c = typed[pick(typed.size())];
            text.insert(at, 1, c);
            what = "type " + std::to_string(int(c)) + " at " + std::to_string(at);
            break;
        }
        case 2: {
            const std::size_t n = std::min<std::size_t>(1 + pick(3), text.size() - std::min(at, text.size()));
            text.erase(std::min(at, text.size()), n);
            what = "delete " + std::to_string(n) + " at " + std::to_string(at);
            break;
        }
        case 3: { // delete a whole line
            const auto [begin, end] = lineAround(text, at);
            text.erase(begin, end - begin);
            what = "delete the line at " + std::to_string(begin);
            break;
        }
        case 4: { // duplicate a line (a paste)
            const auto [begin, end] = lineAround(text, at);
            text.insert(begin, text.substr(begin, end - begin));
            what = "duplicate the line at " + std::to_string(begin);
            break;
        }
        case 5: { // paste a block that opens a continuation or a heredoc
            static const std::vector<std::string> blocks = {"RUN apt-get install -y \\\n", "RUN <<EOF\n", "EOF\n",
                                                            "# escape=`\n", "ONBUILD RUN x\n", "ARG SECRET_KEY=abc\n"};
            const auto [begin, end] = lineAround(text, at);
            const std::string& block = blocks[pick(blocks.size())];
            text.insert(begin, block);
            what = "paste " + block + " at " + std::to_string(begin);
            (void)end;
            break;
        }
        default: { // replace one character
            if (text.empty()) break;
            const std::size_t where = std::min(at, text.size() - 1);
            text[where] = typed[pick(typed.size())];
            what = "replace at " + std::to_string(where);
        }
        }
    }

  private:
    std::size_t pick(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }

    static std::pair<std::size_t, std::size_t> lineAround(const std::string& text, std::size_t at)
    {
        at = std::min(at, text.size());
        const std::size_t begin = at == 0 ? 0 : text.rfind('\n', at - 1) == std::string::npos ? 0 : text.rfind('\n', at - 1) + 1;
        const std::size_t newline = text.find('\n', at);
        return {begin, newline == std::string::npos ? text.size() : newline + 1};
    }

    std::mt19937 random_;
};

} // namespace

class TestRelint : public QObject {
    Q_OBJECT

    /// Applies `edits` random edits to `document`, re-linting with one memo after each, and compares with a
    /// full parse and lint. Returns how many instructions the memo gave back over the run.
    std::size_t compareOverEdits(const Document& document, int edits, std::uint32_t seed, const lint::LintOptions& options)
    {
        lint::LintMemo memo;
        Editor editor(seed);
        std::string text = document.text;
        std::string what = "the document as it is";
        std::size_t reused = 0;
        for (int step = 0; step <= edits; ++step) {
            if (step > 0) editor.edit(text, what);
            const lint::Relinted incremental = lint::relint(text, options, memo);
            const df::Dockerfile full = df::parse(text);
            const lint::LintResult fullResult = lint::lint(full, options);
            const std::string context = document.name + ", seed " + std::to_string(seed) + ", step " +
                                        std::to_string(step) + " (" + what + ")";
            if (describe(incremental.file) != describe(full)) {
                QTest::qFail(qPrintable("the syntax trees differ: " + QString::fromStdString(context)), __FILE__, __LINE__);
                qInfo().noquote() << QString::fromStdString(describe(incremental.file)) << "\n----- full parse:\n"
                                  << QString::fromStdString(describe(full));
                return reused;
            }
            if (describe(incremental.result) != describe(fullResult)) {
                QTest::qFail(qPrintable("the findings differ: " + QString::fromStdString(context)), __FILE__, __LINE__);
                qInfo().noquote() << QString::fromStdString(describe(incremental.result)) << "\n----- full lint:\n"
                                  << QString::fromStdString(describe(fullResult));
                return reused;
            }
            reused += memo.parse.reused();
        }
        return reused;
    }

  private slots:
    void cornersOfTheGrammar()
    {
        for (const Document& document : corners())
            for (std::uint32_t seed = 1; seed <= 40; ++seed) {
                compareOverEdits(document, 25, seed, {});
                if (QTest::currentTestFailed()) return;
            }
    }

    void ruleCases()
    {
        std::size_t reused = 0;
        std::uint32_t seed = 1000;
        for (const Document& document : ruleCaseDocuments()) {
            reused += compareOverEdits(document, 30, ++seed, {});
            if (QTest::currentTestFailed()) return;
        }
        QVERIFY2(reused > 1000, "the memo gave back almost nothing: the re-lint is not incremental");
    }

    void withBuildArgsAndConfig()
    {
        lint::LintOptions options;
        options.buildArgs = {{"BASE", "debian:12"}, {"TOKEN", "x"}};
        options.config.ignored.insert("DL3008");
        for (const Document& document : corners()) {
            compareOverEdits(document, 20, 7, options);
            if (QTest::currentTestFailed()) return;
        }
    }

    // An edit in the middle of a long file rebuilds only the instruction it touched.
    void editRebuildsOnlyWhatItTouched()
    {
        std::string text = "FROM debian:12\n";
        for (int i = 0; i < 200; ++i) text += "RUN echo step " + std::to_string(i) + " && true\n";
        lint::LintMemo memo;
        lint::relint(text, {}, memo);
        QCOMPARE(memo.parse.reused(), std::size_t{0});
        const std::size_t at = text.find("step 100") + 5;
        text.insert(at, "x");
        lint::relint(text, {}, memo);
        QCOMPARE(memo.parse.built(), std::size_t{1});
        QCOMPARE(memo.parse.reused(), std::size_t{199}); // line 1 is never memoised (byte order mark)
        QCOMPARE(memo.scriptsReused(), std::size_t{199});
        QVERIFY(memo.parse.size() <= 201);
    }

    // The editor's path: scanDockerfile with the tab's memo. A memo another scan holds is not waited for.
    void scanWithTheTabsMemo()
    {
        const std::string text = corners()[5].text;
        auto reportOf = [&](std::shared_ptr<lint::LintMemo> memo, const std::string& source) {
            scan::DockerfileScanRequest request;
            request.path = "Dockerfile";
            request.source = source;
            request.memo = std::move(memo);
            scan::ScanReport report = scan::scanDockerfile(std::move(request));
            std::string out;
            for (const auto& f : report.findings) out += f.rule + " " + findings::locationText(f.location) + " " + f.message.en + "\n";
            return out + "risk " + std::to_string(report.risk.score);
        };
        auto memo = std::make_shared<lint::LintMemo>();
        const std::string expected = reportOf(nullptr, text);
        QVERIFY(expected.find("DW1001") != std::string::npos);
        QCOMPARE(reportOf(memo, text), expected);
        QCOMPARE(reportOf(memo, text), expected);
        QVERIFY(memo->parse.reused() > 0);
        {
            std::lock_guard held(memo->inUse());
            const std::size_t reusedBefore = memo->parse.reused();
            QCOMPARE(reportOf(memo, text + "RUN true\n"), reportOf(nullptr, text + "RUN true\n"));
            QCOMPARE(memo->parse.reused(), reusedBefore); // untouched while held
        }
    }

    void corpus()
    {
        const std::vector<Document> documents = corpusDocuments();
        if (documents.empty()) QSKIP("../shared/corpus/dockerfiles is not beside the checkout");
        std::uint32_t seed = 5000;
        for (const Document& document : documents) {
            compareOverEdits(document, 8, ++seed, {});
            if (QTest::currentTestFailed()) return;
        }
    }
};

QTEST_GUILESS_MAIN(TestRelint)
#include "tst_relint.moc"
