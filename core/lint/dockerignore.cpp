#include "lint/dockerignore.h"

#include "util/file_io.h"
#include "util/lexical_path.h"

#include "dockerfile/variables_pattern.h"

#include <filesystem>

#include <dirent.h>
#include <sys/stat.h>

namespace dw::lint {
namespace {

using detail::IgnoreRule;
using detail::IgnoreToken;
using df::detail::decodeUtf8;

constexpr std::size_t kMaxMatchStates = std::size_t{1} << 24;

std::string_view trimSpace(std::string_view text) {
    constexpr std::string_view spaces = " \t\n\v\f\r";
    const std::size_t first = text.find_first_not_of(spaces);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(spaces) - first + 1);
}

/// Go's path.Clean.
std::string cleanPath(std::string_view path) {
    const bool rooted = !path.empty() && path.front() == '/';
    std::vector<std::string_view> parts;
    std::size_t pos = 0;
    while (pos <= path.size()) {
        std::size_t slash = path.find('/', pos);
        if (slash == std::string_view::npos) slash = path.size();
        const std::string_view part = path.substr(pos, slash - pos);
        pos = slash + 1;
        if (part.empty() || part == ".") continue;
        if (part == "..") {
            if (!parts.empty() && parts.back() != "..")
                parts.pop_back();
            else if (!rooted)
                parts.push_back(part);
            continue;
        }
        parts.push_back(part);
    }
    std::string out = rooted ? "/" : "";
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += '/';
        out += parts[i];
    }
    return out.empty() ? "." : out;
}

/// One character of a class, as Go's filepath.Match getEsc reads it.
bool readClassChar(std::string_view pattern, std::size_t& pos, char32_t& out) {
    if (pos >= pattern.size() || pattern[pos] == '-' || pattern[pos] == ']') return false;
    if (pattern[pos] == '\\' && ++pos >= pattern.size()) return false;
    const auto ch = decodeUtf8(pattern, pos);
    if (ch.code == U'\uFFFD' && ch.size == 1) return false;
    out = ch.code;
    pos += ch.size;
    return pos < pattern.size();
}

/// `[...]` after the opening bracket; false for a pattern filepath.Match rejects.
bool readClass(std::string_view pattern, std::size_t& pos, IgnoreToken& token) {
    token.kind = IgnoreToken::Class;
    if (pos < pattern.size() && pattern[pos] == '^') {
        token.negated = true;
        ++pos;
    }
    while (true) {
        if (pos < pattern.size() && pattern[pos] == ']' && !token.ranges.empty()) {
            ++pos;
            return true;
        }
        char32_t low = 0;
        if (!readClassChar(pattern, pos, low)) return false;
        char32_t high = low;
        if (pattern[pos] == '-') {
            ++pos;
            if (!readClassChar(pattern, pos, high)) return false;
        }
        token.ranges.emplace_back(low, high);
    }
}

void addLiteral(std::vector<IgnoreToken>& tokens, std::string_view text) {
    if (tokens.empty() || tokens.back().kind != IgnoreToken::Literal)
        tokens.push_back({IgnoreToken::Literal, {}, {}, false});
    tokens.back().text += text;
}

/// Classifies and tokenizes a cleaned pattern like moby/patternmatcher's Pattern.compile.
bool compileRule(IgnoreRule& rule) {
    const std::string_view pattern = rule.pattern;
    auto& tokens = rule.tokens;
    rule.kind = IgnoreRule::Exact;
    std::size_t pos = 0;
    for (int step = 0; pos < pattern.size(); ++step) {
        const char c = pattern[pos];
        if (c == '*' && pos + 1 < pattern.size() && pattern[pos + 1] == '*') {
            pos += 2;
            if (pos < pattern.size() && pattern[pos] == '/') ++pos;
            if (pos < pattern.size()) {
                tokens.push_back({IgnoreToken::AnyDirs, {}, {}, false});
                rule.kind = IgnoreRule::Pattern;
            } else if (rule.kind == IgnoreRule::Exact) {
                rule.kind = IgnoreRule::Prefix;
            } else {
                tokens.push_back({IgnoreToken::AnyString, {}, {}, false});
                rule.kind = IgnoreRule::Pattern;
            }
            if (step == 0) rule.kind = IgnoreRule::Suffix;
        } else if (c == '*' || c == '?') {
            ++pos;
            tokens.push_back({c == '*' ? IgnoreToken::AnyName : IgnoreToken::AnyNameChar, {}, {}, false});
            rule.kind = IgnoreRule::Pattern;
        } else if (c == '\\') {
            if (++pos >= pattern.size()) return false;
            const std::size_t size = decodeUtf8(pattern, pos).size;
            addLiteral(tokens, pattern.substr(pos, size));
            pos += size;
            rule.kind = IgnoreRule::Pattern;
        } else if (c == '[') {
            ++pos;
            IgnoreToken token;
            if (!readClass(pattern, pos, token)) return false;
            tokens.push_back(std::move(token));
            rule.kind = IgnoreRule::Pattern;
        } else {
            const std::size_t size = decodeUtf8(pattern, pos).size;
            addLiteral(tokens, pattern.substr(pos, size));
            pos += size;
            if (c == ']') rule.kind = IgnoreRule::Pattern;
        }
    }
    return true;
}

