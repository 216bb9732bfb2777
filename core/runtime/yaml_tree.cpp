#include "runtime/yaml_tree.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace dw::runtime {
namespace {

struct LimitReached {
    std::string what;
    std::size_t offset;
};

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::size_t quotedEnd(std::string_view text, std::size_t begin)
{
    const char quote = text[begin];
    for (std::size_t i = begin + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return text.size();
}

std::size_t lineEnd(std::string_view text, std::size_t begin)
{
    const std::size_t newline = text.find('\n', begin);
    return newline == std::string_view::npos ? text.size() : newline;
}

// Where a plain scalar that starts at `begin` ends: before a comment, a `: ` of a key, or a flow indicator.
std::size_t plainEnd(std::string_view text, std::size_t begin, bool inFlow)
{
    std::size_t i = begin;
    const std::size_t stop = lineEnd(text, begin);
    while (i < stop) {
        const char c = text[i];
        if (c == '#' && i > begin && isBlank(text[i - 1])) break;
        if (c == ':' && (i + 1 >= stop || isBlank(text[i + 1]) || (inFlow && (text[i + 1] == ',' || text[i + 1] == '}'))))
            break;
        if (inFlow && (c == ',' || c == ']' || c == '}')) break;
        ++i;
    }
    while (i > begin && isBlank(text[i - 1])) --i;
    return i;
}

std::size_t flowEnd(std::string_view text, std::size_t begin)
{
    int depth = 0;
    for (std::size_t i = begin; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' || c == '\'') {
            i = quotedEnd(text, i) - 1;
        } else if (c == '#' && i > 0 && isBlank(text[i - 1])) {
            i = lineEnd(text, i);
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0) return i + 1;
        }
    }
    return text.size();
}

class Converter {
  public:
    Converter(std::string_view text, int file, const YamlLimits& limits) : text_(text), file_(file), limits_(limits) {}

    YamlNode convert(const YAML::Node& node, int depth, bool inFlow, std::size_t fallbackOffset)
    {
        if (++count_ > limits_.maxNodes)
            throw LimitReached{"the document expands to more than " + std::to_string(limits_.maxNodes) +
                                   " YAML nodes (aliases that refer to aliases?)",
                               offsetOf(node, fallbackOffset)};
        if (depth > limits_.maxDepth)
            throw LimitReached{"the document is nested more than " + std::to_string(limits_.maxDepth) + " levels deep",
                               offsetOf(node, fallbackOffset)};
        YamlNode out;
        out.file = file_;
        out.begin = offsetOf(node, fallbackOffset);
        switch (node.Type()) {
        case YAML::NodeType::Scalar: {
            out.kind = YamlNode::Kind::Scalar;
            out.text = node.Scalar();
            out.quoted = node.Tag() == "!";
            const char first = out.begin < text_.size() ? text_[out.begin] : '\0';
            if (first == '"' || first == '\'') out.end = quotedEnd(text_, out.begin);
            else if (first == '|' || first == '>') out.end = lineEnd(text_, out.begin);
            else out.end = plainEnd(text_, out.begin, inFlow);
            if (!out.quoted && out.text == "~") out.kind = YamlNode::Kind::Null;
            if (!out.quoted && (out.text == "null" || out.text == "Null" || out.text == "NULL"))
                out.kind = YamlNode::Kind::Null;
            break;
        }
        case YAML::NodeType::Sequence: {
            out.kind = YamlNode::Kind::Sequence;
            out.flow = node.Style() == YAML::EmitterStyle::Flow;
            out.end = out.begin;
            for (const YAML::Node& item : node) {
                out.items.push_back(convert(item, depth + 1, inFlow || out.flow, out.end));
                out.end = std::max(out.end, out.items.back().end);
            }
            if (out.flow) out.end = std::max(out.end, flowEnd(text_, out.begin));
            break;
        }
        case YAML::NodeType::Map: {
            out.kind = YamlNode::Kind::Map;
            out.flow = node.Style() == YAML::EmitterStyle::Flow;
            out.end = out.begin;
            std::vector<YamlNode> merged;
            for (const auto& entry : node) {
                YamlNode key = convert(entry.first, depth + 1, inFlow || out.flow, out.end);
                YamlNode value = convert(entry.second, depth + 1, inFlow || out.flow, key.end);
                if (value.isNull() && value.begin <= key.end) value.begin = value.end = key.end;
                out.end = std::max({out.end, key.end, value.end});
                if (key.isScalar() && !key.quoted && key.text == "<<") {
                    if (value.isMap()) merged.push_back(std::move(value));
                    for (YamlNode& item : value.items)
                        if (item.isMap()) merged.push_back(std::move(item));
                    continue;
                }
                out.entries.push_back(YamlEntry{std::move(key), std::move(value)});
            }
            for (YamlNode& source : merged) {
                for (auto& entry : source.entries) {
                    const bool present = std::any_of(out.entries.begin(), out.entries.end(), [&](const auto& existing) {
                        return existing.first.text == entry.first.text;
                    });
                    if (!present) out.entries.push_back(std::move(entry));
                }
            }
            if (out.flow) out.end = std::max(out.end, flowEnd(text_, out.begin));
            break;
        }
        default:
            out.kind = YamlNode::Kind::Null;
            out.end = out.begin;
            break;
        }
        return out;
    }

