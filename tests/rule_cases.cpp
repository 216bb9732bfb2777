#include "rule_cases.h"

#include <fstream>
#include <sstream>

namespace dw::test {

std::vector<RuleCase> readRuleCases(const std::string& path)
{
    std::ifstream in(path);
    std::vector<RuleCase> cases;
    enum class Section { Preamble, Dockerfile, Config, Expect, DockerIgnore } section = Section::Preamble;
    std::string line;
    int lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (line.rfind("=== ", 0) == 0) {
            RuleCase c;
            c.line = lineNumber;
            std::istringstream header(line.substr(4));
            std::string kind;
            header >> kind;
            c.kind = kind == "pass" ? RuleCase::Kind::Pass : kind == "fix" ? RuleCase::Kind::Fix : RuleCase::Kind::Catch;
            int count = -1;
            if (header >> count) c.expectedCount = count;
            if (c.kind == RuleCase::Kind::Pass) c.expectedCount = 0;
            cases.push_back(std::move(c));
            section = Section::Dockerfile;
            continue;
        }
        if (section == Section::Preamble) continue;
        RuleCase& current = cases.back();
        if (line == "--- config") {
            section = Section::Config;
        } else if (line == "--- dockerignore") {
            section = Section::DockerIgnore;
            current.hasDockerignore = true;
        } else if (line == "--- expect") {
            section = Section::Expect;
        } else if (line.rfind("--- build-arg ", 0) == 0) {
            std::string assignment = line.substr(14);
            auto equals = assignment.find('=');
            current.buildArgs[assignment.substr(0, equals)] =
                equals == std::string::npos ? std::string() : assignment.substr(equals + 1);
        } else if (section == Section::Dockerfile) {
            current.dockerfile += line + "\n";
        } else if (section == Section::Config) {
            current.config += line + "\n";
        } else if (section == Section::DockerIgnore) {
            current.dockerignore += line + "\n";
        } else {
            current.expectedFix += line + "\n";
        }
    }
    return cases;
}

} // namespace dw::test
