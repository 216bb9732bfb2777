#include "lint/support_labels.h"

namespace dw::lint::rules {
namespace {

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Docker's key format recommendation: lower-case letters, digits, `.`, `-` (and the `_` and `/` Docker
// also accepts), starting with a letter, ending with a letter or digit, no doubled separators, and none of
// the namespaces Docker keeps for itself.
bool isValidKey(std::string_view key)
{
    if (key.empty() || !isLower(key.front()) || !(isLower(key.back()) || isDigit(key.back()))) return false;
    for (char c : key) {
        if (!isLower(c) && !isDigit(c) && c != '.' && c != '-' && c != '_' && c != '/') return false;
    }
    if (key.find("..") != std::string_view::npos || key.find("--") != std::string_view::npos) return false;
    for (std::string_view reserved : {"com.docker.", "io.docker.", "org.dockerproject."}) {
        if (support::startsWith(key, reserved)) return false;
    }
    return true;
}

class DL3048 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DL3048",
            .severity = Severity::Style,
            .family = RuleFamily::Hadolint,
            .practice = Practice::ImageMetadata,
            .refs = {"hadolint:DL3048"},
            .title = {"The LABEL key does not follow Docker's key format",
                      "LABEL 键名不符合 Docker 推荐的格式"},
            .explanation = {
                "Tools that read image metadata expect keys such as `org.opencontainers.image.source`: lower-case "
                "letters and digits separated by single dots or hyphens, beginning with a letter and ending with a "
                "letter or digit. The `com.docker.`, `io.docker.` and `org.dockerproject.` namespaces belong to "
                "Docker. Rename the key, ideally under a reverse-DNS prefix you own.",
                "读取镜像元数据的工具期望键名形如 `org.opencontainers.image.source`：由小写字母和数字组成，"
                "以单个点或连字符分隔，以字母开头、以字母或数字结尾。`com.docker.`、`io.docker.` 和 "
                "`org.dockerproject.` 命名空间由 Docker 保留。请重命名该键，最好放在你自己拥有的反向域名前缀下。"},
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* label : ctx.instructions()) {
            if (label->keyword != df::Keyword::Label) continue;
            const df::KeyValue* first = nullptr;
            std::string keys;
            for (const df::KeyValue& pair : label->pairs) {
                std::string key = support::pairKey(pair);
                if (isValidKey(key)) continue;
                if (!first) first = &pair;
                support::appendCodeItem(keys, key);
            }
            if (!first) continue;
            out.push_back(finding(support::pairReportRange(*label, *first),
                                  {"Label key " + keys + " does not follow Docker's key format",
                                   "标签键 " + keys + " 不符合 Docker 推荐的键名格式"}));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DL3048() { return std::make_unique<DL3048>(); }

} // namespace dw::lint::rules
