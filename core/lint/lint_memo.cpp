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
    forgetUnused(scripts_);
    forgetUnused(secrets_);
    forgetUnused(secretTokens_);
    forgetUnused(secretNames_);
}

std::shared_ptr<const sh::Script> LintMemo::script(const std::string& text)
{
    return recall(
        scripts_, text, [&] { return std::make_shared<const sh::Script>(sh::parse(text)); }, &scriptsReused_);
}

const std::vector<std::string>& LintMemo::secrets(const std::string& key,
                                                  const std::function<std::vector<std::string>()>& compute)
{
    return recall(secrets_, key, compute, &secretsReused_);
}

const std::optional<secrets::SecretMatch>& LintMemo::secretIn(const std::string& text)
{
    return recall(secretTokens_, text, [&] { return secrets::findSecret(text); });
}

bool LintMemo::isSecretName(const std::string& name)
{
    return recall(secretNames_, name, [&] { return secrets::isSecretName(name); });
}

} // namespace dw::lint
