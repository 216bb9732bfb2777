// From a Dockerfile line to the layer it made: the instructions of the stage an image was built from (with the
// stages it builds on) matched to the image's history, as exactly as the history allows.
//
// The history lists one entry per instruction of the build (FROM aside), the base image's entries first; entries
// that made no layer (ENV, CMD, LABEL ...) are marked empty. The match walks both lists from the end: an entry
// and an instruction match when their keywords agree (the classic builder writes RUN as "/bin/sh -c ..." and the
// others as "#(nop) KEYWORD ..."; BuildKit writes "KEYWORD ..."); a RUN whose script appears in the entry is an
// exact match. An instruction the history does not show (an ARG that BuildKit left out, a stage built elsewhere)
// stays unmatched, with the reason; the walk resynchronises on the next agreeing keyword.
#pragma once

#include "dockerfile/ast.h"
#include "image/image_model.h"

#include <optional>
#include <string>
#include <vector>

namespace dw::image {

struct TracedInstruction {
    std::size_t instruction = 0;             ///< index in Dockerfile::instructions
    std::optional<std::size_t> historyIndex; ///< the history entry it made, when matched
    std::optional<std::size_t> layer;        ///< the layer it made (0-based), when it made one
    bool exact = false;                      ///< the entry's text names the instruction's own arguments
    std::string note;                        ///< why it is not matched ("not in the image's history" ...)
};

struct DockerfileTrace {
    std::vector<TracedInstruction> instructions; ///< the built stage's instructions (and its base stages'), in order
    std::size_t matched = 0;
    std::string problem; ///< when nothing can be matched (no stage, no history), why
};

/// Matches `file`'s stage `stage` (-1 = the last stage) to `image`'s history.
DockerfileTrace traceDockerfile(const df::Dockerfile& file, const Image& image, int stage = -1);

/// The instruction keyword a history entry's created_by stands for ("RUN", "COPY", "ENV" ...); empty if unknown.
std::string historyKeyword(const std::string& createdBy);

} // namespace dw::image
