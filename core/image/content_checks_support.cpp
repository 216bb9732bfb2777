#include "image/content_checks_support.h"

#include "util/secrets.h"

#include "findings/check_info.h"
#include "image/content_scanner.h"
#include "image/content_scanner_tree.h"

#include "util/text.h"

#include <cctype>

namespace dw::image::content_checks {
namespace {

bool isUpperWord(std::string_view word)
{
    if (word.empty()) return false;
    for (char c : word)
        if (!std::isupper(static_cast<unsigned char>(c))) return false;
    return true;
}

/// Strips "/bin/sh -c " (or bash, or "sh -c") from the start; false when there is none.
bool stripShell(std::string_view& text)
{
    for (std::string_view shell : {"/bin/sh -c ", "/bin/bash -c ", "/bin/ash -c ", "sh -c ", "bash -c ",
                                   "/bin/sh -eo pipefail -c ", "/bin/bash -o pipefail -c "}) {
        if (text.starts_with(shell)) {
            text = util::trimmed(text.substr(shell.size()));
            return true;
        }
    }
    return false;
}

/// "|2 A=1 B=2 rest" -> the pairs and "rest".
void stripBuildArgs(std::string_view& text, std::vector<std::pair<std::string, std::string>>& args)
{
    if (!text.starts_with('|')) return;
    std::size_t pos = 1;
    std::size_t count = 0;
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])) && count < 100000)
        count = count * 10 + static_cast<std::size_t>(text[pos++] - '0');
    text = util::trimmed(text.substr(pos));
    for (std::size_t i = 0; i < count && !text.empty(); ++i) {
        const std::size_t end = std::min(text.find(' '), text.size());
        const std::string_view pair = text.substr(0, end);
        const std::size_t equals = pair.find('=');
        if (equals == std::string_view::npos) break;
        args.emplace_back(std::string(pair.substr(0, equals)), std::string(pair.substr(equals + 1)));
        text = util::trimmed(text.substr(end));
    }
}

} // namespace

std::string layerName(std::size_t index)
{
    return "layer " + std::to_string(index);
}

void reportContentHits(const findings::CheckInfo& info, const ImageCheckContext& ctx, const findings::LocalizedText& what,
                       std::vector<ImageFinding>& out, findings::Severity (*severityOf)(const ContentHit&))
{
    if (!ctx.image) return;
    for (const ContentHit& hit : ctx.image->contentHits) {
        if (hit.rule != info.id) continue;
        const std::string layer = layerName(hit.layerIndex);
        findings::LocalizedText text{what.en + " in /" + hit.path, what.zh + "：/" + hit.path};
        if (const std::optional<LaterChange> later = laterChange(*ctx.image, hit.layerIndex, hit.path)) {
            const std::string laterLayer = layerName(later->layerIndex);
            text.en += later->deleted ? ", deleted in " + laterLayer + " but still shipped in " + layer
                                      : ", rewritten in " + laterLayer + " but still shipped in " + layer;
            text.zh += later->deleted ? "，虽在层 " + std::to_string(later->layerIndex) + " 删除，仍随层 " +
                                            std::to_string(hit.layerIndex) + " 分发"
                                      : "，虽在层 " + std::to_string(later->layerIndex) + " 改写，仍随层 " +
                                            std::to_string(hit.layerIndex) + " 分发";
        } else {
            text.en += " (" + layer + ")";
            text.zh += "（层 " + std::to_string(hit.layerIndex) + "）";
        }
        ImageFinding finding = makeFinding(info, ctx, std::move(text), hit.evidence, hit.layerIndex, hit.path);
        if (severityOf) finding.finding.severity = severityOf(hit);
        if (isLikelyFixturePath(hit.path)) {
            finding.finding.severity = findings::Severity::Info;
            finding.finding.message.en += " (probably a test fixture or sample of a package)";
            finding.finding.message.zh += "（可能是软件包的测试夹具或示例）";
        }
        out.push_back(std::move(finding));
    }
}

std::string octalMode(std::uint32_t mode)
{
    std::string out(4, '0');
    for (int digit = 3; digit >= 0; --digit, mode >>= 3)
        out[static_cast<std::size_t>(digit)] = static_cast<char>('0' + (mode & 7));
    return out;
}

std::string listed(const std::vector<std::string>& items, std::size_t shown)
{
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < shown; ++i) {
        if (i) out += ", ";
        out += items[i];
    }
    if (items.size() > shown) out += " (and " + std::to_string(items.size() - shown) + " more)";
    return out;
}