  private:
    std::size_t offsetOf(const YAML::Node& node, std::size_t fallback) const
    {
        const YAML::Mark mark = node.Mark();
        if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text_.size()) return fallback;
        return static_cast<std::size_t>(mark.pos);
    }

    std::string_view text_;
    int file_;
    YamlLimits limits_;
    std::size_t count_ = 0;
};

// yaml-cpp guards its own recursion at 2000 levels, which is deeper than a worker thread's stack allows under the
// sanitizers; flow brackets are counted here first.
std::size_t tooDeepFlow(std::string_view text, int maxDepth)
{
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' || c == '\'') {
            if (i > 0 && !isBlank(text[i - 1]) && text[i - 1] != '[' && text[i - 1] != '{' && text[i - 1] != ',' &&
                text[i - 1] != ':')
                continue; // an apostrophe inside a plain word
            i = quotedEnd(text, i) - 1;
        } else if (c == '#' && (i == 0 || isBlank(text[i - 1]))) {
            i = lineEnd(text, i);
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth * 4) return i;
        } else if (c == ']' || c == '}') {
            depth = std::max(0, depth - 1);
        }
    }
    return std::string_view::npos;
}

} // namespace

const YamlNode* YamlNode::find(std::string_view key) const
{
    for (const auto& [k, v] : entries)
        if (k.text == key) return &v;
    return nullptr;
}

const YamlNode* YamlNode::findKey(std::string_view key) const
{
    for (const auto& entry : entries)
        if (entry.first.text == key) return &entry.first;
    return nullptr;
}

YamlLoad loadYaml(std::string_view text, int file, const YamlLimits& limits)
{
    YamlLoad load;
    if (const std::size_t deep = tooDeepFlow(text, limits.maxDepth); deep != std::string_view::npos) {
        load.error = "the document is nested too deeply";
        load.errorOffset = deep;
        return load;
    }
    try {
        const YAML::Node node = YAML::Load(std::string(text));
        Converter converter(text, file, limits);
        load.root = converter.convert(node, 0, false, 0);
    } catch (const LimitReached& limit) {
        load.error = limit.what;
        load.errorOffset = limit.offset;
    } catch (const YAML::Exception& error) {
        load.error = error.msg.empty() ? std::string("invalid YAML") : error.msg;
        load.errorOffset = error.mark.pos >= 0 ? static_cast<std::size_t>(error.mark.pos) : 0;
    } catch (const std::exception& error) {
        load.error = error.what();
    }
    load.errorOffset = std::min(load.errorOffset, text.size());
    return load;
}

bool yamlBool(const YamlNode& node, bool& value)
{
    if (!node.isScalar() || node.quoted) return false;
    if (node.text == "true" || node.text == "True" || node.text == "TRUE") {
        value = true;
        return true;
    }
    if (node.text == "false" || node.text == "False" || node.text == "FALSE") {
        value = false;
        return true;
    }
    return false;
}

} // namespace dw::runtime
