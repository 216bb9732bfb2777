// Shared by the parts of the Compose reader (compose_reader.cpp: files, interpolation, extends and include;
// compose_service.cpp: one service's keys; compose_values.cpp: the value syntaxes). Not a public interface.
#pragma once

#include "runtime/compose_reader.h"
#include "runtime/source_text.h"
#include "runtime/value_syntax.h"
#include "runtime/yaml_tree.h"

#include <deque>
#include <memory>
#include <string>
#include <string_view>

namespace dw::runtime::compose {

struct LoadedFile {
    std::string path;
    std::string text;
    std::unique_ptr<LineIndex> lines;
    YamlNode root;
    bool loaded = false;
};

class Context {
  public:
    Context(const ComposeInput& input, ComposeRead& out) : input(input), out(out) {}

    const ComposeInput& input;
    ComposeRead& out;
    std::deque<LoadedFile> files;
    Variables variables; ///< `.env` overlaid with the environment
    std::string directory; ///< the Compose file's directory ("" = the working directory)

    Site site(const YamlNode& node) const { return siteOf(node.file, node.begin, node.end); }
    Site siteOf(int file, std::size_t begin, std::size_t end) const;
    /// The site of a map entry: its key through its value.
    Site entrySite(const YamlNode& key, const YamlNode& value) const;
    void problem(std::string rule, const YamlNode& at, std::string en, std::string zh);
    void typeError(std::string_view key, const YamlNode& value, std::string_view expectedEn, std::string_view expectedZh);
    /// `path` relative to the directory of file `file`.
    std::string resolvePath(const std::string& path, int file) const;
    std::optional<std::string> readOther(const std::string& path, std::string& error) const;
};

/// Reads the keys of one service (after `extends` was merged in) into a ContainerSpec. `local` is the service as
/// written in its own file (fixes add keys there).
ContainerSpec readService(Context& context, const std::string& name, const YamlNode& nameKey, const YamlNode& service,
                          const YamlNode& local);

} // namespace dw::runtime::compose
