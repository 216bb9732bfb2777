#include "lint/rule_support.h"

#include "util/text.h"

#include <algorithm>

namespace dw::lint::support {

ImageRef parseImageRef(std::string_view reference)
{
    ImageRef ref;
    std::string_view rest = reference;
    if (auto at = rest.find('@'); at != std::string_view::npos) {
        ref.digest = std::string(rest.substr(at + 1));
        rest = rest.substr(0, at);
    }
    auto slash = rest.find('/');
    if (slash != std::string_view::npos) {
        std::string_view first = rest.substr(0, slash);
        if (first.find('.') != std::string_view::npos || first.find(':') != std::string_view::npos || first == "localhost") {
            ref.registry = std::string(first);
            rest = rest.substr(slash + 1);
        }
    }
    auto colon = rest.rfind(':');
    if (colon != std::string_view::npos && rest.find('/', colon) == std::string_view::npos) {
        ref.tag = std::string(rest.substr(colon + 1));
        rest = rest.substr(0, colon);
    }
    ref.path = std::string(rest);
    return ref;
}

bool hasVariable(std::string_view text) { return text.find('$') != std::string_view::npos; }

std::string toLower(std::string_view text) { return util::asciiLower(text); }


TextEdit replaceEdit(const df::Range& range, std::string text) { return TextEdit{range, std::move(text)}; }
TextEdit insertEdit(const df::Position& position, std::string text) { return TextEdit{{position, position}, std::move(text)}; }

Fix makeFix(std::string titleEn, std::string titleZh, std::vector<TextEdit> edits)
{
    return Fix{{std::move(titleEn), std::move(titleZh)}, std::move(edits)};
}

bool inFinalStage(const LintContext& ctx, const df::Instruction& instruction)
{
    const auto& stages = ctx.file().stages;
    return !stages.empty() && instruction.stage == static_cast<int>(stages.size()) - 1;
}

std::vector<bool> stagesInFinalImage(const df::Dockerfile& file)
{
    std::vector<bool> used(file.stages.size(), false);
    for (int stage = static_cast<int>(file.stages.size()) - 1; stage >= 0 && !used[stage];) {
        used[stage] = true;
        stage = file.stages[stage].baseStage;
    }
    return used;
}

std::string unquote(std::string_view value)
{
    // Most values have neither quotes nor backslashes: copied whole. Otherwise the bytes between two special ones
    // are copied as runs: what counts as special depends on the quote that is open.
    const auto special = [](char c) { return c == '"' || c == '\'' || c == '\\'; };
    std::size_t at = static_cast<std::size_t>(std::find_if(value.begin(), value.end(), special) - value.begin());
    if (at == value.size()) return std::string(value);
    std::string out(value.substr(0, at));
    out.reserve(value.size());
    char quote = 0;
    while (at < value.size()) {
        const char c = value[at];
        if (quote && c == quote) {
            quote = 0;
            ++at;
        } else if (!quote && (c == '"' || c == '\'')) {
            quote = c;
            ++at;
        } else if (c == '\\' && quote != '\'' && at + 1 < value.size()) {
            out += value[at + 1];
            at += 2;
        } else {
            // A single quote ends the run unless inside double quotes; a double quote or backslash unless inside
            // single quotes. The byte at `at` is literal here whatever it is.
            const auto endsRun = [quote](char next) {
                return next == '\'' ? quote != '"' : (next == '"' || next == '\\') && quote != '\'';
            };
            std::size_t end = at + 1;
            while (end < value.size() && !endsRun(value[end])) ++end;
            out.append(value, at, end - at);
            at = end;
        }
    }
    return out;
}

} // namespace dw::lint::support
