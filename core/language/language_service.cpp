#include "language/language_service.h"

#include "language/instruction_docs.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace dw::language {
namespace {

bool isNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (prefix.size() > text.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(text[i])) != std::toupper(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

/// The instruction whose range holds `offset` (its end included, for the caret at the end of a line).
const df::Instruction* instructionAt(const df::Dockerfile& file, std::size_t offset)
{
    for (const df::Instruction& instruction : file.instructions)
        if (instruction.range.start.offset <= offset && offset <= instruction.range.end.offset) return &instruction;
    return nullptr;
}

/// [start, end) of the stage name in a stage reference as written.
std::pair<std::size_t, std::size_t> referenceName(const df::Dockerfile& file, const df::StageReference& reference)
{
    const std::size_t start = reference.range.start.offset, end = reference.range.end.offset;
    const std::string_view text = std::string_view(file.source).substr(start, end - start);
    if (reference.kind == df::StageReference::Kind::From) return {start, end};
    const std::size_t key = reference.kind == df::StageReference::Kind::CopyFrom ? text.find('=') : text.find("from=");
    if (key == std::string_view::npos) return {start, end};
    const std::size_t valueStart = key + (reference.kind == df::StageReference::Kind::CopyFrom ? 1 : 5);
    std::size_t valueEnd = text.find(',', valueStart);
    if (valueEnd == std::string_view::npos) valueEnd = text.size();
    return {start + valueStart, start + valueEnd};
}

struct VariableUse {
    std::string name;
    std::size_t start = 0; ///< the name, without `$` or `${`
    std::size_t end = 0;
};

std::vector<VariableUse> variableUses(const df::Dockerfile& file)
{
    std::vector<VariableUse> uses;
    const std::string& source = file.source;
    for (const df::Instruction& instruction : file.instructions) {
        for (std::size_t i = instruction.range.start.offset; i < instruction.range.end.offset && i < source.size(); ++i) {
            if (source[i] != '$' || (i > 0 && source[i - 1] == '\\')) continue;
            std::size_t start = i + 1;
            if (start < source.size() && source[start] == '{') ++start;
            std::size_t end = start;
            while (end < source.size() && isNameChar(source[end])) ++end;
            if (end > start && !std::isdigit(static_cast<unsigned char>(source[start])))
                uses.push_back({source.substr(start, end - start), start, end});
            i = end > i ? end - 1 : i;
        }
    }
    return uses;
}

struct VariableDefinition {
    std::string name;
    std::size_t start = 0;
    std::size_t end = 0;
};

std::vector<VariableDefinition> variableDefinitions(const df::Dockerfile& file)
{
    std::vector<VariableDefinition> definitions;
    for (const df::Instruction& instruction : file.instructions) {
        if (instruction.keyword != df::Keyword::Arg && instruction.keyword != df::Keyword::Env) continue;
        for (const df::KeyValue& pair : instruction.pairs)
            definitions.push_back({pair.key.value, pair.key.range.start.offset, pair.key.range.end.offset});
    }
    return definitions;
}

void addFlagCompletions(const df::Dockerfile& file, std::string_view keyword, std::string_view prefix,
                        std::size_t wordStart, std::size_t offset, Completions& out)
{
    const std::size_t equals = prefix.find('=');
    if (equals == std::string_view::npos) {
        out.replaceFrom = wordStart;
        if (const InstructionDoc* doc = findInstructionDoc(keyword))
            for (const FlagDoc& flag : doc->flags)
                if (flag.name.starts_with(prefix)) {
                    const bool bare = flag.name == "--link" || flag.name == "--parents" || flag.name == "--keep-git-dir";
                    out.items.push_back({std::string(flag.name) + (bare ? "" : "="), CompletionKind::Flag, flag.text});
                }
        return;
    }
    const std::string_view name = prefix.substr(0, equals);
    const std::string_view value = prefix.substr(equals + 1);
    out.replaceFrom = wordStart + equals + 1;
    auto offer = [&](std::initializer_list<std::string_view> values) {
        for (std::string_view v : values)
            if (v.starts_with(value)) out.items.push_back({std::string(v), CompletionKind::FlagValue, {}});
    };
    if (name == "--from" || (name == "--mount" && value.find("from=") != std::string_view::npos)) {
        if (name == "--mount") {
            const std::size_t from = value.rfind("from=");
            out.replaceFrom = wordStart + equals + 1 + from + 5;
        }
        const std::string_view typed = std::string_view(file.source).substr(out.replaceFrom, offset - out.replaceFrom);
        const int current = stageAt(file, offset);
        for (const df::Stage& stage : file.stages) {
            if (current >= 0 && stage.index >= current) break;
            const std::string label = stage.nameWord.value.empty() ? std::to_string(stage.index) : stage.nameWord.value;
            if (label.starts_with(typed))
                out.items.push_back({label, CompletionKind::Stage, {"Stage " + std::to_string(stage.index) + ": " + stage.image.value,
                                                                    "阶段 " + std::to_string(stage.index) + "：" + stage.image.value}});
        }
    } else if (name == "--mount") {
        offer({"type=cache,target=", "type=secret,id=", "type=ssh", "type=bind,source=,target=", "type=tmpfs,target="});
    } else if (name == "--network") {
        offer({"default", "none", "host"});
    } else if (name == "--security") {
        offer({"sandbox", "insecure"});
    } else if (name == "--platform") {
        offer({"$BUILDPLATFORM", "$TARGETPLATFORM", "linux/amd64", "linux/arm64"});
    }
}

void addVariableCompletions(const df::Dockerfile& file, std::string_view typed, std::size_t offset, Completions& out)
{
    static const char* const predefined[] = {"BUILDPLATFORM", "BUILDOS", "BUILDARCH", "TARGETPLATFORM", "TARGETOS",
                                             "TARGETARCH", "TARGETVARIANT", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY"};
    std::set<std::string> names;
    for (const VariableDefinition& definition : variableDefinitions(file))
        if (definition.end <= offset) names.insert(definition.name);
    for (const char* name : predefined) names.insert(name);
    for (const std::string& name : names)
        if (name.starts_with(typed)) out.items.push_back({name, CompletionKind::Variable, {}});
}

} // namespace

std::vector<OutlineEntry> outline(const df::Dockerfile& file)
{
    std::vector<OutlineEntry> entries;
    for (const df::Stage& stage : file.stages) {
        if (stage.fromIndex >= file.instructions.size()) continue;
        const std::size_t last = std::max(stage.fromIndex, std::min(stage.endIndex, file.instructions.size()) - 1);
        entries.push_back({stage.index, stage.nameWord.value, stage.image.value,
                           {file.instructions[stage.fromIndex].range.start, file.instructions[last].range.end}});
    }
    return entries;
}

int stageAt(const df::Dockerfile& file, std::size_t offset)
{
    int found = -1;
    for (const df::Stage& stage : file.stages)
        if (stage.fromIndex < file.instructions.size() && file.instructions[stage.fromIndex].range.start.offset <= offset)
            found = stage.index;
    return found;
}

Completions complete(const df::Dockerfile& file, std::size_t offset)
{
    Completions out;
    const std::string& source = file.source;
    offset = std::min(offset, source.size());
    std::size_t wordStart = offset;
    while (wordStart > 0 && !std::isspace(static_cast<unsigned char>(source[wordStart - 1]))) --wordStart;
    const std::string_view prefix = std::string_view(source).substr(wordStart, offset - wordStart);
    out.replaceFrom = wordStart;

    std::size_t lineStart = source.rfind('\n', offset == 0 ? 0 : offset - 1);
    lineStart = lineStart == std::string::npos || offset == 0 ? 0 : lineStart + 1;
    const std::string_view beforeOnLine = std::string_view(source).substr(lineStart, offset - lineStart);
    const bool firstWordOfLine = beforeOnLine.find_first_not_of(" \t") == wordStart - lineStart ||
                                 beforeOnLine.find_first_not_of(" \t") == std::string_view::npos;
    const df::Instruction* instruction = instructionAt(file, offset);
    const bool continuation = instruction && instruction->range.start.offset < lineStart;

    if (const std::size_t dollar = prefix.rfind('$'); dollar != std::string_view::npos) {
        std::size_t nameStart = dollar + 1;
        if (nameStart < prefix.size() && prefix[nameStart] == '{') ++nameStart;
        out.replaceFrom = wordStart + nameStart;
        addVariableCompletions(file, prefix.substr(nameStart), offset, out);
        return out;
    }
    if (firstWordOfLine && !continuation && prefix.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == std::string_view::npos) {
        for (const InstructionDoc& doc : instructionDocs())
            if (startsWithNoCase(doc.keyword, prefix)) out.items.push_back({std::string(doc.keyword), CompletionKind::Instruction, doc.text});
        return out;
    }
    std::string keyword;
    if (instruction) keyword = instruction->name();
    else {
        const std::size_t first = beforeOnLine.find_first_not_of(" \t");
        if (first != std::string_view::npos) {
            std::size_t end = first;
            while (end < beforeOnLine.size() && !std::isspace(static_cast<unsigned char>(beforeOnLine[end]))) ++end;
            keyword = std::string(beforeOnLine.substr(first, end - first));
        }
    }
    std::transform(keyword.begin(), keyword.end(), keyword.begin(), [](unsigned char c) { return std::toupper(c); });
    if (prefix.starts_with("--")) {
        addFlagCompletions(file, keyword, prefix, wordStart, offset, out);
        return out;
    }
    if (keyword == "FROM") { // a base image may be an earlier stage
        const int current = stageAt(file, offset);
        for (const df::Stage& stage : file.stages) {
            if (current >= 0 && stage.index >= current) break;
            if (!stage.nameWord.value.empty() && stage.nameWord.value.starts_with(prefix))
                out.items.push_back({stage.nameWord.value, CompletionKind::Stage, {}});
        }
    }
    return out;
}

std::optional<Symbol> symbolAt(const df::Dockerfile& file, std::size_t offset)
{
    auto holds = [offset](std::size_t start, std::size_t end) { return start <= offset && offset <= end; };
    for (const df::Stage& stage : file.stages) {
        if (stage.nameWord.value.empty()) continue;
        Symbol symbol{SymbolKind::Stage, stage.nameWord.value, stage.nameWord.range.start.offset,
                      stage.nameWord.range.end.offset, {}};
        symbol.occurrences.emplace_back(symbol.definitionOffset, symbol.definitionEnd);
        for (const df::StageReference& reference : file.stageReferences)
            if (reference.stage == stage.index) symbol.occurrences.push_back(referenceName(file, reference));
        for (const auto& [start, end] : symbol.occurrences)
            if (holds(start, end)) return symbol;
    }
    const std::vector<VariableDefinition> definitions = variableDefinitions(file);
    const std::vector<VariableUse> uses = variableUses(file);
    std::string name;
    for (const VariableDefinition& definition : definitions)
        if (holds(definition.start, definition.end)) name = definition.name;
    for (const VariableUse& use : uses)
        if (name.empty() && holds(use.start, use.end)) name = use.name;
    if (name.empty()) return std::nullopt;
    Symbol symbol{SymbolKind::Variable, name, 0, 0, {}};
    bool defined = false;
    for (const VariableDefinition& definition : definitions)
        if (definition.name == name) {
            if (!defined) symbol.definitionOffset = definition.start, symbol.definitionEnd = definition.end;
            defined = true;
            symbol.occurrences.emplace_back(definition.start, definition.end);
        }
    if (!defined) return std::nullopt; // a shell variable of a RUN script, not the Dockerfile's
    for (const VariableUse& use : uses)
        if (use.name == name) symbol.occurrences.emplace_back(use.start, use.end);
    std::sort(symbol.occurrences.begin(), symbol.occurrences.end());
    return symbol;
}

std::vector<Replacement> rename(const df::Dockerfile& file, std::size_t offset, const std::string& newName,
                                std::string& error)
{
    const std::optional<Symbol> symbol = symbolAt(file, offset);
    if (!symbol) {
        error = "no stage or build variable to rename here";
        return {};
    }
    const bool valid =
        !newName.empty() &&
        (symbol->kind == SymbolKind::Stage
             ? std::isalpha(static_cast<unsigned char>(newName[0])) &&
                   std::all_of(newName.begin(), newName.end(), [](char c) { return isNameChar(c) || c == '-' || c == '.'; })
             : !std::isdigit(static_cast<unsigned char>(newName[0])) && std::all_of(newName.begin(), newName.end(), isNameChar));
    if (!valid) {
        error = symbol->kind == SymbolKind::Stage ? "a stage name starts with a letter and has letters, digits, '-', '_' or '.'"
                                                  : "a variable name has letters, digits and '_' and does not start with a digit";
        return {};
    }
    std::vector<Replacement> edits;
    for (const auto& [start, end] : symbol->occurrences) edits.push_back({start, end, newName});
    std::sort(edits.begin(), edits.end(), [](const Replacement& a, const Replacement& b) { return a.offset < b.offset; });
    edits.erase(std::unique(edits.begin(), edits.end(),
                            [](const Replacement& a, const Replacement& b) { return a.offset == b.offset; }),
                edits.end());
    return edits;
}

} // namespace dw::language
