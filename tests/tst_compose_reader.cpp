// The Compose reader on the specification's syntax variants: anchors, aliases and merge keys, interpolation from
// the environment and `.env`, `extends` in the file and in another one, `include`, `env_file`, profiles, short and
// long port and volume syntax, `deploy` limits; and the positions its findings point at.
#include "runtime/compose_reader.h"
#include "runtime/interpolation.h"
#include "scan/runtime_scan.h"

#include "support/file_map.h"

#include <QtTest>

#include <algorithm>
#include <map>

using namespace dw;

namespace {

using Files = std::map<std::string, std::string>;

runtime::ComposeRead read(const std::string& text, const Files& files = {}, runtime::Variables environment = {})
{
    runtime::ComposeInput input;
    input.path = "/project/compose.yaml";
    input.text = text;
    input.environment = std::move(environment);
    input.readFile = test::fileMap(files);
    return runtime::readCompose(input);
}

const runtime::ContainerSpec* service(const runtime::ComposeRead& read, const std::string& name)
{
    for (const auto& spec : read.services)
        if (spec.name == name) return &spec;
    return nullptr;
}

std::string rules(const runtime::ComposeRead& read)
{
    std::string out;
    for (const auto& problem : read.problems) out += problem.rule + ":" + std::to_string(problem.site.span.line) + " ";
    return out;
}

} // namespace

class TestComposeReader : public QObject {
    Q_OBJECT

private slots:
    void anchorsAliasesAndMergeKeys()
    {
        const auto result = read("x-base: &base\n"
                                 "  image: busybox:1.36\n"
                                 "  read_only: true\n"
                                 "  cap_drop: &drop [ALL]\n"
                                 "services:\n"
                                 "  web:\n"
                                 "    <<: *base\n"
                                 "    read_only: false\n"
                                 "  worker:\n"
                                 "    <<: [*base]\n"
                                 "    cap_add: *drop\n");
        QCOMPARE(rules(result), std::string());
        const auto* web = service(result, "web");
        QVERIFY(web);
        QCOMPARE(web->container.config.image, std::string("busybox:1.36"));
        QVERIFY(!web->container.hostConfig.readonlyRootfs); // the service's own key wins over the merged one
        QCOMPARE(web->container.hostConfig.capDrop, std::vector<std::string>{"ALL"});
        QCOMPARE(web->keys.at("cap_drop").span.line, 4); // where the anchor wrote it
        const auto* worker = service(result, "worker");
        QVERIFY(worker && worker->container.hostConfig.readonlyRootfs);
        QCOMPARE(worker->container.hostConfig.capAdd, std::vector<std::string>{"ALL"});
    }

    void interpolation()
    {
        const Files files{{"/project/.env", "TAG=1.36\nexport PORT=8080 # comment\nQUOTED=\"a b\"\n"}};
        const auto result = read("services:\n"
                                 "  web:\n"
                                 "    image: busybox:${TAG}\n"
                                 "    ports: [\"${PORT}:80\", \"${OTHER:-9090}:90\"]\n"
                                 "    user: ${USER_ID-1000}\n"
                                 "    environment:\n"
                                 "      LITERAL: $$HOME\n"
                                 "      SPACED: ${QUOTED}\n"
                                 "      FROM_ENV: ${FROM_ENV:+set}\n",
                                 files, {{"FROM_ENV", "x"}, {"TAG", "1.37"}});
        QCOMPARE(rules(result), std::string());
        const auto* web = service(result, "web");
        QCOMPARE(web->container.config.image, std::string("busybox:1.37")); // the environment wins over .env
        QCOMPARE(web->container.hostConfig.portBindings.size(), std::size_t(2));
        QCOMPARE(web->container.hostConfig.portBindings[0].hostPort, std::string("8080"));
        QCOMPARE(web->container.hostConfig.portBindings[1].hostPort, std::string("9090"));
        QCOMPARE(web->container.config.user, std::string("1000"));
        const auto& env = web->container.config.env;
        QVERIFY(std::find(env.begin(), env.end(), "LITERAL=$HOME") != env.end());
        QVERIFY(std::find(env.begin(), env.end(), "SPACED=a b") != env.end());
        QVERIFY(std::find(env.begin(), env.end(), "FROM_ENV=set") != env.end());
    }

    void missingRequiredVariableIsAFindingAtItsLine()
    {
        const auto result = read("services:\n  web:\n    image: app:${VERSION:?set VERSION}\n");
        QCOMPARE(rules(result), std::string("DWC005:3 "));
        QVERIFY(result.problems.front().message.en.find("VERSION") != std::string::npos);
        QCOMPARE(result.problems.front().site.span.column, 12);
    }

