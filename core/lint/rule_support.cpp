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
    // Most values have neither quotes nor backslashes: copied whole; otherwise the plain start is.
    const auto special =
        std::find_if(value.begin(), value.end(), [](char c) { return c == '"' || c == '\'' || c == '\\'; });
    if (special == value.end()) return std::string(value);
    const auto first = static_cast<std::size_t>(special - value.begin());
    std::string out(value.substr(0, first));
    out.reserve(value.size());
    char quote = 0;
    for (std::size_t i = first; i < value.size(); ++i) {
        char c = value[i];
        if (quote) {
            if (c == quote) quote = 0;
            else if (c == '\\' && quote == '"' && i + 1 < value.size()) out += value[++i];
            else out += c;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '\\' && i + 1 < value.size()) {
            out += value[++i];
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace dw::lint::support
