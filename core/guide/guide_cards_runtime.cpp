// The Guide's cards for the runtime baseline: how a container should be started (namespaces, capabilities, cgroup
// limits, mounts, ports, no sshd, read-only root, security profiles), each with a `docker run` line or Compose
// service done badly and done well, and the host checks and rules that watch it.
#include "guide/guide_cards.h"

#include "guide/guide_cards_parts.h"

namespace dw::guide {

std::vector<GuideCard> runtimeCards()
{
    return {
        {
            .id = "runtime-namespaces",
            .area = Area::Runtime,
            .title = {"Keep the container in its own namespaces", "不要共享宿主机的命名空间"},
            .summary = {"Do not let a container join the host's network, PID, IPC, UTS or user namespace.",
                        "不要让容器加入宿主机的网络、PID、IPC、UTS 或用户命名空间。"},
            .why = {"Namespaces are what give a container its own view of processes, interfaces, hostname and users. "
                    "`--network host` exposes every host interface and every service that listens only locally, "
                    "`--pid host` lets the container see and signal host processes, `--ipc host` opens host shared "
                    "memory and `--uts host` lets it rename the host. On a daemon with user namespace remapping, "
                    "`--userns host` turns root in the container back into real root; each of these removes part of "
                    "the wall that keeps a compromise inside.",
                    "正是命名空间让容器拥有独立的进程、网卡、主机名和用户视图。`--network host` "
                    "会暴露宿主机的所有网卡，以及那些只监听本地的服务；`--pid host` "
                    "让容器能看到宿主机进程并向它们发信号；`--ipc host` 放开了宿主机的共享内存；`--uts host` "
                    "则允许容器改宿主机的主机名。在启用了用户命名空间重映射的守护进程上，`--userns host` 会让容器里的 "
                    "root 重新变回真正的 root。每共享一项，隔离墙就少一块，容器被攻破后就更容易波及宿主机。"},
            .how = {"Keep the defaults: no `--network host`, `--pid host`, `--ipc host`, `--uts host` or "
                    "`--userns host`, and in Compose no `network_mode: host`, `pid: host`, `ipc: host`, `uts: host` or "
                    "`userns_mode: host`. Publish ports from a bridge network instead of using the host's, and share a "
                    "namespace between two containers (`--pid container:NAME`) only for a debugging sidecar. Turn on "
                    "`userns-remap` in the daemon so that root in containers maps to an unprivileged host user.",
                    "保持默认即可：不要加 `--network host`、`--pid host`、`--ipc host`、`--uts host` 或 "
                    "`--userns host`，Compose 里也不要写 `network_mode: host`、`pid: host`、`ipc: host`、`uts: host`、"
                    "`userns_mode: host`。对外提供服务时在 bridge 网络上发布端口，而不是直接用宿主机网络；只有调试用的 "
                    "sidecar 才在两个容器之间共享命名空间（`--pid container:容器名`）。在守护进程上开启 "
                    "`userns-remap`，把容器里的 root 映射成宿主机上的普通用户。"},
            .badExample = R"(docker run -d --name api \
  --network host --pid host --ipc host --uts host \
  --userns host \
  registry.example.com/shop/api:2.3.0)",
            .goodExample = R"(docker network create shop
docker run -d --name api \
  --network shop -p 127.0.0.1:8080:8080 \
  registry.example.com/shop/api:2.3.0)",
            .practice = std::nullopt,
            .checks = {"DWH510", "DWH516", "DWH517", "DWH521", "DWH531", "DWH209"},
        },
        {
            .id = "runtime-capabilities",
            .area = Area::Runtime,
            .title = {"Drop capabilities, never run privileged", "移除多余的能力，禁用特权模式"},
            .summary = {"Start from --cap-drop ALL, add back only what the service needs, set no-new-privileges and "
                        "never use --privileged.",
                        "先 --cap-drop ALL，再只加回服务必需的能力，设置 no-new-privileges，绝不使用 --privileged。"},
            .why = {"Root in a container is held in check by Linux capabilities, yet Docker's default set still "
                    "contains some, such as NET_RAW, CHOWN and MKNOD, that few services use. Every capability added on "
                    "top (SYS_ADMIN most of all) widens what a hijacked process may do to the kernel, and "
                    "`--privileged` grants all of them plus every host device, which makes escaping trivial. Without "
                    "no-new-privileges a setuid binary can lift a process's privileges again.",
                    "容器里的 root 受 Linux 能力机制约束，但 Docker 默认保留的能力里仍有 NET_RAW、CHOWN、MKNOD "
                    "等大多数服务用不上的项。在此之上每多加一项（尤其是 SYS_ADMIN），"
                    "被劫持的进程能对内核做的事就多一分；`--privileged` 更是把全部能力连同宿主机所有设备一起交出去，"
                    "逃逸几乎不费吹灰之力。不设置 no-new-privileges 时，进程还能借助 setuid 程序重新提权。"},
            .how = {"Run with `--cap-drop ALL` and return single capabilities with `--cap-add`, for example "
                    "NET_BIND_SERVICE for a server that binds port 80 itself. Add `--security-opt no-new-privileges`. "
                    "Replace `--privileged` with the one capability or device that is really required; in Compose the "
                    "keys are `cap_drop`, `cap_add` and `security_opt`.",
                    "用 `--cap-drop ALL` 启动，再用 `--cap-add` 逐项加回必需的能力，比如自己绑定 80 端口的服务只加 "
                    "NET_BIND_SERVICE。加上 `--security-opt no-new-privileges`。用真正需要的那一项能力或那一个设备代替 "
                    "`--privileged`；Compose 中对应的键是 `cap_drop`、`cap_add` 和 `security_opt`。"},
            .badExample = R"(docker run -d --name web \
  --privileged \
  --cap-add SYS_ADMIN --cap-add NET_ADMIN \
  registry.example.com/shop/web:1.4.2)",
            .goodExample = R"(docker run -d --name web \
  --cap-drop ALL --cap-add NET_BIND_SERVICE \
  --security-opt no-new-privileges \
  registry.example.com/shop/web:1.4.2)",
            .practice = std::nullopt,
            .checks = {"DWH504", "DWH505", "DWH542", "DWH526"},
        },
        {
            .id = "runtime-cgroup-limits",
            .area = Area::Runtime,
            .title = {"Limit resources with cgroups", "用 cgroup 限制资源"},
            .summary = {"Give every container memory, CPU and PIDs limits, suitable ulimits and a restart policy with "
                        "a bound.",
                        "为每个容器设置内存、CPU 和进程数上限、合适的 ulimit，以及有次数上限的重启策略。"},
            .why = {"Without limits a single container, whether through a leak, a traffic spike or a deliberate "
                    "attack, can take all of the host's memory, CPU time or process slots; the OOM killer or a full "
                    "process table then hits its neighbours and the daemon too. A cgroup parent of its own can move a "
                    "container out from under the limits the daemon applies. A restart policy without a bound keeps a "
                    "crashing or abused container loading the host forever.",
                    "不设上限时，单个容器无论是内存泄漏、流量突增还是遭到攻击，都可能吃光宿主机的内存、CPU 或进程号，"
                    "随之而来的 OOM 或进程表耗尽会殃及其他容器，连守护进程本身也难以幸免。自定义的 cgroup "
                    "父组可能让容器脱离守护进程施加的资源限制。重启策略没有次数上限，"
                    "一个反复崩溃或被滥用的容器就会没完没了地消耗宿主机。"},
            .how = {"Size `--memory` (with an equal `--memory-swap`), `--cpus` or `--cpu-shares`, and `--pids-limit` "
                    "from load tests: too loose protects nothing, too tight starves the service. Add `--ulimit` values "
                    "such as `nofile` where the daemon default does not fit, leave the cgroup parent to the daemon, "
                    "and prefer `--restart on-failure:5` to `always`. In Compose use `mem_limit`, `cpus`, "
                    "`pids_limit`, `ulimits` and `restart`, or `deploy.resources.limits`.",
                    "根据压测结果设置 `--memory`（`--memory-swap` 设成相同的值）、`--cpus` 或 `--cpu-shares` 以及 "
                    "`--pids-limit`：太松等于没设，太紧又会让服务资源不够用。守护进程的默认值不合适时，再用 `--ulimit` "
                    "调整 `nofile` 等限制；cgroup 父组交给守护进程管理，不要自定义；重启策略用 "
                    "`--restart on-failure:5`，而不是 `always`。Compose 中对应 `mem_limit`、`cpus`、`pids_limit`、"
                    "`ulimits`、`restart`，或者 `deploy.resources.limits`。"},
            .badExample = R"(docker run -d --name worker \
  --restart always \
  --cgroup-parent custom.slice \
  registry.example.com/shop/worker:3.1.0)",
            .goodExample = R"(docker run -d --name worker \
  --memory 512m --memory-swap 512m \
  --cpus 1.5 --pids-limit 200 \
  --ulimit nofile=4096:8192 \
  --restart on-failure:5 \
  registry.example.com/shop/worker:3.1.0)",
            .practice = std::nullopt,
            .checks = {"DWH511", "DWH512", "DWH529", "DWH519", "DWH525", "DWH515"},
        },
        {
            .id = "runtime-host-mounts",
            .area = Area::Runtime,
            .title = {"Mount as little of the host as possible", "尽量少挂载宿主机目录"},
            .summary = {"Never mount sensitive host directories or the Docker socket, mount read-only what is only "
                        "read, keep propagation private and pass in no host devices.",
                        "绝不挂载宿主机敏感目录和 Docker 套接字，只读的内容以只读方式挂载，挂载传播保持私有，"
                        "不映射宿主机设备。"},
            .why = {"A bind mount goes straight through the isolation: with `/` or `/etc` mounted a container can "
                    "rewrite the host's accounts, cron jobs or binaries, and `/proc`, `/sys` or `/dev` expose the "
                    "kernel and the hardware. Whoever reaches `docker.sock` can start a privileged container and so "
                    "owns the host. Shared mount propagation lets mounts leak between host and container, and devices "
                    "passed with `--device` give direct access to hardware.",
                    "绑定挂载会直接穿透隔离：挂载了 `/` 或 `/etc`，容器就能改写宿主机的账号、定时任务或可执行文件；"
                    "`/proc`、`/sys`、`/dev` 则把内核和硬件直接暴露出来。能访问 `docker.sock` "
                    "的人可以随手启动一个特权容器，等于拿下了整台宿主机。共享（shared）"
                    "挂载传播会让挂载在宿主机和容器之间互相渗透，`--device` 传进来的设备则让容器能直接操作硬件。"},
            .how = {"Mount only the application's own directories, never `/`, `/boot`, `/dev`, `/etc`, `/lib`, "
                    "`/proc`, `/sys`, `/usr` or `/var/run/docker.sock`, and prefer named volumes to bind mounts. Add "
                    "`:ro` to every mount the service only reads and keep the default `rprivate` propagation. A tool "
                    "that truly needs the Docker API should talk to a filtering socket proxy; pass a device only when "
                    "required, with the narrowest permissions (`--device /dev/xyz:/dev/xyz:r`).",
                    "只挂载应用自己的目录，绝不挂载 `/`、`/boot`、`/dev`、`/etc`、`/lib`、`/proc`、`/sys`、`/usr` 或 "
                    "`/var/run/docker.sock`；能用命名卷就别用绑定挂载。服务只读取的挂载一律加 `:ro`，"
                    "挂载传播保持默认的 `rprivate`。确实要调用 Docker API 的工具，让它连接一个带过滤的 socket 代理；"
                    "设备只在必要时传入，并给最小的权限（如 `--device /dev/xyz:/dev/xyz:r`）。"},
            .badExample = R"(services:
  agent:
    image: registry.example.com/ops/agent:1.0.0
    volumes:
      - /:/host
      - /var/run/docker.sock:/var/run/docker.sock
      - /srv/data:/data:rshared
    devices:
      - /dev/sda:/dev/sda)",
            .goodExample = R"(services:
  agent:
    image: registry.example.com/ops/agent:1.0.0
    volumes:
      - ./config:/etc/agent:ro
      - agent-data:/var/lib/agent
volumes:
  agent-data:)",
            .practice = std::nullopt,
            .checks = {"DWH506", "DWH532", "DWH520", "DWH518", "DWI213"},
        },
        {
            .id = "runtime-privileged-ports",
            .area = Area::Runtime,
            .title = {"Publish few ports, on the right address", "少发布端口，并绑定到正确的地址"},
            .summary = {"Publish only the ports clients need, never on host ports below 1024, bound to 127.0.0.1 or "
                        "one chosen interface, with containers on user-defined networks.",
                        "只发布客户端确实需要的端口，不占用宿主机 1024 以下的特权端口，绑定到 127.0.0.1 或指定网卡，"
                        "容器放在自定义网络中。"},
            .why = {"Host ports below 1024 belong to system services; a container holding one can impersonate or block "
                    "the host's sshd, DNS or web server. `-p 8080:80` listens on every host address, and the iptables "
                    "rules Docker writes bypass host firewalls such as ufw, so a service meant for the internal "
                    "network ends up on the internet. Every container on the default bridge can reach every other one, "
                    "and there is no name resolution there.",
                    "1024 以下的宿主机端口属于系统服务，容器占了其中一个，就可能冒充或挤掉宿主机上的 sshd、DNS 或 Web "
                    "服务。`-p 8080:80` 会在宿主机的所有地址上监听，而 Docker 写入的 iptables 规则会绕过 ufw "
                    "这类主机防火墙，本该只在内网使用的服务就这样暴露到了公网。默认 bridge 网络上的容器彼此都能互通，"
                    "而且不提供名称解析。"},
            .how = {"Publish only what must be reachable from outside, on host ports from 1024 up; if clients have to "
                    "use 80 or 443, let a reverse proxy or load balancer on the host forward them. Bind each port to "
                    "`127.0.0.1` or a specific interface address (`-p 127.0.0.1:8080:8080`) rather than to all "
                    "addresses, and review the published ports regularly. Give each application a user-defined "
                    "network, and set `icc: false` in the daemon so that containers on the default bridge cannot talk "
                    "to each other.",
                    "只发布必须从外部访问的端口，宿主机一侧使用 1024 及以上的端口；客户端必须走 80 或 443 的，"
                    "交给宿主机上的反向代理或负载均衡转发。每个端口都绑定到 `127.0.0.1` "
                    "或指定网卡的地址（`-p 127.0.0.1:8080:8080`），不要绑定所有地址，并定期复核已发布的端口。"
                    "每个应用使用自己的自定义网络，并在守护进程配置中设置 `icc: false`，禁止默认 bridge "
                    "上的容器相互通信。"},
            .badExample = R"(docker run -d --name admin \
  -p 80:8080 -p 22:2222 -p 9090:9090 -P \
  registry.example.com/shop/admin:1.2.0)",
            .goodExample = R"(docker network create shop-internal
docker run -d --name admin \
  --network shop-internal \
  -p 127.0.0.1:8080:8080 \
  registry.example.com/shop/admin:1.2.0)",
            .practice = std::nullopt,
            .checks = {"DWH508", "DWH514", "DWH509", "DWH530", "DWH202", "DW1016", "ExposeInvalidFormat"},
        },
        {
            .id = "runtime-no-ssh",
            .area = Area::Runtime,
            .title = {"No SSH server in containers", "容器中不运行 SSH 服务"},
            .summary = {"Do not install or start sshd in an image; reach a running container with docker exec.",
                        "镜像里不安装、不启动 sshd；要进入运行中的容器，用 docker exec。"},
            .why = {"A container should run one main process. An SSH daemon beside the application is a second "
                    "long-running, root-owned listener that must be kept patched and guarded against brute-force "
                    "logins, it puts host keys, accounts and often passwords into the image, and an open port 22 draws "
                    "attacks. It also bypasses the access control and audit trail of the container platform.",
                    "一个容器应当只运行一个主进程。在应用旁边再跑一个 SSH 守护进程，就多了一个以 root "
                    "身份长期监听的服务，得持续打补丁、防暴力破解；它还会把主机密钥、账号乃至密码带进镜像，对外开放的 "
                    "22 端口更是招来扫描和攻击。此外，它绕开了容器平台本身的访问控制和审计记录。"},
            .how = {"Remove `openssh-server`, `dropbear` and the like from the Dockerfile, together with the command "
                    "that starts them and `EXPOSE 22`. To debug, use `docker exec -it NAME sh` (or `kubectl exec`), or "
                    "attach a temporary debug container that shares the target's namespaces. Copy files with "
                    "`docker cp` and read output with `docker logs`.",
                    "从 Dockerfile 中删掉 `openssh-server`、`dropbear` 之类的软件包，连同启动它们的命令和 `EXPOSE 22`。"
                    "排查问题时用 `docker exec -it 容器名 sh`（或 `kubectl exec`），"
                    "也可以临时挂一个共享目标容器命名空间的调试容器。拷贝文件用 `docker cp`，查看输出用 "
                    "`docker logs`。"},
            .badExample = R"(docker run -d --name app \
  -p 2222:22 \
  registry.example.com/shop/app-with-sshd:1.0.0
ssh -p 2222 root@host.example.com)",
            .goodExample = R"(docker run -d --name app \
  registry.example.com/shop/app:1.0.0
