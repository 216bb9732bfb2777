#include "lint/support_dockwarden.h"
#include "util/lexical_path.h"

#include <algorithm>
#include <optional>

namespace dw::lint::rules {
namespace {

bool isDownloader(std::string_view name) { return name == "curl" || name == "wget" || name == "fetch"; }

/// Index of the word that names a shell or interpreter: 0 for `bash -`, 2 for `sudo -E bash -` (through
/// `sudo`/`env`/`doas`); nullopt when the command runs none.
std::optional<std::size_t> interpreterIndex(const sh::Command& command)
{
    if (command.words.empty()) return std::nullopt;
    const std::string_view name = command.name();
    if (name != "sudo" && name != "env" && name != "doas")
        return dwsupport::isShellOrInterpreter(name) ? std::optional<std::size_t>(0) : std::nullopt;
    for (std::size_t i = 1; i < command.words.size(); ++i) {
        const std::string& word = command.words[i].text;
        if (word.starts_with("-") || word.find('=') != std::string::npos) continue;
        if (dwsupport::isShellOrInterpreter(word.substr(word.rfind('/') + 1))) return i;
        return std::nullopt;
    }
    return std::nullopt;
}

std::string interpreterOf(const sh::Command& command)
{
    const auto index = interpreterIndex(command);
    if (!index) return "";
    const std::string& word = command.words[*index].text;
    return word.substr(word.rfind('/') + 1);
}

/// The interpreter reads its program from stdin: `sh`, `bash -s -- args`, `python3 -`; not `python3 -c ...`,
/// `perl -ne ...` or `python3 script.py`, which only read data from the pipe.
bool runsStdin(const sh::Command& command)
{
    const auto index = interpreterIndex(command);
    if (!index) return false;
    const std::string name = interpreterOf(command);
    const bool python = name.starts_with("python");
    const bool shell = !python && name != "perl" && name != "ruby" && name != "node" && name != "php";
    const std::string_view inlineFlags = shell ? "c" : python ? "cm" : "enpr";
    for (std::size_t i = *index + 1; i < command.words.size(); ++i) {
        const std::string& word = command.words[i].text;
        if (word == "-" || word == "--") return true;
        if (!word.starts_with("-")) return false; // a script file
        if (word.starts_with("--")) continue;
        if (word.find_first_of(inlineFlags, 1) != std::string::npos) return false;
        if (shell && word.find('s', 1) != std::string::npos) return true;
    }
    return true;
}

/// The word is a download's output: `"$(curl ...)"`, `<(wget -O- ...)`, `` `curl ...` ``.
bool isDownloadSubstitution(std::string_view raw)
{
    if (raw.starts_with('"')) raw.remove_prefix(1);
    for (std::string_view opener : {"$(", "<(", "`"}) {
        if (!raw.starts_with(opener)) continue;
        std::string_view inner = raw.substr(opener.size());
        inner.remove_prefix(std::min(inner.find_first_not_of(" \t"), inner.size()));
        return inner.starts_with("curl ") || inner.starts_with("wget ") || inner.starts_with("fetch ");
    }
    return false;
}

/// Checksum or signature tools: a RUN that uses one verifies what it downloads.
bool verifies(const sh::Script& script)
{
    static const std::vector<std::string_view> tools{"sha256sum", "sha512sum", "sha384sum", "sha1sum", "shasum",
                                                     "md5sum",    "gpg",       "gpgv",      "cosign",  "minisign",
                                                     "signify",   "b2sum",     "rpm",       "openssl"};
    return std::any_of(script.commands.begin(), script.commands.end(), [](const sh::Command& c) {
        return std::find(tools.begin(), tools.end(), c.name()) != tools.end();
    });
}

/// The file a curl/wget command saves to: `-o file`, `-O file` (wget), or the URL's last segment for `curl -O`
/// and a plain `wget URL`. Empty when it writes to stdout or cannot be told.
std::string savedFile(const sh::Command& command)
{
    const std::string_view name = command.name();
    std::string url;
    for (const auto& arg : command.argsNoFlags())
        if (arg.find("://") != std::string_view::npos) url = arg;
    const std::string urlName = url.substr(url.rfind('/') + 1);
    if (name == "curl") {
        if (auto out = command.flagValue("o")) return *out;
        if (auto out = command.flagValue("output")) return *out;
        if (command.hasFlag("O") || command.hasFlag("remote-name")) return urlName;
        return "";
    }
    if (name == "wget") {
        auto out = command.flagValue("O");
        if (!out) out = command.flagValue("output-document");
        if (out) return *out == "-" ? "" : *out;
        return urlName;
    }
    return "";
}

class DW1013 final : public Rule {
public:
    const RuleInfo& info() const override
    {
        static const RuleInfo info{
            .id = "DW1013",
            .severity = Severity::Warning,
            .family = RuleFamily::Dockwarden,
            .practice = Practice::SignedImages,
            .refs = {"cis-docker:4.12", "cwe:CWE-494"},
            .title = {"A downloaded script is run without verifying it", "下载的脚本未经校验就被执行"},
            .explanation = {
                "`curl ... | sh` runs whatever the server (or anyone able to tamper with the download) sends at "
                "that moment, as root, with nothing recorded about what ran; a cut-off download can even run half "
                "a script. Download to a file, check it against a published checksum or signature "
                "(`echo \"<sha256>  install.sh\" | sha256sum -c -`, `gpg --verify`), then run it, or better, "
                "install a pinned release through the package manager or `ADD --checksum`.",
                "`curl ... | sh` 会以 root 身份执行服务器（或任何能篡改下载内容的人）此刻发来的任何内容，而且不会留下执行了什么"
                "的记录；下载中断时甚至会执行半个脚本。请先下载到文件，对照发布方公布的校验和或签名进行校验"
                "（`echo \"<sha256>  install.sh\" | sha256sum -c -`、`gpg --verify`）后再执行；更好的做法是通过包管理器或 "
                "`ADD --checksum` 安装固定版本。"},
            .checksOnbuild = true,
        };
        return info;
    }

