// The Guide's cards for running containers well beyond their own settings: health checks with a process that
// receives its signals, and a daemon configured to protect what it runs.
#include "guide/guide_cards.h"

#include "guide/guide_cards_parts.h"

namespace dw::guide {

std::vector<GuideCard> operationsCards()
{
    return {
        {
            .id = "runtime-health-checks",
            .area = Area::Runtime,
            .title = {"Health checks and a process that hears its signals", "健康检查与能收到信号的进程"},
            .summary = {"Declare a HEALTHCHECK and start the service in exec form, so the daemon knows when it is "
                        "broken and can stop it cleanly.",
                        "声明 HEALTHCHECK，并以 exec 形式启动服务，让守护进程知道服务何时异常，也能干净地停止它。"},
            .why = {"Without a health check a container that still runs but no longer answers looks healthy to "
                    "Docker, Compose and orchestrators, so nothing restarts it or takes it out of rotation. A CMD in "
                    "shell form runs the service under `/bin/sh -c`, which does not pass SIGTERM on: `docker stop` then "
                    "waits out its timeout and kills the process without letting it finish its work.",
                    "没有健康检查时，进程还在但已不再响应的容器在 Docker、Compose 和编排系统看来仍然正常，"
                    "不会被重启，也不会被摘除流量。shell 形式的 CMD 会让服务运行在 `/bin/sh -c` 之下，"
                    "SIGTERM 传不到服务进程：`docker stop` 只能等到超时后强行杀掉，服务来不及收尾。"},
            .how = {"Add one HEALTHCHECK per final stage that exercises the service itself (an HTTP probe, a "
                    "database ping) with a sensible interval and timeout, or set `healthcheck:` / `--health-cmd` where "
                    "the image has none. Write CMD and ENTRYPOINT as JSON arrays, and use `--init` or a small init such "
                    "as tini when the service spawns children.",
                    "在每个最终阶段加一条真正检验服务本身的 HEALTHCHECK（HTTP 探测、数据库 ping），并设置合理的间隔与"
                    "超时；镜像没有时，在 Compose 中写 `healthcheck:`，或在 `docker run` 时加 `--health-cmd`。"
                    "CMD 与 ENTRYPOINT 用 JSON 数组形式书写；服务会派生子进程时，使用 `--init` 或 tini 这类小型 init。"},
            .badExample = R"(FROM python:3.12-slim
COPY app /app
CMD python /app/server.py --port 8080)",
            .goodExample = R"(FROM python:3.12-slim
COPY app /app
HEALTHCHECK --interval=30s --timeout=3s \
  CMD ["python", "/app/healthcheck.py"]
CMD ["python", "/app/server.py", "--port", "8080"])",
            .practice = findings::Practice::RuntimeHardening,
            .checks = {"DWH527", "DWH406", "DWI202", "DL3012", "DL3025", "DL3057", "DW1015", "JSONArgsRecommended"},
        },
        {
            .id = "runtime-daemon",
            .area = Area::Runtime,
            .title = {"A daemon configured to protect its containers", "配置得当、能保护容器的守护进程"},
            .summary = {"Keep the Docker daemon current, reachable only over TLS or its socket, with user-namespace "
                        "remapping, bounded logs and no experimental features.",
                        "让 Docker 守护进程保持最新，只能通过 TLS 或本地套接字访问，开启用户命名空间重映射，"
                        "日志有上限，并关闭实验特性。"},
            .why = {"Every container inherits the daemon's weaknesses. An API open on TCP without TLS hands root on "
                    "the host to anyone who can reach the port; an old engine lacks fixes for container escapes; "
                    "insecure registries allow images to be swapped in transit; logs without limits fill the disk; "
                    "and without live restore an upgrade of the daemon stops every container.",
                    "所有容器都会继承守护进程的弱点。不带 TLS 的 TCP API 等于把宿主机的 root 交给任何能连到端口的人；"
                    "旧版引擎缺少针对容器逃逸的修复；不安全的镜像仓库允许镜像在传输途中被替换；没有上限的日志会写满磁盘；"
                    "而没有 live restore 时，升级守护进程会让所有容器停止运行。"},
            .how = {"Upgrade Docker Engine regularly; serve the API on the Unix socket, or on TCP only with "
                    "`--tlsverify`; list no insecure registries; set `userns-remap`, `live-restore`, a log driver "
                    "with `max-size`, and `icc: false` in daemon.json; keep experimental features off, and consider "
                    "rootless mode. `dockwarden-cli host` checks these settings.",
                    "定期升级 Docker 引擎；API 只在 Unix 套接字上提供，或在 TCP 上配合 `--tlsverify` 使用；"
                    "不配置任何不安全的镜像仓库；在 daemon.json 中设置 `userns-remap`、`live-restore`、带 `max-size` "
                    "的日志驱动和 `icc: false`；关闭实验特性，并考虑 rootless 模式。`dockwarden-cli host` "
                    "会检查这些设置。"},
            .badExample = R"(dockerd -H tcp://0.0.0.0:2375 \
  --insecure-registry registry.internal:5000 \
  --experimental --debug)",
            .goodExample = R"({
  "hosts": ["unix:///var/run/docker.sock"],
  "userns-remap": "default",
  "live-restore": true,
  "icc": false,
  "log-driver": "local",
  "log-opts": {"max-size": "20m", "max-file": "5"}
})",
            .practice = std::nullopt,
            .checks = {"DWH203", "DWH205", "DWH206", "DWH207", "DWH212", "DWH213", "DWH215", "DWH218", "DWH230",
                       "DWH232", "DWH501"},
        },
    };
}

} // namespace dw::guide