docker exec -it app sh
docker logs --tail 100 app)",
            .practice = std::nullopt,
            .checks = {"DWH507", "DW1011"},
        },
        {
            .id = "runtime-read-only-rootfs",
            .area = Area::Runtime,
            .title = {"Run with a read-only root filesystem", "以只读根文件系统运行容器"},
            .summary = {"Start containers with --read-only, give scratch paths a tmpfs and keep data in volumes.",
                        "用 --read-only 启动容器，临时目录挂 tmpfs，数据放进卷里。"},
            .why = {"With a writable root filesystem, an attacker who gains code execution can drop tools, alter "
                    "binaries and configuration, or plant a web shell that lasts until the container is recreated. A "
                    "read-only root also keeps the container from drifting: everything the application writes has to "
                    "go to a place someone chose on purpose.",
                    "根文件系统可写时，攻击者一旦拿到代码执行权限，就能放置工具、篡改程序和配置，或者植入 webshell，"
                    "一直潜伏到容器被重建为止。只读根文件系统还能防止容器状态悄悄漂移：应用要写的任何东西，"
                    "都必须落到事先有意规划好的位置。"},
            .how = {"Add `--read-only` (`read_only: true` in Compose), then find out where the application writes: put "
                    "a `tmpfs` on scratch paths such as `/tmp` or `/run` and named volumes on directories whose data "
                    "must persist. Give each tmpfs a size and `noexec` where possible. Images that write into their "
                    "own tree at start-up usually have a setting that moves that path.",
                    "加上 `--read-only`（Compose 中为 `read_only: true`），然后弄清应用会往哪里写：`/tmp`、`/run` "
                    "这类临时路径挂 `tmpfs`，需要持久化的目录挂命名卷。尽量给 tmpfs 限定大小并加上 `noexec`。"
                    "启动时会往自身目录写文件的镜像，通常都有配置项能把这个路径挪走。"},
            .badExample = R"(docker run -d --name api \
  -v uploads:/app/uploads \
  registry.example.com/shop/api:2.3.0)",
            .goodExample = R"(docker run -d --name api \
  --read-only \
  --tmpfs /tmp:rw,size=64m,noexec \
  -v uploads:/app/uploads \
  registry.example.com/shop/api:2.3.0)",
            .practice = std::nullopt,
            .checks = {"DWH513"},
        },
        {
            .id = "runtime-security-profiles",
            .area = Area::Runtime,
            .title = {"Keep seccomp and AppArmor/SELinux on", "保留 seccomp 和 AppArmor/SELinux 防护"},
            .summary = {"Run every container under the default seccomp profile and the host's AppArmor or SELinux "
                        "confinement, and never switch them off.",
                        "每个容器都在默认 seccomp 配置和宿主机的 AppArmor 或 SELinux 约束下运行，绝不关闭它们。"},
            .why = {"These are the kernel's extra layers behind namespaces and capabilities. The default seccomp "
                    "profile blocks a few dozen rarely needed system calls that kernel exploits like to use, and the "
                    "docker-default AppArmor profile or the SELinux container type keep a process away from host files "
                    "even after it escapes its mount namespace. `seccomp=unconfined`, `apparmor=unconfined` or "
                    "`label=disable` quietly remove that last line of defence.",
                    "这些是命名空间和能力机制之外，内核提供的额外防线。默认的 seccomp 配置会拦下几十个平时很少用到、"
                    "却常被内核漏洞利用的系统调用；AppArmor 的 docker-default 配置或 SELinux 的容器类型标签，"
                    "即使进程逃出了挂载命名空间，也能挡住它对宿主机文件的访问。`seccomp=unconfined`、"
                    "`apparmor=unconfined` 或 `label=disable` 会不声不响地拆掉这最后一道防线。"},
            .how = {"Do not pass `--security-opt seccomp=unconfined`, `apparmor=unconfined` or `label=disable`. If a "
                    "service needs one more system call or file access, derive a custom profile from the default that "
                    "allows just that and load it with `--security-opt seccomp=FILE` or `apparmor=NAME`. Keep AppArmor "
                    "or SELinux enforcing on the host, and relabel bind mounts with `:z` or `:Z` instead of turning "
                    "labels off.",
                    "不要使用 `--security-opt seccomp=unconfined`、`apparmor=unconfined` 或 `label=disable`。"
                    "服务确实需要额外的系统调用或文件访问时，以默认配置为基础写一份自定义配置，只放开那一项，再通过 "
                    "`--security-opt seccomp=文件` 或 `apparmor=配置名` 加载。宿主机上的 AppArmor 或 SELinux "
                    "保持强制（enforcing）模式；绑定挂载遇到 SELinux 权限问题时，用 `:z` 或 `:Z` 重新打标签，"
                    "而不是关闭标签。"},
            .badExample = R"(docker run -d --name api \
  --security-opt seccomp=unconfined \
  --security-opt apparmor=unconfined \
  --security-opt label=disable \
  registry.example.com/shop/api:2.3.0)",
            .goodExample = R"(docker run -d --name api \
  --security-opt seccomp=seccomp-api.json \
  --security-opt apparmor=docker-default \
  -v /srv/api/data:/data:Z \
  registry.example.com/shop/api:2.3.0)",
            .practice = std::nullopt,
            .checks = {"DWH502", "DWH503", "DWH522", "DWH217"},
        },
    };
}

} // namespace dw::guide
