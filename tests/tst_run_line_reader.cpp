// The `docker run` reader on the forms the docker CLI accepts and the shell around it: long and short options,
// `--opt=value`, clusters, repeated options, quoting, continuations, variables, wrappers, global options, and the
// positions of what it reads.
#include "runtime/run_line_reader.h"

#include <QtTest>

using namespace dw;

namespace {

runtime::RunLineRead readOne(const std::string& script)
{
    runtime::RunLineRead read = runtime::readRunLines(script, "run.sh", {{"HOME", "/home/u"}});
    if (read.containers.size() != 1) qFatal("expected one container in: %s", script.c_str());
    return read;
}

} // namespace

class TestRunLineReader : public QObject {
    Q_OBJECT

private slots:
    void optionForms()
    {
        const auto read = readOne("docker run -dit --name=web -p 8080:80 --publish 127.0.0.1:9090:90/udp "
                                  "-v /srv:/srv:ro --volume=data:/data --cap-add NET_ADMIN --cap-add=SYS_TIME "
                                  "--security-opt no-new-privileges -e A=1 --env B=2 -m 256m --cpus=0.5 "
                                  "--pids-limit 100 --restart on-failure:3 -u 1000:1000 --read-only "
                                  "--tmpfs /tmp:size=64m --ulimit nofile=1024:2048 busybox:1.36 sh -c 'echo hi'\n");
        QVERIFY(read.problems.empty());
        const auto& spec = read.containers.front();
        const auto& host = spec.container.hostConfig;
        QCOMPARE(spec.name, std::string("web"));
        QCOMPARE(host.portBindings.size(), std::size_t(2));
        QCOMPARE(host.portBindings[1].containerPort, std::string("90/udp"));
        QCOMPARE(spec.container.mounts.size(), std::size_t(2));
        QVERIFY(!spec.container.mounts[0].rw);
        QCOMPARE(host.capAdd, (std::vector<std::string>{"NET_ADMIN", "SYS_TIME"}));
        QCOMPARE(spec.container.config.env, (std::vector<std::string>{"A=1", "B=2"}));
        QCOMPARE(host.memory, std::int64_t(256) << 20);
        QCOMPARE(host.nanoCpus, std::int64_t(500000000));
        QCOMPARE(host.pidsLimit.value_or(0), std::int64_t(100));
        QCOMPARE(host.restartPolicy.maximumRetryCount, std::int64_t(3));
        QCOMPARE(spec.container.config.user, std::string("1000:1000"));
        QVERIFY(host.readonlyRootfs);
        QCOMPARE(host.tmpfs.at("/tmp"), std::string("size=64m"));
        QCOMPARE(host.ulimits.size(), std::size_t(1));
        QCOMPARE(spec.container.config.image, std::string("busybox:1.36"));
        QCOMPARE(spec.container.config.cmd, (std::vector<std::string>{"sh", "-c", "echo hi"}));
    }

    void shellAroundTheCommand()
    {
        const std::string script = "#!/bin/sh\n"
                                   "IMAGE=\"registry.local/app:2.0\"\n"
                                   "export MOUNT=/var/run/docker.sock\n"
                                   "if true; then\n"
                                   "  sudo -E docker --context prod -H unix:///tmp/d.sock container run \\\n"
                                   "    --privileged \\\n"
                                   "    -v \"$MOUNT:$MOUNT\" \\\n"
                                   "    -v '$MOUNT:/literal' \\\n"
                                   "    \"$IMAGE\"\n"
                                   "fi\n"
                                   "docker ps -a\n"
                                   "echo docker run not-a-command\n";
        const auto read = readOne(script);
        const auto& spec = read.containers.front();
        QVERIFY(spec.container.hostConfig.privileged);
        QCOMPARE(spec.keys.at("privileged").span.line, 6);
        QCOMPARE(spec.keys.at("privileged").span.column, 5);
        QCOMPARE(spec.container.mounts.at(0).source, std::string("/var/run/docker.sock"));
        QCOMPARE(spec.container.mounts.at(1).type, std::string("volume")); // single quotes: no expansion
        QCOMPARE(spec.container.config.image, std::string("registry.local/app:2.0"));
        QCOMPARE(spec.items.at("volumes").at(0).site.span.line, 7);
    }

    void podmanAndCreate()
    {
        const auto read = runtime::readRunLines("podman run --rm alpine:3.20\ndocker create busybox:1.36\n"
                                                "docker container create busybox:1.36\ndocker build .\n",
                                                "run.sh");
        QCOMPARE(read.containers.size(), std::size_t(3));
    }

    void unknownOptionsAndMissingValues()
    {
        auto read = runtime::readRunLines("docker run --frobnicate busybox:1.36\n", "run.sh");
        QCOMPARE(read.problems.size(), std::size_t(1));
        QCOMPARE(read.problems.front().rule, std::string("DWC007"));
        read = runtime::readRunLines("docker run --memory\n", "run.sh");
        QCOMPARE(read.problems.size(), std::size_t(2)); // the value and the image are missing
        read = runtime::readRunLines("docker run -- busybox:1.36 --privileged\n", "run.sh");
        QVERIFY(read.problems.empty());
        QVERIFY(!read.containers.front().container.hostConfig.privileged);
    }

    void mountSyntax()
    {
        const auto read = readOne("docker run --mount type=bind,source=/,target=/host,readonly "
                                  "--mount type=volume,src=data,dst=/data --mount type=tmpfs,target=/scratch busybox:1.36\n");
        const auto& mounts = read.containers.front().container.mounts;
        QCOMPARE(mounts.size(), std::size_t(3));
        QCOMPARE(mounts[0].source, std::string("/"));
        QVERIFY(!mounts[0].rw);
        QCOMPARE(mounts[1].name, std::string("data"));
        QCOMPARE(mounts[2].type, std::string("tmpfs"));
    }

    void shellJoinRoundTrips()
    {
        const std::vector<std::string> words{"docker", "run", "-e", "A=it's here", "--label", "x=$HOME", "busybox:1.36"};
        const auto read = readOne(runtime::shellJoin(words));
        QCOMPARE(read.containers.front().container.config.env, std::vector<std::string>{"A=it's here"});
    }
};

QTEST_GUILESS_MAIN(TestRunLineReader)
#include "tst_run_line_reader.moc"
