#include "dockerfile/json_dump.h"

#include <functional>
#include <map>
#include <ostream>

namespace dw::df {
namespace {

using nlohmann::json;

json wordToJson(const Word& word) { return {{"value", word.value}, {"range", rangeToJson(word.range)}}; }

json instructionToJson(const Instruction& in, bool withArguments = true)
{
    json out;
    out["instruction"] = in.name();
    out["keyword"] = wordToJson(in.keywordWord);
    out["range"] = rangeToJson(in.range);
    out["stage"] = in.stage;
    json flags = json::array();
    for (const auto& flag : in.flags) {
        json f{{"name", flag.name}, {"raw", flag.raw}, {"range", rangeToJson(flag.range)}};
        f["value"] = flag.value ? json(*flag.value) : json(nullptr);
        flags.push_back(std::move(f));
    }
    out["flags"] = std::move(flags);
    out["form"] = in.jsonForm ? "exec" : "shell";
    out["text"] = in.argText;
    out["textRange"] = rangeToJson(in.argRange);
    json args = json::array();
    if (withArguments)
        for (const auto& arg : in.args) args.push_back(wordToJson(arg));
    out["arguments"] = std::move(args);
    if (!in.pairs.empty()) {
        json pairs = json::array();
        for (const auto& pair : in.pairs) {
            json p{{"key", wordToJson(pair.key)}, {"legacy", pair.legacy}, {"range", rangeToJson(pair.range)}};
            p["value"] = pair.value ? wordToJson(*pair.value) : json(nullptr);
            pairs.push_back(std::move(p));
        }
        out["pairs"] = std::move(pairs);
    }
    if (!in.heredocs.empty()) {
        json heredocs = json::array();
        for (const auto& h : in.heredocs)
            heredocs.push_back({{"name", h.name}, {"expand", h.expand}, {"chomp", h.chomp},
                                {"fileDescriptor", h.fileDescriptor}, {"content", h.content},
                                {"marker", rangeToJson(h.marker)}, {"body", rangeToJson(h.body)}});
        out["heredocs"] = std::move(heredocs);
    }
    if (in.inner) out["inner"] = instructionToJson(*in.inner);
    if (!in.comments.empty()) out["comments"] = in.comments;
    return out;
}

} // namespace

json rangeToJson(const Range& range)
{
    return {{"line", range.start.line}, {"column", range.start.column},
            {"endLine", range.end.line}, {"endColumn", range.end.column}};
}

json toJson(const Dockerfile& file) { return toJson(file, true); }

json toJson(const Dockerfile& file, bool withInstructions)
{
    json out;
    out["escape"] = file.escape == U'`' ? "`" : "\\";
    json directives = json::array();
    for (const auto& d : file.directives)
        directives.push_back({{"name", d.name}, {"value", d.value}, {"range", rangeToJson(d.range)}});
    out["directives"] = std::move(directives);
    json instructions = json::array();
    if (withInstructions)
        for (const auto& in : file.instructions) instructions.push_back(instructionToJson(in));
    out["instructions"] = std::move(instructions);
    json stages = json::array();
    for (const auto& s : file.stages) {
        json stage{{"index", s.index}, {"name", s.name}, {"image", wordToJson(s.image)},
                   {"fromInstruction", s.fromIndex}, {"endInstruction", s.endIndex}, {"baseStage", s.baseStage}};
        stage["platform"] = s.platform ? wordToJson(*s.platform) : json(nullptr);
        stages.push_back(std::move(stage));
    }
    out["stages"] = std::move(stages);
    json references = json::array();
    for (const auto& r : file.stageReferences) {
        const char* kind = r.kind == StageReference::Kind::From ? "from" : r.kind == StageReference::Kind::CopyFrom ? "copy-from" : "mount-from";
        references.push_back({{"kind", kind}, {"stage", r.stage}, {"instruction", r.instruction}, {"range", rangeToJson(r.range)}});
    }
    out["stageReferences"] = std::move(references);
    json errors = json::array();
    for (const auto& e : file.errors)
        errors.push_back({{"kind", e.kind == ErrorKind::Parser ? "parser" : e.kind == ErrorKind::UnknownInstruction ? "unknown-instruction" : "instruction"},
                          {"message", e.message}, {"range", rangeToJson(e.range)}});
    out["errors"] = std::move(errors);
    return out;
}

namespace {

std::string dumpIndented(const json& value, const std::string& indent)
{
    std::string text = value.dump(2, ' ', false, json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        out += c;
        if (c == '\n') out += indent;
    }
    return out;
}

using Streamed = std::map<std::string, std::function<void(const std::string& indent)>>;

/// `object` as dump(2) prints it at `indent`, except that the keys in `streamed` are printed by their writer.
void writeObject(std::ostream& out, const json& object, const std::string& indent, const Streamed& streamed)
{
    out << "{\n";
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        out << (first ? "" : ",\n") << indent << "  " << json(it.key()).dump() << ": ";
        first = false;
        if (auto writer = streamed.find(it.key()); writer != streamed.end())
            writer->second(indent + "  ");
        else
            out << dumpIndented(it.value(), indent + "  ");
    }
    out << "\n" << indent << "}";
}

void writeArray(std::ostream& out, std::size_t count, const std::string& indent,
                const std::function<void(std::size_t, const std::string&)>& writeItem)
{
    if (count == 0) {
        out << "[]";
        return;
    }
    out << "[\n";
    for (std::size_t i = 0; i < count; ++i) {
        out << indent << "  ";
        writeItem(i, indent + "  ");
        out << (i + 1 < count ? ",\n" : "\n");
    }
    out << indent << "]";
}

} // namespace

void writeJson(const Dockerfile& file, std::ostream& out)
{
    // The instructions, and the arguments of each, can be huge (100,000 lines, a 100,000-item JSON array): they
    // are printed one element at a time in their sorted place, exactly as nlohmann's dump(2) would print them, so
    // memory stays near the size of the tree.
    const json rest = toJson(file, false);
    writeObject(out, rest, "", {{"instructions", [&](const std::string& indent) {
        writeArray(out, file.instructions.size(), indent, [&](std::size_t i, const std::string& itemIndent) {
            const Instruction& in = file.instructions[i];
            writeObject(out, instructionToJson(in, false), itemIndent, {{"arguments", [&](const std::string& argIndent) {
                writeArray(out, in.args.size(), argIndent, [&](std::size_t a, const std::string& wordIndent) {
                    out << dumpIndented(wordToJson(in.args[a]), wordIndent);
                });
            }}});
        });
    }}});
    out << "\n";
}

} // namespace dw::df
