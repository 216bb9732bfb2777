#include "cli_common.h"
namespace dw::cli {
int runLint(const std::vector<std::string>&) { return UsageOrIoError; }
int runRules(const std::vector<std::string>&) { return UsageOrIoError; }
}
