#include "runtime/compose_internal.h"

#include "util/file_io.h"
#include "util/secrets.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace dw::runtime {
namespace compose {

Site Context::siteOf(int file, std::size_t begin, std::size_t end) const
{
    const LoadedFile& loaded = files[static_cast<std::size_t>(file)];
    return Site{loaded.path, loaded.lines->span(begin, end)};
}

Site Context::entrySite(const YamlNode& key, const YamlNode& value) const
{
    return siteOf(key.file, key.begin, std::max(key.end, value.file == key.file ? value.end : key.end));
}

void Context::problem(std::string rule, const YamlNode& at, std::string en, std::string zh)
{
    out.problems.push_back(SourceProblem{std::move(rule), site(at), {std::move(en), std::move(zh)}});
}

void Context::typeError(std::string_view key, const YamlNode& value, std::string_view expectedEn,
                        std::string_view expectedZh)
{
    // A value in the wrong place may still be a secret (`environment: "TOKEN=..."`): never shown in full.
    const bool mayHoldSecret = key.starts_with("environment") || value.text.find('=') != std::string::npos;
    const std::string shown = value.isScalar() && mayHoldSecret ? std::string("a string")
                              : value.isScalar() ? "\"" + secrets::redactAll(value.text.substr(0, 40)) + "\""
                              : value.isMap()  ? std::string("a map")
                              : value.isSequence() ? std::string("a list")
                                                   : std::string("null");
    problem("DWC002", value, "`" + std::string(key) + "` must be " + std::string(expectedEn) + ", not " + shown,
            "`" + std::string(key) + "` 应为" + std::string(expectedZh) + "，而不是 " + shown);
}

std::string Context::resolvePath(const std::string& path, int file) const
{
    if (path.empty() || path.front() == '/') return path;
    std::string expanded = path;
    if (expanded.front() == '~') {
        const auto home = variables.find("HOME");
        expanded = (home != variables.end() && !home->second.empty() ? home->second : homeDirectory()) + expanded.substr(1);
    }
    if (!expanded.empty() && expanded.front() == '/') return expanded;
    const std::filesystem::path base = std::filesystem::path(files[static_cast<std::size_t>(file)].path).parent_path();
    return (base / expanded).lexically_normal().generic_string();
}

std::optional<std::string> Context::readOther(const std::string& path, std::string& error) const
{
    if (input.readFile) return input.readFile(path, error);
    fileio::ReadResult read = fileio::readFile(path, input.maxInputBytes);
    if (!read.content) error = read.message;
    return std::move(read.content);
}

namespace {

constexpr int kMaxFiles = 64;
constexpr int kMaxReferenceDepth = 16;

// Applies the variables to every scalar value (not to keys), reporting what cannot be interpolated.
void interpolateTree(Context& context, YamlNode& node)
{
    if (node.isScalar()) {
        if (node.text.find('$') == std::string::npos) return;
        Interpolated result = interpolate(node.text, context.variables);
        if (!result.error.empty())
            context.problem("DWC005", node, result.error, "变量插值失败：" + result.error);
        node.text = std::move(result.text);
        return;
    }
    for (YamlNode& item : node.items) interpolateTree(context, item);
    for (auto& entry : node.entries) interpolateTree(context, entry.second);
}

// Loads a file into the context (once); returns its index, or -1 when it cannot be read or parsed (reported at
// `from` when given).
int loadFile(Context& context, const std::string& path, std::optional<std::string> text, const YamlNode* from)
{
    for (std::size_t i = 0; i < context.files.size(); ++i)
        if (context.files[i].path == path) return context.files[i].loaded ? static_cast<int>(i) : -1;
    const int index = static_cast<int>(context.files.size());
    if (index >= kMaxFiles) {
        if (from) context.problem("DWC004", *from, "too many files referenced (limit " + std::to_string(kMaxFiles) + ")",
                                  "引用的文件过多（上限 " + std::to_string(kMaxFiles) + " 个）");
        return -1;
    }
    LoadedFile& file = context.files.emplace_back();
    file.path = path;
    context.out.files.push_back(path);
    std::string error;
    if (!text) text = context.readOther(path, error);
    file.text = text ? std::move(*text) : std::string();
    file.lines = std::make_unique<LineIndex>(file.text);
    if (!text) {
        if (from) context.problem("DWC004", *from, "cannot read " + path + ": " + error, "无法读取 " + path + "：" + error);
        return -1;
    }
    YamlNode at;
    at.file = index;
    if (const auto invalid = firstInvalidUtf8(file.text)) {
        at.begin = at.end = *invalid;
        context.problem("DWC001", from && index > 0 ? *from : at, path + " is not valid UTF-8 (byte " + std::to_string(*invalid) + ")",
                        path + " 不是有效的 UTF-8 编码（第 " + std::to_string(*invalid) + " 字节）");
        return -1;
    }
    YamlLoad load = loadYaml(file.text, index);
    if (!load.ok()) {
        at.begin = at.end = load.errorOffset;
        context.problem("DWC001", from && index > 0 ? *from : at, path + ": " + load.error, path + "：" + load.error);
        return -1;
    }
    file.root = std::move(load.root);
    interpolateTree(context, file.root);
    file.loaded = true;
    return index;
}

bool isKnownTopLevelKey(std::string_view key)
{
    static const std::set<std::string_view> keys{"version", "name", "services", "networks", "volumes",
                                                 "secrets", "configs",  "include",  "models"};
    return keys.count(key) || key.starts_with("x-");
}

// Compose's merge of an extended service: mappings merge key by key, sequences of these keys are joined, and
// anything else of the extending service replaces the base's.
YamlNode mergeService(const YamlNode& base, const YamlNode& local)
{
    static const std::set<std::string_view> joined{"cap_add", "cap_drop", "security_opt", "ports", "expose",
                                                   "volumes", "devices", "tmpfs", "dns", "dns_search",
                                                   "env_file", "external_links", "volumes_from", "group_add"};
    YamlNode merged = base;
    for (const YamlEntry& entry : local.entries) {
        const YamlNode& key = entry.first;
        const YamlNode& value = entry.second;
        auto existing = std::find_if(merged.entries.begin(), merged.entries.end(),
                                     [&](const YamlEntry& other) { return other.first.text == key.text; });
        if (existing == merged.entries.end()) {
            merged.entries.push_back(YamlEntry{key, value});
        } else if (existing->second.isMap() && value.isMap()) {
            YamlNode inner = mergeService(existing->second, value);
            *existing = YamlEntry{key, std::move(inner)};
        } else if (existing->second.isSequence() && value.isSequence() && joined.count(key.text)) {
            YamlNode list = value;
            list.items.insert(list.items.begin(), existing->second.items.begin(), existing->second.items.end());
            *existing = YamlEntry{key, std::move(list)};
        } else {
            *existing = YamlEntry{key, value};
        }
    }
    return merged;
}

struct ServiceRef {
    int file;
    std::string name;
    bool operator<(const ServiceRef& other) const { return std::tie(file, name) < std::tie(other.file, other.name); }
};

const YamlNode* serviceIn(const Context& context, int file, const std::string& name)
{
    const YamlNode* services = context.files[static_cast<std::size_t>(file)].root.find("services");
    return services && services->isMap() ? services->find(name) : nullptr;
}

// The service with everything it extends merged in; reports what cannot be resolved at the `extends` entry.
YamlNode resolveExtends(Context& context, int file, const std::string& name, const YamlNode& service,
                        std::set<ServiceRef>& chain)
{
    const YamlNode* extends = service.isMap() ? service.find("extends") : nullptr;
    if (!extends) return service;
    std::string baseName;
    int baseFile = file;
    const YamlNode* fileNode = nullptr;
    if (extends->isScalar()) {
        baseName = extends->text;
    } else if (extends->isMap() && extends->find("service") && extends->find("service")->isScalar()) {
        baseName = extends->find("service")->text;
        fileNode = extends->find("file");
    } else {
        context.typeError("extends", *extends, "a service name or a map with `service`", "服务名或包含 `service` 的映射");
        return service;
    }
    if (fileNode) {
        if (!fileNode->isScalar()) {
            context.typeError("extends.file", *fileNode, "a file path", "文件路径");
            return service;
        }
        baseFile = loadFile(context, context.resolvePath(fileNode->text, file), std::nullopt, fileNode);
        if (baseFile < 0) return service;
    }
    const YamlNode* base = serviceIn(context, baseFile, baseName);
    if (!base) {
        context.problem("DWC004", *extends, "service `" + name + "` extends `" + baseName + "`, which does not exist",
                        "服务 `" + name + "` 继承的 `" + baseName + "` 不存在");
        return service;
    }
    if (chain.count({baseFile, baseName}) || chain.size() >= kMaxReferenceDepth) {
        context.problem("DWC004", *extends, "`extends` of service `" + name + "` leads back to itself",
                        "服务 `" + name + "` 的 `extends` 形成了循环引用");
        return service;
    }
    chain.insert({baseFile, baseName});
    const YamlNode resolvedBase = resolveExtends(context, baseFile, baseName, *base, chain);
    YamlNode local = service;
    local.entries.erase(std::remove_if(local.entries.begin(), local.entries.end(),
                                       [](const auto& entry) { return entry.first.text == "extends"; }),
                        local.entries.end());
    return resolvedBase.isMap() ? mergeService(resolvedBase, local) : local;
}

void readServicesOf(Context& context, int file);

void readIncludes(Context& context, int file, int depth)
{
    const YamlNode* include = context.files[static_cast<std::size_t>(file)].root.find("include");
    if (!include) return;
    if (!include->isSequence()) {
        context.typeError("include", *include, "a list", "列表");
        return;
    }
    for (const YamlNode& entry : include->items) {
        std::vector<const YamlNode*> paths;
        if (entry.isScalar()) {
            paths.push_back(&entry);
        } else if (const YamlNode* path = entry.isMap() ? entry.find("path") : nullptr) {
            if (path->isScalar()) paths.push_back(path);
            for (const YamlNode& item : path->items)
                if (item.isScalar()) paths.push_back(&item);
        }
        if (paths.empty()) {
            context.typeError("include", entry, "a path or a map with `path`", "路径或包含 `path` 的映射");
            continue;
        }
        for (const YamlNode* path : paths) {
            const std::string resolved = context.resolvePath(path->text, file);
            const bool seen = std::any_of(context.files.begin(), context.files.end(),
                                          [&](const LoadedFile& loaded) { return loaded.path == resolved; });
            if (seen || depth >= kMaxReferenceDepth) {
                context.problem("DWC004", *path, "`include` of " + path->text + " leads back to a file already read",
                                "`include` 的 " + path->text + " 指回了已读取的文件");
                continue;
            }
            const int included = loadFile(context, resolved, std::nullopt, path);
            if (included < 0) continue;
            readIncludes(context, included, depth + 1);
            readServicesOf(context, included);
        }
    }
}

void readServicesOf(Context& context, int file)
{
    const YamlNode& root = context.files[static_cast<std::size_t>(file)].root;
    if (root.isNull()) return;
    if (!root.isMap()) {
        context.typeError("the top level", root, "a map of Compose keys", "Compose 键的映射");
        return;
    }
    for (const auto& [key, value] : root.entries)
        if (!isKnownTopLevelKey(key.text))
            context.problem("DWC003", key, "unknown top-level key `" + key.text + "`", "未知的顶层键 `" + key.text + "`");
    const YamlNode* services = root.find("services");
    if (!services || services->isNull()) return;
    if (!services->isMap()) {
        context.typeError("services", *services, "a map of services", "服务的映射");
        return;
    }
    for (const auto& [nameKey, service] : services->entries) {
        if (!service.isMap()) {
            context.typeError("services." + nameKey.text, service, "a map of service keys", "服务键的映射");
            continue;
        }
        std::set<ServiceRef> chain{{file, nameKey.text}};
        const YamlNode merged = resolveExtends(context, file, nameKey.text, service, chain);
        context.out.services.push_back(readService(context, nameKey.text, nameKey, merged, service));
    }
}

std::string projectNameOf(const Context& context)
{
    if (const YamlNode* name = context.files.front().root.find("name"); name && name->isScalar()) return name->text;
    std::filesystem::path directory = std::filesystem::path(context.input.path).parent_path();
    if (directory.empty()) directory = std::filesystem::current_path();
    std::string project;
    for (const char c : std::filesystem::absolute(directory).filename().string()) {
        const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (std::isalnum(static_cast<unsigned char>(lower)) || lower == '-' || lower == '_') project += lower;
    }
    return project.empty() ? std::string("default") : project;
}

} // namespace
} // namespace compose

