// The table behind instructionDoc() and flagDoc() (language_service.h): each instruction with its text and flags.
#pragma once

#include "findings/vocabulary.h"
#include "language/language_service.h"

#include <string_view>
#include <vector>

namespace dw::language {

struct FlagDoc {
    std::string_view name; ///< "--from"
    findings::LocalizedText text;
};

struct InstructionDoc {
    std::string_view keyword; ///< "COPY"
    findings::LocalizedText text;
    std::vector<FlagDoc> flags;
};

const std::vector<InstructionDoc>& instructionDocs();
const InstructionDoc* findInstructionDoc(std::string_view keyword);

} // namespace dw::language
