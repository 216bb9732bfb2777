// Reads the rule test cases in tests/data/rules/<ID>.txt (format: tests/data/rules/README.md).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace dw::test {

struct RuleCase {
    enum class Kind { Catch, Pass, Fix } kind = Kind::Catch;
    int expectedCount = -1; ///< -1: at least one (Catch)
    std::string dockerfile;
    std::string config;     ///< YAML, may be empty
    std::map<std::string, std::string> buildArgs;
    std::string expectedFix;
    std::string dockerignore; ///< content of the case's .dockerignore; empty: none
    bool hasDockerignore = false;
    int line = 0;           ///< line of the header in the case file
};

std::vector<RuleCase> readRuleCases(const std::string& path);

} // namespace dw::test
