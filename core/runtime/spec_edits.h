// Text edits on the file a ContainerSpec was read from, that keep its comments and layout: remove a Compose key
// or list item with its line, or a `docker run` option with the space before it; add Compose keys at the
// service's indentation or options after `run`; add an item to an existing list; replace a value.
#pragma once

#include "runtime/container_spec.h"
#include "runtime/source_text.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dw::runtime {

class SpecEditor {
  public:
    /// `lines` indexes the text of `spec.path` (the file being checked).
    SpecEditor(const ContainerSpec& spec, const LineIndex& lines) : spec_(spec), lines_(lines) {}

    /// Removes a key entry (Compose) or option (run line); nullopt when the site is not in this file or is inside
    /// a flow collection.
    std::optional<findings::TextEdit> remove(const Site& site) const;
    /// Adds settings: `composeLines` (each one line at the service's indentation, nested lines indented further
    /// by two spaces in the text) or `runWords` (inserted after `run`).
    std::optional<findings::TextEdit> add(const std::vector<std::string>& composeLines, const std::string& runWords) const;
    /// Adds `composeItem` to the Compose list `key` (creating `key: [item]` when absent), or `runWords`.
    std::optional<findings::TextEdit> addToList(const std::string& key, const std::string& composeItem,
                                                const std::string& runWords) const;
    /// Replaces the text of `site` with `text`.
    std::optional<findings::TextEdit> replace(const Site& site, const std::string& text) const;

  private:
    bool inThisFile(const Site& site) const { return site.path == spec_.path && site.span.endOffset <= lines_.text().size(); }
    findings::TextEdit edit(std::size_t begin, std::size_t end, std::string text) const;

    const ContainerSpec& spec_;
    const LineIndex& lines_;
};

/// `text` in double quotes when YAML would read it as something other than a plain string.
std::string yamlQuoted(std::string_view text);

} // namespace dw::runtime
