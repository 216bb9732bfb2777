#include "runtime/interpolation.h"

#include <cctype>

namespace dw::runtime {
namespace {

bool isNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

const std::string* lookup(const Variables& variables, std::string_view name)
{
    const auto found = variables.find(name);
    return found == variables.end() ? nullptr : &found->second;
}

// The end of a `${...}` that starts at `open` (the `{`), allowing nested braces in defaults.
std::size_t closingBrace(std::string_view text, std::size_t open)
{
    int depth = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (text[i] == '{') ++depth;
        else if (text[i] == '}' && --depth == 0) return i;
    }
    return std::string_view::npos;
}

Interpolated interpolateNested(std::string_view text, const Variables& variables, int depth);

void expandBraced(std::string_view body, const Variables& variables, Interpolated& out, int depth)
{
    std::size_t nameEnd = 0;
    while (nameEnd < body.size() && isNameChar(body[nameEnd])) ++nameEnd;
    const std::string_view name = body.substr(0, nameEnd);
    if (name.empty() || !isNameStart(name.front())) {
        if (out.error.empty()) out.error = "invalid interpolation format for \"${" + std::string(body) + "}\"";
        return;
    }
    const std::string* value = lookup(variables, name);
    std::string_view rest = body.substr(nameEnd);
    if (rest.empty()) {
        if (value) out.text += *value;
        return;
    }
    const bool colon = rest.front() == ':';
    if (colon) rest.remove_prefix(1);
    if (rest.empty()) {
        if (out.error.empty()) out.error = "invalid interpolation format for \"${" + std::string(body) + "}\"";
        return;
    }
    const char op = rest.front();
    const std::string_view word = rest.substr(1);
    const bool set = value && (!colon || !value->empty());
    auto nested = [&](std::string_view text) { // a default may itself hold variables
        Interpolated expanded = interpolateNested(text, variables, depth + 1);
        if (out.error.empty()) out.error = expanded.error;
        return expanded.text;
    };
    switch (op) {
    case '-':
        out.text += set ? *value : nested(word);
        return;
    case '?':
        if (set) out.text += *value;
        else if (out.error.empty())
            out.error = "required variable " + std::string(name) + " is missing a value" +
                        (word.empty() ? std::string() : ": " + nested(word));
        return;
    case '+':
        if (set) out.text += nested(word);
        return;
    default:
        if (out.error.empty()) out.error = "invalid interpolation format for \"${" + std::string(body) + "}\"";
    }
}

Interpolated interpolateNested(std::string_view text, const Variables& variables, int depth)
{
    Interpolated out;
    if (depth > 8) {
        out.text = std::string(text);
        out.error = "variables nested more than 8 levels deep";
        return out;
    }
    out.text.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '$' || i + 1 >= text.size()) {
            out.text += c;
            continue;
        }
        const char next = text[i + 1];
        if (next == '$') {
            out.text += '$';
            ++i;
        } else if (next == '{') {
            const std::size_t close = closingBrace(text, i + 1);
            if (close == std::string_view::npos) {
                if (out.error.empty()) out.error = "invalid interpolation format: unclosed \"${\"";
                out.text.append(text.substr(i));
                return out;
            }
            expandBraced(text.substr(i + 2, close - i - 2), variables, out, depth);
            i = close;
        } else if (isNameStart(next)) {
            std::size_t end = i + 1;
            while (end < text.size() && isNameChar(text[end])) ++end;
            if (const std::string* value = lookup(variables, text.substr(i + 1, end - i - 1))) out.text += *value;
            i = end - 1;
        } else {
            out.text += c;
        }
    }
    return out;
}

} // namespace

Interpolated interpolate(std::string_view text, const Variables& variables)
{
    return interpolateNested(text, variables, 0);
}

Variables parseEnvFile(std::string_view text, const Variables& outer)
{
    Variables read;
    std::size_t position = 0;
    while (position < text.size()) {
        std::size_t lineEnd = text.find('\n', position);
        if (lineEnd == std::string_view::npos) lineEnd = text.size();
        std::string_view line = text.substr(position, lineEnd - position);
        position = lineEnd + 1;
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        if (line.starts_with("export ")) line.remove_prefix(7);
        const std::size_t equals = line.find('=');
        if (equals == std::string_view::npos || equals == 0) continue;
        std::string_view name = line.substr(0, equals);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
        std::string_view raw = line.substr(equals + 1);
        while (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t')) raw.remove_prefix(1);
        std::string value;
        if (!raw.empty() && raw.front() == '\'') {
            const std::size_t close = raw.find('\'', 1);
            value = std::string(raw.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
        } else if (!raw.empty() && raw.front() == '"') {
            std::string unescaped;
            for (std::size_t i = 1; i < raw.size() && raw[i] != '"'; ++i) {
                if (raw[i] == '\\' && i + 1 < raw.size()) {
                    ++i;
                    unescaped += raw[i] == 'n' ? '\n' : raw[i];
                } else {
                    unescaped += raw[i];
                }
            }
            Variables scope = outer;
            for (const auto& [k, v] : read) scope[k] = v;
            value = interpolate(unescaped, scope).text;
        } else {
            const std::size_t comment = raw.find(" #");
            if (comment != std::string_view::npos) raw = raw.substr(0, comment);
            while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
            Variables scope = outer;
            for (const auto& [k, v] : read) scope[k] = v;
            value = interpolate(raw, scope).text;
        }
        read[std::string(name)] = std::move(value);
    }
    return read;
}

} // namespace dw::runtime
