#include "image/dockerfile_trace.h"

#include <algorithm>
#include <cctype>

namespace dw::image {
namespace {

std::string upper(std::string text)
{
    for (char& c : text) c = char(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

std::string firstWord(std::string_view text)
{
    std::size_t start = 0;
    while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
    std::size_t end = start;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    return std::string(text.substr(start, end - start));
}

std::string collapseSpaces(std::string_view text)
{
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

/// The instructions that went into the image: the stage's own, after those of the stages it is built FROM.
std::vector<std::size_t> builtInstructions(const df::Dockerfile& file, int stage)
{
    std::vector<int> chain;
    for (int at = stage; at >= 0 && at < int(file.stages.size()) && chain.size() <= file.stages.size();
         at = file.stages[std::size_t(at)].baseStage)
        chain.push_back(at);
    std::vector<std::size_t> out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const df::Stage& s = file.stages[std::size_t(*it)];
        for (std::size_t i = s.fromIndex + 1; i < s.endIndex && i < file.instructions.size(); ++i) {
            const df::Keyword keyword = file.instructions[i].keyword;
            if (keyword == df::Keyword::Unknown || keyword == df::Keyword::From) continue;
            out.push_back(i);
        }
    }
    return out;
}

} // namespace

std::string historyKeyword(const std::string& createdBy)
{
    std::string_view text = createdBy;
    // The classic builder: "/bin/sh -c #(nop)  ENV A=1" for metadata, "/bin/sh -c apt-get ..." for RUN, and
    // "|2 A=1 B=2 /bin/sh -c ..." when build arguments were in scope.
    if (!text.empty() && text.front() == '|') {
        const std::size_t shell = text.find("/bin/sh -c");
        if (shell != std::string_view::npos) text = text.substr(shell);
    }
    if (text.rfind("/bin/sh -c", 0) == 0) {
        const std::size_t nop = text.find("#(nop)");
        if (nop == std::string_view::npos) return "RUN";
        return upper(firstWord(text.substr(nop + 6)));
    }
    const std::string word = upper(firstWord(text));
    if (df::keywordFromName(word) != df::Keyword::Unknown) return word;
    return {};
}

DockerfileTrace traceDockerfile(const df::Dockerfile& file, const Image& image, int stage)
{
    DockerfileTrace trace;
    if (file.stages.empty()) {
        trace.problem = "the Dockerfile has no FROM, so no stage to match";
        return trace;
    }
    if (stage < 0 || stage >= int(file.stages.size())) stage = int(file.stages.size()) - 1;
    const auto& history = image.config.history;
    if (history.empty()) {
        trace.problem = "the image has no build history to match against";
        return trace;
    }
    // Which layer each history entry made.
    std::vector<std::optional<std::size_t>> layerOf(history.size());
    std::size_t layer = 0;
    for (std::size_t i = 0; i < history.size(); ++i)
        if (!history[i].emptyLayer && layer < image.layers.size()) layerOf[i] = layer++;

    const std::vector<std::size_t> built = builtInstructions(file, stage);
    for (const std::size_t index : built) trace.instructions.push_back({index, std::nullopt, std::nullopt, false, {}});

    // Walk back from the end of both lists.
    std::size_t entry = history.size();
    for (std::size_t k = trace.instructions.size(); k-- > 0;) {
        TracedInstruction& traced = trace.instructions[k];
        const df::Instruction& instruction = file.instructions[traced.instruction];
        const std::string keyword(df::keywordName(instruction.keyword));
        // Look a few entries back for the same keyword; further than that, the two lists have parted.
        std::optional<std::size_t> found;
        for (std::size_t look = entry, steps = 0; look-- > 0 && steps < 3; ++steps) {
            if (historyKeyword(history[look].createdBy) == upper(keyword)) {
                found = look;
                break;
            }
        }
        if (!found) {
            traced.note = "not in the image's history (the image may have been built from another version of this file)";
            continue;
        }
        entry = *found;
        traced.historyIndex = entry;
        traced.layer = layerOf[entry];
        const std::string args = collapseSpaces(instruction.argText);
        traced.exact = !args.empty() && collapseSpaces(history[entry].createdBy).find(args) != std::string::npos;
        ++trace.matched;
    }
    if (trace.matched == 0 && trace.problem.empty())
        trace.problem = "no instruction of the stage matches the image's history: it was not built from this Dockerfile";
    return trace;
}

} // namespace dw::image