    void extendsInTheFileAndInAnother()
    {
        const Files files{{"/project/common/base.yaml", "services:\n"
                                                        "  hardened:\n"
                                                        "    image: busybox:1.36\n"
                                                        "    cap_drop: [ALL]\n"
                                                        "    security_opt: [no-new-privileges:true]\n"
                                                        "    privileged: true\n"}};
        const auto result = read("services:\n"
                                 "  base:\n"
                                 "    image: busybox:1.36\n"
                                 "    ports: [\"8080:80\"]\n"
                                 "  web:\n"
                                 "    extends: base\n"
                                 "    ports: [\"9090:90\"]\n"
                                 "  api:\n"
                                 "    extends:\n"
                                 "      file: common/base.yaml\n"
                                 "      service: hardened\n"
                                 "    privileged: false\n"
                                 "    security_opt: [label=disable]\n",
                                 files);
        QCOMPARE(rules(result), std::string());
        const auto* web = service(result, "web");
        QCOMPARE(web->container.hostConfig.portBindings.size(), std::size_t(2)); // sequences are joined
        const auto* api = service(result, "api");
        QVERIFY(!api->container.hostConfig.privileged);
        QCOMPARE(api->container.hostConfig.capDrop, std::vector<std::string>{"ALL"});
        QCOMPARE(api->container.hostConfig.securityOpt.size(), std::size_t(2));
        QCOMPARE(api->keys.at("cap_drop").path, std::string("/project/common/base.yaml"));
        QCOMPARE(result.files.size(), std::size_t(2));
    }

    void extendsThatCannotResolve()
    {
        const auto result = read("services:\n"
                                 "  a:\n"
                                 "    image: x:1\n"
                                 "    extends: a\n"
                                 "  b:\n"
                                 "    image: x:1\n"
                                 "    extends: {file: nope.yaml, service: z}\n"
                                 "  c:\n"
                                 "    image: x:1\n"
                                 "    extends: missing\n");
        QCOMPARE(rules(result), std::string("DWC004:4 DWC004:7 DWC004:10 "));
        QCOMPARE(result.services.size(), std::size_t(3)); // each still checked on its own keys
    }

    void includeAndEnvFile()
    {
        const Files files{{"/project/db/compose.yaml", "services:\n  db:\n    image: postgres:16\n    privileged: true\n"},
                          {"/project/web.env", "API_TOKEN=abc\nPLAIN=1\n"}};
        const auto result = read("include:\n"
                                 "  - db/compose.yaml\n"
                                 "services:\n"
                                 "  web:\n"
                                 "    image: busybox:1.36\n"
                                 "    env_file: web.env\n",
                                 files);
        QCOMPARE(rules(result), std::string());
        const auto* db = service(result, "db");
        QVERIFY(db && db->container.hostConfig.privileged);
        QCOMPARE(db->path, std::string("/project/db/compose.yaml"));
        const auto* web = service(result, "web");
        QCOMPARE(web->container.config.env, (std::vector<std::string>{"API_TOKEN=abc", "PLAIN=1"}));
        QCOMPARE(web->items.at("environment").front().site.span.line, 6);
    }

    void includeCycle()
    {
        const Files files{{"/project/other.yaml", "include: [compose.yaml]\nservices: {}\n"}};
        const auto result = read("include: [other.yaml]\nservices: {}\n", files);
        QCOMPARE(rules(result).substr(0, 6), std::string("DWC004"));
    }

