// .dockerignore files as BuildKit reads them (moby/patternmatcher and its ignorefile reader).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dw::lint {

namespace detail {
struct IgnoreToken {
    enum Kind { Literal, Class, AnyName, AnyNameChar, AnyDirs, AnyString } kind = Literal;
    std::string text;                                  ///< Literal bytes
    std::vector<std::pair<char32_t, char32_t>> ranges; ///< Class ranges
    bool negated = false;                              ///< Class `[^...]`
};
struct IgnoreRule {
    enum Kind { Exact, Prefix, Suffix, Pattern } kind = Exact; ///< as moby/patternmatcher classifies it
    std::string pattern;                                       ///< cleaned, without '!'
    bool exception = false;
    std::vector<IgnoreToken> tokens;
};
} // namespace detail

class DockerIgnore {
  public:
    /// Lines starting with '#' are comments; others are trimmed, blank ones skipped, `!` marks an exception,
    /// and patterns are cleaned like Go's filepath.Clean with one leading '/' removed.
    static DockerIgnore parse(std::string_view text);
    /// `<Dockerfile>.dockerignore` beside the Dockerfile if present, else `.dockerignore` in its directory.
    static std::optional<DockerIgnore> loadBeside(const std::string& dockerfilePath);
    /// The ignore file at `file` when it is a regular file that can be read.
    static std::optional<DockerIgnore> load(const std::string& file);

    /// Whether a path relative to the context root is excluded from the build context: the last matching
    /// pattern wins, and a pattern matching a parent directory covers everything under it.
    bool matches(std::string_view path) const;
    bool empty() const { return patterns_.empty(); }
    /// The cleaned patterns in file order, exceptions with their leading '!'.
    const std::vector<std::string>& patterns() const { return patterns_; }
    /// Patterns BuildKit rejects (bad `[...]` class, trailing '\', a lone '!'); they never match here.
    const std::vector<std::string>& invalidPatterns() const { return invalid_; }
    /// The file loadBeside() read; empty after parse().
    const std::string& path() const { return path_; }

  private:
    std::vector<std::string> patterns_;
    std::vector<std::string> invalid_;
    std::vector<detail::IgnoreRule> rules_;
    std::string path_;
};

/// DockerIgnore::loadBeside() for the Dockerfiles of one run: a folder asked about more than once is listed once
/// for its `*.dockerignore` names instead of being probed twice per Dockerfile, and its shared `.dockerignore` is
/// read and parsed once. Safe to use from several threads.
class DockerIgnoreFinder {
  public:
    std::shared_ptr<const DockerIgnore> loadBeside(const std::string& dockerfilePath);

  private:
    struct Folder {
        int requests = 0;
        std::optional<std::set<std::string, std::less<>>> ignoreNames; ///< its entries named `*.dockerignore`
        std::optional<std::shared_ptr<const DockerIgnore>> shared;     ///< its `.dockerignore`, null when none
    };
    std::mutex mutex_;
    std::map<std::string, Folder, std::less<>> folders_;
};

} // namespace dw::lint
