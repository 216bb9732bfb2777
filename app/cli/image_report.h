// Output of `dockwarden-cli image`: layers, efficiency, OS, packages, vulnerabilities and findings as text, JSON
// or SARIF.
#pragma once

#include "image/image_analyzer.h"
#include "lint/finding.h"

#include <nlohmann/json.hpp>

namespace dw::cli {

/// The JSON report (also the base of the text output's numbers).
nlohmann::json imageReportJson(const image::ImageReport& report, findings::Language language);
nlohmann::json imageSarifJson(const image::ImageReport& report, findings::Language language);
void printImageText(const image::ImageReport& report, findings::Language language, std::size_t listLength);

} // namespace dw::cli
