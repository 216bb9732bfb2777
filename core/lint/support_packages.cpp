#include "lint/support_packages.h"

#include "lint/support_instructions.h"
#include "util/text.h"

#include <algorithm>

namespace dw::lint::packages {
namespace {

bool contains(const std::vector<std::string_view>& list, std::string_view name)
{
    return std::find(list.begin(), list.end(), name) != list.end();
}

bool isOptionLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// pip, pip3, pip3.12, pipx, pipenv; not pip-compile or pipdeptree.
bool isPipProgram(std::string_view name)
{
    if (name == "pipx" || name == "pipenv") return true;
    if (!support::startsWith(name, "pip")) return false;
    return name.substr(3).find_first_not_of("0123456789.") == std::string_view::npos;
}

} // namespace

bool ParsedArgs::has(std::string_view name) const
{
    return std::any_of(options.begin(), options.end(), [name](const Option& option) { return option.name == name; });
}

bool ParsedArgs::hasAny(std::initializer_list<std::string_view> names) const
{
    return std::any_of(names.begin(), names.end(), [this](std::string_view name) { return has(name); });
}

std::optional<std::string> ParsedArgs::value(std::string_view name) const
{
    for (const Option& option : options)
        if (option.name == name && option.value) return option.value;
    return std::nullopt;
}

const sh::Word* ParsedArgs::subcommand() const { return operands.empty() ? nullptr : operands.front(); }

std::vector<const sh::Word*> ParsedArgs::operandsAfter(std::string_view subcommand) const
{
    auto it = std::find_if(operands.begin(), operands.end(),
                           [subcommand](const sh::Word* word) { return word->text == subcommand; });
    while (it != operands.end() && (*it)->text == subcommand) ++it;
    return {it, operands.end()};
}

namespace {

/// Reads the words from `from` on as parseArgs() does, without building anything: `onOption(name, value, word,
/// ofPrevious)` for each option (a short cluster gives one call per letter; `value` is empty when there is none;
/// `ofPrevious` marks the `=2` of `-q=2`, the value of the letter before) and `onOperand(word)` for each operand,
/// either returning false to stop. Returns the index of a bare `--`, or words.size() when there is none or a
/// callback stopped the walk.
template <typename OnOption, typename OnOperand>
std::size_t walkArgs(const std::vector<sh::Word>& words, const OptionSpec& spec, std::size_t from, OnOption&& onOption,
                     OnOperand&& onOperand)
{
    const auto hasShortValue = [&spec](char c) {
        return std::find(spec.shortWithValue.begin(), spec.shortWithValue.end(), c) != spec.shortWithValue.end();
    };
    for (std::size_t i = from; i < words.size(); ++i) {
        const sh::Word& word = words[i];
        const std::string_view text = word.text;
        if (text == "--") return i;
        if (text.size() < 2 || text.front() != '-') {
            if (!onOperand(word)) return words.size();
            continue;
        }
        if (text[1] == '-') {
            const std::string_view body = text.substr(2);
            const std::size_t eq = body.find('=');
            const std::string_view name = body.substr(0, eq);
            std::optional<std::string_view> value;
            if (eq != std::string_view::npos) {
                value = body.substr(eq + 1);
            } else if (i + 1 < words.size()) {
                const bool known = contains(spec.longWithValue, name);
                const bool assumed = !spec.longWithoutValue.empty() && !contains(spec.longWithoutValue, name) &&
                                     !support::startsWith(words[i + 1].text, "-");
                if (known || assumed) value = std::string_view(words[++i].text);
            }
            if (!onOption(name, value, word, false)) return words.size();
            continue;
        }
        // A short cluster: `-qy`, `-tjessie`, `-t jessie`, `-q=2`.
        for (std::size_t k = 1; k < text.size(); ++k) {
            const char c = text[k];
            if (c == '=' && k > 1) { // the value of the letter before
                if (!onOption(text.substr(k - 1, 1), std::optional(text.substr(k + 1)), word, true))
                    return words.size();
                break;
            }
            if (!isOptionLetter(c)) break;
            std::optional<std::string_view> value;
            const bool takesValue = hasShortValue(c);
            if (takesValue) {
                if (k + 1 < text.size()) value = text.substr(k + 1);
                else if (i + 1 < words.size()) value = std::string_view(words[++i].text);
            }
            if (!onOption(text.substr(k, 1), value, word, false)) return words.size();
            if (takesValue) break;
        }
    }
    return words.size();
}

} // namespace

ParsedArgs parseArgs(const sh::Command& command, const OptionSpec& spec, std::size_t from)
{
    ParsedArgs out;
    const std::vector<sh::Word>& words = command.words;
    // Sized up front from a count of the dashed words: most commands then take one allocation per list, not
    // one per doubling (every apt-get, apk and rm of a file comes here, some several times).
    std::size_t dashed = 0;
    for (std::size_t i = from; i < words.size(); ++i) dashed += words[i].text.starts_with('-');
    if (dashed) out.options.reserve(dashed);
    if (from + dashed < words.size()) out.operands.reserve(words.size() - from - dashed);
    const std::size_t doubleDash = walkArgs(
        words, spec, from,
        [&out](std::string_view name, std::optional<std::string_view> value, const sh::Word& word, bool ofPrevious) {
            if (ofPrevious) { // `-q=2`: the value belongs to the option read just before
                out.options.back().value = std::string(*value);
                return true;
            }
            Option option{std::string(name), std::nullopt, &word};
            if (value) option.value = std::string(*value);
            out.options.push_back(std::move(option));
            return true;
        },
        [&out](const sh::Word& word) {
            out.operands.push_back(&word);
            return true;
        });
    for (std::size_t rest = doubleDash + 1; rest < words.size(); ++rest) out.afterDoubleDash.push_back(&words[rest]);
    return out;
}

const sh::Word* firstOperand(const sh::Command& command, const OptionSpec& spec, std::size_t from)
{
    const sh::Word* first = nullptr;
    const auto anyOption = [](std::string_view, std::optional<std::string_view>, const sh::Word&, bool) { return true; };
    walkArgs(command.words, spec, from, anyOption, [&first](const sh::Word& word) {
        first = &word;
        return false;
    });
    return first;
}

const OptionSpec& aptOptions()
{
    static const OptionSpec spec{
        .shortWithValue = {'o', 'c', 't', 'a'},
        .longWithValue = {"option", "config-file", "target-release", "default-release", "host-architecture",
                          "build-profiles"},
        .longWithoutValue = {},
    };
    return spec;
}

const OptionSpec& apkOptions()
{
    static const OptionSpec spec{
        .shortWithValue = {'X', 't', 'p'},
        .longWithValue = {"repository", "virtual", "root", "arch", "cache-dir", "keys-dir", "repositories-file",
                          "cache-max-age", "timeout", "progress-fd"},
        .longWithoutValue = {},
    };
    return spec;
}

const OptionSpec& pipOptions()
{
    static const OptionSpec spec{
        .shortWithValue = {'b', 'c', 'e', 'f', 'i', 'r', 't', 'C'},
        .longWithValue = {"abi", "build", "constraint", "editable", "extra-index-url", "find-links", "index-url",
                          "implementation", "no-binary", "only-binary", "platform", "prefix", "progress-bar",
                          "proxy", "python", "python-version", "requirement", "root", "root-user-action", "src",
                          "target", "trusted-host", "upgrade-strategy", "cache-dir", "log", "log-file", "timeout",
                          "retries", "exists-action", "cert", "client-cert", "global-option", "install-option",
                          "config-settings", "report", "keyring-provider", "use-feature", "use-deprecated",
                          "pip-args", "suffix", "spec", "preinstall"},
        .longWithoutValue = {},
    };
    return spec;
}

std::optional<ParsedArgs> aptGet(const sh::Command& command, std::string_view subcommand)
{
    if (command.name() != "apt-get") return std::nullopt;
    const sh::Word* sub = firstOperand(command, aptOptions()); // most apt-get commands run another subcommand
    if (!sub || sub->text != subcommand) return std::nullopt;
    return parseArgs(command, aptOptions());
}

std::optional<ParsedArgs> apkAdd(const sh::Command& command)
{
    if (command.name() != "apk") return std::nullopt;
    const sh::Word* sub = firstOperand(command, apkOptions());
    if (!sub || sub->text != "add") return std::nullopt;
    return parseArgs(command, apkOptions());
}

std::optional<PipInstall> pipInstall(const sh::Command& command)
{
    const std::string_view name = command.name();
    const std::vector<sh::Word>& words = command.words;
    std::string_view program = name; // a view into the command's words, which outlive this call
    std::size_t from = 1;
    if (support::startsWith(name, "python")) {
        // python [interpreter options] -m pip ...; anything else runs a script or a string.
        from = 0;
        for (std::size_t i = 1; i < words.size() && from == 0; ++i) {
            const std::string_view text = words[i].text;
            if (text == "-m" && i + 1 < words.size()) {
                program = words[i + 1].text;
                from = i + 2;
            } else if (support::startsWith(text, "-m") && text.size() > 2) {
                program = text.substr(2);
                from = i + 1;
            } else if (!support::startsWith(text, "-") || text == "-c" || text == "-") {
                return std::nullopt;
            } else if (text == "-X" || text == "-W") {
                ++i;
            }
        }
        if (from == 0) return std::nullopt;
    }
    if (!isPipProgram(program)) return std::nullopt;
    PipInstall result;
    result.args = parseArgs(command, pipOptions(), from);
    result.install = result.args.subcommand();
    if (!result.install || result.install->text != "install") return std::nullopt;
    result.pipenv = program == "pipenv";
    result.wrapper = result.pipenv || program == "pipx";
    return result;
}

namespace {

/// Where a cache or tmpfs mount puts its directory (trailing '/' removed); nullopt for other mounts.
std::optional<std::string_view> cacheTargetOf(std::string_view spec)
{
    const std::string_view type = support::csvFieldView(spec, "type").value_or("bind");
    if (!util::equalsLower(type, "cache") && !util::equalsLower(type, "tmpfs")) return std::nullopt;
    std::optional<std::string_view> target = support::csvFieldView(spec, "target");
    if (!target) target = support::csvFieldView(spec, "dst");
    if (!target) target = support::csvFieldView(spec, "destination");
    if (!target || target->empty()) return std::nullopt;
    while (target->size() > 1 && target->back() == '/') target->remove_suffix(1);
    return target;
}

} // namespace

std::optional<std::string_view> cacheMountTargetOf(const std::string& spec)
{
    // A dozen rules ask about the same RUN's mounts one after another: the last spec read is kept, by its text
    // (the answer depends on nothing else), with the target as an offset into it.
    thread_local std::string lastSpec;
    thread_local std::optional<std::pair<std::size_t, std::size_t>> lastTarget;
    if (spec != lastSpec) {
        const std::optional<std::string_view> target = cacheTargetOf(spec);
        lastSpec = spec;
        lastTarget.reset();
        if (target) lastTarget.emplace(static_cast<std::size_t>(target->data() - spec.data()), target->size());
    }
    if (!lastTarget) return std::nullopt;
    return std::string_view(spec).substr(lastTarget->first, lastTarget->second);
}

std::vector<std::string> cacheMountTargets(const df::Instruction& run)
{
    std::vector<std::string> targets;
    anyCacheMountTarget(run, [&targets](std::string_view target) {
        targets.emplace_back(target);
        return false;
    });
    return targets;
}

bool isAtOrBelow(std::string_view path, std::string_view dir)
{
    if (!support::startsWith(path, dir)) return false;
    return path.size() == dir.size() || path[dir.size()] == '/' || support::endsWith(dir, "/");
}

bool hasCacheMountAt(const df::Instruction& run, std::string_view dir)
{
    return anyCacheMountTarget(run, [dir](std::string_view target) { return isAtOrBelow(target, dir); });
}

bool isTruthy(std::string_view value)
{
    const std::string lower = support::toLower(value);
    return lower == "1" || lower == "true" || lower == "on" || lower == "yes";
}

df::Position positionAfter(const LintContext& ctx, const df::Instruction& run, const sh::Word& word)
{
    return wordRange(ctx, run, word).end;
}

df::Range wordRange(const LintContext& ctx, const df::Instruction& run, const sh::Word& word)
{
    return ctx.scriptRange(run, word.begin, word.end);
}

} // namespace dw::lint::packages
