#include "lint/support_buildkit.h"

#include "lint/rule_support.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace dw::lint::buildkit {
namespace {

constexpr std::string_view kDefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

void remember(std::vector<std::string>& names, std::string_view name)
{
    if (std::find(names.begin(), names.end(), name) == names.end()) names.emplace_back(name);
}

std::size_t levenshtein(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::vector<std::string> splitFields(std::string_view text, char separator)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        std::size_t at = text.find(separator, start);
        out.emplace_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) return out;
        start = at + 1;
    }
}

std::string goQuote(std::string_view text)
{
    std::string out = "\"";
    for (unsigned char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\a': out += "\\a"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\v': out += "\\v"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
                out += buffer;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "\"";
}

std::string suggest(std::string_view value, const std::vector<std::string>& options, bool caseSensitive)
{
    std::string wanted = caseSensitive ? std::string(value) : support::toLower(value);
    std::string match;
    std::size_t best = 3;
    for (const auto& option : options) {
        std::string candidate = caseSensitive ? option : support::toLower(option);
        if (candidate == wanted) return "";
        std::size_t distance = levenshtein(wanted, candidate);
        if (distance < best) {
            best = distance;
            match = caseSensitive ? option : candidate;
        }
    }
    return match;
}

void Env::set(const std::string& key, const std::string& value)
{
    maxValueSize_ = std::max(maxValueSize_, value.size());
    Entry& entry = vars_[key];
    entry.value = value; // in place: reuses the old value's buffer
    entry.order = nextOrder_++;
}

bool mayExpandPastLimit(std::string_view word, const Env& env)
{
    std::size_t dollars = 0;
    for (std::size_t at = word.find('$'); at != std::string_view::npos; at = word.find('$', at + 1)) {
        ++dollars;
        if (at + 1 >= word.size() || word[at + 1] != '{') continue;
        std::size_t nameEnd = at + 2;
        while (nameEnd < word.size() && (std::isalnum(static_cast<unsigned char>(word[nameEnd])) || word[nameEnd] == '_'))
            ++nameEnd;
        if (nameEnd < word.size() && word[nameEnd] == '/') return true;
    }
    if (dollars == 0) return word.size() > df::kMaxExpansionBytes;
    return word.size() + dollars * env.maxValueSize() > df::kMaxExpansionBytes;
}

Env Env::layeredOn(const Env& defaults)
{
    if (defaults.base_) return defaults; // one layer only
    Env env;
    env.base_ = &defaults;
    env.nextOrder_ = defaults.nextOrder_;
    env.maxValueSize_ = defaults.maxValueSize_;
    return env;
}

const Env::Entry* Env::find(std::string_view key) const
{
    if (auto it = vars_.find(key); it != vars_.end()) return &it->second;
    if (!base_) return nullptr;
    auto it = base_->vars_.find(key);
    return it == base_->vars_.end() ? nullptr : &it->second;
}

bool Env::has(std::string_view key) const { return find(key) != nullptr; }

std::optional<std::string> Env::get(std::string_view key) const
{
    const Entry* entry = find(key);
    if (!entry) return std::nullopt;
    return entry->value;
}

std::vector<std::string> Env::keys() const
{
    std::vector<std::pair<std::uint64_t, std::string>> ordered;
    for (const auto& [key, entry] : vars_) ordered.emplace_back(entry.order, key);
    if (base_)
        for (const auto& [key, entry] : base_->vars_)
            if (vars_.find(key) == vars_.end()) ordered.emplace_back(entry.order, key);
    std::sort(ordered.begin(), ordered.end());
    std::vector<std::string> out;
    for (auto& entry : ordered) out.push_back(std::move(entry.second));
    return out;
}

WordMatch processWord(std::string_view word, const Env& env, char32_t escape, bool rawQuotes)
{
    WordMatch match;
    // Most words have nothing to expand or unquote: skip the lexer for them.
    const char escapeChar = static_cast<char>(escape);
    if (std::none_of(word.begin(), word.end(),
                     [escapeChar](char c) { return c == '$' || c == '\'' || c == '"' || c == escapeChar; })) {
        match.result = std::string(word);
        return match;
    }
    df::VariableLookup lookup = [&](std::string_view name) { return env.get(name); };
    df::LexOptions options;
    options.escape = escape;
    options.rawQuotes = rawQuotes;
    df::Expansion expansion = df::expandWord(word, lookup, options);
    match.result = std::move(expansion.value);
    for (const auto& name : expansion.used)
        if (env.has(name)) match.matched.push_back(name);
    match.unmatched = std::move(expansion.undefined);
    match.used = std::move(expansion.used);
    match.ok = expansion.ok;
    match.truncated = expansion.truncated;
    return match;
}

namespace {

/// The platform ARGs BuildKit defines before the first line, in its order; TARGETSTAGE follows them.
constexpr std::pair<const char*, const char*> kPlatformArgs[] = {
    {"BUILDPLATFORM", "linux/amd64"}, {"BUILDOS", "linux"},   {"BUILDOSVERSION", ""}, {"BUILDARCH", "amd64"},
    {"BUILDVARIANT", ""},            {"TARGETPLATFORM", "linux/amd64"}, {"TARGETOS", "linux"},
    {"TARGETOSVERSION", ""},         {"TARGETARCH", "amd64"}, {"TARGETVARIANT", ""},
};

/// kPlatformArgs with their default values, built once: every lint's global scope is layered on it. Never
/// destroyed, so that a scope still in use on a worker thread while the program's statics are torn down stays valid.
const Env& defaultPlatformArgs()
{
    static const Env* const env = [] {
        auto* defaults = new Env;
        for (const auto& [key, value] : kPlatformArgs) defaults->set(key, value);
        return defaults;
    }();
    return *env;
}

} // namespace

GlobalArgs globalArgs(const df::Dockerfile& file, const std::map<std::string, std::string>& buildArgs, bool withBuildArgs)
{
    GlobalArgs globals;
    const std::string target = file.stages.empty() ? std::string() : file.stages.back().name;
    const auto given = [&](const char* key) { return buildArgs.find(key) != buildArgs.end(); };
    if (std::none_of(std::begin(kPlatformArgs), std::end(kPlatformArgs), [&](const auto& arg) { return given(arg.first); })) {
        globals.values = Env::layeredOn(defaultPlatformArgs());
    } else {
        for (const auto& [key, value] : kPlatformArgs) {
            auto it = buildArgs.find(key);
            globals.values.set(key, it != buildArgs.end() ? it->second : std::string(value));
        }
    }
    auto stage = buildArgs.find("TARGETSTAGE");
    globals.values.set("TARGETSTAGE", stage != buildArgs.end() ? stage->second : target);
    for (const auto& instruction : file.instructions) {
        if (instruction.stage >= 0) break;
        if (instruction.keyword != df::Keyword::Arg) continue;
        for (const auto& pair : instruction.pairs) {
            const std::string& key = pair.key.value;
            remember(globals.declared, key);
            std::optional<std::string> value;
            if (auto it = buildArgs.find(key); withBuildArgs && it != buildArgs.end()) {
                value = it->second;
            } else if (pair.value) {
                WordMatch match = processWord(pair.value->value, globals.values, file.escape);
                if (!match.ok) {
                    globals.ok = false;
                    return globals;
                }
                if (match.truncated) globals.truncated.push_back(&pair);
                value = match.result;
            }
            if (value) globals.values.set(key, *value);
        }
    }
    return globals;
}

std::vector<int> stageBases(const df::Dockerfile& file, const GlobalArgs& globals)
{
    std::vector<int> bases(file.stages.size(), -1);
    for (const auto& stage : file.stages) {
        std::string base = processWord(stage.image.value, globals.values, file.escape).result;
        for (int i = 0; i < stage.index; ++i)
            if (!file.stages[i].name.empty() && file.stages[i].name == base) bases[stage.index] = i;
    }
    return bases;
}

// Eight checks walk the stages; the walk's own expansions (ENV values, ARG defaults, the global scope and the
// stage bases) are the same every time, so the first walk records them and the others replay them.
struct DispatchRecord {
    struct Assignment {
        std::string key;
        std::optional<std::string> value;
        std::optional<WordMatch> defaultMatch; ///< an ARG default that was expanded (hooks.argDefault sees it)
    };
    GlobalArgs globals;
    std::vector<int> bases;
    std::vector<std::vector<Assignment>> byInstruction; ///< ENV and ARG instructions, by index
    bool walked = false; ///< byInstruction is complete
};

namespace {

std::vector<DispatchRecord::Assignment> envAssignments(const df::Instruction& instruction, const StageState& state,
                                                       char32_t escape)
{
    std::vector<DispatchRecord::Assignment> out;
    for (const auto& pair : instruction.pairs)
        out.push_back({processWord(pair.key.value, state.env, escape).result,
                       pair.value ? processWord(pair.value->value, state.env, escape).result : "", std::nullopt});
    return out;
}

DispatchRecord::Assignment argAssignment(const LintContext& ctx, const DispatchRecord& record,
                                         const df::KeyValue& pair, const StageState& state)
{
    DispatchRecord::Assignment out{pair.key.value, std::nullopt, std::nullopt};
    if (auto it = ctx.buildArgs().find(out.key); it != ctx.buildArgs().end()) {
        out.value = it->second;
    } else if (pair.value) {
        out.defaultMatch = processWord(pair.value->value, state.env, ctx.file().escape);
        out.value = out.defaultMatch->result;
    } else {
        out.value = record.globals.values.get(out.key);
    }
    return out;
}

DispatchRecord& recordOf(const LintContext& ctx)
{
    std::shared_ptr<DispatchRecord>& slot = ctx.dispatchRecord();
    if (!slot) {
        const df::Dockerfile& file = ctx.file();
        slot = std::make_shared<DispatchRecord>();
        slot->globals = globalArgs(file, ctx.buildArgs(), true);
        slot->bases = stageBases(file, slot->globals);
        slot->byInstruction.resize(file.instructions.size());
    }
    return *slot;
}

} // namespace

void dispatchStages(const LintContext& ctx, const DispatchHooks& hooks) { dispatchStages(ctx, {&hooks}); }

void dispatchStages(const LintContext& ctx, const std::vector<const DispatchHooks*>& all)
{
    const df::Dockerfile& file = ctx.file();
    DispatchRecord& record = recordOf(ctx);
    const bool recording = !record.walked;
    std::vector<const DispatchHooks*> hookSets;
    for (const DispatchHooks* hooks : all)
        if (hooks->before || hooks->argDefault) hookSets.push_back(hooks);
    if (hookSets.empty() && !recording) return;
    const auto wanted = [](const DispatchHooks& hooks, df::Keyword keyword) {
        return hooks.only.empty() || std::find(hooks.only.begin(), hooks.only.end(), keyword) != hooks.only.end() ||
               (keyword == df::Keyword::Arg && hooks.argDefault);
    };
    // Past the last instruction any hook wants, the walk only updates state nobody reads (once recorded).
    std::size_t end = recording ? file.instructions.size() : 0;
    for (const DispatchHooks* hooks : hookSets) {
        if (hooks->only.empty()) end = file.instructions.size();
        for (std::size_t i = end; i < file.instructions.size(); ++i)
            if (wanted(*hooks, file.instructions[i].keyword)) end = i + 1;
    }
    std::vector<StageState> finalStates(file.stages.size());
    for (const auto& stage : file.stages) {
        StageState state;
        if (record.bases[stage.index] >= 0) state = finalStates[record.bases[stage.index]];
        else state.env.set("PATH", std::string(kDefaultPath));
        if (stage.fromIndex >= end) break;
        for (std::size_t i = stage.fromIndex + 1; i < stage.endIndex && i < end; ++i) {
            const df::Instruction& instruction = file.instructions[i];
            std::vector<DispatchRecord::Assignment>& assignments = record.byInstruction[i];
            for (const DispatchHooks* hooks : hookSets)
                if (hooks->before && wanted(*hooks, instruction.keyword)) hooks->before(instruction, state);
            switch (instruction.keyword) {
            case df::Keyword::Env:
                if (recording) assignments = envAssignments(instruction, state, file.escape);
                for (const auto& assignment : assignments) state.env.set(assignment.key, *assignment.value);
                break;
            case df::Keyword::Arg:
                for (std::size_t p = 0; p < instruction.pairs.size(); ++p) {
                    const df::KeyValue& pair = instruction.pairs[p];
                    if (recording) assignments.push_back(argAssignment(ctx, record, pair, state));
                    const DispatchRecord::Assignment& assignment = assignments[p];
                    if (assignment.defaultMatch)
                        for (const DispatchHooks* hooks : hookSets)
                            if (hooks->argDefault) hooks->argDefault(instruction, pair, *assignment.defaultMatch, state);
                    if (assignment.value && assignment.key != "BUILDKIT_SBOM_SCAN_CONTEXT" &&
                        assignment.key != "BUILDKIT_SBOM_SCAN_STAGE")
                        state.env.set(assignment.key, *assignment.value);
                    state.args.push_back(assignment.key);
                }
                break;
            case df::Keyword::Shell: state.shellSet = true; break;
            case df::Keyword::Workdir: state.workdirSet = true; break;
            default: break;
            }
        }
        finalStates[stage.index] = std::move(state);
    }
    record.walked = true;
}

void DispatchRule::check(const LintContext& ctx, std::vector<Finding>& out) const
{
    DispatchHooks hooks;
    prepare(ctx, out, hooks);
    dispatchStages(ctx, hooks);
    finish(ctx, out);
}

const GlobalArgs& dispatchedGlobals(const LintContext& ctx) { return recordOf(ctx).globals; }

std::vector<const df::Word*> copySources(const df::Instruction& instruction)
{
    std::vector<const df::Word*> out;
    if (instruction.args.size() < 2) return out;
    for (std::size_t i = 0; i + 1 < instruction.args.size(); ++i) {
        const df::Word& word = instruction.args[i];
        if (!instruction.heredocs.empty() && support::startsWith(word.value, "<<")) continue;
        out.push_back(&word);
    }
    return out;
}

std::vector<ExposedPort> exposedPorts(const df::Instruction& expose, const Env& env, char32_t escape)
{
    std::vector<ExposedPort> out;
    df::VariableLookup lookup = [&](std::string_view name) { return env.get(name); };
    df::LexOptions options;
    options.escape = escape;
    for (const auto& word : expose.args) {
        for (auto& spec : df::expandWords(word.value, lookup, options)) {
            ExposedPort port;
            port.word = &word;
            std::vector<std::string> parts = splitFields(spec, ':');
            std::string container = parts.back();
            if (parts.size() >= 2) port.hostPort = parts[parts.size() - 2];
            for (std::size_t i = 0; i + 2 < parts.size(); ++i) port.ip += (i ? ":" : "") + parts[i];
            auto slash = container.find('/');
            port.port = container.substr(0, slash);
            if (slash != std::string::npos) port.proto = container.substr(slash + 1);
            const std::string proto = support::toLower(port.proto);
            if (port.port.empty() || (proto != "" && proto != "tcp" && proto != "udp" && proto != "sctp")) continue;
            port.spec = std::move(spec);
            out.push_back(std::move(port));
        }
    }
    return out;
}

std::string_view sourceText(const df::Dockerfile& file, const df::Range& range)
{
    if (range.end.offset < range.start.offset || range.end.offset > file.source.size()) return {};
    return std::string_view(file.source).substr(range.start.offset, range.end.offset - range.start.offset);
}

int lastLine(const df::Instruction& instruction)
{
    int line = instruction.keywordWord.range.end.line;
    for (const auto& flag : instruction.flags) line = std::max(line, flag.range.end.line);
    for (const auto& arg : instruction.args) line = std::max(line, arg.range.end.line);
    if (!instruction.argText.empty()) line = std::max(line, instruction.argRange.end.line);
    if (instruction.heredocs.empty()) line = std::max(line, instruction.range.end.line);
    return line;
}

std::vector<std::string> descriptionComments(const df::Dockerfile& file, const df::Instruction& instruction)
{
    std::vector<std::string> comments = instruction.comments;
    // Parser directives can only stand at the very top of the file, before any other comment, so the block is
    // made of directives only if its last comment line is a directive.
    const df::Comment* last = nullptr;
    for (const auto& comment : file.comments)
        if (comment.range.start.line < instruction.line()) last = &comment;
    if (last)
        for (const auto& directive : file.directives)
            if (directive.range.start.line == last->range.start.line) return {};
    return comments;
}

std::vector<StagePlatform> stagePlatforms(const LintContext& ctx)
{
    const df::Dockerfile& file = ctx.file();
    std::vector<StagePlatform> platforms;
    if (std::none_of(file.stages.begin(), file.stages.end(), [](const df::Stage& stage) { return stage.platform.has_value(); }))
        return platforms; // the global ARGs are worked out only for files that need them
    const GlobalArgs& globals = dispatchedGlobals(ctx);
    for (const df::Stage& stage : file.stages) {
        if (!stage.platform) continue;
        StagePlatform platform;
        platform.stage = &stage;
        platform.from = &file.instructions[stage.fromIndex];
        platform.flag = platform.from->flag("platform");
        platform.match = processWord(stage.platform->value, globals.values, file.escape);
        platform.range = reportRange(*platform.from, platform.flag ? platform.flag->range : stage.platform->range);
        platforms.push_back(std::move(platform));
    }
    return platforms;
}

df::Range reportRange(const df::Instruction& instruction, const df::Range& precise)
{
    return precise.start.line == instruction.line() && precise.end.offset >= precise.start.offset ? precise
                                                                                                 : instruction.range;
}

df::Range lineRange(const df::Dockerfile& file, int line)
{
    if (line < 1 || line > file.lineCount()) return {};
    std::size_t start = file.lineStarts[static_cast<std::size_t>(line - 1)];
    return {file.positionAt(start), file.positionAt(start + file.lineText(line).size())};
}

bool isAllLower(std::string_view text)
{
    return std::none_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}
bool isAllUpper(std::string_view text)
{
    return std::none_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string toUpper(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; });
    return out;
}

} // namespace dw::lint::buildkit
