// What the editor keeps between two lints of the same document, so that a keystroke costs what it changed:
// the instructions of the last parse (df::ParseMemo), the shell model of every RUN script and the secrets of
// every instruction, each found again by the exact text it was computed from. Entries that the last round did
// not use are dropped, so the memo holds about one document's worth.
//
// A memo serves one lint at a time: the caller takes inUse() (try_lock: a lint that finds it taken runs
// without it rather than waiting).
#pragma once

#include "dockerfile/parse_memo.h"
#include "shell/shell_script.h"
#include "util/secrets.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dw::lint {

class LintMemo {
  public:
    df::ParseMemo parse;

    std::mutex& inUse() { return inUse_; }

    void beginRound();
    void endRound(); ///< forgets the scripts and secrets this round did not use

    /// The shell model of `text`, parsed now or in an earlier round.
    std::shared_ptr<const sh::Script> script(const std::string& text);
    /// The secrets of the instruction whose source text (with the escape character) is `key`.
    const std::vector<std::string>& secrets(const std::string& key,
                                            const std::function<std::vector<std::string>()>& compute);

    /// secrets::findSecret(text) and secrets::isSecretName(name), remembered by text (ENV/ARG/LABEL pairs).
    const std::optional<secrets::SecretMatch>& secretIn(const std::string& text);
    bool isSecretName(const std::string& name);

    std::size_t scriptsReused() const { return scriptsReused_; }
    std::size_t secretsReused() const { return secretsReused_; }

  private:
    template <typename Value>
    struct Kept {
        Value value;
        std::uint64_t round = 0;
    };
    template <typename Value>
    using Table = std::unordered_map<std::string, Kept<Value>>;

    /// The entry for `key`, marked as used this round; `compute` fills it when it is new. Counts a reuse in
    /// `reused` when given.
    template <typename Value, typename Compute>
    const Value& recall(Table<Value>& table, const std::string& key, Compute&& compute, std::size_t* reused = nullptr)
    {
        auto [it, added] = table.try_emplace(key);
        it->second.round = round_;
        if (added) it->second.value = compute();
        else if (reused) ++*reused;
        return it->second.value;
    }
    template <typename Value>
    void forgetUnused(Table<Value>& table)
    {
        std::erase_if(table, [round = round_](const auto& entry) { return entry.second.round != round; });
    }

    std::mutex inUse_;
    std::uint64_t round_ = 0;
    Table<std::shared_ptr<const sh::Script>> scripts_;
    Table<std::vector<std::string>> secrets_;
    Table<std::optional<secrets::SecretMatch>> secretTokens_;
    Table<bool> secretNames_;
    std::size_t scriptsReused_ = 0;
    std::size_t secretsReused_ = 0;
};

} // namespace dw::lint