HistoryStep parseHistoryStep(std::string_view createdBy)
{
    HistoryStep step;
    std::string_view text = util::trimmed(createdBy);
    if (text.ends_with("# buildkit")) text = util::trimmed(text.substr(0, text.size() - 10));
    if (text.starts_with("RUN ")) { // BuildKit
        step.instruction = "RUN";
        text = util::trimmed(text.substr(4));
        stripBuildArgs(text, step.buildArgs);
        stripShell(text);
        step.body = std::string(text);
        return step;
    }
    stripBuildArgs(text, step.buildArgs);
    if (stripShell(text)) {
        if (text.starts_with("#(nop)")) {
            text = util::trimmed(text.substr(6));
        } else {
            step.instruction = "RUN";
            step.body = std::string(text);
            return step;
        }
    } else if (!step.buildArgs.empty()) {
        step.instruction = "RUN"; // "|1 A=b make": a RUN in exec form
        step.body = std::string(text);
        return step;
    }
    const std::size_t space = std::min(text.find(' '), text.size());
    const std::string_view word = text.substr(0, space);
    if (isUpperWord(word)) {
        step.instruction = std::string(word);
        step.body = std::string(util::trimmed(text.substr(space)));
    } else {
        step.body = std::string(text);
    }
    return step;
}

std::optional<std::size_t> layerOfHistory(const Image& image, std::size_t historyIndex)
{
    const std::vector<HistoryEntry>& history = image.config.history;
    if (historyIndex >= history.size() || history[historyIndex].emptyLayer) return std::nullopt;
    std::size_t layer = 0;
    for (std::size_t i = 0; i < historyIndex; ++i)
        if (!history[i].emptyLayer) ++layer;
    if (layer >= image.layers.size()) return std::nullopt;
    return layer;
}

std::vector<std::string> commandSegments(std::string_view script)
{
    std::vector<std::string> segments;
    std::string current;
    char quote = 0;
    auto flush = [&] {
        const std::string_view segment = util::trimmed(current);
        if (!segment.empty()) segments.emplace_back(segment);
        current.clear();
    };
    for (std::size_t i = 0; i < script.size(); ++i) {
        const char c = script[i];
        if (quote) {
            if (c == quote) quote = 0;
            current += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            current += c;
        } else if (c == '\\' && i + 1 < script.size() && script[i + 1] == '\n') {
            ++i; // line continuation
            current += ' ';
        } else if (c == ';' || c == '\n' || c == '|' || (c == '&' && i + 1 < script.size() && script[i + 1] == '&')) {
            if (c == '&' || (c == '|' && i + 1 < script.size() && script[i + 1] == '|')) ++i;
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return segments;
}

std::vector<std::string> shellWords(std::string_view command)
{
    std::vector<std::string> words;
    std::string current;
    bool inWord = false;
    char quote = 0;
    for (char c : command) {
        if (quote) {
            if (c == quote)
                quote = 0;
            else
                current += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            inWord = true;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (inWord) words.push_back(std::move(current));
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inWord) words.push_back(std::move(current));
    return words;
}

SegmentCommand segmentCommand(std::string_view segment)
{
    SegmentCommand command;
    command.words = shellWords(segment);
    std::size_t i = 0;
    for (; i < command.words.size(); ++i) {
        const std::string& word = command.words[i];
        const bool assignment = word.find('=') != std::string::npos && !word.starts_with('-');
        const bool sudoOption = command.viaSudo && word.starts_with('-');
        if (word == "sudo")
            command.viaSudo = true;
        else if (!assignment && !sudoOption && word != "env" && word != "exec" && word != "command")
            break;
    }
    if (i >= command.words.size()) return command;
    const std::string& program = command.words[i];
    command.program = program.substr(program.rfind('/') == std::string::npos ? 0 : program.rfind('/') + 1);
    for (++i; i < command.words.size(); ++i) {
        const std::string& word = command.words[i];
        if (word.starts_with('-')) {
            if (word == "-o" || word == "-c" || word == "-t") ++i; // apt's options with a value
            continue;
        }
        command.action = word;
        break;
    }
    return command;
}

ImageFinding historyFinding(const findings::CheckInfo& info, const ImageCheckContext& ctx, findings::LocalizedText what,
                            std::size_t historyIndex, const std::string& stepBody)
{
    return makeFinding(info, ctx, std::move(what),
                       "history[" + std::to_string(historyIndex) +
                           "].created_by: " + secrets::redactAll(stepBody).substr(0, 200),
                       layerOfHistory(*ctx.image, historyIndex));
}

std::vector<RunStep> runSteps(const Image& image)
{
    std::vector<RunStep> steps;
    const std::vector<HistoryEntry>& history = image.config.history;
    for (std::size_t i = 0; i < history.size(); ++i) {
        HistoryStep step = parseHistoryStep(history[i].createdBy);
        if (step.instruction != "RUN") continue;
        RunStep run{i, std::move(step.body), {}};
        for (const std::string& segment : commandSegments(run.body))
            run.commands.push_back(segmentCommand(segment));
        steps.push_back(std::move(run));
    }
    return steps;
}

} // namespace dw::image::content_checks
