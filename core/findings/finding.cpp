#include "findings/finding.h"

namespace dw::findings {

std::string_view objectKindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Daemon: return "daemon";
    case ObjectKind::Container: return "container";
    case ObjectKind::Image: return "image";
    case ObjectKind::Network: return "network";
    case ObjectKind::Volume: return "volume";
    }
    return "daemon";
}

std::string locationText(const Location& location)
{
    if (const auto* file = std::get_if<FileLocation>(&location)) {
        if (file->span.line == 0) return file->path; // a whole file, or a recorded location text
        return file->path + ":" + std::to_string(file->span.line) + ":" + std::to_string(file->span.column);
    }
    if (const auto* object = std::get_if<HostObjectLocation>(&location))
        return std::string(objectKindName(object->kind)) + " " + object->name;
    const auto& image = std::get<ImageLocation>(location);
    std::string text = "image " + image.image;
    if (image.layer) text += " layer " + std::to_string(*image.layer);
    if (!image.path.empty()) text += " /" + image.path;
    return text;
}

const LocalizedText& titleOf(const Finding& finding)
{
    static const LocalizedText empty;
    return finding.title ? *finding.title : empty;
}

const FileLocation* fileLocationOf(const Finding& finding)
{
    return std::get_if<FileLocation>(&finding.location);
}

} // namespace dw::findings
