// Internal to the Engine API decoders: decoders of the pieces that several responses share.
#pragma once

#include "engine/api_decode_reader.h"
#include "engine/api_types.h"

namespace dw::engine::decode {

void decodeContainerConfig(const JsonNode& node, ContainerConfig& out); // api_decode_containers.cpp
void decodeMountPoint(const JsonNode& node, MountPoint& out);
void decodeContainerSummary(const JsonNode& node, ContainerSummary& out);
void decodeOciDescriptor(const JsonNode& node, OciDescriptor& out); // api_decode_images.cpp
void decodeImageSummary(const JsonNode& node, ImageSummary& out);
void decodeVolume(const JsonNode& node, VolumeInfo& out); // api_decode_resources.cpp

} // namespace dw::engine::decode