    void shortAndLongSyntax()
    {
        const auto result = read("services:\n"
                                 "  web:\n"
                                 "    image: busybox:1.36\n"
                                 "    profiles: [debug]\n"
                                 "    ports:\n"
                                 "      - 80\n"
                                 "      - \"127.0.0.1::81\"\n"
                                 "      - 8000-8010:8000-8010/udp\n"
                                 "      - target: 443\n"
                                 "        published: 8443\n"
                                 "        host_ip: 10.0.0.1\n"
                                 "        protocol: tcp\n"
                                 "    volumes:\n"
                                 "      - data:/data\n"
                                 "      - ./conf:/etc/app:ro\n"
                                 "      - ~/cache:/cache\n"
                                 "      - /anonymous\n"
                                 "      - type: tmpfs\n"
                                 "        target: /scratch\n"
                                 "    tmpfs: /run\n"
                                 "    deploy:\n"
                                 "      resources:\n"
                                 "        limits: {cpus: '0.25', memory: 64M, pids: 20}\n"
                                 "      restart_policy: {condition: on-failure, max_attempts: 3}\n"
                                 "volumes:\n"
                                 "  data: {}\n",
                                 {}, {{"HOME", "/home/u"}});
        QCOMPARE(rules(result), std::string());
        const auto* web = service(result, "web");
        QCOMPARE(web->profiles, std::vector<std::string>{"debug"});
        const auto& ports = web->container.hostConfig.portBindings;
        QCOMPARE(ports.size(), std::size_t(4));
        QCOMPARE(ports[0].containerPort, std::string("80/tcp"));
        QCOMPARE(ports[1].hostIp, std::string("127.0.0.1"));
        QCOMPARE(ports[2].containerPort, std::string("8000-8010/udp"));
        QCOMPARE(ports[3].hostIp, std::string("10.0.0.1"));
        const auto& mounts = web->container.mounts;
        QCOMPARE(mounts.size(), std::size_t(5));
        QCOMPARE(mounts[0].type, std::string("volume"));
        QCOMPARE(mounts[1].source, std::string("/project/conf"));
        QVERIFY(!mounts[1].rw);
        QCOMPARE(mounts[2].source, std::string("/home/u/cache"));
        QCOMPARE(mounts[4].type, std::string("tmpfs"));
        QVERIFY(web->container.hostConfig.tmpfs.count("/run"));
        QCOMPARE(web->container.hostConfig.nanoCpus, std::int64_t(250000000));
        QCOMPARE(web->container.hostConfig.memory, std::int64_t(64) << 20);
        QCOMPARE(web->container.hostConfig.pidsLimit.value_or(0), std::int64_t(20));
        QCOMPARE(web->container.hostConfig.restartPolicy.name, std::string("on-failure"));
        QCOMPARE(web->container.hostConfig.restartPolicy.maximumRetryCount, std::int64_t(3));
    }

    void buildLinksToItsDockerfile()
    {
        scan::RuntimeScanRequest request;
        request.type = scan::FileType::Compose;
        request.path = "/project/compose.yaml";
        request.source = "services:\n  web:\n    build:\n      context: ./app\n      args:\n        BASE: alpine\n";
        request.readFile = [](const std::string& path, std::string& error) -> std::optional<std::string> {
            if (path == "/project/app/Dockerfile") return std::string("ARG BASE\nFROM ${BASE}\nRUN apt-get install curl\n");
            error = "not found";
            return std::nullopt;
        };
        const scan::ScanReport report = scan::scanRuntimeFile(request);
        bool sawDockerfileFinding = false;
        for (const auto& finding : report.findings) {
            const auto* location = findings::fileLocationOf(finding);
            if (location && location->path == "/project/app/Dockerfile") sawDockerfileFinding = true;
            if (finding.rule == "DWH540") // the Dockerfile was read: no "unless its image sets USER" hedge
                QVERIFY(finding.message.en.find("unless") == std::string::npos);
        }
        QVERIFY(sawDockerfileFinding);
    }

    void typesAndUnknownKeysPointAtTheirLines()
    {
        const auto result = read("services:\n"
                                 "  web:\n"
                                 "    image: busybox:1.36\n"
                                 "    privileged: yes\n"
                                 "    cpus: many\n"
                                 "    secutiry_opt: []\n");
        QCOMPARE(rules(result), std::string("DWC002:4 DWC002:5 DWC003:6 "));
    }

    void composeFileNames()
    {
        QVERIFY(runtime::looksLikeComposeFile("compose.yaml"));
        QVERIFY(runtime::looksLikeComposeFile("deploy/docker-compose.yml"));
        QVERIFY(runtime::looksLikeComposeFile("compose.override.yaml"));
        QVERIFY(runtime::looksLikeComposeFile("docker-compose.prod.yml"));
        QVERIFY(!runtime::looksLikeComposeFile("Dockerfile"));
        QVERIFY(!runtime::looksLikeComposeFile("composer.yaml"));
        QVERIFY(!runtime::looksLikeComposeFile("config.yaml"));
    }

    void envFileSyntax()
    {
        const auto vars = runtime::parseEnvFile("# comment\n\nA=1\nexport B = two \nC='single $A'\nD=\"double $A\\n\"\nE=${A}x # c\nbroken\n");
        QCOMPARE(vars.at("A"), std::string("1"));
        QCOMPARE(vars.at("B"), std::string("two"));
        QCOMPARE(vars.at("C"), std::string("single $A"));
        QCOMPARE(vars.at("D"), std::string("double 1\n"));
        QCOMPARE(vars.at("E"), std::string("1x"));
        QVERIFY(!vars.count("broken"));
    }
};

QTEST_GUILESS_MAIN(TestComposeReader)
#include "tst_compose_reader.moc"