bool classMatches(const IgnoreToken& token, char32_t ch) {
    bool inside = false;
    for (const auto& [low, high] : token.ranges)
        inside = inside || (low <= ch && ch <= high);
    return inside != token.negated;
}

/// Full match of the tokens against the path, as the anchored regular expression BuildKit builds:
/// `*` and `?` stop at '/', `**/` is `(.*/)?`, a trailing `**` is `.*`.
bool tokensMatch(const std::vector<IgnoreToken>& tokens, std::string_view path) {
    const std::size_t width = path.size() + 1;
    if ((tokens.size() + 1) * width > kMaxMatchStates) return false;
    std::vector<bool> seen((tokens.size() + 1) * width);
    std::vector<std::pair<std::size_t, std::size_t>> stack{{0, 0}};
    while (!stack.empty()) {
        const auto [index, at] = stack.back();
        stack.pop_back();
        if (seen[index * width + at]) continue;
        seen[index * width + at] = true;
        if (index == tokens.size()) {
            if (at == path.size()) return true;
            continue;
        }
        const IgnoreToken& token = tokens[index];
        const std::size_t charSize = at < path.size() ? decodeUtf8(path, at).size : 0;
        switch (token.kind) {
        case IgnoreToken::Literal:
            if (path.substr(at).starts_with(token.text))
                stack.emplace_back(index + 1, at + token.text.size());
            break;
        case IgnoreToken::Class:
            if (at < path.size() && classMatches(token, decodeUtf8(path, at).code))
                stack.emplace_back(index + 1, at + charSize);
            break;
        case IgnoreToken::AnyNameChar:
            if (at < path.size() && path[at] != '/') stack.emplace_back(index + 1, at + charSize);
            break;
        case IgnoreToken::AnyName:
        case IgnoreToken::AnyString:
            stack.emplace_back(index + 1, at);
            if (at < path.size() && path[at] != (token.kind == IgnoreToken::AnyName ? '/' : '\n'))
                stack.emplace_back(index, at + charSize);
            break;
        case IgnoreToken::AnyDirs:
            stack.emplace_back(index + 1, at);
            for (std::size_t i = at; i < path.size() && path[i] != '\n'; ++i)
                if (path[i] == '/') stack.emplace_back(index + 1, i + 1);
            break;
        }
    }
    return false;
}

bool ruleMatches(const IgnoreRule& rule, std::string_view path) {
    const std::string_view pattern = rule.pattern;
    switch (rule.kind) {
    case IgnoreRule::Exact:
        return path == pattern;
    case IgnoreRule::Prefix:
        return path.starts_with(pattern.substr(0, pattern.size() - 2));
    case IgnoreRule::Suffix: {
        const std::string_view suffix = pattern.substr(2);
        return path.ends_with(suffix) || (suffix.front() == '/' && path == suffix.substr(1));
    }
    case IgnoreRule::Pattern:
        return tokensMatch(rule.tokens, path);
    }
    return false;
}

std::optional<std::string> readFile(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt; // no FIFO or device
    return fileio::readFile(path, fileio::kMaxSideFileBytes).content;
}

constexpr const char* kIgnoreSuffix = ".dockerignore";

/// The names of a folder's entries that end in ".dockerignore" (".dockerignore" itself included); nullopt when the
/// folder cannot be listed, so that its files are probed one by one.
std::optional<std::set<std::string, std::less<>>> ignoreFileNames(const std::string& folder) {
    DIR* directory = ::opendir(folder.empty() ? "." : folder.c_str());
    if (!directory) return std::nullopt;
    std::set<std::string, std::less<>> names;
    while (const dirent* entry = ::readdir(directory)) {
        const std::string_view name = entry->d_name;
        if (name.ends_with(kIgnoreSuffix)) names.emplace(name);
    }
    ::closedir(directory);
    return names;
}

