// Lint throughput and editor latency.
//   BM_LintCorpus      parses and lints every Dockerfile of a corpus folder (DW_BENCH_CORPUS, or
//                      ../shared/corpus/dockerfiles beside the checkout when present) in one process: MB/s, files/s.
//   BM_LintCorpusAllCores  the same on one thread per core, the files handed out by util::parallelFor as
//                      `dockwarden-cli lint` hands them out; wall time.
//   BM_RelintAfterEdit re-parses and re-lints a generated 1,000-line Dockerfile after a one-character edit,
//                      which is what the editor does on every keystroke (budget: one 16 ms frame).
//   BM_RelintWithMemo  the same, with the memo the editor keeps between two lints of a document.
//   BM_ParseOnly       the parser alone on the same file.
#include "dockerfile/parser.h"
#include "lint/linter.h"
#include "util/parallel_for.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> loadCorpus()
{
    namespace fs = std::filesystem;
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("DW_BENCH_CORPUS")) candidates.emplace_back(env);
    candidates.emplace_back(fs::path(DW_SOURCE_DIR) / ".." / "shared" / "corpus" / "dockerfiles");
    for (const auto& dir : candidates) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) continue;
        std::vector<std::string> files;
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            if (!entry.is_regular_file() || entry.path().filename() == "INDEX.tsv") continue;
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            files.push_back(text.str());
        }
        if (!files.empty()) return files;
    }
    return {};
}

std::string thousandLineDockerfile()
{
    std::string text = "# syntax=docker/dockerfile:1\nARG BASE=debian:12-slim\nFROM ${BASE} AS build\n";
    int line = 3;
    for (int block = 0; line < 1000; ++block) {
        text += "RUN --mount=type=cache,target=/var/cache/apt apt-get update \\\n"
                "    && apt-get install -y --no-install-recommends curl=7.88 ca-certificates=2023 \\\n"
                "    && curl -fsSL https://example.com/tool-" + std::to_string(block) + ".tgz | tar -xz -C /opt \\\n"
                "    && rm -rf /var/lib/apt/lists/*\n"
                "ENV TOOL_" + std::to_string(block) + "_HOME=/opt/tool PATH=/opt/tool/bin:$PATH\n"
                "COPY --chown=app:app config/" + std::to_string(block) + ".conf /etc/app/\n"
                "LABEL org.opencontainers.image.version=\"1." + std::to_string(block) + "\"\n"
                "WORKDIR /srv/app\n";
        line += 8;
        if (block % 20 == 19) text += "FROM build AS stage" + std::to_string(block) + "\n", ++line;
    }
    text += "USER app\nCMD [\"/opt/tool/bin/run\"]\n";
    return text;
}

/// The corpus, loaded once; null, with the benchmark marked skipped, when there is none.
const std::vector<std::string>* corpusFor(benchmark::State& state)
{
    static const std::vector<std::string> corpus = loadCorpus();
    if (!corpus.empty()) return &corpus;
    state.SkipWithError("no corpus: set DW_BENCH_CORPUS to a folder of Dockerfiles");
    return nullptr;
}

std::size_t totalBytes(const std::vector<std::string>& files)
{
    std::size_t bytes = 0;
    for (const std::string& file : files) bytes += file.size();
    return bytes;
}

void BM_LintCorpus(benchmark::State& state)
{
    const std::vector<std::string>* files = corpusFor(state);
    if (!files) return;
    const std::vector<std::string>& corpus = *files;
    const std::size_t bytes = totalBytes(corpus);
    const dw::lint::LintOptions options;
    for (auto _ : state) {
        for (const auto& source : corpus) {
            auto result = dw::lint::lint(dw::df::parse(source), options);
            benchmark::DoNotOptimize(result);
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
    state.counters["files"] = static_cast<double>(corpus.size());
}

void BM_LintCorpusAllCores(benchmark::State& state)
{
    const std::vector<std::string>* files = corpusFor(state);
    if (!files) return;
    const std::vector<std::string>& corpus = *files;
    const std::size_t bytes = totalBytes(corpus);
    const dw::lint::LintOptions options;
    const std::size_t workers = dw::util::coreCount();
    for (auto _ : state) {
        dw::util::parallelFor(corpus.size(), workers, [&](std::size_t i, std::size_t) {
            auto result = dw::lint::lint(dw::df::parse(corpus[i]), options);
            benchmark::DoNotOptimize(result);
        });
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
    state.counters["threads"] = static_cast<double>(workers);
}

void BM_RelintAfterEdit(benchmark::State& state)
{
    std::string text = thousandLineDockerfile();
    const std::size_t editAt = text.size() / 2;
    const dw::lint::LintOptions options;
    bool toggle = false;
    for (auto _ : state) {
        text[editAt] = toggle ? 'a' : 'b';
        toggle = !toggle;
        auto result = dw::lint::lint(dw::df::parse(text), options);
        benchmark::DoNotOptimize(result);
    }
    state.counters["lines"] = 1000;
}

// What the editor does: the same edit, re-linted with the memo of the document's last lint.
void BM_RelintWithMemo(benchmark::State& state)
{
    std::string text = thousandLineDockerfile();
    const std::size_t editAt = text.size() / 2;
    const dw::lint::LintOptions options;
    dw::lint::LintMemo memo;
    dw::lint::relint(text, options, memo);
    bool toggle = false;
    for (auto _ : state) {
        text[editAt] = toggle ? 'a' : 'b';
        toggle = !toggle;
        auto result = dw::lint::relint(text, options, memo);
        benchmark::DoNotOptimize(result);
    }
    state.counters["lines"] = 1000;
}

void BM_ParseOnly(benchmark::State& state)
{
    const std::string text = thousandLineDockerfile();
    for (auto _ : state) benchmark::DoNotOptimize(dw::df::parse(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

} // namespace

BENCHMARK(BM_LintCorpus)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LintCorpusAllCores)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RelintAfterEdit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RelintWithMemo)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseOnly)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
