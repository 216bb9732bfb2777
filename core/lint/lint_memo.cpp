#include "lint/lint_memo.h"

namespace dw::lint {

void LintMemo::beginRound()
{
    ++round_;
    scriptsReused_ = 0;
    secretsReused_ = 0;
}

void LintMemo::endRound()
{
    const std::uint64_t round = round_;
    std::erase_if(scripts_, [round](const auto& entry) { return entry.second.round != round; });
    std::erase_if(secrets_, [round](const auto& entry) { return entry.second.round != round; });
    std::erase_if(secretTokens_, [round](const auto& entry) { return entry.second.round != round; });
    std::erase_if(secretNames_, [round](const auto& entry) { return entry.second.round != round; });
}

std::shared_ptr<const sh::Script> LintMemo::script(const std::string& text)
{
    auto [it, added] = scripts_.try_emplace(text);
    it->second.round = round_;
    if (added) it->second.value = std::make_shared<const sh::Script>(sh::parse(text));
    else ++scriptsReused_;
    return it->second.value;
}

const std::vector<std::string>& LintMemo::secrets(const std::string& key,
                                                  const std::function<std::vector<std::string>()>& compute)
{
    auto [it, added] = secrets_.try_emplace(key);
    it->second.round = round_;
    if (added) it->second.value = compute();
    else ++secretsReused_;
    return it->second.value;
}


const std::optional<secrets::SecretMatch>& LintMemo::secretIn(const std::string& text)
{
    auto [it, added] = secretTokens_.try_emplace(text);
    it->second.round = round_;
    if (added) it->second.value = secrets::findSecret(text);
    return it->second.value;
}

bool LintMemo::isSecretName(const std::string& name)
{
    auto [it, added] = secretNames_.try_emplace(name);
    it->second.round = round_;
    if (added) it->second.value = secrets::isSecretName(name);
    return it->second.value;
}

} // namespace dw::lint
