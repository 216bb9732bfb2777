#include "lint/support_instructions.h"
#include "util/lexical_path.h"
#include "lint/support_packages.h"

#include <algorithm>
#include <array>

namespace dw::lint::rules {
namespace {

constexpr std::array<std::string_view, 9> kDecompressors = {"unzip", "gunzip",     "bunzip2", "unlzma", "unxz",
                                                            "zgz",   "uncompress", "zcat",    "gzcat"};

// COPY's words split on whitespace outside quotes; backslashes stay (they are Windows path separators).
std::vector<std::string> copyWords(const df::Instruction& copy)
{
    std::vector<std::string> words;
    if (copy.jsonForm) {
        for (const df::Word& word : copy.args) words.push_back(word.value);
        return words;
    }
    std::string current;
    bool inWord = false;
    char quote = 0;
    for (const char c : copy.argText) {
        if (!quote && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            if (inWord) words.push_back(std::move(current));
            current.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (quote ? c == quote : (c == '"' || c == '\'')) quote = quote ? 0 : c;
        else current += c;
    }
    if (inWord) words.push_back(std::move(current));
    return words;
}

// The archive names a COPY brings in: the destination when it is itself an archive name, else the sources.
std::vector<std::string> copiedArchives(const df::Instruction& copy)
{
    std::vector<std::string> words = copyWords(copy);
    std::vector<std::string> archives;
    if (words.size() < 2) return archives;
    if (support::isLocalArchive(words.back())) return {std::string(util::baseNameAnySeparator(words.back()))};
    words.pop_back();
    for (const std::string& source : words)
        if (!support::startsWith(source, "<<") && support::isLocalArchive(source))
            archives.emplace_back(util::baseNameAnySeparator(source));
    return archives;
}

bool extracts(const sh::Command& command)
{
    const std::string_view name = command.name();
    if (std::find(kDecompressors.begin(), kDecompressors.end(), name) != kDecompressors.end()) return true;
    if (name != "tar") return false;
    const std::vector<std::string> args = command.args();
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--extract" || arg == "--get") return true;
        if (support::startsWith(arg, "-") && !support::startsWith(arg, "--") && arg.find('x') != std::string::npos)
            return true;
        // Old-style `tar xzf file.tgz`: the first argument is a dash-less cluster of letters.
        if (i == 0 && arg.find('x') != std::string::npos &&
            arg.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos)
            return true;
    }
    return false;
}

class DL3010 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3010",
            .severity = Severity::Info,
            .family = RuleFamily::Hadolint,
            .practice = Practice::CopyOverAdd,
            .refs = {"hadolint:DL3010"},
            .title = {"A local archive is copied and then unpacked by RUN; ADD can extract it in one step",
                      "本地压缩包先被复制再由 RUN 解压；ADD 可以一步完成解压"},
            .explanation = {
                "COPY puts the archive itself in a layer and the later `tar -x`/`unzip` puts its contents in "
                "another, so the image carries both, even if the archive is deleted afterwards. ADD unpacks a "
                "local tar archive (plain or compressed with gzip, bzip2, xz ...) straight into the destination "
                "directory: `ADD app.tar.gz /opt/app/`. This is the one case where ADD is preferred to COPY. "
                "Alternatively, extract inside RUN from a bind mount (`RUN --mount=type=bind,source=app.tar.gz,"
                "target=/tmp/app.tar.gz tar -xf /tmp/app.tar.gz`) so the archive never becomes a layer.",
                "COPY 会把压缩包本身放进一层，之后的 `tar -x`/`unzip` 又把解压内容放进另一层，即使之后删除压缩包，镜像"
                "里也同时包含两份。ADD 可以把本地 tar 包（未压缩或经 gzip、bzip2、xz 等压缩）直接解压到目标目录："
                "`ADD app.tar.gz /opt/app/`。这是少数应优先使用 ADD 而非 COPY 的情形。也可以在 RUN 中从绑定挂载解压"
                "（`RUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz tar -xf /tmp/app.tar.gz`），"
                "让压缩包根本不形成镜像层。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        struct Copied {
            const df::Instruction* copy;
            std::string archive;
            bool reported = false;
        };
        std::vector<Copied> copied; // archives copied into the current stage
        for (const df::Instruction* instruction : ctx.instructions()) {
            if (instruction->keyword == df::Keyword::From) {
                copied.clear();
            } else if (instruction->keyword == df::Keyword::Copy && !instruction->flag("from")) {
                for (std::string& archive : copiedArchives(*instruction)) copied.push_back({instruction, archive});
            } else if (instruction->keyword == df::Keyword::Run && !copied.empty()) {
                for (const sh::Command& command : ctx.shell(*instruction).commands) {
                    if (!extracts(command)) continue;
                    for (const std::string_view arg : command.argsNoFlags())
                        report(util::baseNameAnySeparator(arg), copied, out);
                }
            }
        }
    }

private:
    template <typename List> void report(std::string_view name, List& copied, std::vector<Finding>& out) const
    {
        for (auto& entry : copied) {
            if (entry.archive != name) continue;
            // One finding per COPY, even when it brings in several archives that are all unpacked.
            const bool done = std::any_of(copied.begin(), copied.end(), [&entry](const auto& other) {
                return other.copy == entry.copy && other.reported;
            });
            if (!done) out.push_back(finding(entry.copy->range));
            entry.reported = true;
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3010() { return std::make_unique<DL3010>(); }

} // namespace dw::lint::rules
