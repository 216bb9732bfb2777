#include "runtime/run_line_reader.h"

#include "runtime/run_options.h"
#include "runtime/source_text.h"
#include "runtime/value_syntax.h"
#include "shell/shell_script.h"
#include "util/secrets.h"

#include <charconv>
#include <filesystem>

namespace dw::runtime {
namespace {

bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// A word as the shell expands it, from its text as written: quotes removed, `$NAME`, `${NAME}` and
// `${NAME:-default}` replaced from `variables`. What cannot be known here (command substitutions, unset
// variables) stays as written.
std::string expandWord(std::string_view raw, const Variables& variables)
{
    std::string out;
    bool inDouble = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\\' && i + 1 < raw.size()) {
            if (raw[i + 1] == '\n') {
                ++i;
                continue;
            }
            if (!inDouble || raw[i + 1] == '"' || raw[i + 1] == '$' || raw[i + 1] == '\\' || raw[i + 1] == '`') {
                out += raw[++i];
                continue;
            }
            out += c;
        } else if (c == '\'' && !inDouble) {
            const std::size_t close = raw.find('\'', i + 1);
            const std::size_t end = close == std::string_view::npos ? raw.size() : close;
            out.append(raw.substr(i + 1, end - i - 1));
            i = end;
        } else if (c == '"') {
            inDouble = !inDouble;
        } else if (c == '$' && i + 1 < raw.size() && (raw[i + 1] == '{' || isNameChar(raw[i + 1]))) {
            std::size_t end = i + 1;
            std::string_view inner;
            if (raw[i + 1] == '{') {
                const std::size_t close = raw.find('}', i + 2);
                if (close == std::string_view::npos) {
                    out.append(raw.substr(i));
                    break;
                }
                inner = raw.substr(i + 2, close - i - 2);
                end = close + 1;
            } else {
                while (end < raw.size() && isNameChar(raw[end])) ++end;
                inner = raw.substr(i + 1, end - i - 1);
            }
            Interpolated expanded = interpolate("${" + std::string(inner) + "}", variables);
            std::size_t nameLength = 0;
            while (nameLength < inner.size() && isNameChar(inner[nameLength])) ++nameLength;
            const bool known = variables.count(std::string(inner.substr(0, nameLength))) ||
                               inner.find(":-") != std::string_view::npos || inner.find('-') != std::string_view::npos;
            out += known && expanded.error.empty() ? expanded.text : std::string(raw.substr(i, end - i));
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

struct Word {
    std::string text;
    std::size_t begin = 0;
    std::size_t end = 0;
};

class CommandReader {
  public:
    CommandReader(const LineIndex& lines, const std::string& path, RunLineRead& out)
        : lines_(lines), path_(path), out_(out)
    {
    }

    void read(const std::vector<Word>& words, std::size_t subcommandEnd, std::size_t optionsStart)
    {
        ContainerSpec spec;
        spec.kind = SourceKind::RunLine;
        spec.path = path_;
        spec.anchor = site(words.front().begin, words.back().end);
        spec.name = "docker run (line " + std::to_string(spec.anchor.span.line) + ")";
        spec.insert = {subcommandEnd, "", true};
        spec.container.hostConfig.networkMode = "default";
        spec.container.hostConfig.restartPolicy.name = "no";
        spec_ = &spec;
        std::size_t i = optionsStart;
        while (i < words.size()) {
            const Word& word = words[i];
            if (word.text == "--") {
                ++i;
                break;
            }
            if (word.text.size() < 2 || word.text.front() != '-') break;
            if (word.text.starts_with("--")) {
                std::string name = word.text.substr(2);
                std::optional<std::string> inlineValue;
                if (const std::size_t equals = name.find('='); equals != std::string::npos) {
                    inlineValue = name.substr(equals + 1);
                    name = name.substr(0, equals);
                }
                const auto option = findRunOption(name);
                if (!option) {
                    problem(word, "unknown option " + word.text, "未知选项 " + word.text);
                    ++i;
                    continue;
                }
                i = take(*option, words, i, inlineValue);
            } else {
                i = readShortCluster(words, i);
            }
        }
        if (i >= words.size()) {
            problem(words.back(), "no image after the options", "选项之后没有镜像", "DWC006");
        } else {
            spec.container.config.image = words[i].text;
            spec.keys["image"] = site(words[i].begin, words[i].end);
            out_.images.push_back({out_.containers.size(), words[i].text, spec.keys["image"]});
            for (std::size_t k = i + 1; k < words.size(); ++k) spec.container.config.cmd.push_back(words[k].text);
        }
        out_.containers.push_back(std::move(spec));
    }

  private:
    Site site(std::size_t begin, std::size_t end) const { return Site{path_, lines_.span(begin, end)}; }

    void problem(const Word& word, std::string en, std::string zh, std::string rule = "DWC007")
    {
        // The word may be `--db-password=...`: what is shown goes through the project's redaction.
        out_.problems.push_back({std::move(rule), site(word.begin, word.end), {secrets::redactAll(en), secrets::redactAll(zh)}});
    }

    std::size_t readShortCluster(const std::vector<Word>& words, std::size_t i)
    {
        const std::string& text = words[i].text;
        for (std::size_t k = 1; k < text.size(); ++k) {
            const auto option = findShortRunOption(text[k]);
            if (!option) {
                problem(words[i], "unknown option -" + std::string(1, text[k]) + " in " + text,
                        text + " 中有未知选项 -" + std::string(1, text[k]));
                return i + 1;
            }
            if (option->takesValue) {
                std::optional<std::string> attached;
                if (k + 1 < text.size()) attached = text.substr(text[k + 1] == '=' ? k + 2 : k + 1);
                return take(*option, words, i, attached);
            }
            apply(*option, "true", words[i].begin, words[i].end);
        }
        return i + 1;
    }

    // Applies an option at words[i]; returns the index of the word after it (and its value).
    std::size_t take(const RunOption& option, const std::vector<Word>& words, std::size_t i,
                     const std::optional<std::string>& inlineValue)
    {
        if (!option.takesValue) {
            apply(option, inlineValue.value_or("true"), words[i].begin, words[i].end);
            return i + 1;
        }
        if (inlineValue) {
            apply(option, *inlineValue, words[i].begin, words[i].end);
            return i + 1;
        }
        if (i + 1 >= words.size()) {
            problem(words[i], "option " + words[i].text + " needs a value", "选项 " + words[i].text + " 缺少取值");
            return i + 1;
        }
        apply(option, words[i + 1].text, words[i].begin, words[i + 1].end);
        return i + 2;
    }

    void apply(const RunOption& option, const std::string& value, std::size_t begin, std::size_t end)
    {
        ContainerSpec& spec = *spec_;
        engine::HostConfig& host = spec.container.hostConfig;
        engine::ContainerConfig& config = spec.container.config;
        const Site where = site(begin, end);
        const std::string_view name = option.name;
        const std::string key(option.composeKey);
        if (!key.empty()) spec.keys[key] = where;
        auto addItem = [&](std::string about) { spec.items[key].push_back(ItemSite{value, std::move(about), where, true}); };
        const bool on = value != "false" && value != "0";
        auto number = [&](std::int64_t& out) {
            return std::from_chars(value.data(), value.data() + value.size(), out).ec == std::errc();
        };
        if (name == "privileged") host.privileged = on;
        else if (name == "read-only") host.readonlyRootfs = on;
        else if (name == "publish-all") host.publishAllPorts = on;
        else if (name == "oom-kill-disable") host.oomKillDisable = on;
        else if (name == "no-healthcheck") config.healthcheck = engine::Healthcheck{{"NONE"}};
        else if (name == "health-cmd") config.healthcheck = engine::Healthcheck{{"CMD-SHELL", value}};
        else if (name == "user") config.user = value;
        else if (name == "name") {
            spec.name = value;
            spec.container.name = "/" + value;
        } else if (name == "cap-add" || name == "cap-drop" || name == "security-opt") {
            (name == "cap-add" ? host.capAdd : name == "cap-drop" ? host.capDrop : host.securityOpt).push_back(value);
            addItem(value);
        } else if (name == "pid") host.pidMode = value;
        else if (name == "ipc") host.ipcMode = value;
        else if (name == "uts") host.utsMode = value;
        else if (name == "network") host.networkMode = value;
        else if (name == "userns") host.usernsMode = value;
        else if (name == "cgroup-parent") host.cgroupParent = value;
        else if (name == "cgroupns") host.cgroupnsMode = value;
        else if (name == "publish") {
            if (const auto binding = parseShortPort(value)) {
                host.portBindings.push_back(*binding);
                addItem(binding->containerPort);
            } else {
                problem({value, begin, end}, "cannot read port " + value, "无法识别的端口 " + value);
            }
        } else if (name == "volume") {
            if (const auto mount = parseShortVolume(value, "")) {
                spec.container.mounts.push_back(*mount);
                if (mount->type == "bind")
                    host.binds.push_back(mount->source + ":" + mount->destination + (mount->mode.empty() ? "" : ":" + mount->mode));
                addItem(mount->destination);
            } else {
                problem({value, begin, end}, "cannot read volume " + value, "无法识别的卷 " + value);
            }
        } else if (name == "mount") {
            readMount(value, where);
        } else if (name == "use-api-socket") {
            engine::MountPoint socket{"bind", "", "/var/run/docker.sock", "/var/run/docker.sock", "", "", false, "rprivate"};
            spec.container.mounts.push_back(socket);
            addItem(socket.destination);
        } else if (name == "tmpfs") {
            const std::size_t colon = value.find(':');
            host.tmpfs[value.substr(0, colon)] = colon == std::string::npos ? "" : value.substr(colon + 1);
            addItem(value.substr(0, colon));
        } else if (name == "device") {
            host.devices.push_back(parseDevice(value));
            addItem(host.devices.back().pathOnHost);
        } else if (name == "ulimit") {
            if (const auto limit = parseUlimit(value)) host.ulimits.push_back(*limit);
        } else if (name == "memory" || name == "memory-swap" || name == "memory-reservation") {
            const auto bytes = parseByteSize(value);
            (name == "memory" ? host.memory : name == "memory-swap" ? host.memorySwap : host.memoryReservation) =
                bytes.value_or(value == "-1" ? -1 : 0);
        } else if (name == "cpus") {
            host.nanoCpus = parseCpus(value).value_or(0);
        } else if (name == "cpu-shares") {
            number(host.cpuShares);
        } else if (name == "cpu-quota") {
            number(host.cpuQuota);
        } else if (name == "cpu-period") {
            number(host.cpuPeriod);
        } else if (name == "pids-limit") {
            std::int64_t limit = 0;
            if (number(limit)) host.pidsLimit = limit;
        } else if (name == "restart") {
            if (const auto policy = parseRestartPolicy(value)) host.restartPolicy = *policy;
        } else if (name == "env") {
            const std::size_t equals = value.find('=');
            if (equals != std::string::npos) {
                config.env.push_back(value);
                spec.items[key].push_back(ItemSite{value.substr(0, equals), value.substr(0, equals), where, true});
            }
        }
    }

    void readMount(const std::string& value, const Site& where)
    {
        engine::MountPoint mount;
        mount.type = "volume";
        bool readOnly = false;
        std::size_t start = 0;
        while (start <= value.size()) {
            std::size_t comma = value.find(',', start);
            if (comma == std::string::npos) comma = value.size();
            const std::string field = value.substr(start, comma - start);
            const std::size_t equals = field.find('=');
            const std::string fieldKey = field.substr(0, equals);
            const std::string fieldValue = equals == std::string::npos ? "" : field.substr(equals + 1);
            if (fieldKey == "type") mount.type = fieldValue;
            else if (fieldKey == "source" || fieldKey == "src") mount.source = fieldValue;
            else if (fieldKey == "target" || fieldKey == "destination" || fieldKey == "dst") mount.destination = fieldValue;
            else if (fieldKey == "readonly" || fieldKey == "ro") readOnly = fieldValue.empty() || fieldValue == "true" || fieldValue == "1";
            else if (fieldKey == "bind-propagation") mount.propagation = fieldValue;
            start = comma + 1;
        }
        mount.rw = !readOnly;
        if (mount.type == "bind") {
            if (mount.propagation.empty()) mount.propagation = "rprivate";
            spec_->container.hostConfig.mounts.push_back({mount.type, mount.source, mount.destination, readOnly, mount.propagation});
        } else if (mount.type == "volume" && !mount.source.empty()) {
            mount.name = mount.source;
            mount.source = "/var/lib/docker/volumes/" + mount.name + "/_data";
        }
        spec_->container.mounts.push_back(mount);
        spec_->items["volumes"].push_back(ItemSite{value, mount.destination, where, true});
    }

    const LineIndex& lines_;
    const std::string& path_;
    RunLineRead& out_;
    ContainerSpec* spec_ = nullptr;
};

// The docker CLI's global options before the subcommand; true when the word at `i` is one, advancing `i` past it.
bool skipGlobalOption(const std::vector<Word>& words, std::size_t& i)
{
    const std::string& text = words[i].text;
    if (text.empty() || text.front() != '-') return false;
    static const std::vector<std::string_view> withValue{"-H", "--host", "-c", "--context", "--config", "-l",
                                                         "--log-level", "--tlscacert", "--tlscert", "--tlskey"};
    for (std::string_view option : withValue) {
        if (text == option) {
            i += 2;
            return true;
        }
        if (text.starts_with(std::string(option) + "=")) {
            ++i;
            return true;
        }
    }
    ++i; // -D, --debug, --tls, --tlsverify
    return true;
}

} // namespace

RunLineRead readRunLines(std::string_view script, const std::string& path, const Variables& environment)
{
    RunLineRead out;
    const LineIndex lines(script);
    const sh::Script parsed = sh::parse(script);
    Variables variables = environment;
    CommandReader reader(lines, path, out);
    for (const sh::Command& command : parsed.commands) {
        if (command.words.empty()) {
            for (const sh::Word& assignment : command.assignments) {
                const std::string& raw = assignment.raw();
                const std::size_t equals = raw.find('=');
                if (equals != std::string::npos)
                    variables[raw.substr(0, equals)] = expandWord(std::string_view(raw).substr(equals + 1), variables);
            }
            continue;
        }
        const std::string_view name = command.name();
        if (name == "export") {
            for (std::size_t k = 1; k < command.words.size(); ++k) {
                const std::string& raw = command.words[k].raw();
                const std::size_t equals = raw.find('=');
                if (equals != std::string::npos)
                    variables[raw.substr(0, equals)] = expandWord(std::string_view(raw).substr(equals + 1), variables);
            }
            continue;
        }
        if (name != "docker" && name != "podman") continue;
        std::vector<Word> words;
        for (const sh::Word& word : command.words) words.push_back({expandWord(word.raw(), variables), word.begin, word.end});
        std::size_t i = 1;
        while (i < words.size() && skipGlobalOption(words, i)) {
        }
        if (i < words.size() && words[i].text == "container") ++i;
        if (i >= words.size() || (words[i].text != "run" && words[i].text != "create")) continue;
        reader.read(words, words[i].end, i + 1);
    }
    return out;
}

std::string shellJoin(const std::vector<std::string>& words)
{
    std::string line;
    for (const std::string& word : words) {
        if (!line.empty()) line += ' ';
        const bool plain = !word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                                   "0123456789-_./:=,@+%") == std::string::npos;
        if (plain) {
            line += word;
            continue;
        }
        line += '\'';
        for (const char c : word) {
            if (c == '\'') line += "'\\''";
            else line += c;
        }
        line += '\'';
    }
    return line;
}

} // namespace dw::runtime
