// The checks `docker build` applies to a parsed file before it runs anything, and the stage model.
#include "dockerfile/logical_line.h"

#include <algorithm>
#include <optional>
#include <set>

namespace dw::df::detail {
namespace {

const std::set<std::string, std::less<>>& allowedFlags(Keyword keyword)
{
    static const std::set<std::string, std::less<>> none;
    static const std::set<std::string, std::less<>> from{"platform"};
    static const std::set<std::string, std::less<>> run{"mount", "network", "security", "device"};
    static const std::set<std::string, std::less<>> copy{"from", "chown", "chmod", "link", "parents", "exclude"};
    static const std::set<std::string, std::less<>> add{"chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "unpack"};
    static const std::set<std::string, std::less<>> healthcheck{"interval", "timeout", "start-period", "start-interval", "retries"};
    switch (keyword) {
    case Keyword::From: return from;
    case Keyword::Run: return run;
    case Keyword::Copy: return copy;
    case Keyword::Add: return add;
    case Keyword::Healthcheck: return healthcheck;
    default: return none;
    }
}

bool isValidStageName(std::string_view name)
{
    if (name.empty() || !(name[0] >= 'a' && name[0] <= 'z')) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

// Returns the error `docker build` gives for this instruction, or "".
std::string instructionError(const Instruction& in, bool insideOnbuild)
{
    if (in.keyword == Keyword::Unknown) return "unknown instruction: " + in.keywordWord.value;
    for (const auto& flag : in.flags) {
        if (!allowedFlags(in.keyword).count(flag.name)) return "unknown flag: " + flag.name;
    }
    const std::size_t count = in.args.size();
    switch (in.keyword) {
    case Keyword::From:
        if (insideOnbuild) return "FROM isn't allowed as an ONBUILD trigger";
        if (count != 1 && count != 3) return "FROM requires either one or three arguments";
        if (count == 3 && lower(in.args[1].value) != "as") return "FROM requires either one or three arguments";
        if (count == 3 && !isValidStageName(lower(in.args[2].value)))
            return "invalid name for build stage: \"" + in.args[2].value + "\", name can't start with a number or contain symbols";
        return {};
    case Keyword::Copy:
    case Keyword::Add:
        if (count + in.heredocs.size() < 2 && count < 2) return in.name() + " requires at least two arguments";
        return {};
    case Keyword::Env:
    case Keyword::Label:
    case Keyword::Arg:
    case Keyword::Expose:
    case Keyword::Volume:
        if (count == 0) return in.name() + " requires at least one argument";
        return {};
    case Keyword::Maintainer:
        if (insideOnbuild) return "MAINTAINER isn't allowed as an ONBUILD trigger";
        [[fallthrough]];
    case Keyword::User:
    case Keyword::Workdir:
    case Keyword::Stopsignal:
        if (count != 1) return in.name() + " requires exactly one argument";
        return {};
    case Keyword::Healthcheck: {
        if (count == 0) return "HEALTHCHECK requires an argument";
        std::string type = lower(in.args[0].value);
        if (type == "none") return count == 1 && in.flags.empty() ? std::string() : "HEALTHCHECK NONE takes no arguments";
        if (type != "cmd") return "Unknown type \"" + in.args[0].value + "\" in HEALTHCHECK (try CMD)";
        if (count < 2) return "Missing command after HEALTHCHECK CMD";
        return {};
    }
    case Keyword::Shell:
        if (!in.jsonForm) return "SHELL requires the arguments to be in JSON form";
        if (count == 0) return "SHELL requires at least one argument";
        return {};
    case Keyword::Onbuild:
        if (insideOnbuild) return "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";
        if (!in.inner) return "ONBUILD requires at least one argument";
        return instructionError(*in.inner, true);
    case Keyword::Run:
        if (count == 0 && in.heredocs.empty()) return "RUN requires at least one argument";
        return {};
    default:
        return {};
    }
}

// `from=<ref>` in a `--mount=type=bind,from=...` value.
std::optional<std::string> mountFrom(const std::string& value)
{
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t end = value.find(',', start);
        if (end == std::string::npos) end = value.size();
        std::string field = value.substr(start, end - start);
        if (field.rfind("from=", 0) == 0) return field.substr(5);
        start = end + 1;
    }
    return std::nullopt;
}

void addCopyAndMountReferences(Dockerfile& file, std::size_t index)
{
    const Instruction& top = file.instructions[index];
    const Instruction& in = top.inner ? *top.inner : top;
    const int current = static_cast<int>(file.stages.size());
    for (const auto& flag : in.flags) {
        std::optional<std::string> ref;
        StageReference::Kind kind = StageReference::Kind::CopyFrom;
        if (flag.name == "from" && flag.value && (in.keyword == Keyword::Copy || in.keyword == Keyword::Add)) ref = flag.value;
        if (flag.name == "mount" && flag.value && in.keyword == Keyword::Run) {
            ref = mountFrom(*flag.value);
            kind = StageReference::Kind::MountFrom;
        }
        if (!ref) continue;
        if (auto stage = file.findStage(*ref, current - 1); stage)
            file.stageReferences.push_back({kind, *stage, index, flag.range});
    }
}

void buildStages(Dockerfile& file)
{
    for (std::size_t i = 0; i < file.instructions.size(); ++i) {
        Instruction& in = file.instructions[i];
        if (in.keyword == Keyword::From && !in.args.empty()) {
            Stage stage;
            stage.index = static_cast<int>(file.stages.size());
            stage.fromIndex = i;
            stage.image = in.args[0];
            if (in.args.size() == 3) {
                stage.nameWord = in.args[2];
                stage.name = lower(in.args[2].value);
            }
            if (const Flag* platform = in.flag("platform"); platform && platform->value)
                stage.platform = Word{*platform->value, platform->range};
            if (auto base = file.findStage(stage.image.value, stage.index); base && !stage.image.value.empty())
                stage.baseStage = (std::isdigit(static_cast<unsigned char>(stage.image.value[0])) ? -1 : *base);
            if (stage.baseStage >= 0)
                file.stageReferences.push_back({StageReference::Kind::From, stage.baseStage, i, stage.image.range});
            file.stages.push_back(std::move(stage));
        }
        addCopyAndMountReferences(file, i);
        if (!file.stages.empty()) {
            in.stage = static_cast<int>(file.stages.size()) - 1;
            if (in.inner) in.inner->stage = in.stage;
            file.stages.back().endIndex = i + 1;
        }
    }
}

} // namespace

void validateAndBuildStages(Dockerfile& file)
{
    for (const auto& in : file.instructions) {
        std::string error = instructionError(in, false);
        if (error.empty()) continue;
        ErrorKind kind = in.keyword == Keyword::Unknown ? ErrorKind::UnknownInstruction : ErrorKind::Instruction;
        file.errors.push_back({kind, std::move(error), in.range});
    }
    buildStages(file);
    std::sort(file.errors.begin(), file.errors.end(),
              [](const SyntaxError& a, const SyntaxError& b) { return a.range.start.offset < b.range.start.offset; });
}

} // namespace dw::df::detail