/// The Dockerfile's folder as a prefix ("svc/", "/", or "" for the working directory): the text before its last
/// slash, as std::filesystem's parent_path() would give it joined to a name. Only a doubled slash, which
/// parent_path() folds, needs std::filesystem.
std::string folderPrefix(const std::string& dockerfilePath) {
    if (dockerfilePath.find("//") != std::string::npos) {
        std::string folder = std::filesystem::path(dockerfilePath).parent_path().string();
        if (!folder.empty() && folder.back() != '/') folder += '/';
        return folder;
    }
    const std::size_t slash = dockerfilePath.rfind('/');
    return slash == std::string::npos ? std::string() : dockerfilePath.substr(0, slash + 1);
}

} // namespace

DockerIgnore DockerIgnore::parse(std::string_view text) {
    DockerIgnore ignore;
    bool firstLine = true;
    while (!text.empty() || firstLine) {
        const std::size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
        if (firstLine && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
        firstLine = false;
        if (line.starts_with('#')) continue;
        line = trimSpace(line);
        if (line.empty()) continue;
        const bool exception = line.front() == '!';
        if (exception) line = trimSpace(line.substr(1));
        std::string pattern(line);
        if (!pattern.empty()) {
            pattern = cleanPath(pattern);
            if (pattern.size() > 1 && pattern.front() == '/') pattern.erase(0, 1);
        }
        if (exception) pattern = "!" + pattern;
        ignore.patterns_.push_back(pattern);

        IgnoreRule rule;
        rule.pattern = cleanPath(pattern);
        rule.exception = rule.pattern.front() == '!';
        if (rule.exception) rule.pattern.erase(0, 1);
        if ((rule.exception && rule.pattern.empty()) || !compileRule(rule))
            ignore.invalid_.push_back(pattern);
        else
            ignore.rules_.push_back(std::move(rule));
    }
    return ignore;
}

std::optional<DockerIgnore> DockerIgnore::load(const std::string& file) {
    std::optional<std::string> content = readFile(file);
    if (!content) return std::nullopt;
    DockerIgnore ignore = parse(*content);
    ignore.path_ = file;
    return ignore;
}

std::optional<DockerIgnore> DockerIgnore::loadBeside(const std::string& dockerfilePath) {
    const std::string folder = folderPrefix(dockerfilePath);
    if (auto own = load(folder + std::string(util::baseName(dockerfilePath)) + kIgnoreSuffix)) return own;
    return load(folder + kIgnoreSuffix);
}

std::shared_ptr<const DockerIgnore> DockerIgnoreFinder::loadBeside(const std::string& dockerfilePath) {
    const std::string folder = folderPrefix(dockerfilePath);
    const std::string ownName = std::string(util::baseName(dockerfilePath)) + kIgnoreSuffix;
    bool mayHaveOwn = true;
    bool mayHaveShared = true;
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        Folder& entry = folders_[folder];
        if (++entry.requests == 2) entry.ignoreNames = ignoreFileNames(folder);
        if (entry.ignoreNames) {
            mayHaveOwn = entry.ignoreNames->contains(ownName);
            mayHaveShared = entry.ignoreNames->contains(kIgnoreSuffix);
        }
    }
    if (mayHaveOwn)
        if (auto own = DockerIgnore::load(folder + ownName)) return std::make_shared<const DockerIgnore>(std::move(*own));
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (const Folder& entry = folders_[folder]; entry.shared) return *entry.shared;
    }
    std::shared_ptr<const DockerIgnore> shared;
    if (mayHaveShared)
        if (auto found = DockerIgnore::load(folder + kIgnoreSuffix))
            shared = std::make_shared<const DockerIgnore>(std::move(*found));
    const std::lock_guard<std::mutex> lock(mutex_);
    Folder& entry = folders_[folder];
    if (!entry.shared) entry.shared = std::move(shared); // another thread may have read it meanwhile: keep one
    return *entry.shared;
}

bool DockerIgnore::matches(std::string_view path) const {
    std::string file = cleanPath(path);
    while (file.starts_with('/'))
        file.erase(0, 1);
    if (file.empty() || file == ".") return false;

    const std::size_t lastSlash = file.rfind('/');
    std::vector<std::string_view> parents;
    if (lastSlash != std::string::npos) {
        const std::string_view parentPath = std::string_view(file).substr(0, lastSlash);
        for (std::size_t slash = parentPath.find('/'); slash != std::string_view::npos;
             slash = parentPath.find('/', slash + 1))
            parents.push_back(parentPath.substr(0, slash));
        parents.push_back(parentPath);
    }

    bool matched = false;
    for (const IgnoreRule& rule : rules_) {
        if (rule.exception != matched) continue;
        bool hit = ruleMatches(rule, file);
        for (std::size_t i = 0; !hit && i < parents.size(); ++i)
            hit = ruleMatches(rule, parents[i]);
        if (hit) matched = !rule.exception;
    }
    return matched;
}

} // namespace dw::lint
