// A YAML document as a plain tree with source positions, loaded through yaml-cpp with the limits a linter that
// reads untrusted files needs: aliases are expanded under a node budget (a "billion laughs" file is an error, not
// an out-of-memory), nesting is bounded, and merge keys (`<<: *base`) are applied, which yaml-cpp 0.7 leaves to
// the caller.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dw::runtime {

struct YamlEntry;

struct YamlNode {
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    std::string text;      ///< scalars: the value (after interpolation, when the reader applies it)
    bool quoted = false;   ///< scalars written in quotes or as a block scalar: never a boolean, number or null
    bool flow = false;     ///< sequences and maps written as [..] / {..}
    int file = 0;          ///< which loaded file it comes from (the reader's list)
    std::size_t begin = 0; ///< byte offsets of the node in its file
    std::size_t end = 0;
    std::vector<YamlNode> items;                          ///< Sequence
    std::vector<YamlEntry> entries;                       ///< Map: key, value in source order

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isMap() const { return kind == Kind::Map; }
    bool isSequence() const { return kind == Kind::Sequence; }
    /// Map lookup by key text; null when absent or not a map.
    const YamlNode* find(std::string_view key) const;
    /// The key node of a map entry; null when absent.
    const YamlNode* findKey(std::string_view key) const;
};

/// One key and its value of a map.
struct YamlEntry {
    YamlNode first;  ///< the key
    YamlNode second; ///< the value
};

struct YamlLimits {
    std::size_t maxNodes = 200000; ///< after alias expansion
    int maxDepth = 64;
};

struct YamlLoad {
    YamlNode root;
    std::string error;        ///< empty when the document loaded
    std::size_t errorOffset = 0;
    bool ok() const { return error.empty(); }
};

/// Loads the first document of `text` (already checked for UTF-8). `file` is stored in every node.
YamlLoad loadYaml(std::string_view text, int file, const YamlLimits& limits = {});

/// True if a plain scalar spells a YAML boolean the way Compose reads it (true/false in any case).
bool yamlBool(const YamlNode& node, bool& value);

} // namespace dw::runtime