    void check(const LintContext& ctx, std::vector<Finding>& out) const override
    {
        for (const df::Instruction* run : ctx.instructions()) {
            if (run->keyword != df::Keyword::Run) continue;
            const sh::Script& script = ctx.shell(*run);
            bool reported = false;
            for (const sh::Command& command : script.commands) {
                if (reported) break;
                if (isDownloader(command.name())) {
                    for (const sh::Command* next = script.nextInPipeline(command); next;
                         next = script.nextInPipeline(*next)) {
                        if (!runsStdin(*next)) continue;
                        const std::string shell = interpreterOf(*next);
                        report(ctx, *run, command.begin, next->end,
                               {"The output of `" + std::string(command.name()) + "` is piped straight into `" + shell + "`",
                                "`" + std::string(command.name()) + "` 的输出被直接通过管道交给 `" + shell + "` 执行"},
                               out);
                        reported = true;
                        break;
                    }
                    continue;
                }
                const std::string shell = interpreterOf(command);
                if (shell.empty() && command.name() != "eval" && command.name() != "source" && command.name() != ".")
                    continue;
                for (const sh::Word& word : command.words) {
                    if (!isDownloadSubstitution(word.raw())) continue;
                    const std::string what = shell.empty() ? std::string(command.name()) : shell;
                    report(ctx, *run, command.begin, command.end,
                           {"`" + what + "` runs a script fetched by a command substitution",
                            "`" + what + "` 执行了通过命令替换下载的脚本"},
                           out);
                    reported = true;
                    break;
                }
            }
            if (!reported) checkSavedScripts(ctx, *run, script, out);
        }
    }

private:
    void report(const LintContext& ctx, const df::Instruction& run, std::size_t begin, std::size_t end,
                LocalizedText message, std::vector<Finding>& out) const
    {
        out.push_back(finding(dwsupport::runRange(ctx, run, begin, end), std::move(message)));
    }

    /// `curl -o install.sh URL && sh install.sh` with no checksum or signature tool in the RUN.
    void checkSavedScripts(const LintContext& ctx, const df::Instruction& run, const sh::Script& script,
                           std::vector<Finding>& out) const
    {
        std::vector<std::string> saved;
        for (const sh::Command& command : script.commands) {
            if (isDownloader(command.name())) {
                const std::string file = savedFile(command);
                if (!file.empty() && file.find('$') == std::string::npos) saved.emplace_back(util::baseName(file));
                continue;
            }
            if (saved.empty()) continue;
            std::string target;
            if (dwsupport::isShellOrInterpreter(command.name())) {
                const auto args = command.argsNoFlags();
                if (!args.empty()) target = util::baseName(args.front());
            } else if (!command.words.empty() && command.words.front().text.find('/') != std::string::npos) {
                target = command.name(); // ./install.sh
            }
            if (target.empty() || std::find(saved.begin(), saved.end(), target) == saved.end()) continue;
            if (verifies(script)) return; // asked only now: few RUNs run a script they saved
            report(ctx, run, command.begin, command.end,
                   {"`" + target + "` is downloaded and run without a checksum or signature check",
                    "`" + target + "` 下载后未经校验和或签名检查就被执行"},
                   out);
            return;
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_DW1013() { return std::make_unique<DW1013>(); }

} // namespace dw::lint::rules