ComposeRead readCompose(const ComposeInput& input)
{
    ComposeRead out;
    compose::Context context(input, out);
    context.directory = std::filesystem::path(input.path).parent_path().generic_string();
    if (input.readDotEnv) {
        const std::string dotEnv = (std::filesystem::path(context.directory.empty() ? "." : context.directory) / ".env")
                                       .lexically_normal()
                                       .generic_string();
        std::string ignored;
        if (input.readFile || std::filesystem::is_regular_file(dotEnv))
            if (const auto text = context.readOther(dotEnv, ignored)) context.variables = parseEnvFile(*text, input.environment);
    }
    for (const auto& [name, value] : input.environment) context.variables[name] = value;
    if (compose::loadFile(context, input.path, input.text, nullptr) < 0) return out;
    out.projectName = compose::projectNameOf(context);
    compose::readIncludes(context, 0, 0);
    compose::readServicesOf(context, 0);
    return out;
}

bool looksLikeComposeFile(std::string_view fileName)
{
    const std::size_t slash = fileName.find_last_of('/');
    if (slash != std::string_view::npos) fileName.remove_prefix(slash + 1);
    const bool yaml = fileName.ends_with(".yaml") || fileName.ends_with(".yml");
    return yaml && (fileName.starts_with("compose.") || fileName.starts_with("docker-compose.") ||
                    fileName == "compose.yaml" || fileName == "compose.yml");
}

} // namespace dw::runtime
